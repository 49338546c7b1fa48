/**
 * kill -9 of the daemon in the middle of a backup and of a restore, at known
 * points (the daemon's `ATLAS_RUNNER_TEST_PAUSE` hook parks it there), then a
 * new daemon on the same directories: no partial backup is listed, saving is
 * turned back on, and the world is either intact or fully restored.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathExists } from "../lib/util/fs.ts";
import { DEFAULT_SET, gnuExtract, snapshotTree, waitForConsole } from "./helpers/backup.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { waitFor, withTmpDir } from "./helpers/tmp.ts";

async function listNames(dir: string): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) names.push(entry.name);
  return names.sort();
}

for (
  const [snapshot, step, partial] of [
    // Archived with saving off: the temp archive is written, not yet published.
    ["none", "backup:archived", (n: string) => n.endsWith(".tmp")],
    // Saving is off and the staging copy is made, not yet archived.
    ["copy", "backup:staged", (n: string) => n.startsWith(".staging-")],
  ] as const
) {
  Deno.test(`kill -9 during a backup (snapshot ${snapshot}, at ${step}): nothing partial is listed and saving is turned back on`, async () => {
    await using first = await startDaemon({
      startServer: true,
      config: { backups: { snapshot } },
      env: { ATLAS_RUNNER_TEST_PAUSE: step },
    });
    await killedBackup(first, step, partial);
  });
}

async function killedBackup(
  first: Awaited<ReturnType<typeof startDaemon>>,
  step: string,
  partial: (name: string) => boolean,
): Promise<void> {
  const client = await first.client();
  const pending = client.createBackup({ name: "doomed" }).catch((e) => e);
  await first.log.waitForLine(new RegExp(`Test pause at "${step}"`));
  const backups = join(first.dataDir, "backups");
  assert.ok((await listNames(backups)).some(partial), (await listNames(backups)).join(", "));
  await Deno.stat(join(first.dataDir, "saving-off.json"));
  await first.stop("SIGKILL");
  await pending;

  await using second = await startDaemon({ dir: first.dir });
  const client2 = await second.client();
  assert.deepEqual((await client2.listBackups()).backups, []);
  assert.deepEqual(await listNames(backups), [], "the temp archive was swept");
  // The orphaned server was stopped; once a server is ready again, saving is turned on.
  await client2.startServer({ waitForReady: true });
  await waitForConsole(client2, /Saving is already turned on|Automatic saving is now enabled/);
  await waitFor(async () => !(await pathExists(join(second.dataDir, "saving-off.json"))), {
    what: "the saving-off marker to go",
  });
  // And backups work again.
  assert.equal((await client2.createBackup({ name: "after" })).success, true);
}

for (const [step, outcome] of [["move-in:world", "intact"], ["cleanup", "restored"]] as const) {
  Deno.test(`kill -9 during a restore (before ${step}): the world is ${outcome} after restart`, async () => {
    await using first = await startDaemon({
      startServer: true,
      env: { ATLAS_RUNNER_TEST_PAUSE: `restore:${step}` },
    });
    const client = await first.client();
    await client.stopServer({});
    await Deno.writeTextFile(join(first.serverDir, "world/custom.dat"), "in the backup");
    const { backupId } = await client.createBackup({ name: "target" });
    await using backupContent = await withTmpDir();
    await gnuExtract(join(first.dataDir, "backups", `${backupId}.tar.zst`), backupContent.path);
    await Deno.writeTextFile(join(first.serverDir, "world/custom.dat"), "current");
    await Deno.writeTextFile(join(first.serverDir, "world/only-now.dat"), "current");
    const current = await snapshotTree(first.serverDir, DEFAULT_SET);
    const pending = client.restoreBackup({ backupId }).catch((e) => e);
    await first.log.waitForLine(new RegExp(`Test pause at "restore:${step}"`));
    await first.stop("SIGKILL");
    await pending;

    await using second = await startDaemon({ dir: first.dir });
    await second.log.waitForLine(/Daemon listening/);
    const want = outcome === "intact" ? current : await snapshotTree(backupContent.path);
    assert.deepEqual(await snapshotTree(second.serverDir, DEFAULT_SET), want);
    assert.ok(!(await listNames(second.serverDir)).some((n) => n.startsWith(".atlas-restore-")));
    await assert.rejects(
      Deno.stat(join(second.dataDir, "restore-journal.json")),
      Deno.errors.NotFound,
    );
    const client2 = await second.client();
    assert.equal((await client2.startServer({ waitForReady: true })).success, true);
  });
}

Deno.test("SIGTERM to the daemon during a backup: saving is back on before the server stops", async () => {
  await using daemon = await startDaemon({
    startServer: true,
    env: { ATLAS_DEMO_SAVE_DELAY_MS: "2000" },
  });
  const client = await daemon.client();
  const pending = client.createBackup({ name: "interrupted" }).catch((e) => e);
  await waitForConsole(client, /Saving the game/);
  const status = await daemon.stop("SIGTERM");
  assert.equal(status.code, 0);
  assert.ok((await pending) instanceof Error, "the backup did not complete");
  const lines = (await Deno.readTextFile(join(daemon.dataDir, "logs/console.log"))).split("\n");
  const on = lines.findIndex((l) => /Automatic saving is now enabled/.test(l));
  const stopping = lines.findIndex((l) => /Stopping the server/.test(l));
  assert.ok(on >= 0 && stopping > on, lines.join("\n"));
  assert.deepEqual(await listNames(join(daemon.dataDir, "backups")), []);
  await assert.rejects(Deno.stat(join(daemon.dataDir, "saving-off.json")), Deno.errors.NotFound);
});
