/**
 * The demo server's console output: vanilla's log4j console pattern
 * `[HH:mm:ss] [thread/LEVEL]: message` (local time), written in batches so
 * that a burst of lines (the log-spam hook) goes out at pipe speed.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";

const logger = getLogger(["atlas-runner", "demo", "output"]);

/** Where the console output goes (`Deno.stdout` fits). */
export interface DemoWriter {
  /** Writes some of `p`, returning how many bytes were written. */
  write(p: Uint8Array): Promise<number>;
}

/** A log level as vanilla prints it. */
export type DemoLogLevel = "INFO" | "WARN" | "ERROR";

/** The thread vanilla's game loop logs from. */
export const SERVER_THREAD = "Server thread";

/** Pending output above this size makes {@linkcode ConsoleOutput.backpressure} wait. */
const HIGH_WATER_CHARS = 1 << 20;

/** Batched, ordered console output. */
export class ConsoleOutput {
  #writer: DemoWriter;
  #encoder = new TextEncoder();
  #pending: string[] = [];
  #pendingChars = 0;
  #drain: Promise<void> | null = null;
  #broken = false;
  #second = -1;
  #stamp = "";

  /** @param writer Where the lines go. */
  constructor(writer: DemoWriter) {
    this.#writer = writer;
  }

  /**
   * Prints one log line.
   *
   * @param message The message.
   * @param thread The thread name shown in brackets.
   * @param level The level.
   */
  log(message: string, thread: string = SERVER_THREAD, level: DemoLogLevel = "INFO"): void {
    this.raw(`${this.timestamp()} [${thread}/${level}]: ${message}\n`);
  }

  /** Prints an INFO line from the server thread. @param message The message. */
  info(message: string): void {
    this.log(message);
  }

  /** Prints a WARN line from the server thread. @param message The message. */
  warn(message: string): void {
    this.log(message, SERVER_THREAD, "WARN");
  }

  /** Prints an ERROR line from the server thread. @param message The message. */
  error(message: string): void {
    this.log(message, SERVER_THREAD, "ERROR");
  }

  /**
   * Queues text as is (stack-trace lines have no prefix).
   *
   * @param text The text, with its newlines.
   */
  raw(text: string): void {
    if (this.#broken) return;
    this.#pending.push(text);
    this.#pendingChars += text.length;
    this.#drain ??= this.#drainLoop();
  }

  /** `[HH:MM:SS]` in local time, recomputed once a second. @returns The stamp. */
  timestamp(): string {
    const now = Date.now();
    const second = Math.floor(now / 1000);
    if (second !== this.#second) {
      const d = new Date(now);
      const p = (n: number) => String(n).padStart(2, "0");
      this.#stamp = `[${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}]`;
      this.#second = second;
    }
    return this.#stamp;
  }

  /** Resolves once the pending output is small again (for bulk printing). */
  async backpressure(): Promise<void> {
    while (this.#pendingChars > HIGH_WATER_CHARS && this.#drain) await this.#drain;
  }

  /** Resolves once everything queued so far is written (or the output broke). */
  async flush(): Promise<void> {
    while (this.#drain) await this.#drain;
  }

  async #drainLoop(): Promise<void> {
    try {
      while (this.#pending.length > 0 && !this.#broken) {
        const text = this.#pending.join("");
        this.#pending = [];
        this.#pendingChars = 0;
        await this.#writeAll(this.#encoder.encode(text));
      }
    } finally {
      this.#drain = null;
    }
  }

  async #writeAll(bytes: Uint8Array): Promise<void> {
    try {
      let written = 0;
      while (written < bytes.length) written += await this.#writer.write(bytes.subarray(written));
    } catch (error) {
      // Like Java's System.out, a closed console does not stop the server:
      // the output is dropped from here on.
      this.#broken = true;
      this.#pending = [];
      this.#pendingChars = 0;
      logger.debug("Console output closed; dropping further lines", { error });
    }
  }
}
