/**
 * `atlas-runner console`: follows the server's console on its own
 * connection and sends each line typed as a console command. On a terminal
 * it edits lines in raw mode with history; through pipes it reads stdin line
 * by line until end of input. Ctrl-D or Ctrl-C leaves without stopping the
 * server.
 *
 * @module
 */
import type { Command } from "commander";
import type { IpcClient } from "../lib/protocol/client.ts";
import { isIpcError } from "../lib/protocol/errors.ts";
import {
  type ClientFlags,
  clientOptions,
  type CommandContext,
  connect,
  integerIn,
} from "./context.ts";
import { formatUserError } from "./errors.ts";
import { LineEditor } from "./line_editor.ts";
import { followLines } from "./logs.ts";
import { Output } from "./output.ts";
import { readLines } from "./prompt.ts";

/** The longest a piped console waits for its last answer to show in the log. */
const DRAIN_MS = 2_000;

interface ConsoleFlags extends ClientFlags {
  lines: number;
}

/**
 * Adds the `console` subcommand.
 *
 * @param program The root program.
 * @param ctx The command context.
 */
export function registerConsoleCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command("console")
    .description("Follow the server's console and send it commands (Ctrl-D or Ctrl-C leaves)");
  clientOptions(command)
    .option(
      "-n, --lines <count>",
      "how many earlier lines to show first",
      integerIn("--lines", 0, 100_000),
      20,
    )
    .action(async (flags: ConsoleFlags) => {
      await using conn = await connect(ctx, flags);
      using scope = ctx.io.interrupts();
      const session = new ConsoleSession(ctx, conn.client, scope.signal);
      const interactive = ctx.io.stdin.isTerminal && ctx.io.stdout.isTerminal;
      await session.run(flags.lines, interactive);
    });
}

/** One console session: a log follower and an input loop, ended together. */
class ConsoleSession {
  readonly #ctx: CommandContext;
  readonly #client: IpcClient;
  readonly #out: Output;
  readonly #stop = new AbortController();
  readonly #sends = new Set<Promise<void>>();
  #writes: Promise<void> = Promise.resolve();
  #editor: LineEditor | undefined;
  /** The last line of the last command's response, awaited in the log before a piped exit. */
  #expected: string | undefined;
  /** The last lines followed, to tell whether `#expected` already arrived. */
  #recent: string[] = [];
  #onLine: ((line: string) => void) | undefined;

