/**
 * A fake game server process for the supervisor's unit tests, passed as its
 * `spawn` option: the test prints its console lines, makes it exit or crash,
 * and reads what the supervisor wrote to its console and which signals it
 * sent. Its time is a {@linkcode ManualClock}, so nothing waits for real.
 * End-to-end suites run the real demo server instead.
 *
 * @module
 */
import { IpcError } from "../../lib/protocol/errors.ts";
import {
  rememberLast,
  type ServerExit,
  type SpawnOptions,
  type SupervisedProcess,
} from "../../lib/daemon/server/server_process.ts";
import { within } from "../../lib/util/deadline.ts";
import type { ManualClock } from "./manual_clock.ts";

/** How a fake server reacts to its console and to signals. */
export interface FakeBehaviour {
  /** Exits with code 0 when it reads this console line. @default "stop" */
  exitOn?: string | null;
  /** Survives SIGTERM (only SIGKILL ends it). @default false */
  ignoreSigterm?: boolean;
  /** Never reads its console: every write times out (a full pipe). @default false */
  deaf?: boolean;
}

/** Far above any real pid (Linux's pid_max is at most 2^22), so none is ever signalled. */
const FIRST_PID = 10_000_001;

/** One fake server process. */
export class FakeServerProcess implements SupervisedProcess {
  /** Its pid. */
  readonly pid: number;
  /** When it was spawned (the clock's time). */
  readonly startedAt: number;
  /** Resolves when it exits. */
  readonly exited: Promise<ServerExit>;
  /** The argv it was spawned with. */
  readonly command: readonly string[];
  /** Unknown, as when no process facts can be read. */
  readonly startTime = 0;
  /** Unknown. */
  readonly startTimeSource = null;
  /** Unknown. */
  readonly bootId = null;
  /** The console lines it read, in order. */
  readonly stdin: string[] = [];
  /** The signals it received, in order (also those after it exited). */
  readonly signals: Deno.Signal[] = [];
  /** Whether a stop was marked as under way. */
  stopBegun = false;
  #clock: ManualClock;
  #behaviour: FakeBehaviour;
  #onLines: (lines: string[]) => void;
  #lastLines: string[] = [];
  #exit = Promise.withResolvers<ServerExit>();
  #done = false;
  #events: Array<{ check: () => boolean; resolve: () => void }> = [];

  /**
   * @param pid Its pid.
   * @param options What the supervisor spawned it with.
   * @param clock The test's clock.
   * @param behaviour How it reacts.
   */
  constructor(pid: number, options: SpawnOptions, clock: ManualClock, behaviour: FakeBehaviour) {
    this.pid = pid;
    this.command = options.command;
    this.startedAt = clock.now();
    this.exited = this.#exit.promise;
    this.#clock = clock;
    this.#behaviour = behaviour;
    this.#onLines = options.onLines;
  }

  /** Whether it has exited. */
  get done(): boolean {
    return this.#done;
  }

