/**
 * A reconnecting `IpcClient` under a real daemon that restarts: requests
 * made while it is down wait for it, and a follow resumes without repeating
 * the lines it already yielded (the new daemon reloads its buffer from the
 * log file, so the client can tell where it left off).
 */
import assert from "node:assert/strict";
import { IpcClient, RECONNECTED_PREFIX } from "../lib/protocol/client.ts";
import { atlas } from "../lib/protocol/messages.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { waitFor, withTmpDir } from "./helpers/tmp.ts";

/** The next value of `lines`, or an error after `timeoutMs`. */
async function next(lines: AsyncIterator<string>, timeoutMs = 30_000): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No line within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const result = await Promise.race([lines.next(), late]);
    if (result.done) throw new Error("The follow ended");
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}

Deno.test("IpcClient with reconnect keeps working, and its follow resumes, across a daemon restart", async () => {
  await using dir = await withTmpDir();
  const first = await startDaemon({
    dir: dir.path,
    env: { ATLAS_DEMO_SPAM_LINES: "50" },
    startServer: true,
  });
  await using client = await IpcClient.connect(first.socketPath, {
    reconnect: true,
    timeoutMs: 60_000,
  });
  await waitFor(
    async () => (await client.getLogs({ lines: 1 })).lines[0]?.endsWith("Spam line 50 of 50"),
    { what: "the last spam line" },
  );
  const follow = client.followLogs(3)[Symbol.asyncIterator]();
  const seen = [await next(follow), await next(follow), await next(follow)];
  assert.match(seen[2], /Spam line 50 of 50$/);
  assert.equal((await first.stop("SIGTERM")).code, 0);
  await first[Symbol.asyncDispose]();

  // Made while no daemon listens: waits for the next one, then is answered.
  const status = client.getStatus();
  // New game ports for the second daemon: the first ones were free for a while, so a test
  // running in parallel may hold them now (the data directory, with the log file, is kept).
  await Deno.remove(`${dir.path}/ports.json`);
  await using _second = await startDaemon({ dir: dir.path });
  assert.equal((await status).state, atlas.common.ServerState.SERVER_STATE_STOPPED);
  for (;;) {
    const line = await next(follow);
    if (line.startsWith(RECONNECTED_PREFIX)) {
      assert.equal(line, `${RECONNECTED_PREFIX}: 0 lines missed`);
      break;
    }
    seen.push(line); // the server's shutdown lines, sent before the old daemon ended the stream
  }
  assert.equal(seen.filter((l) => l.endsWith("Spam line 50 of 50")).length, 1);
  await client.startServer({ waitForReady: true });
  const after = await next(follow);
  assert.ok(!seen.includes(after), `a new line, not one seen before: ${after}`);
  await follow.return!();
});
