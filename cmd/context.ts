/**
 * What every client command shares: the injected io, the global
 * `-s/--server` and `--socket` options (given before or after the
 * subcommand), `--json`, connecting to the daemon (with the "no daemon"
 * error naming the server), and small helpers for interruptible waits.
 *
 * @module
 */
import type { Command } from "commander";
import { IpcClient } from "../lib/protocol/client.ts";
import { isIpcError } from "../lib/protocol/errors.ts";
import { dirname } from "node:path";
import {
  type EnvReader,
  fallbackSocketDirectory,
  instanceSocketDirectory,
  NAME_ENV,
  resolveInstanceSocket,
  SOCKET_ENV,
  socketDirectoryProblem,
} from "../lib/util/paths.ts";
import { CliError, EXIT_UNREACHABLE, unreachableError, usageError } from "./errors.ts";
import type { CliIo } from "./io.ts";

/** What the program gives each command. */
export interface CommandContext {
  /** The process's streams, environment and signals. */
  readonly io: CliIo;
  /** Whether `--debug` was given (read at action time). */
  debug(): boolean;
  /** The global `-s/--server` and `--socket` values (read at action time). */
  target(): TargetFlags;
}

/** The global options that pick the daemon, before or after the subcommand. */
export interface TargetFlags {
  /** `-s/--server NAME`. */
  server?: string;
  /** `--socket PATH`. */
  socket?: string;
}

/** The options every client command has. */
export interface ClientFlags extends TargetFlags {
  /** `--json`, where the command prints data. */
  json?: boolean;
}

/**
 * Adds the global `-s/--server NAME` and `--socket PATH` to the root
 * program. Commander recognises a root option after the subcommand too, so
 * both `atlas-runner -s lobby status` and `atlas-runner status -s lobby` work.
 *
 * @param program The root program.
 * @returns The same program, for chaining.
 */
export function targetOptions(program: Command): Command {
  return program
    .option("-s, --server <name>", `the named server's daemon (env ${NAME_ENV})`)
    .option("--socket <path>", `daemon socket (env ${SOCKET_ENV}; beats --server)`);
}

/**
 * Adds `--json` when the command prints data. (`--socket` and `--server`
 * are global: see {@linkcode targetOptions}.)
 *
 * @param command The subcommand.
 * @param options `json: true` to add `--json`.
 * @returns The same command, for chaining.
 */
export function clientOptions(command: Command, options: { json?: boolean } = {}): Command {
  if (options.json) command.option("--json", "print one JSON document on stdout");
  return command;
}

/** The daemon a client command talks to. */
export interface Target {
  /** The server's name, `null` for the unnamed one. */
  name: string | null;
  /** The socket path (absolute). */
  socketPath: string;
}

/**
 * The daemon to talk to: `--socket` > `--server` > `ATLAS_RUNNER_SOCKET` >
 * `ATLAS_RUNNER_NAME` > the default socket, the same rule the daemon uses.
 *
 * @param ctx The command context (global flags, environment).
 * @param flags The command's own flags (a `socket` or `server` there wins).
 * @returns The server's name and socket.
 * @throws {CliError} Exit code 2 for an invalid server name.
 */
export function resolveTarget(ctx: CommandContext, flags: TargetFlags = {}): Target {
  const global = ctx.target();
  try {
    const instance = resolveInstanceSocket({
      name: flags.server ?? global.server,
      socket: flags.socket ?? global.socket,
      env: (name) => ctx.io.env(name),
    });
    return { name: instance.name, socketPath: instance.socketPath };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw usageError(error.message, "see the servers on this machine with: atlas-runner list");
  }
}

/**
 * The socket path of {@linkcode resolveTarget}.
 *
 * @param ctx The command context.
 * @param flags The command's own flags.
 * @returns An absolute path.
 */
export function socketPath(ctx: CommandContext, flags: TargetFlags = {}): string {
  return resolveTarget(ctx, flags).socketPath;
}

/** A connected client and the socket it is connected to. */
export interface Connection extends AsyncDisposable {
  /** The client. */
  readonly client: IpcClient;
  /** The socket path, for messages. */
  readonly socketPath: string;
  /** The server's name, `null` for the unnamed one. */
  readonly name: string | null;
}

