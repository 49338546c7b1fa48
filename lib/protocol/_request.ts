/**
 * The small parts of serving a request: the handler's context, tests on a
 * handler's result, request ids as keys, and the errors a session answers
 * by itself. Private to `lib/protocol`.
 *
 * @module
 */
import { IpcError } from "./errors.ts";
import type { HandlerContext } from "./handler.ts";
import { idToBigInt, type WireId } from "./messages.ts";
import { unknownPayloadField } from "./_server_codec.ts";

/** The context handed to a handler; the bigint id is computed on demand. */
export class RequestContext implements HandlerContext {
  readonly #id: WireId;
  readonly connectionId: number;
  readonly signal: AbortSignal;
  readonly peerEnded: AbortSignal;

  constructor(id: WireId, connectionId: number, signals: [AbortSignal, AbortSignal]) {
    this.#id = id;
    this.connectionId = connectionId;
    [this.signal, this.peerEnded] = signals;
  }

  get requestId(): bigint {
    return idToBigInt(this.#id);
  }
}

export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && typeof value === "object" &&
    typeof (value as PromiseLike<unknown>).then === "function";
}

export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return value !== null && typeof value === "object" &&
    typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";
}

export function tooManyFollows(max: number): IpcError {
  return new IpcError("TOO_MANY_FOLLOWS", `This connection already follows the log ${max} times`, {
    hint: "End a follow on this connection, or follow on another connection",
  });
}

/** The answer to a request with no payload this version knows. */
export function unknownRequest(body: Uint8Array): IpcError {
  const field = unknownPayloadField(body);
  if (field === null) return new IpcError("UNKNOWN_REQUEST", "Request has no payload");
  return new IpcError(
    "UNKNOWN_REQUEST",
    `The request type (field ${field}) is not known to this daemon`,
    { hint: "Update the daemon, or send only requests this daemon version supports" },
  );
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The id of answers that concern no request (a frame that could not be read). */
export const ZERO_ID = 0;

/** A request id as a map key: a number below 2^32, else `"high:low"`. */
export type IdKey = number | string;

export function keyOf(id: WireId): IdKey {
  if (typeof id === "number") return id;
  return id.high === 0 ? id.low >>> 0 : `${id.high >>> 0}:${id.low >>> 0}`;
}

export function sleep(ms: number): { promise: Promise<void>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<void>((resolve) => timer = setTimeout(resolve, ms));
  return { promise, cancel: () => clearTimeout(timer) };
}
