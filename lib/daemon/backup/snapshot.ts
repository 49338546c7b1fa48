/**
 * A frozen copy of the included paths, made while saving is off so that the
 * slow part of a backup (compression) runs after saving is back on. This is
 * what keeps the save-off window short: a world is copied in about a second
 * per GiB from the page cache, where compressing it takes several.
 *
 * Files are copied with `Deno.copyFile`, which on Linux is
 * `copy_file_range`: an in-kernel copy, and on filesystems that share
 * extents (btrfs, XFS with reflink) a copy-on-write clone that costs almost
 * no time or space. The copy keeps modes and modification times, and what
 * archiving makes of links: links inside the tree stay as they are, links
 * pointing outside become absolute links to what they point at (so the
 * archive still stores their content, as without a snapshot).
 *
 * `backups.snapshot` picks the mode: `"copy"` always copies (and fails
 * cleanly when space runs out), `"auto"` copies when the free space allows
 * it and otherwise archives the live folder as `"none"` does, with saving
 * off throughout.
 *
 * @module
 */
import { dirname, join, resolve } from "node:path";
import { statfs } from "node:fs/promises";
import { getLogger } from "@logtape/logtape";
import { IpcError } from "../../protocol/errors.ts";
import { checkLinkTarget } from "../../archive/header.ts";

const log = getLogger(["atlas-runner", "daemon", "backup"]);

/** How a backup of a running server freezes the world (`backups.snapshot`). */
export type SnapshotMode = "auto" | "copy" | "none";

/** Copies running at once: enough to keep the disk busy. */
const PARALLEL_COPIES = 8;

/** Space kept free beyond the copy itself (the server and the archive need some too). */
const SPARE_BYTES = 64 * 1024 * 1024;

/** Filesystems whose `copy_file_range` shares extents instead of copying (statfs magic). */
const CLONING_FILESYSTEMS = new Set([0x9123683e, /* btrfs */ 0x58465342 /* XFS */]);

/** What {@linkcode planSnapshot} found. */
export interface SnapshotPlan {
  /** Bytes of file content to copy. */
  bytes: number;
  /** Files to copy. */
  files: number;
  /** Whether the copy is likely a copy-on-write clone (btrfs, XFS). */
  clone: boolean;
  /** Free bytes where the copy goes. */
  free: number;
}

interface Item {
  /** Relative to the root. */
  path: string;
  info: Deno.FileInfo;
}

/** Lists the included paths' entries, depth first, parents before children. */
async function* walk(root: string, paths: readonly string[]): AsyncGenerator<Item> {
  const stack: Item[] = [];
  for (const path of [...paths].reverse()) {
    try {
      // Included paths are followed when they are links, as archiving does.
      stack.push({ path, info: await Deno.stat(join(root, path)) });
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    }
  }
  while (stack.length > 0) {
    const item = stack.pop()!;
    yield item;
    if (!item.info.isDirectory) continue;
    const names: string[] = [];
    for await (const child of Deno.readDir(join(root, item.path))) names.push(child.name);
    names.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
    for (const name of names) {
      const path = `${item.path}/${name}`;
      stack.push({ path, info: await Deno.lstat(join(root, path)) });
    }
  }
}

/**
 * Measures what a snapshot of `paths` would copy and the space it has.
 *
 * @param root The server folder.
 * @param paths The included paths, relative.
 * @param into Where the copy would go (an existing folder on the target filesystem).
 * @returns Sizes, free space, and whether the filesystem clones.
 */
export async function planSnapshot(
  root: string,
  paths: readonly string[],
  into: string,
): Promise<SnapshotPlan> {
  let bytes = 0;
  let files = 0;
  for await (const item of walk(root, paths)) {
    if (item.info.isFile) {
      bytes += item.info.size;
      files++;
    }
  }
  const fs = await statfs(into);
  const sameDevice = (await Deno.stat(root)).dev === (await Deno.stat(into)).dev;
  return {
    bytes,
    files,
    clone: sameDevice && CLONING_FILESYSTEMS.has(Number(fs.type)),
    free: Number(fs.bavail) * Number(fs.bsize),
  };
}

