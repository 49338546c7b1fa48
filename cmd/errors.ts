/**
 * Exit codes and the one place errors become text for people:
 * {@linkcode formatUserError} writes `error: <one sentence>` and
 * `hint: <what to do>` (a stack trace only with `--debug`).
 *
 * Exit codes: 0 success; 1 the operation failed (the daemon said
 * `success=false` or answered an `ErrorResponse`); 2 usage error (bad flags,
 * bad input, a confirmation refused); 3 no daemon reachable.
 *
 * @module
 */
import { isIpcError } from "../lib/protocol/errors.ts";

/** A process exit code of the command line. */
export type ExitCode = 0 | 1 | 2 | 3;

/** Success. */
export const EXIT_OK: ExitCode = 0;
/** The operation failed. */
export const EXIT_FAILED: ExitCode = 1;
/** The command line was wrong. */
export const EXIT_USAGE: ExitCode = 2;
/** No daemon could be reached. */
export const EXIT_UNREACHABLE: ExitCode = 3;

/** Options of {@linkcode CliError}. */
export interface CliErrorOptions {
  /** The exit code. @default 1 */
  exitCode?: ExitCode;
  /** What the user can do about it. */
  hint?: string;
  /** The underlying error (shown only with `--debug`). */
  cause?: unknown;
}

/** An error the command line reports to the user as is. */
export class CliError extends Error {
  /** The process exit code this error maps to. */
  readonly exitCode: ExitCode;
  /** What the user can do about it. */
  readonly hint?: string;

  /**
   * @param message One sentence, lower-case first, no final period.
   * @param options Exit code, hint and cause.
   */
  constructor(message: string, options: CliErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CliError";
    this.exitCode = options.exitCode ?? EXIT_FAILED;
    if (options.hint !== undefined) this.hint = options.hint;
  }
}

/**
 * A usage error (exit code 2).
 *
 * @param message What is wrong with the command line.
 * @param hint What to type instead.
 * @returns The error, to throw.
 */
export function usageError(message: string, hint?: string): CliError {
  return new CliError(message, { exitCode: EXIT_USAGE, hint });
}

/**
 * The error for "nothing listens on the socket" (exit code 3).
 *
 * @param socketPath The path that was tried.
 * @param cause The connect error.
 * @param name The named server it was for (`null` or absent: the unnamed one).
 * @returns The error, to throw.
 */
export function unreachableError(
  socketPath: string,
  cause?: unknown,
  name?: string | null,
): CliError {
  if (name) {
    return new CliError(`no daemon for server '${name}' is listening on ${socketPath}`, {
      exitCode: EXIT_UNREACHABLE,
      hint: `start it with: atlas-runner daemon --name ${name} (see all with: atlas-runner list)`,
      cause,
    });
  }
  return new CliError(`no daemon is listening on ${socketPath}`, {
    exitCode: EXIT_UNREACHABLE,
    hint: "start one with: atlas-runner daemon",
    cause,
  });
}

/** A commander parse error, recognised by shape (commander's own class). */
interface CommanderErrorLike {
  code: string;
  exitCode: number;
  message: string;
}

/**
 * Tells whether an error comes from commander's parser.
 *
 * @param error Anything caught.
 * @returns `true` for a commander error (`code` starting with `commander.`).
 */
export function isCommanderError(error: unknown): error is CommanderErrorLike {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("commander.");
}

/**
 * The exit code for an error that ended a command.
 *
 * @param error Anything caught.
 * @returns 0 for help and version output, 2 for usage errors, 3 when no
 *   daemon is reachable, otherwise 1.
 */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof CliError) return error.exitCode;
  if (isCommanderError(error)) {
    return error.code === "commander.helpDisplayed" || error.code === "commander.version"
      ? EXIT_OK
      : EXIT_USAGE;
  }
  if (isIpcError(error) && error.code === "DAEMON_UNREACHABLE") return EXIT_UNREACHABLE;
  return EXIT_FAILED;
}

