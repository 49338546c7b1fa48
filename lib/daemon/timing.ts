/**
 * Waiting with deadlines, without leaving timers behind.
 *
 * @module
 */

/** Returned by {@linkcode within} when the deadline passed first. */
export const TIMED_OUT: unique symbol = Symbol("timed out");

/**
 * Waits for a promise, at most `ms` milliseconds. The timer is cleared
 * either way, so nothing keeps the event loop alive afterwards.
 *
 * @param promise What to wait for.
 * @param ms The deadline.
 * @returns The promise's value, or {@linkcode TIMED_OUT}.
 */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
