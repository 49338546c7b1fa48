/**
 * One connection of an `IpcClient`: its frame connection, its requests in
 * flight by id, and the task reading answers. Private to `lib/protocol`.
 *
 * @module
 */
import { warn } from "./_warn.ts";
import { FrameConnection, type ReadGate } from "./connection.ts";
import { idKey, Pending, PendingTable } from "./_pending.ts";
import { fromErrorResponse, IpcError, isIpcError } from "./errors.ts";
import { atlas, type RequestName } from "./messages.ts";

const { Request, Response } = atlas.ipc;

/**
 * Marks the `CONNECTION_CLOSED` errors of requests whose connection was lost
 * (the peer went away), as opposed to closed by the client itself: only
 * those may be retried on a new connection.
 */
export const LOST: unique symbol = Symbol("atlas-runner.connection-lost");

/** Whether `error` is the failure of a request whose connection was lost. */
export function isLost(error: unknown): boolean {
  return isIpcError(error) && (error as { [LOST]?: boolean })[LOST] === true;
}

/**
 * The error of requests in flight when a connection ends.
 *
 * @param message What happened.
 * @param lost True when the peer went away (not a local `close()`).
 * @param cause The underlying error, if any.
 */
export function closedError(
  message = "The connection to the daemon closed",
  lost = false,
  cause?: unknown,
): IpcError {
  const error = new IpcError("CONNECTION_CLOSED", message, cause === undefined ? {} : { cause });
  if (lost) Object.defineProperty(error, LOST, { value: true });
  return error;
}

/** One request's callbacks and limits. */
export interface Call {
  /** Called with each response payload; returns true when the request is complete. */
  onResponse(payload: unknown): boolean;
  /** Called once with the request's failure. */
  onError(error: unknown): void;
  /** How long it may take (ms); undefined for no limit. */
  timeoutMs: number | undefined;
  /** Aborts it. */
  signal: AbortSignal | undefined;
  /** Hands `onResponse` the whole `Response`, error answers included (no `onError` for them). */
  raw?: boolean;
}

/** A connected socket with its requests in flight, matched by id. */
export class Channel {
  readonly #conn: FrameConnection;
  readonly #pending = new PendingTable();
  readonly #reading: Promise<void>;
  #nextId = 1;
  #closed = false;
  #closing = false;
  /** A connection-level error the server sent with id 0 (e.g. `TOO_MANY_CONNECTIONS`). */
  #fatal: IpcError | null = null;

  constructor(conn: Deno.Conn, maxFrameBytes: number) {
    this.#conn = new FrameConnection(conn, { maxFrameBytes });
    this.#reading = this.#read();
  }

  /** Whether the connection is closed (locally or lost). */
  get closed(): boolean {
    return this.#closed;
  }

  /** Resolves when the connection has ended and every request has failed. */
  get ended(): Promise<void> {
    return this.#reading;
  }

  /** Closes the connection; requests in flight fail with `CONNECTION_CLOSED`. */
  async close(): Promise<void> {
    this.#closing = true;
    this.#conn.close();
    await this.#reading;
  }

  /**
   * Sends a request; its answers go to `call`. Never throws: every failure
   * (closed connection, unencodable payload, abort) goes to `call.onError`.
   */
  start(name: RequestName, payload: object, call: Call): void {
    if (this.#closed) return call.onError(this.#fatal ?? closedError(undefined, !this.#closing));
    const signal = call.signal;
    if (signal?.aborted) return call.onError(signal.reason);
    const id = this.#nextId++;
    try {
      this.#conn.sendMessage(Request, { id, [name]: payload });
    } catch (error) {
      return call.onError(
        isIpcError(error)
          ? error
          : new TypeError(`Invalid ${name} request: ${(error as Error).message}`, { cause: error }),
      );
    }
    const timeoutMs = call.timeoutMs;
    const deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
    const pending = new Pending(name, deadline, timeoutMs ?? 0, call.onResponse, call.onError);
    if (call.raw === true) pending.raw = true;
    this.#pending.add(id, pending);
    if (signal !== undefined) {
      pending.signal = signal;
      pending.abort = () => this.#pending.fail(id, signal.reason);
      signal.addEventListener("abort", pending.abort, { once: true });
    }
  }

  async #read(): Promise<void> {
    let failure: unknown = null;
    try {
      await this.#conn.readFrames(this.#onFrames);
    } catch (error) {
      failure = error;
    }
    this.#closed = true;
    this.#conn.close();
    const lost = !this.#closing;
    this.#pending.close(
      this.#fatal ??
        (isIpcError(failure)
          ? closedError(`The connection closed: ${failure.message}`, lost, failure)
          : closedError(undefined, lost)),
    );
  }

  /**
   * Sets a gate consulted before each read of the socket: while it returns
   * a promise, nothing more is read (the daemon's output then backs up).
   */
  setReadGate(gate: ReadGate | null): void {
    this.#conn.setReadGate(gate);
  }

  readonly #onFrames = (bodies: Uint8Array[], from: number, to: number): number => {
    for (let i = from; i < to; i++) this.#onFrame(bodies[i]);
    return to;
  };

  /**
   * An error the server sent with id 0. Only the codes after which a server
   * closes the connection become the reason every request fails; any other
   * (`DECODE_ERROR` for a frame it could not read) concerns one frame only.
   */
  #connectionError(error: IpcError): void {
    if (error.code === "TOO_MANY_CONNECTIONS" || error.code === "FRAME_TOO_LARGE") {
      this.#fatal = error;
    } else {
      warn("client", "The daemon could not read a request: {message}", { message: error.message });
    }
  }

  #onFrame(body: Uint8Array): void {
    let response: atlas.ipc.Response;
    try {
      response = Response.decode(body);
    } catch (error) {
      // A body we cannot read: its id is unknown, so no request can fail
      // for it. Ending the connection would lose every other answer.
      warn("client", "Ignoring a response that does not decode: {error}", { error });
      return;
    }
    const key = idKey(response.id);
    const pending = key > 0 ? this.#pending.get(key) : undefined;
    const name = response.payload;
    if (pending === undefined) {
      if (key === 0 && name === "error") this.#connectionError(fromErrorResponse(response.error!));
      return;
    }
    let error: unknown = null;
    let done = true;
    if (pending.raw) done = pending.onResponse(response);
    else if (name === "error") error = fromErrorResponse(response.error!);
    else if (name !== pending.expect) {
      error = new IpcError(
        "UNEXPECTED_RESPONSE",
        `Expected a ${pending.expect} response, got ${name ?? "no payload"}`,
      );
    } else done = pending.onResponse(response[name]);
    if (error !== null) {
      this.#pending.fail(key, error);
    } else if (done) {
      this.#pending.complete(key, pending);
    }
  }
}
