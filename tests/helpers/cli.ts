/**
 * Helpers for the command-line suites: run `main.ts` as a real subprocess
 * (with the permissions of `deno task cli`), or run the same commands
 * in-process on captured streams ({@linkcode runCliInProcess}), which is
 * what the argv → exit code/output tables use: the CLI reads argv, the
 * environment and its streams only through the injected `CliIo` and returns
 * its exit code, so only what a process alone shows (main.ts's dispatch and
 * exit, start-up, signals, terminals, the working directory) needs a child.
 *
 * @module
 */
import { fileURLToPath as fromFileUrl } from "node:url";
import { runFast } from "../../cmd/fast.ts";
import type { CliIo, InterruptScope, TextSink } from "../../cmd/io.ts";
import { runCli as runProgram } from "../../cmd/mod.ts";
import { type ChildProcessHandle, MAIN_PATH, spawnChild } from "./child.ts";
import type { LineCollector } from "./lines.ts";
import { NARROW_PERMISSIONS } from "./permissions.ts";

/** The repository's `deno.json` (subprocesses may run in another directory). */
export const CONFIG_PATH: string = fromFileUrl(new URL("../../deno.json", import.meta.url));

/** The permissions of `deno task cli` (see deno.json): what users run with. */
export const CLI_PERMISSIONS: readonly string[] = NARROW_PERMISSIONS;

/** The command line that runs `main.ts` with `args`. */
export function cliCommand(args: readonly string[]): string[] {
  return [
    Deno.execPath(),
    "run",
    "--quiet",
    `--config=${CONFIG_PATH}`,
    ...CLI_PERMISSIONS,
    MAIN_PATH,
    ...args,
  ];
}

/** Options of {@linkcode runCli}. */
export interface RunCliOptions {
  /** Extra environment variables (merged over a clean copy of ours). */
  env?: Record<string, string>;
  /** Variables to remove from the inherited environment. */
  unsetEnv?: string[];
  /** Text written to stdin, which is then closed (stdin is empty otherwise). */
  stdin?: string;
  /** The working directory. */
  cwd?: string;
}

/** What a finished CLI process left. */
export interface CliResult {
  /** The exit code. */
  code: number;
  /** Everything written to stdout. */
  stdout: string;
  /** Everything written to stderr. */
  stderr: string;
}

/**
 * Runs `atlas-runner <args>` to completion.
 *
 * @param args The arguments.
 * @param options Environment, stdin, working directory.
 * @returns Exit code, stdout and stderr.
 */
export async function runCli(
  args: readonly string[],
  options: RunCliOptions = {},
): Promise<CliResult> {
  await using cli = spawnCli(args, options);
  if (options.stdin !== undefined) await cli.write(options.stdin);
  await cli.closeStdin();
  const code = await cli.exit();
  return { code, stdout: cli.stdout.text(), stderr: cli.stderr.text() };
}

/** Options of {@linkcode runCliInProcess}: those of {@linkcode runCli} but the working directory. */
export type RunCliInProcessOptions = Omit<RunCliOptions, "cwd">;

/**
 * Runs `atlas-runner <args>` in this process, as `main.ts` would (the start-up
 * fast path, else the commander program), on in-memory streams and the
 * environment a subprocess of {@linkcode runCli} would get
 * ({@linkcode cliEnv}). Same result shape as {@linkcode runCli}; no
 * process exits. Commands resolve relative paths against this process's
 * directory, so a test of `cwd` needs {@linkcode runCli}.
 *
 * @param args The arguments.
 * @param options Environment and stdin.
 * @returns Exit code, stdout and stderr.
 */
export async function runCliInProcess(
  args: readonly string[],
  options: RunCliInProcessOptions = {},
): Promise<CliResult> {
  if ("cwd" in options) {
    throw new TypeError("runCliInProcess() cannot change directory: use runCli()");
  }
  const io = memoryIo(cliEnv(options), { stdin: options.stdin });
  const code = await runFast(args, io) ?? await runProgram(args, io);
  return { code, stdout: io.stdout.text(), stderr: io.stderr.text() };
}

