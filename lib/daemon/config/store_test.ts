import assert from "node:assert/strict";
import { join } from "node:path";
import { isIpcError } from "../../protocol/errors.ts";
import { withTmpDir } from "../../../tests/helpers/tmp.ts";
import {
  ConfigSchema,
  ConfigStore,
  DEFAULT_READY_PATTERN,
  loadConfig,
  MAX_BACKUP_INTERVAL_MINUTES,
  MAX_TIMEOUT_SECONDS,
  parseConfig,
  resolveConfig,
} from "./store.ts";

const ready = new RegExp(DEFAULT_READY_PATTERN);

Deno.test("DEFAULT_READY_PATTERN matches vanilla's Done line with dot or comma decimal", () => {
  assert.ok(ready.test('[12:00:00] [Server thread/INFO]: Done (1.234s)! For help, type "help"'));
  assert.ok(ready.test('[12:00:00] [Server thread/INFO]: Done (12,5s)! For help, type "help"'));
  assert.ok(ready.test('\x1b[32m[12:00:00] Done (0.9s)! For help, type "help"\x1b[0m'));
  assert.ok(!ready.test("Done loading"));
  assert.ok(!ready.test('<Alex> Done! For help, type "help"'));
});

Deno.test("parseConfig() fills every default from an empty object", () => {
  const config = parseConfig({ dataDirectory: "/data" }, "x.json");
  assert.deepEqual(config.server.command, [
    "java",
    "-Xms1G",
    "-Xmx2G",
    "-jar",
    "server.jar",
    "nogui",
  ]);
  assert.equal(config.server.directory, "server");
  assert.equal(config.server.jar, "server.jar");
  assert.equal(config.server.stopCommand, "stop");
  assert.equal(config.server.stopTimeoutSeconds, 60);
  assert.equal(config.server.startTimeoutSeconds, 300);
  assert.equal(config.server.restartOnCrash, true);
  assert.equal(config.server.acceptEula, false);
  assert.equal(config.logs.bufferLines, 10_000);
  assert.equal(config.logs.fileMaxBytes, 10_485_760);
  assert.equal(config.logs.files, 5);
  assert.deepEqual(config.backups, {
    directory: null,
    keep: 10,
    keepManual: 10,
    keepPreRestore: 5,
    saveControl: "auto",
    intervalMinutes: 0,
    include: [],
    format: "tar.zst",
    snapshot: "auto",
    engine: "archive",
    restic: { binary: "restic", repository: null, passwordFile: null },
  });
  assert.deepEqual(config.update, {
    source: "mojang",
    url: "",
    channel: "release",
    paperChannel: "STABLE",
  });
  assert.deepEqual(config.ipc, { maxConnections: 1024, idleTimeoutSeconds: 600, rateLimit: null });
});

Deno.test("parseConfig() names the field, the problem and the file", () => {
  const bad = { server: { stopTimeoutSeconds: -1, command: [] }, sevrer: {} };
  assert.throws(() => parseConfig(bad, "/etc/a.json"), (error) => {
    assert.ok(isIpcError(error));
    assert.equal(error.code, "VALIDATION");
    assert.match(error.message, /\/etc\/a\.json/);
    assert.match(error.details ?? "", /server\.stopTimeoutSeconds: must be more than 0/);
    assert.match(error.details ?? "", /server\.command: must name a program/);
    assert.match(error.details ?? "", /sevrer is not a config key/);
    return true;
  });
  assert.throws(
    () => parseConfig({ server: { readyPattern: "(" } }, "c.json"),
    /server\.readyPattern: is not a valid regular expression/,
  );
});

