/**
 * `daemon --demo`: sets up the built-in demo server in `<data>/demo` (kept
 * between runs, so its world persists) on free ports, and gives the command
 * that runs it, so a newcomer sees everything work without a server jar.
 *
 * @module
 */
import { join } from "node:path";
import { demoServerCommand, writeDemoServerDirectory } from "./setup.ts";
import { readServerProperties } from "../minecraft/server_properties.ts";

/** The demo server's directory, ports and command. */
export interface DemoSetup {
  /** Its directory (`<data>/demo`). */
  directory: string;
  /** The game port (Server List Ping). */
  port: number;
  /** The RCON port. */
  rconPort: number;
  /** The argv that runs it. */
  command: string[];
}

/**
 * Prepares the demo server directory: vanilla default ports when free,
 * else free ephemeral ones; RCON on with a random password kept between runs.
 *
 * @param dataDirectory The daemon's data directory.
 * @returns Where the demo is and how to run it.
 */
export async function prepareDemo(dataDirectory: string): Promise<DemoSetup> {
  const directory = join(dataDirectory, "demo");
  await Deno.mkdir(directory, { recursive: true, mode: 0o700 });
  const previous = await readServerProperties(directory);
  const port = pickPort(previous.exists ? previous.serverPort : 25565);
  const rconPort = pickPort(previous.exists ? previous.rconPort : 25575, [port]);
  const rconPassword = previous.exists && previous.rconPassword !== ""
    ? previous.rconPassword
    : crypto.randomUUID().replaceAll("-", "");
  // Keep the user's edits of an existing demo unless its ports had to change.
  const unchanged = previous.exists && port === previous.serverPort &&
    rconPort === previous.rconPort && rconPassword === previous.rconPassword;
  await writeDemoServerDirectory(directory, {
    port,
    rconPort,
    rconPassword,
    keepExisting: unchanged,
  });
  return { directory, port, rconPort, command: demoServerCommand() };
}

/**
 * Returns `preferred` when nothing listens there, else a free ephemeral port.
 *
 * @param preferred The port to try first.
 * @param avoid Ports already chosen.
 * @returns A port that was free a moment ago.
 */
export function pickPort(preferred: number, avoid: readonly number[] = []): number {
  if (!avoid.includes(preferred) && isFree(preferred)) return preferred;
  for (;;) {
    using listener = Deno.listen({ hostname: "0.0.0.0", port: 0 });
    const port = (listener.addr as Deno.NetAddr).port;
    if (!avoid.includes(port)) return port;
  }
}

function isFree(port: number): boolean {
  try {
    using _ = Deno.listen({ hostname: "0.0.0.0", port });
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.AddrInUse) return false;
    throw error;
  }
}
