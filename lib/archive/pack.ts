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
 * uses every core: the tar stream is cut into parts of at most
 * {@linkcode ZSTD_PART_BYTES} (where files end, when possible) that worker
 * threads read and compress at once into separate frames; the main thread
 * only plans the parts, hashes the frames and writes them in order (see
 * `zstd_pool.ts`).
 *
 * @module
 */
import { createHash } from "node:crypto";
import { createGzip } from "node:zlib";
import { writeAll } from "../util/bytes.ts";
import { padded } from "./header.ts";
import { pipeThroughZlib } from "./zlib_pipe.ts";
import { type PackedPart, ZstdPool } from "./zstd_pool.ts";
import { type TarPiece, tarPieces } from "./_tar_walk.ts";
import { planParts } from "./_tar_parts.ts";

export { extractArchive, type ExtractArchiveOptions, type ExtractResult } from "./extract.ts";

/** How many bytes of tar stream are gathered before they go to gzip. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * The most bytes of tar stream one zstd frame holds. Parts are cut where
 * files end, at the first file boundary past {@linkcode ZSTD_PART_TARGET}
 * bytes (a frame starts with an empty window, so a cut inside a file costs
 * ratio; between files, almost nothing); only a file that does not fit is
 * cut, here. This also bounds memory: see `compressZstd`.
 */
export const ZSTD_PART_BYTES = 16 * 1024 * 1024;

/** The size past which a zstd part ends at the next file boundary. */
export const ZSTD_PART_TARGET = 8 * 1024 * 1024;

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

/** The tar stream of the pieces, in chunks of `size` bytes (the last shorter), files read here. */
async function* tarChunks(
  pieces: AsyncIterable<TarPiece>,
  result: WriteArchiveResult,
  size: number,
): AsyncGenerator<Uint8Array> {
  const chunker = new Chunker(size);
  for await (const piece of pieces) {
    if (piece.kind === "bytes") yield* chunker.add(piece.bytes);
    else yield* fileChunks(chunker, piece, result);
  }
  const last = chunker.take();
  if (last.length > 0) yield last;
}

/** One file's content and padding, read straight into the chunk buffer. */
async function* fileChunks(
  chunker: Chunker,
  piece: Extract<TarPiece, { kind: "file" }>,
  result: WriteArchiveResult,
): AsyncGenerator<Uint8Array> {
  const size = piece.size;
  yield* chunker.add(piece.header);
  using file = await Deno.open(piece.source, { read: true });
  let left = size;
  while (left > 0) {
    const space = chunker.space;
    const n = await file.read(space.subarray(0, Math.min(left, space.length)));
    if (n === null) {
      // The file shrank while we read it: the header promised `size` bytes.
      result.changed.push(piece.entry);
      yield* chunker.zeros(left);
      break;
    }
    left -= n;
    const full = chunker.advance(n);
    if (full) yield full;
  }
  if (left === 0 && (await file.read(new Uint8Array(1))) !== null) result.changed.push(piece.entry);
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
  const digest = (chunk: Uint8Array) => {
    hash.update(chunk);
    result.bytes += chunk.length;
  };
  const write = (chunk: Uint8Array) => writeAll(options.output, chunk);
  const pieces = tarPieces(options, result);
  if ((options.format ?? "tar.gz") === "tar.zst") {
    await compressZstd(pieces, options, result, { digest, write });
  } else {
    const gzip = createGzip({ level: options.level ?? 6, chunkSize: 256 * 1024 });
    await pipeThroughZlib(gzip, tarChunks(pieces, result, CHUNK_BYTES), async (compressed) => {
      for await (const chunk of compressed) {
        digest(chunk);
        await write(chunk);
      }
    });
  }
  result.sha256 = hash.digest("hex");
  return result;
}

/**
 * Has the workers read and compress the parts, all at once, and writes
 * their frames in input order. The main thread only plans the parts (no
 * file content passes through it), hashes the frames and writes them; a
 * frame is hashed while the one before it is being written. At most
 * {@linkcode zstdPartsInFlight} parts are handed out and not yet hashed,
 * and one more is being written, so memory is bounded by (2 × workers + 2)
 * × {@linkcode ZSTD_PART_BYTES}: a part buffer per worker and a frame
 * buffer per part in flight (about 100 MiB with 2 workers), all allocated
 * once and reused from part to part.
 */
async function compressZstd(
  pieces: AsyncIterable<TarPiece>,
  options: WriteArchiveOptions,
  result: WriteArchiveResult,
  sink: { digest(frame: Uint8Array): void; write(frame: Uint8Array): Promise<void> },
): Promise<void> {
  using pool = new ZstdPool({
    workers: options.workers,
    level: options.level,
    partBytes: ZSTD_PART_BYTES,
  });
  const inFlight: Promise<PackedPart>[] = [];
  const limit = zstdPartsInFlight(pool.size);
  /** The frame being written (at most one at a time: frames go out in order). */
  let writing: Promise<void> = Promise.resolve();
  const next = async () => {
    const { frame, changed, release } = await inFlight.shift()!;
    for (const path of changed) if (!result.changed.includes(path)) result.changed.push(path);
    sink.digest(frame);
    await writing;
    writing = sink.write(frame).finally(release);
    // Handled here so that a failure is not reported as unhandled while the
    // next frame is awaited; it is thrown at the next `await writing`.
    writing.catch(() => {});
  };
  try {
    for await (
      const part of planParts(pieces, { target: ZSTD_PART_TARGET, max: ZSTD_PART_BYTES })
    ) {
      options.signal?.throwIfAborted();
      const packed = pool.pack(part);
      // Handled here so that a failure is not reported as unhandled while an
      // earlier frame is awaited; it is thrown when its turn comes.
      packed.catch(() => {});
      inFlight.push(packed);
      while (inFlight.length >= limit) await next();
    }
    while (inFlight.length > 0) {
      options.signal?.throwIfAborted();
      await next();
    }
  } catch (error) {
    // Nothing is left writing into the output when the caller sees the error.
    await writing.catch(() => {});
    throw error;
  }
  await writing;
}

/**
 * How many zstd parts may be in flight (handed to the pool, not yet
 * written): one per worker, plus one queued so that a worker finds its next
 * part ready while the main thread writes.
 *
 * @param workers The pool's size.
 * @returns The bound.
 */
export function zstdPartsInFlight(workers: number): number {
  return workers + 1;
}
