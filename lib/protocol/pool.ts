/**
 * {@linkcode IpcPool}: a fixed number of reconnecting connections shared by
 * many callers.
 *
 * @module
 */
import { type BatchRequest, type CallOptions, IpcClient, type IpcClientOptions } from "./client.ts";
import { IpcError } from "./errors.ts";
import type { atlas } from "./messages.ts";

/**
 * Options of {@linkcode IpcPool.connect}: the pool's size, and the options
 * of every member (which always reconnect).
 *
 * @example Eight connections, short timeouts
 * ```ts
 * import type { IpcPoolOptions } from "@atlas/runner";
 *
 * const options: IpcPoolOptions = { size: 8, timeoutMs: 5_000, retries: 3 };
 * console.log(options.size);
 * ```
 */
export interface IpcPoolOptions extends Omit<IpcClientOptions, "reconnect"> {
  /** How many connections the pool keeps open. @default {4} */
  size?: number;
}

/**
 * Options of {@linkcode IpcPool.run}.
 *
 * @example Giving up when the caller does
 * ```ts
 * import type { PoolRunOptions } from "@atlas/runner";
 *
 * const controller = new AbortController();
 * const options: PoolRunOptions = { timeoutMs: 2_000, signal: controller.signal };
 * controller.abort();
 * console.log(options.signal?.aborted);
 * ```
 */
export interface PoolRunOptions {
  /**
   * Fails with `TIMEOUT` when no connection is free for this long.
   * Defaults to the pool's `timeoutMs`.
   */
  timeoutMs?: number;
  /** Gives up waiting for a free connection: rejects with the signal's reason. */
  signal?: AbortSignal;
}

interface Waiter {
  resolve(client: IpcClient): void;
  reject(error: unknown): void;
}

