/**
 * Helpers of the backup and restore suites: tree snapshots to compare
 * worlds byte for byte, GNU tar as an independent reader of our archives,
 * hand-built tars our writer would never make, and waits on the daemon's
 * console and log.
 *
 * @module
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { join } from "node:path";
import {
  BLOCK_SIZE,
  encodeHeader,
  END_OF_ARCHIVE,
  padded,
  type TarEntry,
} from "../../lib/archive/header.ts";
import type { IpcClient } from "../../lib/protocol/client.ts";
import { concatBytes } from "../../lib/util/bytes.ts";
import { waitFor } from "./tmp.ts";

/**
 * Describes every entry below `root` (limited to `only` top-level names, if
 * given) as path → `dir`, `link:<target>` or `file:<sha256>`.
 *
 * @param root The folder.
 * @param only Top-level names to include.
 * @returns The description, sorted by path.
 */
export async function snapshotTree(
  root: string,
  only?: readonly string[],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (rel: string): Promise<void> => {
    const path = join(root, rel);
    const info = await Deno.lstat(path);
    if (info.isSymlink) out[rel] = `link:${await Deno.readLink(path)}`;
    else if (info.isDirectory) {
      out[rel] = "dir";
      const names: string[] = [];
      for await (const entry of Deno.readDir(path)) names.push(entry.name);
      for (const name of names.sort()) await walk(`${rel}/${name}`);
    } else {
      out[rel] = `file:${createHash("sha256").update(await Deno.readFile(path)).digest("hex")}`;
    }
  };
  const names: string[] = [];
  for await (const entry of Deno.readDir(root)) names.push(entry.name);
  for (const name of names.sort()) {
    if (!only || only.includes(name)) await walk(name);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Extracts an archive with GNU tar (an independent reader of our format).
 *
 * @param archive The `.tar.zst` (GNU tar runs `zstd -d`) or `.tar.gz`.
 * @param dest A new folder.
 */
export async function gnuExtract(archive: string, dest: string): Promise<void> {
  await Deno.mkdir(dest, { recursive: true });
  const out = await new Deno.Command("tar", {
    args: [archive.endsWith(".zst") ? "--zstd" : "-z", "-xf", archive, "-C", dest],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
}

/**
 * The console lines the daemon holds.
 *
 * @param client A client.
 * @returns The last 10000 lines.
 */
export async function consoleLines(client: IpcClient): Promise<string[]> {
  return (await client.getLogs({ lines: 10_000 })).lines;
}

/**
 * Waits until a console line matches.
 *
 * @param client A client.
 * @param pattern What the line matches.
 * @param from Only lines after this many.
 * @returns The index of the line.
 */
export async function waitForConsole(
  client: IpcClient,
  pattern: RegExp,
  from = 0,
): Promise<number> {
  return await waitFor(async () => {
    const lines = await consoleLines(client);
    const index = lines.findIndex((line, i) => i >= from && pattern.test(line));
    return index >= 0 ? index + 1 : 0;
  }, { timeoutMs: 20_000, what: `a console line matching ${pattern}` }) - 1;
}

/** The top-level names a default backup of the demo server holds. */
export const DEFAULT_SET: readonly string[] = [
  "world",
  "world_nether",
  "world_the_end",
  "server.properties",
  "ops.json",
  "whitelist.json",
  "banned-players.json",
  "banned-ips.json",
  "usercache.json",
];

/** One entry of a hand-built tar ({@linkcode tarBytes}). */
export interface RawTarItem {
  /** The header. */
  entry: TarEntry;
  /** The content (a file's), padded to whole blocks. */
  data?: Uint8Array;
  /** A type flag written over the header's (e.g. `"3"`, a character device). */
  flag?: string;
}

/**
 * An uncompressed tar built entry by entry, for archives our writer would
 * never make: hostile paths and links, device entries.
 *
 * @param items The entries, in order.
 * @returns The tar, with its end-of-archive blocks.
 */
export function tarBytes(items: readonly RawTarItem[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const { entry, data, flag } of items) {
    const header = encodeHeader(entry);
    if (flag) {
      const block = header.subarray(header.length - BLOCK_SIZE);
      block[156] = flag.charCodeAt(0);
      block.fill(0x20, 148, 156);
      const sum = block.reduce((a, b) => a + b, 0);
      block.set(new TextEncoder().encode(sum.toString(8).padStart(6, "0") + "\0 "), 148);
    }
    parts.push(header);
    if (data) {
      const body = new Uint8Array(padded(data.length));
      body.set(data);
      parts.push(body);
    }
  }
  parts.push(END_OF_ARCHIVE);
  return concatBytes(parts);
}

/**
 * A file entry for {@linkcode tarBytes}.
 *
 * @param path The entry's path.
 * @param text The content.
 * @returns The entry.
 */
export function tarFile(path: string, text = "x"): RawTarItem {
  const data = new TextEncoder().encode(text);
  return { entry: { path, type: "file", size: data.length, mode: 0o644, mtime: 0 }, data };
}

/**
 * A symbolic link entry for {@linkcode tarBytes}.
 *
 * @param path The entry's path.
 * @param target Where the link points.
 * @returns The entry.
 */
export function tarLink(path: string, target: string): RawTarItem {
  return { entry: { path, type: "symlink", size: 0, mode: 0o777, mtime: 0, linkTarget: target } };
}
