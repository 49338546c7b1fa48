/**
 * `atlas-runner daemon`: flags → DaemonOptions → runDaemon(). The only
 * command file that touches `lib/daemon`, which it loads lazily so client
 * commands never pay for it.
 *
 * @module
 */
import type { Command } from "commander";
import { CONFIG_ENV, SOCKET_ENV } from "../lib/util/paths.ts";
import type { CommandContext } from "./context.ts";
import { demoHint } from "./demo_hint.ts";

/** The flags of `atlas-runner daemon`. */
interface DaemonFlags {
  config?: string;
  socket?: string;
  demo?: boolean;
}

/**
 * Adds the `daemon` subcommand.
 *
 * @param program The root program.
 * @param ctx The injected io (for the demo's "what to try next" text).
 */
export function registerDaemonCommand(program: Command, ctx?: CommandContext): void {
  program
    .command("daemon")
    .description("Run the daemon that supervises the game server (until SIGINT/SIGTERM)")
    .option("--config <path>", `config file (env ${CONFIG_ENV}; created with defaults if missing)`)
    .option("--socket <path>", `socket path (env ${SOCKET_ENV})`)
    .option("--demo", "set up and supervise the built-in demo server (no server jar needed)")
    .action(async (flags: DaemonFlags) => {
      const { runDaemon } = await import("../lib/daemon/mod.ts");
      await runDaemon({
        configPath: flags.config,
        socketPath: flags.socket,
        demo: flags.demo === true,
        onReady: async (info) => {
          if (info.demo && ctx) await ctx.io.stdout.write(demoHint(info.socketPath));
        },
      });
    });
}
