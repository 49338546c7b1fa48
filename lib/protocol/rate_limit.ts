/**
 * A token bucket, one per connection: a Unix socket carries no client
 * identity, so limits apply per connection.
 *
 * @module
 */

/** A request-rate limit. */
export interface RateLimit {
  /** Tokens added per second (the sustained request rate). */
  requestsPerSecond: number;
  /** Bucket size: how many requests may arrive at once after a quiet spell. */
  burst: number;
}

/**
 * A token bucket that refills continuously.
 *
 * @internal
 */
export class TokenBucket {
  readonly #rate: number;
  readonly #burst: number;
  #tokens: number;
  #last: number;

  /**
   * @param limit Rate and burst, both positive.
   * @param now The current time in milliseconds.
   * @throws {RangeError} When rate or burst is not a positive finite number.
   */
  constructor(limit: RateLimit, now: number = performance.now()) {
    if (!(limit.requestsPerSecond > 0) || !Number.isFinite(limit.requestsPerSecond)) {
      throw new RangeError(`Invalid requestsPerSecond: ${limit.requestsPerSecond}`);
    }
    if (!(limit.burst >= 1) || !Number.isFinite(limit.burst)) {
      throw new RangeError(`Invalid burst: ${limit.burst}`);
    }
    this.#rate = limit.requestsPerSecond / 1000;
    this.#burst = limit.burst;
    this.#tokens = limit.burst;
    this.#last = now;
  }

  /**
   * Takes one token if there is one.
   *
   * @param now The current time in milliseconds.
   * @returns `true` when the request may proceed.
   */
  take(now: number = performance.now()): boolean {
    const elapsed = now - this.#last;
    if (elapsed > 0) {
      this.#tokens = Math.min(this.#burst, this.#tokens + elapsed * this.#rate);
      this.#last = now;
    }
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return true;
    }
    return false;
  }
}
