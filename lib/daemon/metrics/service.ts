/**
 * The daemon's metrics in the Prometheus text format: the game server's
 * (state, players, uptime, memory, restarts), the backups', and the IPC
 * server's counters. Served by GetMetrics (`atlas-runner metrics`) and, when
 * `metrics.listen` is set, on a loopback HTTP listener at `/metrics`.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { WIRE_ERROR_CODES } from "../../protocol/errors.ts";
import type { IpcServerMetrics } from "../../protocol/server.ts";
import { PROTOCOL_VERSION } from "../../protocol/version.ts";
import type { BackupService } from "../backup/service.ts";
import type { StatusService } from "../console/status.ts";
import type { ServerState, Supervisor } from "../server/supervisor.ts";
import { Exposition, type Sample } from "./exposition.ts";

const log = getLogger(["atlas-runner", "daemon", "metrics"]);

/** The content type of the exposition format 0.0.4. */
export const METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

const STATES: readonly ServerState[] = ["STOPPED", "STARTING", "RUNNING", "STOPPING", "ERROR"];

/** Where the metrics come from. */
export interface MetricsSources {
  /** The daemon's version. */
  daemonVersion: string;
  /** The supervisor (state, restarts, give-ups). */
  supervisor: Supervisor;
  /** Status snapshots (players, uptime, memory). */
  status: StatusService;
  /** Backups (count, last success). */
  backups: BackupService;
}

/** Gathers the daemon's metrics; the IPC server is attached once it listens. */
export class DaemonMetrics {
  readonly #sources: MetricsSources;
  readonly #startedAt = Date.now();
  #ipc: (() => IpcServerMetrics) | null = null;

  /**
   * @param sources The services measured.
   */
  constructor(sources: MetricsSources) {
    this.#sources = sources;
  }

  /**
   * Adds the IPC server's counters.
   *
   * @param read Returns a snapshot of them (`IpcServer.metrics`).
   */
  attachIpc(read: () => IpcServerMetrics): void {
    this.#ipc = read;
  }

  /**
   * Renders every metric now.
   *
   * @returns The exposition text.
   */
  async collect(): Promise<string> {
    const { supervisor, status, backups, daemonVersion } = this.#sources;
    const out = new Exposition();
    const s = await status.get();
    out.add("atlas_runner_info", "gauge", "The daemon's version and protocol version (always 1)", [
      [{ version: daemonVersion, protocol_version: String(PROTOCOL_VERSION) }, 1],
    ]);
    out.add(
      "atlas_runner_daemon_start_time_seconds",
      "gauge",
      "When the daemon started, Unix seconds",
      this.#startedAt / 1000,
    );
    addDaemonMemory(out);
    out.add("atlas_runner_server_up", "gauge", "1 when the game server is running", up(s.state));
    out.add(
      "atlas_runner_server_state",
      "gauge",
      "The game server's lifecycle state (1 for the current one)",
      STATES.map((state): Sample => [{ state: state.toLowerCase() }, state === s.state ? 1 : 0]),
    );
    out.add("atlas_runner_server_players_online", "gauge", "Players online", s.playerCount);
    out.add("atlas_runner_server_players_max", "gauge", "Player slots", s.maxPlayers);
    out.add(
      "atlas_runner_server_uptime_seconds",
      "gauge",
      "How long the current server process has run (0 when none)",
      s.uptimeSeconds,
    );
    out.add(
      "atlas_runner_server_resident_memory_bytes",
      "gauge",
      "Resident memory of the server's process group (0 when none)",
      s.memoryBytes,
    );
    out.add(
      "atlas_runner_server_restarts_total",
      "counter",
      "Automatic restarts after crashes since the daemon started",
      supervisor.restarts,
    );
    out.add(
      "atlas_runner_server_crash_loop_give_ups_total",
      "counter",
      "Times the daemon stopped restarting a server that crashed too often",
      supervisor.crashLoopGiveUps,
    );
    await this.#backups(out, backups);
    const ipc = this.#ipc?.();
    if (ipc !== undefined) addIpc(out, ipc);
    return out.text();
  }

  async #backups(out: Exposition, backups: BackupService): Promise<void> {
    const count = await backups.list().then((list) => list.length).catch((error) => {
      log.warn("Cannot list the backups for the metrics", { error });
      return NaN;
    });
    out.add("atlas_runner_backups", "gauge", "Complete backups in the backups folder", count);
    const last = backups.lastSuccess;
    // Absent until a backup succeeds under this daemon (no fake zero timestamp).
    const one = (value: number | undefined): Sample[] => value === undefined ? [] : [[{}, value]];
    out.add(
      "atlas_runner_backup_last_success_timestamp_seconds",
      "gauge",
      "When the last successful backup finished, Unix seconds",
      one(last ? last.at / 1000 : undefined),
    );
    out.add(
      "atlas_runner_backup_last_size_bytes",
      "gauge",
      "Archive size of the last successful backup",
      one(last?.sizeBytes),
    );
    out.add(
      "atlas_runner_backup_last_duration_seconds",
      "gauge",
      "How long the last successful backup took",
      one(last?.durationSeconds),
    );
  }
}

