/**
 * One follower's backlog: the console lines appended since it last read,
 * bounded in characters. A follower that keeps up never holds more than a
 * batch; one that falls behind holds at most its limit, after which its
 * oldest lines are dropped and counted, and its next batch starts with a
 * line saying how many it missed. The server's output is never slowed down
 * for a follower.
 *
 * @module
 */

/**
 * Formats the line a lagging follower gets in place of what it missed.
 *
 * @param count How many lines it missed.
 * @returns The line.
 */
export function skippedLine(count: number): string {
  return `… ${count} lines skipped (this reader fell behind)`;
}

interface Chunk {
  lines: readonly string[];
  /** Index of the first line not yet taken. */
  start: number;
  /** Characters (plus one per line) of the lines not yet taken. */
  chars: number;
}

/** The lines a follower has not read yet. */
export class FollowerQueue {
  #chunks: Chunk[] = [];
  #chars = 0;
  #skipped = 0;
  #waiter: PromiseWithResolvers<void> | null = null;

  /** Characters waiting (plus one per line). */
  get chars(): number {
    return this.#chars;
  }

  /**
   * Adds appended lines; drops the oldest chunks beyond `limitChars`.
   *
   * @param lines The new lines (not copied: the caller must not change them).
   * @param chars Their characters plus one per line.
   * @param limitChars The most this follower may hold.
   */
  push(lines: readonly string[], chars: number, limitChars: number): void {
    this.#chunks.push({ lines, start: 0, chars });
    this.#chars += chars;
    while (this.#chars > limitChars && this.#chunks.length > 1) {
      const dropped = this.#chunks.shift()!;
      this.#chars -= dropped.chars;
      this.#skipped += dropped.lines.length - dropped.start;
    }
    this.wake();
  }

  /**
   * Takes the next batch: a skipped-lines notice if lines were dropped, then
   * queued lines up to the limits (at least one line when any wait).
   *
   * @param maxLines Most lines.
   * @param maxChars Most characters.
   * @returns The batch, or `null` when nothing waits.
   */
  take(maxLines: number, maxChars: number): string[] | null {
    if (this.#chunks.length === 0 && this.#skipped === 0) return null;
    const batch: string[] = [];
    if (this.#skipped > 0) {
      batch.push(skippedLine(this.#skipped));
      this.#skipped = 0;
    }
    let chars = 0;
    while (this.#chunks.length > 0 && batch.length < maxLines && chars < maxChars) {
      const chunk = this.#chunks[0];
      while (chunk.start < chunk.lines.length && batch.length < maxLines && chars < maxChars) {
        const line = chunk.lines[chunk.start++];
        batch.push(line);
        chars += line.length + 1;
        chunk.chars -= line.length + 1;
        this.#chars -= line.length + 1;
      }
      if (chunk.start === chunk.lines.length) this.#chunks.shift();
    }
    return batch;
  }

  /**
   * Waits until lines are pushed or {@linkcode FollowerQueue.wake} is called.
   *
   * @returns Resolves then.
   */
  wait(): Promise<void> {
    this.#waiter ??= Promise.withResolvers();
    return this.#waiter.promise;
  }

  /** Ends a {@linkcode FollowerQueue.wait} (new lines, close, abort). */
  wake(): void {
    const waiter = this.#waiter;
    this.#waiter = null;
    waiter?.resolve();
  }
}
