/**
 * `atlas-runner list [--json]`: every server on this machine (see
 * `instances.ts`), each daemon asked for its status at the same time with a
 * short timeout, so one hung daemon costs the listing no more than that.
 *
 * @module
 */
import type { Command } from "commander";
import { isIpcError } from "../lib/protocol/errors.ts";
import { IpcClient } from "../lib/protocol/client.ts";
import { resolve } from "node:path";
import { defaultSocketPath, type EnvReader, SOCKET_ENV } from "../lib/util/paths.ts";
import { checkSocketDirectory, clientOptions, type CommandContext, integerIn } from "./context.ts";
import { CliError } from "./errors.ts";
import { findInstances, type FoundInstance } from "./instances.ts";
import { formatDuration, formatTable, Output } from "./output.ts";
import { statusToJson } from "./status.ts";

/** The name `list` shows for the unnamed server. */
export const DEFAULT_INSTANCE_LABEL = "(default)";

/** One server in the `--json` form of `list`. */
export interface InstanceJson {
  /** Its name (`-s NAME`), `null` for the unnamed (default) server. */
  name: string | null;
  /** Its socket. */
  socket: string;
  /** Its config file, `null` when none exists at the default place. */
  config: string | null;
  /** Whether its daemon answered. */
  daemonUp: boolean;
  /** Why a daemon whose socket exists did not answer (`null` otherwise). */
  problem: string | null;
  /** The game server's state (`running`, `stopped`, …), `null` when the daemon is down. */
  state: string | null;
  /** The game server's version, `null` when unknown. */
  version: string | null;
  /** Players online, `null` when the daemon is down. */
  playerCount: number | null;
  /** Player slots, `null` when the daemon is down. */
  maxPlayers: number | null;
  /** Seconds since the game server started, `null` when the daemon is down. */
  uptimeSeconds: number | null;
}

interface ListFlags {
  json?: boolean;
  timeout: number;
}

/**
 * Adds the `list` subcommand.
 *
 * @param program The root program.
 * @param ctx The command context.
 */
export function registerListCommand(program: Command, ctx: CommandContext): void {
  const list = program
    .command("list")
    .description("List the servers on this machine and what their daemons report");
  clientOptions(list, { json: true })
    .option(
      "--timeout <seconds>",
      "how long to wait for each daemon's answer",
      integerIn("--timeout", 1, 600),
      2,
    )
    .action(async (flags: ListFlags) => {
      // The unnamed server is the one reached without -s: ATLAS_RUNNER_SOCKET's, else the default.
      const envSocket = ctx.io.env(SOCKET_ENV);
      const env = (name: string): string | undefined => ctx.io.env(name);
      const found = await findInstances(
        envSocket ? resolve(envSocket) : defaultSocketPath(env),
        env,
      );
      const servers = await Promise.all(found.map((i) => probe(i, flags.timeout * 1000, env)));
      const out = new Output(ctx.io, flags);
      if (flags.json) return await out.json({ servers });
      for (const line of renderList(servers, out)) await out.line(line);
    });
}

/**
 * Asks one daemon for its status; a missing or refusing socket is a daemon
 * that is down, not an error.
 *
 * @param instance The server.
 * @param timeoutMs How long its answer may take.
 * @param env The command's environment (for the socket folders' location).
 * @returns Its row.
 */
export async function probe(
  instance: FoundInstance,
  timeoutMs: number,
  env?: EnvReader,
): Promise<InstanceJson> {
  const row: InstanceJson = {
    name: instance.name,
    socket: instance.socketPath,
    config: instance.configPath,
    daemonUp: false,
    problem: null,
    state: null,
    version: null,
    playerCount: null,
    maxPlayers: null,
    uptimeSeconds: null,
  };
  try {
    // A socket in a folder someone else controls is not asked (see `connect`).
    await checkSocketDirectory(instance.socketPath, { env });
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    row.problem = error.message;
    return row;
  }
  let client: IpcClient;
  try {
    client = await IpcClient.connect(instance.socketPath, { timeoutMs });
  } catch (error) {
    if (!isIpcError(error) || error.code !== "DAEMON_UNREACHABLE") throw error;
    if (error.cause instanceof Deno.errors.PermissionDenied) row.problem = "permission denied";
    return row;
  }
  try {
    const status = statusToJson(await client.getStatus());
    Object.assign(row, {
      daemonUp: true,
      state: status.state,
      version: status.version || null,
      playerCount: status.playerCount,
      maxPlayers: status.maxPlayers,
      uptimeSeconds: status.uptimeSeconds,
    });
  } catch (error) {
    // A daemon that accepts but does not answer in time (or refuses the
    // request) is reported on its row; the others are still listed.
    if (!isIpcError(error)) throw error;
    row.problem = error.code === "TIMEOUT"
      ? `no answer within ${Math.round(timeoutMs / 1000)} s`
      : error.message;
  } finally {
    await client.close();
  }
  return row;
}

/**
 * The human form: one aligned row per server, headed.
 *
 * @param servers The rows.
 * @param out Where colours come from.
 * @returns The lines.
 */
export function renderList(servers: readonly InstanceJson[], out: Output): string[] {
  const rows = servers.map((s) => {
    const running = s.state === "running" || s.state === "starting" || s.state === "stopping";
    return [
      s.name ?? DEFAULT_INSTANCE_LABEL,
      s.daemonUp ? out.paint("green", "up") : out.paint("dim", s.problem ? "unknown" : "down"),
      s.state ?? (s.problem ?? "-"),
      s.version ?? "-",
      running && s.playerCount !== null ? `${s.playerCount}/${s.maxPlayers}` : "-",
      running && s.uptimeSeconds !== null ? formatDuration(s.uptimeSeconds) : "-",
    ];
  });
  const header = ["NAME", "DAEMON", "STATE", "VERSION", "PLAYERS", "UPTIME"].map((h) =>
    out.paint("bold", h)
  );
  return formatTable([header, ...rows]);
}
