/**
 * Writing a big file that must end up durable without a long `fsync` at the
 * end: {@linkcode FlushBehindWriter} starts a `fdatasync` in the background
 * every so many bytes while the writes go on, so the data reaches the disk
 * while the writer is still producing it, and the final
 * {@linkcode FlushBehindWriter.sync} has little left to flush.
 *
 * @module
 */
import { writeAll } from "./bytes.ts";

/** The file operations {@linkcode FlushBehindWriter} uses (a `Deno.FsFile` fits). */
export interface FlushableFile {
  /** Writes some bytes, returning how many were written. */
  write(bytes: Uint8Array): Promise<number>;
  /** Flushes the file's data (not its metadata) to disk. */
  syncData(): Promise<void>;
  /** Flushes the file's data and metadata to disk. */
  sync(): Promise<void>;
}

/** Options of {@linkcode FlushBehindWriter}. */
export interface FlushBehindOptions {
  /** Bytes written between two background flushes. @default 64 MiB */
  everyBytes?: number;
}

/**
 * A writer that flushes behind itself: after every `everyBytes` written it
 * starts a data flush without waiting for it (one at a time), so disk
 * writes overlap with whatever produces the bytes. Call
 * {@linkcode FlushBehindWriter.sync} at the end: it waits for the flush in
 * flight, reports its failure if any, and makes everything durable.
 *
 * @example Write a file in pieces, durable at the end
 * ```ts
 * import { FlushBehindWriter } from "./flush_behind.ts";
 *
 * const path = await Deno.makeTempFile();
 * {
 *   using file = await Deno.open(path, { write: true });
 *   const writer = new FlushBehindWriter(file, { everyBytes: 4 });
 *   for (const word of ["one ", "two ", "three"]) await writer.write(new TextEncoder().encode(word));
 *   await writer.sync();
 * }
 * console.assert(await Deno.readTextFile(path) === "one two three");
 * await Deno.remove(path);
 * ```
 */
export class FlushBehindWriter {
  readonly #file: FlushableFile;
  readonly #every: number;
  #unflushed = 0;
  #flushing: Promise<void> | null = null;
  #failure: { error: unknown } | null = null;

  /**
   * @param file The open file.
   * @param options How often to flush.
   */
  constructor(file: FlushableFile, options: FlushBehindOptions = {}) {
    this.#file = file;
    this.#every = options.everyBytes ?? 64 * 1024 * 1024;
  }

  /**
   * Writes all of `bytes`, starting a background flush when enough was
   * written since the last one.
   *
   * @param bytes The bytes.
   * @returns `bytes.length`.
   * @throws The error of an earlier background flush, or of this write.
   */
  async write(bytes: Uint8Array): Promise<number> {
    this.#throwIfFailed();
    await writeAll(this.#file, bytes);
    this.#unflushed += bytes.length;
    if (this.#unflushed >= this.#every && this.#flushing === null) {
      this.#unflushed = 0;
      this.#flushing = this.#file.syncData().catch((error) => {
        this.#failure ??= { error };
      }).finally(() => this.#flushing = null);
    }
    return bytes.length;
  }

  /**
   * Waits for the background flush, then flushes everything (data and
   * metadata).
   *
   * @throws The error of a background flush, or of this one.
   */
  async sync(): Promise<void> {
    await this.#flushing;
    this.#throwIfFailed();
    await this.#file.sync();
  }

  #throwIfFailed(): void {
    if (this.#failure) throw this.#failure.error;
  }
}
