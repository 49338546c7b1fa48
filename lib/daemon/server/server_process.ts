/**
 * One run of the game server: spawned from an argv array (never a shell) in
 * its own process group, stdin piped for the console, stdout and stderr
 * split into lines for the log buffer, and an `exited` promise that says how
 * it ended.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { IpcError } from "../../protocol/errors.ts";
import { type ProcessSource, processSource, readBootId, signalGroup } from "./process/mod.ts";
import { TIMED_OUT, within } from "../../util/deadline.ts";
import { cutLine, LineSplitter } from "../console/output_lines.ts";
import { stripAnsi } from "../../util/ansi.ts";

const log = getLogger(["atlas-runner", "daemon", "server_process"]);

/**
 * How many of the last non-blank lines an exit keeps, for crash and
 * start-failure messages; and the most UTF-8 bytes of each. Small, so that a
 * reason fits any answer (a server that printed megabytes without a newline
 * once made StartServer's answer too large to send).
 */
export const REASON_LINES = 3;
/** See {@linkcode REASON_LINES}. */
export const REASON_LINE_BYTES = 1024;
/** How long to wait for the pipes to drain after the server exited. */
const DRAIN_MS = 2000;
/** How often the rest of the group is looked at while it outlives its leader. */
const GROUP_POLL_MS = 100;
/** Bytes of the server's output read at a time (a Linux pipe holds 64 KiB). */
const READ_BUFFER_BYTES = 64 * 1024;
/**
 * How long a console write may wait by default. A server that does not read
 * its stdin fills the pipe, and a write would then wait forever.
 */
export const CONSOLE_WRITE_TIMEOUT_MS = 5000;

/** How a server process ended. */
export interface ServerExit {
  /** The exit code, or `null` when a signal ended it. */
  code: number | null;
  /** The signal that ended it, if any. */
  signal: Deno.Signal | null;
  /**
   * Its last non-blank console lines (stdout and stderr): at most
   * {@linkcode REASON_LINES}, without ANSI codes, each cut to
   * {@linkcode REASON_LINE_BYTES} bytes.
   */
  lastLines: string[];
  /**
   * The other processes of its group that outlived it during a stop (a
   * wrapper script's java), and how each ended.
   */
  members: MemberEnd[];
}

/** How a process of the server's group other than its leader ended. */
export interface MemberEnd {
  /** Its pid; `null` when no process facts are available (the group as a whole). */
  pid: number | null;
  /** `exited` on its own (after SIGTERM or the stop command), or `killed` by SIGKILL. */
  how: "exited" | "killed";
  /** How long after the leader it ended. */
  afterMs: number;
}

/** Options of {@linkcode ServerProcess.spawn}. */
export interface SpawnOptions {
  /** The argv: program, then arguments. */
  command: readonly string[];
  /** The working directory (the server directory). */
  cwd: string;
  /** Extra environment variables (added to the daemon's). */
  env?: Record<string, string>;
  /** Receives each chunk's complete lines, in order. */
  onLines: (lines: string[]) => void;
}

/**
 * A running (or exited) game server as the supervisor and the staged stop
 * see it. {@linkcode ServerProcess} is the one real implementation; the
 * supervisor's unit tests drive a fake through {@linkcode SpawnServer}.
 */
export interface SupervisedProcess {
  /** The server's pid, which is also its process group id. */
  readonly pid: number;
  /** When it was spawned (Unix ms). */
  readonly startedAt: number;
  /** Resolves once it has exited and its output is read. */
  readonly exited: Promise<ServerExit>;
  /** Its start time (0 if unknown), recorded in `server.pid`. */
  readonly startTime: number;
  /** Where {@linkcode SupervisedProcess.startTime} came from. */
  readonly startTimeSource: "proc" | "ps" | null;
  /** The kernel's boot id when it started (Linux). */
  readonly bootId: string | null;
  /** Whether it has exited. */
  readonly done: boolean;
  /** Seconds since it was spawned. */
  readonly uptimeSeconds: number;
  /** Reads its start time and boot id; never throws. */
  identify(): Promise<void>;
  /**
   * Writes one line to its console, waiting at most `timeoutMs`.
   *
   * @throws {IpcError} `NOT_RUNNING` when the console is closed; `TIMEOUT`
   *   when the server does not read it.
   */
  writeLine(line: string, timeoutMs?: number): Promise<void>;
  /** Marks a stop as under way (the group may outlive its leader). */
  beginStop(): void;
  /** Signals its whole process group. */
  signal(signal: Deno.Signal): void;
}

