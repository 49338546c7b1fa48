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
import {
  errorMessage,
  type IdKey,
  isAsyncIterable,
  isThenable,
  keyOf,
  RequestContext,
  sleep,
  tooManyFollows,
  unknownRequest,
  ZERO_ID,
} from "./_request.ts";
import { type RateLimit, TokenBucket } from "./rate_limit.ts";
import { validateConfigJson, validateConsoleCommand } from "./validate.ts";
import { RESPONSE_ENCODERS } from "./_server_codec.ts";
import { pumpStream, type StreamItem, type StreamOutput } from "./_stream.ts";

const logger = getLogger(["atlas-runner", "protocol", "server"]);
const { Request } = atlas.ipc;

/** Counters a server keeps; sessions add to them. */
export interface Counters {
  connectionsAccepted: number;
  connectionsRejected: number;
  requests: number;
  responses: number;
  errors: number;
  /** Dispatched requests by payload name (every name present from the start: a fixed shape). */
  requestsByType: Record<RequestName, number>;
  /** Error responses by code (rare: keys added as they occur). */
  errorsByCode: Record<string, number>;
  /** Streams (log follows) open now, and begun in total. */
  streamsOpen: number;
  streamsStarted: number;
}

/** What a session needs from its server. */
export interface SessionHost {
  readonly handler: RequestHandler;
  readonly counters: Counters;
  readonly rateLimit: RateLimit | undefined;
  readonly idleTimeoutMs: number;
  readonly maxFrameBytes: number;
  /** Unsent output above which a connection's reading pauses (resumes at half). */
  readonly outputHighWaterBytes: number;
  /** Requests of one connection in flight at which its reading pauses. */
  readonly maxRequestsInFlight: number;
  /** Follows one connection may have open at once. */
  readonly maxFollowsPerConnection: number;
  /** The most line bytes in one frame of a stream. */
  readonly streamBatchBytes: number;
  /** How long a connection being closed for an error may take to send that error. */
  readonly closeGraceMs: number;
  /** Set when the server starts closing: new requests get `UNAVAILABLE`. */
  readonly closing: boolean;
}

