/**
 * CreateBackup and ListBackups end to end: a real daemon supervising the
 * demo server, real archives read back with GNU tar.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { isIpcError } from "../lib/protocol/errors.ts";
import {
  consoleLines,
  DEFAULT_SET,
  gnuExtract,
  snapshotTree,
  waitForConsole,
} from "./helpers/backup.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { withTmpDir } from "./helpers/tmp.ts";

Deno.test("createBackup() of a running server pauses saving, flushes, archives the flushed world, resumes", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const client = await daemon.client();
  const before = (await consoleLines(client)).length;
  const reply = await client.createBackup({ name: "while-running" });
  assert.equal(reply.success, true, reply.message);
  assert.match(reply.backupId, /^\d{8}-\d{6}-\d{3}-while-running$/);
  assert.match(reply.message, /saving was paused/);
  // The order on the console: save-off confirmed, then the flush, then save-on.
  const lines = (await consoleLines(client)).slice(before);
  const off = lines.findIndex((l) => /Automatic saving is now disabled/.test(l));
  const saved = lines.findIndex((l) => /Saved the game/.test(l));
  const on = lines.findIndex((l) => /Automatic saving is now enabled/.test(l));
  assert.ok(off >= 0 && saved > off && on > saved, lines.join("\n"));
  // Nothing writes the world after the flush (autosave is minutes away), so the
  // archive must hold exactly what is on disk now.
  const archive = join(daemon.dataDir, "backups", `${reply.backupId}.tar.zst`);
  await using out = await withTmpDir();
  await gnuExtract(archive, out.path);
  const world = await snapshotTree(daemon.serverDir, DEFAULT_SET);
  assert.ok(Object.keys(world).some((p) => p.startsWith("world_nether/DIM-1/region/")));
  assert.deepEqual(await snapshotTree(out.path), world);
  // The manifest describes the archive.
  const manifest = JSON.parse(
    await Deno.readTextFile(join(daemon.dataDir, "backups", `${reply.backupId}.json`)),
  );
  assert.equal(manifest.size, (await Deno.stat(archive)).size);
  assert.equal(manifest.server_version, "1.21.4");
  assert.ok(manifest.file_count > 5);
  await assert.rejects(Deno.stat(join(daemon.dataDir, "saving-off.json")), Deno.errors.NotFound);
});

Deno.test("createBackup() of a stopped server archives directly and listBackups() shows it", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const client = await daemon.client();
  await client.stopServer({});
  await Deno.writeTextFile(join(daemon.serverDir, "ops.json"), '[{"name":"Alex"}]');
  const before = (await consoleLines(client)).length;
  const reply = await client.createBackup({ name: "" });
  assert.match(reply.backupId, /^\d{8}-\d{6}-\d{3}$/);
  assert.doesNotMatch(reply.message, /saving was paused/);
  assert.equal((await consoleLines(client)).length, before, "no console commands while stopped");
  const list = await client.listBackups();
  assert.equal(list.backups.length, 1);
  const [info] = list.backups;
  assert.equal(info.id, reply.backupId);
  assert.equal(info.name, "");
  const archive = join(daemon.dataDir, "backups", `${reply.backupId}.tar.zst`);
  assert.equal(Number(info.sizeBytes), (await Deno.stat(archive)).size);
  assert.ok(Math.abs(Number(info.createdAt) - Date.now() / 1000) < 60);
  await using out = await withTmpDir();
  await gnuExtract(archive, out.path);
  assert.equal(await Deno.readTextFile(join(out.path, "ops.json")), '[{"name":"Alex"}]');
});

Deno.test("createBackup() refuses bad names with VALIDATION and accepts good ones", async () => {
  await using daemon = await startDaemon();
  await Deno.mkdir(join(daemon.serverDir, "world")); // the demo makes it at its first start
  const client = await daemon.client();
  for (const name of ["a".repeat(65), "with space", "../escape", "a/b", "tab\there", "ünï"]) {
    await assert.rejects(client.createBackup({ name }), (e) => {
      assert.ok(isIpcError(e) && e.code === "VALIDATION", `${JSON.stringify(name)}: ${e}`);
      return true;
    });
  }
  const ok = await client.createBackup({ name: "v1.21.4_pre-update" });
  assert.match(ok.backupId, /-v1\.21\.4_pre-update$/);
  const dots = await client.createBackup({ name: "a..b" });
  assert.match(dots.backupId, /-a\.b$/, "ids never contain ..");
  assert.equal((await client.listBackups()).backups.length, 2);
});

Deno.test("createBackup() answers BUSY while another backup runs", async () => {
  await using daemon = await startDaemon({
    startServer: true,
    env: { ATLAS_DEMO_SAVE_DELAY_MS: "1500" },
  });
  const client = await daemon.client();
  const first = client.createBackup({ name: "first" });
  await waitForConsole(client, /Saving the game/);
  await assert.rejects(client.createBackup({ name: "second" }), (e) => {
    assert.ok(isIpcError(e) && e.code === "BUSY", String(e));
    assert.match(e.message, /a backup is in progress/);
    return true;
  });
  assert.equal((await first).success, true);
  assert.deepEqual((await client.listBackups()).backups.map((b) => b.name), ["first"]);
});

Deno.test("stopServer() during a backup waits until saving is back on", async () => {
  await using daemon = await startDaemon({
    startServer: true,
    env: { ATLAS_DEMO_SAVE_DELAY_MS: "1000" },
  });
  const client = await daemon.client();
  const before = (await consoleLines(client)).length;
  const backup = client.createBackup({ name: "then-stop" });
  await waitForConsole(client, /Saving the game/, before);
  const stop = await client.stopServer({});
  assert.match(stop.message, /Stopped/);
  assert.equal((await backup).success, true);
  const lines = (await consoleLines(client)).slice(before);
  const on = lines.findIndex((l) => /Automatic saving is now enabled/.test(l));
  const stopping = lines.findIndex((l) => /Stopping the server/.test(l));
  assert.ok(on >= 0 && stopping > on, lines.join("\n"));
});

Deno.test("createBackup() prunes manual backups to backups.keepManual and safety backups to backups.keepPreRestore", async () => {
  await using daemon = await startDaemon({
    config: { backups: { keep: 1, keepManual: 2, keepPreRestore: 1 } },
  });
  await Deno.mkdir(join(daemon.serverDir, "world")); // the demo makes it at its first start
  const client = await daemon.client();
  const first = await client.createBackup({ name: "b1" });
  await client.restoreBackup({ backupId: first.backupId });
  const ids = [first.backupId];
  for (const name of ["b2", "b3", "b4"]) ids.push((await client.createBackup({ name })).backupId);
  const names = (await client.listBackups()).backups.map((b) => b.name);
  assert.deepEqual(names, ["b4", "b3", `pre-restore-${first.backupId}`]);
  // Changing keepManual applies to the next backup at once.
  await client.setConfig({ configJson: '{"backups":{"keepManual":1}}' });
  const fifth = await client.createBackup({ name: "b5" });
  const after = (await client.listBackups()).backups.map((b) => b.name);
  assert.deepEqual(after, ["b5", `pre-restore-${first.backupId}`]);
  for (const id of ids) {
    await assert.rejects(
      Deno.stat(join(daemon.dataDir, "backups", `${id}.tar.zst`)),
      Deno.errors.NotFound,
    );
  }
  // A second restore's safety backup replaces the first one (keepPreRestore 1), and the
  // backup being restored survives.
  const restored = await client.restoreBackup({ backupId: fifth.backupId });
  assert.equal(restored.success, true, restored.message);
  const last = (await client.listBackups()).backups.map((b) => b.name);
  assert.deepEqual(last, [`pre-restore-${fifth.backupId}`, "b5"]);
});

Deno.test("listBackups() lists only complete backups", async () => {
  await using daemon = await startDaemon();
  await Deno.mkdir(join(daemon.serverDir, "world")); // the demo makes it at its first start
  const client = await daemon.client();
  const good = await client.createBackup({ name: "good" });
  const dir = join(daemon.dataDir, "backups");
  await Deno.writeTextFile(join(dir, ".20250101-000000-000-x.tar.gz.1234.tmp"), "partial");
  await Deno.writeTextFile(join(dir, "20250101-000000-000-nomanifest.tar.gz"), "archive");
  await Deno.writeTextFile(join(dir, "20250101-000000-000-badmanifest.tar.gz"), "archive");
  await Deno.writeTextFile(join(dir, "20250101-000000-000-badmanifest.json"), "{");
  const list = await client.listBackups();
  assert.deepEqual(list.backups.map((b) => b.id), [good.backupId]);
});

Deno.test("createBackup() after a server.directory change archives the running server's folder", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const client = await daemon.client();
  // The change waits for the next start: the running server stays where it is.
  const elsewhere = join(daemon.dir, "elsewhere");
  await Deno.mkdir(elsewhere);
  const set = await client.setConfig({
    configJson: JSON.stringify({ server: { directory: elsewhere } }),
  });
  assert.equal(set.success, true, set.message);
  const reply = await client.createBackup({ name: "moved" });
  assert.equal(reply.success, true, reply.message);
  await using out = await withTmpDir();
  await gnuExtract(join(daemon.dataDir, "backups", `${reply.backupId}.tar.zst`), out.path);
  const world = await snapshotTree(daemon.serverDir, DEFAULT_SET);
  assert.ok(Object.keys(world).some((p) => p.startsWith("world/region/")));
  assert.deepEqual(await snapshotTree(out.path), world);
});
