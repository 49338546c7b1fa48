/**
 * Helpers for the protocol tests: a raw Unix-socket peer that writes
 * arbitrary bytes (valid frames, garbage, truncated or oversize ones) and
 * reads back decoded responses with a deadline, independently of
 * `IpcClient`; the GetStatus answer of the Rust reference's `ref-server`;
 * and a deferred promise for handlers that answer when a test says so.
 *
 * @module
 */
import { encodeFrame, FrameDecoder } from "../../lib/protocol/frame.ts";
import { atlas } from "../../lib/protocol/messages.ts";
import type { RequestHandler } from "../../lib/protocol/handler.ts";
import { IpcServer, type IpcServerOptions } from "../../lib/protocol/server.ts";
import { fileURLToPath as fromFileUrl } from "node:url";
import { type ChildProcessHandle, runWithInput, spawnChild } from "./child.ts";
import type { LineCollector } from "./lines.ts";

/** A raw connection that collects every frame the server sends. */
export class RawPeer implements AsyncDisposable {
  readonly #conn: Deno.UnixConn;
  readonly #frames: Uint8Array[] = [];
  #ended = false;
  #error: unknown = null;
  #wake: (() => void) | null = null;
  readonly #reading: Promise<void>;

  private constructor(conn: Deno.UnixConn) {
    this.#conn = conn;
    this.#reading = this.#read();
  }

  /** Connects to `path`. */
  static async connect(path: string): Promise<RawPeer> {
    return new RawPeer(await Deno.connect({ transport: "unix", path }));
  }

  /** Writes bytes as they are. */
  async write(bytes: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < bytes.length) offset += await this.#conn.write(bytes.subarray(offset));
  }

  /** Encodes and frames a request, then writes it. */
  send(request: atlas.ipc.Request.$Properties): Promise<void> {
    return this.write(encodeFrame(atlas.ipc.Request.encode(request).finish()));
  }

  /** The next response frame's raw body, or throws at the deadline / end of stream. */
  async nextBody(timeoutMs = 5000): Promise<Uint8Array> {
    await this.#waitUntil(() => this.#frames.length > 0 || this.#ended, timeoutMs, "a response");
    const body = this.#frames.shift();
    if (body === undefined) throw new Error(`Stream ended (${this.#error ?? "EOF"})`);
    return body;
  }

  /** The next response, decoded. */
  async next(timeoutMs = 5000): Promise<atlas.ipc.Response> {
    return atlas.ipc.Response.decode(await this.nextBody(timeoutMs));
  }

  /** Waits until the server closes the connection; returns the frames left unread. */
  async ended(timeoutMs = 5000): Promise<number> {
    await this.#waitUntil(() => this.#ended, timeoutMs, "the end of the stream");
    return this.#frames.length;
  }

  /** Half-closes: tells the server nothing more is coming. */
  async closeWrite(): Promise<void> {
    await this.#conn.closeWrite();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    try {
      this.#conn.close();
    } catch (error) {
      if (!(error instanceof Deno.errors.BadResource)) throw error;
    }
    await this.#reading;
  }

  async #waitUntil(ready: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (ready()) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}`)), timeoutMs);
        const check = () => {
          if (ready()) resolve();
          else this.#wake = check;
        };
        this.#wake = check;
      });
    } finally {
      clearTimeout(timer);
      this.#wake = null;
    }
  }

  async #read(): Promise<void> {
    const decoder = new FrameDecoder({ maxFrameBytes: 2 ** 32 - 1 });
    const buffer = new Uint8Array(65536);
    try {
      for (;;) {
        const n = await this.#conn.read(buffer);
        if (n === null) break;
        for (const body of decoder.push(buffer.subarray(0, n))) this.#frames.push(body.slice());
        this.#wake?.();
      }
    } catch (error) {
      this.#error = error;
    }
    this.#ended = true;
    this.#wake?.();
  }
}

/** The GetStatus answer of the Rust reference's `ref-server` (and of our benchmark server). */
export const STATUS: atlas.ipc.GetStatusResponse.$Properties = {
  state: atlas.common.ServerState.SERVER_STATE_RUNNING,
  version: "1.20.1",
  uptimeSeconds: 3600,
  memoryUsageMb: 2048,
  playerCount: 5,
  maxPlayers: 20,
  motd: "Test Server",
};

/** A promise with its resolve function, so a test decides when a handler answers. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => resolve = r);
  return { promise, resolve };
}

/** A handler answering GetStatus like the Rust reference's `ref-server`. */
export const statusHandler: RequestHandler = { getStatus: () => STATUS };

/**
 * Starts an `IpcServer` on `<dir>/atlas.sock`.
 *
 * @param dir The folder for the socket.
 * @param handler The handler. @default statusHandler
 * @param options More server options.
 * @returns The listening server.
 */