/**
 * A fixed number of connections to one daemon, shared by many callers: for
 * bots and web back ends that make many concurrent calls. Each caller gets a
 * connection of its own for the duration of its call (callers beyond the
 * pool's size wait their turn, first come first served), so at most `size`
 * requests reach the daemon at once from this pool.
 *
 * Every member is an {@linkcode IpcClient} with `reconnect: true`: a member
 * whose connection breaks (a daemon restart) connects again on its next use,
 * idempotent requests lost with it are sent again, and the others fail with
 * `CONNECTION_CLOSED` (see {@linkcode IpcClientOptions.reconnect}).
 *
 * @example Many concurrent callers on three connections
 * ```ts
 * import { IpcPool, IpcServer } from "@atlas/runner";
 *
 * const dir = await Deno.makeTempDir();
 * await using server = await IpcServer.listen({
 *   path: `${dir}/atlas.sock`,
 *   handler: {
 *     getStatus: () => ({ playerCount: 3 }),
 *     sendCommand: (request) => ({ success: true, response: `ran ${request.command}` }),
 *   },
 * });
 * await using pool = await IpcPool.connect(server.path, { size: 3 });
 * const counts = await Promise.all(
 *   Array.from({ length: 20 }, async () => (await pool.getStatus()).playerCount),
 * );
 * // A sequence of requests on one connection:
 * const reply = await pool.run(async (client) => {
 *   await client.getStatus();
 *   return await client.sendCommand({ command: "list" });
 * });
 * console.log(counts.length, reply.response);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export class IpcPool implements AsyncDisposable {
  readonly #path: string;
  readonly #members: readonly IpcClient[];
  readonly #idle: IpcClient[];
  readonly #waiters: Waiter[] = [];
  readonly #timeoutMs: number;
  #closed = false;

  private constructor(path: string, members: IpcClient[], timeoutMs: number) {
    this.#path = path;
    this.#members = members;
    this.#idle = [...members];
    this.#timeoutMs = timeoutMs;
  }

  /**
   * Opens the pool's connections to the server listening on `path`.
   *
   * @param path The socket's path.
   * @param options The pool's size, and the options of every member.
   * @returns The connected pool.
   * @throws {RangeError} When `size` is not a whole number of at least 1.
   * @throws {IpcError} `DAEMON_UNREACHABLE` when nothing listens there (after
   * the retries).
   */
  static async connect(path: string, options: IpcPoolOptions = {}): Promise<IpcPool> {
    const { size = 4, ...clientOptions } = options;
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Invalid size: ${size}`);
    const members: IpcClient[] = [];
    try {
      for (let i = 0; i < size; i++) {
        members.push(await IpcClient.connect(path, { ...clientOptions, reconnect: true }));
      }
    } catch (error) {
      await Promise.all(members.map((member) => member.close()));
      throw error;
    }
    return new IpcPool(path, members, options.timeoutMs ?? 30_000);
  }

  /** The socket's path. */
  get path(): string {
    return this.#path;
  }

  /** How many connections the pool has. */
  get size(): number {
    return this.#members.length;
  }

  /** How many connections are free right now. */
  get idle(): number {
    return this.#idle.length;
  }

  /** Whether {@linkcode IpcPool.close} was called. */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Runs `fn` with a connection of the pool to itself, waiting for a free
   * one if all are busy, and gives the connection back when `fn` settles.
   * Do not keep the client after `fn` returns.
   *
   * @param fn Uses the client; its result is returned.
   * @param options How long to wait for a free connection, and an abort signal.
   * @returns What `fn` returns.
   * @throws {IpcError} `TIMEOUT` when no connection became free in time,
   * `CONNECTION_CLOSED` when the pool is closed; and whatever `fn` throws.
   */
  async run<T>(
    fn: (client: IpcClient) => T | Promise<T>,
    options: PoolRunOptions = {},
  ): Promise<T> {
    const client = await this.#acquire(options.timeoutMs ?? this.#timeoutMs, options.signal);
    try {
      return await fn(client);
    } finally {
      this.#release(client);
    }
  }

  /**
   * {@linkcode IpcClient.startServer} on a free connection.
   *
   * @param request The release channel and whether to wait until it is ready.
   * @param options Timeout (waiting for a connection included) and abort signal.
   * @returns The daemon's answer.
   * @throws {IpcError} As {@linkcode IpcClient.startServer}; `TIMEOUT` also when no
   * connection became free in time.
   */
  startServer(
    request: atlas.ipc.StartServerRequest.$Properties = {},
    options?: CallOptions,
  ): Promise<atlas.ipc.StartServerResponse> {
    return this.#call((client, o) => client.startServer(request, o), options);
  }

  /**
   * {@linkcode IpcClient.stopServer} on a free connection.
   *
   * @param request Whether to force it, and how long to wait.
   * @param options Timeout (waiting for a connection included) and abort signal.
   * @returns The daemon's answer.
   * @throws {IpcError} As {@linkcode IpcClient.stopServer}.
   */
  stopServer(
    request: atlas.ipc.StopServerRequest.$Properties = {},
    options?: CallOptions,
  ): Promise<atlas.ipc.StopServerResponse> {
    return this.#call((client, o) => client.stopServer(request, o), options);
  }

  /**
   * {@linkcode IpcClient.getStatus} on a free connection.
   *
   * @param options Timeout (waiting for a connection included) and abort signal.
   * @returns The status.
   * @throws {IpcError} As {@linkcode IpcClient.getStatus}.
   */
  getStatus(options?: CallOptions): Promise<atlas.ipc.GetStatusResponse> {
    return this.#call((client, o) => client.getStatus(o), options);
  }

  /**
   * {@linkcode IpcClient.sendCommand} on a free connection.
   *
   * @param request The console command.
   * @param options Timeout (waiting for a connection included) and abort signal.
   * @returns The daemon's answer.
   * @throws {IpcError} As {@linkcode IpcClient.sendCommand}.
   */
  sendCommand(
    request: atlas.ipc.SendCommandRequest.$Properties,
    options?: CallOptions,
  ): Promise<atlas.ipc.SendCommandResponse> {
    return this.#call((client, o) => client.sendCommand(request, o), options);
  }

  /**
   * {@linkcode IpcClient.getLogs} on a free connection.
   *
   * @param request How many lines.
   * @param options Timeout (waiting for a connection included) and abort signal.
   * @returns The lines.
   * @throws {IpcError} As {@linkcode IpcClient.getLogs}.
   */
  getLogs(
    request: { lines?: number | null } = {},
    options?: CallOptions,
  ): Promise<atlas.ipc.GetLogsResponse> {
    return this.#call((client, o) => client.getLogs(request, o), options);
  }

  /**
   * {@linkcode IpcClient.createBackup} on a free connection.
   *
   * @param request The backup's name.
   * @param options Timeout (waiting for a connection included) and abort signal.
   * @returns The daemon's answer.
   * @throws {IpcError} As {@linkcode IpcClient.createBackup}.
   */
  createBackup(
    request: atlas.ipc.CreateBackupRequest.$Properties = {},
    options?: CallOptions,
  ): Promise<atlas.ipc.CreateBackupResponse> {
    return this.#call((client, o) => client.createBackup(request, o), options);
  }

  /**
   * {@linkcode IpcClient.listBackups} on a free connection.
   *
   * @param options Timeout (waiting for a connection included) and abort signal.
   * @returns The backups.
   * @throws {IpcError} As {@linkcode IpcClient.listBackups}.
   */
  listBackups(options?: CallOptions): Promise<atlas.ipc.ListBackupsResponse> {
    return this.#call((client, o) => client.listBackups(o), options);
  }

  /**
   * {@linkcode IpcClient.restoreBackup} on a free connection.
   *
   * @param request The backup's id.
   * @param options Timeout (waiting for a connection included) and abort signal.
   * @returns The daemon's answer.
   * @throws {IpcError} As {@linkcode IpcClient.restoreBackup}.
   */
  restoreBackup(
    request: atlas.ipc.RestoreBackupRequest.$Properties,
    options?: CallOptions,
  ): Promise<atlas.ipc.RestoreBackupResponse> {
    return this.#call((client, o) => client.restoreBackup(request, o), options);
  }

  /**
   * {@linkcode IpcClient.updateServer} on a free connection.
   *
   * @param request The release channel.
   * @param options Timeout (waiting for a connection included) and abort signal.
   * @returns The old and new versions.
   * @throws {IpcError} As {@linkcode IpcClient.updateServer}.
   */
  updateServer(
    request: atlas.ipc.UpdateServerRequest.$Properties = {},
    options?: CallOptions,
  ): Promise<atlas.ipc.UpdateServerResponse> {
    return this.#call((client, o) => client.updateServer(request, o), options);
  }

  /**
   * {@linkcode IpcClient.getConfig} on a free connection.
   *
   * @param options Timeout (waiting for a connection included) and abort signal.
   * @returns The configuration as JSON text.
   * @throws {IpcError} As {@linkcode IpcClient.getConfig}.
   */
  getConfig(options?: CallOptions): Promise<atlas.ipc.GetConfigResponse> {
    return this.#call((client, o) => client.getConfig(o), options);
  }

  /**
   * {@linkcode IpcClient.setConfig} on a free connection.
   *
   * @param request The configuration as JSON text.
   * @param options Timeout (waiting for a connection included) and abort signal.
   * @returns The daemon's answer.
   * @throws {IpcError} As {@linkcode IpcClient.setConfig}.
   */
  setConfig(
    request: atlas.ipc.SetConfigRequest.$Properties,
    options?: CallOptions,
  ): Promise<atlas.ipc.SetConfigResponse> {
    return this.#call((client, o) => client.setConfig(request, o), options);
  }

  /**
   * {@linkcode IpcClient.batch} on a free connection.
   *
   * @param requests The requests, each with one payload.
   * @param options Timeout (waiting for a connection included) and abort signal.
   * @returns The responses, in the order of `requests`.
   * @throws {IpcError} As {@linkcode IpcClient.batch}.
   */
  batch(requests: readonly BatchRequest[], options?: CallOptions): Promise<atlas.ipc.Response[]> {
    return this.#call((client, o) => client.batch(requests, o), options);
  }

  /**
   * Closes every connection: requests in flight fail with
   * `CONNECTION_CLOSED`, and so do callers waiting for a free connection.
   * Idempotent.
   *
   * @returns Resolves once every connection is closed.
   */
  async close(): Promise<void> {
    this.#closed = true;
    const error = new IpcError("CONNECTION_CLOSED", "The connection pool is closed");
    for (const waiter of this.#waiters.splice(0)) waiter.reject(error);
    await Promise.all(this.#members.map((member) => member.close()));
  }

  /** Same as {@linkcode IpcPool.close}, for `await using`. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /** One request on a free member, within one timeout for the wait and the request. */
  async #call<T>(
    request: (client: IpcClient, options: CallOptions) => Promise<T>,
    options: CallOptions = {},
  ): Promise<T> {
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    const deadline = Date.now() + timeoutMs;
    return await this.run(
      (client) =>
        request(client, {
          signal: options.signal,
          timeoutMs: Math.max(1, deadline - Date.now()),
        }),
      { timeoutMs, signal: options.signal },
    );
  }

  #acquire(timeoutMs: number, signal: AbortSignal | undefined): Promise<IpcClient> {
    if (this.#closed) {
      return Promise.reject(new IpcError("CONNECTION_CLOSED", "The connection pool is closed"));
    }
    if (signal?.aborted) return Promise.reject(signal.reason);
    const free = this.#idle.pop();
    if (free !== undefined) return Promise.resolve(free);
    return new Promise((resolve, reject) => {
      const settle = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        const index = this.#waiters.indexOf(waiter);
        if (index >= 0) this.#waiters.splice(index, 1);
      };
      const waiter: Waiter = {
        resolve(client) {
          settle();
          resolve(client);
        },
        reject(error) {
          settle();
          reject(error);
        },
      };
      const onAbort = (): void => waiter.reject(signal!.reason);
      const timer = setTimeout(() => {
        const message = `No connection of the pool became free within ${timeoutMs} ms`;
        waiter.reject(
          new IpcError("TIMEOUT", message, {
            hint: "Make the pool larger, or the calls shorter",
          }),
        );
      }, timeoutMs);
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  #release(client: IpcClient): void {
    if (this.#closed) return;
    const waiter = this.#waiters.shift();
    if (waiter !== undefined) waiter.resolve(client);
    else this.#idle.push(client);
  }
}
