/**
 * Demo "jars": a `server.jar` that is really a small JSON file, so update
 * tests can serve and install versions without Java. Any other content of
 * `server.jar` (a real jar, garbage) is ignored.
 *
 * @module
 */
import { join } from "node:path";

/** The version the demo server reports when there is no demo jar. */
export const DEFAULT_DEMO_VERSION: DemoVersion = { name: "1.21.4", protocol: 769 };

/** A game version: its name and network protocol number. */
export interface DemoVersion {
  /** The version name, e.g. `1.21.4`. */
  name: string;
  /** The protocol number, e.g. `769`. */
  protocol: number;
}

/** What a demo jar says. */
export interface DemoJar extends DemoVersion {
  /** Make the server fail during start-up, like a broken jar. */
  failStart: boolean;
}

/**
 * Makes the content of a demo jar:
 * `{"atlasDemoJar": 1, "version": …, "protocol": …, "failStart": …}`.
 *
 * @param jar The version and whether it fails to start.
 * @returns The file's text.
 */
export function formatDemoJar(
  jar: { version: string; protocol: number; failStart?: boolean },
): string {
  return JSON.stringify({
    atlasDemoJar: 1,
    version: jar.version,
    protocol: jar.protocol,
    failStart: jar.failStart ?? false,
  }) + "\n";
}

/**
 * Reads `server.jar` in a directory if it is a demo jar.
 *
 * @param directory The server's directory.
 * @returns The demo jar, or `null` when the file is missing or is not one.
 */
export async function readDemoJar(directory: string): Promise<DemoJar | null> {
  const path = join(directory, "server.jar");
  let bytes: Uint8Array;
  try {
    // A demo jar is tiny; a real jar is megabytes of zip, not worth reading.
    if ((await Deno.stat(path)).size > 64 * 1024) return null;
    bytes = await Deno.readFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound || error instanceof Deno.errors.IsADirectory) {
      return null;
    }
    throw error;
  }
  return parseDemoJar(bytes);
}

/**
 * Parses demo-jar bytes.
 *
 * @param bytes The file's content.
 * @returns The demo jar, or `null` when the bytes are not one.
 */
export function parseDemoJar(bytes: Uint8Array): DemoJar | null {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return null; // Not JSON: a real jar, which the demo ignores.
  }
  if (typeof value !== "object" || value === null) return null;
  const o = value as Record<string, unknown>;
  if (o.atlasDemoJar !== 1) return null;
  const name = typeof o.version === "string" && o.version !== "" ? o.version : null;
  const protocol = Number.isInteger(o.protocol) ? o.protocol as number : null;
  return {
    name: name ?? DEFAULT_DEMO_VERSION.name,
    protocol: protocol ?? DEFAULT_DEMO_VERSION.protocol,
    failStart: o.failStart === true,
  };
}
