/**
 * The tar stream of a set of paths, as a plan rather than bytes: headers
 * (and the end-of-archive blocks) as bytes, each file's content as a
 * reference (its path and size) for whoever reads it. The gzip path reads
 * the files on the main thread; the zstd path hands byte ranges of them to
 * the compression workers, which read them themselves (see `pack.ts`).
 *
 * Links are recorded as links only when extraction will accept them (they
 * stay inside the archived tree); see the module doc of `pack.ts`.
 *
 * @module
 */
import { dirname, join } from "node:path";
import { getLogger } from "@logtape/logtape";
import { checkLinkTarget, encodeHeader, END_OF_ARCHIVE, type TarEntry } from "./header.ts";

const logger = getLogger(["atlas-runner", "daemon", "archive"]);

/** A piece of the tar stream: literal bytes, or one file (its header, content and padding). */
export type TarPiece =
  | { kind: "bytes"; bytes: Uint8Array }
  | {
    kind: "file";
    /** Its tar header. */
    header: Uint8Array;
    /** The file to read (absolute, or relative to the working folder). */
    source: string;
    /** Its path in the archive (for `changed`). */
    entry: string;
    /** Its size when it was listed: the header promises exactly this many bytes. */
    size: number;
  };

/** What the walk counts and notes (a part of `WriteArchiveResult`). */
export interface WalkTally {
  /** Regular files archived. */
  files: number;
  /** All entries (files, folders, links). */
  entries: number;
  /** Included paths that did not exist. */
  missing: string[];
  /** Links pointing outside the tree, archived as their content (skipped if dangling). */
  followed: string[];
}

/** What to walk. */
export interface WalkOptions {
  /** The folder the paths are relative to. */
  root: string;
  /** Files and folders (nested ones too) to include, relative to `root`; missing ones skipped. */
  paths: readonly string[];
  /** Stops the walk. */
  signal?: AbortSignal;
}

interface WalkItem {
  path: string;
  info: Deno.FileInfo;
  /** Real paths of the folders entered through followed links above this item (loop guard). */
  chain: readonly string[];
}

/** Lists a folder's children in byte order, for stable archives. */
async function children(root: string, dir: WalkItem): Promise<WalkItem[]> {
  const names: string[] = [];
  for await (const child of Deno.readDir(join(root, dir.path))) names.push(child.name);
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const items: WalkItem[] = [];
  for (const name of names) {
    const path = `${dir.path}/${name}`;
    items.push({ path, info: await Deno.lstat(join(root, path)), chain: dir.chain });
  }
  return items;
}

/** Whether extraction will accept this link (see `checkLinkTarget`). */
function staysInside(path: string, target: string): boolean {
  try {
    checkLinkTarget(path, target);
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolves a link that points outside the archived tree into the item to
 * archive in its place: what it points at. `null` (with a warning) when it
 * is dangling, or when it leads to a folder it is already inside (a loop).
 */
async function followLink(
  root: string,
  item: WalkItem,
  target: string,
  tally: WalkTally,
): Promise<WalkItem | null> {
  const full = join(root, item.path);
  tally.followed.push(item.path);
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(full);
  } catch (error) {
    if (
      !(error instanceof Deno.errors.NotFound) && !(error instanceof Deno.errors.FilesystemLoop)
    ) {
      throw error;
    }
    logger.warn("Skipping link {path} -> {target}: it points outside and leads nowhere", {
      path: item.path,
      target,
    });
    return null;
  }
  let chain = item.chain;
  if (info.isDirectory) {
    const real = await Deno.realPath(full);
    const parent = await Deno.realPath(dirname(full));
    if (chain.includes(real) || parent === real || parent.startsWith(`${real}/`)) {
      logger.warn("Skipping link {path} -> {target}: it leads to a folder it is inside (a loop)", {
        path: item.path,
        target,
      });
      return null;
    }
    chain = [...chain, real];
  }
  logger.warn(
    "Archiving link {path} -> {target} as its content: it points outside the server folder",
    { path: item.path, target },
  );
  return { path: item.path, info, chain };
}

function entryOf(item: WalkItem, type: TarEntry["type"], size = 0, linkTarget?: string): TarEntry {
  return {
    path: item.path,
    type,
    size,
    mode: (item.info.mode ?? (type === "directory" ? 0o755 : 0o644)) & 0o7777,
    mtime: Math.floor((item.info.mtime?.getTime() ?? 0) / 1000),
    linkTarget,
  };
}

/**
 * Walks the included paths in a stable order and yields the tar stream as
 * pieces, ending with the end-of-archive blocks. Included paths are followed
 * if they are links (a world symlinked to another disk is backed up by
 * content); links below are recorded as links unless they point outside.
 *
 * @param options Root, paths, signal.
 * @param tally Counts and notes, filled as the walk goes.
 * @returns The pieces, in stream order.
 */
export async function* tarPieces(
  options: WalkOptions,
  tally: WalkTally,
): AsyncGenerator<TarPiece> {
  const stack: WalkItem[] = [];
  for (const path of [...options.paths].reverse()) {
    try {
      stack.push({ path, info: await Deno.stat(join(options.root, path)), chain: [] });
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
      tally.missing.push(path);
    }
  }
  while (stack.length > 0) {
    options.signal?.throwIfAborted();
    const item = stack.pop()!;
    if (item.info.isDirectory) {
      yield { kind: "bytes", bytes: encodeHeader(entryOf(item, "directory")) };
      stack.push(...(await children(options.root, item)).reverse());
    } else if (item.info.isSymlink) {
      const target = await Deno.readLink(join(options.root, item.path));
      if (!staysInside(item.path, target)) {
        const followed = await followLink(options.root, item, target, tally);
        if (followed) stack.push(followed);
        continue;
      }
      yield { kind: "bytes", bytes: encodeHeader(entryOf(item, "symlink", 0, target)) };
    } else if (item.info.isFile) {
      const size = item.info.size;
      yield {
        kind: "file",
        header: encodeHeader(entryOf(item, "file", size)),
        source: join(options.root, item.path),
        entry: item.path,
        size,
      };
      tally.files++;
    } else {
      logger.warn("Skipping {path}: not a file, folder or link", { path: item.path });
      continue;
    }
    tally.entries++;
  }
  yield { kind: "bytes", bytes: END_OF_ARCHIVE };
}
