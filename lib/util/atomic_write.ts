/**
 * Crash-safe file replacement: write a temp file beside the target, fsync
 * it, rename it over the target, then fsync the directory, so that after a
 * crash at any instant the target holds either the old or the new content,
 * never a mix or nothing.
 *
 * @module
 */
import { dirname } from "node:path";
import { writeAll } from "./bytes.ts";
import { tempPath } from "./temp.ts";

/** Options of {@linkcode atomicWriteFile}. */
export interface AtomicWriteOptions {
  /** File mode of the new file. @default 0o644 */
  mode?: number;
}

/**
 * Atomically replaces `path` with `data`.
 *
 * @param path The file to write.
 * @param data The new content (text is written as UTF-8).
 * @param options The file mode.
 */
export async function atomicWriteFile(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  const dir = dirname(path);
  const tmp = tempPath(path);
  try {
    using file = await Deno.open(tmp, {
      write: true,
      createNew: true,
      mode: options.mode ?? 0o644,
    });
    await writeAll(file, bytes);
    await file.sync();
  } catch (error) {
    await Deno.remove(tmp).catch(() => {});
    throw error;
  }
  try {
    await Deno.rename(tmp, path);
  } catch (error) {
    await Deno.remove(tmp).catch(() => {});
    throw error;
  }
  await fsyncDir(dir);
}

/**
 * Flushes a directory's entries (a rename or a new file) to disk.
 *
 * @param dir The directory.
 */
export async function fsyncDir(dir: string): Promise<void> {
  using handle = await Deno.open(dir, { read: true });
  try {
    await handle.sync();
  } catch (error) {
    // Some filesystems refuse fsync on a directory (EINVAL); the rename is
    // still atomic there, only its durability is the filesystem's business.
    if (!(error instanceof Deno.errors.InvalidData) && !(error instanceof TypeError)) {
      const code = (error as { code?: string }).code;
      if (code !== "EINVAL" && code !== "EBADF") throw error;
    }
  }
}
