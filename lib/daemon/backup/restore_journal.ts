/**
 * The crash-safe folder swap behind a restore. The restored files wait,
 * fully extracted, in a staging folder inside the server folder; the swap
 * moves each current item into an "old" folder and the staged one into
 * place, by rename only. Items are the backup's included paths, which may be
 * nested (`plugins/LuckPerms`): only they move, so their siblings
 * (`plugins/OtherPlugin`) are never touched; missing parent folders are
 * created first (and removed again by a roll back). A journal in the data
 * directory, written before the first rename and updated after the last
 * (once every changed folder is fsynced), lets {@linkcode recoverSwap}
 * finish the job after a crash at any instant: before the commit point it
 * rolls back (the world is exactly as before), after it it only cleans up
 * (the world is fully restored).
 *
 * @module
 */
import { dirname, join } from "node:path";
import { getLogger } from "@logtape/logtape";
import { atomicWriteFile, fsyncDir } from "../../util/atomic_write.ts";
import { pathExists, removeIfExists } from "../../util/fs.ts";

const log = getLogger(["atlas-runner", "daemon", "restore_journal"]);

/** The journal's file name in the data directory. */
export const RESTORE_JOURNAL = "restore-journal.json";
/** Prefix of staging and old folders in the server folder (swept after a crash). */
export const RESTORE_DIR_PREFIX = ".atlas-restore-";

/** One item swapped. */
export interface SwapItem {
  /** Its path relative to the server folder, `/`-separated (`world`, `plugins/LuckPerms`). */
  name: string;
  /** Whether it existed before the swap (if not, rolling back removes it). */
  existed: boolean;
  /** Whether the backup has it (if not, the current one is only moved away). */
  staged: boolean;
}

/** The journal's content. */
export interface SwapJournal {
  /** Journal format version. */
  format: 1;
  /** The backup being restored. */
  backupId: string;
  /** The server folder. */
  serverDirectory: string;
  /** The staging folder's name in the server folder. */
  staging: string;
  /** The old folder's name in the server folder. */
  old: string;
  /** The items. */
  items: SwapItem[];
  /**
   * Folders of the server folder created for staged items (`plugins` for
   * `plugins/LuckPerms` when there was no `plugins`), parents first. Absent
   * in journals of daemons that only swapped top-level items.
   */
  parents?: string[];
  /** `swapping` until every rename is done, then `committed`. */
  phase: "swapping" | "committed";
}

/** Crash-point hook for tests: called with a step name before each step. */
export type SwapProbe = (step: string) => void | Promise<void>;

/**
 * Swaps the staged items into the server folder (see the module doc).
 *
 * @param dataDirectory Where the journal goes.
 * @param journal The plan; `phase` is set here.
 * @param probe Called before each step (tests use it to simulate crashes).
 * @throws Whatever a rename throws, after rolling back.
 */
export async function swapIn(
  dataDirectory: string,
  journal: SwapJournal,
  probe?: SwapProbe,
): Promise<void> {
  const dir = journal.serverDirectory;
  const path = join(dataDirectory, RESTORE_JOURNAL);
  await Deno.mkdir(join(dir, journal.old), { mode: 0o700 });
  await atomicWriteFile(path, JSON.stringify({ ...journal, phase: "swapping" }, null, 2));
  try {
    for (const parent of journal.parents ?? []) {
      await probe?.(`mkdir:${parent}`);
      await Deno.mkdir(join(dir, parent));
    }
    for (const item of journal.items) {
      await probe?.(`move-out:${item.name}`);
      if (item.existed) {
        const saved = join(dir, journal.old, item.name);
        await Deno.mkdir(dirname(saved), { recursive: true, mode: 0o700 });
        await Deno.rename(join(dir, item.name), saved);
      }
      await probe?.(`move-in:${item.name}`);
      if (item.staged) {
        await Deno.rename(join(dir, journal.staging, item.name), join(dir, item.name));
      }
    }
    // Every folder a rename or mkdir changed reaches the disk before the commit point.
    await syncTouched(journal);
    await probe?.("commit");
    await atomicWriteFile(path, JSON.stringify({ ...journal, phase: "committed" }, null, 2));
  } catch (error) {
    log.error("Restore swap failed; rolling back: {message}", {
      message: (error as Error).message,
    });
    await rollBack({ ...journal, phase: "swapping" });
    await Deno.remove(path).catch(() => {});
    throw error;
  }
  await probe?.("cleanup");
  await cleanUp(journal);
  await Deno.remove(path);
}

