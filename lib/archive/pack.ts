/**
 * Streaming `.tar.zst` and `.tar.gz` archives of folders:
 * {@linkcode writeArchive} walks the included paths and streams tar →
 * zstd or gzip → output while computing the archive's sha256, holding at
 * most a few parts in memory at any time;
 * {@linkcode extractArchive} streams the other way into a destination folder
 * and refuses anything that could land outside it.
 *
 * Links are recorded as links only when extraction will accept them (they
 * stay inside the archived tree). A link pointing elsewhere — an absolute
 * target, or one climbing out, like `world/datapacks -> /srv/shared` — is
 * archived as what it points at (as `tar -h` would, for that entry alone),
 * with a warning: otherwise the backup could never be restored, and the
 * owner's data would not be in it.
 *
 * Compression uses `node:zlib` rather than `CompressionStream`: on the same
 * data it is measurably faster here (see BENCHMARKS.md, "Backups"). zstd
 * uses every core: the tar stream is cut into parts of
 * {@linkcode ZSTD_PART_BYTES} that worker threads compress at once into
 * separate frames, written in order (see `zstd_pool.ts`).
 *
 * @module
 */
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { createGzip } from "node:zlib";
import { getLogger } from "@logtape/logtape";
import { writeAll } from "../util/bytes.ts";
import { checkLinkTarget, encodeHeader, END_OF_ARCHIVE, padded, type TarEntry } from "./header.ts";
import { pipeThroughZlib } from "./zlib_pipe.ts";
import { ZstdPool } from "./zstd_pool.ts";

export { extractArchive, type ExtractArchiveOptions, type ExtractResult } from "./extract.ts";

const logger = getLogger(["atlas-runner", "daemon", "archive"]);

/** How many bytes of tar stream are gathered before they go to gzip. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * How many bytes of tar stream become one zstd frame. Larger than zstd's
 * window at the default level (2 MiB), so cutting costs little ratio; small
 * enough that the parts in flight (one per worker, plus one being filled)
 * stay a few tens of MiB.
 */
export const ZSTD_PART_BYTES = 8 * 1024 * 1024;

/** The compressed formats {@linkcode writeArchive} writes and extraction reads. */
export type ArchiveFormat = "tar.zst" | "tar.gz";

/** Every {@linkcode ArchiveFormat}, the default first. */
export const ARCHIVE_FORMATS: readonly ArchiveFormat[] = ["tar.zst", "tar.gz"];

/** Where {@linkcode writeArchive} writes the compressed bytes (a `Deno.FsFile` fits). */
export interface ArchiveSink {
  /** Writes some bytes, returning how many were written. */
  write(bytes: Uint8Array): Promise<number>;
}

/** Options of {@linkcode writeArchive}. */
export interface WriteArchiveOptions {
  /** The folder the paths are relative to. */
  root: string;
  /** Files and folders (nested ones too) to include, relative to `root`; missing ones skipped. */
  paths: readonly string[];
  /** Where the compressed bytes go. */
  output: ArchiveSink;
  /** How the tar stream is compressed. @default "tar.gz" */
  format?: ArchiveFormat;
  /** Compression level: gzip 1 (fast) to 9 (small), default 6; zstd 1 to 19, default 3. */
  level?: number;
  /** zstd worker threads. @default every core, at most 4 */
  workers?: number;
  /** Aborts the archive (the output is then incomplete: the caller discards it). */
  signal?: AbortSignal;
}

/** What {@linkcode writeArchive} wrote. */
export interface WriteArchiveResult {
  /** Compressed bytes written. */
  bytes: number;
  /** sha256 of the compressed bytes, lower-case hex. */
  sha256: string;
  /** Regular files archived. */
  files: number;
  /** All entries (files, folders, links). */
  entries: number;
  /** Included paths that did not exist. */
  missing: string[];
  /** Files whose size changed while they were read (archived as far as their first size). */
  changed: string[];
  /** Links pointing outside the tree, archived as their content (skipped if dangling). */
  followed: string[];
}

/** Gathers tar bytes into big chunks so the compressor sees few, large writes. */
class Chunker {
  readonly #size: number;
  #buffer: Uint8Array;
  #pos = 0;

  constructor(size: number) {
    this.#size = size;
    this.#buffer = new Uint8Array(size);
  }

  /** The free tail of the current chunk, for reading file content straight into it. */
  get space(): Uint8Array {
    return this.#buffer.subarray(this.#pos);
  }

  advance(n: number): Uint8Array | undefined {
    this.#pos += n;
    return this.#pos === this.#buffer.length ? this.take() : undefined;
  }

  *add(bytes: Uint8Array): Generator<Uint8Array> {
    let offset = 0;
    while (offset < bytes.length) {
      const n = Math.min(bytes.length - offset, this.space.length);
      this.#buffer.set(bytes.subarray(offset, offset + n), this.#pos);
      offset += n;
      const full = this.advance(n);
      if (full) yield full;
    }
  }

  *zeros(n: number): Generator<Uint8Array> {
    while (n > 0) {
      const take = Math.min(n, this.space.length);
      this.space.fill(0, 0, take);
      n -= take;
      const full = this.advance(take);
      if (full) yield full;
    }
  }

