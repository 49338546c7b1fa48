/**
 * `backups.saveControl` against servers that are not vanilla: tiny `sh`
 * servers that answer the save commands as Paper, vanilla and Forge answer
 * commands they do not have, one that never answers, and one whose flush is
 * preceded by another save's `Saved the game`.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { isIpcError } from "../lib/protocol/errors.ts";
import { gnuExtract } from "./helpers/backup.ts";
import { runDaemonInProcess, startDaemon } from "./helpers/daemon.ts";
import { withTmpDir } from "./helpers/tmp.ts";
import { scriptServer, VANILLA_SAVE_CASES } from "./helpers/script_servers.ts";

/** What no user-facing message may contain: regular expression syntax, escapes, internal names. */
function assertPlainWords(text: string): void {
  assert.ok(!text.includes("\x1b"), text);
  assert.doesNotMatch(text, /\(\?:|\\[dsw.]|\[\^|SAVING_REPLIES|runAndWait|RegExp/, text);
}

const UNKNOWN_REPLIES: Array<[string, string]> = [
  ["Paper", `printf '[12:00:00 INFO]: Unknown command. Type "/help" for help.\\n'`],
  [
    "vanilla",
    `say 'Unknown or incomplete command, see below for error'; say "$line<--[HERE]"`,
  ],
  [
    "Forge 1.12",
    `printf '[12:00:00] [Server thread/INFO] [minecraft/DedicatedServer]: Unknown command. Try /help for a list of commands\\n'`,
  ],
];

Deno.test("createBackup() with saveControl auto fails at once, quoting the server, when it has no save-off", async () => {
  for (const [server, reply] of UNKNOWN_REPLIES) {
    await using daemon = await startDaemon({
      startServer: true,
      config: { server: { command: scriptServer(`    *) ${reply};;`) } },
    });
    const client = await daemon.client();
    const error = await client.createBackup({ name: "x" }).then(() => null, (e) => e);
    assert.ok(isIpcError(error) && error.code === "FAILED", `${server}: ${error}`);
    assert.match(error.message, /does not know the command "save-off"/, server);
    assert.match(error.message, /Unknown (or incomplete )?command/, server);
    assert.match(error.details ?? "", /backups\.saveControl/, server);
    assertPlainWords(`${error.message} ${error.details}`);
    assert.deepEqual((await client.listBackups()).backups, [], `${server}: nothing published`);
    // save-off had no effect, so save-on is not sent and no marker is left behind.
    const received = await Deno.readTextFile(join(daemon.serverDir, "received.txt"));
    assert.deepEqual(received.trim().split("\n"), ["save-off"], server);
    await assert.rejects(Deno.stat(join(daemon.dataDir, "saving-off.json")), Deno.errors.NotFound);
  }
});

Deno.test("createBackup() with saveControl auto fails after 5 s without a reply, naming the last line", async () => {
  await using daemon = await startDaemon({
    startServer: true,
    config: {
      server: {
        command: scriptServer(
          `    *) say "Can't keep up! Is the server overloaded? Running 2034ms behind";;`,
        ),
      },
    },
  });
  const client = await daemon.client();
  const error = await client.createBackup({ name: "x" }).then(() => null, (e) => e);
  assert.ok(isIpcError(error) && error.code === "TIMEOUT", String(error));
  assert.match(error.message, /did not confirm "save-off" within 5 s/);
  assert.match(error.message, /Automatic saving is now disabled/, "says what was expected");
  assert.match(error.message, /last line was "\[12:00:00\] .*Can't keep up!/);
  assert.match(error.details ?? "", /"vanilla".*"none"/);
  assertPlainWords(`${error.message} ${error.details}`);
  assert.deepEqual((await client.listBackups()).backups, []);
});

Deno.test("createBackup() with saveControl none sends no console command and says the copy is crash-consistent", async () => {
  await using daemon = await startDaemon({
    startServer: true,
    config: {
      server: { command: scriptServer(`    *) say 'Unknown command';;`) },
      backups: { saveControl: "none" },
    },
  });
  const client = await daemon.client();
  const reply = await client.createBackup({ name: "plain" });
  assert.equal(reply.success, true, reply.message);
  assert.match(reply.message, /crash-consistent/);
  assert.match(reply.message, /saving was not paused/);
  await assert.rejects(Deno.stat(join(daemon.serverDir, "received.txt")), Deno.errors.NotFound);
  assert.equal((await client.listBackups()).backups.length, 1);
});

Deno.test("createBackup() with saveControl vanilla waits the full timeout and reports in words", async () => {
  await using daemon = await runDaemonInProcess({
    config: {
      server: { command: scriptServer(`    *) ;;`) },
      backups: { saveControl: "vanilla" },
    },
    testing: { savingTimeouts: { commandMs: 3_000, autoMs: 100 } },
  });
  const client = await daemon.client();
  const started = await client.startServer({ waitForReady: true });
  assert.equal(started.success, true, started.message);
  const error = await client.createBackup({ name: "x" }).then(() => null, (e) => e);
  assert.ok(isIpcError(error) && error.code === "TIMEOUT", String(error));
  // Not the 0.1 s of auto mode: the vanilla timeout.
  assert.match(error.message, /did not confirm "save-off" within 3 s/);
  assert.match(error.message, /it printed nothing after the command/);
  assertPlainWords(`${error.message} ${error.details}`);
});

Deno.test("createBackup() waits for its own save-all, not an earlier save's Saved the game", async () => {
  // Another save's "Saved the game" arrives first; this flush writes world/flushed.txt.
  const flush = String.raw`    "save-all flush") say 'Saved the game'; sleep 1
      say 'Saving the game (this may take a moment!)'
      echo flushed > world/flushed.txt; say 'Saved the game';;`;
  await using daemon = await startDaemon({
    startServer: true,
    config: { server: { command: scriptServer(`${VANILLA_SAVE_CASES}\n${flush}`) } },
  });
  const client = await daemon.client();
  const reply = await client.createBackup({ name: "flushed" });
  assert.equal(reply.success, true, reply.message);
  await using out = await withTmpDir();
  await gnuExtract(join(daemon.dataDir, "backups", `${reply.backupId}.tar.zst`), out.path);
  assert.equal(await Deno.readTextFile(join(out.path, "world", "flushed.txt")), "flushed\n");
});
