/**
 * The staged stop: ask politely on the console, then SIGTERM the process
 * group, then SIGKILL it. A Java server saves its world on `stop` and on
 * SIGTERM (its shutdown hook), so the first two stages keep the world; only
 * the last one, or `force`, can lose the latest changes.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import type { ServerExit, ServerProcess } from "./server_process.ts";
import { TIMED_OUT, within } from "./timing.ts";

const log = getLogger(["atlas-runner", "daemon", "stop"]);

/** What ended the server. */
export type StopStage = "already-stopped" | "stop-command" | "sigterm" | "sigkill";

/** Options of {@linkcode stopStaged}. */
export interface StagedStopOptions {
  /** Skip to SIGKILL. */
  force: boolean;
  /** The console command that stops the server (`server.stopCommand`). */
  stopCommand: string;
  /** How long the stop command may take. */
  stopTimeoutMs: number;
  /** How long SIGTERM may take before SIGKILL. */
  termTimeoutMs: number;
}

/**
 * Stops a server process in stages and says which stage ended it.
 *
 * @param server The process.
 * @param options Force, stop command and timeouts.
 * @returns The stage, the time taken and a sentence for the user.
 */
export async function stopStaged(
  server: ServerProcess,
  options: StagedStopOptions,
): Promise<{ stage: StopStage; elapsedMs: number; message: string }> {
  const begun = Date.now();
  const done = (stage: StopStage, message: string) => {
    const elapsedMs = Date.now() - begun;
    return { stage, elapsedMs, message: `${message} in ${(elapsedMs / 1000).toFixed(1)} s` };
  };
  // SIGKILL from elsewhere (a second Ctrl-C, the OOM killer) ends any stage: say so.
  const killedMeanwhile = (exit: ServerExit) =>
    exit.signal === "SIGKILL" ? done("sigkill", "Killed by SIGKILL") : null;
  const exited = server.exited;
  if (server.done) return done("already-stopped", "Already stopped");
  if (!options.force) {
    let sent = true;
    try {
      await server.writeLine(options.stopCommand);
    } catch (error) {
      sent = false;
      log.warn("Cannot send the stop command; sending SIGTERM", { error, pid: server.pid });
    }
    const polite = sent ? await within(exited, options.stopTimeoutMs) : TIMED_OUT;
    if (polite !== TIMED_OUT) {
      return killedMeanwhile(polite) ?? done("stop-command", `Stopped by "${options.stopCommand}"`);
    }
    const seconds = Math.round(options.stopTimeoutMs / 1000);
    if (sent) {
      log.warn("Server still running {seconds} s after the stop command; sending SIGTERM", {
        seconds,
        pid: server.pid,
      });
    }
    server.signal("SIGTERM");
    const term = await within(exited, options.termTimeoutMs);
    if (term !== TIMED_OUT) {
      const why = sent ? `"${options.stopCommand}" timed out after ${seconds} s` : "no console";
      return killedMeanwhile(term) ?? done("sigterm", `Stopped by SIGTERM (${why})`);
    }
    log.warn("Server ignored SIGTERM; sending SIGKILL", { pid: server.pid });
  }
  server.signal("SIGKILL");
  await exited;
  return done(
    "sigkill",
    options.force ? "Killed (SIGKILL, forced)" : "Killed by SIGKILL (SIGTERM timed out)",
  );
}
