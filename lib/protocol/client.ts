/**
 * {@linkcode IpcClient}: talks to a runner-ipc-v2 server over a Unix socket.
 *
 * @module
 */
import { type Call, Channel, closedError, isLost } from "./_channel.ts";
import { followLogLines, type StreamClient } from "./_follow.ts";
import { RECONNECTED_PREFIX, resumingFollow } from "./_resume.ts";
import { backoff, FIRST_DELAY_MS, gaveUp, IDEMPOTENT, MAX_DELAY_MS } from "./_retry.ts";
import { IpcError, isIpcError } from "./errors.ts";
import { MAX_FRAME_BYTES } from "./frame.ts";
import type { atlas, RequestName } from "./messages.ts";
import {
  assertDaemonFeature,
  type DaemonInfo,
  daemonInfoFromStatus,
  featureMissing,
} from "./version.ts";

export { RECONNECTED_PREFIX };

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
  /**
   * Survive a lost connection (a daemon restart): the next request connects
   * again. Requests that change nothing (`getStatus`, `getLogs`,
   * `listBackups`, `getConfig`, `getMetrics`, `ping`, `debugInfo`, `daemonInfo`) that were in flight
   * when the connection was lost are sent again on a new connection, waiting
   * 100 ms, 200 ms, 400 ms, … (at most 2 s) between attempts, within their
   * timeout. The others (`startServer`, `stopServer`, `sendCommand`,
   * `createBackup`, `restoreBackup`, `updateServer`, `setConfig`) may have
   * taken effect, so they are never sent twice: they fail with
   * `CONNECTION_CLOSED`. A request made while the connection is down waits
   * for a new one (within its timeout) and is sent once. `followLogs`
   * resumes after a reconnect and yields a line saying whether lines may
   * have been missed.
   *
   * @example Surviving a server restart
   * ```ts
   * import { IpcClient, IpcServer } from "@atlas/runner";
   *
   * const dir = await Deno.makeTempDir();
   * const path = `${dir}/atlas.sock`;
   * const handler = { getStatus: () => ({ version: "1.21.4" }) };
   * const first = await IpcServer.listen({ path, handler });
   * await using client = await IpcClient.connect(path, { reconnect: true });
   * await client.getStatus();
   * await first.close(); // the daemon goes away...
   * await using _second = await IpcServer.listen({ path, handler }); // ...and comes back
   * console.log((await client.getStatus()).version); // on a new connection
   * await Deno.remove(dir, { recursive: true });
   * ```
   *
   * @default {false}
   */
  reconnect?: boolean;
}

/**
 * What {@linkcode IpcClient.debugInfo} reports about the connection and the
 * daemon.
 *
 * @example Telling an older daemon apart
 * ```ts
 * import type { DebugInfo } from "@atlas/runner";
 *
 * function describe(info: DebugInfo): string {
 *   const daemon = info.daemonVersion ?? "a daemon older than 0.2.0 (version not reported)";
 *   return `${daemon}, protocol ${info.protocolVersion || "?"}, ${info.roundTripMs.toFixed(1)} ms`;
 * }
 * const old = { daemonVersion: null, protocolVersion: 0, features: [] };
 * console.log(describe({ socketPath: "/tmp/a.sock", roundTripMs: 0.4, ...old }));
 * ```
 */
export interface DebugInfo extends DaemonInfo {
  /** The socket's path. */
  socketPath: string;
  /** How long one `GetStatus` round trip took, in milliseconds. */
  roundTripMs: number;
}

/**
 * One request of {@linkcode IpcClient.batch}: a `Request` without its id
 * (the client assigns ids), with exactly one payload set.
 *
 * @example A batch built from data
 * ```ts
 * import type { BatchRequest } from "@atlas/runner";
 *
 * const players = ["alice", "bob"];
 * const requests: BatchRequest[] = [
 *   ...players.map((name) => ({ sendCommand: { command: `whitelist add ${name}` } })),
 *   { getStatus: {} },
 * ];
 * console.log(requests.length);
 * ```
 */