/**
 * Spawns a server process: {@linkcode ServerProcess.spawn} unless a test
 * injects a fake (`SupervisorOptions.spawn`).
 *
 * @throws {IpcError} `FAILED` when the program cannot be started.
 */
export type SpawnServer = (options: SpawnOptions) => SupervisedProcess;

/** A running (or exited) game server process. */
export class ServerProcess implements SupervisedProcess {
  /** The server's pid, which is also its process group id. */
  readonly pid: number;
  /** When it was spawned (Unix ms). */
  readonly startedAt: number;
  /** Resolves once it has exited and its output is read. */
  readonly exited: Promise<ServerExit>;
  /** Its start time (0 if unknown), recorded in `server.pid`. */
  startTime = 0;
  /** Where {@linkcode ServerProcess.startTime} came from (start times of different sources differ). */
  startTimeSource: "proc" | "ps" | null = null;
  /** The kernel's boot id when it started (Linux), recorded in `server.pid` against pid reuse. */
  bootId: string | null = null;
  #child: Deno.ChildProcess;
  #stdin: WritableStreamDefaultWriter<Uint8Array>;
  /** A write that timed out and has not settled (the server stopped reading), or `null`. */
  #unread: Promise<void> | null = null;
  #lastLines: string[] = [];
  #done = false;
  /** A stop is under way: the group may outlive its leader (a wrapper script) until it ends. */
  #stopping = false;
  /** No process of the group is left: its id may be reused, so nothing is signalled any more. */
  #groupDone = false;
  #killSent = false;

