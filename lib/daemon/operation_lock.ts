/**
 * One world-changing operation at a time: a backup, a restore and an update each
 * touch the world or the jar, so they exclude each other. A second one is
 * refused at once with `BUSY` (it does not queue: the caller may retry).
 *
 * @module
 */
import { IpcError } from "../protocol/errors.ts";

/** Runs backups, restores and updates one at a time, and aborts them on shutdown. */
export class OperationLock {
  #current: { what: string; controller: AbortController; done: Promise<unknown> } | null = null;
  #closed = false;

  /** What is running (`"a backup"`, …), or `null`. */
  get current(): string | null {
    return this.#current?.what ?? null;
  }

  /**
   * Runs `fn` unless another operation is running.
   *
   * @param what What it is, for the `BUSY` message (`"a backup"`).
   * @param fn The operation; its signal aborts when the daemon shuts down.
   * @returns What `fn` returns.
   * @throws {IpcError} `BUSY` when another operation runs; `UNAVAILABLE` after {@linkcode OperationLock.close}.
   */
  run<T>(what: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.#closed) {
      return Promise.reject(new IpcError("UNAVAILABLE", "The daemon is shutting down"));
    }
    if (this.#current) {
      return Promise.reject(
        new IpcError("BUSY", `Cannot start ${what}: ${this.#current.what} is in progress`, {
          hint: "wait for it to finish and retry",
        }),
      );
    }
    const controller = new AbortController();
    const done = (async () => {
      try {
        return await fn(controller.signal);
      } finally {
        this.#current = null;
      }
    })();
    this.#current = { what, controller, done };
    return done;
  }

  /**
   * Refuses new operations, aborts the running one and waits until it has
   * cleaned up (a backup's `save-on` included).
   */
  async close(): Promise<void> {
    this.#closed = true;
    const current = this.#current;
    if (!current) return;
    current.controller.abort(new IpcError("UNAVAILABLE", "The daemon is shutting down"));
    await current.done.catch(() => {});
  }
}
