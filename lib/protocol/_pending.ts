/**
 * The requests a client has in flight: matched to responses by id, failed
 * with `TIMEOUT` at their deadline. Private to `lib/protocol`.
 *
 * @module
 */
import { IpcError } from "./errors.ts";
import type { ResponseName, WireId } from "./messages.ts";

/** A request waiting for its answer. */
export class Pending {
  /** Set when the call has an abort signal. */
  signal: AbortSignal | undefined = undefined;
  abort: (() => void) | undefined = undefined;
  /** Whether `onResponse` gets the whole `Response` (error answers included), for batches. */
  raw = false;

  constructor(
    /** The response payload expected. */
    readonly expect: ResponseName,
    /** When it fails with `TIMEOUT` (ms since the epoch; `Infinity` for none). */
    readonly deadline: number,
    readonly timeoutMs: number,
    /** Called with each response payload; returns true when the request is complete. */
    readonly onResponse: (payload: unknown) => boolean,
    readonly onError: (error: unknown) => void,
  ) {}

  /** Detaches the abort listener. */
  cleanup(): void {
    if (this.abort !== undefined) this.signal!.removeEventListener("abort", this.abort);
  }
}

/**
 * Turns a response id into the key of the request it answers. The ids a
 * client sends are safe integers; anything else matches no request.
 */
export function idKey(id: WireId): number {
  if (typeof id === "number") return id;
  return id.high >>> 0 < 0x200000 ? (id.high >>> 0) * 0x100000000 + (id.low >>> 0) : -1;
}

/**
 * Requests in flight by id, with one timer for all deadlines: with many
 * requests in flight, setting and clearing a timer per request costs more
 * than the round trip. The timer is armed for the earliest deadline, is
 * unref'd (it never keeps a program alive), and is cleared by `close()`.
 */
export class PendingTable {
  readonly #requests = new Map<number, Pending>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = Infinity;
  #closed = false;

  /** The request with this key, if it is still waiting. */
  get(key: number): Pending | undefined {
    return this.#requests.get(key);
  }

  /** Registers a request; its deadline may arm the timer earlier. */
  add(key: number, pending: Pending): void {
    this.#requests.set(key, pending);
    if (pending.deadline < this.#timerAt && !this.#closed) this.#arm(pending.deadline);
  }

  /** Removes a request that got its (last) answer. */
  complete(key: number, pending: Pending): void {
    this.#requests.delete(key);
    pending.cleanup();
  }

  /** Removes a request and rejects it with `error`. */
  fail(key: number, error: unknown): void {
    const pending = this.#requests.get(key);
    if (pending === undefined) return;
    this.#requests.delete(key);
    pending.cleanup();
    pending.onError(error);
  }

  /** Fails every request with `error` and stops the timer for good. */
  close(error: unknown): void {
    this.#closed = true;
    clearTimeout(this.#timer);
    for (const key of [...this.#requests.keys()]) this.fail(key, error);
  }

  #arm(deadline: number): void {
    clearTimeout(this.#timer);
    this.#timerAt = deadline;
    this.#timer = setTimeout(this.#sweep, Math.max(0, deadline - Date.now()));
    Deno.unrefTimer(this.#timer as unknown as number);
  }

  readonly #sweep = (): void => {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    const now = Date.now();
    let next = Infinity;
    for (const [key, pending] of this.#requests) {
      if (pending.deadline <= now) {
        const message = `No answer to ${pending.expect} within ${pending.timeoutMs} ms`;
        this.fail(key, new IpcError("TIMEOUT", message));
      } else if (pending.deadline < next) {
        next = pending.deadline;
      }
    }
    if (next < Infinity && !this.#closed) this.#arm(next);
  };
}
