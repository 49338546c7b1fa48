import assert from "node:assert/strict";
import { join } from "node:path";
import { withTmpDir } from "../../../tests/helpers/tmp.ts";
import { isIpcError } from "../../protocol/errors.ts";
import { ConfigStore, loadConfig } from "./store.ts";
import { changedPaths, ConfigService, effectOf, mergePatch } from "./merge_patch.ts";

// The examples of RFC 7396, appendix A.
const RFC_CASES: [unknown, unknown, unknown][] = [
  [{ a: "b" }, { a: "c" }, { a: "c" }],
  [{ a: "b" }, { b: "c" }, { a: "b", b: "c" }],
  [{ a: "b" }, { a: null }, {}],
  [{ a: "b", b: "c" }, { a: null }, { b: "c" }],
  [{ a: ["b"] }, { a: "c" }, { a: "c" }],
  [{ a: "c" }, { a: ["b"] }, { a: ["b"] }],
  [{ a: { b: "c" } }, { a: { b: "d", c: null } }, { a: { b: "d" } }],
  [{ a: [{ b: "c" }] }, { a: [1] }, { a: [1] }],
  [["a", "b"], ["c", "d"], ["c", "d"]],
  [{ a: "b" }, ["c"], ["c"]],
  [{ a: "foo" }, null, null],
  [{ a: "foo" }, "bar", "bar"],
  [{ e: null }, { a: 1 }, { e: null, a: 1 }],
  [[1, 2], { a: "b", c: null }, { a: "b" }],
  [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
];

Deno.test("mergePatch() follows every example of RFC 7396", () => {
  for (const [target, patch, want] of RFC_CASES) {
    const before = JSON.stringify(target);
    assert.deepEqual(mergePatch(target, patch), want, `${before} + ${JSON.stringify(patch)}`);
    assert.equal(JSON.stringify(target), before, "the target is not modified");
  }
});

Deno.test("mergePatch() keeps __proto__ as a plain key instead of changing the prototype", () => {
  const out = mergePatch({}, JSON.parse('{"__proto__": {"polluted": true}}')) as object;
  assert.equal(Object.getPrototypeOf(out), Object.prototype);
  assert.deepEqual(Object.keys(out), ["__proto__"]);
  assert.equal(({} as { polluted?: boolean }).polluted, undefined);
});

Deno.test("changedPaths() lists changed leaves and effectOf() classifies them", () => {
  assert.deepEqual(
    changedPaths({ a: { b: 1, c: [1] }, d: 1 }, { a: { b: 2, c: [1] }, e: 1 }),
    ["a.b", "d", "e"],
  );
  assert.equal(effectOf("server.command"), "server-start");
  assert.equal(effectOf("ipc.maxConnections"), "daemon-start");
  assert.equal(effectOf("metrics.listen"), "daemon-start");
  assert.equal(effectOf("backups.keep"), "now");
});

async function service(dir: string) {
  const path = join(dir, "config.json");
  const store = await ConfigStore.open(path);
  return { path, store, config: new ConfigService(store) };
}

Deno.test("ConfigService.set() saves a valid patch and says when each key applies", async () => {
  await using dir = await withTmpDir();
  const { path, config } = await service(dir.path);
  const result = await config.set(JSON.stringify({
    backups: { keep: 3 },
    server: { command: ["java", "-jar", "paper.jar"] },
    ipc: { maxConnections: 8 },
  }));
  assert.deepEqual(result.changed, ["backups.keep", "ipc.maxConnections", "server.command"]);
  assert.deepEqual(result.atServerStart, ["server.command"]);
  assert.deepEqual(result.atDaemonStart, ["ipc.maxConnections"]);
  const onDisk = JSON.parse(await Deno.readTextFile(path));
  assert.equal(onDisk.backups.keep, 3);
  assert.deepEqual(onDisk.server.command, ["java", "-jar", "paper.jar"]);
  assert.equal(JSON.parse(config.get()).backups.keep, 3);
  assert.match((await config.set('{"backups":{"keep":3}}')).message, /No change/);
});

Deno.test("ConfigService.set() names every bad field and changes nothing", async () => {
  await using dir = await withTmpDir();
  const { path, config } = await service(dir.path);
  const before = await Deno.readTextFile(path);
  const bad = [
    [
      '{"backups":{"keep":-1},"server":{"command":[]},"nope":1}',
      /backups\.keep.*server\.command|nope/,
    ],
    ['{"update":{"source":"ftp"}}', /update\.source/],
    ["not json", /not valid JSON/],
    ["[1,2]", /JSON object/],
    ["null", /JSON object/],
    ['{"__proto__":{"x":1}}', /__proto__/],
  ] as const;
  for (const [patch, message] of bad) {
    await assert.rejects(config.set(patch), (error) => {
      assert.ok(isIpcError(error) && error.code === "VALIDATION", String(error));
      assert.match(error.message, message);
      return true;
    });
  }
  const err = await config.set('{"backups":{"keep":-1},"server":{"command":[]}}').catch((e) => e);
  assert.match(err.message, /backups\.keep/);
  assert.match(err.message, /server\.command/);
  assert.equal(await Deno.readTextFile(path), before);
});

Deno.test("ConfigService.set() never loses one of many concurrent patches", async () => {
  await using dir = await withTmpDir();
  const { path, config } = await service(dir.path);
  await Promise.all([
    ...Array.from(
      { length: 20 },
      (_, i) => config.set(JSON.stringify({ backups: { keep: i + 1 } })),
    ),
    config.set('{"update":{"channel":"snapshot"}}'),
    config.set('{"server":{"stopTimeoutSeconds":5}}'),
    config.set('{"logs":{"files":2}}'),
  ]);
  const onDisk = JSON.parse(await Deno.readTextFile(path));
  assert.equal(onDisk.update.channel, "snapshot");
  assert.equal(onDisk.server.stopTimeoutSeconds, 5);
  assert.equal(onDisk.logs.files, 2);
  assert.equal(onDisk.backups.keep, 20, "patches apply in arrival order");
});

/**
 * A store whose first update answers only after the second one has been
 * applied (any store may answer late: its promise settles after others
 * ran). Makes the window between an update and its answer deterministic.
 */
class LateAnsweringStore extends ConfigStore {
  #calls = 0;
  #second = Promise.withResolvers<void>();

  override async update(
    change: Parameters<ConfigStore["update"]>[0],
  ): ReturnType<ConfigStore["update"]> {
    const call = ++this.#calls;
    const result = await super.update(change);
    if (call === 1) await this.#second.promise;
    else this.#second.resolve();
    return result;
  }
}

Deno.test("ConfigService.set() reports only its own changes when another patch lands first", async () => {
  await using dir = await withTmpDir();
  const path = join(dir.path, "config.json");
  const store = new LateAnsweringStore(path, (await loadConfig(path)).config);
  const config = new ConfigService(store);
  const [first, second] = await Promise.all([
    config.set('{"backups":{"keep":3}}'),
    config.set('{"logs":{"files":2}}'),
  ]);
  assert.deepEqual(first.changed, ["backups.keep"], first.message);
  assert.deepEqual(second.changed, ["logs.files"], second.message);
});

Deno.test("ConfigService.set() takes version numbers for channels as their text", async () => {
  await using dir = await withTmpDir();
  const { path, config } = await service(dir.path);
  const result = await config.set('{"update":{"channel":1.20,"paperChannel":26.1}}');
  assert.deepEqual(result.changed, ["update.channel", "update.paperChannel"]);
  const onDisk = JSON.parse(await Deno.readTextFile(path));
  assert.equal(onDisk.update.channel, "1.20");
  assert.equal(onDisk.update.paperChannel, "26.1");
  assert.match((await config.set('{"update":{"channel":1.20}}')).message, /No change/);
  await assert.rejects(
    config.set('{"update":{"channel":true}}'),
    (e) => isIpcError(e) && e.code === "VALIDATION" && /update\.channel/.test(e.message),
  );
});