export async function serve(
  dir: string,
  handler: RequestHandler = statusHandler,
  options: Partial<IpcServerOptions> = {},
): Promise<IpcServer> {
  return await IpcServer.listen({ path: `${dir}/atlas.sock`, handler, ...options });
}

/** A real `IpcServer` running in a child process (`tests/fixtures/ipc_server_child.ts`). */
export interface ChildServer extends AsyncDisposable {
  /** Its stdout: `listening <generation>`, then `got <request>` per request. */
  readonly out: LineCollector;
  /** Sends `signal` and waits for the process to end. */
  stop(signal: Deno.Signal): Promise<Deno.CommandStatus>;
}

const CHILD_SERVER = fromFileUrl(new URL("../fixtures/ipc_server_child.ts", import.meta.url));

/**
 * Starts the child server on `path` and waits until it listens.
 *
 * @param path The socket.
 * @param generation 1 leaves `getConfig` and `startServer` unanswered; later ones answer.
 * @param replay The lines its `getLogs` answers with (the last `lines` of them).
 * @returns The running child; disposing kills it.
 */
export async function startChildServer(
  path: string,
  generation: number,
  replay: readonly string[] = [],
): Promise<ChildServer> {
  const child = spawnChild(
    [Deno.execPath(), "run", "-A", CHILD_SERVER, path, String(generation), JSON.stringify(replay)],
    { name: "child server", stderr: "inherit" },
  );
  const stop = async (signal: Deno.Signal): Promise<Deno.CommandStatus> => {
    child.kill(signal);
    return await child.finished();
  };
  try {
    await child.stdout.waitForLine(`listening ${generation}`);
  } catch (error) {
    await child.stop("SIGKILL");
    throw error;
  }
  return {
    out: child.stdout,
    stop,
    [Symbol.asyncDispose]: async () => void await child.stop("SIGKILL"),
  };
}

/**
 * Starts the Rust reference server (`ref-server` of the reference
 * implementation) on `path` and waits for its "listening" line.
 *
 * @param refDir The folder holding the reference binaries (`ATLAS_REF_RUST_DIR`).
 * @param path The socket.
 * @returns The running server; disposing it stops it.
 */
export async function startRefServer(refDir: string, path: string): Promise<ChildProcessHandle> {
  const child = spawnChild([`${refDir}/ref-server`, "--socket", path], {
    name: "ref-server",
    stdout: "null",
  });
  try {
    await child.stderr.waitForLine("listening");
  } catch (error) {
    await child.stop();
    throw error;
  }
  return child;
}

/**
 * The GetStatus answer of {@linkcode STATUS} as the Rust reference client
 * prints it (`ref-client status`: JSON, snake_case).
 */
export const REF_CLIENT_STATUS: Readonly<Record<string, unknown>> = {
  state: "RUNNING",
  version: "1.20.1",
  uptime_seconds: 3600,
  memory_usage_mb: 2048,
  player_count: 5,
  max_players: 20,
  motd: "Test Server",
};

/**
 * Runs the Rust reference client's `status` against `socket`.
 *
 * @param refDir The folder holding the reference binaries (`ATLAS_REF_RUST_DIR`).
 * @param socket The socket.
 * @returns The status it printed, parsed from JSON.
 * @throws {Error} When it exits with another code than 0.
 */
export async function refClientStatus(refDir: string, socket: string): Promise<unknown> {
  const { code, stdout } = await new Deno.Command(`${refDir}/ref-client`, {
    args: ["--socket", socket, "status"],
    stdout: "piped",
    stderr: "inherit",
  }).output();
  if (code !== 0) throw new Error(`ref-client status exited with ${code}`);
  return JSON.parse(new TextDecoder().decode(stdout));
}

/**
 * Runs protoc --encode/--decode with the given schema directory (ending in
 * `/`), text format <-> binary: protoc as an independent protobuf peer.
 *
 * @param protoDir The folder holding `ipc.proto`.
 * @param mode Encode text to binary, or decode binary to text.
 * @param type The message's full name, e.g. `atlas.ipc.Request`.
 * @param input The text or the binary message.
 * @returns protoc's output.
 */
export async function runProtoc(
  protoDir: string,
  mode: "encode" | "decode",
  type: string,
  input: Uint8Array,
): Promise<Uint8Array> {
  const { code, stdout, stderr } = await runWithInput(
    ["protoc", "-I", protoDir, `--${mode}=${type}`, `${protoDir}ipc.proto`],
    input,
  );
  if (code !== 0) throw new Error(`protoc ${mode} failed: ${new TextDecoder().decode(stderr)}`);
  return stdout;
}