/**
 * Whether a snapshot fits: a clone always does; a copy needs its bytes plus
 * a margin free.
 *
 * @param plan From {@linkcode planSnapshot}.
 * @returns `true` when the copy fits.
 */
export function snapshotFits(plan: SnapshotPlan): boolean {
  return plan.clone || plan.bytes + SPARE_BYTES <= plan.free;
}

/**
 * The error for a snapshot that does not fit, or ran out of space.
 *
 * @param plan What was needed.
 * @param cause The file system error, if it failed midway.
 * @returns An `IpcError` with code `FAILED` and a hint.
 */
export function noSpaceError(plan: SnapshotPlan, cause?: unknown): IpcError {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
  return new IpcError(
    "FAILED",
    `Not enough free disk space for the backup's staging copy: it needs ${mib(plan.bytes)}, ` +
      `${mib(plan.free)} are free; nothing was changed`,
    {
      hint: 'free some space, or set backups.snapshot to "none" (archive with saving paused)',
      cause,
    },
  );
}

/**
 * Copies the included paths of `root` into `dest` (a new folder), keeping
 * modes, times and what archiving makes of links (see the module doc).
 * On failure `dest` is partial: the caller removes it.
 *
 * @param root The server folder.
 * @param paths The included paths, relative.
 * @param dest The new folder to copy into.
 * @param signal Aborts the copy.
 * @returns Files copied.
 */
export async function copySnapshot(
  root: string,
  paths: readonly string[],
  dest: string,
  signal?: AbortSignal,
): Promise<number> {
  await Deno.mkdir(dest, { mode: 0o700 });
  const running = new Set<Promise<void>>();
  const dirs: Item[] = [];
  let failure: unknown;
  let files = 0;
  const track = (work: Promise<void>) => {
    const done = work.catch((error) => failure ??= error).finally(() => running.delete(done));
    running.add(done as Promise<void>);
  };
  for await (const item of walk(root, paths)) {
    signal?.throwIfAborted();
    if (failure) break;
    const from = join(root, item.path);
    const to = join(dest, item.path);
    if (item.path.includes("/")) await Deno.mkdir(dirname(to), { recursive: true, mode: 0o700 });
    if (item.info.isDirectory) {
      await Deno.mkdir(to, { recursive: true, mode: 0o700 });
      dirs.push(item);
    } else if (item.info.isSymlink) {
      await Deno.symlink(await linkTarget(from, item.path), to);
    } else if (item.info.isFile) {
      files++;
      track(copyFile(from, to, item.info));
      while (running.size >= PARALLEL_COPIES) await Promise.race(running);
    }
  }
  await Promise.all(running);
  if (failure) throw failure;
  // Folders last: creating their entries changed their times.
  for (const dir of dirs.reverse()) {
    const to = join(dest, dir.path);
    await Deno.chmod(to, (dir.info.mode ?? 0o755) & 0o7777);
    await Deno.utime(to, dir.info.atime ?? new Date(), dir.info.mtime ?? new Date());
  }
  log.debug("Snapshot of {files} files in {dest}", { files, dest });
  return files;
}

async function copyFile(from: string, to: string, info: Deno.FileInfo): Promise<void> {
  await Deno.copyFile(from, to);
  await Deno.utime(to, info.atime ?? new Date(), info.mtime ?? new Date());
}

/** A link's target as the snapshot records it: as is inside the tree, else absolute. */
async function linkTarget(from: string, path: string): Promise<string> {
  const target = await Deno.readLink(from);
  try {
    checkLinkTarget(path, target);
    return target;
  } catch {
    const absolute = resolve(dirname(from), target);
    return await Deno.realPath(absolute).catch(() => absolute);
  }
}
