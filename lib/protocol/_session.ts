/**
 * One accepted connection of an {@linkcode IpcServer}: decodes requests,
 * dispatches them to the handler concurrently, streams `getLogs`, applies
 * the rate limit and the idle timeout. Private to `lib/protocol`.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import type { FrameConnection } from "./connection.ts";
import { IpcError, isIpcError, toErrorResponse } from "./errors.ts";
import type { HandlerContext, RequestHandler } from "./handler.ts";
import { atlas, idToBigInt, type RequestName, type WireId } from "./messages.ts";
import { type RateLimit, TokenBucket } from "./rate_limit.ts";
import { validateConfigJson, validateConsoleCommand } from "./validate.ts";
import { RESPONSE_ENCODERS } from "./_server_codec.ts";

const logger = getLogger(["atlas-runner", "protocol", "server"]);
const { Request } = atlas.ipc;

/** Counters a server keeps; sessions add to them. */
export interface Counters {
  connectionsAccepted: number;
  connectionsRejected: number;
  requests: number;
  responses: number;
  errors: number;
}

/** What a session needs from its server. */
export interface SessionHost {
  readonly handler: RequestHandler;
  readonly counters: Counters;
  readonly rateLimit: RateLimit | undefined;
  readonly idleTimeoutMs: number;
  readonly maxFrameBytes: number;
  /** Set when the server starts closing: new requests get `UNAVAILABLE`. */
  readonly closing: boolean;
}

type Payload = Record<string, unknown>;
type Method = (request: unknown, context: HandlerContext) => unknown;

