import assert from "node:assert/strict";
import { MAX_TIMER_MS, TIMED_OUT, timerDelay, within } from "./deadline.ts";

Deno.test("within() returns the value, or TIMED_OUT once the deadline passes", async () => {
  assert.equal(await within(Promise.resolve(7), 1000), 7);
  assert.equal(await within(new Promise(() => {}), 10), TIMED_OUT);
});

Deno.test("within() refuses a deadline a timer cannot hold instead of timing out at once", async () => {
  // Deno would fire a 2^31 ms timer after 1 ms: the wait would "time out" immediately.
  await assert.rejects(within(new Promise(() => {}), MAX_TIMER_MS + 1), RangeError);
  assert.equal(await within(Promise.resolve("ok"), MAX_TIMER_MS), "ok");
  assert.throws(() => timerDelay(2 ** 32 * 1000), /Timer delay too long/);
  assert.equal(timerDelay(MAX_TIMER_MS), MAX_TIMER_MS);
});
