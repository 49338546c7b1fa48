/**
 * The demo server's game port: answers the Server List Ping as vanilla does
 * (handshake → status request → JSON status; ping → pong, then close; a
 * legacy `0xFE` ping gets the `0xFF` kick reply) and turns away logins with
 * a login-disconnect packet, since the demo has no game to join.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { concatBytes, writeAll } from "../util/bytes.ts";
import {
  decodeHandshake,
  encodeLegacyKick,
  encodePing,
  encodeSlpPacket,
  encodeSlpString,
  SLP_NEXT_STATE,
  SLP_PACKET_PING,
  SLP_PACKET_STATUS,
  SlpPacketDecoder,
  SlpReader,
} from "../minecraft/slp_codec.ts";
import { AcceptLoop, closeQuietly } from "./_accept_loop.ts";

const logger = getLogger(["atlas-runner", "demo", "slp"]);

/** Vanilla drops a connection that sends nothing for 30 seconds. */
const READ_TIMEOUT_MS = 30_000;

/** What the status response reports, read at the moment of each ping. */
export interface DemoStatus {
  /** The version name and protocol number. */
  version: { name: string; protocol: number };
  /** The MOTD. */
  motd: string;
  /** `max-players`. */
  maxPlayers: number;
  /** Online players, for the count and the sample. */
  players: ReadonlyArray<{ name: string; uuid: string }>;
  /** `hide-online-players`: no sample. */
  hidePlayers: boolean;
  /** `enable-status`: when false, pings get no answer. */
  enabled: boolean;
  /** `enforce-secure-profile`. */
  enforcesSecureChat: boolean;
  /** A `data:image/png;base64,…` favicon from `server-icon.png`, if any. */
  favicon?: string;
}

/**
 * The status JSON in vanilla's field order. A plain MOTD is a plain string,
 * as vanilla collapses a style-less text component; at most 12 players are
 * sampled.
 *
 * @param status The values.
 * @returns The JSON text.
 */
export function statusJson(status: DemoStatus): string {
  const players: Record<string, unknown> = {
    max: status.maxPlayers,
    online: status.players.length,
  };
  if (!status.hidePlayers && status.players.length > 0) {
    players.sample = status.players.slice(0, 12).map((p) => ({ name: p.name, id: p.uuid }));
  }
  const json: Record<string, unknown> = {
    description: status.motd,
    players,
    version: status.version,
  };
  if (status.favicon) json.favicon = status.favicon;
  json.enforcesSecureChat = status.enforcesSecureChat;
  return JSON.stringify(json);
}

/** A listening game port. */
export class SlpServer {
  #status: () => DemoStatus;
  #loop: AcceptLoop;

  /**
   * Starts listening.
   *
   * @param hostname The address to bind (`0.0.0.0` for all).
   * @param port The port.
   * @param status Called for each ping.
   * @returns The server.
   * @throws {Deno.errors.AddrInUse} When the port is taken.
   */
  static listen(hostname: string, port: number, status: () => DemoStatus): SlpServer {
    return new SlpServer(Deno.listen({ hostname, port, transport: "tcp" }), status);
  }

  /**
   * Serves an open listener; {@linkcode SlpServer.listen} opens one.
   *
   * @param listener The TCP listener.
   * @param status Called for each ping.
   */
  constructor(listener: Deno.TcpListener, status: () => DemoStatus) {
    this.#status = status;
    this.#loop = new AcceptLoop(
      listener,
      (conn) => this.#serve(conn),
      (error) => logger.warning("Game port stopped accepting", { error }),
    );
  }

  /** The bound port. */
  get port(): number {
    return this.#loop.port;
  }

  /** Stops listening, closes every connection and waits for their handlers. */
  async close(): Promise<void> {
    await this.#loop.stop();
    await this.#loop.closeAll();
  }

  async #serve(conn: Deno.TcpConn): Promise<void> {
    let timer = setTimeout(() => closeQuietly(conn), READ_TIMEOUT_MS);
    const buf = new Uint8Array(4096);
    const decoder = new SlpPacketDecoder();
    const session = new StatusSession(conn, this.#status);
    let first = true;
    try {
      for (;;) {
        const n = await conn.read(buf);
        if (n === null) return;
        clearTimeout(timer);
        timer = setTimeout(() => closeQuietly(conn), READ_TIMEOUT_MS);
        const chunk = buf.slice(0, n);
        if (first && chunk[0] === 0xfe) return await session.legacy(chunk);
        first = false;
        for (const packet of decoder.push(chunk)) {
          if (!(await session.handle(packet.id, packet.payload))) return;
        }
      }
    } catch (error) {
      // Malformed input or a reset: vanilla just drops the connection.
      logger.debug("Game port connection dropped", { error });
    } finally {
      clearTimeout(timer);
    }
  }
}

/** One connection's progress through handshake and status. */
class StatusSession {
  #conn: Deno.TcpConn;
  #status: () => DemoStatus;
  #state: "handshake" | "status" = "handshake";
  #answered = false;

  constructor(conn: Deno.TcpConn, status: () => DemoStatus) {
    this.#conn = conn;
    this.#status = status;
  }

  /** Handles one packet. @returns `false` when the connection should close. */
  async handle(id: number, payload: Uint8Array): Promise<boolean> {
    if (this.#state === "handshake") {
      if (id !== SLP_PACKET_STATUS) return false;
      const handshake = decodeHandshake(payload);
      if (handshake.nextState === SLP_NEXT_STATE.status) {
        this.#state = "status";
        return this.#status().enabled;
      }
      await this.#refuseLogin(handshake.protocol);
      return false;
    }
    if (id === SLP_PACKET_STATUS && !this.#answered && payload.length === 0) {
      this.#answered = true;
      await writeAll(
        this.#conn,
        encodeSlpPacket(SLP_PACKET_STATUS, encodeSlpString(statusJson(this.#status()))),
      );
      return true;
    }
    if (id === SLP_PACKET_PING && payload.length === 8) {
      await writeAll(this.#conn, encodePing(new SlpReader(payload).long()));
    }
    return false; // Vanilla closes after the pong, and on anything unexpected.
  }

  /**
   * Answers a legacy ping like vanilla's `LegacyQueryHandler`: `0xFE` alone
   * gets `motd§online§max`; `0xFE 0x01` (1.4–1.6) gets the `§1` form.
   */
  async legacy(chunk: Uint8Array): Promise<void> {
    const s = this.#status();
    if (!s.enabled) return;
    const online = s.players.length;
    if (chunk.length === 1) {
      await writeAll(this.#conn, encodeLegacyKick(`${s.motd}§${online}§${s.maxPlayers}`));
    } else if (chunk[1] === 0x01) {
      const text = ["§1", "127", s.version.name, s.motd, `${online}`, `${s.maxPlayers}`].join("\0");
      await writeAll(this.#conn, encodeLegacyKick(text));
    }
  }

  /** Sends the login-state disconnect packet vanilla sends to a client it turns away. */
  async #refuseLogin(protocol: number): Promise<void> {
    const ours = this.#status().version;
    const reason = protocol < ours.protocol
      ? { translate: "multiplayer.disconnect.outdated_client", with: [ours.name] }
      : protocol > ours.protocol
      ? { translate: "multiplayer.disconnect.outdated_server", with: [ours.name] }
      : { text: "This is an Atlas Runner demo server: there is no world to join" };
    await writeAll(
      this.#conn,
      encodeSlpPacket(0x00, concatBytes([encodeSlpString(JSON.stringify(reason))])),
    );
  }
}
