/**
 * Safe, streaming extraction of `.tar.zst` and `.tar.gz` archives (told
 * apart by their first bytes). Every entry is checked
 * before anything is written: no absolute paths, no `..`, no device files,
 * no links pointing outside the destination, and nothing is ever written
 * through a link (an entry whose parent is a link is refused).
 *
 * Everything extracted is durable when extraction returns: each file is
 * fsynced before it is closed and each folder once its entries are final, so
 * a restore can swap the result in and delete the old world without a power
 * cut leaving empty or missing files behind.
 *
 * @module
 */
import { join } from "node:path";
import { createGunzip } from "node:zlib";
import { fsyncDir } from "../util/atomic_write.ts";
import { writeAll } from "../util/bytes.ts";
import { TarParser } from "./parser.ts";
import { ArchiveError, checkLinkTarget, safeEntryPath, type TarEntry } from "./header.ts";
import { pipeThroughZlib } from "./zlib_pipe.ts";
import { ZstdFrameSplitter } from "./_zstd_frames.ts";
import { ZstdPool } from "./zstd_pool.ts";

/**
 * The largest zstd frame extraction accepts, compressed and decompressed:
 * ours are `ZSTD_PART_BYTES` (16 MiB; 8 MiB before) of tar at most. A frame is held whole
 * while a worker decompresses it, so this bounds memory; a `tar --zstd`
 * archive of a big world (one frame for everything) is refused with a clear
 * error rather than read into memory.
 */
export const MAX_ZSTD_FRAME_BYTES = 64 * 1024 * 1024;

/** Options of {@linkcode extractArchive}. */
export interface ExtractArchiveOptions {
  /** Aborts the extraction (the destination is then partial: the caller discards it). */
  signal?: AbortSignal;
}

/** What {@linkcode extractArchive} wrote. */
export interface ExtractResult {
  /** Regular files (and hard links) written. */
  files: number;
  /** All entries. */
  entries: number;
  /** Uncompressed bytes of file content. */
  bytes: number;
}

/** Writes parsed entries below `dest`, enforcing the safety rules. */
class Extractor {
  readonly result: ExtractResult = { files: 0, entries: 0, bytes: 0 };
  #dest: string;
  #file?: Deno.FsFile;
  #fileEntry?: TarEntry;
  #realDirs = new Set<string>([""]);
  #links = new Set<string>();
  #files = new Set<string>();
  #dirs: TarEntry[] = [];

  constructor(dest: string) {
    this.#dest = dest;
  }

