/**
 * What the suites that run child processes share: the program they run
 * ({@linkcode MAIN_PATH}), free ports, and the one disposable harness every
 * child of a test runs in ({@linkcode spawnChild}): the daemon, the demo
 * server, the CLI, reference peers, their output collected by a
 * `LineCollector` (`lines.ts`) for waits with a deadline. It imports only
 * `lines.ts`, so every other helper module can import it.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { LineCollector } from "./lines.ts";

/** The repository's `main.ts`, the program the suites run as a subprocess. */
export const MAIN_PATH: string = fileURLToPath(new URL("../../main.ts", import.meta.url));

/** Where {@linkcode freePort} looks: below Linux's ephemeral range (32768–60999). */
const PORT_RANGE = { from: 20_000, to: 32_000 };

/**
 * A TCP port that nothing listened on a moment ago (bound on every address,
 * then released), for a server a test starts next. Taken below the
 * ephemeral range at random: a port the kernel handed out (port 0) is the
 * kind it also gives the outgoing connections of tests running in
 * parallel, one of which can take it before the server binds it.
 *
 * @returns The port.
 */
export function freePort(): number {
  for (;;) {
    const port = PORT_RANGE.from + Math.floor(Math.random() * (PORT_RANGE.to - PORT_RANGE.from));
    try {
      using _ = Deno.listen({ hostname: "0.0.0.0", port });
      return port;
    } catch (error) {
      if (!(error instanceof Deno.errors.AddrInUse)) throw error;
    }
  }
}

/**
 * Whether a process is alive (exists and is not a zombie), asked of `ps`
 * with options BSD and procps share, so it works on macOS (no /proc) and
 * without the all-access permission /proc needs.
 *
 * @param pid The process id.
 * @returns Whether it runs.
 */
export async function isProcessAlive(pid: number): Promise<boolean> {
  const { success, stdout } = await new Deno.Command("ps", {
    args: ["-o", "stat=", "-p", String(pid)],
    stdout: "piped",
    stderr: "null",
  }).output();
  const state = new TextDecoder().decode(stdout).trim();
  return success && state !== "" && !state.startsWith("Z");
}

/**
 * Runs a program to its end with `input` as all of its stdin: for peers
 * that read a message and print an answer (protoc, promtool).
 *
 * @param argv The program and its arguments.
 * @param input What it reads (text is UTF-8 encoded); stdin is closed after it.
 * @returns Its exit code and everything it wrote, stdout and stderr apart.
 */
