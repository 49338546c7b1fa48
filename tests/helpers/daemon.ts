/**
 * Running a real daemon for tests: {@linkcode startDaemon} sets up a temp
 * dir with a config and a demo server directory, spawns `main.ts daemon`,
 * and waits until it listens.
 *
 * @module
 */
import { join } from "node:path";
import { demoServerCommand, writeDemoServerDirectory } from "../../lib/demo/mod.ts";
import { IpcClient, type IpcClientOptions } from "../../lib/protocol/client.ts";
import { atlas } from "../../lib/protocol/messages.ts";
import type { DaemonTesting } from "../../lib/daemon/mod.ts";
import { NARROW_PERMISSIONS } from "./permissions.ts";
import { type ChildProcessHandle, formatStatus, freePort, MAIN_PATH, spawnChild } from "./child.ts";
import type { LineCollector } from "./lines.ts";

/**
 * The permissions the daemon runs with: all. It spawns an arbitrary server
 * command (unrestricted `--allow-run` is all access anyway), and Deno lets
 * only `--allow-all` programs read /proc (the fast way to memory figures and
 * orphans; without it the daemon asks `ps`).
 */
export const RUN_PERMISSIONS: readonly string[] = ["--allow-all"];

/**
 * The command line that runs `main.ts daemon <args>` as tests run it.
 *
 * @param args The daemon's arguments.
 * @param permissions Its Deno permissions.
 * @returns The program and its arguments.
 */
export function daemonCommand(
  args: readonly string[],
  permissions: readonly string[] = RUN_PERMISSIONS,
): string[] {
  return [Deno.execPath(), "run", ...permissions, MAIN_PATH, "daemon", ...args];
}

/**
 * Every permission but all-access: the daemon then cannot read /proc and
 * uses `ps` for process facts, as it does on macOS.
 */
export const NO_PROC_PERMISSIONS: readonly string[] = NARROW_PERMISSIONS;

/** Options of {@linkcode startDaemon}. */
export interface StartDaemonOptions {
  /** Config values merged over the test defaults (section by section). */
  config?: Record<string, Record<string, unknown> | unknown>;
  /** Extra environment of the daemon (and so of the demo server): `ATLAS_DEMO_*` hooks. */
  env?: Record<string, string>;
  /** Enable RCON in the demo's `server.properties` with this password. */
  rconPassword?: string;
  /**
   * Use this directory (not removed on dispose) instead of a new temp dir;
   * one a previous daemon used is reused as it is (config, data, ports).
   */
  dir?: string;
  /** Extra daemon arguments. */
  args?: string[];
  /** The daemon's Deno permissions. @default RUN_PERMISSIONS */
  permissions?: readonly string[];
  /** More flags of `deno run` for the daemon (e.g. `--inspect=127.0.0.1:PORT`). */
  denoFlags?: readonly string[];
  /** Start the server and wait until it is RUNNING. @default false */
  startServer?: boolean;
  /** Wait until the daemon listens. @default true */
  waitUntilListening?: boolean;
}

/** A daemon under test. */
export interface DaemonHandle extends AsyncDisposable {
  /** The temp dir holding everything. */
  readonly dir: string;
  /** The socket. */
  readonly socketPath: string;
  /** The config file. */
  readonly configPath: string;
  /** The data directory. */
  readonly dataDir: string;
  /** The demo server's directory. */
  readonly serverDir: string;
  /** The demo server's game and RCON ports. */
  readonly ports: { server: number; rcon: number };
  /** The daemon process. */
  readonly process: ChildProcessHandle;
  /** The daemon's stderr lines (its log records). */
  readonly log: LineCollector;
  /**
   * Opens a client (closed on dispose).
   *
   * @param options Client options.
   * @returns The client.
   */
  client(options?: IpcClientOptions): Promise<IpcClient>;
  /** The daemon's stderr so far. */
  stderr(): string;
  /**
   * Sends a signal (SIGTERM by default) and waits for the daemon to exit.
   *
   * @param signal The signal.
   * @returns The exit status.
   */
  stop(signal?: Deno.Signal): Promise<Deno.CommandStatus>;
}

