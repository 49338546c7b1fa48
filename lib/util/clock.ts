/**
 * The time a component reads and the timers it sets, behind one small
 * interface, so that a test can drive them by hand (std's `FakeTime` does the
 * same for globals; an injected clock keeps the fake to one component).
 * Components default to {@linkcode systemClock}, the real thing.
 *
 * @module
 */

/** A timer's handle, as {@linkcode Clock.setTimeout} returns it (a fake clock may use numbers). */
export type TimerId = ReturnType<typeof setTimeout> | number;

/** Reads the time and sets timers. */
export interface Clock {
  /** The current time (Unix ms). */
  now(): number;
  /**
   * Calls `fn` once, after `ms` milliseconds.
   *
   * @param fn The callback.
   * @param ms The delay.
   * @returns A handle for {@linkcode Clock.clearTimeout}.
   */
  setTimeout(fn: () => void, ms: number): TimerId;
  /**
   * Cancels a timer (a fired or unknown one is ignored).
   *
   * @param id The handle.
   */
  clearTimeout(id: TimerId | undefined): void;
}

/** The real clock: `Date.now()` and the global timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id),
};
