/**
 * {@linkcode IpcClient}: talks to a runner-ipc-v2 server over a Unix socket.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { FrameConnection } from "./connection.ts";
import { followLogLines } from "./_follow.ts";
import { idKey, Pending, PendingTable } from "./_pending.ts";
import { fromErrorResponse, IpcError, isIpcError } from "./errors.ts";
import { MAX_FRAME_BYTES } from "./frame.ts";
import { atlas, type RequestName } from "./messages.ts";
import {
  assertDaemonFeature,
  type DaemonInfo,
  daemonInfoFromStatus,
  featureMissing,
} from "./version.ts";

const { Request, Response } = atlas.ipc;
const logger = getLogger(["atlas-runner", "protocol", "client"]);

/** Options of {@linkcode IpcClient.connect}. */
export interface IpcClientOptions {
  /** The default time a request may take before it fails with `TIMEOUT`. @default {30000} */
  timeoutMs?: number;
  /**
   * How many more times to try when nothing listens on the path (missing or
   * refusing socket), waiting 50 ms, 100 ms, 200 ms, … (at most 2 s) between
   * tries.
   *
   * @default {0}
   */
  retries?: number;
  /** The largest frame accepted or sent. @default {10485760} */
  maxFrameBytes?: number;
}

/** Options of one request. */
export interface CallOptions {
  /** Fails this request (only) with `TIMEOUT` after this long. Defaults to the client's. */
  timeoutMs?: number;
  /** Aborts this request: it rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Options of {@linkcode IpcClient.followLogs}. */
export interface FollowLogsOptions {
  /** Ends the iteration (quietly) and closes the follow's connection. */
  signal?: AbortSignal;
}

function closedError(message = "The connection to the daemon closed"): IpcError {
  return new IpcError("CONNECTION_CLOSED", message);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function connectWithRetries(path: string, retries: number): Promise<Deno.UnixConn> {
  let delay = 50;
  for (let attempt = 0;; attempt++) {
    try {
      return await Deno.connect({ transport: "unix", path });
    } catch (error) {
      const nobody = error instanceof Deno.errors.NotFound ||
        error instanceof Deno.errors.ConnectionRefused;
      if (!nobody || attempt >= retries) {
        const why = nobody ? "nothing is listening there" : String((error as Error).message);
        throw new IpcError("DAEMON_UNREACHABLE", `Cannot connect to "${path}": ${why}`, {
          hint: "Is the daemon running? Start it with: atlas-runner daemon",
          cause: error,
        });
      }
      await sleep(delay);
      delay = Math.min(delay * 2, 2000);
    }
  }
}

/**
 * A connection to a runner-ipc-v2 server. Any number of requests may be in
 * flight at once; each is matched to its response by id, times out on its
 * own, and fails with `CONNECTION_CLOSED` if the connection is lost.
 *
 * Every request method returns the typed response or throws an
 * {@linkcode IpcError}: an `ErrorResponse` from the daemon becomes an
 * `IpcError` with its code, message and details; `TIMEOUT` when the request
 * took longer than its timeout; `CONNECTION_CLOSED` when the connection was
 * lost or closed; `UNEXPECTED_RESPONSE` when the answer has the wrong type.
 *
 * @example Asking a daemon for its status
 * ```ts ignore
 * import { IpcClient } from "@atlas/runner";
 *
 * await using client = await IpcClient.connect("/run/user/1000/atlas-runner.sock");
 * const status = await client.getStatus();
 * console.log(status.state, status.version, Number(status.uptimeSeconds));
 * ```
 */
export class IpcClient {
  readonly #path: string;
  readonly #conn: FrameConnection;
  readonly #timeoutMs: number;
  readonly #maxFrameBytes: number;
  readonly #pending = new PendingTable();
  readonly #reading: Promise<void>;
  #nextId = 1;
  #closed = false;
  /** A connection-level error the server sent with id 0 (e.g. `TOO_MANY_CONNECTIONS`). */
  #fatal: IpcError | null = null;
  /** What the daemon said about itself in its first status on this connection. */
  #daemonInfo: DaemonInfo | null = null;

  private constructor(path: string, conn: Deno.UnixConn, options: IpcClientOptions) {
    this.#path = path;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#maxFrameBytes = options.maxFrameBytes ?? MAX_FRAME_BYTES;
    this.#conn = new FrameConnection(conn, { maxFrameBytes: this.#maxFrameBytes });
    this.#reading = this.#read();
  }

  /**
   * Connects to the server listening on `path`.
   *
   * @param path The socket's path.
   * @param options Default timeout, connection retries, frame limit.
   * @returns The connected client.
   * @throws {IpcError} `DAEMON_UNREACHABLE` when nothing listens there after
   * the retries (or the socket cannot be opened).
   */
  static async connect(path: string, options: IpcClientOptions = {}): Promise<IpcClient> {
    const retries = options.retries ?? 0;
    if (!Number.isInteger(retries) || retries < 0) {
      throw new RangeError(`Invalid retries: ${retries}`);
    }
    if (options.timeoutMs !== undefined && !(options.timeoutMs > 0)) {
      throw new RangeError(`Invalid timeoutMs: ${options.timeoutMs}`);
    }
    const conn = await connectWithRetries(path, retries);
    return new IpcClient(path, conn, options);
  }

  /** The socket's path. */
  get path(): string {
    return this.#path;
  }

  /** Whether the connection is closed (by `close()` or lost). */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Starts the game server.
   *
   * @param request The release channel and whether to wait until it is ready.
   * @param options Timeout and abort signal.
   * @returns The daemon's answer.
   * @throws {IpcError} See the class description.
   */
  startServer(
    request: atlas.ipc.StartServerRequest.$Properties = {},
    options?: CallOptions,
  ): Promise<atlas.ipc.StartServerResponse> {
    return this.#call("startServer", request, options);
  }

  /**
   * Stops the game server.
   *
   * @param request Whether to force it, and how long to wait.
   * @param options Timeout and abort signal.
   * @returns The daemon's answer.
   * @throws {IpcError} See the class description.
   */
  stopServer(
    request: atlas.ipc.StopServerRequest.$Properties = {},
    options?: CallOptions,
  ): Promise<atlas.ipc.StopServerResponse> {
    return this.#call("stopServer", request, options);
  }

  /**
   * Asks for the game server's status.
   *
   * @param options Timeout and abort signal.
   * @returns The status (`uptimeSeconds` and `memoryUsageMb` are uint64:
   * a long.js `Long` or a number, so convert with `Number()`).
   * @throws {IpcError} See the class description.
   */
  async getStatus(options?: CallOptions): Promise<atlas.ipc.GetStatusResponse> {
    const status = await this.#call<atlas.ipc.GetStatusResponse>("getStatus", {}, options);
    // A daemon's version cannot change within a connection: learn it once.
    this.#daemonInfo ??= daemonInfoFromStatus(status);
    return status;
  }

  /**
   * What the daemon says about itself: its version, protocol version and
   * optional features. Learned from its status (one `GetStatus` request, or
   * none when a status was already fetched) and cached for this connection.
   *
   * @example Checking what a daemon offers
   * ```ts ignore
   * import { IpcClient } from "@atlas/runner";
   *
   * await using client = await IpcClient.connect("/run/user/1000/atlas-runner.sock");
   * const info = await client.daemonInfo();
   * console.log(info.daemonVersion ?? "older than 0.2.0", info.protocolVersion, info.features);
   * ```
   *
   * @param options Timeout and abort signal.
   * @returns The daemon's version (`null` before 0.2.0), protocol version
   * (0 before 0.2.0) and features.
   * @throws {IpcError} See the class description.
   */
  async daemonInfo(options?: CallOptions): Promise<DaemonInfo> {
    if (this.#daemonInfo === null) await this.getStatus(options);
    return this.#daemonInfo!;
  }

  /**
   * Fetches the daemon's metrics in the Prometheus text format (daemon 0.2.0
   * or newer, feature `"metrics"`).
   *
   * @param options Timeout and abort signal.
   * @returns The exposition text.
   * @throws {IpcError} `NOT_IMPLEMENTED` naming the daemon version needed when
   * the daemon is older; see the class description.
   */
  async getMetrics(options?: CallOptions): Promise<atlas.ipc.GetMetricsResponse> {
    const info = await this.daemonInfo(options);
    assertDaemonFeature(info, "metrics");
    try {
      return await this.#call<atlas.ipc.GetMetricsResponse>("getMetrics", {}, options);
    } catch (error) {
      // A daemon that listed the feature but refuses the request (another
      // implementation): still say which version has it.
      if (isIpcError(error) && error.code === "UNKNOWN_REQUEST") {
        throw featureMissing(info, "metrics");
      }
      throw error;
    }
  }

  /**
   * Sends a console command to the game server.
   *
   * @param request The command (non-empty, at most 1000 characters, no control characters).
   * @param options Timeout and abort signal.
   * @returns The daemon's answer.
   * @throws {IpcError} `VALIDATION` for a bad command; see the class description.
   */
  sendCommand(
    request: atlas.ipc.SendCommandRequest.$Properties,
    options?: CallOptions,
  ): Promise<atlas.ipc.SendCommandResponse> {
    return this.#call("sendCommand", request, options);
  }

  /**
   * Fetches the last lines of the console log, once (see
   * {@linkcode IpcClient.followLogs} to follow).
   *
   * @param request How many lines.
   * @param options Timeout and abort signal.
   * @returns The lines.
   * @throws {IpcError} See the class description.
   */
  getLogs(
    request: { lines?: number | null } = {},
    options?: CallOptions,
  ): Promise<atlas.ipc.GetLogsResponse> {
    return this.#call("getLogs", { lines: request.lines ?? 0, follow: false }, options);
  }

  /**
   * Creates a backup of the world.
   *
   * @param request The backup's name.
   * @param options Timeout and abort signal.
   * @returns The daemon's answer, with the new backup's id.
   * @throws {IpcError} See the class description.
   */
  createBackup(
    request: atlas.ipc.CreateBackupRequest.$Properties = {},
    options?: CallOptions,
  ): Promise<atlas.ipc.CreateBackupResponse> {
    return this.#call("createBackup", request, options);
  }

  /**
   * Lists the backups.
   *
   * @param options Timeout and abort signal.
   * @returns The backups (`createdAt`, `sizeBytes` are uint64).
   * @throws {IpcError} See the class description.
   */
  listBackups(options?: CallOptions): Promise<atlas.ipc.ListBackupsResponse> {
    return this.#call("listBackups", {}, options);
  }

  /**
   * Restores a backup.
   *
   * @param request The backup's id.
   * @param options Timeout and abort signal.
   * @returns The daemon's answer.
   * @throws {IpcError} See the class description.
   */
  restoreBackup(
    request: atlas.ipc.RestoreBackupRequest.$Properties,
    options?: CallOptions,
  ): Promise<atlas.ipc.RestoreBackupResponse> {
    return this.#call("restoreBackup", request, options);
  }

  /**
   * Updates the game server to the newest version of a channel.
   *
   * @param request The release channel.
   * @param options Timeout and abort signal.
   * @returns The old and new versions.
   * @throws {IpcError} See the class description.
   */
  updateServer(
    request: atlas.ipc.UpdateServerRequest.$Properties = {},
    options?: CallOptions,
  ): Promise<atlas.ipc.UpdateServerResponse> {
    return this.#call("updateServer", request, options);
  }

  /**
   * Fetches the daemon's configuration.
   *
   * @param options Timeout and abort signal.
   * @returns The configuration as JSON text.
   * @throws {IpcError} See the class description.
   */
  getConfig(options?: CallOptions): Promise<atlas.ipc.GetConfigResponse> {
    return this.#call("getConfig", {}, options);
  }

  /**
   * Replaces the daemon's configuration.
   *
   * @param request The configuration as JSON text.
   * @param options Timeout and abort signal.
   * @returns The daemon's answer.
   * @throws {IpcError} `VALIDATION` for invalid JSON; see the class description.
   */
  setConfig(
    request: atlas.ipc.SetConfigRequest.$Properties,
    options?: CallOptions,
  ): Promise<atlas.ipc.SetConfigResponse> {
    return this.#call("setConfig", request, options);
  }

  /**
   * Follows the console log on a connection of its own: yields the last
   * `lines` lines, then every new line, until the daemon ends the stream, the
   * signal fires, or the consumer stops iterating (which closes that
   * connection).
   *
   * @param lines How many past lines to start with.
   * @param options An abort signal.
   * @returns The lines, one string each.
   * @throws {IpcError} `DAEMON_UNREACHABLE` when the follow cannot connect,
   * `CONNECTION_CLOSED` when its connection is lost before the end, or the
   * daemon's error.
   */
  followLogs(lines: number, options: FollowLogsOptions = {}): AsyncIterable<string> {
    const open = () => IpcClient.connect(this.#path, { maxFrameBytes: this.#maxFrameBytes });
    return followLogLines(open, lines, options.signal);
  }

  /**
   * Measures one round trip (a `GetStatus` request).
   *
   * @param options Timeout and abort signal.
   * @returns The round-trip time in milliseconds.
   * @throws {IpcError} See the class description.
   */
  async ping(options?: CallOptions): Promise<number> {
    const start = performance.now();
    await this.getStatus(options);
    return performance.now() - start;
  }

  /**
   * Closes the connection; requests still in flight fail with
   * `CONNECTION_CLOSED`. Idempotent.
   *
   * @returns Resolves once the connection is closed.
   */
  async close(): Promise<void> {
    this.#conn.close();
    await this.#reading;
  }

  /** Same as {@linkcode IpcClient.close}, for `await using`. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /**
   * Sends a request whose answer may come in several frames (a stream).
   *
   * @internal Used by {@linkcode IpcClient.followLogs}.
   */
  openStream(
    name: RequestName,
    payload: object,
    onFrame: (payload: unknown) => boolean,
    onError: (error: unknown) => void,
  ): void {
    this.#start(name, payload, onFrame, onError, undefined, undefined);
  }

  #call<T>(name: RequestName, payload: object, options: CallOptions = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onResponse = (value: unknown): boolean => {
        resolve(value as T);
        return true;
      };
      this.#start(
        name,
        payload,
        onResponse,
        reject,
        options.timeoutMs ?? this.#timeoutMs,
        options.signal,
      );
    });
  }

  #start(
    name: RequestName,
    payload: object,
    onResponse: (payload: unknown) => boolean,
    onError: (error: unknown) => void,
    timeoutMs: number | undefined,
    signal: AbortSignal | undefined,
  ): void {
    if (this.#closed) return onError(this.#fatal ?? closedError());
    if (signal?.aborted) return onError(signal.reason);
    const id = this.#nextId++;
    try {
      this.#conn.sendMessage(Request, { id, [name]: payload });
    } catch (error) {
      return onError(
        isIpcError(error)
          ? error
          : new TypeError(`Invalid ${name} request: ${(error as Error).message}`, { cause: error }),
      );
    }
    const deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
    const pending = new Pending(name, deadline, timeoutMs ?? 0, onResponse, onError);
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
    this.#pending.close(
      this.#fatal ??
        (isIpcError(failure)
          ? new IpcError("CONNECTION_CLOSED", `The connection closed: ${failure.message}`, {
            cause: failure,
          })
          : closedError()),
    );
  }

  readonly #onFrames = (bodies: Uint8Array[]): void => {
    for (let i = 0; i < bodies.length; i++) this.#onFrame(bodies[i]);
  };

  #onFrame(body: Uint8Array): void {
    let response: atlas.ipc.Response;
    try {
      response = Response.decode(body);
    } catch (error) {
      // A body we cannot read: its id is unknown, so no request can fail
      // for it. Ending the connection would lose every other answer.
      logger.warn("Ignoring a response that does not decode: {error}", { error });
      return;
    }
    const key = idKey(response.id);
    const pending = key > 0 ? this.#pending.get(key) : undefined;
    const name = response.payload;
    if (pending === undefined) {
      if (key === 0 && name === "error") this.#fatal = fromErrorResponse(response.error!);
      return;
    }
    let error: unknown = null;
    let done = true;
    if (name === "error") error = fromErrorResponse(response.error!);
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
