/**
 * `atlas-runner daemon`: flags → DaemonOptions → runDaemon(). The only
 * command file that touches `lib/daemon`, which it loads lazily so client
 * commands never pay for it. With `--demo` it also loads the simulator's
 * set-up (`lib/demo`) and hands it to the daemon, which never imports the
 * simulator itself; a daemon for a real server never loads it.
 *
 * `ATLAS_RUNNER_TEST_PAUSE=<step>[,<step>…]` (for tests that run the daemon
 * as a child and kill it at a known point) becomes the daemon's internal
 * `testing.pauseAt`; unset, it does nothing.
 *
 * @module
 */
import type { Command } from "commander";
import { CONFIG_ENV, type EnvReader, instanceNameProblem, NAME_ENV } from "../lib/util/paths.ts";
import type { CommandContext } from "./context.ts";
import { demoHint } from "./demo_hint.ts";
import { usageError } from "./errors.ts";

/** Steps at which a daemon run by a crash test parks for good (see the module doc). */
const TEST_PAUSE_ENV = "ATLAS_RUNNER_TEST_PAUSE";

/** The flags of `atlas-runner daemon`. */
interface DaemonFlags {
  name?: string;
  config?: string;
  demo?: boolean;
  start?: boolean;
}

/**
 * Adds the `daemon` subcommand. Its socket is the global `--socket`; its
 * name is `--name` (the global `-s/--server` means the same here).
 *
 * @param program The root program.
 * @param ctx The injected io (the demo's "what to try next" text, the
 *   environment read here; the daemon itself, which runs only as its own
 *   process, reads the process's environment).
 */
export function registerDaemonCommand(program: Command, ctx: CommandContext): void {
  program
    .command("daemon")
    .description("Run the daemon that supervises the game server (until SIGINT/SIGTERM)")
    .option(
      "--name <name>",
      `run the named server: its own config, socket and data (env ${NAME_ENV})`,
    )
    .option("--config <path>", `config file (env ${CONFIG_ENV}; created with defaults if missing)`)
    .option("--demo", "set up and supervise the built-in demo server (no server jar needed)")
    .option("--start", "start the server as soon as the daemon listens (for services, containers)")
    .action(async (flags: DaemonFlags) => {
      const env = (name: string): string | undefined => ctx.io.env(name);
      const target = ctx.target();
      if (flags.name && target.server && flags.name !== target.server) {
        throw usageError(
          `--name ${flags.name} and --server ${target.server} name different servers`,
          "give only --name",
        );
      }
      // A bad name is a usage error (exit 2), as it is for the client's -s.
      const name = flags.name ?? target.server ?? (env(NAME_ENV) || undefined);
      const problem = name === undefined ? undefined : instanceNameProblem(name);
      if (problem !== undefined) {
        throw usageError(problem, "names are lower-case letters, digits, '-' and '_'");
      }
      const { runDaemon } = await import("../lib/daemon/mod.ts");
      await runDaemon({
        name: flags.name ?? target.server,
        configPath: flags.config,
        socketPath: target.socket,
        setupDemo: flags.demo === true
          ? async (dataDirectory) => (await import("../lib/demo/mod.ts")).prepareDemo(dataDirectory)
          : undefined,
        startServer: flags.start === true,
        testing: testingFromEnv(env),
        onReady: async (info) => {
          if (!info.demo) return;
          await ctx.io.stdout.write(demoHint(info.socketPath, { name: info.name, env }));
        },
      });
    });
}

/** The daemon's internal `testing` option from the environment, if any. */
function testingFromEnv(env: EnvReader): { pauseAt: string[] } | undefined {
  const pauseAt = (env(TEST_PAUSE_ENV) ?? "").split(",").filter((s) => s !== "");
  return pauseAt.length > 0 ? { pauseAt } : undefined;
}