/**
 * Starts a daemon in a temp dir, supervising the demo server (fast start-up
 * via `ATLAS_DEMO_START_DELAY_MS=50`). On dispose: clients closed, daemon
 * stopped with SIGTERM (SIGKILL after 30 s), any server it left killed,
 * temp dir removed. Its stderr is printed only when something fails (set
 * `ATLAS_TEST_VERBOSE=1` to always see it).
 *
 * @param options Config, environment, RCON, reuse of a directory.
 * @returns The running daemon.
 */
export async function startDaemon(options: StartDaemonOptions = {}): Promise<DaemonHandle> {
  const ownsDir = options.dir === undefined;
  const dir = options.dir ?? await Deno.makeTempDir({ prefix: "atlas-daemon-" });
  const paths = {
    socketPath: join(dir, "atlas.sock"),
    configPath: join(dir, "config.json"),
    dataDir: join(dir, "data"),
    serverDir: join(dir, "server"),
  };
  const ports = await prepareDirectory(dir, paths, options);
  const [program, ...args] = daemonCommand([
    "--config",
    paths.configPath,
    "--socket",
    paths.socketPath,
    ...(options.args ?? []),
  ], [...(options.permissions ?? RUN_PERMISSIONS), ...(options.denoFlags ?? [])]);
  const process = spawnChild([program, ...args], {
    name: "daemon",
    env: { ATLAS_DEMO_START_DELAY_MS: "50", NO_COLOR: "1", ...options.env },
    detached: true,
    graceMs: 30_000,
  });
  const log = process.stderr;
  const clients: IpcClient[] = [];
  const handle: DaemonHandle = {
    dir,
    ...paths,
    ports,
    process,
    log,
    async client(clientOptions) {
      const client = await IpcClient.connect(paths.socketPath, clientOptions);
      clients.push(client);
      return client;
    },
    stderr: () => log.text(),
    async stop(signal: Deno.Signal = "SIGTERM") {
      process.kill(signal);
      return await process.status;
    },
    async [Symbol.asyncDispose]() {
      await Promise.all(clients.map((c) => c.close()));
      const running = process.exitStatus === null;
      const s = await process.stop();
      await killLeftoverServer(paths.dataDir);
      const failure = running && s.code !== 0 ? `daemon exited with ${formatStatus(s)}` : null;
      if (failure !== null || Deno.env.get("ATLAS_TEST_VERBOSE")) {
        printDaemonOutput(log.text(), failure);
      }
      if (ownsDir) await Deno.remove(dir, { recursive: true });
      if (failure !== null) throw new Error(`${failure}; its stderr is printed above`);
    },
  };
  try {
    if (options.waitUntilListening !== false) {
      await log.waitForLine(/Daemon listening on/);
    }
    if (options.startServer) {
      const client = await handle.client();
      const reply = await client.startServer({ waitForReady: true });
      if (!reply.success) throw new Error(`The demo server did not start: ${reply.message}`);
      await expectState(client, atlas.common.ServerState.SERVER_STATE_RUNNING);
    }
  } catch (error) {
    printDaemonOutput(log.text(), String(error));
    await Promise.resolve(handle[Symbol.asyncDispose]()).catch(() => {});
    throw error;
  }
  return handle;
}

/** Asserts a state via GetStatus. */
async function expectState(client: IpcClient, state: atlas.common.ServerState): Promise<void> {
  const status = await client.getStatus();
  if (status.state !== state) throw new Error(`Expected state ${state}, got ${status.state}`);
}