/** The context handed to a handler; the bigint id is computed on demand. */
class RequestContext implements HandlerContext {
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

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && typeof value === "object" &&
    typeof (value as PromiseLike<unknown>).then === "function";
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Payload> {
  return value !== null && typeof value === "object" &&
    typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const ZERO_ID = 0;

/**
 * Serves one connection.
 *
 * @internal
 */
export class Session {
  /** A number identifying the connection within its server (for logs). */
  readonly id: number;
  readonly #conn: FrameConnection;
  readonly #host: SessionHost;
  readonly #handler: RequestHandler;
  readonly #bucket: TokenBucket | null;
  /** Fires when the connection closes: every handler's signal. */
  readonly #closed = new AbortController();
  /** Fires when streams must end (peer EOF, server closing, close). */
  readonly #streamsEnd = new AbortController();
  /** The two signals, read once: `AbortController.signal` is a getter call. */
  readonly #closedSignal = this.#closed.signal;
  readonly #streamsEndSignal = this.#streamsEnd.signal;
  #stopStreams: Promise<void>;
  #inFlight = 0;
  #lastActive = Date.now();
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #idleWaiters: (() => void)[] = [];

  /**
   * @param id The connection's number.
   * @param conn The framed connection, owned by the session from now on.
   * @param host The server's shared state.
   */
  constructor(id: number, conn: FrameConnection, host: SessionHost) {
    this.id = id;
    this.#conn = conn;
    this.#host = host;
    this.#handler = host.handler;
    this.#bucket = host.rateLimit ? new TokenBucket(host.rateLimit) : null;
    const ended = this.#streamsEnd.signal;
    this.#stopStreams = new Promise((resolve) => ended.addEventListener("abort", () => resolve()));
  }

  /** Bytes read from and written to this connection. */
  get bytes(): { in: number; out: number } {
    return { in: this.#conn.bytesIn, out: this.#conn.bytesOut };
  }

  /**
   * Serves the connection until the peer leaves or {@linkcode Session.close}.
   *
   * @returns Resolves once the connection is closed.
   */
  async run(): Promise<void> {
    this.#armIdle(this.#host.idleTimeoutMs);
    try {
      await this.#conn.readFrames(this.#onFrames);
      // The peer finished sending: end streams, answer what is in flight.
      this.stopStreams();
      await this.whenIdle();
      await this.#conn.flush();
    } catch (error) {
      if (isIpcError(error) && error.code === "FRAME_TOO_LARGE") {
        logger.warn("Closing connection {connId}: {message}", {
          connId: this.id,
          message: error.message,
        });
        this.#sendError(ZERO_ID, error);
        await this.#conn.flush();
      } else if (isIpcError(error)) {
        logger.debug("Connection {connId} ended: {message}", {
          connId: this.id,
          message: error.message,
        });
      } else {
        logger.warn("Connection {connId} failed: {error}", { connId: this.id, error });
      }
    } finally {
      this.close();
    }
  }

  /** Ends every stream of this connection (each gets its final eof frame). */
  stopStreams(): void {
    this.#streamsEnd.abort(new IpcError("UNAVAILABLE", "The stream was ended"));
  }

  /**
   * Waits until nothing is in flight (or the connection is closed).
   *
   * @returns Resolves when idle.
   */
  whenIdle(): Promise<void> {
    if (this.#inFlight === 0 || this.#closed.signal.aborted) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /**
   * Waits until every queued response has been written.
   *
   * @returns Resolves when written or closed.
   */
  flush(): Promise<void> {
    return this.#conn.flush();
  }

  /** Closes the connection and fires every handler's signal. Idempotent. */
  close(): void {
    if (this.#closed.signal.aborted) return;
    clearTimeout(this.#idleTimer);
    this.#conn.close();
    this.stopStreams();
    this.#closed.abort(new IpcError("CONNECTION_CLOSED", "The connection closed"));
    this.#wakeIdle();
  }

  readonly #onFrames = (bodies: Uint8Array[]): void => {
    this.#lastActive = Date.now();
    for (let i = 0; i < bodies.length; i++) this.#handle(bodies[i]);
  };

  #handle(body: Uint8Array): void {
    this.#host.counters.requests++;
    let request: atlas.ipc.Request;
    try {
      request = Request.decode(body);
    } catch (error) {
      this.#sendError(
        ZERO_ID,
        new IpcError("DECODE_ERROR", `Cannot decode Request: ${errorMessage(error)}`),
      );
      return;
    }
    const id = request.id;
    const name = request.payload;
    if (this.#host.closing) {
      this.#sendError(id, new IpcError("UNAVAILABLE", "The daemon is shutting down"));
    } else if (this.#bucket !== null && !this.#bucket.take()) {
      this.#sendError(id, new IpcError("RATE_LIMITED", "Too many requests on this connection"));
    } else if (name === undefined) {
      this.#sendError(id, new IpcError("UNKNOWN_REQUEST", "Request has no payload"));
    } else {
      this.#dispatch(id, name, request[name] as Payload);
    }
  }

  #dispatch(id: WireId, name: RequestName, payload: Payload): void {
    const method = this.#handler[name] as Method | undefined;
    if (typeof method !== "function") {
      this.#sendError(id, new IpcError("UNKNOWN_REQUEST", `Request "${name}" is not supported`));
      return;
    }
    let result: unknown;
    try {
      if (name === "sendCommand") validateConsoleCommand(String(payload.command ?? ""));
      else if (name === "setConfig") validateConfigJson(String(payload.configJson ?? ""));
      const signal = name === "getLogs" ? this.#streamsEndSignal : this.#closedSignal;
      const context = new RequestContext(id, this.id, [signal, this.#streamsEndSignal]);
      result = method.call(this.#handler, payload, context);
    } catch (error) {
      this.#sendError(id, error);
      return;
    }
    this.#settle(id, name, result);
  }

  #settle(id: WireId, name: RequestName, result: unknown): void {
    if (isThenable(result)) {
      this.#inFlight++;
      result.then(
        (value) => {
          this.#settle(id, name, value);
          this.#done();
        },
        (error) => {
          this.#sendError(id, error);
          this.#done();
        },
      );
    } else if (name === "getLogs" && isAsyncIterable(result)) {
      this.#inFlight++;
      this.#stream(id, result).finally(() => this.#done());
    } else {
      this.#sendResponse(id, name, (result ?? {}) as Payload);
    }
  }

  async #stream(id: WireId, iterable: AsyncIterable<Payload>): Promise<void> {
    const iterator = iterable[Symbol.asyncIterator]();
    let finished = false;
    let eofSent = false;
    try {
      while (!this.#streamsEnd.signal.aborted) {
        const next = iterator.next();
        const step = await Promise.race([next, this.#stopStreams]);
        if (step === undefined) {
          // Ended from our side while the handler was waiting: do not leave
          // its pending step unobserved.
          next.catch((error) => logger.debug("Stream step failed: {error}", { error }));
          break;
        }
        if (step.done) {
          finished = true;
          break;
        }
        const item = step.value ?? {};
        this.#sendResponse(id, "getLogs", item);
        if (item.eof === true) {
          eofSent = true;
          break;
        }
        await this.#conn.drained();
        if (this.#conn.closed) break;
      }
    } catch (error) {
      finished = true;
      eofSent = true;
      this.#sendError(id, error);
    }
    if (!eofSent) this.#sendResponse(id, "getLogs", { eof: true });
    if (!finished) {
      // Tell the handler's generator to run its cleanup; it may be waiting.
      Promise.resolve(iterator.return?.()).catch((error) =>
        logger.debug("Stream cleanup failed: {error}", { error })
      );
    }
  }

  #sendResponse(id: WireId, name: RequestName, value: Payload): void {
    try {
      this.#conn.sendEncoded(RESPONSE_ENCODERS[name], id, value);
    } catch (error) {
      this.#sendError(
        id,
        isIpcError(error) && error.code === "FRAME_TOO_LARGE"
          ? new IpcError("FRAME_TOO_LARGE", `Response to ${name} is too large: ${error.message}`, {
            hint: "Ask for less (fewer log lines)",
          })
          : new IpcError("INTERNAL", `Cannot encode the ${name} response`, { cause: error }),
      );
      return;
    }
    this.#host.counters.responses++;
  }

  #sendError(id: WireId, error: unknown): void {
    const response = toErrorResponse(error);
    if (response.code === "INTERNAL") {
      logger.error("Request failed on connection {connId}: {error}", { connId: this.id, error });
    }
    try {
      this.#conn.sendEncoded(RESPONSE_ENCODERS.error, id, response);
    } catch (failure) {
      logger.error("Cannot send an error response on connection {connId}: {failure}", {
        connId: this.id,
        failure,
      });
      return;
    }
    this.#host.counters.responses++;
    this.#host.counters.errors++;
  }

  #done(): void {
    if (--this.#inFlight === 0) {
      this.#lastActive = Date.now();
      this.#wakeIdle();
    }
  }

  #wakeIdle(): void {
    const waiters = this.#idleWaiters;
    if (waiters.length === 0) return;
    this.#idleWaiters = [];
    for (const wake of waiters) wake();
  }

  /** Idle time counts only while nothing is in flight (a follow is never cut). */
  #armIdle(delay: number): void {
    if (!(this.#host.idleTimeoutMs > 0) || !Number.isFinite(this.#host.idleTimeoutMs)) return;
    this.#idleTimer = setTimeout(this.#checkIdle, delay);
  }

  readonly #checkIdle = (): void => {
    const limit = this.#host.idleTimeoutMs;
    if (this.#inFlight > 0) {
      this.#armIdle(limit);
      return;
    }
    const idleFor = Date.now() - this.#lastActive;
    if (idleFor >= limit) {
      logger.debug("Closing idle connection {connId}", { connId: this.id });
      this.close();
    } else {
      this.#armIdle(limit - idleFor);
    }
  };
}
