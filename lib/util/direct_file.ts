/**
 * Writing a big new file that must end up on disk, without going through
 * the page cache where the file system allows it (`O_DIRECT`):
 * {@linkcode createDurableFile}.
 *
 * Why: a backup writes hundreds of MiB that nobody reads soon. Through the
 * page cache, each of its pages is first allocated and copied into (on the
 * benchmark VM that cost 0.15–2.4 s for 800 MiB, depending on how recently
 * the memory had been used: more than compressing), then written out by an
 * `fsync`, and it pushes the game server's own files out of the cache.
 * Written directly, the bytes go from our buffer to the disk (0.4 s for 800
 * MiB there, with almost no CPU), and the final `fsync` has nothing left to
 * flush but the file's size. File systems without `O_DIRECT` (tmpfs, some
 * network and FUSE ones) get the buffered path, flushed behind the writes
 * ({@linkcode FlushBehindWriter}).
 *
 * @module
 */
import * as fs from "node:fs";
import { FlushBehindWriter } from "./flush_behind.ts";

/** A new file being written; {@linkcode DurableFile.sync} makes all of it durable. */
export interface DurableFile extends Disposable {
  /** Whether it bypasses the page cache (`O_DIRECT`). */
  readonly direct: boolean;
  /** Writes some bytes, returning how many were written (all of them). */
  write(bytes: Uint8Array): Promise<number>;
  /** Writes out what is buffered and makes the whole file durable (data and size). */
  sync(): Promise<void>;
  /** Closes the file (without syncing: an unsynced file is to be discarded). */
  close(): void;
}

/** Options of {@linkcode createDurableFile}. */
export interface DurableFileOptions {
  /** Permission bits of the new file. @default 0o600 */
  mode?: number;
  /** Try `O_DIRECT` (else the page cache is always used). @default true */
  direct?: boolean;
}

/** File offsets and lengths of direct writes are multiples of this (any disk's sector fits). */
const BLOCK = 4096;

/** The size of each of the two buffers a direct file writes from. */
const BUFFER_BYTES = 4 * 1024 * 1024;

/**
 * Creates a new file (it must not exist) for writing, directly to disk where
 * the file system supports it, else through the page cache with flushes
 * behind the writes. Either way, the bytes are durable once
 * {@linkcode DurableFile.sync} has returned.
 *
 * @example Write a file, durable at the end
 * ```ts
 * import { createDurableFile } from "./direct_file.ts";
 *
 * const path = (await Deno.makeTempDir()) + "/out.bin";
 * {
 *   using file = await createDurableFile(path);
 *   await file.write(new TextEncoder().encode("hello"));
 *   await file.sync();
 * }
 * console.assert(await Deno.readTextFile(path) === "hello");
 * ```
 *
 * @param path The new file.
 * @param options Its mode, and whether to try `O_DIRECT`.
 * @returns The open file.
 * @throws {Deno.errors.AlreadyExists} When the file exists; other file system errors as they come.
 */
export async function createDurableFile(
  path: string,
  options: DurableFileOptions = {},
): Promise<DurableFile> {
  const mode = options.mode ?? 0o600;
  if (options.direct !== false && Deno.build.os === "linux") {
    const direct = DirectFile.create(path, mode);
    if (direct) return direct;
  }
  const file = await Deno.open(path, { write: true, createNew: true, mode });
  return new BufferedFile(file);
}

/** The page-cache path: a `Deno.FsFile` flushed behind the writes. */
class BufferedFile implements DurableFile {
  readonly direct = false;
  readonly #file: Deno.FsFile;
  readonly #writer: FlushBehindWriter;
  #closed = false;

  constructor(file: Deno.FsFile) {
    this.#file = file;
    this.#writer = new FlushBehindWriter(file);
  }

  write(bytes: Uint8Array): Promise<number> {
    return this.#writer.write(bytes);
  }

  sync(): Promise<void> {
    return this.#writer.sync();
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#file.close();
  }

  [Symbol.dispose](): void {
    this.close();
  }
}

/**
 * The `O_DIRECT` path. Direct writes need the memory address, the file
 * offset and the length aligned to the disk's sector; the bytes given are
 * copied into one of two aligned buffers, and a full buffer is written (off
 * the main thread) while the other fills. The last, partial block is
 * written padded with zeros, and the file is then cut to its true length.
 */
class DirectFile implements DurableFile {
  readonly direct = true;
  readonly #fd: number;
  /** The two buffers, aligned views. */
  readonly #buffers: Uint8Array[];
  /** Which buffer is filling, and how far. */
  #current = 0;
  #filled = 0;
  /** File offset where the filling buffer goes. */
  #offset = 0;
  /** The buffer being written, if any. */
  #writing: Promise<void> | null = null;
  #failure: { error: unknown } | null = null;
  #closed = false;

  private constructor(fd: number, buffers: Uint8Array[]) {
    this.#fd = fd;
    this.#buffers = buffers;
  }