  constructor(ctx: CommandContext, client: IpcClient, interrupt: AbortSignal) {
    this.#ctx = ctx;
    this.#client = client;
    this.#out = new Output(ctx.io);
    if (interrupt.aborted) this.#stop.abort();
    interrupt.addEventListener("abort", () => this.#stop.abort(), { once: true });
  }

  async run(lines: number, interactive: boolean): Promise<void> {
    const signal = this.#stop.signal;
    const follower = followLines(
      this.#client.followLogs(lines, { signal }),
      (line) => this.#showLogLine(line),
      signal,
    ).then((ended) => {
      if (ended) {
        this.#note("The daemon ended the log stream (it is shutting down)");
        this.#stop.abort();
      }
    });
    try {
      if (interactive) await this.#interactive();
      else await this.#piped();
    } finally {
      this.#stop.abort();
      await follower;
      await Promise.all(this.#sends);
      await this.#writes;
    }
  }

  /** Reads stdin line by line (a pipe or a file) until it ends. */
  async #piped(): Promise<void> {
    for await (const line of readLines(this.#ctx.io.stdin.readable, this.#stop.signal)) {
      if (line.trim() === "") continue;
      // Sent in order, one at a time: a script's commands keep their order.
      await this.#send(line);
    }
    await this.#drain();
  }

  /**
   * After the input ends, waits (at most {@linkcode DRAIN_MS}) until the
   * last command's response has come through the followed log, which
   * travels on another connection and may lag behind the response itself;
   * without this, `echo list | atlas-runner console` could end before
   * printing the answer.
   */
  async #drain(): Promise<void> {
    const expected = this.#expected;
    const signal = this.#stop.signal;
    if (!expected || signal.aborted || this.#recent.some((l) => l.endsWith(expected))) return;
    await new Promise<void>((resolve) => {
      const finish = (): void => {
        clearTimeout(timer);
        signal.removeEventListener("abort", finish);
        this.#onLine = undefined;
        resolve();
      };
      const timer = setTimeout(finish, DRAIN_MS);
      signal.addEventListener("abort", finish, { once: true });
      this.#onLine = (line) => {
        if (line.endsWith(expected)) finish();
      };
    });
  }

  /** Edits lines on a terminal in raw mode, with history. */
  async #interactive(): Promise<void> {
    const editor = new LineEditor();
    this.#editor = editor;
    const io = this.#ctx.io;
    this.#note("Type console commands; Ctrl-D or Ctrl-C leaves (the server keeps running)");
    io.stdin.setRaw(true);
    const reader = io.stdin.readable.getReader();
    const cancel = (): void => void reader.cancel();
    this.#stop.signal.addEventListener("abort", cancel, { once: true });
    const decoder = new TextDecoder();
    try {
      this.#emit(this.#prompt());
      while (!this.#stop.signal.aborted) {
        const { value, done } = await reader.read();
        if (done) break;
        if (this.#handleKeys(editor, decoder.decode(value, { stream: true }))) break;
      }
    } finally {
      this.#stop.signal.removeEventListener("abort", cancel);
      reader.releaseLock();
      io.stdin.setRaw(false);
      this.#editor = undefined;
      this.#emit("\r\x1b[2K");
    }
  }

  /** Applies typed keys; returns `true` when the user leaves. */
  #handleKeys(editor: LineEditor, text: string): boolean {
    for (const event of editor.feed(text)) {
      if (event.type === "exit") return true;
      if (event.type === "clear-screen") this.#emit("\x1b[H\x1b[2J");
      if (event.type === "submit") {
        this.#emit(`\r\x1b[2K${this.#out.paint("dim", `> ${event.line}`)}\n`);
        if (event.line.trim() !== "") {
          const sent = this.#send(event.line).finally(() => this.#sends.delete(sent));
          this.#sends.add(sent);
        }
      }
    }
    this.#emit(this.#prompt());
    return false;
  }

  async #send(command: string): Promise<void> {
    try {
      const response = await this.#client.sendCommand({ command });
      const last = (response.response ?? "").trim().split("\n").at(-1)?.trim();
      if (last) this.#expected = last;
      if (response.success === false) {
        this.#note(`error: the server did not accept "${command}"`);
      }
    } catch (error) {
      // A refused command (too long, control characters, server stopped)
      // is reported and the console goes on; anything else ends it.
      if (!isIpcError(error)) throw error;
      this.#note(formatUserError(error, { debug: this.#ctx.debug() }).trimEnd());
    }
  }

  #prompt(): string {
    if (!this.#editor) return "";
    return this.#editor.render(this.#out.paint("cyan", "> "), 2, this.#ctx.io.stdout.columns());
  }

  #showLogLine(line: string): Promise<void> {
    this.#recent.push(line);
    if (this.#recent.length > 200) this.#recent.shift();
    this.#onLine?.(line);
    // On a terminal the prompt line is cleared, the log line printed above
    // it, and the prompt (with what was typed so far) redrawn.
    const text = this.#editor ? `\r\x1b[2K${line}\n${this.#prompt()}` : `${line}\n`;
    return this.#emit(text);
  }

  #note(text: string): void {
    // Notes go to stderr; on a terminal stdout and stderr share the screen,
    // so the write joins the same queue and the prompt is redrawn after it.
    const clear = this.#editor ? "\r\x1b[2K" : "";
    this.#writes = this.#writes.then(() => this.#ctx.io.stderr.write(`${clear}${text}\n`));
    if (this.#editor) this.#emit(this.#prompt());
  }

  #emit(text: string): Promise<void> {
    this.#writes = this.#writes.then(() => this.#out.raw(text));
    return this.#writes;
  }
}
