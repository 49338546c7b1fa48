/**
 * `atlas-runner ping` and `atlas-runner version`.
 *
 * @module
 */
import type { Command } from "commander";
import { isIpcError } from "../lib/protocol/errors.ts";
import { PROTOCOL_VERSION as PROTOCOL_NUMBER } from "../lib/protocol/version.ts";
import {
  type ClientFlags,
  clientOptions,
  type CommandContext,
  connect,
  socketPath,
} from "./context.ts";
import { CliError, EXIT_UNREACHABLE } from "./errors.ts";
import { CLI_VERSION } from "./cli_version.ts";
import { Output } from "./output.ts";
import { stateWord } from "./status.ts";

export { CLI_VERSION };
/** The protocol this CLI speaks. */
export const PROTOCOL_VERSION = "runner-ipc-v2";

/** The `--json` form of `version`. */
export interface VersionJson {
  /** This program's version. */
  cli: string;
  /** The protocol it speaks. */
  protocol: string;
  /** The protocol's revision number (2 for runner-ipc-v2). */
  protocolVersion: number;
  /** What could be learned of the daemon. */
  daemon: {
    /** The socket tried. */
    socket: string;
    /** Whether a daemon answered there. */
    reachable: boolean;
    /** The daemon's own version; `null` when unreachable or older than 0.2.0 (which does not say). */
    version: string | null;
    /** The protocol revision the daemon speaks; `null` when unreachable or older than 0.2.0. */
    protocolVersion: number | null;
    /** The optional features the daemon offers (`metrics`, …); empty when unknown. */
    features: string[];
    /** Round trip of one request, in milliseconds (`null` when unreachable). */
    roundTripMs: number | null;
    /** The game server's version the daemon reports (`null` when unknown). */
    serverVersion: string | null;
    /** The game server's state (`null` when unreachable). */
    serverState: string | null;
  };
}

/**
 * Adds `ping` and `version`.
 *
 * @param program The root program.
 * @param ctx The command context.
 */
export function registerPingCommands(program: Command, ctx: CommandContext): void {
  const ping = program.command("ping").description("Check that the daemon answers, and how fast");
  clientOptions(ping, { json: true }).action(async (flags: ClientFlags) => {
    await using conn = await connect(ctx, flags);
    const roundTripMs = await conn.client.ping();
    const out = new Output(ctx.io, flags);
    if (flags.json) await out.json({ socket: conn.socketPath, roundTripMs });
    else await out.line(`pong from ${conn.socketPath} in ${formatMs(roundTripMs)}`);
  });

  const version = program
    .command("version")
    .description("Print the CLI, protocol and daemon versions, and the server's");
  clientOptions(version, { json: true }).action(async (flags: ClientFlags) => {
    const result = await versionInfo(ctx, flags);
    const out = new Output(ctx.io, flags);
    if (flags.json) return await out.json(result);
    const d = result.daemon;
    await out.line(`atlas-runner ${result.cli}`);
    await out.line(`protocol     ${result.protocol} (version ${result.protocolVersion})`);
    if (!d.reachable) {
      await out.line(`daemon       not reachable at ${d.socket}`);
      return;
    }
    const trip = `round trip ${formatMs(d.roundTripMs ?? 0)}`;
    await out.line(
      d.version === null
        ? `daemon       older than 0.2.0 (it does not report its version) at ${d.socket}; ${trip}`
        : `daemon       ${d.version} (protocol version ${d.protocolVersion}) at ${d.socket}; ${trip}`,
    );
    await out.line(`server       ${d.serverVersion ?? "-"} (${d.serverState ?? "unknown"})`);
  });
}

async function versionInfo(ctx: CommandContext, flags: ClientFlags): Promise<VersionJson> {
  const daemon: VersionJson["daemon"] = {
    socket: socketPath(ctx, flags),
    reachable: false,
    version: null,
    protocolVersion: null,
    features: [],
    roundTripMs: null,
    serverVersion: null,
    serverState: null,
  };
  const result: VersionJson = {
    cli: CLI_VERSION,
    protocol: PROTOCOL_VERSION,
    protocolVersion: PROTOCOL_NUMBER,
    daemon,
  };
  let conn;
  try {
    conn = await connect(ctx, flags);
  } catch (error) {
    // An unreachable daemon is an answer here, not a failure: `version`
    // still reports the CLI's own versions and exits 0.
    if (error instanceof CliError && error.exitCode === EXIT_UNREACHABLE) return result;
    throw error;
  }
  await using _conn = conn;
  daemon.reachable = true;
  daemon.roundTripMs = round(await conn.client.ping());
  try {
    const status = await conn.client.getStatus();
    const info = await conn.client.daemonInfo();
    daemon.version = info.daemonVersion;
    daemon.protocolVersion = info.protocolVersion || null;
    daemon.features = [...info.features];
    daemon.serverVersion = status.version || null;
    daemon.serverState = stateWord(status.state);
  } catch (error) {
    // The daemon answered the ping; a refused status (rate limit, shutdown)
    // leaves the server fields unknown rather than failing `version`.
    if (!isIpcError(error)) throw error;
  }
  return result;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`;
}