async function prepareDirectory(
  dir: string,
  paths: { configPath: string; dataDir: string; serverDir: string },
  options: StartDaemonOptions,
): Promise<{ server: number; rcon: number }> {
  const portsFile = join(dir, "ports.json");
  try {
    return JSON.parse(await Deno.readTextFile(portsFile));
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  const ports = { server: freePort(), rcon: freePort() };
  await Deno.writeTextFile(portsFile, JSON.stringify(ports));
  await Deno.mkdir(paths.serverDir, { recursive: true });
  await writeDemoServerDirectory(paths.serverDir, {
    port: ports.server,
    rconPort: ports.rcon,
    rconPassword: options.rconPassword,
  });
  const overrides = (options.config ?? {}) as Record<string, Record<string, unknown>>;
  const config: Record<string, unknown> = {
    dataDirectory: "data",
    ...overrides,
    server: {
      directory: "server",
      command: demoServerCommand(),
      stopTimeoutSeconds: 10,
      startTimeoutSeconds: 60,
      ...overrides.server,
    },
  };
  await Deno.writeTextFile(paths.configPath, JSON.stringify(config, null, 2));
  return ports;
}

/** Kills a server a test left behind (e.g. after SIGKILLing its daemon). */
async function killLeftoverServer(dataDir: string): Promise<void> {
  let pid: number;
  try {
    pid = JSON.parse(await Deno.readTextFile(join(dataDir, "server.pid"))).pid;
  } catch {
    return;
  }
  try {
    Deno.kill(-pid, "SIGKILL");
  } catch { /* already gone */ }
}

function printDaemonOutput(text: string, why: string | null): void {
  // deno-lint-ignore no-console
  console.error(
    `--- daemon stderr (${why ?? "verbose"}) ---\n${text}\n--- end of daemon stderr ---`,
  );
}

/** Options of {@linkcode runDaemonInProcess}. */
export interface InProcessDaemonOptions extends StartDaemonOptions {
  /** Internal daemon options (crash policy, SIGTERM timeout). */
  testing?: Pick<
    DaemonTesting,
    "crashPolicy" | "termTimeoutMs" | "savingTimeouts" | "probe" | "consoleReply"
  >;
}

/** A daemon running inside the test process. */
export interface InProcessDaemon extends AsyncDisposable {
  /** The temp dir holding everything. */
  readonly dir: string;
  /** The socket. */
  readonly socketPath: string;
  /** The data directory. */
  readonly dataDir: string;
  /**
   * Opens a client (closed on dispose).
   *
   * @returns The client.
   */
  client(): Promise<IpcClient>;
}

/**
 * Runs `runDaemon()` inside the test process, for what needs internal
 * options a user cannot set (short crash backoff, short SIGTERM wait).
 * `env` goes to the server only. The test's sanitizers then also check
 * that the daemon cleans up after itself.
 *
 * @param options As {@linkcode startDaemon}, plus internal daemon options.
 * @returns The daemon; dispose it to stop it (like SIGTERM).
 */
export async function runDaemonInProcess(
  options: InProcessDaemonOptions = {},
): Promise<InProcessDaemon> {
  const { runDaemon } = await import("../../lib/daemon/mod.ts");
  const dir = await Deno.makeTempDir({ prefix: "atlas-daemon-" });
  const paths = {
    socketPath: join(dir, "atlas.sock"),
    configPath: join(dir, "config.json"),
    dataDir: join(dir, "data"),
    serverDir: join(dir, "server"),
  };
  await prepareDirectory(dir, paths, options);
  const controller = new AbortController();
  const ready = Promise.withResolvers<void>();
  const running = runDaemon({
    configPath: paths.configPath,
    socketPath: paths.socketPath,
    handleSignals: false,
    signal: controller.signal,
    testing: {
      ...options.testing,
      serverEnv: { ATLAS_DEMO_START_DELAY_MS: "50", ...options.env },
    },
    onReady: () => ready.resolve(),
  });
  const clients: IpcClient[] = [];
  const dispose = async () => {
    await Promise.all(clients.map((c) => c.close()));
    controller.abort();
    await running.catch(() => {});
    await killLeftoverServer(paths.dataDir);
    await Deno.remove(dir, { recursive: true });
  };
  const failed = running.then(() => new Error("The daemon stopped before it was ready"), (e) => e);
  const first = await Promise.race([ready.promise.then(() => null), failed]);
  if (first instanceof Error) {
    await dispose();
    throw first;
  }
  return {
    dir,
    socketPath: paths.socketPath,
    dataDir: paths.dataDir,
    async client() {
      const client = await IpcClient.connect(paths.socketPath);
      clients.push(client);
      return client;
    },
    [Symbol.asyncDispose]: dispose,
  };
}
