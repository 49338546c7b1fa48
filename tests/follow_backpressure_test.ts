/**
 * `logs -f` into a consumer that stops reading: the client stops reading its
 * socket, the daemon's output for that follow backs up, and the daemon's own
 * per-follower backlog skips lines with a notice instead of anything growing.
 *
 * @module
 */
import assert from "node:assert/strict";
import { followLines } from "../cmd/logs.ts";
import { LogBuffer, skippedLine } from "../lib/daemon/console/log_buffer.ts";
import { IpcClient } from "../lib/protocol/client.ts";
import { serve, STATUS } from "./helpers/protocol.ts";
import { withTmpDir } from "./helpers/tmp.ts";

Deno.test("followLines() into a paused consumer gets the daemon's skipped-lines notice, not an unbounded queue", async () => {
  await using dir = await withTmpDir();
  const logs = new LogBuffer(1000);
  logs.append(["first"]);
  await using server = await serve(dir.path, {
    getStatus: () => STATUS,
    async *getLogs(request, context) {
      for await (const batch of logs.follow(request.lines, { signal: context.signal })) {
        yield { lines: batch };
      }
    },
  });
  await using client = await IpcClient.connect(server.path);
  const stop = new AbortController();
  const seen: string[] = [];
  let release!: () => void;
  const paused = new Promise<void>((resolve) => release = resolve);
  let firstSeen!: () => void;
  const first = new Promise<void>((resolve) => firstSeen = resolve);
  const following = followLines(client.followLogs(1, { signal: stop.signal }), async (line) => {
    seen.push(line);
    if (line === "first") {
      firstSeen();
      await paused; // a terminal that stopped reading (Ctrl-S, a full pipe)
    }
    if (line === "last") stop.abort();
  }, stop.signal);
  await first;
  // 32 MiB of lines, handed over in 1 MiB steps with the event loop turning
  // between them, so a client that kept reading would keep up.
  const line = "x".repeat(1023);
  for (let step = 0; step < 32; step++) {
    logs.append(Array.from({ length: 1024 }, () => line));
    await client.getStatus();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  logs.append(["last"]);
  release();
  assert.equal(await following, false);
  const [before, after] = skippedLine(0).split("0");
  const notice = seen.find((l) => l.startsWith(before) && l.endsWith(after));
  assert.ok(notice, `no skipped-lines notice among ${seen.length} lines`);
  assert.equal(seen.at(-1), "last");
  assert.ok(seen.length < 32 * 1024, `${seen.length} lines arrived`);
  logs.close();
});
