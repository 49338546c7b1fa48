/**
 * `atlas-runner logs [-n N] [-f]`: the server's last console lines, and with
 * `-f` every new one until Ctrl-C.
 *
 * @module
 */
import type { Command } from "commander";
import {
  type ClientFlags,
  clientOptions,
  type CommandContext,
  connect,
  integerIn,
} from "./context.ts";
import { Output } from "./output.ts";
import { DEFAULT_LOG_LINES } from "../lib/protocol/validate.ts";

interface LogsFlags extends ClientFlags {
  lines: number;
  follow?: boolean;
}

/**
 * Adds the `logs` subcommand.
 *
 * @param program The root program.
 * @param ctx The command context.
 */
export function registerLogsCommand(program: Command, ctx: CommandContext): void {
  const command = program.command("logs").description("Print the server's console output");
  clientOptions(command, { json: true })
    .option(
      "-n, --lines <count>",
      "how many of the last lines to print, 1 or more",
      integerIn("--lines", 1, 1_000_000),
      DEFAULT_LOG_LINES,
    )
    .option(
      "-f, --follow",
      "keep printing new lines until Ctrl-C (with --json: one JSON line each)",
    )
    .action(async (flags: LogsFlags) => {
      await using conn = await connect(ctx, flags);
      const out = new Output(ctx.io, flags);
      if (!flags.follow) {
        const response = await conn.client.getLogs({ lines: flags.lines });
        const lines = (response.lines ?? []).map((line) => out.consoleLine(line));
        if (flags.json) await out.json({ lines });
        else if (lines.length > 0) await out.raw(lines.join("\n") + "\n");
        return;
      }
      using scope = ctx.io.interrupts();
      const ended = await followLines(
        conn.client.followLogs(flags.lines, { signal: scope.signal }),
        (raw) => {
          const line = out.consoleLine(raw);
          return flags.json ? out.jsonLine({ line }) : out.line(line);
        },
        scope.signal,
      );
      if (ended) {
        await ctx.io.stderr.write("The daemon ended the log stream (it is shutting down)\n");
      }
    });
}

/**
 * Writes each followed line until the stream ends or `signal` aborts.
 *
 * @param lines The followed lines.
 * @param write Writes one line.
 * @param signal Ctrl-C.
 * @returns `true` when the daemon ended the stream, `false` on Ctrl-C.
 */
export async function followLines(
  lines: AsyncIterable<string>,
  write: (line: string) => Promise<void>,
  signal: AbortSignal,
): Promise<boolean> {
  try {
    for await (const line of lines) {
      if (signal.aborted) return false;
      await write(line);
    }
  } catch (error) {
    if (signal.aborted) return false;
    throw error;
  }
  return !signal.aborted;
}
