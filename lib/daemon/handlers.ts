/**
 * The daemon's {@linkcode RequestHandler}: turns wire requests into calls on
 * the services and their plain results into wire responses. The only daemon
 * file that sees wire messages.
 *
 * Every request is answered here: lifecycle, console, status and logs by
 * {@linkcode lifecycleHandlers}, backups, restore, update and config by
 * {@linkcode storageHandlers}; {@linkcode createHandler} joins them. The
 * services come from the composition root, `services.ts`.
 *
 * @module
 */
import denoConfig from "../../deno.json" with { type: "json" };
import type { RequestHandler } from "../protocol/handler.ts";
import { atlas } from "../protocol/messages.ts";
import { DEFAULT_LOG_LINES } from "../protocol/validate.ts";
import { type DaemonFeature, PROTOCOL_VERSION } from "../protocol/version.ts";
import type { DaemonServices } from "./services.ts";
import type { LogBuffer } from "./console/log_buffer.ts";
import type { ServerState } from "./server/supervisor.ts";

export type { DaemonServices } from "./services.ts";

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
    ...storageHandlers(services),
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
  const { supervisor, status, console, logs, update } = services;
  return {
    async startServer(request, context) {
      // A channel other than the installed one is updated to first (the update service).
      const updated = await update.ensureChannel(request.channel);
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

/**
 * CreateBackup, ListBackups, RestoreBackup, UpdateServer, GetConfig and
 * SetConfig, mapped to and from the plain values of their services.
 *
 * @param services The services.
 * @returns Those six handler methods.
 */
export function storageHandlers(services: DaemonServices): RequestHandler {
  const { backups, restore, update, configService } = services;
  return {
    async createBackup(request) {
      const result = await backups.create(request.name);
      return {
        success: true,
        backupId: result.manifest.id,
        message: result.message,
        savingPausedMs: result.savingPausedMs ?? 0,
      };
    },

    async listBackups() {
      const list = await backups.list();
      return {
        backups: list.map((b) => ({
          id: b.id,
          name: b.name,
          createdAt: b.createdAt,
          sizeBytes: b.sizeBytes,
        })),
      };
    },

    async restoreBackup(request) {
      const result = await restore.restore(request.backupId);
      return { success: true, message: result.message };
    },

    async updateServer(request) {
      const result = await update.update(request.channel);
      return {
        success: result.success,
        oldVersion: result.oldVersion,
        newVersion: result.newVersion,
        message: result.message,
      };
    },

    getConfig() {
      return { configJson: configService.get() };
    },

    async setConfig(request) {
      const result = await configService.set(request.configJson);
      return { success: true, message: result.message };
    },
  };
}
