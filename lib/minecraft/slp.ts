/**
 * The Minecraft Java Edition Server List Ping (SLP), shared by the demo
 * server (`lib/demo/`) and the daemon's status probe: {@linkcode pingServer}
 * (a small client) and the parsing of status responses. The wire format
 * itself lives in `slp_codec.ts` and is re-exported here.
 *
 * @module
 */
import { MinecraftError } from "./errors.ts";
import { concatBytes, writeAll } from "../util/bytes.ts";
import {
  encodeHandshake,
  encodePing,
  encodeSlpPacket,
  SLP_NEXT_STATE,
  SLP_PACKET_PING,
  SLP_PACKET_STATUS,
  type SlpPacket,
  SlpPacketDecoder,
  SlpReader,
} from "./slp_codec.ts";

export {
  decodeHandshake,
  decodeLegacyKick,
  decodeVarInt,
  encodeHandshake,
  encodeLegacyKick,
  encodePing,
  encodeSlpPacket,
  encodeSlpString,
  encodeVarInt,
  SLP_MAX_PACKET_BYTES,
  SLP_NEXT_STATE,
  SLP_PACKET_PING,
  SLP_PACKET_STATUS,
  type SlpHandshake,
  type SlpPacket,
  SlpPacketDecoder,
  SlpReader,
} from "./slp_codec.ts";

/** One entry of the `players.sample` list. */
export interface SlpPlayerSample {
  /** The player's name. */
  name: string;
  /** The player's UUID, with dashes. */
  id: string;
}

/** What a server reports in its status response. */
export interface SlpStatus {
  /** The version name and protocol number. */
  version: { name: string; protocol: number };
  /** Online and maximum player counts, and a sample of names. */
  players: { max: number; online: number; sample: SlpPlayerSample[] };
  /** The MOTD as plain text (formatting codes kept, components flattened). */
  description: string;
  /** The favicon data URL, if the server sent one. */
  favicon?: string;
  /** Round-trip time of the ping/pong exchange, in milliseconds. */
  latencyMs: number;
  /** The whole JSON object the server sent. */
  raw: Record<string, unknown>;
}

/**
 * Flattens a chat component (a string, an array, or `{text, extra}` objects)
 * into plain text.
 *
 * @param component The `description` value of a status response.
 * @returns The text.
 */
export function componentText(component: unknown): string {
  if (typeof component === "string") return component;
  if (Array.isArray(component)) return component.map(componentText).join("");
  if (typeof component !== "object" || component === null) return "";
  const c = component as { text?: unknown; translate?: unknown; extra?: unknown };
  const own = typeof c.text === "string"
    ? c.text
    : typeof c.translate === "string"
    ? c.translate
    : "";
  return own + (Array.isArray(c.extra) ? c.extra.map(componentText).join("") : "");
}

/**
 * Turns a status response's JSON into {@linkcode SlpStatus}.
 *
 * @param json The JSON text.
 * @param latencyMs The measured round trip.
 * @returns The status.
 * @throws {MinecraftError} `MALFORMED` when the JSON is not a status object.
 */
export function parseStatusJson(json: string, latencyMs: number): SlpStatus {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new MinecraftError("MALFORMED", "Server list ping: the status is not JSON", {
      cause: error,
    });
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new MinecraftError("MALFORMED", "Server list ping: the status is not an object");
  }
  const o = raw as Record<string, unknown>;
  const version = (o.version ?? {}) as { name?: unknown; protocol?: unknown };
  const players = (o.players ?? {}) as { max?: unknown; online?: unknown; sample?: unknown };
  const sample = Array.isArray(players.sample)
    ? players.sample.filter((p) => typeof p?.name === "string")
      .map((p) => ({ name: String(p.name), id: String(p.id ?? "") }))
    : [];
  const status: SlpStatus = {
    version: { name: String(version.name ?? ""), protocol: Number(version.protocol ?? -1) },
    players: { max: Number(players.max ?? 0), online: Number(players.online ?? 0), sample },
    description: componentText(o.description),
    latencyMs,
    raw: o,
  };
  if (typeof o.favicon === "string") status.favicon = o.favicon;
  return status;
}

