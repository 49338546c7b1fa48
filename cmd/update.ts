/**
 * `atlas-runner update [--channel C]`: installs the newest server jar of a
 * release channel (the daemon stops and restarts the server around it).
 *
 * @module
 */
import type { Command } from "commander";
import { type ClientFlags, clientOptions, type CommandContext, connect } from "./context.ts";
import { CliError } from "./errors.ts";
import { Output } from "./output.ts";
import { startSpinner } from "./spinner.ts";

/** Downloads can be slow; the daemon enforces its own limits. */
const UPDATE_WAIT_MS = 60 * 60_000;

/** The `--json` form of an update. */
export interface UpdateJson {
  /** Whether the update (or the check) succeeded. */
  success: boolean;
  /** The version before, `""` if none was installed. */
  oldVersion: string;
  /** The version after. */
  newVersion: string;
  /** The daemon's message. */
  message: string;
}

interface UpdateFlags extends ClientFlags {
  channel?: string;
}

/**
 * Adds the `update` subcommand.
 *
 * @param program The root program.
 * @param ctx The command context.
 */
export function registerUpdateCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command("update")
    .description("Install the newest server version of a release channel");
  clientOptions(command, { json: true })
    .option(
      "--channel <channel>",
      "release channel, e.g. release or snapshot (default: the config's)",
    )
    .action(async (flags: UpdateFlags) => {
      await using conn = await connect(ctx, flags);
      let response;
      {
        await using _spinner = startSpinner(ctx.io, "Updating the server");
        response = await conn.client.updateServer(
          { channel: flags.channel ?? "" },
          { timeoutMs: UPDATE_WAIT_MS },
        );
      }
      const result: UpdateJson = {
        success: response.success === true,
        oldVersion: response.oldVersion ?? "",
        newVersion: response.newVersion ?? "",
        message: response.message ?? "",
      };
      if (!result.success) throw new CliError(result.message || "the update failed");
      const out = new Output(ctx.io, flags);
      if (flags.json) return await out.json(result);
      if (result.newVersion && result.oldVersion !== result.newVersion) {
        await out.line(
          `Updated ${result.oldVersion || "(none)"} → ${out.paint("bold", result.newVersion)}`,
        );
      } else {
        await out.line(result.message || `Already up to date (${result.newVersion})`);
      }
    });
}
