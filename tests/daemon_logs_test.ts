/**
 * GetLogs end to end: the last N lines, follow until the daemon stops, a
 * slow follower that falls behind, and the buffer reloaded from the log file
 * after a daemon restart.
 */
import assert from "node:assert/strict";
import { encodeFrame, FrameDecoder } from "../lib/protocol/frame.ts";
import { atlas, idToLong } from "../lib/protocol/messages.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { waitFor, withTmpDir } from "./helpers/tmp.ts";

Deno.test("getLogs() returns the last N lines in one frame, 100 for lines=0", async () => {
  await using daemon = await startDaemon({
    env: { ATLAS_DEMO_SPAM_LINES: "300" },
    startServer: true,
  });
  const client = await daemon.client();
  await waitFor(
    async () => (await client.getLogs({ lines: 1 })).lines[0]?.endsWith("Spam line 300 of 300"),
    {
      what: "the last spam line",
    },
  );
  const five = await client.getLogs({ lines: 5 });
  assert.equal(five.eof, true);
  assert.deepEqual(five.lines.map((l) => l.replace(/^.*: /, "")), [
    "Spam line 296 of 300",
    "Spam line 297 of 300",
    "Spam line 298 of 300",
    "Spam line 299 of 300",
    "Spam line 300 of 300",
  ]);
  const hundred = await client.getLogs({ lines: 0 });
  assert.equal(hundred.lines.length, 100);
  assert.match(hundred.lines[0], /Spam line 201 of 300$/);
});

Deno.test("getLogs({ follow }) streams new lines and ends with eof when the daemon stops", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const client = await daemon.client();
  const received: string[] = [];
  const following = (async () => {
    for await (const line of client.followLogs(2)) received.push(line);
  })();
  await waitFor(() => received.length >= 2, { what: "the first two lines" });
  assert.match(received[1], /Done \(/);
  const other = await daemon.client();
  await other.sendCommand({ command: "say followed" });
  await waitFor(() => received.some((l) => l.endsWith("[Server] followed")), {
    what: "the new line",
  });
  // SIGTERM: the daemon stops the server (its last lines still reach the
  // follower), then ends the stream with eof; the iteration ends quietly.
  const status = await daemon.stop();
  assert.equal(status.code, 0);
  await following;
  assert.ok(received.some((l) => /Stopping the server/.test(l)), received.join("\n"));
});

/** A raw follower that can stop reading: the socket fills and the daemon must not wait for it. */
async function rawFollow(socketPath: string): Promise<Deno.UnixConn> {
  const conn = await Deno.connect({ transport: "unix", path: socketPath });
  const request = atlas.ipc.Request.encode({
    id: idToLong(7n),
    getLogs: { lines: 1, follow: true },
  }).finish();
  await conn.write(encodeFrame(request));
  return conn;
}

Deno.test("a slow follower is told how many lines it missed and holds nobody up", async () => {
  // About 24 M characters: more than one follower's backlog (4 M).
  const total = 400_000;
  await using daemon = await startDaemon({
    config: { logs: { bufferLines: 1000 } },
    env: { ATLAS_DEMO_SPAM_LINES: String(total) },
  });
  const client = await daemon.client();
  using slow = await rawFollow(daemon.socketPath);
  await client.startServer({ waitForReady: true });
  // While the slow follower reads nothing, the server's output flows on and
  // other requests are answered.
  await waitFor(
    async () =>
      (await client.getLogs({ lines: 1 })).lines[0]?.endsWith(`Spam line ${total} of ${total}`),
    { timeoutMs: 60_000, what: "the last spam line" },
  );
  assert.equal((await client.getStatus()).state, atlas.common.ServerState.SERVER_STATE_RUNNING);
  await client.sendCommand({ command: "say after the spam" });
  // Now read: a "skipped" notice, and the stream continues up to the newest lines.
  const decoder = new FrameDecoder();
  const lines: string[] = [];
  const buffer = new Uint8Array(64 * 1024);
  while (!lines.some((l) => l.endsWith("[Server] after the spam"))) {
    const n = await slow.read(buffer);
    assert.notEqual(n, null, "the daemon closed the follow");
    for (const body of decoder.push(buffer.subarray(0, n!))) {
      const response = atlas.ipc.Response.decode(body);
      assert.equal(response.payload, "getLogs");
      lines.push(...response.getLogs!.lines!);
    }
  }
  const skipped = lines.filter((l) => /^… \d+ lines skipped/.test(l));
  assert.ok(skipped.length >= 1, "no skipped notice");
  assert.ok(lines.length < total, `received ${lines.length} lines: nothing was skipped`);
  assert.ok(lines.some((l) => l.endsWith(`Spam line ${total} of ${total}`)));
  // What arrived is in order.
  const numbers = lines.map((l) => /Spam line (\d+) of/.exec(l)?.[1]).filter((n) => n !== undefined)
    .map(Number);
  assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b));
});

Deno.test("the log buffer is reloaded from the log file when the daemon restarts", async () => {
  await using tmp = await withTmpDir();
  {
    await using first = await startDaemon({ dir: tmp.path, startServer: true });
    const client = await first.client();
    await client.sendCommand({ command: "say before the restart" });
  }
  await using second = await startDaemon({ dir: tmp.path });
  const client = await second.client();
  const logs = await client.getLogs({ lines: 1000 });
  assert.ok(
    logs.lines.some((l) => l.endsWith("[Server] before the restart")),
    logs.lines.join("\n"),
  );
});
