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
  COMMAND_WAIT_MS,
  type CommandContext,
  connect,
  integerIn,
} from "./context.ts";
import { formatUserError } from "./errors.ts";
import { LineEditor } from "./line_editor.ts";
import { followLines } from "./logs.ts";
import { Output } from "./output.ts";
import { readLines } from "./prompt.ts";

/** How many followed lines are remembered to recognise a response already shown. */
const RECENT_LINES = 500;

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
      "how many earlier lines to show first, 1 or more",
      integerIn("--lines", 1, 100_000),
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
  /** The last lines followed, to tell whether a response was already shown. */
  #recent: string[] = [];

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
  }

  /** Edits lines on a terminal in raw mode, with history. */
  async #interactive(): Promise<void> {
    const editor = new LineEditor();
    this.#editor = editor;
    const io = this.#ctx.io;
    io.stdin.setRaw(true);
    // Said once raw mode is on, so whatever is typed after it is read as keys.
    this.#note("Type console commands; Ctrl-D or Ctrl-C leaves (the server keeps running)");
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
      const response = await this.#client.sendCommand({ command }, { timeoutMs: COMMAND_WAIT_MS });
      this.#showResponse(response.response ?? "");
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

  /**
   * Prints a command's response unless the followed log already showed it.
   * A command written to the server's console answers in the log (and the
   * daemon returns those lines, without their prefix, as the response); one
   * sent over RCON answers only in the response.
   */
  #showResponse(response: string): void {
    const lines = response.split("\n").map((l) => this.#out.consoleLine(l).trimEnd())
      .filter((l) => l.trim() !== "");
    const shown = lines.every((l) => this.#recent.some((r) => r.trimEnd().endsWith(l)));
    if (lines.length === 0 || shown) return;
    const text = lines.join("\n") + "\n";
    this.#emit(this.#editor ? `\r\x1b[2K${text}${this.#prompt()}` : text);
  }

  #prompt(): string {
    if (!this.#editor) return "";
    return this.#editor.render(this.#out.paint("cyan", "> "), 2, this.#ctx.io.stdout.columns());
  }

  #showLogLine(raw: string): Promise<void> {
    const line = this.#out.consoleLine(raw);
    this.#recent.push(line);
    if (this.#recent.length > RECENT_LINES) this.#recent.shift();
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