export async function runWithInput(
  argv: readonly string[],
  input: string | Uint8Array,
): Promise<Deno.CommandOutput> {
  const [program, ...args] = argv;
  const child = new Deno.Command(program, {
    args,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(typeof input === "string" ? new TextEncoder().encode(input) : input);
  await writer.close();
  return await child.output();
}

/** How a child's stream is set up: collected line by line, discarded, or shared with the test's. */
export type ChildStream = "piped" | "null" | "inherit";

/** Options of {@linkcode spawnChild}. */
export interface SpawnChildOptions {
  /** What the child is, for messages ("daemon", "demo server"). @default the program's name */
  name?: string;
  /** The working directory. */
  cwd?: string;
  /** Environment variables (added to ours unless `clearEnv`). */
  env?: Record<string, string>;
  /** Start from an empty environment. @default false */
  clearEnv?: boolean;
  /** `"piped"` gives {@linkcode ChildProcessHandle.write}. @default "null" */
  stdin?: "piped" | "null";
  /** @default "piped" */
  stdout?: ChildStream;
  /** @default "piped" */
  stderr?: ChildStream;
  /**
   * Start it in a session and process group of its own, so that disposing
   * it signals the whole group: what it spawned goes too (its grandchildren
   * would otherwise keep running, and keep its pipes open). @default false
   */
  detached?: boolean;
  /** The signal dispose sends first. @default "SIGTERM" */
  disposeSignal?: Deno.Signal;
  /** How long dispose waits after its first signal before SIGKILL. @default 10_000 */
  graceMs?: number;
  /**
   * How long, once the child has exited, its output may take to end before
   * the pipes are cancelled (a grandchild outside its group may hold them). @default 5_000
   */
  drainMs?: number;
}

/** A running child process of a test; disposing it ends it and everything it holds. */
export interface ChildProcessHandle extends AsyncDisposable {
  /** What it is, for messages. */
  readonly name: string;
  /** Its process id (its process group's too when detached). */
  readonly pid: number;
  /** Its stdout lines (empty unless piped). */
  readonly stdout: LineCollector;
  /** Its stderr lines (empty unless piped). */
  readonly stderr: LineCollector;
  /** Resolves when it has exited (its output may still be arriving). */
  readonly status: Promise<Deno.CommandStatus>;
  /** Its exit status, or `null` while it runs. */
  readonly exitStatus: Deno.CommandStatus | null;
  /**
   * Sends a signal to the process (not its group); nothing once it has exited.
   *
   * @param signal The signal. @default "SIGTERM"
   */
  kill(signal?: Deno.Signal): void;
  /**
   * Writes to its stdin (only with `stdin: "piped"`).
   *
   * @param data Text (UTF-8 encoded) or bytes.
   */
  write(data: string | Uint8Array): Promise<void>;
  /** Closes its stdin (end of input); nothing if already closed. */
  closeStdin(): Promise<void>;
  /**
   * Waits for it to exit and for its output to end (bounded by `drainMs`).
   *
   * @returns The exit status.
   */
  finished(): Promise<Deno.CommandStatus>;
  /**
   * Ends it: `signal`, SIGKILL after the grace, its group killed when
   * detached, stdin closed, output drained or cancelled.
   *
   * @param signal The first signal. @default the dispose signal
   * @returns The exit status.
   */
  stop(signal?: Deno.Signal): Promise<Deno.CommandStatus>;
  /**
   * @returns Its name, pid and exit, and the last lines of its output
   *   streams: what a failure message shows.
   */
  describe(): string;
}

const encoder = new TextEncoder();

function emptyStream(): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (controller) => controller.close() });
}

/**
 * Spawns a child process of a test. Piped output is collected line by line
 * ({@linkcode LineCollector}), and a failed wait on it names the child, its
 * exit and the last lines of both streams. Disposing it (or
 * {@linkcode ChildProcessHandle.stop}) sends the dispose signal (to the
 * whole process group when detached), SIGKILLs after the grace, awaits the
 * exit, closes stdin and drains or cancels every pipe, so Deno's resource
 * and op sanitizers stay quiet even when a grandchild holds the pipes.
 *
 * @param argv The program and its arguments.
 * @param options Environment, streams, process group, signal and bounds.
 * @returns The running child.
 */
