/**
 * The daemon: {@linkcode runDaemon} wires the config, the console log, the
 * supervisor and its services, and the `IpcServer`, then runs until SIGINT,
 * SIGTERM or its abort signal, when it stops the server gracefully, closes
 * and removes the socket, and returns.
 *
 * Start-up order matters: the data directory's daemon lock first (a second
 * daemon is refused before it touches anything), then a server orphaned by
 * a killed daemon is stopped, and only then does the socket accept requests.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { join } from "node:path";
import { IpcError } from "../protocol/errors.ts";
import { IpcServer } from "../protocol/server.ts";
import { type ResolvedInstance, resolveInstance } from "../util/paths.ts";
import { ConfigStore } from "./config/store.ts";
import { createHandler, DAEMON_VERSION } from "./handlers.ts";
import { DaemonMetrics, type MetricsListener, serveMetrics } from "./metrics/service.ts";
import { parseListenAddress } from "./config/store.ts";
import { LogBuffer } from "./console/log_buffer.ts";
import { LogFile, readLogTail } from "./console/log_file.ts";
import { ensureSocketDirectory } from "./socket_dir.ts";
import { acquireDaemonLock } from "./daemon_lock.ts";
import { stopOrphanedServer } from "./server/pid_file.ts";
import type { DaemonTesting } from "./testing.ts";
import { type DaemonServices, startServices } from "./services.ts";

export type { DaemonServices } from "./services.ts";
export type { DaemonTesting } from "./testing.ts";

const log = getLogger(["atlas-runner", "daemon", "mod"]);

/** What {@linkcode runDaemon} tells its caller once it accepts requests. */
export interface DaemonReadyInfo {
  /** The instance's name (`--name`), `null` for the unnamed one. */
  name: string | null;
  /** The socket it listens on. */
  socketPath: string;
  /** The config file it uses. */
  configPath: string;
  /** Its data directory. */
  dataDirectory: string;
  /** With `--demo`: the demo server's directory and ports. */
  demo?: { directory: string; port: number; rconPort: number };
}

/** A demo server to supervise: what {@linkcode DaemonOptions.setupDemo} sets up. */
export interface DemoServer {
  /** Its directory. */
  directory: string;
  /** The game port (Server List Ping). */
  port: number;
  /** The RCON port. */
  rconPort: number;
  /** The argv that runs it. */
  command: string[];
}

/** Options of {@linkcode runDaemon}. */
export interface DaemonOptions {
  /**
   * The instance's name (`--name`); else `ATLAS_RUNNER_NAME`; else unnamed.
   * It picks the default socket, config file and data directory.
   */
  name?: string;
  /** The config file (`--config`); else the name's, else env, else the default. */
  configPath?: string;
  /** The socket (`--socket`); else the name's, else env, else the default. */
  socketPath?: string;
  /**
   * `--demo`: sets up a demo server in the data directory and gives how to
   * run it; the daemon then supervises it instead of the configured server.
   * Injected by `cmd/daemon.ts`, so the daemon never loads the simulator.
   */
  setupDemo?: (dataDirectory: string) => Promise<DemoServer>;
  /**
   * `--start`: start the server as soon as the daemon listens, as a service
   * or a container wants. A server that cannot start is logged, and the
   * daemon keeps serving so it can be fixed over the socket. @default false
   */
  startServer?: boolean;
  /** Stops the daemon like SIGTERM does. */
  signal?: AbortSignal;
  /** Listen for SIGINT and SIGTERM. @default true */
  handleSignals?: boolean;
  /** Called once requests are accepted. */
  onReady?: (info: DaemonReadyInfo) => void | Promise<void>;
  /** Internal knobs for tests (never config keys). @internal */
  testing?: DaemonTesting;
}

/**
 * Runs the daemon until SIGINT/SIGTERM (or `options.signal`), then stops
 * the server gracefully, closes and removes the socket, and resolves. A
 * second SIGINT/SIGTERM during that stop kills the server at once.
 *
 * @param options Name, paths, demo mode, and an abort signal.
 * @throws {IpcError} `VALIDATION` for an invalid config (field, problem, file)
 *   or an invalid name; `ALREADY_RUNNING` when another daemon holds the data
 *   directory or socket.
 */
