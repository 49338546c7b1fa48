/**
 * `installed.json` in the data directory: which server version and release
 * channel are installed; the one place that reads and writes it. Written by
 * the updater after a jar swap; read by
 * StartServer (to compare channels) and status (the version until the server
 * reports one).
 *
 * @module
 */
import { join } from "node:path";
import { atomicWriteFile } from "../../util/atomic_write.ts";

/** What `installed.json` records. */
export interface InstalledServer {
  /** The installed version id (`1.21.4`). */
  version: string;
  /** The channel it came from (`release`, `snapshot`, a version id, …). */
  channel: string;
  /** The source (`mojang`, `paper`). */
  source?: string;
  /** When it was installed (Unix ms). */
  installedAt?: number;
  /** Paper's build number. */
  build?: number;
  /** The jar's checksum as `<algorithm>:<hex>`. */
  checksum?: string;
}

/**
 * The path of `installed.json`.
 *
 * @param dataDirectory The data directory.
 * @returns The path.
 */
export function installedPath(dataDirectory: string): string {
  return join(dataDirectory, "installed.json");
}

/**
 * Reads `installed.json`.
 *
 * @param dataDirectory The data directory.
 * @returns The record, or `null` when missing or unreadable.
 */
export async function readInstalled(dataDirectory: string): Promise<InstalledServer | null> {
  try {
    const value = JSON.parse(await Deno.readTextFile(installedPath(dataDirectory)));
    if (typeof value?.version === "string" && typeof value?.channel === "string") return value;
  } catch {
    // missing or torn: treated as "nothing recorded"
  }
  return null;
}

/**
 * Writes `installed.json` atomically.
 *
 * @param dataDirectory The data directory.
 * @param installed What is installed.
 */
export async function writeInstalled(
  dataDirectory: string,
  installed: InstalledServer,
): Promise<void> {
  await atomicWriteFile(installedPath(dataDirectory), JSON.stringify(installed, null, 2) + "\n");
}
