/**
 * The server's console lines in memory: a bounded ring of the last
 * `logs.bufferLines` lines, synchronous line subscribers (readiness, console
 * replies, player tracking), and followers for `GetLogs follow=true`.
 *
 * Each follower has its own backlog, bounded in characters (see
 * `follower.ts`): one that keeps up holds next to nothing, one that falls
 * behind is capped, loses its oldest lines and is told how many, and the
 * server's output never waits for anyone.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { FollowerQueue } from "./follower.ts";
import { cutLine, MAX_LINE_BYTES } from "./output_lines.ts";

export { skippedLine } from "./follower.ts";

const log = getLogger(["atlas-runner", "daemon", "log_buffer"]);

/**
 * Lines longer than this are cut to {@linkcode MAX_LINE_BYTES} (a runaway
 * line must not blow up a frame); no line cut by the splitter is this long.
 */
export const MAX_LINE_CHARS: number = MAX_LINE_BYTES;
/**
 * Most bytes of text the ring holds (plus one per line), whatever
 * `logs.bufferLines` says: a flood of 32 KiB lines must not make 10 000
 * lines 320 MiB. Vanilla's lines are far shorter, so only floods meet it.
 * A line is counted as V8 stores it: a byte a character, two when one of
 * its characters lies beyond Latin-1 (as the `…` of a cut line does).
 */
export const MAX_RING_CHARS: number = 8 * 1024 * 1024;
/** A character V8 cannot store in one byte. */
const WIDE = /[\u0100-\uffff]/;

/** What a line costs the ring: its bytes in V8's heap (see {@linkcode MAX_RING_CHARS}) plus one. */
function ringCost(line: string): number {
  return (WIDE.test(line) ? 2 * line.length : line.length) + 1;
}
/** Most characters in one answer (stays under the 10 MiB frame limit in UTF-8). */
export const MAX_RESPONSE_CHARS = 3 * 1024 * 1024;
/** Most lines in one follow batch. */
const MAX_BATCH_LINES = 8192;
/** Most characters in one follow batch. */
const MAX_BATCH_CHARS = 512 * 1024;
/**
 * Most characters one follower's backlog holds (about 60k vanilla lines:
 * minutes of a busy server's output for a follower that stopped reading;
 * past it the oldest go, with a "lines skipped" notice). Lines that left
 * the ring stay alive in a backlog, so this, with
 * {@linkcode TOTAL_BACKLOG_CHARS}, is memory on top of the ring.
 */
export const FOLLOWER_BACKLOG_CHARS = 4 * 1024 * 1024;
/** Most characters all backlogs hold together (shared out when many follow). */
const TOTAL_BACKLOG_CHARS = 16 * 1024 * 1024;
/** The least a follower may hold, however many there are. */
const MIN_BACKLOG_CHARS = 256 * 1024;

/** Called with each new line, synchronously, in order. */
export type LineListener = (line: string) => void;

/** Options of {@linkcode LogBuffer.follow}. */
export interface FollowOptions {
  /** Ends the follow (the client went away). */
  signal?: AbortSignal;
}

/** A bounded ring of console lines with subscribers and followers. */
export class LogBuffer {
  #ring: string[];
  #capacity: number;
  /** Sequence number of the next line; line `s` lives at `s % capacity`. */
  #next = 0;
  /** How many lines the ring holds (the newest ones). */
  #size = 0;
  /** What the lines the ring holds cost it ({@linkcode ringCost}). */
  #chars = 0;
  #listeners = new Set<LineListener>();
  #batchListeners = new Set<(lines: readonly string[]) => void>();
  #followers = new Set<FollowerQueue>();
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
   * Lines longer than {@linkcode MAX_LINE_CHARS} are cut, ending in `… [cut N bytes]`.
   *
   * @param lines The new lines, oldest first.
   */
  append(lines: readonly string[]): void {
    if (lines.length === 0) return;
    // The server's lines are cut already (output_lines.ts); this bounds the others.
    const stored = lines.map((line) =>
      line.length > MAX_LINE_CHARS ? cutLine(line, MAX_LINE_BYTES) : line
    );
    let chars = 0;
    for (const line of stored) {
      const slot = this.#next % this.#capacity;
      if (this.#size === this.#capacity) this.#chars -= ringCost(this.#ring[slot]);
      else this.#size++;
      this.#ring[slot] = line;
      this.#chars += ringCost(line);
      this.#next++;
      chars += line.length + 1;
      for (const listener of this.#listeners) {
        try {
          listener(line);
        } catch (error) {
          log.error("A console line listener failed", { error });
        }
      }
    }
    this.#trim();
    for (const listener of this.#batchListeners) {
      try {
        listener(stored);
      } catch (error) {
        log.error("A console batch listener failed", { error });
      }
    }
    if (this.#followers.size === 0) return;
    const limit = Math.min(
      FOLLOWER_BACKLOG_CHARS,
      Math.max(MIN_BACKLOG_CHARS, Math.floor(TOTAL_BACKLOG_CHARS / this.#followers.size)),
    );
    for (const follower of this.#followers) follower.push(stored, chars, limit);
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
    this.#chars = 0;
    keep.forEach((line, i) => {
      this.#ring[(first + i) % capacity] = line;
      this.#chars += ringCost(line);
    });
  }

  /** Drops the oldest lines while the ring holds more than {@linkcode MAX_RING_CHARS} bytes. */
  #trim(): void {
    while (this.#chars > MAX_RING_CHARS && this.#size > 1) {
      const slot = (this.#next - this.#size) % this.#capacity;
      this.#chars -= ringCost(this.#ring[slot]);
      this.#ring[slot] = "";
      this.#size--;
    }
  }

  /**
   * Follows the buffer: first the last `initial` lines, then new lines in
   * batches as they come, until the signal aborts or the buffer closes (after
   * the lines already appended). A follower that falls more than its backlog
   * behind gets a {@linkcode skippedLine} in place of its oldest lines.
   *
   * @param initial How many existing lines to send first.
   * @param options The signal ending the follow.
   * @returns Batches of lines (the first may be empty).
   */
  async *follow(initial: number, options: FollowOptions = {}): AsyncGenerator<string[]> {
    const queue = new FollowerQueue();
    const onAbort = () => queue.wake();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    this.#followers.add(queue);
    try {
      yield this.tail(initial);
      for (;;) {
        if (options.signal?.aborted) return;
        const batch = queue.take(MAX_BATCH_LINES, MAX_BATCH_CHARS);
        if (batch !== null) {
          yield batch;
          continue;
        }
        if (this.#closed) return;
        await queue.wait();
      }
    } finally {
      this.#followers.delete(queue);
      options.signal?.removeEventListener("abort", onAbort);
    }
  }

  /** Ends every follower (after the lines it has not read yet). */
  close(): void {
    this.#closed = true;
    for (const follower of this.#followers) follower.wake();
  }
}
