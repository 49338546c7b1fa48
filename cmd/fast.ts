/**
 * The start-up fast path: `atlas-runner status` in its common forms
 * (`status`, with `--json` and `--socket PATH` / `--socket=PATH` in any
 * order) and `atlas-runner --version` run without loading commander, which costs a short-lived process
 * about a third of its start-up. Every other argv, including help, other
 * flags and anything malformed, goes to the commander program in
 * `cmd/mod.ts`, so help, errors and parsing stay exactly commander's.
 *
 * @module
 */
import { EXIT_OK, type ExitCode, exitCodeFor, formatUserError } from "./errors.ts";
import type { CliIo } from "./io.ts";
import { CLI_VERSION } from "./cli_version.ts";
import type { StatusFlags } from "./status.ts";

/**
 * The flags of a `status` argv the fast path handles, or `null` when
 * commander must parse it.
 *
 * @param argv The arguments after the program name.
 * @returns The flags, as commander would have parsed them, or `null`.
 */
export function fastStatusFlags(argv: readonly string[]): StatusFlags | null {
  if (argv[0] !== "status") return null;
  const flags: StatusFlags = { interval: 2 };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json" && flags.json === undefined) {
      flags.json = true;
    } else if (arg === "--socket" && flags.socket === undefined) {
      const value = argv[++i];
      // Values commander might read differently (missing, empty, option-like) go to it.
      if (value === undefined || value === "" || value.startsWith("-")) return null;
      flags.socket = value;
    } else if (arg.startsWith("--socket=") && flags.socket === undefined) {
      const value = arg.slice("--socket=".length);
      if (value === "" || value.startsWith("-")) return null;
      flags.socket = value;
    } else {
      return null;
    }
  }
  return flags;
}

/**
 * Runs `argv` on the fast path if it is one of its forms.
 *
 * @param argv The arguments after the program name.
 * @param io The streams to use.
 * @returns The exit code (as `runCli` would return it), or `null` when
 * `argv` needs the full program.
 */
export async function runFast(argv: readonly string[], io: CliIo): Promise<ExitCode | null> {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    // What commander's `.version()` prints.
    await io.stdout.write(`${CLI_VERSION}\n`);
    return EXIT_OK;
  }
  const flags = fastStatusFlags(argv);
  if (flags === null) return null;
  try {
    // Loaded here, not up front: `--version` needs none of the client.
    const { statusAction } = await import("./status.ts");
    // Its --socket is in `flags`; -s/--server sends the argv to commander.
    await statusAction({ io, debug: () => false, target: () => ({}) }, flags);
    return EXIT_OK;
  } catch (error) {
    // The reader of stdout went away: not an error (as in runCli).
    if (error instanceof Deno.errors.BrokenPipe) return EXIT_OK;
    await io.stderr.write(formatUserError(error, { debug: false }));
    return exitCodeFor(error);
  }
}