Deno.test("parseConfig() words every problem for a person, never in zod's notation", () => {
  const cases: Array<[unknown, string]> = [
    [{ nope: 1 }, "nope is not a config key"],
    [{ backups: { kep: 5 } }, "backups.kep is not a config key"],
    [{ backups: { keep: -1 } }, "backups.keep: must be more than 0"],
    [{ backups: { keep: "abc" } }, 'backups.keep: must be a number, not the string "abc"'],
    [{ backups: { format: "zip" } }, 'backups.format: must be "tar.zst" or "tar.gz"'],
    [{ backups: { snapshot: "x" } }, 'backups.snapshot: must be one of "auto", "copy" or "none"'],
    [{ logs: { files: 5000 } }, "logs.files: must be at most 1000"],
    [{ server: { stopTimeoutSeconds: 1.5 } }, "server.stopTimeoutSeconds: must be a whole number"],
    [{ server: { restartOnCrash: "yes" } }, "server.restartOnCrash: must be true or false"],
    [{ server: { directory: "" } }, "server.directory: must not be empty"],
    [[], "the config must be an object, not a list"],
    [
      { server: { stopCommand: "save\nstop" } },
      "server.stopCommand: must be one console command: it holds a control character",
    ],
  ];
  for (const [value, expected] of cases) {
    assert.throws(() => parseConfig(value, "c.json"), (error) => {
      assert.ok(isIpcError(error));
      const text = `${error.message}\n${error.details}`;
      assert.ok(text.includes(expected), `${JSON.stringify(value)}: ${text}`);
      // zod's own notation: "Too small", ">0", "expected one of "a"|"b"", "(top level)".
      assert.doesNotMatch(
        text,
        /Too (small|big)|Invalid (input|option)|Unrecognized|[<>]\d|"\||\(top level\)/,
      );
      return true;
    });
  }
});

Deno.test("parseConfig() refuses timeouts and intervals a timer cannot hold", () => {
  // Deno fires a timer of 2^31 ms or more after 1 ms: a huge timeout would act at once.
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [
      { server: { stopTimeoutSeconds: 3_000_000 } },
      /server\.stopTimeoutSeconds: must be at most 86400 seconds \(24 hours\)/,
    ],
    [
      { server: { startTimeoutSeconds: 2 ** 32 - 1 } },
      /server\.startTimeoutSeconds: must be at most 86400 seconds/,
    ],
    [
      { ipc: { idleTimeoutSeconds: 2_500_000 } },
      /ipc\.idleTimeoutSeconds: must be at most 86400 seconds/,
    ],
    [
      { backups: { intervalMinutes: 40_000 } },
      /backups\.intervalMinutes: must be at most 10080 minutes \(7 days\)/,
    ],
  ];
  for (const [config, problem] of cases) {
    assert.throws(() => parseConfig(config, "c.json"), (error) => {
      assert.ok(isIpcError(error));
      assert.equal(error.code, "VALIDATION");
      assert.match(error.details ?? "", problem);
      return true;
    });
  }
  const max = {
    server: { stopTimeoutSeconds: MAX_TIMEOUT_SECONDS, startTimeoutSeconds: MAX_TIMEOUT_SECONDS },
    ipc: { idleTimeoutSeconds: MAX_TIMEOUT_SECONDS },
    backups: { intervalMinutes: MAX_BACKUP_INTERVAL_MINUTES },
  };
  const config = parseConfig(max, "c.json");
  // The largest accepted values still fit a timer.
  assert.ok(config.server.stopTimeoutSeconds * 1000 < 2 ** 31);
  assert.ok(config.backups.intervalMinutes * 60_000 < 2 ** 31);
});

Deno.test("resolveConfig() resolves relative paths against the config folder", () => {
  const config = parseConfig({ dataDirectory: "data", server: { directory: "srv" } }, "c");
  const resolved = resolveConfig(config, "/etc/atlas/config.json");
  assert.equal(resolved.dataDirectory, "/etc/atlas/data");
  assert.equal(resolved.server.directory, "/etc/atlas/srv");
  assert.equal(resolved.server.jar, "/etc/atlas/srv/server.jar");
  assert.equal(resolved.backups.directory, "/etc/atlas/data/backups");
  const abs = resolveConfig(
    parseConfig({ dataDirectory: "/d", backups: { directory: "b" } }, "c"),
    "/etc/atlas/config.json",
  );
  assert.equal(abs.dataDirectory, "/d");
  assert.equal(abs.backups.directory, "/etc/atlas/b");
});

