/**
 * RestoreBackup end to end: round trips with the server stopped and
 * running, and archives that must be refused with the world untouched.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { isIpcError } from "../lib/protocol/errors.ts";
import { atlas } from "../lib/protocol/messages.ts";
import {
  DEFAULT_SET,
  gnuExtract,
  type RawTarItem,
  snapshotTree,
  tarBytes,
  tarFile,
  tarLink,
} from "./helpers/backup.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { withTmpDir } from "./helpers/tmp.ts";

const { ServerState } = atlas.common;

function expectCode(code: string, message?: RegExp): (e: unknown) => boolean {
  return (e) => {
    assert.ok(isIpcError(e), String(e));
    assert.equal(e.code, code, e.message);
    if (message) assert.match(e.message, message);
    return true;
  };
}

Deno.test("restoreBackup() of a stopped server puts back exactly the backed-up files", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const client = await daemon.client();
  await client.stopServer({});
  await Deno.writeTextFile(join(daemon.serverDir, "world/custom.dat"), "before");
  const backedUp = await snapshotTree(daemon.serverDir, DEFAULT_SET);
  const { backupId } = await client.createBackup({ name: "round-trip" });
  // Change the world every way: edit, add, delete, a new dimension folder.
  await Deno.writeTextFile(join(daemon.serverDir, "world/custom.dat"), "after");
  await Deno.writeTextFile(join(daemon.serverDir, "world/added.dat"), "new");
  await Deno.remove(join(daemon.serverDir, "world/level.dat"));
  await Deno.writeTextFile(join(daemon.serverDir, "server.properties"), "level-name=world\n");
  const reply = await client.restoreBackup({ backupId });
  assert.equal(reply.success, true);
  assert.match(reply.message, new RegExp(`Restored backup ${backupId}`));
  assert.match(reply.message, /previous world is saved as backup \d{8}-\d{6}-\d{3}-pre-restore-/);
  assert.deepEqual(await snapshotTree(daemon.serverDir, DEFAULT_SET), backedUp);
  // No staging or old folders are left in the server folder.
  for await (const entry of Deno.readDir(daemon.serverDir)) {
    assert.doesNotMatch(entry.name, /^\.atlas-restore-/);
  }
  // The safety backup holds the changed world.
  const safety = (await client.listBackups()).backups.find((b) =>
    b.name?.startsWith("pre-restore-")
  );
  assert.ok(safety);
  await using out = await withTmpDir();
  await gnuExtract(join(daemon.dataDir, "backups", `${safety.id}.tar.zst`), out.path);
  assert.equal(await Deno.readTextFile(join(out.path, "world/custom.dat")), "after");
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STOPPED);
});

Deno.test("restoreBackup() of a running server stops it, swaps the world, and starts it again", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const client = await daemon.client();
  await Deno.writeTextFile(join(daemon.serverDir, "world/custom.dat"), "before");
  const { backupId } = await client.createBackup({ name: "live" });
  await Deno.writeTextFile(join(daemon.serverDir, "world/custom.dat"), "after");
  await Deno.writeTextFile(join(daemon.serverDir, "world_nether/added.dat"), "new");
  const reply = await client.restoreBackup({ backupId });
  assert.match(reply.message, /The server was restarted/);
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_RUNNING);
  assert.equal(await Deno.readTextFile(join(daemon.serverDir, "world/custom.dat")), "before");
  await assert.rejects(
    Deno.stat(join(daemon.serverDir, "world_nether/added.dat")),
    Deno.errors.NotFound,
  );
  const lines = (await client.getLogs({ lines: 10_000 })).lines;
  assert.equal(lines.filter((l) => /Done \(/.test(l)).length, 2, "stopped and started once");
});

Deno.test("restoreBackup() refuses malformed and unknown ids", async () => {
  await using daemon = await startDaemon();
  const client = await daemon.client();
  for (const id of ["../x", "a/b", "..", "", "20250101-000000-000/..", "x\\y"]) {
    await assert.rejects(client.restoreBackup({ backupId: id }), expectCode("VALIDATION"));
  }
  await assert.rejects(
    client.restoreBackup({ backupId: "20250101-000000-000-nope" }),
    expectCode("NOT_FOUND", /does not exist/),
  );
});

Deno.test("restoreBackup() of a corrupted archive changes nothing and keeps the server running", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const client = await daemon.client();
  const { backupId } = await client.createBackup({ name: "to-corrupt" });
  const archive = join(daemon.dataDir, "backups", `${backupId}.tar.zst`);
  const bytes = await Deno.readFile(archive);
  bytes[Math.floor(bytes.length / 2)] ^= 0xff;
  await Deno.writeFile(archive, bytes);
  await Deno.writeTextFile(join(daemon.serverDir, "world/custom.dat"), "current");
  const world = await snapshotTree(daemon.serverDir);
  await assert.rejects(
    client.restoreBackup({ backupId }),
    expectCode("FAILED", /is corrupted: its checksum does not match/),
  );
  assert.deepEqual(await snapshotTree(daemon.serverDir), world);
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_RUNNING);
  assert.equal((await client.listBackups()).backups.length, 1, "no safety backup was needed");
});

/** Writes a backup by hand: a hostile archive with a manifest that matches it. */
async function plantBackup(backupsDir: string, id: string, tar: Uint8Array): Promise<void> {
  const archive = gzipSync(tar);
  await Deno.mkdir(backupsDir, { recursive: true });
  await Deno.writeFile(join(backupsDir, `${id}.tar.gz`), archive);
  const manifest = {
    format: 1,
    id,
    name: "hostile",
    kind: "manual",
    created_at: 1735689600,
    created: "2025-01-01T00:00:00.000Z",
    size: archive.length,
    sha256: createHash("sha256").update(archive).digest("hex"),
    server_version: "1.21.4",
    file_count: 1,
    paths: ["world"],
  };
  await Deno.writeTextFile(join(backupsDir, `${id}.json`), JSON.stringify(manifest));
}

