/**
 * The staged stop: ask politely on the console, then SIGTERM the process
 * group, then SIGKILL it. A Java server saves its world on `stop` and on
 * SIGTERM (its shutdown hook), so the first two stages keep the world; only
 * the last one, or `force`, can lose the latest changes.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { isIpcError } from "../../protocol/errors.ts";
import type { MemberEnd, ServerExit, SupervisedProcess } from "./server_process.ts";
import { TIMED_OUT, within } from "../../util/deadline.ts";
import { type Clock, systemClock } from "../../util/clock.ts";

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
  /** Measures the stages (internal: unit tests drive a manual clock). @default systemClock */
  clock?: Clock;
}

/** How one process of the server's group ended in a stop. */
export interface ProcessEnd {
  /** Its pid; `null` for "the rest of the group" when process facts are unavailable. */
  pid: number | null;
  /** `leader` (the process the daemon started) or `member` (a process it started, such as java under a wrapper script). */
  role: "leader" | "member";
  /** How it ended, in words: `exit code 0`, `killed by SIGTERM`, `exited 2.1 s after the leader`, `killed by SIGKILL`. */
  how: string;
}

/** What {@linkcode stopStaged} answers. */
export interface StagedStopResult {
  /** What ended the server. */
  stage: StopStage;
  /** How long the stop took. */
  elapsedMs: number;
  /** One sentence for the user, naming each process that outlived the leader. */
  message: string;
  /** Each process of the group and how it ended (the leader first). */
  processes: ProcessEnd[];
}

/**
 * Stops a server process in stages and says which stage ended it. When the
 * leader exits first (a wrapper script running java without `exec`), the
 * rest of its group is waited for within the stage's time before SIGKILL.
 *
 * @param server The process.
 * @param options Force, stop command and timeouts.
 * @returns The stage, the time taken, a sentence for the user and how each process ended.
 */
export async function stopStaged(
  server: SupervisedProcess,
  options: StagedStopOptions,
): Promise<StagedStopResult> {
  const clock = options.clock ?? systemClock;
  const begun = clock.now();
  let exit: ServerExit | null = null;
  const done = (stage: StopStage, message: string): StagedStopResult => {
    const elapsedMs = clock.now() - begun;
    const processes = exit === null ? [] : processEnds(server.pid, exit);
    const members = processes.length > 1 ? `; ${describeEnds(processes)}` : "";
    return {
      stage,
      elapsedMs,
      message: `${message} in ${(elapsedMs / 1000).toFixed(1)} s${members}`,
      processes,
    };
  };
  const exited = server.exited.then((value) => exit = value);
  // SIGKILL from elsewhere (a second Ctrl-C, the OOM killer) ends any stage: say so.
  const killedMeanwhile = (exit: ServerExit) =>
    exit.signal === "SIGKILL" ? done("sigkill", "Killed by SIGKILL") : null;
  if (server.done) return done("already-stopped", "Already stopped");
  if (!options.force) {
    server.beginStop();
    // The write counts against the stop command's time: a server that does
    // not read its console (a full pipe) must not hold the stop up forever.
    const sent = await sendStopCommand(server, options);
    const left = options.stopTimeoutMs - (clock.now() - begun);
    const polite = sent === "sent" ? await within(exited, left, clock) : TIMED_OUT;
    if (polite !== TIMED_OUT) {
      return killedMeanwhile(polite) ?? done("stop-command", `Stopped by "${options.stopCommand}"`);
    }
    const seconds = formatSeconds(options.stopTimeoutMs);
    if (sent === "sent") {
      log.warn("Server still running {seconds} s after the stop command; sending SIGTERM", {
        seconds,
        pid: server.pid,
      });
    }
    server.signal("SIGTERM");
    const term = await within(exited, options.termTimeoutMs, clock);
    if (term !== TIMED_OUT) {
      const why = {
        sent: `"${options.stopCommand}" timed out after ${seconds} s`,
        unread: `the console did not take "${options.stopCommand}" within ${seconds} s`,
        failed: "no console",
      }[sent];
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

/**
 * Writes the stop command, waiting at most the stop timeout: `unread` when
 * the server did not take it in time, `failed` when its console is closed.
 */
async function sendStopCommand(
  server: SupervisedProcess,
  options: StagedStopOptions,
): Promise<"sent" | "unread" | "failed"> {
  try {
    await server.writeLine(options.stopCommand, options.stopTimeoutMs);
    return "sent";
  } catch (error) {
    const unread = isIpcError(error) && error.code === "TIMEOUT";
    log.warn(
      unread
        ? "The server does not read its console; sending SIGTERM"
        : "Cannot send the stop command; sending SIGTERM",
      { error, pid: server.pid },
    );
    return unread ? "unread" : "failed";
  }
}

function processEnds(pid: number, exit: ServerExit): ProcessEnd[] {
  const leader = exit.signal !== null ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
  return [
    { pid, role: "leader", how: leader },
    ...exit.members.map((m: MemberEnd): ProcessEnd => ({
      pid: m.pid,
      role: "member",
      how: m.how === "killed"
        ? "killed by SIGKILL"
        : `exited ${(m.afterMs / 1000).toFixed(1)} s after the leader`,
    })),
  ];
}

/** `the leader (pid 10) killed by SIGTERM, pid 11 exited 2.0 s after the leader`. */
function describeEnds(ends: readonly ProcessEnd[]): string {
  return ends.map((e) =>
    e.role === "leader"
      ? `the leader (pid ${e.pid}) ${e.how}`
      : `${e.pid === null ? "the rest of its process group" : `pid ${e.pid}`} ${e.how}`
  ).join(", ");
}

/** `60` for 60000 ms, `0.3` for 300 ms. */
function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? String(ms / 1000) : (ms / 1000).toFixed(1);
}