  /** Whole seconds since it was spawned, by the clock. */
  get uptimeSeconds(): number {
    return Math.floor((this.#clock.now() - this.startedAt) / 1000);
  }

  /** Knows nothing more about itself. */
  identify(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * Reads a console line (or, when deaf, leaves it unread until the timeout).
   *
   * @param line The line.
   * @param timeoutMs How long the write may wait.
   * @throws {IpcError} `NOT_RUNNING` after it exited; `TIMEOUT` when deaf.
   */
  async writeLine(line: string, timeoutMs = 5000): Promise<void> {
    if (this.#done) throw new IpcError("NOT_RUNNING", "The server's console is closed");
    if (this.#behaviour.deaf) {
      await within(new Promise<never>(() => {}), timeoutMs, this.#clock);
      throw new IpcError("TIMEOUT", "The server did not read its console");
    }
    this.stdin.push(line);
    this.#changed();
    if (line === (this.#behaviour.exitOn === undefined ? "stop" : this.#behaviour.exitOn)) {
      this.exit(0);
    }
  }

  /** Notes that a stop began. */
  beginStop(): void {
    this.stopBegun = true;
  }

  /**
   * Receives a signal: SIGKILL ends it, SIGTERM too unless it ignores it.
   *
   * @param signal The signal.
   */
  signal(signal: Deno.Signal): void {
    this.signals.push(signal);
    this.#changed();
    if (this.#done) return;
    if (signal === "SIGKILL" || (signal === "SIGTERM" && !this.#behaviour.ignoreSigterm)) {
      this.#end(null, signal);
    }
  }

  /**
   * Prints console lines (to the supervisor's line sink).
   *
   * @param lines The lines.
   */
  print(...lines: string[]): void {
    rememberLast(this.#lastLines, lines);
    this.#onLines(lines);
  }

  /**
   * Exits on its own with a code (0 = clean, else a crash).
   *
   * @param code The exit code.
   */
  exit(code: number): void {
    this.#end(code, null);
  }

  /**
   * Waits until it has read `line` on its console.
   *
   * @param line The line.
   */
  received(line: string): Promise<void> {
    return this.#when(() => this.stdin.includes(line));
  }

  /**
   * Waits until it has received `signal`.
   *
   * @param signal The signal.
   */
  signalled(signal: Deno.Signal): Promise<void> {
    return this.#when(() => this.signals.includes(signal));
  }

  #end(code: number | null, signal: Deno.Signal | null): void {
    if (this.#done) return;
    this.#done = true;
    this.#exit.resolve({ code, signal, lastLines: [...this.#lastLines], members: [] });
  }

  #when(check: () => boolean): Promise<void> {
    if (check()) return Promise.resolve();
    const { promise, resolve } = Promise.withResolvers<void>();
    this.#events.push({ check, resolve });
    return promise;
  }

  #changed(): void {
    this.#events = this.#events.filter((e) => {
      if (!e.check()) return true;
      e.resolve();
      return false;
    });
  }
}

/**
 * Spawns {@linkcode FakeServerProcess}es: pass {@linkcode FakeServers.spawn}
 * as the supervisor's `spawn` option.
 */
export class FakeServers {
  /** Every process spawned so far, in order. */
  readonly spawned: FakeServerProcess[] = [];
  /** How the next spawned processes behave. */
  behaviour: FakeBehaviour = {};
  /** Called with each process as it is spawned (before the supervisor sees it). */
  onSpawn: ((process: FakeServerProcess) => void) | null = null;
  #clock: ManualClock;
  #waiters: Array<{ count: number; resolve: (p: FakeServerProcess) => void }> = [];

  /**
   * @param clock The test's clock, which the processes use.
   */
  constructor(clock: ManualClock) {
    this.#clock = clock;
  }

  /**
   * The supervisor's `spawn` option.
   *
   * @param options What the supervisor spawns.
   * @returns A fake process.
   */
  spawn = (options: SpawnOptions): FakeServerProcess => {
    const pid = FIRST_PID + this.spawned.length;
    const process = new FakeServerProcess(pid, options, this.#clock, { ...this.behaviour });
    this.spawned.push(process);
    this.onSpawn?.(process);
    this.#waiters = this.#waiters.filter((w) => {
      if (this.spawned.length < w.count) return true;
      w.resolve(this.spawned[w.count - 1]);
      return false;
    });
    return process;
  };

  /**
   * Waits for the `count`-th spawn (1 = the first).
   *
   * @param count Which spawn.
   * @returns That process.
   */
  nth(count: number): Promise<FakeServerProcess> {
    if (this.spawned.length >= count) return Promise.resolve(this.spawned[count - 1]);
    const { promise, resolve } = Promise.withResolvers<FakeServerProcess>();
    this.#waiters.push({ count, resolve });
    return promise;
  }
}
