/**
 * Waiting with deadlines, without leaving timers behind.
 *
 * @module
 */
import { type Clock, systemClock, type TimerId } from "./clock.ts";

/**
 * The longest delay a timer holds. Deno, like browsers and Node, fires a
 * timer with a longer delay after 1 ms, so a long deadline would pass at once.
 */
export const MAX_TIMER_MS: number = 2 ** 31 - 1;

/**
 * Checks that a delay fits a timer (config and request limits keep every
 * delay far below; this catches a missed one loudly instead of firing at once).
 *
 * @param ms The delay.
 * @returns The delay.
 * @throws {RangeError} When it exceeds {@linkcode MAX_TIMER_MS}.
 */
export function timerDelay(ms: number): number {
  if (ms > MAX_TIMER_MS) throw new RangeError(`Timer delay too long: ${ms} ms`);
  return ms;
}

/** Returned by {@linkcode within} when the deadline passed first. */
export const TIMED_OUT: unique symbol = Symbol("timed out");

/**
 * Waits for a promise, at most `ms` milliseconds. The timer is cleared
 * either way, so nothing keeps the event loop alive afterwards.
 *
 * @param promise What to wait for.
 * @param ms The deadline.
 * @param clock Whose timer measures it (tests drive a manual one).
 * @returns The promise's value, or {@linkcode TIMED_OUT}.
 * @throws {RangeError} When `ms` exceeds {@linkcode MAX_TIMER_MS}.
 */
export async function within<T>(
  promise: Promise<T>,
  ms: number,
  clock: Clock = systemClock,
): Promise<T | typeof TIMED_OUT> {
  let timer: TimerId | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = clock.setTimeout(() => resolve(TIMED_OUT), Math.max(0, timerDelay(ms)));
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clock.clearTimeout(timer);
  }
}
