import assert from "node:assert/strict";
import { CrashPolicy } from "./crash_policy.ts";

const MIN = 60_000;

Deno.test("CrashPolicy.recordCrash() doubles the delay from 1 s up to 60 s", () => {
  const policy = new CrashPolicy({ maxCrashes: 100 });
  const delays = [];
  for (let i = 0; i < 9; i++) delays.push(policy.recordCrash(1000, i * 1000).delayMs);
  assert.deepEqual(delays, [1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000]);
});

Deno.test("CrashPolicy.recordCrash() starts over after 5 minutes of good uptime", () => {
  const policy = new CrashPolicy();
  policy.recordCrash(1000, 0);
  policy.recordCrash(1000, 1000);
  assert.equal(policy.recordCrash(5 * MIN, 20 * MIN).delayMs, 1000);
});

Deno.test("CrashPolicy.recordCrash() gives up after more than 5 crashes in 10 minutes", () => {
  const policy = new CrashPolicy();
  for (let i = 0; i < 5; i++) assert.equal(policy.recordCrash(10, i * MIN).giveUp, false);
  const sixth = policy.recordCrash(10, 5 * MIN);
  assert.deepEqual(sixth, { giveUp: true, delayMs: 0, recentCrashes: 6 });
});

Deno.test("CrashPolicy.recordCrash() forgets crashes older than the window", () => {
  const policy = new CrashPolicy();
  for (let i = 0; i < 5; i++) policy.recordCrash(10, i * 2.5 * MIN);
  // Crashes at 0, 2.5, 5, 7.5 and 10 minutes: at 10.5 the first is out of the window.
  const decision = policy.recordCrash(10, 10.5 * MIN);
  assert.equal(decision.giveUp, false);
  assert.equal(decision.recentCrashes, 5);
});

Deno.test("CrashPolicy.reset() forgets everything", () => {
  const policy = new CrashPolicy();
  for (let i = 0; i < 5; i++) policy.recordCrash(10, i);
  policy.reset();
  assert.deepEqual(policy.recordCrash(10, 10), { giveUp: false, delayMs: 1000, recentCrashes: 1 });
});
