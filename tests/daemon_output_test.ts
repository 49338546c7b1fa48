/**
 * The server's output end to end, with real script servers (`sh`) that
 * print what a runaway mod prints: 64 MiB without a newline, a colourful
 * crash, a carriage-return progress bar. The daemon must keep its lines and
 * its crash reasons bounded, and keep answering meanwhile.
 */
import assert from "node:assert/strict";
import type { IpcClient } from "../lib/protocol/client.ts";
import { atlas } from "../lib/protocol/messages.ts";
import { runDaemonInProcess, startDaemon } from "./helpers/daemon.ts";
import { waitFor } from "./helpers/tmp.ts";

const { ServerState } = atlas.common;
const MiB64 = 64 * 1024 * 1024;
const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** `sh` that prints `count` bytes of `char` without a newline. */
const print = (count: number, char: string): string =>
  `head -c ${count} /dev/zero | tr '\\000' '${char}'`;

/** Asserts `line` is a cut line of `total` bytes of `char`, within 32 KiB. */
function assertCut(line: string, total: number, char: string, maxBytes: number): void {
  const marker = /… \[cut (\d+) bytes\]$/.exec(line);
  assert.ok(marker, `not cut: ${line.slice(0, 80)}… (${line.length} characters)`);
  const head = line.slice(0, -marker[0].length);
  assert.equal(head, char.repeat(head.length));
  assert.equal(head.length + Number(marker[1]), total);
  assert.ok(utf8Length(line) <= maxBytes, `${utf8Length(line)} bytes`);
}

async function lastLines(client: IpcClient, count: number): Promise<string[]> {
  return (await client.getLogs({ lines: count })).lines;
}

Deno.test("a server printing 64 MiB without a newline, then failing, gets a short start-up reason", async () => {
  const script = `printf '\\033[31mfirst error\\033[0m\\n'; ${print(MiB64, "x")}; exit 3`;
  await using daemon = await startDaemon({ config: { server: { command: ["sh", "-c", script] } } });
  const client = await daemon.client();
  const reply = await client.startServer({ waitForReady: true });
  assert.equal(reply.success, false);
  // The last lines, ANSI stripped, each cut to 1 KiB: not 64 MiB (too large to send).
  const reason = /^Exited during start-up: exit code 3; last output: first error \| (x+… .+)$/
    .exec(reply.message);
  assert.ok(reason, reply.message.slice(0, 200));
  assertCut(reason[1], MiB64, "x", 1024);
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_ERROR);
  // The console keeps the line cut at 32 KiB, marked.
  const lines = await lastLines(client, 2);
  assert.equal(lines[0], "\x1b[31mfirst error\x1b[0m");
  assertCut(lines[1], MiB64, "x", 32 * 1024);
});

Deno.test("a running server's 64 MiB line is cut, GetStatus answers meanwhile, and its crash reason stays short", async () => {
  const script = [
    `echo 'Done (0.1s)! For help, type "help"'`,
    print(MiB64, "x"),
    "echo",
    "echo flood done",
    // A progress bar redrawn 2000 times is one line: its last state.
    `i=0; while [ $i -lt 2000 ]; do i=$((i+1)); printf 'progress %d%%\\r' $i; done; echo`,
    "read command",
    `printf '\\033[31m%s\\033[0m\\n' "$(${print(5000, "y")})"`,
    "exit 1",
  ].join("; ");
  await using daemon = await startDaemon({
    config: { server: { command: ["sh", "-c", script], restartOnCrash: false } },
  });
  const client = await daemon.client();
  assert.equal((await client.startServer({ waitForReady: true })).success, true);
  // Answered while the flood goes on (or just after: the point is that it is answered).
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_RUNNING);
  const lines = await waitFor(async () => {
    const lines = await lastLines(client, 4);
    return lines.at(-1) === "progress 2000%" ? lines : null;
  }, { timeoutMs: 60_000, what: "the progress line after the flood" });
  assertCut(lines[1], MiB64, "x", 32 * 1024);
  assert.equal(lines[2], "flood done");
  await client.sendCommand({ command: "crash" });
  await waitFor(
    async () => (await client.getStatus()).state === ServerState.SERVER_STATE_ERROR,
    { timeoutMs: 30_000, what: "state ERROR after the crash" },
  );
  const { line } = await daemon.log.waitForLine(/Server crashed/);
  const reason = /exit code 1; last output: flood done \| progress 2000% \| (y+… \[cut \d+ bytes\])/
    .exec(line);
  assert.ok(reason, line.slice(0, 300));
  assertCut(reason[1], 5000, "y", 1024);
  assert.ok(!line.includes("\x1b"));
});

Deno.test("sendCommand() answers with the first 1 MiB of a flood of console lines, and says how many more there were", async () => {
  const FLOOD = 3_000_000;
  const script = [
    `echo 'Done (0.1s)! For help, type "help"'`,
    "read command",
    `yes 'reply line' | head -n ${FLOOD}`,
    "exec sleep 1000",
  ].join("; ");
  // In-process, to give the reply a quiet time a loaded machine cannot
  // reach mid-flood: the reply then holds the whole flood, kept or counted.
  await using daemon = await runDaemonInProcess({
    config: { server: { command: ["sh", "-c", script] } },
    testing: { consoleReply: { quietMs: 2_000, maxMs: 120_000 } },
  });
  const client = await daemon.client();
  assert.equal((await client.startServer({ waitForReady: true })).success, true);
  const { response } = await client.sendCommand({ command: "flood" }, { timeoutMs: 150_000 });
  const lines = response.split("\n");
  const note = /^… (\d+) more lines left out \(all are in the log\)$/.exec(lines.at(-1)!);
  assert.ok(note, lines.at(-1));
  assert.ok(response.length <= 1024 * 1024 + 100, `${response.length} characters`);
  const kept = lines.slice(0, -1);
  assert.ok(kept.every((l) => l === "reply line"));
  assert.equal(kept.length, Math.floor(1024 * 1024 / "reply line\n".length));
  assert.equal(kept.length + Number(note[1]), FLOOD);
  await client.stopServer({ force: true });
});
