/**
 * What a running server read when it started: its directory and its
 * `server.properties`. A server reads both once, at start, so a
 * `server.directory` change (SetConfig) or an edit of `server.properties`
 * applies at the next start; until then, everything about the running
 * server (status ping, RCON, backups) must use these facts, not the live
 * config.
 *
 * @module
 */
import { readServerProperties, type ServerProperties } from "../../minecraft/server_properties.ts";

/** `server.properties` as read, and whether the file existed. */
export type ReadProperties = ServerProperties & { exists: boolean };

/** The directory and `server.properties` of one server run. */
export class ServerFacts {
  /** The directory the server runs in. */
  readonly directory: string;
  #properties: ReadProperties | null;

  /**
   * Use {@linkcode ServerFacts.capture}.
   *
   * @param directory The server's directory.
   * @param properties Its `server.properties` when the file existed at start, else `null`.
   */
  constructor(directory: string, properties: ReadProperties | null) {
    this.directory = directory;
    this.#properties = properties?.exists ? properties : null;
  }

  /**
   * Reads the facts right before the server starts.
   *
   * @param directory The server's directory.
   * @returns The facts (an unreadable `server.properties` is read again later).
   */
  static async capture(directory: string): Promise<ServerFacts> {
    const properties = await readServerProperties(directory).catch(() => null);
    return new ServerFacts(directory, properties);
  }

  /**
   * The `server.properties` the server started with. When the file did not
   * exist then (a first run: the server writes its defaults as it starts),
   * it is read now and kept from the first time it exists.
   *
   * @returns The properties (vanilla defaults when there is no file).
   * @throws {SyntaxError} On a malformed file.
   */
  async properties(): Promise<ReadProperties> {
    if (this.#properties !== null) return this.#properties;
    const read = await readServerProperties(this.directory);
    if (read.exists) this.#properties = read;
    return read;
  }
}
