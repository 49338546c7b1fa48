/**
 * `atlas-runner metrics`: the daemon's metrics in the Prometheus text format,
 * over the socket (the same text as the `metrics.listen` HTTP listener).
 *
 * @module
 */
import type { Command } from "commander";
import { type ClientFlags, clientOptions, type CommandContext, connect } from "./context.ts";
import { Output } from "./output.ts";

/**
 * Adds the `metrics` subcommand.
 *
 * @param program The root program.
 * @param ctx The command context.
 */
export function registerMetricsCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command("metrics")
    .description("Print the daemon's metrics in the Prometheus text format");
  clientOptions(command, { json: false }).action(async (flags: ClientFlags) => {
    await using conn = await connect(ctx, flags);
    const { text } = await conn.client.getMetrics();
    await new Output(ctx.io, flags).raw(text);
  });
}
