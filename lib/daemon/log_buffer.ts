/**
 * The server's console lines in memory: a bounded ring of the last
 * `logs.bufferLines` lines, synchronous line subscribers (readiness, console
 * replies, player tracking), and followers for `GetLogs follow=true`.
 *
 * A follower is only a cursor into the ring, so it never holds lines of its
 * own: a slow one that the ring overtakes jumps ahead and is told how many
 * lines it missed, and nobody else waits for it.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";

const log = getLogger(["atlas-runner", "daemon", "log_buffer"]);

/** Longer lines are cut (a runaway line must not blow up a frame). */
export const MAX_LINE_CHARS = 32 * 1024;
/** Most characters in one answer (stays under the 10 MiB frame limit in UTF-8). */
export const MAX_RESPONSE_CHARS = 3 * 1024 * 1024;
/** Most lines in one follow batch. */
const MAX_BATCH_LINES = 8192;
/** Most characters in one follow batch. */
const MAX_BATCH_CHARS = 512 * 1024;

/** Called with each new line, synchronously, in order. */
export type LineListener = (line: string) => void;

/** Options of {@linkcode LogBuffer.follow}. */
export interface FollowOptions {
  /** Ends the follow (the client went away). */
  signal?: AbortSignal;
}

/**
 * Formats the line a lagging follower gets in place of what it missed.
 *
 * @param count How many lines it missed.
 * @returns The line.
 */
export function skippedLine(count: number): string {
  return `… ${count} lines skipped (this reader fell behind)`;
}

/** A bounded ring of console lines with subscribers and followers. */
export class LogBuffer {
  #ring: string[];
  #capacity: number;
  /** Sequence number of the next line; line `s` lives at `s % capacity`. */
  #next = 0;
  /** How many lines the ring holds (the newest ones). */
  #size = 0;
  #listeners = new Set<LineListener>();
  #batchListeners = new Set<(lines: readonly string[]) => void>();
  #wake: PromiseWithResolvers<void> = Promise.withResolvers();
  #closed = false;

  /**
   * @param capacity How many lines to keep (`logs.bufferLines`).
   */
  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`Log buffer capacity must be a positive integer: ${capacity}`);
    }
    this.#capacity = capacity;
    this.#ring = new Array(capacity);
  }

  /** How many lines the ring holds now. */
  get size(): number {
    return this.#size;
  }

  /** How many lines were ever appended (a sequence number). */
  get total(): number {
    return this.#next;
  }

  /** Whether {@linkcode LogBuffer.close} was called. */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Appends lines (without newlines), tells subscribers, wakes followers.
   * Lines longer than {@linkcode MAX_LINE_CHARS} are cut.
   *
   * @param lines The new lines, oldest first.
   */
  append(lines: readonly string[]): void {
    for (let line of lines) {
      if (line.length > MAX_LINE_CHARS) line = line.slice(0, MAX_LINE_CHARS) + "…";
      this.#ring[this.#next % this.#capacity] = line;
      this.#next++;
      if (this.#size < this.#capacity) this.#size++;
      for (const listener of this.#listeners) {
        try {
          listener(line);
        } catch (error) {
          log.error("A console line listener failed", { error });
        }
      }
    }
    if (lines.length === 0) return;
    for (const listener of this.#batchListeners) {
      try {
        listener(lines);
      } catch (error) {
        log.error("A console batch listener failed", { error });
      }
    }
    this.#notify();
  }

  /**
   * The last `count` lines, oldest first, within {@linkcode MAX_RESPONSE_CHARS}
   * (older lines are left out first).
   *
   * @param count How many lines at most.
   * @returns The lines.
   */
  tail(count: number): string[] {
    const start = Math.max(this.#next - Math.min(count, this.size), 0);
    const lines: string[] = [];
    let chars = 0;
    for (let seq = this.#next - 1; seq >= start; seq--) {
      const line = this.#ring[seq % this.#capacity];
      chars += line.length + 1;
      if (chars > MAX_RESPONSE_CHARS) break;
      lines.push(line);
    }
    return lines.reverse();
  }

  /**
   * Registers a listener for every new line.
   *
   * @param listener Called synchronously with each line.
   * @returns A function removing it.
   */
  subscribe(listener: LineListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Registers a listener for each appended batch (cheaper than per line; the
   * log file uses it). Lines are as given, not cut.
   *
   * @param listener Called synchronously with each batch.
   * @returns A function removing it.
   */
  subscribeBatches(listener: (lines: readonly string[]) => void): () => void {
    this.#batchListeners.add(listener);
    return () => this.#batchListeners.delete(listener);
  }

  /**
   * Changes the capacity, keeping the newest lines.
   *
   * @param capacity The new capacity.
   */
  resize(capacity: number): void {
    if (capacity === this.#capacity) return;
    const keep = this.tail(Math.min(this.size, capacity));
    const first = this.#next - keep.length;
    this.#capacity = capacity;
    this.#ring = new Array(capacity);
    this.#size = keep.length;
    keep.forEach((line, i) => this.#ring[(first + i) % capacity] = line);
  }

  /**
   * Follows the buffer: first the last `initial` lines, then new lines in
   * batches as they come, until the signal aborts or the buffer closes. A
   * follower that falls more than the capacity behind gets a
   * {@linkcode skippedLine} and continues from the oldest line kept.
   *
   * @param initial How many existing lines to send first.
   * @param options The signal ending the follow.
   * @returns Batches of lines (the first may be empty).
   */
  async *follow(initial: number, options: FollowOptions = {}): AsyncGenerator<string[]> {
    const aborted = abortPromise(options.signal);
    const first = this.tail(initial);
    let cursor = this.#next;
    yield first;
    for (;;) {
      if (options.signal?.aborted) return;
      if (cursor === this.#next) {
        if (this.#closed) return;
        await Promise.race([this.#wake.promise, aborted]);
        continue;
      }
      const [batch, next] = this.#read(cursor);
      cursor = next;
      yield batch;
    }
  }

  /** Reads one batch from `cursor`; returns it and the next cursor. */
  #read(cursor: number): [string[], number] {
    const batch: string[] = [];
    const oldest = this.#next - this.size;
    if (cursor < oldest) {
      batch.push(skippedLine(oldest - cursor));
      cursor = oldest;
    }
    let chars = 0;
    while (cursor < this.#next && batch.length < MAX_BATCH_LINES && chars < MAX_BATCH_CHARS) {
      const line = this.#ring[cursor % this.#capacity];
      batch.push(line);
      chars += line.length + 1;
      cursor++;
    }
    return [batch, cursor];
  }

  /** Ends every follower (after the lines they have not read yet) and refuses none. */
  close(): void {
    this.#closed = true;
    this.#notify();
  }

  #notify(): void {
    this.#wake.resolve();
    this.#wake = Promise.withResolvers();
  }
}

/** A promise that resolves when the signal aborts (never, without one). */
function abortPromise(signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return new Promise(() => {});
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) =>
    signal.addEventListener("abort", () => resolve(), { once: true })
  );
}
