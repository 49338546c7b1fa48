/**
 * {@linkcode IpcServer}: listens on a Unix socket and answers runner-ipc-v2
 * requests with a {@linkcode RequestHandler}.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { dirname, join } from "node:path";
import { FrameConnection } from "./connection.ts";
import { IpcError } from "./errors.ts";
import { MAX_FRAME_BYTES } from "./frame.ts";
import type { RequestHandler } from "./handler.ts";
import { atlas, REQUEST_NAMES, type RequestName } from "./messages.ts";
import type { RateLimit } from "./rate_limit.ts";
import { ReadBudget } from "./_read_budget.ts";
import { type Counters, Session } from "./_session.ts";

const logger = getLogger(["atlas-runner", "protocol", "server"]);

/** Options of {@linkcode IpcServer.listen}. */
export interface IpcServerOptions {
  /** The socket's path. Created 0600; a stale socket file there is replaced. */
  path: string;
  /** Answers the requests. */
  handler: RequestHandler;
  /**
   * Open connections accepted at once; one more gets `TOO_MANY_CONNECTIONS`
   * and is closed.
   *
   * @default {1024}
   */
  maxConnections?: number;
  /**
   * A connection with nothing in flight for this long is closed (a request
   * in flight, such as a log follow, keeps it open). `0` or `Infinity`
   * disables the timeout.
   *
   * @default {600000}
   */
  idleTimeoutMs?: number;
  /** A per-connection token bucket; requests over it get `RATE_LIMITED`. Off by default. */
  rateLimit?: RateLimit;
  /** The largest frame accepted or sent. @default {10485760} */
  maxFrameBytes?: number;
  /**
   * How long `close()` lets requests in flight finish; also how long a
   * connection closed for an oversize frame may take to send its
   * `FRAME_TOO_LARGE` answer to a peer that does not read.
   *
   * @default {5000}
   */
  closeGraceMs?: number;
  /**
   * Unsent output of one connection (answers of every kind, stream frames
   * included) above which the server stops reading that connection's
   * requests; it reads again once the output is down to half of this. A
   * client that sends and never reads ends up blocked in its own write.
   *
   * @default {1048576}
   */
  outputHighWaterBytes?: number;
  /**
   * Requests of one connection in flight (answered later or streaming) at
   * which the server stops reading that connection until one completes.
   *
   * @default {1024}
   */
  maxRequestsInFlight?: number;
  /**
   * Log follows (`GetLogs` with `follow`) one connection may have open at
   * once; one more is answered `TOO_MANY_FOLLOWS`.
   *
   * @default {16}
   */
  maxFollowsPerConnection?: number;
  /**
   * Bytes buffered for partial frames across all connections above which
   * connections in the middle of a frame wait (one at a time goes on, so the
   * frames complete and free their bytes).
   *
   * @default {67108864}
   */
  maxBufferedBytes?: number;
}

/** Counters of an {@linkcode IpcServer} since it started. */
export interface IpcServerMetrics {
  /** Connections accepted (including those refused for the connection cap). */
  readonly connectionsAccepted: number;
  /** Connections open now. */
  readonly connectionsOpen: number;
  /** Connections refused with `TOO_MANY_CONNECTIONS`. */
  readonly connectionsRejected: number;
  /** Request frames received. */
  readonly requests: number;
  /** Response frames sent (stream frames count one each). */
  readonly responses: number;
  /** Of those, `ErrorResponse` frames. */
  readonly errors: number;
  /** Bytes received. */
  readonly bytesIn: number;
  /** Bytes sent. */
  readonly bytesOut: number;
  /** Requests dispatched, by payload name (every name, 0 when none came). */
  readonly requestsByType: Readonly<Record<RequestName, number>>;
  /** `ErrorResponse` frames sent, by code (only codes that occurred). */
  readonly errorsByCode: Readonly<Record<string, number>>;
  /** Streams (log follows) open now. */
  readonly streamsOpen: number;
  /** Streams begun since the server started. */
  readonly streamsStarted: number;
  /** Bytes queued for connections now and not yet taken by their sockets. */
  readonly bytesUnsent: number;
  /** Bytes held now for frames not yet complete, across connections. */
  readonly bytesBuffered: number;
  /**
   * Connections whose reading is paused now: for their unsent output, their
   * requests in flight, a socket that takes no more answers, or the cap on
   * partial-frame bytes.
   */
  readonly readsPaused: number;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`Invalid ${name}: ${value}`);
  return value;
}

