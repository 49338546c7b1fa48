/**
 * The command line: builds the commander program with every subcommand and
 * runs it. Only `cmd/daemon.ts` and `cmd/demo_server.ts` reach daemon-side
 * code, and they load it lazily, so client commands start lean; logging is
 * configured (lazily too) only for those two, or for `--debug`.
 *
 * @module
 */
import { Command } from "commander";
import { registerBackupCommands } from "./backup.ts";
import { registerCompletionCommands } from "./completions.ts";
import { registerConfigCommands } from "./config.ts";
import { registerConsoleCommand } from "./console.ts";
import { type CommandContext, targetOptions } from "./context.ts";
import { registerDaemonCommand } from "./daemon.ts";
import { registerDemoServerCommand } from "./demo_server.ts";
import {
  EXIT_OK,
  type ExitCode,
  exitCodeFor,
  formatUserError,
  isCommanderError,
} from "./errors.ts";
import { type CliIo, denoIo } from "./io.ts";
import { registerListCommand } from "./list.ts";
import { registerLogsCommand } from "./logs.ts";
import { registerMetricsCommand } from "./metrics.ts";
import { CLI_VERSION, registerPingCommands } from "./ping.ts";
import { registerPowerCommands } from "./power.ts";
import { registerSendCommand } from "./send.ts";
import { registerStatusCommand } from "./status.ts";
import { registerUpdateCommand } from "./update.ts";
import { colorEnabled } from "./output.ts";

export type { CliIo } from "./io.ts";
export type { ExitCode } from "./errors.ts";

/** Commands that run the daemon side and so want log records on stderr. */
const SERVER_SIDE = new Set(["daemon", "demo-server"]);

/** Help is wrapped at the terminal's width, or this when not on a terminal. */
const DEFAULT_HELP_WIDTH = 100;

const ROOT_HELP_FOOTER = `
-s/--server NAME and --socket PATH work before or after the subcommand. The socket is --socket,
else -s NAME's ($XDG_RUNTIME_DIR/atlas-runner/NAME.sock), else $ATLAS_RUNNER_SOCKET, else
$ATLAS_RUNNER_NAME's, else $XDG_RUNTIME_DIR/atlas-runner.sock (without XDG_RUNTIME_DIR, both
live in /tmp/atlas-runner-<uid>/). See every server with: atlas-runner list
Exit codes: 0 success, 1 the operation failed, 2 usage error, 3 no daemon reachable.`;

/** Options of {@linkcode buildProgram}. */
export interface BuildProgramOptions {
  /**
   * Receives an exit code outside the CLI's own 0–3: `demo-server`'s, which
   * is the game server's (143 after SIGTERM, as a JVM). {@linkcode runCli}
   * returns it.
   */
  exitWith?: (code: number) => void;
}

/**
 * Builds the `atlas-runner` program.
 *
 * @param io The streams commands write to and read from.
 * @param options Where a command's own exit code goes.
 * @returns The commander program, not yet parsed.
 */
export function buildProgram(io: CliIo = denoIo(), options: BuildProgramOptions = {}): Command {
  const program = new Command("atlas-runner")
    .description("Run a Minecraft-style Java server and control it from the shell")
    .version(CLI_VERSION, "-V, --version", "print the CLI's version")
    .option("--debug", "show debug logs and stack traces on stderr")
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true })
    .addHelpText("after", ROOT_HELP_FOOTER)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => queue(io.stdout, text),
      writeErr: (text) => queue(io.stderr, text),
      // Parse errors are printed by runCli in the `error:`/`hint:` form.
      outputError: () => {},
      getOutHelpWidth: () => io.stdout.columns() ?? DEFAULT_HELP_WIDTH,
      getErrHelpWidth: () => io.stderr.columns() ?? DEFAULT_HELP_WIDTH,
      getOutHasColors: () => colorEnabled(io, "stdout"),
      getErrHasColors: () => colorEnabled(io, "stderr"),
    });
  targetOptions(program);
  const ctx: CommandContext = {
    io,
    debug: () => program.opts().debug === true,
    target: () => {
      const { server, socket } = program.opts();
      return { server, socket };
    },
  };
  program.hook("preAction", async (_root, action) => {
    const debug = ctx.debug();
    if (!debug && !SERVER_SIDE.has(action.name())) return;
    // Loaded on demand: client commands do not pay for configuring LogTape.
    const { configureLogging } = await import("../lib/logging.ts");
    await configureLogging({ level: debug ? "debug" : "info" });
  });
  registerStatusCommand(program, ctx);
  registerListCommand(program, ctx);
  registerPowerCommands(program, ctx);
  registerSendCommand(program, ctx);
  registerConsoleCommand(program, ctx);
  registerLogsCommand(program, ctx);
  registerBackupCommands(program, ctx);
  registerUpdateCommand(program, ctx);
  registerConfigCommands(program, ctx);
  registerPingCommands(program, ctx);
  registerMetricsCommand(program, ctx);
  registerCompletionCommands(program, ctx);
  registerDaemonCommand(program, ctx);
  registerDemoServerCommand(program, options.exitWith ?? (() => {}));
  return program;
}

/** Commander writes synchronously; the writes are chained and awaited by runCli. */
const pendingWrites = new WeakMap<object, Promise<void>>();

function queue(sink: CliIo["stdout"], text: string): void {
  const before = pendingWrites.get(sink) ?? Promise.resolve();
  pendingWrites.set(sink, before.then(() => sink.write(text)));
}

async function flush(io: CliIo): Promise<void> {
  await pendingWrites.get(io.stdout);
  await pendingWrites.get(io.stderr);
}

/**
 * Parses argv, runs the command, prints any error as `error:`/`hint:` on
 * stderr, and returns the process exit code. It never exits the process
 * (main.ts does), reads the environment and streams only through `io`, and
 * so also runs in-process (the CLI test tables do).
 *
 * @param argv The arguments after the program name.
 * @param io The streams, environment and signals to use.
 * @returns The exit code: 0 ok, 1 failed, 2 usage, 3 daemon unreachable;
 *   for `demo-server`, the game server's own.
 */
export async function runCli(argv: readonly string[], io: CliIo = denoIo()): Promise<number> {
  let own: number | undefined;
  const program = buildProgram(io, { exitWith: (c) => own = c });
  let code: ExitCode = EXIT_OK;
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    code = exitCodeFor(error);
    if (!isQuiet(error)) {
      const debug = argv.includes("--debug");
      const fallbackHint = isCommanderError(error) ? helpHint(program, argv) : undefined;
      await flush(io);
      await io.stderr.write(formatUserError(error, { debug, fallbackHint }));
    } else if (error instanceof Deno.errors.BrokenPipe) {
      // The reader of stdout went away (`atlas-runner logs | head`): not an error.
      code = EXIT_OK;
    }
  }
  await flush(io);
  return own ?? code;
}

/** Help and version output, and a closed stdout, need no error message. */
function isQuiet(error: unknown): boolean {
  if (error instanceof Deno.errors.BrokenPipe) return true;
  return isCommanderError(error) &&
    ["commander.helpDisplayed", "commander.help", "commander.version"].includes(error.code);
}

/** `see: atlas-runner backup restore --help`, for the command argv reached. */
function helpHint(program: Command, argv: readonly string[]): string {
  const path = [program.name()];
  let command = program;
  for (const word of argv) {
    if (word.startsWith("-")) continue;
    const sub = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!sub) break;
    path.push(sub.name());
    command = sub;
  }
  return `see: ${path.join(" ")} --help`;
}
