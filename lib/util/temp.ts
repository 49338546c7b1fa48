/**
 * The start-up sweep of temp files that a daemon killed mid-operation
 * (kill -9, power cut) leaves behind: only files whose names match our own
 * temp naming exactly (a dot-name or suffix plus the 8 hex digits of a random
 * id), only in our folders, so nothing of the owner's is ever touched.
 *
 * @module
 */
import { join } from "node:path";
import { getLogger } from "@logtape/logtape";

const log = getLogger(["atlas-runner", "daemon", "storage_sweep"]);

/** The random part of our temp names (`crypto.randomUUID().slice(0, 8)`). */
export const TEMP_ID = "[0-9a-f]{8}";

/**
 * Escapes text for use inside a regular expression.
 *
 * @param text Literal text.
 * @returns The pattern matching exactly that text.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The files `atomicWriteFile()` writes in the data directory, whose temps are ours. */
const DATA_FILES = ["installed.json", "restore-journal.json", "saving-off.json"];

/** Temp names of `atomicWriteFile()` for the data directory's files. */
export const DATA_TEMP_PATTERN: RegExp = new RegExp(
  `^\\.(?:${DATA_FILES.map(escapeRegExp).join("|")})\\.${TEMP_ID}\\.tmp$`,
);

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