/**
 * The environment for a CLI subprocess: ours, minus anything that would
 * change its behaviour (a socket variable, colours), plus `options.env`.
 *
 * @param options Variables to add and remove.
 * @returns The environment.
 */
export function cliEnv(options: RunCliOptions = {}): Record<string, string> {
  const env = Deno.env.toObject();
  for (
    const name of [
      "ATLAS_RUNNER_SOCKET",
      "ATLAS_RUNNER_CONFIG",
      "ATLAS_RUNNER_NAME",
      "NO_COLOR",
      "FORCE_COLOR",
      ...(options.unsetEnv ?? []),
    ]
  ) {
    delete env[name];
  }
  return { ...env, ...options.env };
}

/** A text sink that keeps what is written. */
export interface MemorySink extends TextSink {
  /** Everything written so far. */
  text(): string;
}

function memorySink(isTerminal: boolean): MemorySink {
  let buffer = "";
  return {
    isTerminal,
    write(text: string): Promise<void> {
      buffer += text;
      return Promise.resolve();
    },
    columns: () => undefined,
    text: () => buffer,
  };
}

/** In-memory streams for running the program in-process. */
export interface MemoryIo extends CliIo {
  /** Captured stdout. */
  readonly stdout: MemorySink;
  /** Captured stderr. */
  readonly stderr: MemorySink;
}

/**
 * Streams that capture output, a stdin (empty unless given), and the given
 * environment.
 *
 * @param env The environment variables visible to commands.
 * @param options `stdoutTerminal`: stdout claims to be a terminal; `stdin`:
 *   the text on stdin, which then ends (not a terminal either way).
 * @returns The io.
 */
export function memoryIo(
  env: Record<string, string> = {},
  options: { stdoutTerminal?: boolean; stdin?: string } = {},
): MemoryIo {
  const input = new TextEncoder().encode(options.stdin ?? "");
  return {
    stdout: memorySink(options.stdoutTerminal ?? false),
    stderr: memorySink(false),
    stdin: {
      readable: new ReadableStream({
        start(controller) {
          if (input.length > 0) controller.enqueue(input);
          controller.close();
        },
      }),
      isTerminal: false,
      setRaw: () => {},
    },
    env: (name) => env[name],
    interrupts: (): InterruptScope => ({
      signal: new AbortController().signal,
      [Symbol.dispose]() {},
    }),
  };
}

/** A CLI process still running, with its output collected line by line. */
export interface CliProcess extends AsyncDisposable {
  /** The process. */
  readonly process: ChildProcessHandle;
  /** Its stdout. */
  readonly stdout: LineCollector;
  /** Its stderr. */
  readonly stderr: LineCollector;
  /**
   * Writes text to its stdin.
   *
   * @param text The text.
   */
  write(text: string): Promise<void>;
  /** Closes its stdin (end of input). */
  closeStdin(): Promise<void>;
  /**
   * Waits for it to exit (after its output has been read to the end).
   *
   * @returns The exit code.
   */
  exit(): Promise<number>;
}

/**
 * Starts `atlas-runner <args>` (or, with `wrap`, a command that runs it,
 * such as `script` for a pseudo-terminal) and collects its output. On
 * dispose, a process still running is killed.
 *
 * @param args The CLI arguments.
 * @param options Environment and working directory; `wrap` turns the CLI's
 *   argv into the argv actually run.
 * @returns The running process.
 */
export function spawnCli(
  args: readonly string[],
  options: RunCliOptions & { wrap?: (argv: string[]) => string[] } = {},
): CliProcess {
  const argv = options.wrap ? options.wrap(cliCommand(args)) : cliCommand(args);
  const process = spawnChild(argv, {
    name: `atlas-runner ${args.join(" ")}`,
    env: cliEnv(options),
    clearEnv: true,
    cwd: options.cwd,
    stdin: "piped",
    disposeSignal: "SIGKILL",
  });
  return {
    process,
    stdout: process.stdout,
    stderr: process.stderr,
    write: (text) => process.write(text),
    closeStdin: () => process.closeStdin(),
    exit: async () => (await process.finished()).code,
    [Symbol.asyncDispose]: async () => void await process.stop(),
  };
}
