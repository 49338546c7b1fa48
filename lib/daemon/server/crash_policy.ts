/**
 * When to restart a crashed server: exponential backoff (1 s doubling to
 * 60 s, back to 1 s after 5 minutes of good uptime), and giving up after
 * more than 5 crashes in 10 minutes, so a broken server does not restart
 * forever.
 *
 * @module
 */

/** The policy's knobs (defaults are the documented behaviour; tests shorten them). */
export interface CrashPolicyOptions {
  /** The first restart delay. @default 1000 */
  baseDelayMs?: number;
  /** The longest restart delay. @default 60000 */
  maxDelayMs?: number;
  /** Uptime after which the backoff starts over. @default 300000 */
  resetAfterMs?: number;
  /** Crashes allowed within the window; one more gives up. @default 5 */
  maxCrashes?: number;
  /** The window crashes are counted in. @default 600000 */
  windowMs?: number;
}

/** What to do after a crash. */
export interface CrashDecision {
  /** Whether to stop restarting. */
  giveUp: boolean;
  /** How long to wait before restarting (0 when giving up). */
  delayMs: number;
  /** Crashes within the window, this one included. */
  recentCrashes: number;
}

/** Tracks crashes and decides restarts. */
export class CrashPolicy {
  #options: Required<CrashPolicyOptions>;
  #crashes: number[] = [];
  #attempt = 0;

  /**
   * @param options The knobs; defaults are the documented behaviour.
   */
  constructor(options: CrashPolicyOptions = {}) {
    this.#options = {
      baseDelayMs: options.baseDelayMs ?? 1000,
      maxDelayMs: options.maxDelayMs ?? 60_000,
      resetAfterMs: options.resetAfterMs ?? 300_000,
      maxCrashes: options.maxCrashes ?? 5,
      windowMs: options.windowMs ?? 600_000,
    };
  }

  /**
   * Records a crash and decides what follows.
   *
   * @param uptimeMs How long the crashed process ran.
   * @param now The current time (Unix ms), from the supervisor's clock (no
   *   default: a second time source would skew the window in tests).
   * @returns Whether to give up, else the delay before the restart.
   */
  recordCrash(uptimeMs: number, now: number): CrashDecision {
    const o = this.#options;
    if (uptimeMs >= o.resetAfterMs) this.#attempt = 0;
    this.#crashes = this.#crashes.filter((t) => t > now - o.windowMs);
    this.#crashes.push(now);
    const recentCrashes = this.#crashes.length;
    if (recentCrashes > o.maxCrashes) return { giveUp: true, delayMs: 0, recentCrashes };
    const delayMs = Math.min(o.baseDelayMs * 2 ** this.#attempt, o.maxDelayMs);
    this.#attempt++;
    return { giveUp: false, delayMs, recentCrashes };
  }

  /** Forgets past crashes (after the user starts or stops the server). */
  reset(): void {
    this.#crashes = [];
    this.#attempt = 0;
  }
}
