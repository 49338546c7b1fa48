/**
 * The command line: builds the commander program with every subcommand and
 * runs it. Only `cmd/daemon.ts` and `cmd/demo_server.ts` reach daemon-side
 * code, and they load it lazily, so client commands start lean.
 *
 * @module
 */
import { Command } from "commander";
import { configureLogging } from "../lib/logging.ts";
import { registerDaemonCommand } from "./daemon.ts";
import { registerDemoServerCommand } from "./demo_server.ts";

/**
 * Builds the `atlas-runner` program.
 *
 * @returns The commander program, not yet parsed.
 */
export function buildProgram(): Command {
  const program = new Command("atlas-runner")
    .description("Run a Minecraft-style Java server and control it from the shell")
    .showSuggestionAfterError(true)
    .exitOverride();
  registerDaemonCommand(program);
  registerDemoServerCommand(program);
  return program;
}

/**
 * Parses argv, runs the command, and returns the process exit code.
 *
 * @param argv The arguments after the program name.
 * @returns The exit code: 0 ok, 1 failed, 2 usage, 3 daemon unreachable.
 */
export async function runCli(argv: string[]): Promise<number> {
  await configureLogging({ level: argv.includes("--debug") ? "debug" : "info" });
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    const e = error as { code?: string; exitCode?: number };
    if (typeof e.code === "string" && e.code.startsWith("commander.")) {
      return e.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
}