/** The most line bytes in one frame of a log follow. */
const STREAM_BATCH_BYTES = 512 * 1024;

function nonNegative(name: string, value: number): number {
  if (!(value >= 0)) throw new RangeError(`Invalid ${name}: ${value}`);
  return value;
}

/**
 * Creates the listener so that it is 0600 before anyone can connect,
 * without touching the process-wide umask (which every thread of the
 * process reads for each file it creates): bound in a fresh 0700 directory
 * next to `path`, made 0600 there, then linked into place. The link fails
 * when `path` exists, as a bind would (`AddrInUse`).
 */
async function listenPrivate(path: string): Promise<Deno.UnixListener> {
  const staging = join(dirname(path), `.atlas-${crypto.randomUUID().slice(0, 8)}`);
  await Deno.mkdir(staging, { mode: 0o700 });
  try {
    const temp = join(staging, "s");
    const listener = Deno.listen({ transport: "unix", path: temp });
    try {
      await Deno.chmod(temp, 0o600);
      await Deno.link(temp, path).catch((error) => {
        throw error instanceof Deno.errors.AlreadyExists
          ? new Deno.errors.AddrInUse(`${path} exists`)
          : error;
      });
    } catch (error) {
      listener.close();
      throw error;
    }
    return listener;
  } finally {
    await Deno.remove(staging, { recursive: true });
  }
}

async function isLive(path: string): Promise<boolean> {
  try {
    const conn = await Deno.connect({ transport: "unix", path });
    conn.close();
    return true;
  } catch {
    return false; // refused (stale) or gone: nobody serves there
  }
}

function cannotListen(path: string, error: unknown): IpcError {
  const reason = error instanceof Error ? error.message : String(error);
  return new IpcError("FAILED", `Cannot listen on "${path}": ${reason}`, { cause: error });
}

async function bindSocket(path: string): Promise<Deno.UnixListener> {
  try {
    return await listenPrivate(path);
  } catch (error) {
    if (!(error instanceof Deno.errors.AddrInUse)) throw cannotListen(path, error);
  }
  if (await isLive(path)) {
    throw new IpcError("ALREADY_RUNNING", `A daemon is already listening on "${path}"`, {
      hint: "Stop it first, or pass another socket path",
    });
  }
  const info = await Deno.lstat(path);
  if (!info.isSocket) {
    throw new IpcError("FAILED", `Cannot listen on "${path}": the path exists and is not a socket`);
  }
  logger.info("Replacing stale socket {path}", { path });
  try {
    await Deno.remove(path);
    return await listenPrivate(path);
  } catch (error) {
    throw cannotListen(path, error);
  }
}

