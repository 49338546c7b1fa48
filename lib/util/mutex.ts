/**
 * A minimal async mutex: callers run one at a time, in arrival order.
 *
 * @module
 */

/** Serialises async sections: the power lock, config updates, …. */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();
  #held = 0;

  /** Whether a section is running or waiting. */
  get locked(): boolean {
    return this.#held > 0;
  }

  /**
   * Runs `fn` once every earlier section has finished.
   *
   * @param fn The section.
   * @returns What `fn` returns (or throws).
   */
  async run<T>(fn: () => Promise<T> | T): Promise<T> {
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise<void>((resolve) => release = resolve);
    this.#held++;
    try {
      await previous;
      return await fn();
    } finally {
      this.#held--;
      release();
    }
  }
}