export async function runDaemon(options: DaemonOptions = {}): Promise<void> {
  const instance = pickInstance(options);
  const { name, configPath, socketPath } = instance;
  const config = await ConfigStore.open(configPath, { dataDirectory: instance.dataDirectory });
  const dataDirectory = config.get().dataDirectory;
  await using _lock = await acquireDaemonLock(dataDirectory);
  using signals = new ShutdownSignals(options);
  log.info("Daemon starting (pid {pid}): config {configPath}, data {dataDirectory}", {
    pid: Deno.pid,
    name,
    configPath,
    dataDirectory,
  });
  warnIfRoot();
  await stopOrphanedServer(dataDirectory, {
    termTimeoutMs: config.get().server.stopTimeoutSeconds * 1000,
  });
  // After the orphan check: an orphaned demo server would hold the ports the demo wants.
  const demo = options.setupDemo
    ? await useDemo(config, await options.setupDemo(dataDirectory))
    : undefined;
  await using consoleLog = await openConsoleLog(config);
  await using services = await startServices(config, consoleLog.buffer, options.testing);
  signals.onForce = () => services.supervisor.process?.signal("SIGKILL");
  await ensureSocketDirectory(socketPath);
  const ipc = config.get().ipc;
  const metrics = new DaemonMetrics({
    daemonVersion: DAEMON_VERSION,
    supervisor: services.supervisor,
    status: services.status,
    backups: services.backups,
  });
  const server = await IpcServer.listen({
    path: socketPath,
    handler: createHandler(services, { metrics: () => metrics.collect() }),
    maxConnections: ipc.maxConnections,
    idleTimeoutMs: ipc.idleTimeoutSeconds * 1000,
    rateLimit: ipc.rateLimit ?? undefined,
  });
  metrics.attachIpc(() => server.metrics);
  let metricsListener: MetricsListener | null = null;
  try {
    metricsListener = listenForMetrics(config, metrics);
    log.info("Daemon listening on {socketPath}", { socketPath });
    const info: DaemonReadyInfo = { name, socketPath, configPath, dataDirectory };
    if (demo) {
      info.demo = { directory: demo.directory, port: demo.port, rconPort: demo.rconPort };
      await startDemo(services, demo.port);
    } else if (options.startServer) {
      await startOnLaunch(services);
    }
    await options.onReady?.(info);
    await signals.requested;
  } finally {
    log.info("Daemon stopping");
    // A running backup is aborted first, so that it turns saving back on before the stop.
    await services.stopOperations();
    await services.supervisor.shutdown();
    consoleLog.buffer.close();
    await metricsListener?.[Symbol.asyncDispose]();
    await server.close();
    log.info("Daemon stopped");
  }
}

