/**
 * The plain values the supervisor takes and returns: its states, the
 * outcomes of start and stop, the last crash. Services and `handlers.ts`
 * use them without depending on the supervisor's machinery.
 *
 * @module
 */
import type { ProcessEnd, StopStage } from "./stop.ts";

/** The server's lifecycle state (the wire's `ServerState` without UNKNOWN). */
export type ServerState = "STOPPED" | "STARTING" | "RUNNING" | "STOPPING" | "ERROR";

/** The outcome of `Supervisor.start()`. */
export interface StartResult {
  /** Whether the server started (and, when waited for, became ready). */
  success: boolean;
  /** The server's pid, when there is one. */
  pid: number | null;
  /** One sentence for the user. */
  message: string;
}

/** The outcome of `Supervisor.stop()`. */
export interface StopResult {
  /** What ended the server. */
  stage: StopStage;
  /** How long the stop took. */
  elapsedMs: number;
  /** One sentence for the user. */
  message: string;
  /** Each process of the server's group and how it ended (leader first); empty when none ran. */
  processes?: ProcessEnd[];
}

/** The last crash, kept for status and logs. */
export interface CrashInfo {
  /** When it happened (Unix ms). */
  at: number;
  /** The exit code, or `null` when a signal ended it. */
  code: number | null;
  /** The signal, if any. */
  signal: Deno.Signal | null;
  /** Its last console lines. */
  lastLines: string[];
  /** One sentence: exit code or signal, and the last line. */
  reason: string;
}

/** Start and stop inside `Supervisor.exclusive()`. */
export interface ExclusivePower {
  /** Stops the server gracefully (as StopServer without options). */
  stop(): Promise<StopResult>;
  /** Starts the server and waits until it is ready, has exited or timed out. */
  start(): Promise<StartResult>;
}

/** Called when the state changes. */
export type StateListener = (state: ServerState, previous: ServerState) => void;
