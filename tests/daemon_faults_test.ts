/**
 * Faults that must not wedge the daemon or corrupt the world, injected into
 * a real daemon: a `server.pid` that cannot be written, a wrapper script
 * that dies at SIGTERM while its child still saves, a client that gives up
 * while its stop waits behind a backup.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { isProcessAlive } from "./helpers/child.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { waitFor, withTmpDir } from "./helpers/tmp.ts";

Deno.test("daemon: start, stop, a later start and shutdown complete when server.pid cannot be written", async () => {
  await using daemon = await startDaemon();
  // A directory (not empty) where server.pid goes: writing and removing it both fail.
  const blocker = join(daemon.dataDir, "server.pid");
  await Deno.mkdir(blocker);
  await Deno.writeTextFile(join(blocker, "keep"), "");
  const client = await daemon.client({ timeoutMs: 60_000 });
  const started = await client.startServer({ waitForReady: true });
  assert.equal(started.success, true, started.message);
  assert.match(started.message, /warning: its pid could not be recorded in server\.pid/);
  const stopped = await client.stopServer({});
  assert.match(stopped.message, /^Stopped by "stop"/);
  const again = await client.startServer({ waitForReady: true });
  assert.equal(again.success, true, again.message);
  assert.match(daemon.stderr(), /Cannot record the server's pid in server\.pid/);
  const exit = await daemon.stop();
  assert.equal(exit.code, 0, "the daemon stops its server and exits on SIGTERM");
});

/**
 * `start.sh` runs the game without `exec` (as many do); the game traps
 * SIGTERM and takes a while to save, then writes `saved.txt`.
 */
async function writeWrapperServer(dir: string): Promise<string[]> {
  await Deno.writeTextFile(join(dir, "start.sh"), "sh ./game.sh\necho wrapper done\n");
  await Deno.writeTextFile(
    join(dir, "game.sh"),
    [
      `trap 'echo Saving the world; sleep 1; echo saved > saved.txt; echo World saved; exit 0' TERM`,
      `echo 'Done (0.1s)! For help, type "help"'`,
      // Deaf to its console: only SIGTERM stops it.
      "while :; do sleep 0.1; done",
      "",
    ].join("\n"),
  );
  return ["sh", "./start.sh"];
}

Deno.test("stopServer() waits for a wrapper script's child to save before SIGKILL", async () => {
  const dir = await Deno.makeTempDir({ prefix: "atlas-wrapper-" });
  try {
    const serverDir = join(dir, "game");
    await Deno.mkdir(serverDir);
    const command = await writeWrapperServer(serverDir);
    await using daemon = await startDaemon({
      config: { server: { directory: serverDir, command } },
      startServer: true,
    });
    const client = await daemon.client({ timeoutMs: 60_000 });
    const reply = await client.stopServer({ timeoutSeconds: 1 });
    assert.match(reply.message, /^Stopped by SIGTERM/);
    // Which process ended how: the shell at once, the game after saving.
    assert.match(reply.message, /the leader \(pid \d+\) killed by SIGTERM/);
    assert.match(reply.message, /pid \d+ exited \d+\.\d s after the leader/);
    assert.doesNotMatch(reply.message, /SIGKILL/);
    assert.equal((await Deno.readTextFile(join(serverDir, "saved.txt"))).trim(), "saved");
    const logs = await client.getLogs({ lines: 100 });
    assert.ok(logs.lines.includes("World saved"), logs.lines.join("\n"));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("stopServer() waiting behind a backup is dropped when its client disconnects", async () => {
  await using daemon = await startDaemon({
    env: { ATLAS_DEMO_SAVE_DELAY_MS: "3000" },
    startServer: true,
  });
  const client = await daemon.client({ timeoutMs: 60_000 });
  const before = await client.startServer({ waitForReady: false });
  assert.match(before.message, /Already running/);
  const backup = client.createBackup({ name: "long" });
  // The backup holds the power lock from save-off until the archive is written.
  await waitFor(async () => {
    const logs = await client.getLogs({ lines: 100 });
    return logs.lines.some((l) => l.includes("Saving the game"));
  }, { what: "the backup's save-all", timeoutMs: 30_000 });
  const impatient = await daemon.client();
  const stop = impatient.stopServer({}).catch((error) => error);
  // Frames of one connection are read in order: once status answers, the stop is queued.
  await impatient.getStatus();
  await impatient.close();
  assert.ok((await stop) instanceof Error);
  const made = await backup;
  assert.ok(made.backupId !== "", "the backup finished");
  // The power lock is first-come first-served: had the stop run, this start would spawn anew.
  const after = await client.startServer({ waitForReady: false });
  assert.equal(after.success, false, after.message);
  assert.match(after.message, /Already running/);
  assert.equal(after.serverPid, before.serverPid);
  assert.match(daemon.stderr(), /Dropping a start or stop request/);
});

Deno.test({
  name: "a next daemon never kills a process named by a server.pid from another boot",
  ignore: Deno.build.os !== "linux",
  async fn() {
    await using tmp = await withTmpDir();
    // Disposed last: its safety net kills the server this test leaves running.
    await using first = await startDaemon({ dir: tmp.path, startServer: true });
    const pidPath = join(first.dataDir, "server.pid");
    const record = JSON.parse(await Deno.readTextFile(pidPath));
    const bootId = new TextDecoder().decode(
      (await new Deno.Command("cat", { args: ["/proc/sys/kernel/random/boot_id"] }).output())
        .stdout,
    ).trim();
    assert.equal(record.bootId, bootId, "server.pid records the boot id");
    await first.stop("SIGKILL");
    assert.equal(await isProcessAlive(record.pid), true);
    // As if written before a reboot: the same pid and start time now name another process.
    record.bootId = "00000000-0000-0000-0000-000000000000";
    await Deno.writeTextFile(pidPath, JSON.stringify(record));
    {
      await using second = await startDaemon({ dir: tmp.path });
      assert.equal(await isProcessAlive(record.pid), true, "a process of this boot was killed");
      assert.match(second.stderr(), /server\.pid is from before a reboot/);
    }
    Deno.kill(-record.pid, "SIGKILL");
  },
});

Deno.test("the daemon warns loudly when it runs as root, and only then", async () => {
  await using daemon = await startDaemon();
  if (Deno.uid() === 0) {
    assert.match(
      daemon.stderr(),
      /\[WRN\].*The daemon runs as root: the game server runs as root too/,
    );
  } else {
    assert.doesNotMatch(daemon.stderr(), /runs as root/);
  }
});
