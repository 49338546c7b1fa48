/**
 * Test helpers of the demo server's suites: a real `demo-server` process in
 * a temp dir, started with {@linkcode demoServerCommand}, whose stdout and
 * stderr lines can be awaited with a deadline ({@linkcode LineCollector}).
 * Used by the suites of `lib/demo/`.
 *
 * @module
 */
import { join } from "node:path";
import { formatServerProperties } from "../../lib/minecraft/server_properties.ts";
import { type ChildProcessHandle, freePort, spawnChild } from "./child.ts";
import type { LineCollector } from "./lines.ts";
import { demoServerCommand } from "../../lib/demo/setup.ts";

/** How long the server may take to exit: generous for a busy CI machine, as line waits are. */
export const WAIT_MS = 30_000;

/** The vanilla log prefix, `[HH:MM:SS] [thread/LEVEL]: `. */
const LOG_PREFIX = /^\[\d\d:\d\d:\d\d\] \[[^\]]+\]: /;

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
  readonly child: ChildProcessHandle;
  readonly stdout: LineCollector;
  readonly stderr: LineCollector;
  /** The messages (after `]: `) of the stdout lines from `from` on. */
  messages(from?: number): string[];
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
  const child = spawnChild([cmd, ...args], {
    name: "demo server",
    cwd: dir,
    env: { NO_COLOR: "1", ATLAS_DEMO_START_DELAY_MS: "50", ...options.env },
    stdin: "piped",
    detached: true,
    disposeSignal: "SIGKILL",
  });
  const { stdout, stderr } = child;
  let exit: Promise<Deno.CommandStatus> | null = null;
  const status = () =>
    exit ??= (async () => {
      // A hung server fails its test instead of hanging the suite.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const hung = new Promise<null>((resolve) => timer = setTimeout(() => resolve(null), WAIT_MS));
      const exited = await Promise.race([child.status, hung]);
      clearTimeout(timer);
      const s = await child.stop("SIGKILL");
      if (exited === null) {
        throw new Error(`The demo server did not exit within ${WAIT_MS} ms: ${child.describe()}`);
      }
      return s;
    })();
  const handle: DemoUnderTest = {
    dir,
    port,
    rconPort,
    child,
    stdout,
    stderr,
    messages: (from = 0) => stdout.lines.slice(from).map((l) => l.replace(LOG_PREFIX, "")),
    send: (line) => child.write(`${line}\n`),
    closeStdin: () => child.closeStdin(),
    status,
    async [Symbol.asyncDispose]() {
      await child.stop();
      await Deno.remove(dir, { recursive: true });
    },
  };
  if (options.waitForDone !== false) {
    try {
      await stdout.waitForLine(/Done \(\d+\.\d{3}s\)! For help, type "help"$/);
    } catch (error) {
      await handle[Symbol.asyncDispose]();
      throw error;
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
  const end = await demo.stdout.waitForLine(until, { from });
  return demo.messages(from).slice(0, end.index - from + 1);
}