export function spawnChild(
  argv: readonly string[],
  options: SpawnChildOptions = {},
): ChildProcessHandle {
  const [program, ...args] = argv;
  const name = options.name ?? program.split("/").pop()!;
  const process = new Deno.Command(program, {
    args,
    cwd: options.cwd,
    env: options.env,
    clearEnv: options.clearEnv,
    detached: options.detached,
    stdin: options.stdin ?? "null",
    stdout: options.stdout ?? "piped",
    stderr: options.stderr ?? "piped",
  }).spawn();
  let exitStatus: Deno.CommandStatus | null = null;
  const status = process.status.then((s) => exitStatus = s);
  const writer = options.stdin === "piped" ? process.stdin.getWriter() : null;
  let stdinOpen = writer !== null;
  const streams: { stdout?: LineCollector; stderr?: LineCollector } = {};
  const context = (other: "stdout" | "stderr") => () => {
    const exit = exitStatus === null ? "still running" : `exited with ${formatStatus(exitStatus)}`;
    const lines = streams[other]?.tail(20) ?? "";
    return `from the ${name} (pid ${process.pid}, ${exit})` +
      (lines === "" ? "" : `\n--- last lines of its ${other} ---\n${lines}`);
  };
  streams.stdout = new LineCollector(
    options.stdout === undefined || options.stdout === "piped" ? process.stdout : emptyStream(),
    context("stderr"),
  );
  streams.stderr = new LineCollector(
    options.stderr === undefined || options.stderr === "piped" ? process.stderr : emptyStream(),
    context("stdout"),
  );
  const { stdout, stderr } = streams as Required<typeof streams>;
  const signalGroup = (signal: Deno.Signal) => {
    try {
      Deno.kill(-process.pid, signal);
    } catch { /* the group is empty: everything in it has exited */ }
  };
  const closeStdin = async (): Promise<void> => {
    if (!stdinOpen) return;
    stdinOpen = false;
    await writer!.close().catch(() => {}); // A child that exited closed its end.
  };
  const drain = async (): Promise<void> => {
    const ended = Promise.all([stdout.done, stderr.done]).then(() => true, () => true);
    if (!await raceTimeout(ended, options.drainMs ?? 5_000)) {
      await Promise.all([stdout.cancel(), stderr.cancel()]);
    }
  };
  let stopping: Promise<Deno.CommandStatus> | null = null;
  const handle: ChildProcessHandle = {
    name,
    pid: process.pid,
    stdout,
    stderr,
    status,
    get exitStatus() {
      return exitStatus;
    },
    kill(signal: Deno.Signal = "SIGTERM") {
      if (exitStatus !== null) return;
      try {
        process.kill(signal);
      } catch { /* it exited between the check and the kill */ }
    },
    write(data) {
      if (writer === null) throw new Error(`The ${name}'s stdin is not piped`);
      return writer.write(typeof data === "string" ? encoder.encode(data) : data);
    },
    closeStdin,
    async finished() {
      const s = await status;
      await drain();
      return s;
    },
    stop(signal = options.disposeSignal ?? "SIGTERM") {
      return stopping ??= (async () => {
        const send = options.detached ? signalGroup : handle.kill;
        if (exitStatus === null) send(signal);
        if (!await raceTimeout(status.then(() => true), options.graceMs ?? 10_000)) {
          send("SIGKILL");
        }
        const s = await status;
        // What the child left in its group (a wrapper's grandchild) goes with it.
        if (options.detached) signalGroup("SIGKILL");
        await closeStdin();
        await drain();
        return s;
      })();
    },
    describe() {
      return `${context("stdout")()}\n--- last lines of its stderr ---\n${stderr.tail(20)}`;
    },
    async [Symbol.asyncDispose]() {
      await handle.stop();
    },
  };
  return handle;
}

/**
 * @param status An exit status.
 * @returns "code 1", or "signal SIGKILL".
 */
export function formatStatus(status: Deno.CommandStatus): string {
  return status.signal === null ? `code ${status.code}` : `signal ${status.signal}`;
}

/** Whether `promise` settled (true) or `ms` passed first (false); the timer is cleared either way. */
async function raceTimeout(promise: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => timer = setTimeout(() => resolve(false), ms));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** What {@linkcode runGcChild} returns. */
export interface GcChildResult {
  /** The JSON the child printed on stdout, parsed. */
  // deno-lint-ignore no-explicit-any
  result: any;
  /** Its stderr, for assertion messages. */
  stderr: string;
}

/**
 * Runs `deno <command> --v8-flags=--expose-gc <args>` to its end, for tests
 * that measure what the heap retains after a full GC in a process of their
 * own, and parses the JSON it prints. Fails (with its stderr) unless it
 * exits 0.
 *
 * @param command `eval` or `run` (with its own flags, e.g. `["run", "-A"]`).
 * @param args The code or the script and its arguments.
 * @returns The parsed stdout and the stderr.
 */
export async function runGcChild(
  command: readonly string[],
  args: readonly string[],
): Promise<GcChildResult> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: [...command, "--v8-flags=--expose-gc", ...args],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stderr = new TextDecoder().decode(output.stderr);
  if (output.code !== 0) throw new Error(`the child exited with ${output.code}: ${stderr}`);
  return { result: JSON.parse(new TextDecoder().decode(output.stdout)), stderr };
}