/**
 * Asks a server for its status with the modern Server List Ping: handshake
 * (next state 1), status request, status response, then ping/pong to
 * measure the round trip. A server that closes after the status response
 * (without a pong) still counts: the latency is then that of the status.
 *
 * @param host The server's address (e.g. `127.0.0.1`).
 * @param port The server's port.
 * @param timeoutMs The deadline for the whole exchange.
 * @returns The server's status.
 * @throws {MinecraftError} `CONNECTION_CLOSED` when nothing listens or the
 *   connection drops before the status, `TIMEOUT` after `timeoutMs`,
 *   `MALFORMED` on a malformed answer.
 *
 * @example Asking the local server
 * ```ts ignore
 * import { pingServer } from "./slp.ts";
 *
 * const status = await pingServer("127.0.0.1", 25565, 1000);
 * console.log(status.version.name, status.players.online, status.players.max);
 * ```
 */
export async function pingServer(host: string, port: number, timeoutMs = 2000): Promise<SlpStatus> {
  let conn: Deno.TcpConn | undefined;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      conn?.close();
    } catch { /* already closed */ }
  }, timeoutMs);
  try {
    conn = await connectWithin(host, port, timeoutMs);
    if (timedOut) throw timeoutError(host, port, timeoutMs);
    return await exchangeStatus(conn, host, port);
  } catch (error) {
    if (timedOut) throw timeoutError(host, port, timeoutMs);
    throw error;
  } finally {
    clearTimeout(timer);
    try {
      conn?.close();
    } catch { /* closed by the timer */ }
  }
}

function timeoutError(host: string, port: number, timeoutMs: number): MinecraftError {
  return new MinecraftError("TIMEOUT", `Server list ping to ${host}:${port} timed out`, {
    details: `No status within ${timeoutMs} ms`,
  });
}

async function connectWithin(host: string, port: number, timeoutMs: number): Promise<Deno.TcpConn> {
  try {
    return await Deno.connect({ hostname: host, port, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    if (error instanceof DOMException && error.name === "TimeoutError") {
      throw timeoutError(host, port, timeoutMs);
    }
    throw new MinecraftError(
      "CONNECTION_CLOSED",
      `Server list ping: cannot connect to ${host}:${port}`,
      {
        cause: error,
      },
    );
  }
}

async function exchangeStatus(conn: Deno.TcpConn, host: string, port: number): Promise<SlpStatus> {
  const started = performance.now();
  await writeAll(
    conn,
    concatBytes([
      encodeHandshake({ protocol: -1, host, port, nextState: SLP_NEXT_STATE.status }),
      encodeSlpPacket(SLP_PACKET_STATUS),
    ]),
  );
  const packets = new SlpPacketQueue(conn);
  const response = await packets.next();
  if (response === null) {
    throw new MinecraftError(
      "CONNECTION_CLOSED",
      `Server list ping: ${host}:${port} closed the connection`,
    );
  }
  if (response.id !== SLP_PACKET_STATUS) {
    throw new MinecraftError("MALFORMED", `Server list ping: unexpected packet ${response.id}`);
  }
  const json = readStatusJson(response.payload);
  const statusMs = performance.now() - started;
  const pingStarted = performance.now();
  const token = BigInt(Date.now());
  try {
    await writeAll(conn, encodePing(token));
    const pong = await packets.next();
    if (pong?.id === SLP_PACKET_PING && new SlpReader(pong.payload).long() === token) {
      return parseStatusJson(json, performance.now() - pingStarted);
    }
  } catch (error) {
    if (error instanceof MinecraftError) throw error;
    // Some servers close right after the status: the status still stands.
  }
  return parseStatusJson(json, statusMs);
}

function readStatusJson(payload: Uint8Array): string {
  try {
    return new SlpReader(payload).string(32_767);
  } catch (error) {
    throw new MinecraftError("MALFORMED", "Server list ping: malformed status response", {
      cause: error,
    });
  }
}

/** Reads packets from a connection one at a time. */
class SlpPacketQueue {
  #conn: Deno.Conn;
  #decoder = new SlpPacketDecoder();
  #ready: SlpPacket[] = [];

  constructor(conn: Deno.Conn) {
    this.#conn = conn;
  }

  /** @returns The next packet, or `null` when the peer closed first. */
  async next(): Promise<SlpPacket | null> {
    const buf = new Uint8Array(16 * 1024);
    while (this.#ready.length === 0) {
      const n = await this.#conn.read(buf);
      if (n === null) return null;
      try {
        this.#ready.push(...this.#decoder.push(buf.slice(0, n)));
      } catch (error) {
        throw new MinecraftError("MALFORMED", "Server list ping: malformed packet", {
          cause: error,
        });
      }
    }
    return this.#ready.shift()!;
  }
}
