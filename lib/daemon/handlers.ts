/**
 * The daemon's {@linkcode RequestHandler}: turns wire requests into calls on
 * the services and their plain results into wire responses. The only daemon
 * file that sees wire messages.
 *
 * Lifecycle, console, status and logs are answered here; backups, restore,
 * update and config by `storage_handlers.ts`, which {@linkcode createHandler}
 * spreads in. The services come from `mod.ts`'s `createServices()`.
 *
 * @module
 */
import denoConfig from "../../deno.json" with { type: "json" };
import type { RequestHandler } from "../protocol/handler.ts";
import { atlas } from "../protocol/messages.ts";
import { DEFAULT_LOG_LINES } from "../protocol/validate.ts";
import { type DaemonFeature, PROTOCOL_VERSION } from "../protocol/version.ts";
import type { ConfigStore } from "./config/store.ts";
import type { ConsoleService } from "./console/service.ts";
import type { LogBuffer } from "./console/log_buffer.ts";
import type { StatusService } from "./console/status.ts";
import type { StorageServices } from "./storage.ts";
import { storageHandlers } from "./storage_handlers.ts";
import type { ServerState, Supervisor } from "./server/supervisor.ts";

/** The services requests are answered with (built in `mod.ts`). */
export interface DaemonServices {
  /** The live config. */
  config: ConfigStore;
  /** The game server's lifecycle. */
  supervisor: Supervisor;
  /** The console lines. */
  logs: LogBuffer;
  /** Console commands and waits. */
  console: ConsoleService;
  /** Status snapshots. */
  status: StatusService;
  /** Backups, restore, update, config get/set (`storage.ts`). */
  storage: StorageServices;
}

/** The daemon's version, from deno.json (embedded at build time). */
export const DAEMON_VERSION: string = denoConfig.version;

const STATE: Record<ServerState, atlas.common.ServerState> = {
  STOPPED: atlas.common.ServerState.SERVER_STATE_STOPPED,
  STARTING: atlas.common.ServerState.SERVER_STATE_STARTING,
  RUNNING: atlas.common.ServerState.SERVER_STATE_RUNNING,
  STOPPING: atlas.common.ServerState.SERVER_STATE_STOPPING,
  ERROR: atlas.common.ServerState.SERVER_STATE_ERROR,
};

/**
 * Maps a supervisor state to the wire enum.
 *
 * @param state The state.
 * @returns The `atlas.common.ServerState` value.
 */
export function wireState(state: ServerState): atlas.common.ServerState {
  return STATE[state];
}

/**
 * Builds the daemon's request handler.
 *
 * @param services The services.
 * @param options `metrics`: renders the Prometheus text (answers GetMetrics).
 * @returns The handler for `IpcServer`.
 */
export function createHandler(
  services: DaemonServices,
  options: { metrics?: () => Promise<string> } = {},
): RequestHandler {
  const features: DaemonFeature[] = [];
  const { metrics } = options;
  const handler: RequestHandler = {
    ...lifecycleHandlers(services, features),
    ...storageHandlers(services.storage),
    ...(metrics && { getMetrics: async () => ({ text: await metrics() }) }),
  };
  // Status lists exactly the optional requests this handler answers.
  if (handler.getMetrics) features.push("metrics");
  return handler;
}

/**
 * The handlers of this module: StartServer, StopServer, GetStatus,
 * SendCommand, GetLogs.
 *
 * @param services The services.
 * @param features The optional features GetStatus lists (filled in by {@linkcode createHandler}).
 * @returns Those five handler methods.
 */
export function lifecycleHandlers(
  services: DaemonServices,
  features: readonly DaemonFeature[] = [],
): RequestHandler {
  const { supervisor, status, console, logs, storage } = services;
  return {
    async startServer(request, context) {
      // A channel other than the installed one is updated to first (storage's update service).
      const updated = await storage.update.ensureChannel(request.channel);
      if (updated && updated.restartedPid !== null) {
        // It was running: the update already restarted it on the new jar.
        return {
          success: true,
          serverPid: String(updated.restartedPid),
          message: `Updated to ${request.channel} (${updated.newVersion}) and restarted the server`,
        };
      }
      const result = await supervisor.start({
        waitForReady: request.waitForReady,
        signal: context.peerEnded,
      });
      return {
        success: result.success,
        serverPid: result.pid === null ? "" : String(result.pid),
        message: result.message,
      };
    },

    async stopServer(request, context) {
      const result = await supervisor.stop({
        force: request.force,
        timeoutSeconds: request.timeoutSeconds,
        signal: context.peerEnded,
      });
      return { success: true, message: result.message };
    },

    async getStatus() {
      const s = await status.get();
      return {
        state: wireState(s.state),
        version: s.version,
        uptimeSeconds: s.uptimeSeconds,
        memoryUsageMb: s.memoryUsageMb,
        playerCount: s.playerCount,
        maxPlayers: s.maxPlayers,
        motd: s.motd,
        daemonVersion: DAEMON_VERSION,
        protocolVersion: PROTOCOL_VERSION,
        serverPid: s.pid,
        playerNames: s.playerNames,
        restarts: s.restarts,
        lastExitReason: s.lastExitReason,
        runStartedAt: s.runStartedAt,
        features: [...features],
      };
    },

    async sendCommand(request) {
      const reply = await console.send(request.command);
      return { success: true, response: reply.response };
    },

    getLogs(request, context) {
      const lines = request.lines || DEFAULT_LOG_LINES;
      if (!request.follow) return { lines: logs.tail(lines), eof: true };
      return followLogs(logs, lines, context.signal);
    },
  };
}

async function* followLogs(
  logs: LogBuffer,
  lines: number,
  signal: AbortSignal,
): AsyncGenerator<atlas.ipc.GetLogsResponse.$Properties> {
  for await (const batch of logs.follow(lines, { signal })) {
    yield { lines: batch, eof: false };
  }
  yield { lines: [], eof: true };
}
