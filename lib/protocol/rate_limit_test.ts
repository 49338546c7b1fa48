import assert from "node:assert/strict";
import { TokenBucket } from "./rate_limit.ts";

Deno.test("TokenBucket.take() allows a burst, then the sustained rate", () => {
  const bucket = new TokenBucket({ requestsPerSecond: 10, burst: 3 }, 0);
  assert.deepEqual([1, 2, 3, 4].map(() => bucket.take(0)), [true, true, true, false]);
  assert.equal(bucket.take(50), false, "half a token after 50 ms");
  assert.equal(bucket.take(100), true, "one token after 100 ms");
  assert.equal(bucket.take(100), false);
  // A long quiet spell refills up to the burst, never beyond.
  assert.deepEqual([1, 2, 3, 4].map(() => bucket.take(60_000)), [true, true, true, false]);
});

Deno.test("TokenBucket constructor refuses a non-positive rate or burst", () => {
  assert.throws(() => new TokenBucket({ requestsPerSecond: 0, burst: 1 }), RangeError);
  assert.throws(() => new TokenBucket({ requestsPerSecond: 1, burst: 0 }), RangeError);
  assert.throws(() => new TokenBucket({ requestsPerSecond: NaN, burst: 1 }), RangeError);
  assert.throws(() => new TokenBucket({ requestsPerSecond: 1, burst: Infinity }), RangeError);
});
