/**
 * `atlas-runner start | stop | restart`: the server's power actions.
 * `start` waits for ready by default (spinner and elapsed time on a
 * terminal) and prints the pid; `stop` says how the server stopped.
 *
 * @module
 */
import type { Command } from "commander";
import type { IpcClient } from "../lib/protocol/client.ts";
import { isIpcError } from "../lib/protocol/errors.ts";
import {
  type ClientFlags,
  clientOptions,
  type CommandContext,
  connect,
  integerIn,
} from "./context.ts";
import { CliError } from "./errors.ts";
import { Output } from "./output.ts";
import { startSpinner } from "./spinner.ts";

/** The longest a client waits for a start (the daemon's own limit is shorter). */
const START_WAIT_MS = 15 * 60_000;
/** Added to a stop's timeout for the SIGTERM and SIGKILL stages that follow it. */
const STOP_MARGIN_MS = 60_000;
/** The client's wait for a stop without `--timeout` (daemon default 60 s + stages). */
const STOP_WAIT_MS = 5 * 60_000;

/** The `--json` form of a start. */
export interface StartJson {
  /** Whether the daemon started the server. */
  success: boolean;
  /** The server's process id, `null` when the daemon gave none. */
  pid: number | null;
  /** Whether the command waited for the server to be ready. */
  waitedForReady: boolean;
  /** Milliseconds the command waited. */
  elapsedMs: number;
  /** The daemon's message. */
  message: string;
}

/** The `--json` form of a stop. */
export interface StopJson {
  /** Whether the server is stopped now. */
  success: boolean;
  /** How it stopped (or that it was not running), in the daemon's words. */
  message: string;
}

interface StartFlags extends ClientFlags {
  channel?: string;
  wait: boolean;
}

interface StopFlags extends ClientFlags {
  force?: boolean;
  timeout?: number;
}

/**
 * Adds `start`, `stop` and `restart`.
 *
 * @param program The root program.
 * @param ctx The command context.
 */
export function registerPowerCommands(program: Command, ctx: CommandContext): void {
  const start = program.command("start").description("Start the server and wait until it is ready");
  clientOptions(start, { json: true })
    .option(
      "--channel <channel>",
      "switch to this release channel first (updates the jar if it differs)",
    )
    .option("--no-wait", "return as soon as the process is started")
    .action(async (flags: StartFlags) => {
      await using conn = await connect(ctx, flags);
      const result = await startServer(ctx, conn.client, flags);
      await printStart(new Output(ctx.io, flags), result, flags.json);
    });

  const stop = program.command("stop").description("Stop the server gracefully (or --force)");
  stopOptions(clientOptions(stop, { json: true })).action(async (flags: StopFlags) => {
    await using conn = await connect(ctx, flags);
    const result = await stopServer(conn.client, flags, false);
    const out = new Output(ctx.io, flags);
    if (flags.json) await out.json(result);
    else await out.line(result.message);
  });

  const restart = program.command("restart").description("Stop the server, then start it again");
  stopOptions(clientOptions(restart, { json: true }))
    .option("--channel <channel>", "switch to this release channel before starting")
    .action(async (flags: StopFlags & StartFlags) => {
      await using conn = await connect(ctx, flags);
      const stopped = await stopServer(conn.client, flags, true);
      const out = new Output(ctx.io, flags);
      if (!flags.json) await out.line(stopped.message);
      const started = await startServer(ctx, conn.client, { ...flags, wait: true });
      if (flags.json) await out.json({ stop: stopped, start: started });
      else await printStart(out, started, false);
    });
}

function stopOptions(command: Command): Command {
  return command
    .option("--force", "kill the server without saving (SIGKILL to its process group)")
    .option(
      "--timeout <seconds>",
      "seconds to wait for a graceful stop before SIGTERM (default: the daemon's config)",
      integerIn("--timeout", 1, 86_400),
    );
}

async function startServer(
  ctx: CommandContext,
  client: IpcClient,
  flags: StartFlags,
): Promise<StartJson> {
  using scope = ctx.io.interrupts();
  let response;
  let elapsedMs;
  {
    await using spinner = startSpinner(
      ctx.io,
      flags.wait ? "Starting the server" : "Launching the server",
    );
    try {
      response = await client.startServer(
        { channel: flags.channel ?? "", waitForReady: flags.wait },
        { timeoutMs: START_WAIT_MS, signal: scope.signal },
      );
    } catch (error) {
      if (!scope.signal.aborted) throw error;
      throw new CliError("stopped waiting for the server", {
        hint: "it keeps starting in the background; check with: atlas-runner status",
      });
    }
    elapsedMs = Math.round(spinner.elapsedMs());
  }
  const pid = /^\d+$/.test(response.serverPid ?? "") ? Number(response.serverPid) : null;
  const result: StartJson = {
    success: response.success === true,
    pid,
    waitedForReady: flags.wait,
    elapsedMs,
    message: response.message ?? "",
  };
  if (!result.success) {
    throw new CliError(result.message || "the server did not start", {
      hint: "see its state with: atlas-runner status, its output with: atlas-runner logs",
    });
  }
  return result;
}

async function printStart(out: Output, result: StartJson, json?: boolean): Promise<void> {
  if (json) return await out.json(result);
  const pid = result.pid === null ? "" : ` (pid ${result.pid})`;
  if (result.waitedForReady) {
    const seconds = (result.elapsedMs / 1000).toFixed(1);
    await out.line(`Server is ${out.paint("green", "running")}${pid}, ready after ${seconds}s`);
  } else {
    await out.line(`Server is ${out.paint("yellow", "starting")}${pid}`);
  }
}

async function stopServer(
  client: IpcClient,
  flags: StopFlags,
  tolerateNotRunning: boolean,
): Promise<StopJson> {
  const timeoutMs = flags.timeout === undefined
    ? STOP_WAIT_MS
    : flags.timeout * 1000 + STOP_MARGIN_MS;
  let response;
  try {
    response = await client.stopServer(
      { force: flags.force === true, timeoutSeconds: flags.timeout ?? 0 },
      { timeoutMs },
    );
  } catch (error) {
    if (tolerateNotRunning && isIpcError(error) && error.code === "NOT_RUNNING") {
      return { success: true, message: "Server was not running" };
    }
    throw error;
  }
  const message = response.message || (response.success ? "Server stopped" : "");
  if (!response.success) {
    throw new CliError(message || "the server did not stop", {
      hint: "force it with: atlas-runner stop --force",
    });
  }
  return { success: true, message };
}
