/**
 * {@linkcode LineCollector}: a child's output stream read to its end and
 * kept line by line, so a test waits for a line with a deadline instead of
 * sleeping, and a failed wait shows the last lines seen. A leaf: it imports
 * nothing.
 *
 * @module
 */

/** Options of {@linkcode LineCollector.waitForLine}. */
export interface WaitForLineOptions {
  /** The index of the first line to consider (earlier lines are skipped). @default 0 */
  from?: number;
  /** How long to wait. @default 30_000 */
  timeoutMs?: number;
  /**
   * Let the text after the last newline count as a line: for a prompt,
   * which waits for input without ending its line. @default false
   */
  partial?: boolean;
}

/** A line {@linkcode LineCollector.waitForLine} found. */
export interface LineMatch {
  /** The line, without its newline. */
  line: string;
  /** Its index in {@linkcode LineCollector.lines}. */
  index: number;
}

/** How many of a stream's last lines a failed wait shows. */
const TAIL_LINES = 40;

/**
 * Reads a child's output stream to its end, keeps it line by line, and
 * lets tests wait for a line with a deadline. A failed wait says why (the
 * deadline passed or the stream ended) and shows the last lines seen, plus
 * what the owner adds (the child's other stream, its exit).
 */
export class LineCollector {
  /**
   * The lines so far, without their newlines: every line ended by a newline
   * and, once the stream has ended, the text after the last one (if any).
   */
  readonly lines: string[] = [];
  /** Resolves when the stream has ended or was cancelled (rejects if reading it failed). */
  readonly done: Promise<void>;
  #text = "";
  #partial = "";
  #ended = false;
  #waiters = new Set<() => void>();
  #reader: ReadableStreamDefaultReader<string>;
  #context: () => string;

  /**
   * @param stream The stream to read to its end.
   * @param context What a failed wait adds to its message (the harness
   *   names the child, its exit and its other stream).
   */
  constructor(stream: ReadableStream<Uint8Array>, context: () => string = () => "") {
    this.#reader = stream.pipeThrough(new TextDecoderStream()).getReader();
    this.#context = context;
    this.done = this.#read();
  }

  /** @returns Everything read so far, exactly as the stream carried it. */
  text(): string {
    return this.#text;
  }

  /**
   * @param count How many lines.
   * @returns The last `count` lines read (with a partial one), one per line.
   */
  tail(count: number = TAIL_LINES): string {
    const lines = this.#partial === "" ? this.lines : [...this.lines, this.#partial];
    return lines.slice(-count).join("\n");
  }

  /**
   * Stops reading: for a stream a grandchild still holds open after the
   * child has gone. Lines read so far stay; {@linkcode done} resolves.
   */
  async cancel(): Promise<void> {
    if (!this.#ended) await this.#reader.cancel().catch(() => {});
    await this.done.catch(() => {});
  }

  /**
   * Waits for a line matching `pattern`; lines already read count.
   *
   * @param pattern A regular expression the line matches, or text it contains.
   * @param options The first line to consider, the deadline, partial lines.
   * @returns The first matching line at or after `from`, and its index.
   * @throws {Error} When the deadline passes or the stream ends first; the
   *   message holds the last lines read.
   */
  async waitForLine(
    pattern: RegExp | string,
    options: WaitForLineOptions = {},
  ): Promise<LineMatch> {
    const matches = typeof pattern === "string"
      ? (line: string) => line.includes(pattern)
      : (line: string) => pattern.test(line);
    const what = typeof pattern === "string"
      ? `line containing ${JSON.stringify(pattern)}`
      : `line matching ${pattern}`;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const deadline = Date.now() + timeoutMs;
    let index = options.from ?? 0;
    for (;;) {
      for (; index < this.lines.length; index++) {
        if (matches(this.lines[index])) return { line: this.lines[index], index };
      }
      if (options.partial && !this.#ended && matches(this.#partial)) {
        return { line: this.#partial, index };
      }
      if (this.#ended) throw this.#failure(`Output ended without a ${what}`);
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw this.#failure(`No ${what} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          clearTimeout(timer);
          this.#waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, remaining);
        this.#waiters.add(wake);
      });
    }
  }

  #failure(why: string): Error {
    const context = this.#context();
    return new Error(
      `${why}${context === "" ? "" : ` ${context}`}\n` +
        `--- last lines read ---\n${this.tail()}\n--- end ---`,
    );
  }

  async #read(): Promise<void> {
    try {
      for (;;) {
        const { value, done } = await this.#reader.read();
        if (done) break;
        this.#text += value;
        const parts = (this.#partial + value).split("\n");
        this.#partial = parts.pop()!;
        this.lines.push(...parts);
        this.#wake();
      }
    } finally {
      if (this.#partial !== "") this.lines.push(this.#partial);
      this.#partial = "";
      this.#ended = true;
      this.#wake();
    }
  }

  #wake(): void {
    for (const wake of [...this.#waiters]) wake();
  }
}
