/**
 * The Source RCON protocol as the vanilla Minecraft server implements it,
 * shared by the demo server (`lib/demo/`) and the daemon's `SendCommand`:
 * packet encoding and decoding, and {@linkcode RconClient}.
 *
 * A packet is `int32 length` (of what follows), `int32 request id`,
 * `int32 type`, the body, and two NUL bytes, all integers little-endian.
 * Vanilla's quirks, which a client has to live with:
 * - the server reads each packet with a single read of at most 1460 bytes
 *   and drops the connection unless that read holds exactly one packet, so a
 *   client must never pipeline packets, and a command body is at most
 *   {@linkcode RCON_MAX_COMMAND_BYTES} bytes;
 * - auth (type 3) is answered with type 2 and the request id, or id -1 on a
 *   wrong password; an exec (type 2) before auth is also answered with id -1;
 * - a command's output comes back as type-0 packets of at most 4096
 *   characters each ({@linkcode RCON_CHUNK_CHARS}), with nothing marking the
 *   last one; any other type is answered `Unknown request <hex type>`, which
 *   the client uses as an end marker for long outputs;
 * - the messages of a command are concatenated without newlines.
 *
 * @module
 */
import { MinecraftError } from "./errors.ts";
import { concatBytes, writeAll } from "../util/bytes.ts";

/** Packet types. Note that exec and auth-response share the value 2. */
export const RCON_TYPE = {
  /** Server → client: a command's output (one chunk of it). */
  responseValue: 0,
  /** Client → server: run a command. */
  execCommand: 2,
  /** Server → client: the answer to an auth request. */
  authResponse: 2,
  /** Client → server: log in with the password. */
  auth: 3,
} as const;

/** The request id of the server's answer to a failed (or missing) auth. */
export const RCON_AUTH_FAILURE_ID: number = -1;
/** Vanilla splits a command's output into packets of this many characters. */
export const RCON_CHUNK_CHARS = 4096;
/** Vanilla reads a packet with one read into a buffer of this many bytes. */
export const RCON_VANILLA_READ_BYTES = 1460;
/** The longest command body (UTF-8 bytes) vanilla can receive in one read. */
export const RCON_MAX_COMMAND_BYTES: number = RCON_VANILLA_READ_BYTES - 14;
/**
 * The type the client sends after a long output to find its end: vanilla
 * answers `Unknown request c8` only after the whole output.
 */
export const RCON_END_MARKER_TYPE = 0xc8;
/** The largest packet the client accepts (4096 characters of up to 3 bytes, plus framing). */
export const RCON_MAX_PACKET_BYTES = 64 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** An RCON packet. */
export interface RconPacket {
  /** The request id (echoed by the server; -1 on auth failure). */
  id: number;
  /** The packet type ({@linkcode RCON_TYPE}). */
  type: number;
  /** The body, without its NUL terminators. */
  body: Uint8Array;
}

/**
 * Encodes one packet.
 *
 * @param id The request id.
 * @param type The packet type.
 * @param body The body: text (encoded as UTF-8) or bytes.
 * @returns The packet's bytes.
 */
export function encodeRconPacket(id: number, type: number, body: string | Uint8Array): Uint8Array {
  const bytes = typeof body === "string" ? encoder.encode(body) : body;
  const out = new Uint8Array(14 + bytes.length);
  const view = new DataView(out.buffer);
  view.setInt32(0, bytes.length + 10, true);
  view.setInt32(4, id, true);
  view.setInt32(8, type, true);
  out.set(bytes, 12);
  return out;
}

/**
 * Decodes a buffer that must hold exactly one packet, the way vanilla reads
 * one: the length field must equal the bytes after it, and the body runs to
 * the first NUL.
 *
 * @param bytes What one read returned.
 * @returns The packet, or `null` when vanilla would drop the connection
 *   (fewer than 10 bytes, or a length that does not match).
 */
export function decodeSingleRconPacket(bytes: Uint8Array): RconPacket | null {
  if (bytes.length < 10) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getInt32(0, true) !== bytes.length - 4) return null;
  const id = view.getInt32(4, true);
  const type = bytes.length >= 12 ? view.getInt32(8, true) : 0;
  const rest = bytes.subarray(Math.min(12, bytes.length));
  const nul = rest.indexOf(0);
  return { id, type, body: rest.slice(0, nul === -1 ? rest.length : nul) };
}

/** Splits a byte stream into packets, push-style. */
export class RconPacketDecoder {
  #buffer: Uint8Array = new Uint8Array();
  #maxBytes: number;

  /**
   * Creates a decoder.
   *
   * @param maxBytes The largest packet accepted.
   */
  constructor(maxBytes: number = RCON_MAX_PACKET_BYTES) {
    this.#maxBytes = maxBytes;
  }

