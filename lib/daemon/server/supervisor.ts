/**
 * The game server's lifecycle: a state machine (STOPPED → STARTING →
 * RUNNING → STOPPING → STOPPED, or ERROR), a power lock that serialises
 * start and stop, readiness by console line, the start timeout, the staged
 * stop, and crash restarts with backoff. Takes and returns plain values; the
 * wire lives in `handlers.ts`.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { IpcError } from "../../protocol/errors.ts";
import { type ConfigStore, MAX_TIMEOUT_SECONDS } from "../config/store.ts";
import { CrashPolicy, type CrashPolicyOptions } from "./crash_policy.ts";
import type { LogBuffer } from "../console/log_buffer.ts";
import { Mutex } from "../../util/mutex.ts";
import { type ServerPidStore, serverPidStore } from "./pid_file.ts";
import { readyMatcher } from "./readiness.ts";
import { type ReadProperties, ServerFacts } from "./facts.ts";
import {
  acceptEula,
  diagnoseStartFailure,
  isDiagnosticLine,
  javaAdvice,
  javaOnPath,
  type StartDiagnosis,
} from "./start_diagnosis.ts";
import {
  assertDirectory,
  describeExit,
  type ServerExit,
  ServerProcess,
  type SpawnServer,
  type SupervisedProcess,
} from "./server_process.ts";
import { stopStaged } from "./stop.ts";
import { timerDelay } from "../../util/deadline.ts";
import { type Clock, systemClock, type TimerId } from "../../util/clock.ts";

import type {
  CrashInfo,
  ExclusivePower,
  ServerControl,
  ServerState,
  StartResult,
  StateListener,
  StopResult,
} from "./types.ts";

export type { ProcessEnd, StopStage } from "./stop.ts";
export type {
  CrashInfo,
  ExclusivePower,
  ServerControl,
  ServerState,
  StartResult,
  StateListener,
  StopResult,
} from "./types.ts";

const log = getLogger(["atlas-runner", "daemon", "supervisor"]);

/** Options of {@linkcode Supervisor}. */
export interface SupervisorOptions {
  /** The live config; `server.*` is read at every start. */
  config: ConfigStore;
  /** Where the server's console lines go. */
  logs: LogBuffer;
  /** The data directory (for `server.pid`). */
  dataDirectory: string;
  /** Crash restart timings (internal: tests shorten them; users cannot). */
  crashPolicy?: CrashPolicyOptions;
  /** The wait between SIGTERM and SIGKILL. @default 10000 */
  termTimeoutMs?: number;
  /** Extra environment of the server (internal: tests pass demo hooks this way). */
  serverEnv?: Record<string, string>;
  /** Where the server's pid is recorded (internal: fault tests inject a failing layer). */
  pidStore?: ServerPidStore;
  /**
   * Spawns the server (internal: the state machine's unit tests pass a fake
   * process). @default ServerProcess.spawn
   */
  spawn?: SpawnServer;
  /**
   * The time and the timers of readiness, the start timeout, the staged stop
   * and crash restarts (internal: unit tests drive a manual clock).
   * @default systemClock
   */
  clock?: Clock;
}

type ReadyOutcome = { ok: true; ms: number } | { ok: false; reason: string };

/** One spawned server process and what the supervisor knows about it. */
interface Run {
  process: SupervisedProcess;
  /** Its directory and `server.properties` as it started with them. */
  facts: ServerFacts;
  ready: PromiseWithResolvers<ReadyOutcome>;
  /** Settles after the exit is handled (state updated). */
  settled: PromiseWithResolvers<void>;
  isReady: boolean;
  stopRequested: boolean;
  startTimedOut: boolean;
  /** Started by a crash restart rather than a user. */
  automatic: boolean;
  /** Why `server.pid` could not be written, if it could not. */
  pidError: string | null;
  /** Lines printed while starting that may explain a failed start (see `start_diagnosis.ts`). */
  notes: string[];
  cleanup: Array<() => void>;
}