  /**
   * Use {@linkcode ServerProcess.spawn}.
   *
   * @param child The spawned child.
   * @param onLines The line sink.
   */
  constructor(child: Deno.ChildProcess, onLines: (lines: string[]) => void) {
    this.#child = child;
    this.pid = child.pid;
    this.startedAt = Date.now();
    this.#stdin = child.stdin.getWriter();
    const sink = (lines: string[]) => {
      rememberLast(this.#lastLines, lines);
      onLines(lines);
    };
    const readers = Promise.all([readLines(child.stdout, sink), readLines(child.stderr, sink)]);
    this.exited = this.#watch(readers);
  }

  /**
   * Spawns the server in its own process group. Synchronous: the caller
   * attaches its exit handling before anything else can happen; the start
   * time comes later ({@linkcode ServerProcess.identify}).
   *
   * @param options Command, directory and line sink.
   * @returns The running process.
   * @throws {IpcError} `FAILED` when the program cannot be started.
   */
  static spawn(options: SpawnOptions): ServerProcess {
    const [program, ...args] = options.command;
    let child: Deno.ChildProcess;
    try {
      child = new Deno.Command(program, {
        args,
        cwd: options.cwd,
        env: options.env,
        stdin: "piped",
        stdout: "piped",
        stderr: "piped",
        // Own session and process group: signals reach the server's helpers
        // too, and the terminal's Ctrl-C reaches only the daemon.
        detached: true,
      }).spawn();
    } catch (error) {
      throw new IpcError("FAILED", `Cannot start the server: ${program}: ${describe(error)}`, {
        cause: error,
        hint: `check server.command and server.directory (${options.cwd}) in the config`,
      });
    }
    return new ServerProcess(child, options.onLines);
  }

  /**
   * Reads its start time and the boot id (for `server.pid`). Never throws:
   * a fact that cannot be read stays unknown.
   */
  async identify(): Promise<void> {
    try {
      const source = await processSource();
      const stat = await source?.stat(this.pid).catch(() => null);
      if (source && stat) {
        this.startTime = stat.startTime;
        this.startTimeSource = source.name;
      }
      this.bootId = await readBootId();
    } catch (error) {
      log.warn("Cannot read the server's start time", { pid: this.pid, error });
    }
  }

  /** Whether it has exited. */
  get done(): boolean {
    return this.#done;
  }

  /** Seconds since it was spawned. */
  get uptimeSeconds(): number {
    return Math.floor((Date.now() - this.startedAt) / 1000);
  }

  /**
   * Writes one line to the server's console (stdin), waiting at most
   * `timeoutMs` for the server to take it. After a timeout the line stays
   * queued: it reaches the server if it ever reads its console again.
   *
   * @param line The text, without a newline (the caller has validated it).
   * @param timeoutMs How long the write may wait (a full pipe).
   * @throws {IpcError} `NOT_RUNNING` when the console is closed; `TIMEOUT`
   *   when the server does not read its console.
   */
  async writeLine(line: string, timeoutMs: number = CONSOLE_WRITE_TIMEOUT_MS): Promise<void> {
    if (this.#unread !== null) {
      // An earlier line is still waiting in a full pipe: this one would only queue behind it.
      throw new IpcError("TIMEOUT", "The server is not reading its console", {
        hint: "the server may be hung; stop it (atlas-runner stop, --force if needed)",
      });
    }
    const write = this.#stdin.write(new TextEncoder().encode(line + "\n")).catch((error) => {
      throw new IpcError("NOT_RUNNING", "The server's console is closed", { cause: error });
    });
    if (await within(write, timeoutMs) === TIMED_OUT) {
      // Settles when the server reads again or exits.
      const unread = this.#unread = write.catch(() => {}).finally(() => {
        if (this.#unread === unread) this.#unread = null;
      });
      throw new IpcError(
        "TIMEOUT",
        `The server did not read its console within ${(timeoutMs / 1000).toFixed(1)} s`,
        { hint: "the server may be hung; stop it (atlas-runner stop, --force if needed)" },
      );
    }
  }

  /**
   * Marks a stop as under way: if the leader exits first (a wrapper script
   * that runs java without `exec` dies at SIGTERM at once), the rest of its
   * group is waited for, not killed, until it exits or the stopper sends
   * SIGKILL. {@linkcode ServerProcess.exited} resolves only then.
   */
  beginStop(): void {
    this.#stopping = true;
  }

  /**
   * Signals the server's whole process group (also after its leader
   * exited, while the rest of the group lives on during a stop).
   *
   * @param signal The signal.
   */
  signal(signal: Deno.Signal): void {
    if (this.#groupDone) return;
    if (signal === "SIGKILL") this.#killSent = true;
    signalGroup(this.pid, signal);
  }

  async #watch(readers: Promise<unknown>): Promise<ServerExit> {
    const status = await this.#child.status;
    this.#done = true;
    const members = this.#stopping ? await this.#outlive() : [];
    // Helpers left in the group would keep the pipes open: end them.
    signalGroup(this.pid, "SIGKILL");
    this.#groupDone = true;
    const drained = await within(readers, DRAIN_MS) !== TIMED_OUT;
    if (!drained) log.warn("The server's output did not close after it exited", { pid: this.pid });
    // Bounded: close() waits for queued writes, which a pipe held open elsewhere never takes.
    await within(this.#stdin.close().catch(() => {/* broken once the reader is gone */}), DRAIN_MS);
    return {
      code: status.signal === null ? status.code : null,
      signal: status.signal,
      lastLines: [...this.#lastLines],
      members,
    };
  }

  /**
   * Waits until the rest of the group has ended (the stopper bounds this by
   * sending SIGKILL), noting when each member went and whether on its own.
   */
  async #outlive(): Promise<MemberEnd[]> {
    const source = await processSource().catch(() => null);
    const since = Date.now();
    const ended: MemberEnd[] = [];
    let alive = await this.#members(source);
    while (alive.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, GROUP_POLL_MS));
      const now = await this.#members(source);
      const how = this.#killSent ? "killed" : "exited";
      for (const pid of alive) {
        if (!now.includes(pid)) ended.push({ pid, how, afterMs: Date.now() - since });
      }
      alive = now;
    }
    if (ended.length > 0) {
      log.info("The rest of the server's process group has ended", { pid: this.pid, ended });
    }
    return ended;
  }

  /**
   * The live members of the group; without process facts, `[null]` while
   * any is left (SIGCONT, harmless to a running process, is refused only
   * when the group is empty).
   */
  async #members(source: ProcessSource | null): Promise<Array<number | null>> {
    if (source === null) return signalGroup(this.pid, "SIGCONT") ? [null] : [];
    return (await source.groupMembers(this.pid).catch(() => [])).map((m) => m.pid);
  }
}

