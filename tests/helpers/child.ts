/**
 * What the suites that run child processes share: the program they run
 * ({@linkcode MAIN_PATH}), free ports, and {@linkcode LineCollector} for
 * waiting on a child's output with a deadline. A leaf: it imports no other
 * helper, so every helper module can import it.
 *
 * @module
 */
import { fileURLToPath } from "node:url";

/** The repository's `main.ts`, the program the suites run as a subprocess. */
export const MAIN_PATH: string = fileURLToPath(new URL("../../main.ts", import.meta.url));

/** Where {@linkcode freePort} looks: below Linux's ephemeral range (32768–60999). */
const PORT_RANGE = { from: 20_000, to: 32_000 };

/**
 * A TCP port that nothing listened on a moment ago (bound on every address,
 * then released), for a server a test starts next. Taken below the
 * ephemeral range at random: a port the kernel handed out (port 0) is the
 * kind it also gives the outgoing connections of tests running in
 * parallel, one of which can take it before the server binds it.
 *
 * @returns The port.
 */
export function freePort(): number {
  for (;;) {
    const port = PORT_RANGE.from + Math.floor(Math.random() * (PORT_RANGE.to - PORT_RANGE.from));
    try {
      using _ = Deno.listen({ hostname: "0.0.0.0", port });
      return port;
    } catch (error) {
      if (!(error instanceof Deno.errors.AddrInUse)) throw error;
    }
  }
}

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

/**
 * Reads a child's output stream to its end, keeps it line by line, and
 * lets tests wait for a line with a deadline. A failed wait says why (the
 * deadline passed or the stream ended) and shows the output seen so far.
 */
export class LineCollector {
  /**
   * The lines so far, without their newlines: every line ended by a newline
   * and, once the stream has ended, the text after the last one (if any).
   */
  readonly lines: string[] = [];
  /** Resolves when the stream has ended (rejects if reading it failed). */
  readonly done: Promise<void>;
  #text = "";
  #partial = "";
  #ended = false;
  #waiters = new Set<() => void>();

  /** @param stream The stream to read to its end. */
  constructor(stream: ReadableStream<Uint8Array>) {
    this.done = this.#read(stream);
  }

  /** @returns Everything read so far, exactly as the stream carried it. */
  text(): string {
    return this.#text;
  }

  /**
   * Waits for a line matching `pattern`; lines already read count.
   *
   * @param pattern A regular expression the line matches, or text it contains.
   * @param options The first line to consider, the deadline, partial lines.
   * @returns The first matching line at or after `from`, and its index.
   * @throws {Error} When the deadline passes or the stream ends first.
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
      if (this.#ended) throw new Error(`Output ended without a ${what}:\n${this.#text}`);
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(`No ${what} within ${timeoutMs} ms:\n${this.#text}`);
      }
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

  async #read(stream: ReadableStream<Uint8Array>): Promise<void> {
    try {
      for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
        this.#text += chunk;
        const parts = (this.#partial + chunk).split("\n");
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
