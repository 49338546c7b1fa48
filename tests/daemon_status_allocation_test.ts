/**
 * What one GetStatus costs the JavaScript heap: a dashboard asks every
 * second, a load test thousands of times a second, and every byte allocated
 * is garbage V8 must collect (issue 9's soak: the daemon's heap grew with the
 * request rate). Measured as bytes allocated (V8's running total), not time.
 *
 * @module
 */
import assert from "node:assert/strict";
import { getHeapStatistics } from "node:v8";
import { runDaemonInProcess } from "./helpers/daemon.ts";

/** Bytes the JavaScript heap has allocated so far (live or not); Deno's V8 reports it, @types/node lacks it. */
function allocated(): number {
  return (getHeapStatistics() as { total_allocated_bytes?: number }).total_allocated_bytes ?? NaN;
}

Deno.test("GetStatus of a running server allocates a few KiB per request, not a timer and a race per reading", async () => {
  await using daemon = await runDaemonInProcess();
  const client = await daemon.client();
  const started = await client.startServer({ waitForReady: true });
  assert.equal(started.success, true, started.message);
  const ask = async (n: number) => {
    // 64 at a time, as a busy dashboard or a load test sends them.
    for (let i = 0; i < n; i += 64) {
      await Promise.all(Array.from({ length: 64 }, () => client.getStatus()));
    }
  };
  await ask(640); // warm up: code compiled, caches filled
  const before = allocated();
  const requests = 6400;
  await ask(requests);
  const perRequest = (allocated() - before) / requests;
  await client.stopServer({ force: true });
  // Client and daemon share this process: about 7.6 KiB per request in all; it was 15.8 KiB
  // when every request set two timers and raced them against the cached readings.
  assert.ok(perRequest < 11 * 1024, `${Math.round(perRequest)} bytes per GetStatus`);
});