/** The instance's paths; a bad name is a `VALIDATION` error, as a bad config is. */
function pickInstance(options: DaemonOptions): ResolvedInstance {
  try {
    return resolveInstance({
      name: options.name,
      socket: options.socketPath,
      config: options.configPath,
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new IpcError("VALIDATION", error.message, {
      hint: "pick another name, e.g. lobby or survival-2",
      cause: error,
    });
  }
}

/**
 * `--demo`: points the live config's `server.directory` and `server.command`
 * at the demo server (the file is left alone).
 */
/** Starts the HTTP metrics listener when `metrics.listen` is set. */
function listenForMetrics(config: ConfigStore, metrics: DaemonMetrics): MetricsListener | null {
  const listen = config.get().metrics.listen;
  if (listen === null) return null;
  // The config schema has validated the address (and that it is loopback unless allowed).
  const address = parseListenAddress(listen)!;
  try {
    return serveMetrics(metrics, address);
  } catch (error) {
    throw new IpcError(
      "FAILED",
      `Cannot listen for metrics on ${listen}: ${(error as Error).message}`,
      {
        hint: "Choose a free port in metrics.listen, or set it to null",
        cause: error,
      },
    );
  }
}

function useDemo(config: ConfigStore, demo: DemoServer): DemoServer {
  config.setOverride((c) => ({
    ...c,
    server: { ...c.server, directory: demo.directory, command: demo.command },
  }));
  return demo;
}

/**
 * The ring buffer, reloaded from the log file, and the file it feeds; both
 * follow live changes of `logs.*`.
 */
async function openConsoleLog(
  store: ConfigStore,
): Promise<{ buffer: LogBuffer; file: LogFile } & AsyncDisposable> {
  const config = store.get();
  const path = join(config.dataDirectory, "logs", "console.log");
  const buffer = new LogBuffer(config.logs.bufferLines);
  buffer.append(await readLogTail(path, config.logs.bufferLines));
  const file = await LogFile.open(path, {
    maxBytes: config.logs.fileMaxBytes,
    files: config.logs.files,
  });
  const unsubscribe = buffer.subscribeBatches((lines) => file.write(lines));
  const stopApplying = store.onChange((next) => {
    buffer.resize(next.logs.bufferLines);
    file.setOptions({ maxBytes: next.logs.fileMaxBytes, files: next.logs.files });
  });
  return {
    buffer,
    file,
    async [Symbol.asyncDispose]() {
      stopApplying();
      unsubscribe();
      await file.close();
    },
  };
}

/** `--demo` starts the demo server right away, so there is something to look at. */
async function startDemo(services: DaemonServices, port: number): Promise<void> {
  const result = await services.supervisor.start({ waitForReady: false });
  log.info("Demo server starting (pid {pid}) on port {port}", { pid: result.pid, port });
}

/**
 * `--start`: starts the configured server without waiting for it to be
 * ready. A refusal or failure (no jar yet, a bad command) is logged; the
 * daemon stays up, so `atlas-runner update` or `config set` can fix it.
 */
async function startOnLaunch(services: DaemonServices): Promise<void> {
  try {
    const result = await services.supervisor.start({ waitForReady: false });
    if (!result.success) log.warn("Server not started: {message}", { message: result.message });
  } catch (error) {
    log.error("Cannot start the server at launch: {message}", {
      message: error instanceof Error ? error.message : String(error),
      error,
    });
  }
}

/**
 * Running as root makes the game server, every console command and whoever
 * can reach the socket root too: said loudly, once, at start.
 */
function warnIfRoot(): void {
  if (Deno.uid() !== 0) return;
  log.warn(
    "The daemon runs as root: the game server runs as root too, and whoever can reach its socket " +
      "can run programs as root. Run it as an ordinary user (for example a dedicated minecraft " +
      "user with systemd's User=)",
  );
}

/** Signals this soon after the first are the same request delivered twice. */
const DUPLICATE_SIGNAL_MS = 1000;

/**
 * The daemon's shutdown trigger: the first SIGINT/SIGTERM (or the abort
 * signal) requests a graceful shutdown; a second signal kills the server at
 * once. Listens until disposed, so the second signal works during the stop.
 */
class ShutdownSignals implements Disposable {
  readonly requested: Promise<void>;
  /** What a second signal does. */
  onForce: () => void = () => {};
  #cleanup: Array<() => void> = [];

  constructor(options: DaemonOptions) {
    const { promise, resolve } = Promise.withResolvers<void>();
    this.requested = promise;
    let first = 0;
    const onSignal = () => {
      if (first === 0) {
        first = Date.now();
        log.info("Signal received; stopping the server, then the daemon");
        resolve();
      } else if (Date.now() - first < DUPLICATE_SIGNAL_MS) {
        // Ctrl-C under `deno task` reaches the daemon twice (from the terminal
        // and forwarded by the task runner): one request, not two.
      } else {
        log.warn("Second signal; killing the server now");
        this.onForce();
      }
    };
    if (options.handleSignals !== false) {
      for (const name of ["SIGINT", "SIGTERM"] as const) {
        Deno.addSignalListener(name, onSignal);
        this.#cleanup.push(() => Deno.removeSignalListener(name, onSignal));
      }
    }
    const signal = options.signal;
    if (signal?.aborted) resolve();
    signal?.addEventListener("abort", () => resolve(), { once: true });
  }

  [Symbol.dispose](): void {
    for (const fn of this.#cleanup) fn();
    this.#cleanup = [];
  }
}
