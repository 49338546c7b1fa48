/**
 * `atlas-runner daemon`: flags → DaemonOptions → runDaemon(). The only
 * command file that touches `lib/daemon`, which it loads lazily so client
 * commands never pay for it.
 *
 * @module
 */
import type { Command } from "commander";

/**
 * Adds the `daemon` subcommand.
 *
 * @param program The root program.
 */
export function registerDaemonCommand(program: Command): void {
  program
    .command("daemon")
    .description("Run the daemon that supervises the game server")
    .option("--config <path>", "config file (env ATLAS_RUNNER_CONFIG)")
    .option("--socket <path>", "socket path (env ATLAS_RUNNER_SOCKET)")
    .option("--demo", "supervise the built-in demo server")
    .action(async (_opts: Record<string, unknown>) => {
      const { runDaemon } = await import("../lib/daemon/mod.ts");
      await runDaemon({});
    });
}
