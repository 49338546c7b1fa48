/**
 * The demo server's RCON listener, behaving as vanilla's `RconThread` and
 * `RconClient`: one read of at most 1460 bytes must hold exactly one packet
 * (else the connection is dropped), auth answers type 2 with the request id
 * or -1, exec before auth answers -1, output goes back as type-0 packets of
 * 4096 characters, and any other type gets `Unknown request <hex>`. The
 * thread lines vanilla logs for each connection are printed too.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import {
  decodeSingleRconPacket,
  encodeRconPacket,
  RCON_AUTH_FAILURE_ID,
  RCON_TYPE,
  RCON_VANILLA_READ_BYTES,
  splitRconResponse,
} from "../minecraft/rcon.ts";
import { concatBytes, writeAll } from "../util/bytes.ts";
import { AcceptLoop, closeQuietly } from "./_accept_loop.ts";
import type { ConsoleOutput } from "./output.ts";

const logger = getLogger(["atlas-runner", "demo", "rcon"]);
const decoder = new TextDecoder();

/** Options of {@linkcode RconServer.listen}. */
export interface RconServerOptions {
  /** The address to bind (`server-ip`, or `0.0.0.0`). */
  hostname: string;
  /** `rcon.port`. */
  port: number;
  /** `rcon.password` (non-empty). */
  password: string;
  /** Runs a command on the server thread and returns the RCON source's output. */
  execute(command: string): Promise<string>;
  /** The console, for the thread lines. */
  out: ConsoleOutput;
  /** Hands out vanilla's `GenericThread` numbers (`#1`, `#2`, …). */
  nextThreadId(): number;
}

/** A listening RCON port. */
export class RconServer {
  #options: RconServerOptions;
  #thread: string;
  #loop: AcceptLoop;

  /**
   * Binds the RCON port and prints `Thread RCON Listener started`.
   *
   * @param options Address, password, and the command runner.
   * @returns The server.
   * @throws {Deno.errors.AddrInUse} When the port is taken.
   */
  static listen(options: RconServerOptions): RconServer {
    const listener = Deno.listen({ hostname: options.hostname, port: options.port });
    return new RconServer(listener, options);
  }

  /**
   * Serves an open listener; {@linkcode RconServer.listen} opens one.
   *
   * @param listener The TCP listener.
   * @param options Password and command runner.
   */
  constructor(listener: Deno.TcpListener, options: RconServerOptions) {
    this.#options = options;
    this.#thread = `RCON Listener #${options.nextThreadId()}`;
    options.out.info("Thread RCON Listener started");
    this.#loop = new AcceptLoop(
      listener,
      (conn) => this.#client(conn),
      (error) => logger.warning("RCON port stopped accepting", { error }),
    );
  }

  /** The bound port. */
  get port(): number {
    return this.#loop.port;
  }

  /** Stops listening, drops every client, and prints vanilla's stop lines. */
  async close(): Promise<void> {
    await this.#loop.stop();
    this.#options.out.info("Thread RCON Listener stopped");
    for (const client of this.#loop.open) {
      closeQuietly(client.conn);
      await client.done;
      this.#options.out.info(`Thread ${clientName(client.conn)} stopped`);
    }
  }

  /** One client, between the thread lines vanilla logs for it. */
  async #client(conn: Deno.TcpConn): Promise<void> {
    const name = clientName(conn);
    const thread = `${name} #${this.#options.nextThreadId()}`;
    this.#options.out.log(`Thread ${name} started`, this.#thread);
    try {
      await this.#serve(conn);
    } finally {
      this.#options.out.log(`Thread ${name} shutting down`, thread);
    }
  }

  async #serve(conn: Deno.TcpConn): Promise<void> {
    const buf = new Uint8Array(RCON_VANILLA_READ_BYTES);
    let authed = false;
    try {
      for (;;) {
        const n = await conn.read(buf);
        const packet = n === null ? null : decodeSingleRconPacket(buf.subarray(0, n));
        if (packet === null) return;
        const body = decoder.decode(packet.body);
        if (packet.type === RCON_TYPE.auth) {
          authed = body !== "" && body === this.#options.password;
          await writeAll(
            conn,
            authed ? encodeRconPacket(packet.id, RCON_TYPE.authResponse, "") : authFailure(),
          );
        } else if (packet.type === RCON_TYPE.execCommand) {
          await writeAll(conn, authed ? await this.#run(packet.id, body) : authFailure());
        } else {
          const text = `Unknown request ${(packet.type >>> 0).toString(16)}`;
          await writeAll(conn, response(packet.id, text));
        }
      }
    } catch (error) {
      // A reset or a close during shutdown: vanilla ends the client thread quietly.
      logger.debug("RCON connection ended", { error });
    }
  }

  async #run(id: number, command: string): Promise<Uint8Array> {
    try {
      return response(id, await this.#options.execute(command));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return response(id, `Error executing: ${command} (${message})`);
    }
  }
}

function authFailure(): Uint8Array {
  return encodeRconPacket(RCON_AUTH_FAILURE_ID, RCON_TYPE.authResponse, "");
}

/** The output as vanilla sends it: 4096-character type-0 packets, at least one. */
function response(id: number, text: string): Uint8Array {
  return concatBytes(
    splitRconResponse(text).map((chunk) => encodeRconPacket(id, RCON_TYPE.responseValue, chunk)),
  );
}

/** Vanilla's name of a client's thread: `RCON Client /<address>`. */
function clientName(conn: Deno.TcpConn): string {
  return `RCON Client /${conn.remoteAddr.hostname}`;
}
