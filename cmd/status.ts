/**
 * `atlas-runner status [--json] [--watch]`: the server's state, version,
 * uptime, memory, players (with names), pid, restarts, last exit and MOTD,
 * once or refreshed in place.
 *
 * @module
 */
import type { Command } from "commander";
import type { IpcClient } from "../lib/protocol/client.ts";
import { atlas } from "../lib/protocol/messages.ts";
import {
  type ClientFlags,
  clientOptions,
  type CommandContext,
  connect,
  integerIn,
  pause,
  uint64ToNumber,
} from "./context.ts";
import { formatDuration, formatTable, Output, type Style } from "./output.ts";

/** The `--json` form of a status: stable camelCase fields. */
export interface StatusJson {
  /** `unknown`, `stopped`, `starting`, `running`, `stopping` or `error`. */
  state: string;
  /** The game server's version, `""` when unknown. */
  version: string;
  /** Seconds since the server started, 0 when it is not running. */
  uptimeSeconds: number;
  /** Resident memory of the server process in MiB, 0 when unknown. */
  memoryUsageMb: number;
  /** Players online. */
  playerCount: number;
  /** Player slots. */
  maxPlayers: number;
  /** The message of the day. */
  motd: string;
  /** The game server's process id, `null` when none runs (or the daemon is older than 0.2.0). */
  pid: number | null;
  /** The names of the players online, sorted. */
  playerNames: string[];
  /** Automatic restarts after crashes since the daemon started. */
  restarts: number;
  /** Why the server last stopped, one line; `""` before any exit. */
  lastExitReason: string;
  /** When the current run started, Unix seconds; `null` when none runs. */
  runStartedAt: number | null;
}

/**
 * The lower-case word for a `ServerState` value (`running`); values this
 * version does not know read `unknown`.
 *
 * @param state The enum value.
 * @returns The word.
 */
export function stateWord(state: number | null | undefined): string {
  const name = (atlas.common.ServerState as unknown as Record<number, string | undefined>)[
    state ?? 0
  ];
  return name ? name.replace(/^SERVER_STATE_/, "").toLowerCase() : "unknown";
}

/**
 * Converts a `GetStatusResponse` into its `--json` form.
 *
 * @param status The decoded response.
 * @returns The JSON object.
 */
export function statusToJson(status: atlas.ipc.GetStatusResponse.$Properties): StatusJson {
  return {
    state: stateWord(status.state),
    version: status.version ?? "",
    uptimeSeconds: uint64ToNumber(status.uptimeSeconds),
    memoryUsageMb: uint64ToNumber(status.memoryUsageMb),
    playerCount: status.playerCount ?? 0,
    maxPlayers: status.maxPlayers ?? 0,
    motd: status.motd ?? "",
    pid: status.serverPid || null,
    playerNames: [...(status.playerNames ?? [])],
    restarts: status.restarts ?? 0,
    lastExitReason: status.lastExitReason ?? "",
    runStartedAt: uint64ToNumber(status.runStartedAt) || null,
  };
}

const STATE_STYLES: Readonly<Record<string, Style>> = {
  running: "green",
  starting: "yellow",
  stopping: "yellow",
  stopped: "dim",
  error: "red",
};

/**
 * The human form of a status: aligned `label  value` lines.
 *
 * @param status The status.
 * @param out Where colours come from.
 * @returns The lines.
 */
export function renderStatus(status: StatusJson, out: Output): string[] {
  const up = status.state === "running" || status.state === "starting" ||
    status.state === "stopping";
  const state = out.paint(STATE_STYLES[status.state] ?? "bold", status.state);
  const rows = [
    ["state", state],
    ["version", status.version || "-"],
    ["uptime", up ? formatDuration(status.uptimeSeconds) : "-"],
    ["memory", up && status.memoryUsageMb > 0 ? `${status.memoryUsageMb} MiB` : "-"],
    ["players", up ? players(status) : "-"],
    ["pid", status.pid === null ? "-" : String(status.pid)],
    ["restarts", String(status.restarts)],
    ["last exit", status.lastExitReason || "-"],
    ["motd", status.motd || "-"],
  ];
  return formatTable(rows.map(([label, value]) => [out.paint("bold", label), value]));
}

/** `2/20: Alex, Steve`, or `0/20`. */
function players(status: StatusJson): string {
  const count = `${status.playerCount}/${status.maxPlayers}`;
  return status.playerNames.length === 0 ? count : `${count}: ${status.playerNames.join(", ")}`;
}

/** The flags of `status`. */
export interface StatusFlags extends ClientFlags {
  /** `--watch`. */
  watch?: boolean;
  /** `--interval`, in seconds. */
  interval: number;
}

/**
 * Adds the `status` subcommand.
 *
 * @param program The root program.
 * @param ctx The command context.
 */
export function registerStatusCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command("status")
    .description("Show the server's state, players, pid, restarts, last exit and more");
  clientOptions(command, { json: true })
    .option("-w, --watch", "refresh in place until Ctrl-C (with --json: one JSON line per refresh)")
    .option(
      "--interval <seconds>",
      "seconds between refreshes with --watch",
      integerIn("--interval", 1, 3600),
      2,
    )
    .action((flags: StatusFlags) => statusAction(ctx, flags));
}

/**
 * What `atlas-runner status` does once its flags are parsed (by commander,
 * or by `cmd/fast.ts` for the common forms).
 *
 * @param ctx The command context.
 * @param flags `--socket`, `--json`, `--watch`, `--interval`.
 */
export async function statusAction(ctx: CommandContext, flags: StatusFlags): Promise<void> {
  await using conn = await connect(ctx, flags);
  const out = new Output(ctx.io, flags);
  if (!flags.watch) {
    const status = statusToJson(await conn.client.getStatus());
    if (flags.json) await out.json(status);
    else for (const line of renderStatus(status, out)) await out.line(line);
    return;
  }
  await watch(ctx, conn.client, out, flags);
}

async function watch(
  ctx: CommandContext,
  client: IpcClient,
  out: Output,
  flags: StatusFlags,
): Promise<void> {
  using scope = ctx.io.interrupts();
  const inPlace = out.isTerminal && !flags.json;
  let shown = 0;
  if (inPlace) await out.raw("\x1b[?25l");
  try {
    while (!scope.signal.aborted) {
      let status: StatusJson;
      try {
        status = statusToJson(await client.getStatus({ signal: scope.signal }));
      } catch (error) {
        if (scope.signal.aborted) break;
        throw error;
      }
      if (flags.json) {
        await out.jsonLine(status);
      } else {
        const time = new Date().toLocaleTimeString();
        const lines = [
          ...renderStatus(status, out),
          out.paint("dim", `updated ${time}, Ctrl-C to quit`),
        ];
        // Move to the start of the previous block and clear to the end of the
        // screen, so the block is redrawn in place without flicker.
        const erase = inPlace && shown > 0 ? `\x1b[${shown}F\x1b[J` : "";
        await out.raw(erase + lines.join("\n") + "\n" + (inPlace ? "" : "\n"));
        shown = lines.length;
      }
      await pause(flags.interval * 1000, scope.signal);
    }
  } finally {
    if (inPlace) await out.raw("\x1b[?25h");
  }
}
