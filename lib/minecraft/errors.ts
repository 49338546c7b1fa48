/**
 * The error of the Minecraft wire clients (RCON, Server List Ping). These
 * formats are shared by the daemon and the demo and know nothing of the
 * daemon's protocol: the daemon maps a {@linkcode MinecraftError} to its own
 * error codes where it calls them (`lib/daemon/minecraft_error.ts`).
 *
 * @module
 */

/**
 * What went wrong talking to a game server:
 * - `CONNECTION_CLOSED`: nothing listens, or the server dropped the connection;
 * - `TIMEOUT`: the server did not answer in time;
 * - `AUTH_FAILED`: RCON refused the password, or the client is not logged in;
 * - `INVALID_COMMAND`: an RCON command too long or containing NUL (never sent);
 * - `MALFORMED`: the server sent something that is not the protocol.
 */
export type MinecraftErrorCode =
  | "CONNECTION_CLOSED"
  | "TIMEOUT"
  | "AUTH_FAILED"
  | "INVALID_COMMAND"
  | "MALFORMED";

/** Options of the {@linkcode MinecraftError} constructor. */
export interface MinecraftErrorOptions {
  /** A short suggestion of what the user can do about it. */
  hint?: string;
  /** Extra detail (a limit, a deadline). */
  details?: string;
  /** The underlying error. */
  cause?: unknown;
}

/** A failure of an RCON or Server List Ping exchange, with a stable `code`. */
export class MinecraftError extends Error {
  /** What kind of failure it is. */
  readonly code: MinecraftErrorCode;
  /** A short suggestion of what the user can do about it. */
  readonly hint?: string;
  /** Extra detail (a limit, a deadline). */
  readonly details?: string;

  /**
   * Creates an error with a code and a message.
   *
   * @param code What kind of failure it is.
   * @param message One sentence saying what went wrong.
   * @param options Hint, details and cause.
   */
  constructor(code: MinecraftErrorCode, message: string, options: MinecraftErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "MinecraftError";
    this.code = code;
    if (options.hint !== undefined) this.hint = options.hint;
    if (options.details !== undefined) this.details = options.details;
  }
}