/** Hints for daemon error codes whose message does not say what to do. */
const CODE_HINTS: Readonly<Record<string, string>> = {
  NOT_RUNNING: "start the server with: atlas-runner start",
  BUSY: "wait for the other operation to finish, then try again",
  RATE_LIMITED: "slow down: the daemon limits requests per connection",
  TOO_MANY_CONNECTIONS: "close other clients of the daemon, then try again",
  TOO_MANY_FOLLOWS: "end a log follow on this connection, or follow on a new connection",
  TIMEOUT: "it may still be in progress; check with: atlas-runner status",
  CONNECTION_CLOSED: "the daemon may have stopped; check with: atlas-runner ping",
  UNAVAILABLE: "the daemon is busy or shutting down; try again shortly",
  NOT_FOUND: "list what exists with: atlas-runner backup list",
  VALIDATION: "check the value and try again",
};

/** Options of {@linkcode formatUserError}. */
export interface FormatErrorOptions {
  /** Add the error code, details and stack traces. @default false */
  debug?: boolean;
  /** A hint to use when the error carries none (e.g. "see --help"). */
  fallbackHint?: string;
}

/**
 * Turns an error into the text shown on stderr: `error: …` and, when there
 * is one, `hint: …`, each on its own line. With `debug`, the error code,
 * details and stack traces (with causes) follow.
 *
 * @param error Anything caught.
 * @param options Debug output and a fallback hint.
 * @returns The text, ending with a newline.
 */
export function formatUserError(error: unknown, options: FormatErrorOptions = {}): string {
  const { message, hint, code, details } = describe(error);
  const lines = [`error: ${sentence(message)}`];
  const chosenHint = hint ?? options.fallbackHint;
  if (chosenHint) lines.push(`hint: ${sentence(chosenHint)}`);
  if (options.debug) {
    if (code) lines.push(`code: ${code}`);
    if (details && details !== hint) lines.push(`details: ${details}`);
    let current: unknown = error;
    for (let depth = 0; current instanceof Error && depth < 5; depth++) {
      if (current.stack) lines.push(depth === 0 ? current.stack : `caused by: ${current.stack}`);
      current = current.cause;
    }
  }
  return lines.join("\n") + "\n";
}

interface Described {
  message: string;
  hint?: string;
  code?: string;
  details?: string;
}

function describe(error: unknown): Described {
  if (error instanceof CliError) return { message: error.message, hint: error.hint };
  if (isCommanderError(error)) return describeCommander(error);
  if (isIpcError(error)) {
    // Daemons often repeat the message's detail in `details`: a hint that
    // adds nothing gives way to the code's generic one.
    const details = error.details && !error.message.includes(error.details)
      ? error.details
      : undefined;
    return {
      message: error.message,
      hint: error.hint ?? details ?? CODE_HINTS[error.code],
      code: error.remoteCode ?? error.code,
      details: error.details,
    };
  }
  if (error instanceof Error) {
    return { message: error.message, hint: "run it again with --debug for the details" };
  }
  return { message: String(error) };
}

/** Commander's messages read `error: unknown option '--x'\n(Did you mean --y?)`. */
function describeCommander(error: CommanderErrorLike): Described {
  const [first, ...rest] = error.message.split("\n");
  const message = first.replace(/^error:\s*/, "");
  // `command-argument value 'tcsh' is invalid for argument 'shell'. Allowed choices are a, b.`
  const choice = message.match(
    /^command-argument value '(.*)' is invalid for argument '(.*)'\. Allowed choices are (.*)\.$/,
  );
  if (choice) {
    const choices = choice[3].split(", ");
    const listed = choices.length > 1
      ? `${choices.slice(0, -1).join(", ")} or ${choices.at(-1)}`
      : choices.join("");
    return { message: `unknown ${choice[2]} "${choice[1]}": choose ${listed}` };
  }
  const suggestion = rest.join(" ").match(/\(Did you mean (.+)\?\)/);
  return { message, hint: suggestion ? `did you mean ${suggestion[1]}?` : undefined };
}

/**
 * One sentence in the command line's style: lower-case first letter (unless
 * the first word is an acronym such as `RCON`), no final period.
 */
function sentence(message: string): string {
  let text = message.trim().replace(/\.$/, "");
  if (/^[A-Z][a-z]/.test(text)) text = text[0].toLowerCase() + text.slice(1);
  return text || "unknown error";
}