  /**
   * Adds received bytes and returns every packet now complete.
   *
   * @param chunk The received bytes.
   * @returns The complete packets, in order.
   * @throws {RangeError} On a length under 10 or over the limit.
   */
  push(chunk: Uint8Array): RconPacket[] {
    this.#buffer = this.#buffer.length === 0 ? chunk : concatBytes([this.#buffer, chunk]);
    const packets: RconPacket[] = [];
    while (this.#buffer.length >= 4) {
      const view = new DataView(this.#buffer.buffer, this.#buffer.byteOffset, 4);
      const length = view.getInt32(0, true);
      if (length < 10 || length + 4 > this.#maxBytes) {
        throw new RangeError(`Bad RCON packet length: ${length}`);
      }
      if (this.#buffer.length < length + 4) break;
      const packet = decodeSingleRconPacket(this.#buffer.subarray(0, length + 4));
      packets.push(packet!);
      this.#buffer = this.#buffer.subarray(length + 4);
    }
    return packets;
  }
}

/**
 * Splits a command's output the way vanilla does: chunks of at most
 * {@linkcode RCON_CHUNK_CHARS} UTF-16 code units, at least one (possibly
 * empty) chunk.
 *
 * @param text The output.
 * @returns The chunks.
 */
export function splitRconResponse(text: string): string[] {
  const chunks: string[] = [];
  let rest = text;
  do {
    chunks.push(rest.slice(0, RCON_CHUNK_CHARS));
    rest = rest.slice(RCON_CHUNK_CHARS);
  } while (rest.length > 0);
  return chunks;
}

/** Options of {@linkcode RconClient.connect}. */
export interface RconClientOptions {
  /** Deadline of each operation (connect, auth, exec); on expiry the client closes. @default 5000 */
  timeoutMs?: number;
}

/**
 * A client for one RCON connection. Operations run one at a time (vanilla
 * cannot take pipelined packets); a timed-out operation closes the client.
 *
 * @example Running a command
 * ```ts ignore
 * import { RconClient } from "./rcon.ts";
 *
 * using rcon = await RconClient.connect("127.0.0.1", 25575, { timeoutMs: 2000 });
 * await rcon.auth("secret");
 * const output = await rcon.exec("list");
 * ```
 */
export class RconClient implements Disposable {
  #conn: Deno.TcpConn;
  #decoder = new RconPacketDecoder();
  #ready: RconPacket[] = [];
  #readBuf = new Uint8Array(16 * 1024);
  #timeoutMs: number;
  #nextId = 1;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;
  #where: string;

  /**
   * Wraps an open connection; {@linkcode RconClient.connect} opens one.
   *
   * @param conn The TCP connection to the RCON port.
   * @param options The per-operation deadline.
   */
  constructor(conn: Deno.TcpConn, options: RconClientOptions = {}) {
    this.#conn = conn;
    this.#where = `${conn.remoteAddr.hostname}:${conn.remoteAddr.port}`;
    this.#timeoutMs = options.timeoutMs ?? 5000;
  }

  /**
   * Opens a connection.
   *
   * @param host The server's address.
   * @param port The RCON port.
   * @param options The per-operation deadline.
   * @returns The connected client (not yet authenticated).
   * @throws {MinecraftError} `CONNECTION_CLOSED` when nothing listens, `TIMEOUT`.
   */
  static async connect(
    host: string,
    port: number,
    options: RconClientOptions = {},
  ): Promise<RconClient> {
    const timeoutMs = options.timeoutMs ?? 5000;
    const where = `${host}:${port}`;
    try {
      const conn = await Deno.connect({
        hostname: host,
        port,
        signal: AbortSignal.timeout(timeoutMs),
      });
      return new RconClient(conn, { timeoutMs });
    } catch (error) {
      if (error instanceof DOMException && error.name === "TimeoutError") {
        throw new MinecraftError("TIMEOUT", `RCON: connecting to ${where} timed out`);
      }
      throw new MinecraftError("CONNECTION_CLOSED", `RCON: cannot connect to ${where}`, {
        cause: error,
      });
    }
  }

  /**
   * Logs in.
   *
   * @param password The `rcon.password` of the server.
   * @throws {MinecraftError} `AUTH_FAILED` on a wrong password, `CONNECTION_CLOSED`,
   *   `TIMEOUT`, `MALFORMED`.
   */
  auth(password: string): Promise<void> {
    return this.#serial(async () => {
      const id = this.#takeId();
      await this.#send(encodeRconPacket(id, RCON_TYPE.auth, password));
      for (;;) {
        const p = await this.#receive();
        // Source-engine servers send an empty response value first; vanilla does not.
        if (p.type === RCON_TYPE.responseValue) continue;
        if (p.id === RCON_AUTH_FAILURE_ID) {
          throw new MinecraftError("AUTH_FAILED", "RCON authentication failed: wrong password", {
            hint: "Check rcon.password in server.properties",
          });
        }
        if (p.id === id && p.type === RCON_TYPE.authResponse) return;
        throw new MinecraftError("MALFORMED", `RCON: unexpected packet type ${p.type}`);
      }
    });
  }

  /**
   * Runs a command and returns its whole output. When the first chunk is
   * full (so more may follow), sends an end-marker packet after it and
   * collects chunks until the marker's answer arrives.
   *
   * @param command The command, without a leading slash (one is accepted).
   * @param options This command's deadline, for commands that take long
   *   (`save-all flush` on a big world); the client's deadline by default.
   * @returns The output, chunks joined.
   * @throws {MinecraftError} `INVALID_COMMAND` for a command over
   *   {@linkcode RCON_MAX_COMMAND_BYTES} bytes or containing NUL, `AUTH_FAILED`
   *   when not authenticated, `CONNECTION_CLOSED`, `TIMEOUT`.
   */
  exec(command: string, options: { timeoutMs?: number } = {}): Promise<string> {
    const body = encoder.encode(command);
    if (body.length > RCON_MAX_COMMAND_BYTES || body.includes(0)) {
      return Promise.reject(
        new MinecraftError("INVALID_COMMAND", "RCON command is too long or contains NUL", {
          details: `At most ${RCON_MAX_COMMAND_BYTES} UTF-8 bytes`,
        }),
      );
    }
    return this.#serial(async () => {
      const id = this.#takeId();
      await this.#send(encodeRconPacket(id, RCON_TYPE.execCommand, body));
      const first = await this.#receiveFor(id);
      if (!mayContinue(first.body)) return decoder.decode(first.body);
      const marker = this.#takeId();
      await this.#send(encodeRconPacket(marker, RCON_END_MARKER_TYPE, ""));
      const chunks = [first.body];
      for (;;) {
        const p = await this.#receive();
        if (p.id === marker) return decoder.decode(concatBytes(chunks));
        if (p.id === id) chunks.push(p.body);
      }
    }, options.timeoutMs);
  }

  /** Closes the connection (idempotent). */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    try {
      this.#conn.close();
    } catch { /* already closed */ }
  }

  /** Same as {@linkcode RconClient.close}. */
  [Symbol.dispose](): void {
    this.close();
  }

  /** Reads until the answer to `id`: a chunk of output, or an auth failure. */
  async #receiveFor(id: number): Promise<RconPacket> {
    for (;;) {
      const p = await this.#receive();
      if (p.id === RCON_AUTH_FAILURE_ID) {
        throw new MinecraftError("AUTH_FAILED", "RCON: not authenticated", {
          hint: "Call auth() with the server's rcon.password first",
        });
      }
      if (p.id === id) return p;
    }
  }

  #takeId(): number {
    const id = this.#nextId;
    this.#nextId = id >= 0x7fff_ffff ? 1 : id + 1;
    return id;
  }

  /** Runs operations one after the other, each under its deadline (the client's by default). */
  #serial<T>(op: () => Promise<T>, timeoutMs = this.#timeoutMs): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.#closed) {
        throw new MinecraftError(
          "CONNECTION_CLOSED",
          `RCON: connection to ${this.#where} is closed`,
        );
      }
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        this.close();
      }, timeoutMs);
      try {
        return await op();
      } catch (error) {
        if (timedOut) {
          throw new MinecraftError("TIMEOUT", `RCON: ${this.#where} did not answer in time`);
        }
        throw error;
      } finally {
        clearTimeout(timer);
      }
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => {});
    return result;
  }

  async #send(bytes: Uint8Array): Promise<void> {
    try {
      await writeAll(this.#conn, bytes);
    } catch (error) {
      this.close();
      throw new MinecraftError("CONNECTION_CLOSED", `RCON: ${this.#where} closed the connection`, {
        cause: error,
      });
    }
  }

  async #receive(): Promise<RconPacket> {
    while (this.#ready.length === 0) {
      let n: number | null;
      try {
        n = await this.#conn.read(this.#readBuf);
      } catch (error) {
        this.close();
        throw new MinecraftError(
          "CONNECTION_CLOSED",
          `RCON: ${this.#where} closed the connection`,
          {
            cause: error,
          },
        );
      }
      if (n === null) {
        this.close();
        throw new MinecraftError("CONNECTION_CLOSED", `RCON: ${this.#where} closed the connection`);
      }
      try {
        this.#ready.push(...this.#decoder.push(this.#readBuf.slice(0, n)));
      } catch (error) {
        this.close();
        throw new MinecraftError("MALFORMED", `RCON: malformed packet from ${this.#where}`, {
          cause: error,
        });
      }
    }
    return this.#ready.shift()!;
  }
}

/**
 * Tells whether an output chunk may be followed by more: vanilla cuts at
 * 4096 characters; other servers cut at 4096 bytes, so either counts.
 */
function mayContinue(body: Uint8Array): boolean {
  return body.length >= RCON_CHUNK_CHARS || decoder.decode(body).length >= RCON_CHUNK_CHARS;
}
