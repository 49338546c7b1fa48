/**
 * `atlas-runner send <command...>`: sends one console command to the server
 * and prints its response.
 *
 * @module
 */
import type { Command } from "commander";
import {
  type ClientFlags,
  clientOptions,
  COMMAND_WAIT_MS,
  type CommandContext,
  connect,
} from "./context.ts";
import { CliError } from "./errors.ts";
import { Output } from "./output.ts";

/** The `--json` form of a sent command. */
export interface SendJson {
  /** Whether the server accepted the command. */
  success: boolean;
  /** What the server printed in response (may be empty or several lines). */
  response: string;
}

/**
 * Adds the `send` subcommand.
 *
 * @param program The root program.
 * @param ctx The command context.
 */
export function registerSendCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command("send")
    .description("Send a console command to the server and print its response")
    .argument("<command...>", "the console command, e.g. say hello (no leading slash needed)")
    // Console commands have dash-words of their own (`say -hi`, `give @p
    // minecraft:stone -1`): words that are not our flags belong to the command.
    .allowUnknownOption();
  clientOptions(command, { json: true })
    .action(async (words: string[], flags: ClientFlags) => {
      await using conn = await connect(ctx, flags);
      const response = await conn.client.sendCommand(
        { command: words.join(" ") },
        { timeoutMs: COMMAND_WAIT_MS },
      );
      const out = new Output(ctx.io, flags);
      const result: SendJson = {
        success: response.success === true,
        response: (response.response ?? "").split("\n").map((l) => out.consoleLine(l)).join("\n"),
      };
      if (flags.json) await out.json(result);
      else if (result.response) await out.raw(result.response.replace(/\n?$/, "\n"));
      if (!result.success) {
        throw new CliError("the server did not accept the command", {
          hint: "see its console with: atlas-runner logs",
        });
      }
    });
}