Deno.test("loadConfig() creates the file with defaults on first run", async () => {
  await using dir = await withTmpDir();
  const path = join(dir.path, "sub", "config.json");
  const first = await loadConfig(path);
  assert.equal(first.created, true);
  const onDisk = JSON.parse(await Deno.readTextFile(path));
  assert.equal(onDisk.server.stopCommand, "stop");
  assert.equal((await Deno.stat(path)).mode! & 0o777, 0o600);
  const second = await loadConfig(path);
  assert.equal(second.created, false);
  assert.deepEqual(second.config, first.config);
});

Deno.test("loadConfig() refuses a file that is not JSON, naming it", async () => {
  await using dir = await withTmpDir();
  const path = join(dir.path, "config.json");
  await Deno.writeTextFile(path, "{ nope");
  await assert.rejects(loadConfig(path), (error) => {
    assert.ok(isIpcError(error));
    assert.equal(error.code, "VALIDATION");
    assert.match(error.message, /config\.json: not valid JSON/);
    return true;
  });
});

Deno.test("ConfigStore.update() validates, saves, swaps and notifies; bad input changes nothing", async () => {
  await using dir = await withTmpDir();
  const path = join(dir.path, "config.json");
  const store = await ConfigStore.open(path);
  const seen: number[] = [];
  const off = store.onChange((next, previous) => {
    seen.push(previous.logs.bufferLines, next.logs.bufferLines);
  });
  await store.update((c) => ({ ...c, logs: { ...c.logs, bufferLines: 50 } }));
  assert.deepEqual(seen, [10_000, 50]);
  assert.equal(store.get().logs.bufferLines, 50);
  assert.equal(JSON.parse(await Deno.readTextFile(path)).logs.bufferLines, 50);
  const before = await Deno.readTextFile(path);
  await assert.rejects(
    store.update((c) => ({ ...c, logs: { bufferLines: "many" } })),
    /logs\.bufferLines/,
  );
  assert.equal(await Deno.readTextFile(path), before);
  assert.equal(store.get().logs.bufferLines, 50);
  off();
});

Deno.test("ConfigStore.update() serialises concurrent read-modify-writes", async () => {
  await using dir = await withTmpDir();
  const store = await ConfigStore.open(join(dir.path, "config.json"));
  await Promise.all(
    Array.from({ length: 10 }, () =>
      store.update(async (c) => {
        await Promise.resolve();
        return { ...c, backups: { ...c.backups, keep: c.backups.keep + 1 } };
      })),
  );
  assert.equal(store.get().backups.keep, 20);
});

Deno.test("ConfigSchema keeps metrics.listen off by default and loopback unless metrics.allowRemote", () => {
  const metrics = (value: unknown) => ConfigSchema.safeParse({ metrics: value });
  assert.deepEqual(ConfigSchema.parse({}).metrics, { listen: null, allowRemote: false });
  assert.equal(metrics({ listen: "127.0.0.1:9940" }).success, true);
  assert.equal(metrics({ listen: "[::1]:9940" }).success, true);
  assert.equal(metrics({ listen: "localhost:9940" }).success, true);
  const remote = metrics({ listen: "0.0.0.0:9940" });
  assert.equal(remote.success, false);
  assert.match(String(remote.error?.issues[0].message), /loopback.*metrics\.allowRemote/);
  assert.equal(metrics({ listen: "0.0.0.0:9940", allowRemote: true }).success, true);
  assert.equal(metrics({ listen: "9940" }).success, false);
  assert.equal(metrics({ listen: "127.0.0.1:70000" }).success, false);
});

Deno.test("parseConfig() refuses a stop command a console would refuse and an update.url in the clear", () => {
  assert.throws(
    () => parseConfig({ server: { stopCommand: "stop\nop mallory" } }, "c.json"),
    /server\.stopCommand: must be one console command: it holds a control character/,
  );
  assert.throws(
    () => parseConfig({ update: { url: "http://mirror.example/meta" } }, "c.json"),
    /update\.url: must be an https: address/,
  );
  for (
    const url of ["", "https://mirror.example/meta", "http://127.0.0.1:8080/", "http://localhost/"]
  ) {
    assert.equal(parseConfig({ update: { url } }, "c.json").update.url, url);
  }
});
