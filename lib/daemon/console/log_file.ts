/**
 * The server's console lines on disk: `logs/console.log` in the data
 * directory, rotated by size (`console.log.1` is the newest old file), and
 * read back when the daemon restarts. Writes are coalesced and never block
 * the caller; a disk slower than the server drops lines (counted, noted in
 * the file) rather than growing memory.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { dirname } from "node:path";
import { writeAll } from "../../util/bytes.ts";
import { removeIfExists } from "../../util/fs.ts";
import { ownCopy } from "./output_lines.ts";

const log = getLogger(["atlas-runner", "daemon", "log_file"]);

/** Most bytes waiting to be written before new lines are dropped. */
const MAX_PENDING_BYTES = 8 * 1024 * 1024;
/** Most bytes read back per file when reloading. */
const MAX_RELOAD_BYTES = 16 * 1024 * 1024;
/** After a failed rotation, the file grows past its limit this long before the next try. */
const ROTATE_RETRY_MS = 10_000;

/** Options of {@linkcode LogFile.open}. */
export interface LogFileOptions {
  /** Rotate when the file would grow past this size. */
  maxBytes: number;
  /** How many rotated files to keep (`console.log.1` … `.N`); 0 = none. */
  files: number;
}

/** An append-only, size-rotated log file. */
export class LogFile {
  /** The current file's path. */
  readonly path: string;
  #options: LogFileOptions;
  #file: Deno.FsFile | null = null;
  #size = 0;
  #pending: string[] = [];
  #pendingBytes = 0;
  #dropped = 0;
  #flushing: Promise<void> | null = null;
  #failed = false;
  #closed = false;
  /** Lines lost to write errors, noted in the file once it can be written again. */
  #lost = 0;
  #rotateFailed = false;
  #rotateRetryAt = 0;
  #encoder = new TextEncoder();

  /**
   * Use {@linkcode LogFile.open}, which also opens the file.
   *
   * @param path The file.
   * @param options Rotation size and count.
   */
  constructor(path: string, options: LogFileOptions) {
    this.path = path;
    this.#options = options;
  }

  /**
   * Opens (creating) the log file for appending.
   *
   * @param path The file, e.g. `<data>/logs/console.log`.
   * @param options Rotation size and count.
   * @returns The open log file.
   */
  static async open(path: string, options: LogFileOptions): Promise<LogFile> {
    const file = new LogFile(path, options);
    await Deno.mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await file.#openCurrent();
    return file;
  }

  /**
   * Changes the rotation limits (applies from the next write).
   *
   * @param options The new limits.
   */
  setOptions(options: LogFileOptions): void {
    this.#options = options;
  }