/**
 * A runner-ipc-v2 server on a Unix socket. Requests of one connection are
 * handled concurrently and answered in any order, each with its request's
 * id; responses ready at the same time go out in one write.
 *
 * @example Serving GetStatus
 * ```ts
 * import { atlas, IpcClient, IpcServer } from "@atlas/runner";
 * import assert from "node:assert/strict";
 *
 * const dir = await Deno.makeTempDir();
 * const server = await IpcServer.listen({
 *   path: `${dir}/atlas.sock`,
 *   handler: {
 *     getStatus: () => ({ state: atlas.common.ServerState.SERVER_STATE_RUNNING, version: "1.21.4" }),
 *   },
 * });
 * const client = await IpcClient.connect(server.path);
 * assert.equal((await client.getStatus()).version, "1.21.4");
 * await client.close();
 * await server.close();
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export class IpcServer {
  readonly #path: string;
  readonly #listener: Deno.UnixListener;
  readonly #host: {
    handler: RequestHandler;
    counters: Counters;
    rateLimit: RateLimit | undefined;
    idleTimeoutMs: number;
    maxFrameBytes: number;
    outputHighWaterBytes: number;
    maxRequestsInFlight: number;
    maxFollowsPerConnection: number;
    streamBatchBytes: number;
    closeGraceMs: number;
    closing: boolean;
  };
  readonly #budget: ReadBudget;
  readonly #maxConnections: number;
  readonly #closeGraceMs: number;
  readonly #sessions = new Map<Session, Promise<void>>();
  readonly #chores = new Set<Promise<void>>();
  readonly #accepting: Promise<void>;
  #closing: Promise<void> | null = null;
  #nextId = 1;
  #closedBytesIn = 0;
  #closedBytesOut = 0;

  private constructor(listener: Deno.UnixListener, options: IpcServerOptions) {
    this.#path = options.path;
    this.#listener = listener;
    this.#maxConnections = positiveInteger("maxConnections", options.maxConnections ?? 1024);
    this.#closeGraceMs = nonNegative("closeGraceMs", options.closeGraceMs ?? 5000);
    this.#host = {
      handler: options.handler,
      counters: {
        connectionsAccepted: 0,
        connectionsRejected: 0,
        requests: 0,
        responses: 0,
        errors: 0,
        requestsByType: Object.fromEntries(REQUEST_NAMES.map((n) => [n, 0])) as Record<
          RequestName,
          number
        >,
        errorsByCode: {},
        streamsOpen: 0,
        streamsStarted: 0,
      },
      rateLimit: options.rateLimit,
      idleTimeoutMs: nonNegative("idleTimeoutMs", options.idleTimeoutMs ?? 600_000),
      maxFrameBytes: options.maxFrameBytes ?? MAX_FRAME_BYTES,
      outputHighWaterBytes: options.outputHighWaterBytes ?? 1024 * 1024,
      maxRequestsInFlight: options.maxRequestsInFlight ?? 1024,
      maxFollowsPerConnection: options.maxFollowsPerConnection ?? 16,
      streamBatchBytes: STREAM_BATCH_BYTES,
      closeGraceMs: this.#closeGraceMs,
      closing: false,
    };
    this.#budget = new ReadBudget(options.maxBufferedBytes ?? 64 * 1024 * 1024);
    this.#accepting = this.#acceptLoop();
  }

  /**
   * Starts a server on a Unix socket.
   *
   * @param options The path, the handler and the limits.
   * @returns The listening server.
   * @throws {IpcError} `ALREADY_RUNNING` when a live server listens on the
   * path; `FAILED` when the path exists and is not a socket, or the socket
   * cannot be created (missing directory, no permission, path too long).
   * @throws {RangeError} For an invalid limit.
   */
  static async listen(options: IpcServerOptions): Promise<IpcServer> {
    if (typeof options.handler !== "object" || options.handler === null) {
      throw new TypeError("IpcServer.listen needs a handler object");
    }
    positiveInteger("maxConnections", options.maxConnections ?? 1024);
    positiveInteger("outputHighWaterBytes", options.outputHighWaterBytes ?? 1);
    positiveInteger("maxRequestsInFlight", options.maxRequestsInFlight ?? 1);
    positiveInteger("maxFollowsPerConnection", options.maxFollowsPerConnection ?? 1);
    positiveInteger("maxBufferedBytes", options.maxBufferedBytes ?? 1);
    nonNegative("idleTimeoutMs", options.idleTimeoutMs ?? 0);
    nonNegative("closeGraceMs", options.closeGraceMs ?? 0);
    const max = options.maxFrameBytes ?? MAX_FRAME_BYTES;
    if (!Number.isInteger(max) || max < 1 || max > 0xffffffff) {
      throw new RangeError(`Invalid maxFrameBytes: ${max}`);
    }
    const listener = await bindSocket(options.path);
    logger.info("Listening on {path}", { path: options.path });
    return new IpcServer(listener, options);
  }

  /** The socket's path. */
  get path(): string {
    return this.#path;
  }

  /** A snapshot of the server's counters. */
  get metrics(): IpcServerMetrics {
    let bytesIn = this.#closedBytesIn;
    let bytesOut = this.#closedBytesOut;
    let bytesUnsent = 0;
    let readsPaused = 0;
    for (const session of this.#sessions.keys()) {
      const bytes = session.bytes;
      bytesIn += bytes.in;
      bytesOut += bytes.out;
      bytesUnsent += bytes.unsent;
      if (session.readPaused) readsPaused++;
    }
    const c = this.#host.counters;
    return {
      connectionsAccepted: c.connectionsAccepted,
      connectionsOpen: this.#sessions.size,
      connectionsRejected: c.connectionsRejected,
      requests: c.requests,
      responses: c.responses,
      errors: c.errors,
      bytesIn,
      bytesOut,
      requestsByType: { ...c.requestsByType },
      errorsByCode: { ...c.errorsByCode },
      streamsOpen: c.streamsOpen,
      streamsStarted: c.streamsStarted,
      bytesUnsent,
      bytesBuffered: this.#budget.used,
      readsPaused,
    };
  }

  /**
   * Stops accepting connections, ends log streams (each gets its final eof
   * frame), lets requests in flight finish within the grace period, then
   * closes every connection and removes the socket file. Idempotent.
   *
   * @returns Resolves once everything is closed.
   */
  close(): Promise<void> {
    return this.#closing ??= this.#shutdown();
  }

  /** Same as {@linkcode IpcServer.close}, for `await using`. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #acceptLoop(): Promise<void> {
    for (;;) {
      let conn: Deno.UnixConn;
      try {
        conn = await this.#listener.accept();
      } catch (error) {
        if (this.#host.closing || error instanceof Deno.errors.BadResource) return;
        logger.warn("Accept failed: {error}", { error });
        await new Promise((resolve) => setTimeout(resolve, 50));
        continue;
      }
      this.#host.counters.connectionsAccepted++;
      const framed = new FrameConnection(conn, {
        maxFrameBytes: this.#host.maxFrameBytes,
        budget: this.#budget,
      });
      if (this.#sessions.size >= this.#maxConnections) {
        this.#reject(framed);
        continue;
      }
      const session = new Session(this.#nextId++, framed, this.#host);
      const running = session.run().finally(() => {
        const bytes = session.bytes;
        this.#closedBytesIn += bytes.in;
        this.#closedBytesOut += bytes.out;
        this.#sessions.delete(session);
      });
      this.#sessions.set(session, running);
    }
  }

  #reject(framed: FrameConnection): void {
    this.#host.counters.connectionsRejected++;
    logger.warn("Refusing a connection: {max} connections are open", {
      max: this.#maxConnections,
    });
    const error = {
      code: "TOO_MANY_CONNECTIONS",
      message: `The daemon already has ${this.#maxConnections} open connections`,
      details: "",
    };
    framed.send(atlas.ipc.Response.encode({ id: 0, error }).finish());
    const chore = framed.flush().then(() => {
      this.#closedBytesOut += framed.bytesOut;
      framed.close();
    });
    this.#chores.add(chore);
    chore.finally(() => this.#chores.delete(chore));
  }

  async #shutdown(): Promise<void> {
    this.#host.closing = true;
    this.#listener.close();
    await this.#accepting;
    const sessions = [...this.#sessions.keys()];
    for (const session of sessions) session.stopStreams();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grace = new Promise<void>((resolve) => timer = setTimeout(resolve, this.#closeGraceMs));
    const idle = Promise.all(sessions.map(async (s) => {
      await s.whenIdle();
      await s.flush();
    }));
    await Promise.race([idle, grace]);
    clearTimeout(timer);
    for (const session of sessions) session.close();
    await Promise.all([...this.#sessions.values(), ...this.#chores]);
    await Deno.remove(this.#path).catch((error) => {
      if (!(error instanceof Deno.errors.NotFound)) {
        logger.warn("Cannot remove socket {path}: {error}", { path: this.#path, error });
      }
    });
    logger.info("Stopped listening on {path}", { path: this.#path });
  }
}