type Payload = Record<string, unknown>;
type Method = (request: unknown, context: HandlerContext) => unknown;

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
  /** Ids of the requests in flight (async answers and streams). */
  readonly #ids = new Set<IdKey>();
  #follows = 0;
  #inFlight = 0;
  /** Woken when a request in flight completes (reading waits for one). */
  #roomWaiter: (() => void) | null = null;
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
    conn.setReadGate(this.#readGate);
  }

  /** Bytes read from and written to this connection. */
  get bytes(): { in: number; out: number; unsent: number } {
    return { in: this.#conn.bytesIn, out: this.#conn.bytesOut, unsent: this.#conn.unsentBytes };
  }

  /** Whether reading this connection waits now (see `FrameConnection.readPaused`). */
  get readPaused(): boolean {
    return this.#conn.readPaused;
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
      await this.#finishRequests();
    } catch (error) {
      if (isIpcError(error) && error.code === "FRAME_TOO_LARGE") {
        logger.warn("Closing connection {connId}: {message}", {
          connId: this.id,
          message: error.message,
        });
        this.#sendError(ZERO_ID, error);
        // A peer that does not read must not hold the connection open.
        const grace = sleep(this.#host.closeGraceMs);
        await Promise.race([this.#conn.flush(), grace.promise]);
        grace.cancel();
      } else if (isIpcError(error)) {
        logger.debug("Connection {connId} ended: {message}", {
          connId: this.id,
          message: error.message,
        });
        // Ended inside a frame: the requests before it still get answers.
        if (error.code === "DECODE_ERROR") await this.#finishRequests();
      } else {
        logger.warn("Connection {connId} failed: {error}", { connId: this.id, error });
      }
    } finally {
      this.close();
    }
  }

  /** The peer finished sending: ends streams, answers what is in flight. */
  async #finishRequests(): Promise<void> {
    this.stopStreams();
    await this.whenIdle();
    await this.#conn.flush();
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
    this.#wakeRoom();
  }

  /** Handles frames until the read gate would close (at least one). */
  readonly #onFrames = (bodies: Uint8Array[], from: number, to: number): number => {
    this.#lastActive = Date.now();
    for (let i = from; i < to;) {
      this.#handle(bodies[i++]);
      if (i < to && this.#mustPause()) return i;
    }
    return to;
  };

  /**
   * Reading pauses while the unsent output is over the high-water mark (so
   * a peer that does not read ends up blocked in its own write) or too many
   * requests are in flight (their answers would come on top).
   */
  #mustPause(): boolean {
    return this.#conn.unsentBytes > this.#host.outputHighWaterBytes ||
      this.#inFlight >= this.#host.maxRequestsInFlight;
  }

  readonly #readGate = (): Promise<void> | null => this.#mustPause() ? this.#waitForRoom() : null;

  /** Waits until the output is down to half the mark and a request slot is free. */
  async #waitForRoom(): Promise<void> {
    const low = this.#host.outputHighWaterBytes / 2;
    while (!this.#closedSignal.aborted) {
      if (this.#conn.unsentBytes > low) await this.#conn.whenUnsentAtMost(low);
      else if (this.#inFlight >= this.#host.maxRequestsInFlight) {
        await new Promise<void>((resolve) => this.#roomWaiter = resolve);
      } else break;
    }
  }

  #wakeRoom(): void {
    const wake = this.#roomWaiter;
    this.#roomWaiter = null;
    wake?.();
  }

  #handle(body: Uint8Array): void {
    this.#host.counters.requests++;
    let request: atlas.ipc.Request;
    try {
      request = Request.decode(body);
    } catch (error) {
      this.#sendError(
        ZERO_ID,
        // The decoder's own words ("index out of range: 3 + 1 > 3") go in
        // the details, for whoever debugs the peer; the message stays words.
        new IpcError("DECODE_ERROR", "Cannot decode the frame as an atlas.ipc.Request message", {
          details: errorMessage(error),
        }),
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
      this.#sendError(id, unknownRequest(body));
    } else if (this.#ids.size > 0 && this.#ids.has(keyOf(id))) {
      const which = idToBigInt(id);
      this.#sendError(
        id,
        new IpcError("VALIDATION", `Request id ${which} is already in flight on this connection`, {
          hint: "Give every request a new id; reuse one only after its answer has arrived",
        }),
      );
    } else {
      this.#dispatch(id, name, request[name] as Payload);
    }
  }

  #dispatch(id: WireId, name: RequestName, payload: Payload): void {
    this.#host.counters.requestsByType[name]++;
    const method = this.#handler[name] as Method | undefined;
    if (typeof method !== "function") {
      this.#sendError(id, new IpcError("UNKNOWN_REQUEST", `Request "${name}" is not supported`));
      return;
    }
    const follow = name === "getLogs" && payload.follow === true;
    if (follow && this.#follows >= this.#host.maxFollowsPerConnection) {
      this.#sendError(id, tooManyFollows(this.#host.maxFollowsPerConnection));
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
    if (follow) this.#follows++;
    this.#settle(id, name, result, null, follow);
  }

  /**
   * Answers with the handler's result: now, when its promise settles, or as
   * a stream. `key` is set once the request is in flight (see `#begin`).
   */
  #settle(id: WireId, name: RequestName, result: unknown, key: IdKey | null, follow: boolean) {
    if (isThenable(result)) {
      const inFlight = key ?? this.#begin(id);
      result.then(
        (value) => this.#settle(id, name, value, inFlight, follow),
        (error) => {
          this.#sendError(id, error);
          this.#end(inFlight, follow);
        },
      );
    } else if (name === "getLogs" && isAsyncIterable(result)) {
      const inFlight = key ?? this.#begin(id);
      const counters = this.#host.counters;
      counters.streamsOpen++;
      counters.streamsStarted++;
      pumpStream(
        result as AsyncIterable<StreamItem>,
        this.#streamOutput(id),
        this.#host.streamBatchBytes,
      )
        .finally(() => {
          counters.streamsOpen--;
          this.#end(inFlight, follow);
        });
    } else {
      this.#sendResponse(id, name, (result ?? {}) as Payload);
      if (key !== null) this.#end(key, follow);
      else if (follow) this.#follows--;
    }
  }

  /** Marks a request in flight: its id is taken until `#end`. */
  #begin(id: WireId): IdKey {
    const key = keyOf(id);
    this.#ids.add(key);
    this.#inFlight++;
    return key;
  }

  #end(key: IdKey, follow: boolean): void {
    this.#ids.delete(key);
    if (follow) this.#follows--;
    this.#done();
  }

  #streamOutput(id: WireId): StreamOutput {
    const conn = this.#conn;
    return {
      ended: this.#streamsEndSignal,
      get closed() {
        return conn.closed;
      },
      send: (item) => this.#sendResponse(id, "getLogs", item),
      fail: (error) => this.#sendError(id, error),
      written: () => conn.whenWritten(),
    };
  }

  /** Queues an answer; `false` when it could not be encoded (an error went instead). */
  #sendResponse(id: WireId, name: RequestName, value: Payload): boolean {
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
      return false;
    }
    this.#host.counters.responses++;
    return true;
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
    const counters = this.#host.counters;
    counters.responses++;
    counters.errors++;
    const code = response.code || "INTERNAL";
    counters.errorsByCode[code] = (counters.errorsByCode[code] ?? 0) + 1;
  }

  #done(): void {
    if (--this.#inFlight === 0) {
      this.#lastActive = Date.now();
      this.#wakeIdle();
    }
    if (this.#roomWaiter !== null) this.#wakeRoom();
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