/**
 * The daemon's own memory, split as V8 sees it: what it holds in its heap
 * (used, and reserved), and outside it (`external`: socket, pipe and file
 * buffers, typed arrays), next to the resident total. Tells held data (used
 * heap after collections, external) from heap sizing (total − used).
 */
function addDaemonMemory(out: Exposition): void {
  const m = Deno.memoryUsage();
  out.add(
    "atlas_runner_daemon_resident_memory_bytes",
    "gauge",
    "Resident memory of the daemon process",
    m.rss,
  );
  out.add(
    "atlas_runner_daemon_heap_total_bytes",
    "gauge",
    "Bytes V8 has reserved for the daemon's JavaScript heap",
    m.heapTotal,
  );
  out.add(
    "atlas_runner_daemon_heap_used_bytes",
    "gauge",
    "Bytes of the daemon's JavaScript heap in use (live and not yet collected)",
    m.heapUsed,
  );
  out.add(
    "atlas_runner_daemon_external_memory_bytes",
    "gauge",
    "Bytes outside the JavaScript heap held by its objects (buffers, typed arrays)",
    m.external,
  );
}

function up(state: ServerState): number {
  return state === "RUNNING" ? 1 : 0;
}

function addIpc(out: Exposition, m: IpcServerMetrics): void {
  const counter = (name: string, help: string, value: number | Sample[]) =>
    out.add(`atlas_runner_ipc_${name}`, "counter", help, value);
  const gauge = (name: string, help: string, value: number) =>
    out.add(`atlas_runner_ipc_${name}`, "gauge", help, value);
  counter(
    "connections_accepted_total",
    "Connections accepted on the socket",
    m.connectionsAccepted,
  );
  counter(
    "connections_rejected_total",
    "Connections refused with TOO_MANY_CONNECTIONS",
    m.connectionsRejected,
  );
  gauge("connections_open", "Connections open now", m.connectionsOpen);
  counter("frames_received_total", "Request frames received", m.requests);
  counter(
    "requests_total",
    "Requests dispatched, by type",
    Object.entries(m.requestsByType).map(([type, n]): Sample => [{ type }, n]),
  );
  counter("responses_total", "Response frames sent (each stream frame counts)", m.responses);
  const codes = { ...Object.fromEntries(WIRE_ERROR_CODES.map((c) => [c, 0])), ...m.errorsByCode };
  counter(
    "errors_total",
    "ErrorResponse frames sent, by code",
    Object.entries(codes).map(([code, n]): Sample => [{ code }, n]),
  );
  counter("received_bytes_total", "Bytes received on the socket", m.bytesIn);
  counter("sent_bytes_total", "Bytes sent on the socket", m.bytesOut);
  gauge("streams_open", "Log follows open now", m.streamsOpen);
  counter("streams_started_total", "Log follows begun", m.streamsStarted);
}

/** A running metrics listener. */
export interface MetricsListener extends AsyncDisposable {
  /** The address it listens on. */
  readonly addr: Deno.NetAddr;
}

/**
 * Serves `GET /metrics` over HTTP (`metrics.listen`).
 *
 * @param metrics The metrics.
 * @param address Where to listen (validated by the config: loopback unless allowed).
 * @returns The listener; dispose it to stop.
 */
export function serveMetrics(
  metrics: DaemonMetrics,
  address: { hostname: string; port: number },
): MetricsListener {
  const server = Deno.serve({
    hostname: address.hostname,
    port: address.port,
    onListen: () => {},
    onError: (error) => {
      log.error("The metrics request failed", { error });
      return new Response("Internal error\n", { status: 500 });
    },
  }, async (request) => {
    const path = new URL(request.url).pathname;
    if (path !== "/metrics") return new Response("Not found: try /metrics\n", { status: 404 });
    if (request.method !== "GET" && request.method !== "HEAD") {
      return new Response("Method not allowed\n", { status: 405, headers: { allow: "GET, HEAD" } });
    }
    const body = await metrics.collect();
    return new Response(request.method === "HEAD" ? null : body, {
      headers: { "content-type": METRICS_CONTENT_TYPE },
    });
  });
  const addr = server.addr as Deno.NetAddr;
  log.info("Metrics on http://{host}:{port}/metrics", { host: addr.hostname, port: addr.port });
  return {
    addr,
    async [Symbol.asyncDispose]() {
      await server.shutdown();
    },
  };
}