export type BatchRequest = Omit<atlas.ipc.Request.$Properties, "id">;

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
 * own, and fails with `CONNECTION_CLOSED` if the connection is lost (with
 * `reconnect`, requests that change nothing are sent again on a new
 * connection instead: see {@linkcode IpcClientOptions.reconnect}).
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
  readonly #timeoutMs: number;
  readonly #maxFrameBytes: number;
  readonly #reconnect: boolean;
  #channel: Channel;
  /** The connection attempt in progress, shared by every request waiting for it. */
  #connecting: Promise<Channel> | null = null;
  /** Fires on `close()`: wakes requests waiting to try again. */
  readonly #closing = new AbortController();
  /**
   * What the daemon said about itself in its first status on the current
   * connection (a reconnect may reach an upgraded daemon, so it is per
   * connection).
   */
  #daemonInfo: { channel: Channel; info: DaemonInfo } | null = null;

  private constructor(path: string, conn: Deno.UnixConn, options: IpcClientOptions) {
    this.#path = path;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#maxFrameBytes = options.maxFrameBytes ?? MAX_FRAME_BYTES;
    this.#reconnect = options.reconnect === true;
    this.#channel = new Channel(conn, this.#maxFrameBytes);
  }

  /**
   * Connects to the server listening on `path`.
   *
   * @param path The socket's path.
   * @param options Default timeout, connection retries, frame limit, reconnecting.
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

  /**
   * Whether the client is closed: by `close()`, or (without `reconnect`)
   * because the connection was lost. A reconnecting client is closed only by
   * `close()`.
   */
  get closed(): boolean {
    return this.#closing.signal.aborted || (!this.#reconnect && this.#channel.closed);
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
    // A daemon's version cannot change within a connection: learn it once
    // per connection (a reconnect may reach an upgraded daemon).
    const channel = this.#channel;
    if (this.#daemonInfo?.channel !== channel) {
      this.#daemonInfo = { channel, info: daemonInfoFromStatus(status) };
    }
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
    if (this.#daemonInfo?.channel !== this.#channel) await this.getStatus(options);
    return this.#daemonInfo!.info;
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
   * Sends several requests at once (written together) and waits for all
   * their answers, which the daemon may send in any order: each is matched
   * to its request by id, and the result lists them in request order. A
   * request the daemon refuses is answered by a `Response` whose payload is
   * `error` (turn it into an {@linkcode IpcError} with `fromErrorResponse`);
   * the others are not affected.
   *
   * With `reconnect`, a batch whose connection is lost is sent again only if
   * every request in it is one that changes nothing (see
   * {@linkcode IpcClientOptions.reconnect}).
   *
   * @example Status, logs and backups in one round trip
   * ```ts
   * import { IpcClient, IpcServer } from "@atlas/runner";
   *
   * const dir = await Deno.makeTempDir();
   * await using server = await IpcServer.listen({
   *   path: `${dir}/atlas.sock`,
   *   handler: {
   *     getStatus: () => ({ version: "1.21.4", playerCount: 2 }),
   *     getLogs: (request) => ({ lines: ["a", "b", "c"].slice(-request.lines), eof: true }),
   *     listBackups: () => ({ backups: [] }),
   *   },
   * });
   * await using client = await IpcClient.connect(server.path);
   * const [status, logs, backups] = await client.batch([
   *   { getStatus: {} },
   *   { getLogs: { lines: 2 } },
   *   { listBackups: {} },
   * ]);
   * console.log(status.getStatus?.version, logs.getLogs?.lines, backups.listBackups?.backups);
   * await Deno.remove(dir, { recursive: true });
   * ```
   *
   * @param requests The requests, each with one payload; `getLogs` with
   * `follow` is not allowed (use {@linkcode IpcClient.followLogs}).
   * @param options One timeout for the whole batch, and an abort signal.
   * @returns The responses, in the order of `requests`.
   * @throws {TypeError} When a request has no payload, or follows logs.
   * @throws {IpcError} `TIMEOUT`, `CONNECTION_CLOSED` (for the whole batch);
   * an error answer does not throw, it is returned.
   */
  batch(
    requests: readonly BatchRequest[],
    options: CallOptions = {},
  ): Promise<atlas.ipc.Response[]> {
    const calls = requests.map((request, index) => batchCall(request, index));
    const once = (channel: Channel): Promise<atlas.ipc.Response[]> =>
      new Promise((resolve, reject) => {
        const results: atlas.ipc.Response[] = new Array(calls.length);
        let left = calls.length;
        let failed = false;
        if (left === 0) return resolve(results);
        const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
        calls.forEach(([name, payload], index) => {
          channel.start(name, payload, {
            raw: true,
            timeoutMs,
            signal: options.signal,
            onResponse(response) {
              results[index] = response as atlas.ipc.Response;
              if (--left === 0) resolve(results);
              return true;
            },
            onError(error) {
              if (failed) return;
              failed = true;
              reject(error);
            },
          });
        });
      });
    const idempotent = calls.every(([name]) => IDEMPOTENT.has(name));
    return this.#run(once, idempotent, options);
  }

  /**
   * Reports how the connection and the daemon are doing: one `GetStatus`
   * round trip, timed, and the versions the daemon reports in it.
   *
   * @example Checking a daemon's versions
   * ```ts
   * import { IpcClient, IpcServer } from "@atlas/runner";
   *
   * const dir = await Deno.makeTempDir();
   * await using server = await IpcServer.listen({
   *   path: `${dir}/atlas.sock`,
   *   handler: { getStatus: () => ({ version: "1.21.4" }) },
   * });
   * await using client = await IpcClient.connect(server.path);
   * const info = await client.debugInfo();
   * console.log(`${info.roundTripMs.toFixed(2)} ms, daemon ${info.daemonVersion ?? "older than 0.2.0"}`);
   * await Deno.remove(dir, { recursive: true });
   * ```
   *
   * @param options Timeout and abort signal.
   * @returns The round-trip time and what the daemon says about itself
   * (version `null` and protocol version 0 from daemons older than 0.2.0).
   * @throws {IpcError} See the class description.
   */
  async debugInfo(options?: CallOptions): Promise<DebugInfo> {
    const start = performance.now();
    const status = await this.getStatus(options);
    const roundTripMs = performance.now() - start;
    return { socketPath: this.#path, roundTripMs, ...daemonInfoFromStatus(status) };
  }

  /**
   * Follows the console log on a connection of its own: yields the last
   * `lines` lines, then every new line, until the daemon ends the stream, the
   * signal fires, or the consumer stops iterating (which closes that
   * connection).
   *
   * With `reconnect`, a follow whose connection is lost (or that the daemon
   * ends because it shuts down) connects again, with the same backoff as
   * requests, for at most the client's timeout, then resumes: it yields a
   * line starting with {@linkcode RECONNECTED_PREFIX} that says whether lines
   * may have been missed, then only lines it has not yielded yet (as far as
   * the daemon's buffer shows).
   *
   * @param lines How many past lines to start with.
   * @param options An abort signal.
   * @returns The lines, one string each.
   * @throws {IpcError} `DAEMON_UNREACHABLE` when the follow cannot connect,
   * `CONNECTION_CLOSED` when its connection is lost before the end, or the
   * daemon's error.
   */
  followLogs(lines: number, options: FollowLogsOptions = {}): AsyncIterable<string> {
    // A follow gets a connection of its own, seen through the narrow StreamClient.
    const open = async (): Promise<StreamClient> => {
      const client = await IpcClient.connect(this.#path, { maxFrameBytes: this.#maxFrameBytes });
      return {
        openStream: (name, payload, onFrame, onError) =>
          client.#openStream(name, payload, onFrame, onError),
        close: () => client.close(),
        setReadGate: (gate) => client.#setReadGate(gate),
      };
    };
    if (!this.#reconnect) return followLogLines(open, lines, options.signal);
    return resumingFollow(open, lines, {
      signal: options.signal,
      closing: this.#closing.signal,
      timeoutMs: this.#timeoutMs,
      path: this.#path,
    });
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
   * Closes the connection; requests in flight (or waiting to reconnect) fail
   * with `CONNECTION_CLOSED`. Idempotent.
   *
   * @returns Resolves once the connection is closed.
   */
  async close(): Promise<void> {
    this.#closing.abort();
    const connecting = this.#connecting;
    if (connecting !== null) await connecting.catch(() => {});
    await this.#channel.close();
  }

  /** Same as {@linkcode IpcClient.close}, for `await using`. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /** Sets the gate consulted before each read of the socket: for followLogs. */
  #setReadGate(gate: (() => Promise<void> | null) | null): void {
    this.#channel.setReadGate(gate);
  }

  /** Sends a request whose answer may come in several frames (a stream): for followLogs. */
  #openStream(
    name: RequestName,
    payload: object,
    onFrame: (payload: unknown) => boolean,
    onError: (error: unknown) => void,
  ): void {
    this.#channel.start(name, payload, {
      onResponse: onFrame,
      onError,
      timeoutMs: undefined,
      signal: undefined,
    });
  }

  #call<T>(name: RequestName, payload: object, options: CallOptions = {}): Promise<T> {
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    const once = (channel: Channel): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        const call: Call = {
          onResponse(value) {
            resolve(value as T);
            return true;
          },
          onError: reject,
          timeoutMs,
          signal: options.signal,
        };
        channel.start(name, payload, call);
      });
    if (!this.#reconnect) return once(this.#channel);
    return this.#run(once, IDEMPOTENT.has(name), options);
  }

  /**
   * Runs `once` on a live connection. Without `reconnect`, on the only one.
   * With it, connects again when the connection is down (waiting longer
   * between attempts), and runs `once` again after a lost connection only
   * when `repeatable`; all within the timeout.
   */
  async #run<T>(
    once: (channel: Channel) => Promise<T>,
    repeatable: boolean,
    options: CallOptions,
  ): Promise<T> {
    if (!this.#reconnect) return once(this.#channel);
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    const deadline = Date.now() + timeoutMs;
    let delay = FIRST_DELAY_MS;
    let lastError: unknown = null;
    for (;;) {
      if (this.#closing.signal.aborted) throw closedError("The client is closed");
      let channel: Channel | null = null;
      try {
        channel = await this.#live();
      } catch (error) {
        lastError = error;
      }
      if (channel !== null) {
        try {
          return await once(channel);
        } catch (error) {
          if (!isLost(error) || !repeatable || this.#closing.signal.aborted) throw error;
          lastError = error;
        }
      }
      const left = deadline - Date.now();
      if (left <= 0) throw gaveUp(this.#path, timeoutMs, lastError);
      await backoff(Math.min(delay, left), this.#closing.signal, options.signal);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  }

  /** The current connection if it is up, else one new attempt to connect (shared). */
  #live(): Channel | Promise<Channel> {
    if (!this.#channel.closed) return this.#channel;
    this.#connecting ??= connectWithRetries(this.#path, 0).then((conn) => {
      this.#channel = new Channel(conn, this.#maxFrameBytes);
      if (this.#closing.signal.aborted) void this.#channel.close();
      return this.#channel;
    }).finally(() => this.#connecting = null);
    return this.#connecting;
  }
}

/** Checks one batch request and returns its payload's name and value. */
function batchCall(request: BatchRequest, index: number): [RequestName, object] {
  const names = Object.keys(request).filter((key) =>
    (request as Record<string, unknown>)[key] != null && key !== "payload"
  ) as RequestName[];
  if (names.length !== 1) {
    throw new TypeError(
      `Invalid batch request ${index}: expected one payload, got ${names.length}`,
    );
  }
  const name = names[0];
  const payload = (request as Record<string, object>)[name];
  if (name === "getLogs" && (payload as { follow?: boolean }).follow === true) {
    throw new TypeError(`Invalid batch request ${index}: getLogs with follow cannot be batched`);
  }
  return [name, payload];
}