/**
 * Drops a start or stop whose client gave up while it waited for the power
 * lock (behind a long backup, restore or update): it must not run minutes
 * after nobody wants it.
 */
function dropIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted !== true) return;
  log.info("Dropping a start or stop request: its client disconnected while it waited");
  throw new IpcError("UNAVAILABLE", "Dropped: the client gave up before the server was free", {
    hint: "retry once the running backup, restore or update has finished",
  });
}

/** Supervises one game server process. */
export class Supervisor implements ServerControl {
  #options: SupervisorOptions;
  #lock = new Mutex();
  #state: ServerState = "STOPPED";
  #message = "";
  #run: Run | null = null;
  #policy: CrashPolicy;
  #pendingRestart: { timer: TimerId } | null = null;
  #lastCrash: CrashInfo | null = null;
  #shuttingDown = false;
  #listeners = new Set<StateListener>();
  #pidStore: ServerPidStore;
  /**
   * Writes and removals of `server.pid`, one at a time in order, so that an
   * old run's removal can never land after (and delete) a new run's record.
   */
  #pidFile = new Mutex();
  #restarts = 0;
  #giveUps = 0;
  #lastExitReason = "";
  #clock: Clock;
  #spawnProcess: SpawnServer;

  /**
   * @param options Config, log buffer, data directory, internal timings.
   */
  constructor(options: SupervisorOptions) {
    this.#options = options;
    this.#policy = new CrashPolicy(options.crashPolicy);
    this.#pidStore = options.pidStore ?? serverPidStore(options.dataDirectory);
    this.#clock = options.clock ?? systemClock;
    this.#spawnProcess = options.spawn ?? ServerProcess.spawn;
  }

  /** The current state. */
  get state(): ServerState {
    return this.#state;
  }

  /** Why the state is what it is (the ERROR reason, a pending restart), or "". */
  get stateMessage(): string {
    return this.#message;
  }

  /** The running server process, if any (STARTING, RUNNING or STOPPING). */
  get process(): SupervisedProcess | null {
    return this.#run?.process ?? null;
  }

  /**
   * The running server's directory, else the configured one. A
   * `server.directory` change applies at the next start: until then, what
   * concerns the running server (status, console, backups) uses this.
   */
  get serverDirectory(): string {
    return this.#run?.facts.directory ?? this.#options.config.get().server.directory;
  }

  /**
   * The `server.properties` the running server started with (its ports and
   * RCON settings), else the configured directory's current file.
   *
   * @returns The properties (vanilla defaults when there is no file).
   * @throws {SyntaxError} On a malformed file.
   */
  serverProperties(): Promise<ReadProperties> {
    return (this.#run?.facts ?? new ServerFacts(this.serverDirectory, null)).properties();
  }

  /** Automatic restarts after crashes since the daemon started. */
  get restarts(): number {
    return this.#restarts;
  }

  /** How often the crash policy gave up restarting (a crash loop) since the daemon started. */
  get crashLoopGiveUps(): number {
    return this.#giveUps;
  }

  /** Why the server last stopped, one line ("" before any exit). */
  get lastExitReason(): string {
    return this.#lastExitReason;
  }

  /** The last crash, kept until the daemon exits. */
  get lastCrash(): CrashInfo | null {
    return this.#lastCrash;
  }

  /**
   * Registers a state listener.
   *
   * @param listener Called after each change.
   * @returns A function removing it.
   */
  onStateChange(listener: StateListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Starts the server. A running or starting server is left alone
   * (`success: false`). With `waitForReady`, answers once the server is
   * ready, has exited, or has timed out; otherwise at once with the pid.
   *
   * @param options Whether to wait for readiness; a signal that drops the
   *   request while it waits for the power lock (its client gave up).
   * @returns The outcome.
   * @throws {IpcError} `UNAVAILABLE` while the daemon shuts down or when the
   *   signal aborted first; `FAILED` when it cannot spawn.
   */
  async start(
    options: { waitForReady?: boolean; signal?: AbortSignal } = {},
  ): Promise<StartResult> {
    const begun = await this.#lock.run(() => {
      dropIfAborted(options.signal);
      return this.#startLocked();
    });
    return await this.#startOutcome(begun, options.waitForReady ?? false);
  }

