/**
 * Test helpers of the demo server's suites: a real `demo-server` process in
 * a temp dir, started with {@linkcode demoServerCommand}, whose stdout and
 * stderr lines can be awaited with a deadline. Private to `lib/demo/`.
 *
 * @module
 */
import { join } from "node:path";
import { formatServerProperties } from "../util/server_properties.ts";
import { freePort } from "../../tests/helpers.ts";
import { demoServerCommand } from "./setup.ts";

/** The deadline of every wait, generous for a busy CI machine. */
export const WAIT_MS = 30_000;

/** Lines of a child's stream, awaited by pattern. */
export class Lines {
  readonly lines: string[] = [];
  #waiters = new Set<() => void>();
  #ended = false;
  readonly done: Promise<void>;

  constructor(stream: ReadableStream<Uint8Array>) {
    this.done = this.#read(stream);
  }

  async #read(stream: ReadableStream<Uint8Array>): Promise<void> {
    let partial = "";
    for await (const text of stream.pipeThrough(new TextDecoderStream())) {
      const parts = (partial + text).split("\n");
      partial = parts.pop()!;
      this.lines.push(...parts);
      this.#wake();
    }
    if (partial !== "") this.lines.push(partial);
    this.#ended = true;
    this.#wake();
  }

  #wake(): void {
    for (const fn of [...this.#waiters]) fn();
  }

  /**
   * Waits for a line matching `pattern` at or after index `from`.
   *
   * @returns The index of the matching line.
   */
  async waitFor(pattern: RegExp | string, from = 0, what = String(pattern)): Promise<number> {
    const matches = (l: string) =>
      typeof pattern === "string" ? l.includes(pattern) : pattern.test(l);
    const deadline = Date.now() + WAIT_MS;
    let next = from;
    for (;;) {
      for (; next < this.lines.length; next++) if (matches(this.lines[next])) return next;
      if (this.#ended) throw new Error(`Stream ended without ${what}:\n${this.text()}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what}:\n${this.text()}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, left);
        function done() {
          clearTimeout(timer);
          waiters.delete(done);
          resolve();
        }
        const waiters = this.#waiters;
        waiters.add(done);
      });
    }
  }

  /** @returns Every line so far, joined. */
  text(): string {
    return this.lines.join("\n");
  }

  /** The messages (after `]: `) of the lines from `from` on. */
  messages(from = 0): string[] {
    return this.lines.slice(from).map((l) => l.replace(/^\[\d\d:\d\d:\d\d\] \[[^\]]+\]: /, ""));
  }
}

/** Options of {@linkcode startDemo}. */
export interface StartDemoOptions {
  /** `ATLAS_DEMO_*` hooks (start delay defaults to 50 ms). */
  env?: Record<string, string>;
  /** `server.properties` values, or `null` to write no file. Ports default to free ones. */
  properties?: Record<string, string> | null;
  /** Extra files to write first (name → content). */
  files?: Record<string, string | Uint8Array>;
  /** Wait for `Done`. @default true */
  waitForDone?: boolean;
  /** Run with `--debug`, so the demo's debug records reach stderr. @default false */
  debug?: boolean;
}

/** A running demo server under test. */
export interface DemoUnderTest extends AsyncDisposable {
  readonly dir: string;
  readonly port: number;
  readonly rconPort: number;
  readonly child: Deno.ChildProcess;
  readonly stdout: Lines;
  readonly stderr: Lines;
  /** Writes a console line. */
  send(line: string): Promise<void>;
  /** Closes stdin (end of file). */
  closeStdin(): Promise<void>;
  /** Waits for the exit; output streams are drained. */
  status(): Promise<Deno.CommandStatus>;
}

/**
 * Starts `demo-server` in a new temp dir.
 *
 * @param options Hooks, properties, files.
 * @returns The running server, disposed by killing it (if alive) and removing the dir.
 */
export async function startDemo(options: StartDemoOptions = {}): Promise<DemoUnderTest> {
  const dir = await Deno.makeTempDir({ prefix: "atlas-demo-" });
  const port = freePort();
  const rconPort = freePort();
  if (options.properties !== null) {
    const values = {
      "server-ip": "127.0.0.1",
      "server-port": String(port),
      "rcon.port": String(rconPort),
    };
    await Deno.writeTextFile(
      join(dir, "server.properties"),
      formatServerProperties({ ...values, ...options.properties }),
    );
  }
  for (const [name, content] of Object.entries(options.files ?? {})) {
    await (typeof content === "string"
      ? Deno.writeTextFile(join(dir, name), content)
      : Deno.writeFile(join(dir, name), content));
  }
  const [cmd, ...args] = demoServerCommand();
  if (options.debug) args.splice(args.length - 1, 0, "--debug");
  const child = new Deno.Command(cmd, {
    args,
    cwd: dir,
    env: { NO_COLOR: "1", ATLAS_DEMO_START_DELAY_MS: "50", ...options.env },
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const stdin = child.stdin.getWriter();
  let stdinOpen = true;
  const stdout = new Lines(child.stdout);
  const stderr = new Lines(child.stderr);
  let exit: Promise<Deno.CommandStatus> | null = null;
  const status = () =>
    exit ??= (async () => {
      // A hung server fails its test instead of hanging the suite.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const hung = new Promise<null>((resolve) => timer = setTimeout(() => resolve(null), WAIT_MS));
      const exited = await Promise.race([child.status, hung]);
      clearTimeout(timer);
      if (exited === null) child.kill("SIGKILL");
      const s = await child.status;
      await Promise.all([stdout.done, stderr.done]);
      if (exited === null) {
        throw new Error(`The demo server did not exit within ${WAIT_MS} ms:\n${stdout.text()}`);
      }
      return s;
    })();
  const closeStdin = async () => {
    if (!stdinOpen) return;
    stdinOpen = false;
    await stdin.close().catch(() => {});
  };
  const handle: DemoUnderTest = {
    dir,
    port,
    rconPort,
    child,
    stdout,
    stderr,
    send: (line) => stdin.write(new TextEncoder().encode(`${line}\n`)),
    closeStdin,
    status,
    async [Symbol.asyncDispose]() {
      try {
        child.kill("SIGKILL");
      } catch { /* already exited */ }
      await closeStdin();
      await status().catch(() => {}); // Killed above: its exit is not the test's result.
      await Deno.remove(dir, { recursive: true });
    },
  };
  if (options.waitForDone !== false) {
    try {
      await stdout.waitFor(/Done \(\d+\.\d{3}s\)! For help, type "help"$/);
    } catch (error) {
      await handle[Symbol.asyncDispose]();
      throw new Error(`${(error as Error).message}\nstderr:\n${stderr.text()}`);
    }
  }
  return handle;
}

/**
 * Sends a console command and returns the messages printed from then on,
 * once a line matching `until` appears.
 */
export async function command(
  demo: DemoUnderTest,
  line: string,
  until: RegExp | string,
): Promise<string[]> {
  const from = demo.stdout.lines.length;
  await demo.send(line);
  const end = await demo.stdout.waitFor(until, from);
  return demo.stdout.messages(from).slice(0, end - from + 1);
}
