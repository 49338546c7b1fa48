/**
 * The one error family of Atlas Runner: {@linkcode IpcError} and its stable
 * string codes, which are the same strings a daemon puts on the wire in
 * `ErrorResponse.code`.
 *
 * @module
 */
import type { atlas } from "./gen/ipc.js";

/**
 * Codes a daemon sends in `ErrorResponse.code`. Stable: scripts and other
 * implementations match on them, so a code is never renamed or reused.
 */
export const WIRE_ERROR_CODES = [
  /** A frame's body is not a valid `Request` (answered with id 0). */
  "DECODE_ERROR",
  /** A frame's length is over the maximum (answered with id 0, then the connection closes). */
  "FRAME_TOO_LARGE",
  /** The request has no payload, or the handler does not implement it. */
  "UNKNOWN_REQUEST",
  /** The request is well formed but its values are not acceptable. */
  "VALIDATION",
  /** The connection sent requests faster than its rate limit allows. */
  "RATE_LIMITED",
  /** The daemon already has as many open connections as it accepts. */
  "TOO_MANY_CONNECTIONS",
  /** The connection already has as many log follows open as the daemon allows (16 by default). */
  "TOO_MANY_FOLLOWS",
  /** The operation needs a running game server and there is none. */
  "NOT_RUNNING",
  /** Another daemon already listens on the socket path. */
  "ALREADY_RUNNING",
  /** Another operation of the same kind is in progress (one backup at a time, …). */
  "BUSY",
  /** The named thing (a backup, a version) does not exist. */
  "NOT_FOUND",
  /** The daemon gave up waiting for something (the server's reply, a download). */
  "TIMEOUT",
  /** The operation was refused because of the daemon's state (shutting down, …). */
  "UNAVAILABLE",
  /** An operation failed in the daemon for a reason the message explains. */
  "FAILED",
  /** The peer does not implement the request (sent by other implementations). */
  "NOT_IMPLEMENTED",
  /** An unexpected failure inside the daemon. */
  "INTERNAL",
] as const;

/**
 * Codes that only ever arise on the local side of a connection and are never
 * sent on the wire.
 */
export const LOCAL_ERROR_CODES = [
  /** The connection closed (or was closed) before the answer arrived. */
  "CONNECTION_CLOSED",
  /** No daemon is listening on the socket path. */
  "DAEMON_UNREACHABLE",
  /** The peer answered with a payload that does not fit the request. */
  "UNEXPECTED_RESPONSE",
  /** The peer sent an error code this version does not know (see `remoteCode`). */
  "UNKNOWN_ERROR",
] as const;

/** A code sent in `ErrorResponse.code`. */
export type WireErrorCode = typeof WIRE_ERROR_CODES[number];
/** A code that never goes on the wire. */
export type LocalErrorCode = typeof LOCAL_ERROR_CODES[number];
/** Every code an {@linkcode IpcError} can carry. */
export type IpcErrorCode = WireErrorCode | LocalErrorCode;

const KNOWN_CODES: ReadonlySet<string> = new Set<string>([
  ...WIRE_ERROR_CODES,
  ...LOCAL_ERROR_CODES,
]);

/** Options of the {@linkcode IpcError} constructor. */
export interface IpcErrorOptions {
  /** A short suggestion of what the user can do about it. */
  hint?: string;
  /** Extra detail for the curious (sent as `ErrorResponse.details`). */
  details?: string;
  /** The underlying error; logged, never serialised. */
  cause?: unknown;
  /** The original code when a peer sent one this version does not know. */
  remoteCode?: string;
}

/**
 * An error of the Atlas Runner protocol, daemon or client, with a stable
 * upper-case `code`.
 *
 * @example Throwing and matching
 * ```ts
 * import { IpcError, isIpcError } from "./errors.ts";
 *
 * const err = new IpcError("NOT_FOUND", 'Backup "x" does not exist');
 * if (isIpcError(err) && err.code === "NOT_FOUND") {
 *   // handle it
 * }
 * ```
 */
export class IpcError extends Error {
  /** The stable code, one of {@linkcode IpcErrorCode}. */
  readonly code: IpcErrorCode;
  /** A short suggestion of what the user can do about it. */
  readonly hint?: string;
  /** Extra detail (the `details` of an `ErrorResponse`). */
  readonly details?: string;
  /** The original code when a peer sent one this version does not know. */
  readonly remoteCode?: string;

