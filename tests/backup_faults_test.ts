/**
 * Backups that keep what matters: a backup without a world is refused,
 * pruning spares the newest backup that verifies and follows creation order,
 * one restore uses one server folder throughout, and console commands sent
 * without RCON never get each other's lines. Real daemons and demo servers.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { atlas } from "../lib/protocol/messages.ts";
import { isIpcError } from "../lib/protocol/errors.ts";
import { gnuExtract } from "./helpers/backup.ts";
import { runDaemonInProcess, startDaemon } from "./helpers/daemon.ts";
import { waitFor, withTmpDir } from "./helpers/tmp.ts";

Deno.test("createBackup() refuses a wrong level-name, server.directory or backups.include, publishing nothing", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const client = await daemon.client();
  await client.stopServer({});
  const properties = join(daemon.serverDir, "server.properties");
  const original = await Deno.readTextFile(properties);
  await Deno.writeTextFile(properties, original.replace(/^level-name=.*$/m, "level-name=wrold"));
  const cases: Array<[string, RegExp, RegExp]> = [
    ["level-name", /world folder "wrold" does not exist/, /level-name/],
  ];
  const check = async (what: string, message: RegExp, hint: RegExp) => {
    const error = await client.createBackup({ name: "x" }).then(() => null, (e) => e);
    assert.ok(isIpcError(error) && error.code === "FAILED", `${what}: ${error}`);
    assert.match(error.message, /^Backup refused: /, what);
    assert.match(error.message, message, what);
    assert.match(error.details ?? "", hint, what);
    assert.deepEqual((await client.listBackups()).backups, [], `${what}: nothing published`);
  };
  for (const [what, message, hint] of cases) await check(what, message, hint);
  await Deno.writeTextFile(properties, original);
  const empty = join(daemon.dir, "empty");
  await Deno.mkdir(empty);
  await client.setConfig({ configJson: JSON.stringify({ server: { directory: empty } }) });
  await check("server.directory", /world folder "world" does not exist in .*empty/, /directory/);
  await client.setConfig({
    configJson: JSON.stringify({
      server: { directory: daemon.serverDir },
      backups: { include: ["mods", "config/x"] },
    }),
  });
  await check("backups.include", /none of the paths in backups.include exist/, /include/);
  // Once one included path exists, the backup is made.
  await Deno.mkdir(join(daemon.serverDir, "mods"));
  assert.equal((await client.createBackup({ name: "mods" })).success, true);
});

Deno.test("createBackup() keeps the last backup that verifies when the new one is damaged on disk", async () => {
  // The new archive is damaged after it was written (a disk error): it no longer matches its
  // checksum, so pruning to keepManual 1 must keep the older, good backup too.
  let damageNext = false;
  await using daemon = await runDaemonInProcess({
    config: { backups: { keepManual: 1 } },
    testing: {
      probe: async (step) => {
        if (step !== "backup:archived" || !damageNext) return;
        const dir = join(daemonDir, "data", "backups");
        for await (const entry of Deno.readDir(dir)) {
          if (!entry.name.endsWith(".tmp")) continue;
          const bytes = await Deno.readFile(join(dir, entry.name));
          bytes[bytes.length - 1] ^= 0xff;
          await Deno.writeFile(join(dir, entry.name), bytes);
        }
      },
    },
  });
  const daemonDir = daemon.dir;
  await Deno.mkdir(join(daemon.dir, "server", "world"));
  const client = await daemon.client();
  const good = await client.createBackup({ name: "good" });
  damageNext = true;
  const bad = await client.createBackup({ name: "damaged" });
  assert.doesNotMatch(bad.message, /pruned/);
  const ids = (await client.listBackups()).backups.map((b) => b.id);
  assert.deepEqual(ids, [bad.backupId, good.backupId]);
  // A good one again: now the old ones go.
  damageNext = false;
  const next = await client.createBackup({ name: "next" });
  assert.match(next.message, /pruned 2 old backup/);
  assert.deepEqual((await client.listBackups()).backups.map((b) => b.id), [next.backupId]);
});

Deno.test("createBackup() after the clock went back is the newest backup, and pruning keeps it", async () => {
  await using daemon = await startDaemon({ config: { backups: { keepManual: 1 } } });
  await Deno.mkdir(join(daemon.serverDir, "world"));
  const client = await daemon.client();
  const first = await client.createBackup({ name: "first" });
  // A backup made while the clock was wrong (ahead): its id and time lie in 2099.
  const dir = join(daemon.dataDir, "backups");
  const future = "20990101-000000-000-future";
  const manifest = JSON.parse(await Deno.readTextFile(join(dir, `${first.backupId}.json`)));
  await Deno.copyFile(join(dir, `${first.backupId}.tar.zst`), join(dir, `${future}.tar.zst`));
  await Deno.writeTextFile(
    join(dir, `${future}.json`),
    JSON.stringify({ ...manifest, id: future, name: "future", created_at: 4_070_908_800 }),
  );
  const fresh = await client.createBackup({ name: "fresh" });
  assert.equal(fresh.success, true, fresh.message);
  const left = (await client.listBackups()).backups.map((b) => b.id);
  assert.deepEqual(left, [fresh.backupId], "the fresh backup survives; the older ones are pruned");
  assert.ok(fresh.backupId > future, `${fresh.backupId} sorts after ${future}`);
});

Deno.test("restoreBackup() keeps using its server folder when server.directory changes meanwhile", async () => {
  await using daemon = await startDaemon({
    startServer: true,
    env: { ATLAS_DEMO_IGNORE_STOP: "1" },
    config: { server: { stopTimeoutSeconds: 3 } },
  });
  const client = await daemon.client();
  const backup = await client.createBackup({ name: "before" });
  const marker = join(daemon.serverDir, "world", "marker.txt");
  await Deno.writeTextFile(marker, "current");
  const restoring = (await daemon.client()).restoreBackup({ backupId: backup.backupId });
  // The restore is stopping the server (which ignores `stop`, so this lasts 3 s).
  await waitFor(async () =>
    (await client.getStatus()).state === atlas.common.ServerState.SERVER_STATE_STOPPING
  );
  const elsewhere = join(daemon.dir, "elsewhere");
  await Deno.mkdir(elsewhere);
  await client.setConfig({ configJson: JSON.stringify({ server: { directory: elsewhere } }) });
  const restored = await restoring;
  assert.equal(restored.success, true, restored.message);
  // The swap happened in the folder the restore began with...
  await assert.rejects(Deno.stat(marker), Deno.errors.NotFound);
  // ...and the safety backup holds that folder's world, marker included.
  const safety = (await client.listBackups()).backups.find((b) =>
    b.name?.startsWith("pre-restore")
  );
  assert.ok(safety);
  await using out = await withTmpDir();
  await gnuExtract(join(daemon.dataDir, "backups", `${safety.id}.tar.zst`), out.path);
  assert.equal(await Deno.readTextFile(join(out.path, "world", "marker.txt")), "current");
});

Deno.test("sendCommand() without RCON: concurrent commands never get each other's lines", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const clients = await Promise.all([daemon.client(), daemon.client(), daemon.client()]);
  const words = ["alpha", "bravo", "charlie"];
  const replies = await Promise.all(
    clients.map((client, i) => client.sendCommand({ command: `say ${words[i]}` })),
  );
  replies.forEach((reply, i) => {
    assert.match(reply.response, new RegExp(`\\[Server\\] ${words[i]}`));
    for (const other of words.filter((w) => w !== words[i])) {
      assert.doesNotMatch(reply.response, new RegExp(other), `reply ${i}: ${reply.response}`);
    }
  });
});
