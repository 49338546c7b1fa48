/**
 * Our temp names, and the start-up sweep of the temp files that a daemon
 * killed mid-operation (kill -9, power cut) leaves behind: only files whose
 * names match our own temp naming exactly (a dot-name or suffix plus the 8
 * hex digits of {@linkcode tempId}), only in our folders, so nothing of the
 * owner's is ever touched.
 *
 * @module
 */
import { basename, dirname, join } from "node:path";
import { getLogger } from "@logtape/logtape";

const log = getLogger(["atlas-runner", "util", "temp"]);

/** The pattern of {@linkcode tempId}'s ids, for sweep patterns. */
export const TEMP_ID = "[0-9a-f]{8}";

/**
 * The random part of a temp name: 8 hex digits.
 *
 * @returns A new id, matching {@linkcode TEMP_ID}.
 */
export function tempId(): string {
  return crypto.randomUUID().slice(0, 8);
}

/**
 * A hidden temp file beside `path`: `<dir>/.<name>.<id>.<suffix>`, on the
 * same file system, so a rename onto `path` is atomic.
 *
 * @param path The file the temp stands in for.
 * @param suffix What kind of temp it is. @default "tmp"
 * @returns The temp's path.
 */
export function tempPath(path: string, suffix = "tmp"): string {
  return join(dirname(path), `.${basename(path)}.${tempId()}.${suffix}`);
}

/**
 * Escapes text for use inside a regular expression.
 *
 * @param text Literal text.
 * @returns The pattern matching exactly that text.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Removes the regular files of `dir` whose names match `pattern`.
 *
 * @param dir The folder (a missing one has nothing to sweep).
 * @param pattern What a temp name looks like (anchored).
 * @returns The names removed.
 */
export async function sweepTempFiles(dir: string, pattern: RegExp): Promise<string[]> {
  const removed: string[] = [];
  try {
    for await (const entry of Deno.readDir(dir)) {
      if (!entry.isFile || !pattern.test(entry.name)) continue;
      await Deno.remove(join(dir, entry.name)).catch((error) => {
        if (!(error instanceof Deno.errors.NotFound)) throw error;
      });
      removed.push(entry.name);
    }
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return removed;
    throw error;
  }
  if (removed.length) {
    log.warn("Removed temp files left by an interrupted operation in {dir}: {removed}", {
      dir,
      removed,
    });
  }
  return removed;
}