  /** The file opened with `O_DIRECT`, or `null` where that is not supported. */
  static create(path: string, mode: number): DirectFile | null {
    const { O_WRONLY, O_CREAT, O_EXCL, O_DIRECT } = fs.constants as Record<string, number>;
    if (!O_DIRECT) return null;
    let fd: number;
    try {
      fd = fs.openSync(path, O_WRONLY | O_CREAT | O_EXCL | O_DIRECT, mode);
    } catch (error) {
      if ((error as { code?: string }).code === "EINVAL") return null; // no O_DIRECT here
      throw fileError(error, path);
    }
    try {
      const first = alignedBuffer(fd);
      const second = first && alignedBuffer(fd);
      if (first && second) return new DirectFile(fd, [first, second]);
    } catch {
      // Direct writes refused for another reason: the page cache it is.
    }
    fs.closeSync(fd);
    fs.rmSync(path, { force: true });
    return null;
  }

  async write(bytes: Uint8Array): Promise<number> {
    this.#throwIfFailed();
    let done = 0;
    while (done < bytes.length) {
      const buffer = this.#buffers[this.#current];
      const n = Math.min(bytes.length - done, buffer.length - this.#filled);
      buffer.set(bytes.subarray(done, done + n), this.#filled);
      this.#filled += n;
      done += n;
      if (this.#filled === buffer.length) await this.#flip(buffer.length);
    }
    return bytes.length;
  }

  async sync(): Promise<void> {
    const length = this.#offset + this.#filled;
    const tail = this.#filled;
    if (tail > 0) {
      const blocks = Math.ceil(tail / BLOCK) * BLOCK;
      this.#buffers[this.#current].fill(0, tail, blocks);
      await this.#flip(blocks);
    }
    await this.#writing;
    this.#throwIfFailed();
    await callback<void>((done) => fs.ftruncate(this.#fd, length, done));
    await callback<void>((done) => fs.fsync(this.#fd, done));
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    fs.closeSync(this.#fd);
  }

  [Symbol.dispose](): void {
    this.close();
  }

  /** Waits for the buffer in flight, then starts writing the first `length` bytes of this one. */
  async #flip(length: number): Promise<void> {
    await this.#writing;
    this.#throwIfFailed();
    const buffer = this.#buffers[this.#current];
    const offset = this.#offset;
    this.#writing = writeFully(this.#fd, buffer.subarray(0, length), offset)
      .catch((error) => {
        this.#failure ??= { error };
      })
      .finally(() => this.#writing = null);
    this.#offset += length;
    this.#current = 1 - this.#current;
    this.#filled = 0;
  }

  #throwIfFailed(): void {
    if (this.#failure) throw this.#failure.error;
  }
}

/**
 * A {@linkcode BUFFER_BYTES} view whose address suits direct writes on
 * `fd`, or `null` if none is found. JavaScript cannot see addresses, so
 * the start is found by trying: a one-block direct write at offset 0
 * (overwritten later) from successive 16-byte steps into a slightly larger
 * buffer; the disk refuses misaligned ones with `EINVAL`.
 */
function alignedBuffer(fd: number): Uint8Array | null {
  const raw = new Uint8Array(BUFFER_BYTES + BLOCK);
  for (let start = 0; start < BLOCK; start += 16) {
    try {
      fs.writeSync(fd, raw, start, BLOCK, 0);
      return raw.subarray(start, start + BUFFER_BYTES);
    } catch (error) {
      if ((error as { code?: string }).code !== "EINVAL") throw error;
    }
  }
  return null;
}

/** Writes all of `bytes` at `offset` (direct writes are all or nothing, but a short one is continued). */
async function writeFully(fd: number, bytes: Uint8Array, offset: number): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const n = await callback<number>((cb) =>
      fs.write(fd, bytes, done, bytes.length - done, offset + done, cb)
    );
    if (n === 0) throw new Error("the disk accepted no bytes");
    done += n;
  }
}

/** A Node-style callback call as a promise, its error in words (see {@linkcode fileError}). */
function callback<T>(
  call: (done: (error: NodeJS.ErrnoException | null, value: T) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    call((error, value) => error ? reject(fileError(error)) : resolve(value))
  );
}

/**
 * A `node:fs` error as the rest of the program sees file errors: its
 * message without the `ENOSPC:`-style prefix and the call's name (the code
 * stays in `code`), so that "no space left on device" reads as words.
 */
function fileError(error: unknown, path?: string): Error {
  const e = error as NodeJS.ErrnoException;
  if (typeof e?.code !== "string") return error as Error;
  if (e.code === "EEXIST") return new Deno.errors.AlreadyExists(`File exists: ${path ?? ""}`);
  const words = e.message.replace(/^[A-Z]+: /, "").replace(/, \w+( '.*')?$/, "");
  const clean = new Error(words.charAt(0).toUpperCase() + words.slice(1), { cause: error });
  return Object.assign(clean, { code: e.code });
}
