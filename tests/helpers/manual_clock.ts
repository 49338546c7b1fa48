/**
 * A clock that moves only when a test says so, for components that take a
 * {@linkcode Clock} (the supervisor, the staged stop, `within()`): timers
 * fire in {@linkcode ManualClock.advance}, in order of due time, and never on
 * their own, so a test of a 60 s timeout runs in microseconds and can check
 * that nothing happens a millisecond early.
 *
 * @module
 */
import type { Clock, TimerId } from "../../lib/util/clock.ts";

interface Timer {
  id: number;
  /** When it fires (clock ms). */
  due: number;
  /** The delay it was set with. */
  delay: number;
  fn: () => void;
}

/** A manual {@linkcode Clock}. */
export class ManualClock implements Clock {
  #now: number;
  #nextId = 1;
  #timers = new Map<number, Timer>();
  #waiters: Array<{ delay: number; resolve: () => void }> = [];

  /**
   * @param start The time it starts at (Unix ms).
   */
  constructor(start = 1_800_000_000_000) {
    this.#now = start;
  }

  /** The current (manual) time. */
  now(): number {
    return this.#now;
  }

  /**
   * Sets a timer that fires when {@linkcode ManualClock.advance} reaches it.
   *
   * @param fn The callback.
   * @param ms The delay (negative counts as 0).
   * @returns Its handle.
   */
  setTimeout(fn: () => void, ms: number): TimerId {
    const delay = Math.max(0, ms);
    const timer = { id: this.#nextId++, due: this.#now + delay, delay, fn };
    this.#timers.set(timer.id, timer);
    this.#waiters = this.#waiters.filter((w) => {
      if (w.delay !== delay) return true;
      w.resolve();
      return false;
    });
    return timer.id;
  }

  /**
   * Cancels a timer.
   *
   * @param id Its handle (unknown and fired ones are ignored).
   */
  clearTimeout(id: TimerId | undefined): void {
    if (typeof id === "number") this.#timers.delete(id);
  }

  /** The time left until each pending timer fires, soonest first. */
  get pending(): number[] {
    return [...this.#timers.values()].map((t) => t.due - this.#now).sort((a, b) => a - b);
  }

  /**
   * Moves the time forward by `ms`, firing each timer that comes due on the
   * way (at its due time, soonest first, including timers those callbacks
   * set). Timers a component sets later, after awaiting, wait for the next
   * call: step through a sequence one stage at a time.
   *
   * @param ms How far to move.
   * @returns How many timers fired.
   */
  advance(ms: number): number {
    const end = this.#now + ms;
    let fired = 0;
    for (;;) {
      const next = [...this.#timers.values()]
        .filter((t) => t.due <= end)
        .sort((a, b) => a.due - b.due || a.id - b.id)[0];
      if (next === undefined) break;
      this.#timers.delete(next.id);
      this.#now = next.due;
      fired++;
      next.fn();
    }
    this.#now = end;
    return fired;
  }

  /**
   * Waits until a timer set with this delay is pending (at once if one is):
   * the event that says a component has reached the wait under test.
   *
   * @param delay The delay it was set with.
   */
  timerSet(delay: number): Promise<void> {
    if ([...this.#timers.values()].some((t) => t.delay === delay)) return Promise.resolve();
    const { promise, resolve } = Promise.withResolvers<void>();
    this.#waiters.push({ delay, resolve });
    return promise;
  }
}