/** fsyncs the folders whose entries the swap (or its roll back) changed. */
async function syncTouched(journal: SwapJournal): Promise<void> {
  const dir = journal.serverDirectory;
  const folders = new Set<string>([dir, join(dir, journal.old)]);
  for (const item of journal.items) {
    folders.add(dirname(join(dir, item.name)));
    folders.add(dirname(join(dir, journal.old, item.name)));
  }
  for (const parent of journal.parents ?? []) folders.add(dirname(join(dir, parent)));
  for (const folder of folders) {
    await fsyncDir(folder).catch((error) => {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    });
  }
}

async function rollBack(journal: SwapJournal): Promise<void> {
  const dir = journal.serverDirectory;
  for (const item of [...journal.items].reverse()) {
    const current = join(dir, item.name);
    const saved = join(dir, journal.old, item.name);
    if (item.existed) {
      // Moved out already? Then whatever is in place now is the restored one.
      if (await pathExists(saved, { followSymlinks: false })) {
        await removeIfExists(current, { recursive: true });
        await Deno.rename(saved, current);
      }
    } else {
      await removeIfExists(current, { recursive: true });
    }
  }
  for (const parent of [...(journal.parents ?? [])].reverse()) {
    // Created by the swap, so empty again now; never removed if something else got in.
    await Deno.remove(join(dir, parent)).catch((error) => {
      if (error instanceof Deno.errors.NotFound) return;
      log.warn("Could not remove {parent}, created for the restore: {message}", {
        parent,
        message: (error as Error).message,
      });
    });
  }
  await syncTouched(journal);
  await cleanUp(journal);
}

async function cleanUp(journal: SwapJournal): Promise<void> {
  await removeIfExists(join(journal.serverDirectory, journal.old), { recursive: true });
  await removeIfExists(join(journal.serverDirectory, journal.staging), { recursive: true });
}

/**
 * Finishes an interrupted restore, if the journal says there was one: rolls
 * back before the commit point, cleans up after it. Then removes any staging
 * folders left by a restore interrupted before its swap began. Call at
 * daemon start, before the server starts.
 *
 * @param dataDirectory Where the journal is.
 * @param serverDirectory The server folder (for the leftover sweep).
 * @returns What was done: `"rolled-back"`, `"completed"` or `null` (nothing to do).
 */
export async function recoverSwap(
  dataDirectory: string,
  serverDirectory: string,
): Promise<"rolled-back" | "completed" | null> {
  const path = join(dataDirectory, RESTORE_JOURNAL);
  let outcome: "rolled-back" | "completed" | null = null;
  let text: string | null = null;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  if (text !== null) {
    const journal = JSON.parse(text) as SwapJournal;
    if (journal.phase === "committed") {
      await cleanUp(journal);
      outcome = "completed";
      log.warn("Completed the cleanup of restore {id} interrupted by a crash", {
        id: journal.backupId,
      });
    } else {
      await rollBack(journal);
      outcome = "rolled-back";
      log.warn("Rolled back restore {id} interrupted by a crash; the world is as before", {
        id: journal.backupId,
      });
    }
    await Deno.remove(path);
  }
  await sweepLeftovers(serverDirectory);
  return outcome;
}

async function sweepLeftovers(serverDirectory: string): Promise<void> {
  try {
    for await (const entry of Deno.readDir(serverDirectory)) {
      if (entry.isDirectory && entry.name.startsWith(RESTORE_DIR_PREFIX)) {
        log.warn("Removing {name}, left by an interrupted restore", { name: entry.name });
        await removeIfExists(join(serverDirectory, entry.name), { recursive: true });
      }
    }
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
}