const HOSTILE: [string, RawTarItem[]][] = [
  ["a .. entry", [tarFile("world/level.dat"), tarFile("../escaped.txt")]],
  ["an absolute entry", [tarFile("/tmp/atlas-escaped.txt")]],
  ["a link out and a file through it", [tarLink("world", "../.."), tarFile("world/escaped.txt")]],
];

for (const [what, entries] of HOSTILE) {
  Deno.test(`restoreBackup() of an archive with ${what} refuses it and touches nothing`, async () => {
    await using daemon = await startDaemon({ startServer: true });
    const client = await daemon.client();
    const id = "20250101-000000-000-hostile";
    await plantBackup(join(daemon.dataDir, "backups"), id, tarBytes(entries));
    const world = await snapshotTree(daemon.serverDir);
    await assert.rejects(
      client.restoreBackup({ backupId: id }),
      expectCode("FAILED", /cannot be restored/),
    );
    assert.deepEqual(await snapshotTree(daemon.serverDir), world);
    await assert.rejects(Deno.stat(join(daemon.dir, "escaped.txt")), Deno.errors.NotFound);
    await assert.rejects(Deno.stat("/tmp/atlas-escaped.txt"), Deno.errors.NotFound);
    assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_RUNNING);
  });
}

Deno.test("restoreBackup() with nested included paths replaces only them, never their siblings", async () => {
  await using daemon = await startDaemon({
    config: { backups: { include: ["world", "plugins/A", "config/new/settings.yml"] } },
  });
  const client = await daemon.client();
  const server = daemon.serverDir;
  await Deno.mkdir(join(server, "world"), { recursive: true });
  await Deno.writeTextFile(join(server, "world/level.dat"), "backed up");
  await Deno.mkdir(join(server, "plugins/A"), { recursive: true });
  await Deno.mkdir(join(server, "plugins/B"), { recursive: true });
  await Deno.writeTextFile(join(server, "plugins/A/data.yml"), "A backed up");
  await Deno.writeTextFile(join(server, "plugins/B/data.yml"), "B at backup time");
  await Deno.writeTextFile(join(server, "plugins/loose.jar"), "jar");
  const { backupId } = await client.createBackup({ name: "nested" });
  // Afterwards: A and the world change, B changes too (it is not in the backup),
  // a new plugin appears, and a path missing at backup time now exists.
  await Deno.writeTextFile(join(server, "world/level.dat"), "changed");
  await Deno.writeTextFile(join(server, "plugins/A/data.yml"), "A changed");
  await Deno.writeTextFile(join(server, "plugins/A/extra.yml"), "A extra");
  await Deno.writeTextFile(join(server, "plugins/B/data.yml"), "B now");
  await Deno.mkdir(join(server, "plugins/C"));
  await Deno.mkdir(join(server, "config/new"), { recursive: true });
  await Deno.writeTextFile(join(server, "config/new/settings.yml"), "made later");
  await Deno.writeTextFile(join(server, "config/keep.yml"), "keep");
  const reply = await client.restoreBackup({ backupId });
  assert.equal(reply.success, true, reply.message);
  // Nothing beside the included paths moved...
  assert.equal(await Deno.readTextFile(join(server, "plugins/B/data.yml")), "B now");
  assert.equal(await Deno.readTextFile(join(server, "plugins/loose.jar")), "jar");
  assert.ok((await Deno.stat(join(server, "plugins/C"))).isDirectory);
  assert.equal(await Deno.readTextFile(join(server, "config/keep.yml")), "keep");
  // ...and the included paths are as backed up (settings.yml did not exist then, so it is gone).
  assert.equal(await Deno.readTextFile(join(server, "world/level.dat")), "backed up");
  assert.equal(await Deno.readTextFile(join(server, "plugins/A/data.yml")), "A backed up");
  await assert.rejects(Deno.stat(join(server, "plugins/A/extra.yml")), Deno.errors.NotFound);
  await assert.rejects(Deno.stat(join(server, "config/new/settings.yml")), Deno.errors.NotFound);
  for await (const entry of Deno.readDir(server)) {
    assert.doesNotMatch(entry.name, /^\.atlas-restore-/);
  }
  // The safety backup holds exactly the replaced paths, in their replaced state.
  const safety = (await client.listBackups()).backups.find((b) =>
    b.name?.startsWith("pre-restore-")
  );
  assert.ok(safety);
  await using out = await withTmpDir();
  await gnuExtract(join(daemon.dataDir, "backups", `${safety.id}.tar.zst`), out.path);
  assert.deepEqual(Object.keys(await snapshotTree(out.path)).filter((p) => !p.includes("/")), [
    "config",
    "plugins",
    "world",
  ]);
  assert.equal(await Deno.readTextFile(join(out.path, "plugins/A/extra.yml")), "A extra");
  assert.equal(await Deno.readTextFile(join(out.path, "config/new/settings.yml")), "made later");
  await assert.rejects(Deno.stat(join(out.path, "plugins/B")), Deno.errors.NotFound);
  // Restoring the safety backup undoes the restore, again without touching B.
  await client.restoreBackup({ backupId: safety.id });
  assert.equal(await Deno.readTextFile(join(server, "plugins/A/extra.yml")), "A extra");
  assert.equal(await Deno.readTextFile(join(server, "config/new/settings.yml")), "made later");
  assert.equal(await Deno.readTextFile(join(server, "plugins/B/data.yml")), "B now");
});