  take(): Uint8Array {
    const chunk = this.#buffer.subarray(0, this.#pos);
    // A fresh buffer each time: the compressor keeps the chunk until it is done with it.
    this.#buffer = new Uint8Array(this.#size);
    this.#pos = 0;
    return chunk;
  }
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
  result: WriteArchiveResult,
): Promise<WalkItem | null> {
  const full = join(root, item.path);
  result.followed.push(item.path);
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

/** The tar stream of the included paths, in chunks of `size` bytes (the last shorter). */
async function* tarChunks(
  options: WriteArchiveOptions,
  result: WriteArchiveResult,
  size: number,
): AsyncGenerator<Uint8Array> {
  const chunker = new Chunker(size);
  // Included paths are followed if they are links (a world symlinked to
  // another disk is backed up by content); links below are recorded as links
  // unless they point outside (see the module doc).
  const stack: WalkItem[] = [];
  for (const path of [...options.paths].reverse()) {
    try {
      stack.push({ path, info: await Deno.stat(join(options.root, path)), chain: [] });
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
      result.missing.push(path);
    }
  }
  while (stack.length > 0) {
    options.signal?.throwIfAborted();
    const item = stack.pop()!;
    if (item.info.isDirectory) {
      yield* chunker.add(encodeHeader(entryOf(item, "directory")));
      stack.push(...(await children(options.root, item)).reverse());
    } else if (item.info.isSymlink) {
      const target = await Deno.readLink(join(options.root, item.path));
      if (!staysInside(item.path, target)) {
        const followed = await followLink(options.root, item, target, result);
        if (followed) stack.push(followed);
        continue;
      }
      yield* chunker.add(encodeHeader(entryOf(item, "symlink", 0, target)));
    } else if (item.info.isFile) {
      yield* fileChunks(chunker, options.root, item, result);
      result.files++;
    } else {
      logger.warn("Skipping {path}: not a file, folder or link", { path: item.path });
      continue;
    }
    result.entries++;
  }
  yield* chunker.add(END_OF_ARCHIVE);
  const last = chunker.take();
  if (last.length > 0) yield last;
}

/** One file's header, content and padding, read straight into the chunk buffer. */
async function* fileChunks(
  chunker: Chunker,
  root: string,
  item: WalkItem,
  result: WriteArchiveResult,
): AsyncGenerator<Uint8Array> {
  const size = item.info.size;
  yield* chunker.add(encodeHeader(entryOf(item, "file", size)));
  using file = await Deno.open(join(root, item.path), { read: true });
  let left = size;
  while (left > 0) {
    const space = chunker.space;
    const n = await file.read(space.subarray(0, Math.min(left, space.length)));
    if (n === null) {
      // The file shrank while we read it: the header promised `size` bytes.
      result.changed.push(item.path);
      yield* chunker.zeros(left);
      break;
    }
    left -= n;
    const full = chunker.advance(n);
    if (full) yield full;
  }
  if (left === 0 && (await file.read(new Uint8Array(1))) !== null) result.changed.push(item.path);
  yield* chunker.zeros(padded(size) - size);
}

/**
 * Streams a `.tar.zst` or `.tar.gz` of `paths` (relative to `root`) into
 * `output`, never holding more than a few chunks in memory. Links below the
 * included paths stay links unless they point outside the tree (then their
 * content is archived; see the module doc).
 *
 * @example Archive a world with zstd
 * ```ts ignore
 * using file = await Deno.open("world.tar.zst", { write: true, create: true });
 * const result = await writeArchive({ root: "server", paths: ["world"], output: file, format: "tar.zst" });
 * ```
 *
 * @param options What to archive, how, and where to write it.
 * @returns Sizes, counts and the sha256 of what was written.
 * @throws {DOMException} `AbortError` when `signal` aborts; file system errors as they come.
 */
export async function writeArchive(options: WriteArchiveOptions): Promise<WriteArchiveResult> {
  const result: WriteArchiveResult = {
    bytes: 0,
    sha256: "",
    files: 0,
    entries: 0,
    missing: [],
    changed: [],
    followed: [],
  };
  const hash = createHash("sha256");
  const emit = async (chunk: Uint8Array) => {
    hash.update(chunk);
    await writeAll(options.output, chunk);
    result.bytes += chunk.length;
  };
  if ((options.format ?? "tar.gz") === "tar.zst") {
    await compressZstd(tarChunks(options, result, ZSTD_PART_BYTES), options, emit);
  } else {
    const gzip = createGzip({ level: options.level ?? 6, chunkSize: 256 * 1024 });
    await pipeThroughZlib(gzip, tarChunks(options, result, CHUNK_BYTES), async (compressed) => {
      for await (const chunk of compressed) await emit(chunk);
    });
  }
  result.sha256 = hash.digest("hex");
  return result;
}

/**
 * Compresses parts on every worker at once, writing their frames in input
 * order: at most one part per worker is in flight, plus the one being read.
 */
async function compressZstd(
  parts: AsyncIterable<Uint8Array>,
  options: WriteArchiveOptions,
  emit: (frame: Uint8Array) => Promise<void>,
): Promise<void> {
  using pool = new ZstdPool({ workers: options.workers, level: options.level ?? 3 });
  const inFlight: Promise<Uint8Array>[] = [];
  for await (const part of parts) {
    options.signal?.throwIfAborted();
    const frame = pool.compress(part);
    // Handled here so that a failure is not reported as unhandled while an
    // earlier frame is awaited; it is thrown when its turn comes.
    frame.catch(() => {});
    inFlight.push(frame);
    while (inFlight.length > pool.size) await emit(await inFlight.shift()!);
  }
  while (inFlight.length > 0) {
    options.signal?.throwIfAborted();
    await emit(await inFlight.shift()!);
  }
}