  /**
   * Queues lines for writing. Returns at once; the write happens in the
   * background, in order.
   *
   * @param lines Lines without their newline.
   */
  write(lines: readonly string[]): void {
    if (this.#closed) return;
    for (const line of lines) {
      const text = line + "\n";
      if (this.#pendingBytes + text.length > MAX_PENDING_BYTES) {
        this.#dropped++;
        continue;
      }
      this.#pending.push(text);
      this.#pendingBytes += text.length;
    }
    this.#flushing ??= this.#flushLoop().finally(() => this.#flushing = null);
  }

  /** Waits until everything queued so far is on disk. */
  async flush(): Promise<void> {
    while (this.#flushing !== null) await this.#flushing;
  }

  /** Writes what is queued, then closes the file. */
  async close(): Promise<void> {
    await this.flush();
    this.#closed = true;
    this.#file?.close();
    this.#file = null;
  }

  async #flushLoop(): Promise<void> {
    while (this.#pending.length > 0 && !this.#closed) {
      let text = this.#pending.join("");
      const lines = this.#pending.length;
      this.#pending = [];
      this.#pendingBytes = 0;
      if (this.#dropped > 0) {
        text += `… ${this.#dropped} lines not written to this file (the disk was too slow)\n`;
        this.#dropped = 0;
      }
      if (this.#lost > 0) {
        text = `… ${this.#lost} lines not written to this file (a write error)\n` + text;
      }
      const bytes = this.#encoder.encode(text);
      try {
        await this.#rotateIfFull(bytes.length);
        // Reopened here after a failed rotation or write closed it: the file never stops for good.
        if (this.#file === null) await this.#openCurrent();
        await writeAll(this.#file!, bytes);
        this.#size += bytes.length;
        if (this.#failed) log.info("Writing the console log {path} again", { path: this.path });
        this.#failed = false;
        this.#lost = 0;
      } catch (error) {
        // Losing log lines on disk must not stop the server or the daemon;
        // say so once per failure streak, and try again with the next lines.
        if (!this.#failed) {
          log.error("Cannot write the console log {path}", { path: this.path, error });
        }
        this.#failed = true;
        this.#lost += lines;
        this.#file?.close();
        this.#file = null;
      }
    }
  }

  /**
   * Rotates when `adding` bytes would pass the limit. A failed rotation
   * (a full disk, a directory in the way) is logged and retried after
   * {@linkcode ROTATE_RETRY_MS}; meanwhile the current file grows.
   */
  async #rotateIfFull(adding: number): Promise<void> {
    if (this.#size === 0 || this.#size + adding <= this.#options.maxBytes) return;
    if (Date.now() < this.#rotateRetryAt) return;
    try {
      await this.#rotate();
      if (this.#rotateFailed) log.info("Rotated the console log {path} again", { path: this.path });
      this.#rotateFailed = false;
    } catch (error) {
      if (!this.#rotateFailed) {
        log.error("Cannot rotate the console log {path}; it grows past its limit meanwhile", {
          path: this.path,
          error,
        });
      }
      this.#rotateFailed = true;
      this.#rotateRetryAt = Date.now() + ROTATE_RETRY_MS;
    }
  }

  async #openCurrent(): Promise<void> {
    this.#file = await Deno.open(this.path, {
      append: true,
      create: true,
      mode: 0o600,
    });
    this.#size = (await this.#file.stat()).size;
  }

  async #rotate(): Promise<void> {
    this.#file?.close();
    this.#file = null;
    const keep = this.#options.files;
    if (keep === 0) {
      await removeIfExists(this.path);
    } else {
      await removeIfExists(`${this.path}.${keep}`);
      for (let i = keep - 1; i >= 1; i--) {
        await Deno.rename(`${this.path}.${i}`, `${this.path}.${i + 1}`).catch(ignoreNotFound);
      }
      await Deno.rename(this.path, `${this.path}.1`).catch(ignoreNotFound);
    }
    await this.#openCurrent();
  }
}

function ignoreNotFound(error: unknown): void {
  if (!(error instanceof Deno.errors.NotFound)) throw error;
}

/**
 * Reads the last `count` lines of a rotated log (the current file, then
 * `.1`, `.2`, … as needed), oldest first.
 *
 * @param path The current file's path.
 * @param count How many lines at most.
 * @returns The lines, without newlines.
 */
export async function readLogTail(path: string, count: number): Promise<string[]> {
  const chunks: string[][] = [];
  let have = 0;
  for (let i = 0; have < count; i++) {
    const lines = await readFileLines(i === 0 ? path : `${path}.${i}`);
    if (lines === null) break;
    // Copies: the pieces of a split keep the whole file's text alive (see ownCopy).
    const take = lines.slice(Math.max(0, lines.length - (count - have))).map(ownCopy);
    chunks.unshift(take);
    have += take.length;
  }
  return chunks.flat();
}

async function readFileLines(path: string): Promise<string[] | null> {
  let file: Deno.FsFile;
  try {
    file = await Deno.open(path, { read: true });
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null;
    throw error;
  }
  using _ = file;
  const size = (await file.stat()).size;
  const start = Math.max(0, size - MAX_RELOAD_BYTES);
  await file.seek(start, Deno.SeekMode.Start);
  const bytes = new Uint8Array(size - start);
  let read = 0;
  while (read < bytes.length) {
    const n = await file.read(bytes.subarray(read));
    if (n === null) break;
    read += n;
  }
  const lines = new TextDecoder().decode(bytes.subarray(0, read)).split("\n");
  if (lines.at(-1) === "") lines.pop();
  if (start > 0) lines.shift(); // a partial first line
  return lines;
}