/**
 * Reads a byte stream as console lines (see {@linkcode LineSplitter}: linear
 * time, bounded memory), handing each chunk's complete lines to `sink`.
 */
async function readLines(
  stream: ReadableStream<Uint8Array<ArrayBuffer>>,
  sink: (lines: string[]) => void,
): Promise<void> {
  const splitter = new LineSplitter();
  // One buffer, handed to each read and back (a BYOB reader): a default
  // reader allocates a fresh 64 KiB chunk per read, which a flooding server
  // turns into tens of MiB of buffers awaiting a collection. The splitter
  // copies what it keeps, so the buffer is free again after `push`.
  const reader = stream.getReader({ mode: "byob" });
  let buffer = new ArrayBuffer(READ_BUFFER_BYTES);
  let done = false;
  try {
    while (!done) {
      const read = await reader.read(new Uint8Array(buffer));
      done = read.done;
      if (read.value === undefined) break;
      buffer = read.value.buffer;
      if (read.value.length === 0) continue;
      const lines = splitter.push(read.value);
      if (lines.length > 0) sink(lines);
    }
  } catch (error) {
    log.warn("Reading the server's output failed", { error });
  } finally {
    // Nobody reads any more: let the server's writes fail instead of blocking on a full pipe.
    if (!done) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
  const last = splitter.end();
  if (last.length > 0) sink(last);
}

/**
 * Adds the last non-blank of `lines` to `kept`, in reason form (no ANSI
 * codes, cut to {@linkcode REASON_LINE_BYTES}), keeping the last
 * {@linkcode REASON_LINES}. Exported for the fake process of the
 * supervisor's unit tests, so that its exits carry the same last lines.
 *
 * @param kept The last lines so far (changed in place).
 * @param lines The lines just printed.
 */
export function rememberLast(kept: string[], lines: readonly string[]): void {
  const recent: string[] = [];
  for (let i = lines.length - 1; i >= 0 && recent.length < REASON_LINES; i--) {
    const line = stripAnsi(lines[i]);
    if (line.trim() !== "") recent.push(cutLine(line, REASON_LINE_BYTES));
  }
  kept.push(...recent.reverse());
  if (kept.length > REASON_LINES) kept.splice(0, kept.length - REASON_LINES);
}

function describe(error: unknown): string {
  if (error instanceof Deno.errors.NotFound) return "program not found";
  if (error instanceof Deno.errors.PermissionDenied) return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

/**
 * One sentence on how a process ended: exit code or signal, and its last
 * lines (at most {@linkcode REASON_LINES} of {@linkcode REASON_LINE_BYTES}
 * bytes each, so about 3 KiB at most).
 *
 * @param exit The exit.
 * @returns The sentence.
 */
export function describeExit(exit: ServerExit): string {
  const how = exit.signal !== null ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
  const last = exit.lastLines.join(" | ");
  return last === "" ? how : `${how}; last output: ${last}`;
}

/**
 * Checks that the server directory exists.
 *
 * @param path The directory.
 * @throws {IpcError} `FAILED` when it does not.
 */
export async function assertDirectory(path: string): Promise<void> {
  try {
    if ((await Deno.stat(path)).isDirectory) return;
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  throw new IpcError("FAILED", `The server directory ${path} does not exist`, {
    hint: "create it and put the server there, or set server.directory in the config",
  });
}