  /**
   * Creates an error with a code and a message.
   *
   * @param code The stable code.
   * @param message One sentence saying what went wrong.
   * @param options Hint, details and cause.
   */
  constructor(code: IpcErrorCode, message: string, options: IpcErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "IpcError";
    this.code = code;
    if (options.hint !== undefined) this.hint = options.hint;
    if (options.details !== undefined) this.details = options.details;
    if (options.remoteCode !== undefined) this.remoteCode = options.remoteCode;
  }

  /**
   * Normalises anything caught into an `IpcError`: an `IpcError` (even one
   * from another copy of this library) is returned as is, anything else
   * becomes `INTERNAL` with the original as `cause`.
   *
   * @param error Whatever was caught.
   * @returns An `IpcError`.
   */
  static from(error: unknown): IpcError {
    if (error instanceof IpcError) return error;
    if (isIpcError(error)) {
      const e = error as IpcError;
      return new IpcError(e.code, e.message, {
        hint: e.hint,
        details: e.details,
        remoteCode: e.remoteCode,
        cause: e,
      });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new IpcError("INTERNAL", message || "Internal error", { cause: error });
  }
}

/**
 * Tells whether a value is an {@linkcode IpcError}, checking `name` and
 * `code` rather than only `instanceof`, since a program may load two copies
 * of this library.
 *
 * @example Matching an error by code
 * ```ts
 * import { IpcError, isIpcError } from "@atlas/runner";
 * import assert from "node:assert/strict";
 *
 * const caught: unknown = new IpcError("TIMEOUT", "No answer within 30000 ms");
 * assert.ok(isIpcError(caught) && caught.code === "TIMEOUT");
 * assert.equal(isIpcError(new Error("x")), false);
 * ```
 *
 * @param error The value to check.
 * @returns `true` for an `IpcError`.
 */
export function isIpcError(error: unknown): error is IpcError {
  if (error instanceof IpcError) return true;
  if (typeof error !== "object" || error === null) return false;
  const e = error as { name?: unknown; code?: unknown };
  return e.name === "IpcError" && typeof e.code === "string" && KNOWN_CODES.has(e.code);
}

/**
 * Tells whether a code is sent on the wire.
 *
 * @param code The code to check.
 * @returns `true` for a {@linkcode WireErrorCode}.
 */
export function isWireErrorCode(code: string): code is WireErrorCode {
  return (WIRE_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * Turns an error into the `ErrorResponse` fields sent to a client. Local-only
 * codes become `INTERNAL`; the cause is never serialised. The hint, if any,
 * travels in `details` when there are no other details.
 *
 * @example Answering a failed request
 * ```ts
 * import { IpcError, toErrorResponse } from "@atlas/runner";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(toErrorResponse(new IpcError("BUSY", "A backup is running")), {
 *   code: "BUSY",
 *   message: "A backup is running",
 *   details: "",
 * });
 * assert.equal(toErrorResponse(new Error("boom")).code, "INTERNAL");
 * ```
 *
 * @param error Anything caught while handling a request.
 * @returns The `ErrorResponse` to send.
 */
export function toErrorResponse(error: unknown): atlas.ipc.ErrorResponse.$Properties {
  const e = IpcError.from(error);
  const code = isWireErrorCode(e.code) ? e.code : "INTERNAL";
  return { code, message: e.message, details: e.details ?? e.hint ?? "" };
}

/**
 * Turns a received `ErrorResponse` into an {@linkcode IpcError} with its
 * code, message and details. A code this version does not know becomes
 * `UNKNOWN_ERROR` with the original in `remoteCode`.
 *
 * @example Reading an answer's error
 * ```ts
 * import { fromErrorResponse } from "@atlas/runner";
 * import assert from "node:assert/strict";
 *
 * const error = fromErrorResponse({ code: "NOT_FOUND", message: "No such backup" });
 * assert.equal(error.code, "NOT_FOUND");
 * assert.equal(fromErrorResponse({ code: "SOMETHING_NEW" }).remoteCode, "SOMETHING_NEW");
 * ```
 *
 * @param response The received `ErrorResponse`.
 * @returns The matching `IpcError`.
 */
export function fromErrorResponse(response: atlas.ipc.ErrorResponse.$Properties): IpcError {
  const raw = response.code ?? "";
  const known = KNOWN_CODES.has(raw) && isWireErrorCode(raw);
  const details = response.details ? response.details : undefined;
  return new IpcError(
    known ? raw as WireErrorCode : "UNKNOWN_ERROR",
    response.message || raw || "The daemon reported an error",
    { details, remoteCode: known ? undefined : raw },
  );
}