/**
 * How long `send` and `console` wait for a command's answer: the daemon gives
 * a command over RCON up to 60 s (a `save-all flush` of a big world, a
 * `/reload`), so the client waits a little longer than that.
 */
export const COMMAND_WAIT_MS = 65_000;

/**
 * Connects to the daemon. A connect failure becomes the "no daemon is
 * listening" error (exit code 3).
 *
 * @param ctx The command context.
 * @param flags The command's flags.
 * @returns The connection; dispose it (`await using`) to close.
 * @throws {CliError} Exit code 3 when nothing listens on the socket, 2 for a
 *   bad server name.
 */
export async function connect(ctx: CommandContext, flags: ClientFlags = {}): Promise<Connection> {
  const { name, socketPath: path } = resolveTarget(ctx, flags);
  await checkSocketDirectory(path, { env: (name) => ctx.io.env(name) });
  let client: IpcClient;
  try {
    client = await IpcClient.connect(path, { timeoutMs: 30_000 });
  } catch (error) {
    if (isIpcError(error) && error.code === "DAEMON_UNREACHABLE") {
      if (error.cause instanceof Deno.errors.PermissionDenied) {
        const what = name ? `server '${name}' at ${path}` : path;
        throw new CliError(`cannot connect to ${what}: permission denied`, {
          exitCode: EXIT_UNREACHABLE,
          hint: "the socket belongs to another user; use --socket to pick yours",
          cause: error,
        });
      }
      throw unreachableError(path, error, name);
    }
    throw error;
  }
  return {
    client,
    socketPath: path,
    name,
    async [Symbol.asyncDispose]() {
      await client.close();
    },
  };
}

/**
 * Refuses a socket in the shared fallback directory (`/tmp/atlas-runner-<uid>`)
 * or the named servers' folder (`$XDG_RUNTIME_DIR/atlas-runner`) unless that
 * directory is this user's own and private, as the daemon requires too:
 * whoever controls it could have put their own socket there.
 *
 * @param path The socket path.
 * @param options `fallback`: the fallback directory (tests pass their own);
 *   `env`: where to read `XDG_RUNTIME_DIR` (the command's injected environment).
 * @throws {CliError} Exit code 1 when the directory is not safe.
 */
export async function checkSocketDirectory(
  path: string,
  options: { fallback?: string; env?: EnvReader } = {},
): Promise<void> {
  const dir = dirname(path);
  const fallback = options.fallback ?? fallbackSocketDirectory();
  if (dir !== fallback && dir !== instanceSocketDirectory(options.env)) return;
  const problem = await socketDirectoryProblem(dir);
  if (problem === null) return;
  throw new CliError(`refusing to connect through ${dir}: ${problem}`, {
    hint: `a daemon creates it private to you; remove it (rm -r ${dir}) and restart the daemon, ` +
      "or set XDG_RUNTIME_DIR or --socket",
  });
}

/**
 * Waits `ms` milliseconds or until `signal` aborts, whichever comes first.
 * For pacing (a `--watch` refresh), never for synchronisation.
 *
 * @param ms The delay.
 * @param signal Cuts the wait short.
 */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

/**
 * A commander argument parser for whole numbers in a range.
 *
 * @param name The option's name, for the error.
 * @param min The smallest value accepted.
 * @param max The largest value accepted.
 * @returns The parser.
 */
export function integerIn(name: string, min: number, max: number): (value: string) => number {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw usageError(
        `${name} must be a whole number from ${min} to ${max}, not "${value}"`,
        `for example: ${name} ${Math.min(max, Math.max(min, 10))}`,
      );
    }
    return n;
  };
}

/**
 * A number for JSON from a uint64 field (a long.js `Long` or a number).
 * Sizes, counts and seconds in this protocol stay far below 2^53.
 *
 * @param value The decoded field.
 * @returns The value as a number.
 */
export function uint64ToNumber(value: number | { toString(): string } | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === "number" ? value : Number(value.toString());
}
