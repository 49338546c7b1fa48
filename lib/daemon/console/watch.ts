/**
 * A watch on the console lines that follow a command: the reply a backup
 * waits for (`save-off` → `Automatic saving is now disabled`), checked line
 * by line, with a deadline per wait and the last line kept for the message
 * when nothing matched.
 *
 * @module
 */
import { IpcError } from "../../protocol/errors.ts";
import { stripAnsi } from "../../util/ansi.ts";

/** A log prefix such as vanilla's, Paper's or Forge's (one or more bracket groups, then `: `). */
const LOG_PREFIX = /^\[[^\]]*\](?: \[[^\]]*\])*: /;

/**
 * Removes the log prefix and colours from a console line, leaving the
 * message (what RCON would have answered).
 *
 * @param line A console line.
 * @returns The message.
 */
export function consoleMessage(line: string): string {
  return stripAnsi(line).replace(LOG_PREFIX, "");
}

/** Where the watched lines come from (the daemon's `LogBuffer`). */
export interface LineSource {
  /** Registers a line listener; returns a function removing it. */
  subscribe(listener: (line: string) => void): () => void;
}

/** Whose state ends the watch (the daemon's `Supervisor`). */
export interface RunStateSource {
  /** Registers a state listener; returns a function removing it. */
  onStateChange(listener: (state: string) => void): () => void;
}

/** The console lines after a command, as the backups see them. */
export interface CommandWatch {
  /**
   * Waits for the next line whose message (log prefix and colours removed)
   * passes `test`.
   *
   * @returns The line, or `null` when none came within `timeoutMs`.
   */
  next(test: (message: string) => boolean, timeoutMs: number): Promise<string | null>;
  /** The last non-blank line printed since the command (without colours), or "". */
  readonly lastLine: string;
}

/**
 * The lines printed after a command, examined in order. Create it right
 * before writing the command (nothing may be awaited in between), so a fast
 * reply is never missed; dispose it when done.
 */
export class ConsoleWatch implements CommandWatch, Disposable {
  #pending: string[] = [];
  #last = "";
  #failure: IpcError | null = null;
  #wake: (() => void) | null = null;
  #cleanups: Array<() => void> = [];

  /**
   * @param lines The console lines.
   * @param server Its state: the watch fails with `NOT_RUNNING` once it leaves RUNNING.
   * @param signal Fails the watch with `UNAVAILABLE`.
   */
  constructor(lines: LineSource, server: RunStateSource, signal?: AbortSignal) {
    this.#cleanups.push(lines.subscribe((line) => {
      this.#pending.push(line);
      const text = stripAnsi(line).trim();
      if (text !== "") this.#last = text;
      this.#wake?.();
    }));
    this.#cleanups.push(server.onStateChange((state) => {
      if (state === "RUNNING") return;
      this.#fail(
        new IpcError("NOT_RUNNING", "The server stopped while the daemon waited for its reply"),
      );
    }));
    if (signal) {
      const onAbort = () => this.#fail(new IpcError("UNAVAILABLE", "Cancelled"));
      if (signal.aborted) onAbort();
      else {
        signal.addEventListener("abort", onAbort, { once: true });
        this.#cleanups.push(() => signal.removeEventListener("abort", onAbort));
      }
    }
  }

  /** The last non-blank line printed since the command (without colours), or "". */
  get lastLine(): string {
    return this.#last;
  }

  /**
   * Waits for the next line, after those already examined, whose message
   * (without log prefix and colours) passes `test`.
   *
   * @param test Decides on each message.
   * @param timeoutMs How long to wait.
   * @returns The line as printed, or `null` when none came within `timeoutMs`.
   * @throws {IpcError} `NOT_RUNNING` when the server stopped, `UNAVAILABLE` when cancelled
   *   (lines printed before either are examined first).
   */
  async next(test: (message: string) => boolean, timeoutMs: number): Promise<string | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.#pending.length > 0) {
        const line = this.#pending.shift()!;
        if (test(consoleMessage(line))) return line;
      }
      if (this.#failure) throw this.#failure;
      const remaining = deadline - Date.now();
      if (remaining <= 0) return null;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, remaining);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.#wake = done;
      });
      this.#wake = null;
    }
  }

  #fail(error: IpcError): void {
    this.#failure ??= error;
    this.#wake?.();
  }

  /** Stops watching. */
  [Symbol.dispose](): void {
    for (const cleanup of this.#cleanups) cleanup();
    this.#cleanups = [];
    this.#wake?.();
  }
}
