/**
 * The plain values the supervisor takes and returns (its states, the
 * outcomes of start and stop, the last crash) and {@linkcode ServerControl},
 * the one interface through which the other services see the server.
 * Services and `handlers.ts` use them without depending on the supervisor's
 * machinery.
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

/**
 * The game server as backups, restores and updates see it: its state, its
 * folder, and the power lock they hold while they swap files. The
 * `Supervisor` is the one implementation; console commands go
 * through the console service (`ConsoleCommands`) and the version through
 * the status service ({@linkcode VersionSource}).
 */
export interface ServerControl {
  /** The server's current state. */
  readonly state: ServerState;
  /**
   * The running server's folder, else the configured one: a `server.directory`
   * change waits for the next start, so a backup of a running server must
   * archive the folder that server is in.
   */
  readonly serverDirectory: string;
  /**
   * Runs `fn` with start and stop requests held back, so that nobody starts
   * the server while `fn` swaps its files.
   */
  exclusive<T>(fn: (power: ExclusivePower) => Promise<T>): Promise<T>;
}

/** The last version the server reported (`""` if unknown): the status service keeps it. */
export interface VersionSource {
  /** The version, such as `1.21.4`. */
  readonly version: string;
}

/** Called when the state changes. */
export type StateListener = (state: ServerState, previous: ServerState) => void;
