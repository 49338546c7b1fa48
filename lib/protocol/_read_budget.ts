/**
 * The cap on bytes buffered for partial frames across all connections of a
 * server. Private to `lib/protocol`.
 *
 * @module
 */

/**
 * Bytes held for frames not yet complete, across connections. While the
 * total is over the limit, a connection in the middle of a frame may read on
 * only if it holds the one pass; the others wait. The pass lets one frame at
 * a time complete (which releases its bytes), so the connections over the
 * cap cannot all wait for each other; the total stays under the limit plus
 * one frame. Connections between frames read freely: a header costs nothing
 * until body bytes arrive.
 *
 * @internal
 */
export class ReadBudget {
  /** The total above which readers in the middle of a frame wait. */
  readonly limit: number;
  #used = 0;
  #holder: object | null = null;
  #waiters: { owner: object; resolve: () => void }[] = [];

  /** @param limit Bytes. */
  constructor(limit: number) {
    this.limit = limit;
  }

  /** Bytes held now. */
  get used(): number {
    return this.#used;
  }

  /** Readers waiting now. */
  get waiting(): number {
    return this.#waiters.length;
  }

  /**
   * Records a change of the bytes `owner` holds.
   *
   * @param delta Bytes more (or fewer, negative).
   */
  add(delta: number): void {
    this.#used += delta;
    if (delta < 0 && this.#used <= this.limit && this.#waiters.length > 0) {
      const waiters = this.#waiters;
      this.#waiters = [];
      for (const waiter of waiters) waiter.resolve();
    }
  }

  /**
   * Asks whether `owner`, in the middle of a frame, may read now.
   *
   * @param owner The connection.
   * @returns `null` when it may, or a promise resolved when it may ask again.
   */
  admit(owner: object): Promise<void> | null {
    if (this.#used <= this.limit || this.#holder === owner) return null;
    if (this.#holder === null) {
      this.#holder = owner;
      return null;
    }
    return new Promise((resolve) => this.#waiters.push({ owner, resolve }));
  }

  /**
   * Says `owner` finished its frame or closed: gives up the pass (to the
   * longest waiter) and any wait.
   *
   * @param owner The connection.
   */
  release(owner: object): void {
    const index = this.#waiters.findIndex((waiter) => waiter.owner === owner);
    if (index >= 0) this.#waiters.splice(index, 1)[0].resolve();
    if (this.#holder !== owner) return;
    this.#holder = null;
    const next = this.#waiters.shift();
    if (next !== undefined) {
      this.#holder = next.owner;
      next.resolve();
    }
  }
}
