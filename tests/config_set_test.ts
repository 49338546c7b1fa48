/**
 * GetConfig and SetConfig end to end: the whole config as JSON, merge
 * patches saved atomically and applied, invalid input changing nothing, and
 * concurrent patches from many clients all kept.
 */
import assert from "node:assert/strict";
import { isIpcError } from "../lib/protocol/errors.ts";
import { startDaemon } from "./helpers/daemon.ts";

Deno.test("getConfig() returns the whole config, defaults filled in, as pretty JSON", async () => {
  await using daemon = await startDaemon({ config: { backups: { keep: 4 } } });
  const client = await daemon.client();
  const { configJson } = await client.getConfig();
  assert.match(configJson, /^\{\n {2}"dataDirectory"/);
  const config = JSON.parse(configJson);
  assert.deepEqual(Object.keys(config).sort(), [
    "backups",
    "dataDirectory",
    "ipc",
    "logs",
    "metrics",
    "server",
    "update",
  ]);
  assert.deepEqual(config.metrics, { listen: null, allowRemote: false });
  assert.equal(config.backups.keep, 4);
  assert.equal(config.backups.intervalMinutes, 0);
  assert.equal(config.update.source, "mojang");
  assert.equal(config.server.jar, "server.jar");
});

Deno.test("setConfig() merges a patch, saves it, and says what waits for a restart", async () => {
  await using daemon = await startDaemon();
  const client = await daemon.client();
  const reply = await client.setConfig({
    configJson: JSON.stringify({
      backups: { keep: 3, include: ["world", "server.properties"] },
      server: { readyPattern: "Done \\(", stopTimeoutSeconds: 7 },
      ipc: { idleTimeoutSeconds: 30 },
      logs: { bufferLines: 500 },
    }),
  });
  assert.equal(reply.success, true);
  assert.match(
    reply.message,
    /changed: backups\.include, backups\.keep, ipc\.idleTimeoutSeconds, logs\.bufferLines/,
  );
  assert.match(
    reply.message,
    /Applied now: backups\.include, backups\.keep, logs\.bufferLines, server\.stopTimeoutSeconds\./,
  );
  assert.match(reply.message, /next server start: server\.readyPattern\./);
  assert.match(reply.message, /next daemon start: ipc\.idleTimeoutSeconds\./);
  const onDisk = JSON.parse(await Deno.readTextFile(daemon.configPath));
  assert.equal(onDisk.backups.keep, 3);
  assert.equal(onDisk.server.stopTimeoutSeconds, 7);
  assert.equal(onDisk.server.command[1], "run", "untouched keys stay");
  assert.deepEqual(JSON.parse((await client.getConfig()).configJson), onDisk);
  // Applied live: the next backup holds only the new include set.
  await Deno.mkdir(`${daemon.serverDir}/world`);
  await Deno.mkdir(`${daemon.serverDir}/world_nether`);
  const { backupId } = await client.createBackup({ name: "include" });
  const manifest = JSON.parse(
    await Deno.readTextFile(`${daemon.dataDir}/backups/${backupId}.json`),
  );
  assert.deepEqual(manifest.paths, ["world", "server.properties"]);
  // null deletes a key, which brings its default back.
  await client.setConfig({ configJson: '{"backups":{"include":null}}' });
  assert.deepEqual(JSON.parse(await Deno.readTextFile(daemon.configPath)).backups.include, []);
});

Deno.test("setConfig() refuses invalid patches, naming each bad field, and changes nothing", async () => {
  await using daemon = await startDaemon();
  const client = await daemon.client();
  const before = await Deno.readTextFile(daemon.configPath);
  const cases: [string, RegExp][] = [
    [
      '{"backups":{"keep":0},"update":{"source":"ftp"},"server":{"command":[]}}',
      /^Invalid config: (?=.*backups\.keep)(?=.*server\.command)(?=.*update\.source)/,
    ],
    ['{"nope":true}', /nope/],
    [
      '{"server":{"readyPattern":"(unclosed"}}',
      /server\.readyPattern: is not a valid regular expression/,
    ],
    ['{"backups":{"include":"world"}}', /backups\.include/],
    ["[]", /must be a JSON object/],
    ["{", /JSON/],
  ];
  for (const [configJson, message] of cases) {
    await assert.rejects(client.setConfig({ configJson }), (e) => {
      assert.ok(isIpcError(e), String(e));
      assert.equal(e.code, "VALIDATION", e.message);
      assert.match(e.message, message);
      return true;
    });
  }
  assert.equal(await Deno.readTextFile(daemon.configPath), before);
  assert.equal(JSON.parse((await client.getConfig()).configJson).backups.keep, 10);
});

Deno.test("setConfig() from many clients at once never loses a change", async () => {
  await using daemon = await startDaemon();
  const patches = [
    { backups: { keep: 7 } },
    { server: { stopTimeoutSeconds: 9 } },
    { server: { startTimeoutSeconds: 99 } },
    { server: { restartOnCrash: false } },
    { logs: { files: 3 } },
    { update: { channel: "snapshot" } },
    { update: { paperChannel: "BETA" } },
    { update: { url: "http://127.0.0.1:1" } },
    { ipc: { idleTimeoutSeconds: 42 } },
    { backups: { include: ["world"] } },
  ];
  const clients = await Promise.all(patches.map(() => daemon.client()));
  const replies = await Promise.all(
    patches.map((patch, i) => clients[i].setConfig({ configJson: JSON.stringify(patch) })),
  );
  assert.ok(replies.every((r) => r.success));
  const config = JSON.parse(await Deno.readTextFile(daemon.configPath));
  assert.equal(config.backups.keep, 7);
  assert.equal(config.server.stopTimeoutSeconds, 9);
  assert.equal(config.server.startTimeoutSeconds, 99);
  assert.equal(config.server.restartOnCrash, false);
  assert.equal(config.logs.files, 3);
  assert.equal(config.update.channel, "snapshot");
  assert.equal(config.update.paperChannel, "BETA");
  assert.equal(config.update.url, "http://127.0.0.1:1");
  assert.equal(config.ipc.idleTimeoutSeconds, 42);
  assert.deepEqual(config.backups.include, ["world"]);
});

Deno.test("setConfig() takes a version number for update.channel as its text", async () => {
  await using daemon = await startDaemon();
  const client = await daemon.client();
  const reply = await client.setConfig({ configJson: '{"update":{"channel":26.1}}' });
  assert.equal(reply.success, true, reply.message);
  assert.match(reply.message, /changed: update\.channel/);
  assert.equal(JSON.parse((await client.getConfig()).configJson).update.channel, "26.1");
  const onDisk = JSON.parse(await Deno.readTextFile(daemon.configPath));
  assert.equal(onDisk.update.channel, "26.1");
});