  async entry(raw: TarEntry): Promise<void> {
    await this.closeFile();
    const path = safeEntryPath(raw.path);
    if (path === "") return;
    const entry = { ...raw, path };
    await this.#ensureParents(path);
    this.result.entries++;
    const target = join(this.#dest, path);
    if (entry.type === "directory") {
      await this.#ensureDir(path);
      this.#dirs.push(entry);
    } else if (entry.type === "symlink") {
      checkLinkTarget(path, entry.linkTarget ?? "");
      await this.#refuseExisting(path);
      await Deno.symlink(entry.linkTarget!, target);
      this.#links.add(path);
    } else if (entry.type === "hardlink") {
      const source = safeEntryPath(entry.linkTarget ?? "");
      if (!this.#files.has(source)) {
        throw new ArchiveError(
          `Archive hard link "${path}" points to no earlier file: "${source}"`,
        );
      }
      await this.#refuseExisting(path);
      await Deno.link(join(this.#dest, source), target);
      this.result.files++;
    } else {
      await this.#openFile(entry, target);
    }
  }

  async data(bytes: Uint8Array): Promise<void> {
    await writeAll(this.#file!, bytes);
    this.result.bytes += bytes.length;
  }

  /** Finishes the open file: times, mode, then its content to disk, then closed. */
  async closeFile(): Promise<void> {
    const file = this.#file;
    const entry = this.#fileEntry;
    if (!file || !entry) return;
    this.#file = undefined;
    this.#fileEntry = undefined;
    try {
      await file.utime(entry.mtime, entry.mtime);
      await Deno.chmod(join(this.#dest, entry.path), entry.mode & 0o777);
      await file.syncData();
    } finally {
      file.close();
    }
  }

  /** Closes the open file without finishing it (the extraction failed; it is discarded). */
  abandon(): void {
    this.#file?.close();
    this.#file = undefined;
    this.#fileEntry = undefined;
  }

  /**
   * Applies folder modes and times last (children changed their mtimes),
   * deepest first, then fsyncs every folder so its entries are on disk.
   */
  async finish(): Promise<void> {
    await this.closeFile();
    for (const dir of this.#dirs.reverse()) {
      const path = join(this.#dest, dir.path);
      await Deno.chmod(path, (dir.mode & 0o777) | 0o700);
      await Deno.utime(path, dir.mtime, dir.mtime);
    }
    for (const dir of this.#realDirs) await fsyncDir(join(this.#dest, dir));
  }

  async #openFile(entry: TarEntry, target: string): Promise<void> {
    await this.#refuseExisting(entry.path, true);
    this.#file = await Deno.open(target, { write: true, createNew: true, mode: 0o600 });
    this.#fileEntry = entry;
    this.#files.add(entry.path);
    this.result.files++;
  }

  /** Refuses to replace anything but a regular file written earlier by this archive. */
  async #refuseExisting(path: string, allowFile = false): Promise<void> {
    const info = await Deno.lstat(join(this.#dest, path)).catch((error) => {
      if (error instanceof Deno.errors.NotFound) return undefined;
      throw error;
    });
    if (!info) return;
    if (allowFile && info.isFile && this.#files.has(path)) {
      // Tar allows a later entry to replace an earlier one of the same name.
      await Deno.remove(join(this.#dest, path));
      return;
    }
    throw new ArchiveError(`Archive entry "${path}" would replace an existing entry`);
  }

  async #ensureParents(path: string): Promise<void> {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) await this.#ensureDir(parts.slice(0, i).join("/"));
  }

  async #ensureDir(path: string): Promise<void> {
    if (this.#realDirs.has(path)) return;
    if (this.#links.has(path)) {
      throw new ArchiveError(`Archive entry goes through the link "${path}"; refusing it`);
    }
    const full = join(this.#dest, path);
    try {
      await Deno.mkdir(full, { mode: 0o700 });
    } catch (error) {
      if (!(error instanceof Deno.errors.AlreadyExists)) throw error;
      const info = await Deno.lstat(full);
      if (!info.isDirectory) {
        throw new ArchiveError(`Archive folder "${path}" would replace an existing entry`);
      }
    }
    this.#realDirs.add(path);
  }
}

/** The first bytes of a gzip member and of a zstd frame. */
const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/**
 * Reads the first bytes of `input` to tell its compression, and returns it
 * with the whole input (those bytes included).
 */
async function detect(
  input: AsyncIterable<Uint8Array>,
): Promise<{ zstd: boolean; input: AsyncIterable<Uint8Array> }> {
  const iterator = input[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let seen = 0;
  let done = false;
  while (seen < ZSTD_MAGIC.length) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    seen += next.value.length;
  }
  const first = new Uint8Array(seen);
  head.reduce((offset, chunk) => (first.set(chunk, offset), offset + chunk.length), 0);
  const zstd = startsWith(first, ZSTD_MAGIC);
  if (!zstd && !startsWith(first, GZIP_MAGIC)) {
    await iterator.return?.();
    throw new ArchiveError("Archive is neither zstd nor gzip compressed (unknown first bytes)");
  }
  async function* all(): AsyncGenerator<Uint8Array> {
    yield first;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { zstd, input: all() };
}

/**
 * The tar stream inside a zstd stream: frame by frame, each decompressed
 * whole on a worker, several at once, yielded in order. (Deno's streaming
 * zstd decompressor was seen to end valid multi-frame input with a spurious
 * `AbortError`, and to throw errors outside the stream; whole frames on
 * workers avoid both and use every core.)
 */
async function* zstdTar(input: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  using pool = new ZstdPool();
  const splitter = new ZstdFrameSplitter(MAX_ZSTD_FRAME_BYTES);
  const inFlight: Promise<Uint8Array>[] = [];
  const decompress = (bytes: Uint8Array, contentSize?: number) => {
    if (contentSize !== undefined && contentSize > MAX_ZSTD_FRAME_BYTES) {
      throw new ArchiveError(
        `Archive has a zstd frame of ${contentSize} bytes; frames over ${MAX_ZSTD_FRAME_BYTES} bytes cannot be read in bounded memory`,
      );
    }
    const content = pool.decompress(bytes, MAX_ZSTD_FRAME_BYTES).catch((error: Error) => {
      throw new ArchiveError(`Archive is not valid zstd: ${error.message}`);
    });
    content.catch(() => {}); // thrown when its turn comes, not reported as unhandled meanwhile
    inFlight.push(content);
  };
  for await (const chunk of input) {
    for (const frame of splitter.push(chunk)) {
      if (!frame.skippable) decompress(frame.bytes, frame.contentSize);
    }
    while (inFlight.length > pool.size) yield await inFlight.shift()!;
  }
  splitter.finish();
  while (inFlight.length > 0) yield await inFlight.shift()!;
}

/**
 * Extracts a `.tar.zst` or `.tar.gz` stream into `dest` (which should be a new, empty
 * folder: on failure it holds a partial result the caller removes).
 *
 * @param input The compressed archive, e.g. `file.readable`.
 * @param dest The destination folder; created if missing.
 * @param options An abort signal.
 * @returns Counts of what was extracted.
 * @throws {ArchiveError} For a corrupted, truncated or hostile archive.
 */
export async function extractArchive(
  input: AsyncIterable<Uint8Array>,
  dest: string,
  options: ExtractArchiveOptions = {},
): Promise<ExtractResult> {
  await Deno.mkdir(dest, { recursive: true, mode: 0o700 });
  const extractor = new Extractor(dest);
  const parser = new TarParser();
  let failure: unknown;
  const consume = async (tar: AsyncIterable<Uint8Array>, failed: () => boolean) => {
    for await (const chunk of tar) {
      options.signal?.throwIfAborted();
      for (const event of parser.push(chunk)) {
        if (event.kind === "entry") await extractor.entry(event.entry);
        else if (event.kind === "data") await extractor.data(event.bytes);
      }
    }
    // Judge the tar complete only if nothing failed: that failure is the one to report.
    if (!failed()) parser.finish();
  };
  try {
    const compressed = await detect(input);
    if (compressed.zstd) await consume(zstdTar(compressed.input), () => false);
    else {
      await pipeThroughZlib(createGunzip({ chunkSize: 256 * 1024 }), compressed.input, consume);
    }
  } catch (error) {
    failure = error;
  }
  if (failure) {
    extractor.abandon();
    throw toArchiveError(failure);
  }
  try {
    await extractor.finish();
  } finally {
    extractor.abandon();
  }
  return extractor.result;
}

function toArchiveError(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (typeof code === "string" && code.startsWith("Z_")) {
    return new ArchiveError(`Archive is not valid gzip: ${(error as Error).message}`);
  }
  return error;
}
