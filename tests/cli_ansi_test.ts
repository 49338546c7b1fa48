/**
 * Console lines with colour codes: `logs`, `logs --json`, `console` and
 * `send` show them without escape sequences unless stdout is a terminal and
 * colours are allowed; the daemon's stored log keeps the raw line.
 *
 * Kind: in-process against a real daemon (a child process): the CLI runs in
 * this process on injected streams, a terminal stdout included.
 *
 * @module
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { runCli as runInProcess } from "../cmd/mod.ts";
import { memoryIo, runCliInProcess } from "./helpers/cli.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { waitFor } from "./helpers/tmp.ts";
import { scriptServer } from "./helpers/script_servers.ts";

const RED_LINE = "\x1b[31m[12:00:00 WARN]: Red alert\x1b[0m";

Deno.test("logs, logs --json, console and send strip colour codes unless a colour terminal", async () => {
  // A Paper-like server that colours a warning, and answers `colour` in colour.
  const server = scriptServer(
    String.raw`    colour) printf '\033[32m[12:00:00 INFO]: Green reply\033[0m\n';;`,
    { before: String.raw`printf '\033[31m[12:00:00 WARN]: Red alert\033[0m\n'` },
  );
  await using daemon = await startDaemon({
    startServer: true,
    config: { server: { command: server } },
  });
  const socket = ["--socket", daemon.socketPath];
  const plain = await runCliInProcess(["logs", ...socket]);
  assert.equal(plain.code, 0, plain.stderr);
  assert.match(plain.stdout, /^\[12:00:00 WARN\]: Red alert$/m);
  assert.ok(!plain.stdout.includes("\x1b"), JSON.stringify(plain.stdout));
  const json = await runCliInProcess(["logs", "--json", ...socket]);
  assert.ok(!json.stdout.includes("\\u001b"), json.stdout);
  assert.ok(JSON.parse(json.stdout).lines.includes("[12:00:00 WARN]: Red alert"));
  const piped = await runCliInProcess(["console", ...socket], { stdin: "colour\n" });
  assert.equal(piped.code, 0, piped.stderr);
  assert.match(piped.stdout, /^\[12:00:00 WARN\]: Red alert$/m);
  assert.match(piped.stdout, /Green reply/);
  assert.ok(!piped.stdout.includes("\x1b"), JSON.stringify(piped.stdout));
  const sent = await runCliInProcess(["send", ...socket, "colour"]);
  assert.equal(sent.stdout, "Green reply\n");
  // On a terminal that allows colours, the line is shown as the server printed it...
  const tty = memoryIo({ TERM: "xterm" }, { stdoutTerminal: true });
  assert.equal(await runInProcess(["logs", ...socket], tty), 0, tty.stderr.text());
  assert.ok(tty.stdout.text().includes(RED_LINE), JSON.stringify(tty.stdout.text()));
  // ...but not with NO_COLOR.
  const noColor = memoryIo({ TERM: "xterm", NO_COLOR: "1" }, { stdoutTerminal: true });
  assert.equal(await runInProcess(["logs", ...socket], noColor), 0);
  assert.ok(!noColor.stdout.text().includes("\x1b"));
  // The stored log keeps the raw line.
  const stored = join(daemon.dataDir, "logs", "console.log");
  await waitFor(async () => (await Deno.readTextFile(stored)).includes(RED_LINE), {
    what: "the raw line in console.log",
  });
});
