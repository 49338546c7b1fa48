/**
 * Helpers of the demo server's life cycle: reading console lines, waiting
 * through start-up unless a stop comes first, the failure and crash output,
 * the favicon and the seed.
 *
 * @module
 */
import { join } from "node:path";
import { getLogger } from "@logtape/logtape";
import type { ConsoleOutput } from "./output.ts";
import type { DemoServer, StopCause } from "./server.ts";

const logger = getLogger(["atlas-runner", "demo", "console"]);

/** A running console reader. */
export interface ConsoleReader {
  /** Stops reading and waits for the reader to finish. */
  cancel(): Promise<void>;
}

/**
 * Reads console lines (`\n` or `\r\n`) and hands each to `onLine`. At the
 * end of input the server keeps running, as vanilla does when its console
 * thread sees end-of-file; a last unterminated line still counts.
 *
 * @param stream The console input.
 * @param onLine Called for each line, in order.
 * @returns A handle to stop reading.
 */
export function readConsoleLines(
  stream: ReadableStream<Uint8Array>,
  onLine: (line: string) => void,
): ConsoleReader {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let partial = "";
  const emit = (text: string) => {
    partial += text;
    let nl: number;
    while ((nl = partial.indexOf("\n")) !== -1) {
      onLine(partial.slice(0, nl).replace(/\r$/, ""));
      partial = partial.slice(nl + 1);
    }
  };
  const loop = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        emit(decoder.decode(value, { stream: true }));
      }
      emit(decoder.decode());
      if (partial !== "") onLine(partial.replace(/\r$/, ""));
    } catch (error) {
      // Cancelled at shutdown, or the console went away: nothing more to read.
      logger.debug("Console input ended", { error });
    }
  })();
  return {
    async cancel() {
      await reader.cancel().catch(() => {});
      await loop;
    },
  };
}

/**
 * Waits `ms` (the start-up delay hook), reporting progress about once a
 * second, unless a stop is requested first.
 *
 * @param ms How long.
 * @param server The server whose stop requests end the wait.
 * @param progress Called with a percentage between steps.
 * @returns `null` after the full wait, or the stop's cause.
 */
export async function sleepUnlessStopped(
  ms: number,
  server: DemoServer,
  progress: (percent: number) => void,
): Promise<StopCause | null> {
  const steps = Math.max(1, Math.ceil(ms / 1000));
  for (let i = 1; i <= steps; i++) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slept = new Promise<null>((resolve) =>
      timer = setTimeout(() => resolve(null), ms / steps)
    );
    const cause = await Promise.race([slept, server.stopped]);
    clearTimeout(timer);
    if (cause !== null) return cause;
    if (i < steps) progress(Math.round((i * 100) / steps));
  }
  return null;
}

/**
 * Stack frames in log4j's console style, below an exception line.
 *
 * @param frames The frames (`class.method(File.java:line)`), innermost first.
 * @param version The version in the jar name.
 * @returns The lines, tab-indented.
 */
export function javaStackFrames(frames: string[], version: string): string[] {
  return [
    ...frames.map((f) => `\tat ${f} ~[server-${version}.jar:?]`),
    "\tat java.base/java.lang.Thread.run(Thread.java:1583) [?:?]",
  ];
}

/**
 * Prints an ERROR line with an exception below it.
 *
 * @param out The console.
 * @param thread The thread name.
 * @param message The log message.
 * @param trace The exception and its frames.
 */
export function failure(
  out: ConsoleOutput,
  thread: string,
  message: string,
  trace: string[],
): void {
  out.log(message, thread, "ERROR");
  for (const line of trace) out.raw(`${line}\n`);
}

/**
 * The crash hook: vanilla's crash output, and a crash report in
 * `crash-reports/`.
 *
 * @param out The console.
 * @param directory The server's directory.
 * @param version The version name.
 * @param afterMs The hook's value, named in the exception.
 */
export async function crash(
  out: ConsoleOutput,
  directory: string,
  version: string,
  afterMs: number,
): Promise<void> {
  const exception =
    `java.lang.RuntimeException: Simulated crash (ATLAS_DEMO_CRASH_AFTER_MS=${afterMs})`;
  const frames = javaStackFrames(
    ["net.minecraft.server.MinecraftServer.tickServer(MinecraftServer.java:1020)"],
    version,
  );
  failure(out, "Server thread", "Encountered an unexpected exception", [exception, ...frames]);
  const now = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  const stamp = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}_` +
    `${p(now.getHours())}.${p(now.getMinutes())}.${p(now.getSeconds())}`;
  const dir = join(directory, "crash-reports");
  const path = join(dir, `crash-${stamp}-server.txt`);
  await Deno.mkdir(dir, { recursive: true });
  await Deno.writeTextFile(
    path,
    [
      "---- Minecraft Crash Report ----",
      "// Atlas Runner demo server: this crash was asked for.",
      "",
      `Time: ${now.toISOString()}`,
      "Description: Exception in server tick loop",
      "",
      exception,
      ...frames,
      "",
      `\tMinecraft Version: ${version}`,
      "",
    ].join("\n"),
  );
  out.log(`This crash report has been saved to: ${path}`, "Server thread", "ERROR");
}

/**
 * The status favicon from `server-icon.png`, as vanilla sends it.
 *
 * @param directory The server's directory.
 * @returns A `data:image/png;base64,…` URL, or `undefined` without an icon.
 */
export async function favicon(directory: string): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await Deno.readFile(join(directory, "server-icon.png"));
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  }
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:image/png;base64,${btoa(binary)}`;
}

/**
 * The world seed from `level-seed`, as vanilla derives it: a number is used
 * as is, other text by its Java `hashCode`, and an empty value is random.
 *
 * @param levelSeed The property's value.
 * @returns The seed.
 */
export function seedOf(levelSeed: string | undefined): bigint {
  const text = levelSeed?.trim() ?? "";
  if (text === "") return crypto.getRandomValues(new BigInt64Array(1))[0];
  if (/^[+-]?\d{1,19}$/.test(text)) {
    const n = BigInt(text);
    if (BigInt.asIntN(64, n) === n) return n;
  }
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(31, hash) + text.charCodeAt(i)) | 0;
  return BigInt(hash);
}

/** One write of the flood hook. */
const FLOOD_CHUNK = "x".repeat(64 * 1024);

/**
 * The flood hook: `bytesPerSecond` bytes of `x` a second, paced through the
 * second, with a newline at the end of each second, until the server stops.
 * Slower when the console's reader does not keep up (the pipe fills).
 *
 * @param server The server (its stop ends the flood).
 * @param out The console.
 * @param bytesPerSecond The rate.
 */
export async function flood(
  server: DemoServer,
  out: ConsoleOutput,
  bytesPerSecond: number,
): Promise<void> {
  while (!server.stopping) {
    const begun = performance.now();
    let sent = 0;
    while (sent < bytesPerSecond && !server.stopping) {
      // Short naps, so that a stop ends the flood soon.
      const ahead = begun + (sent / bytesPerSecond) * 1000 - performance.now();
      if (ahead >= 1) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(ahead, 50)));
        continue;
      }
      const n = Math.min(bytesPerSecond - sent, FLOOD_CHUNK.length);
      out.raw(n === FLOOD_CHUNK.length ? FLOOD_CHUNK : FLOOD_CHUNK.slice(0, n));
      sent += n;
      await out.backpressure();
    }
    out.raw("\n");
  }
}