  async #startOutcome(begun: Run | StartResult, waitForReady: boolean): Promise<StartResult> {
    if ("success" in begun) return begun;
    const run = begun;
    // The server runs supervised even so; the user learns that a killed daemon could not find it.
    const warning = run.pidError === null
      ? ""
      : `; warning: its pid could not be recorded in server.pid (${run.pidError}), so if the ` +
        `daemon is killed, the next one cannot find and stop this server`;
    if (!waitForReady) {
      const message = `Starting (pid ${run.process.pid})${warning}`;
      return { success: true, pid: run.process.pid, message };
    }
    const outcome = await run.ready.promise;
    if (outcome.ok) {
      const seconds = (outcome.ms / 1000).toFixed(1);
      return {
        success: true,
        pid: run.process.pid,
        message: `Running after ${seconds} s${warning}`,
      };
    }
    return { success: false, pid: run.process.pid, message: outcome.reason };
  }

  async #startLocked(): Promise<Run | StartResult> {
    if (this.#shuttingDown) {
      throw new IpcError("UNAVAILABLE", "The daemon is shutting down");
    }
    const current = this.#run;
    if (current !== null) {
      const what = this.#state === "RUNNING" ? "running" : "starting";
      return { success: false, pid: current.process.pid, message: `Already ${what}` };
    }
    this.#cancelRestart();
    this.#policy.reset();
    return await this.#spawn(false);
  }

  /**
   * Stops the server in stages: the stop command, then (after `timeoutSeconds`)
   * SIGTERM to its process group, then (after 10 s) SIGKILL; `force` goes
   * straight to SIGKILL. A pending crash restart is cancelled. Stopping a
   * stopped server succeeds with stage `already-stopped`.
   *
   * @param options `force`, the stop command's timeout (0 = config; at
   *   most {@linkcode MAX_TIMEOUT_SECONDS}), and a signal that drops the
   *   request while it waits for the power lock (its client gave up).
   * @returns Which stage ended it and how long it took.
   * @throws {IpcError} `VALIDATION` for a timeout over {@linkcode MAX_TIMEOUT_SECONDS};
   *   `UNAVAILABLE` when the signal aborted before the stop's turn.
   */
  stop(
    options: { force?: boolean; timeoutSeconds?: number; signal?: AbortSignal } = {},
  ): Promise<StopResult> {
    const seconds = options.timeoutSeconds ?? 0;
    if (!(Number.isInteger(seconds) && seconds >= 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
      // A client may send any uint32; a timer of 2^31 ms or more would fire at once (SIGTERM now).
      return Promise.reject(
        new IpcError("VALIDATION", `Stop timeout ${seconds} s is out of range`, {
          details: `At most ${MAX_TIMEOUT_SECONDS} s (24 hours); 0 uses server.stopTimeoutSeconds`,
          hint: "pass a shorter timeout, or none for the configured one",
        }),
      );
    }
    return this.#lock.run(() => {
      dropIfAborted(options.signal);
      return this.#stopLocked(options);
    });
  }

  async #stopLocked(options: { force?: boolean; timeoutSeconds?: number }): Promise<StopResult> {
    this.#cancelRestart();
    this.#policy.reset();
    const run = this.#run;
    if (run === null) {
      if (this.#state !== "STOPPED") this.#setState("STOPPED", "");
      return { stage: "already-stopped", elapsedMs: 0, message: "Already stopped" };
    }
    run.stopRequested = true;
    this.#setState("STOPPING", "");
    const server = this.#options.config.get().server;
    const timeoutSeconds = options.timeoutSeconds || server.stopTimeoutSeconds;
    const result = await stopStaged(run.process, {
      force: options.force ?? false,
      stopCommand: server.stopCommand,
      stopTimeoutMs: timeoutSeconds * 1000,
      termTimeoutMs: this.#options.termTimeoutMs ?? 10_000,
      clock: this.#clock,
    });
    await run.settled.promise;
    // The exit's removal of server.pid is queued: done before the lock is released.
    await this.#pidFile.run(() => {});
    log.info("Server stopped: {message}", { message: result.message, pid: run.process.pid });
    return result;
  }

  /**
   * Runs `fn` under the power lock, so that no start or stop request (and no
   * crash restart) runs meanwhile: restores and updates swap files the
   * server reads. `fn` stops and starts the server through `power`, whose
   * `start` waits for readiness. Added for the storage services.
   *
   * @param fn The section.
   * @returns What `fn` returns.
   */
  exclusive<T>(fn: (power: ExclusivePower) => Promise<T>): Promise<T> {
    return this.#lock.run(() =>
      fn({
        stop: () => this.#stopLocked({}),
        start: async () => this.#startOutcome(await this.#startLocked(), true),
      })
    );
  }

  /**
   * Stops the server for good: refuses new starts, cancels restarts, and
   * stops a running server gracefully.
   *
   * @returns How the server stopped.
   */
  async shutdown(): Promise<StopResult> {
    this.#shuttingDown = true;
    const result = await this.stop();
    // An exit just before (a crash) may have queued the removal of server.pid: finish it first.
    await this.#pidFile.run(() => {});
    return result;
  }

  /**
   * Writes a line to the running server's console.
   *
   * @param line A validated console command.
   * @param timeoutMs How long the server may take to read it (default 5 s).
   * @throws {IpcError} `NOT_RUNNING` unless the state is RUNNING; `TIMEOUT`
   *   when the server does not read its console.
   */
  async writeConsole(line: string, timeoutMs?: number): Promise<void> {
    const run = this.#run;
    if (run === null || this.#state !== "RUNNING") {
      throw new IpcError("NOT_RUNNING", "The server is not running", {
        hint: "start it with: atlas-runner start",
      });
    }
    await run.process.writeLine(line, timeoutMs);
  }

  async #spawn(automatic: boolean): Promise<Run> {
    const config = this.#options.config.get();
    const server = config.server;
    await assertDirectory(server.directory);
    const isReady = readyMatcher(server.readyPattern);
    // Checked before spawning, so a bad value never leaves a server without its timeout.
    const startTimeoutMs = timerDelay(server.startTimeoutSeconds * 1000);
    // Readiness is watched from the first line: a server may print it before the run is set up.
    const ready = { seen: false, run: null as Run | null };
    const facts = await ServerFacts.capture(server.directory);
    if (server.acceptEula) await acceptEula(server.directory);
    const notes: string[] = [];
    const process = this.#spawnProcess({
      command: server.command,
      cwd: server.directory,
      env: this.#options.serverEnv,
      onLines: (lines) => {
        this.#options.logs.append(lines);
        if (!ready.seen && notes.length < 10) notes.push(...lines.filter(isDiagnosticLine));
        if (ready.seen || !lines.some(isReady)) return;
        ready.seen = true;
        if (ready.run !== null && !ready.run.process.done) this.#onReady(ready.run);
      },
    });
    // From here to the exit handler and the start timer, nothing awaits or
    // throws: a process is never left running without supervision.
    const run: Run = {
      process,
      facts,
      ready: Promise.withResolvers(),
      settled: Promise.withResolvers(),
      isReady: false,
      stopRequested: false,
      startTimedOut: false,
      automatic,
      pidError: null,
      notes,
      cleanup: [],
    };
    this.#run = run;
    // Counted as it spawns: status must not show the restarted server with the old count.
    if (automatic) this.#restarts++;
    const timer = this.#clock.setTimeout(() => this.#onStartTimeout(run), startTimeoutMs);
    run.cleanup.push(() => this.#clock.clearTimeout(timer));
    process.exited.then((exit) => this.#onExit(run, exit)).catch((error) => {
      log.error("Handling the server's exit failed", { error });
    });
    this.#setState("STARTING", automatic ? this.#message : "");
    ready.run = run;
    if (ready.seen && !process.done) this.#onReady(run);
    log.info("Server starting (pid {pid}): {command}", {
      pid: process.pid,
      command: server.command.join(" "),
    });
    await this.#recordPid(run, server.command);
    return run;
  }

  /**
   * Writes `server.pid`, so a next daemon finds the server if this one is
   * killed. A failure (disk full, read-only directory) is logged and kept in
   * the run for the start's answer; the server stays supervised.
   */
  async #recordPid(run: Run, command: readonly string[]): Promise<void> {
    const { process } = run;
    await process.identify();
    const record = {
      pid: process.pid,
      startTime: process.startTime,
      startTimeSource: process.startTimeSource ?? undefined,
      bootId: process.bootId ?? undefined,
      command: [...command],
      startedAt: process.startedAt,
    };
    await this.#pidFile.run(async () => {
      if (process.done) return; // exited already: its exit queued (or ran) the removal
      try {
        await this.#pidStore.write(record);
      } catch (error) {
        run.pidError = error instanceof Error ? error.message : String(error);
        log.error(
          "Cannot record the server's pid in server.pid; the server runs supervised, but a " +
            "daemon started after this one is killed cannot find it",
          { pid: process.pid, error },
        );
      }
    });
  }

  #onReady(run: Run): void {
    run.isReady = true;
    const ms = this.#clock.now() - run.process.startedAt;
    if (this.#state === "STARTING") this.#setState("RUNNING", "");
    log.info("Server is running (pid {pid}, ready after {ms} ms)", { pid: run.process.pid, ms });
    run.ready.resolve({ ok: true, ms });
  }

  #onStartTimeout(run: Run): void {
    if (run.isReady || run.stopRequested || run.process.done) return;
    const seconds = this.#options.config.get().server.startTimeoutSeconds;
    log.error("Server did not become ready within {seconds} s; terminating it", {
      seconds,
      pid: run.process.pid,
    });
    run.startTimedOut = true;
    run.process.beginStop();
    run.process.signal("SIGTERM");
    const kill = this.#clock.setTimeout(
      () => run.process.signal("SIGKILL"),
      this.#options.termTimeoutMs ?? 10_000,
    );
    run.cleanup.push(() => this.#clock.clearTimeout(kill));
  }

  /**
   * Handles an exit. Synchronous on purpose: the state is final before any
   * other request runs, so a start arriving meanwhile sees STOPPED or ERROR
   * (never a new server under an old exit's ERROR).
   */
  #onExit(run: Run, exit: ServerExit): void {
    for (const fn of run.cleanup) fn();
    if (this.#run === run) this.#run = null;
    const reason = describeExit(exit);
    this.#lastExitReason = oneLine(run.stopRequested ? `Stopped on request (${reason})` : reason);
    try {
      if (run.stopRequested) {
        this.#setState("STOPPED", "");
        run.ready.resolve({ ok: false, reason: "Stopped before it became ready" });
      } else if (run.startTimedOut) {
        const seconds = this.#options.config.get().server.startTimeoutSeconds;
        this.#fail(run, `Did not become ready within ${seconds} s (${reason})`);
      } else if (!run.isReady && !run.automatic) {
        const diagnosis = diagnoseStartFailure(run.notes, run.facts.directory);
        if (diagnosis === null) this.#fail(run, `Exited during start-up: ${reason}`);
        else this.#failExplained(run, diagnosis);
      } else {
        this.#onCrash(run, exit, reason);
      }
    } finally {
      run.settled.resolve();
      this.#pidFile.run(async () => {
        // A newer run has written (or will write, queued behind this) its own record.
        if (this.#run !== null) return;
        await this.#pidStore.remove();
      }).catch((error) => log.warn("Cannot remove server.pid", { error }));
    }
  }

  #fail(run: Run, message: string): void {
    log.error("Server failed to start: {message}", { message, pid: run.process.pid });
    this.#setState("ERROR", message);
    run.ready.resolve({ ok: false, reason: message });
  }

  /**
   * A failed start the output explains (EULA, Java version). For Java, the
   * version on PATH is looked up afterwards (a process of its own), then the
   * state's message and the start's answer get it.
   */
  #failExplained(run: Run, diagnosis: StartDiagnosis): void {
    // The last exit's reason (status) says it in words too.
    this.#lastExitReason = oneLine(diagnosis.message);
    if (diagnosis.kind !== "java") return this.#fail(run, diagnosis.message);
    log.error("Server failed to start: {message}", {
      message: diagnosis.message,
      pid: run.process.pid,
    });
    this.#setState("ERROR", diagnosis.message);
    javaOnPath().then((onPath) => {
      const message = diagnosis.message + javaAdvice(diagnosis.needed, onPath);
      if (this.#state === "ERROR" && this.#message === diagnosis.message) {
        this.#setState("ERROR", message);
        this.#lastExitReason = oneLine(message);
      }
      run.ready.resolve({ ok: false, reason: message });
    });
  }

  #onCrash(run: Run, exit: ServerExit, reason: string): void {
    const at = this.#clock.now();
    this.#lastCrash = {
      at,
      code: exit.code,
      signal: exit.signal,
      lastLines: exit.lastLines,
      reason,
    };
    run.ready.resolve({ ok: false, reason: `Crashed: ${reason}` });
    const restart = this.#options.config.get().server.restartOnCrash && !this.#shuttingDown;
    if (!restart) {
      log.error("Server crashed: {reason}", { reason, pid: run.process.pid });
      this.#setState("ERROR", `Crashed: ${reason}`);
      return;
    }
    const decision = this.#policy.recordCrash(at - run.process.startedAt, at);
    if (decision.giveUp) {
      this.#giveUps++;
      const message = `Crashed ${decision.recentCrashes} times within 10 minutes; ` +
        `not restarting again. Last crash: ${reason}`;
      log.error("Server crashed too often; giving up: {reason}", {
        reason,
        crashes: decision.recentCrashes,
      });
      this.#setState("ERROR", message);
      return;
    }
    log.warn("Server crashed: {reason}; restarting in {delayMs} ms", {
      reason,
      delayMs: decision.delayMs,
      pid: run.process.pid,
    });
    const message = `Restarting in ${decision.delayMs / 1000} s after a crash: ${reason}`;
    this.#setState("STARTING", message);
    const timer = this.#clock.setTimeout(() => this.#restart(token), decision.delayMs);
    const token = { timer };
    this.#pendingRestart = token;
  }

  async #restart(token: { timer: TimerId }): Promise<void> {
    await this.#lock.run(async () => {
      if (this.#pendingRestart !== token || this.#shuttingDown || this.#run !== null) return;
      this.#pendingRestart = null;
      try {
        await this.#spawn(true);
      } catch (error) {
        const message = `Restart after a crash failed: ${(error as Error).message}`;
        log.error(message, { error });
        this.#setState("ERROR", message);
      }
    });
  }

  #cancelRestart(): void {
    if (this.#pendingRestart !== null) this.#clock.clearTimeout(this.#pendingRestart.timer);
    this.#pendingRestart = null;
  }

  #setState(state: ServerState, message: string): void {
    const previous = this.#state;
    this.#state = state;
    this.#message = message;
    if (previous === state) return;
    for (const listener of this.#listeners) {
      try {
        listener(state, previous);
      } catch (error) {
        log.error("A state listener failed", { error });
      }
    }
  }
}

/** Newlines and tabs in an exit reason (console output) become spaces: it is shown as one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