Deno.test("restoreBackup() restores a level-name below a folder without touching that folder's other worlds", async () => {
  await using daemon = await startDaemon();
  const client = await daemon.client();
  const server = daemon.serverDir;
  const props = await Deno.readTextFile(join(server, "server.properties"));
  await Deno.writeTextFile(
    join(server, "server.properties"),
    props.replace(/^level-name=.*$/m, "level-name=worlds/survival"),
  );
  await Deno.mkdir(join(server, "worlds/survival"), { recursive: true });
  await Deno.mkdir(join(server, "worlds/creative"), { recursive: true });
  await Deno.writeTextFile(join(server, "worlds/survival/level.dat"), "survival then");
  await Deno.writeTextFile(join(server, "worlds/creative/level.dat"), "creative");
  const { backupId } = await client.createBackup({ name: "survival" });
  await Deno.writeTextFile(join(server, "worlds/survival/level.dat"), "survival now");
  await Deno.writeTextFile(join(server, "worlds/creative/level.dat"), "creative now");
  await client.restoreBackup({ backupId });
  assert.equal(await Deno.readTextFile(join(server, "worlds/survival/level.dat")), "survival then");
  assert.equal(await Deno.readTextFile(join(server, "worlds/creative/level.dat")), "creative now");
});

Deno.test("restoreBackup() of a backup made through a link pointing outside brings its content back", async () => {
  await using daemon = await startDaemon({ startServer: true });
  await using shared = await withTmpDir();
  const client = await daemon.client();
  await Deno.mkdir(join(shared.path, "pack/data"), { recursive: true });
  await Deno.writeTextFile(join(shared.path, "pack/pack.mcmeta"), '{"pack":{}}');
  await Deno.writeTextFile(join(shared.path, "pack/data/f.json"), "shared data");
  await Deno.symlink(shared.path, join(daemon.serverDir, "world/datapacks"));
  await Deno.symlink("level.dat", join(daemon.serverDir, "world/level-link"));
  const { backupId } = await client.createBackup({ name: "linked" });
  // The shared folder is lost; the backup still has it.
  await Deno.remove(join(shared.path, "pack"), { recursive: true });
  const reply = await client.restoreBackup({ backupId });
  assert.match(reply.message, /The server was restarted/);
  const datapacks = join(daemon.serverDir, "world/datapacks");
  assert.ok((await Deno.lstat(datapacks)).isDirectory, "now a folder holding the content");
  assert.equal(await Deno.readTextFile(join(datapacks, "pack/data/f.json")), "shared data");
  assert.equal(await Deno.readLink(join(daemon.serverDir, "world/level-link")), "level.dat");
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_RUNNING);
  await daemon.log.waitForLine(/Archiving link "?world\/datapacks"? ->/);
});
