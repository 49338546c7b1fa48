/**
 * RestoreBackup as a domain service. In order: the id is checked, the
 * archive's sha256 is verified against its manifest, the archive is
 * extracted (refusing hostile entries) into a staging folder inside the
 * server folder — all before the server is touched. Then, with start/stop
 * held back: the server is stopped if it runs, a `pre-restore-<id>` safety
 * backup is taken, the staged items are swapped in by rename under a
 * journal (see `restore_journal.ts`), and the server is started again if it
 * was running. On any failure the world stays exactly as it was.
 *
 * @module
 */
import { join } from "node:path";
import { getLogger } from "@logtape/logtape";
import { IpcError } from "../protocol/errors.ts";
import { pathExists } from "../util/fs.ts";
import { extractArchive, sha256File } from "./archive.ts";
import type { BackupService } from "./backup.ts";
import type { StorageLock } from "./backup_lock.ts";
import type { PowerControl, ServerPort } from "./backup_saving.ts";
import { type StoredBackup, validateBackupId } from "./backup_store.ts";
import type { ConfigStore } from "./config.ts";
import {
  recoverSwap,
  RESTORE_DIR_PREFIX,
  swapIn,
  type SwapItem,
  type SwapProbe,
} from "./restore_journal.ts";

const log = getLogger(["atlas-runner", "daemon", "restore"]);

/** Options of {@linkcode RestoreService}. */
export interface RestoreServiceOptions {
  /** The live config (`server.directory`). */
  config: ConfigStore;
  /** The data directory (for the journal). */
  dataDirectory: string;
  /** The game server. */
  server: ServerPort;
  /** Shared with backups and updates. */
  lock: StorageLock;
  /** For looking backups up and taking the safety backup. */
  backups: BackupService;
  /** Internal: called before each swap step (crash tests). */
  probe?: SwapProbe;
}

/** What {@linkcode RestoreService.restore} did. */
export interface RestoreResult {
  /** The restored backup. */
  id: string;
  /** The safety backup taken first. */
  safetyBackupId: string;
  /** Whether the server was running and was started again. */
  restarted: boolean;
  /** Sentences for the user. */
  message: string;
}

async function removeAll(path: string): Promise<void> {
  await Deno.remove(path, { recursive: true }).catch((error) => {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  });
}

/** Restores backups, and finishes restores interrupted by a crash. */
export class RestoreService {
  #options: RestoreServiceOptions;

  /**
   * @param options Config, data directory, server, lock, backups.
   */
  constructor(options: RestoreServiceOptions) {
    this.#options = options;
  }

  /**
   * Completes or rolls back a restore interrupted by a crash. Call at daemon
   * start, before the server starts.
   *
   * @returns What was done, or `null`.
   */
  recover(): Promise<"rolled-back" | "completed" | null> {
    return recoverSwap(this.#options.dataDirectory, this.#options.config.get().server.directory);
  }

  /**
   * Restores a backup over the current world.
   *
   * @param id The backup's id.
   * @returns What happened.
   * @throws {IpcError} `VALIDATION` for a malformed id, `NOT_FOUND` for an unknown one, `BUSY`
   *   while another storage operation runs, `FAILED` for a corrupted or hostile archive or an
   *   I/O error (the world unchanged in every case).
   */
  restore(id: string): Promise<RestoreResult> {
    validateBackupId(id);
    return this.#options.lock.run("a restore", (signal) => this.#restore(id, signal));
  }

  async #restore(id: string, signal: AbortSignal): Promise<RestoreResult> {
    const backup = await this.#options.backups.get(id);
    if (!backup) {
      throw new IpcError("NOT_FOUND", `Backup "${id}" does not exist`, {
        hint: "list the ids with: atlas-runner backup list",
      });
    }
    const serverDirectory = this.#options.config.get().server.directory;
    const token = crypto.randomUUID().slice(0, 8);
    const staging = `${RESTORE_DIR_PREFIX}${token}`;
    try {
      const files = await this.#stage(backup, join(serverDirectory, staging), signal);
      log.info("Backup {id} verified and staged ({files} files)", { id, files });
      return await this.#options.server.exclusive((power) =>
        this.#swap(backup, serverDirectory, staging, token, power, signal)
      );
    } finally {
      await removeAll(join(serverDirectory, staging));
    }
  }

  /** Verifies the checksum and extracts into the staging folder; touches nothing else. */
  async #stage(backup: StoredBackup, staging: string, signal: AbortSignal): Promise<number> {
    const id = backup.manifest.id;
    const sha256 = await sha256File(backup.archivePath);
    if (sha256 !== backup.manifest.sha256) {
      throw new IpcError("FAILED", `Backup "${id}" is corrupted: its checksum does not match`, {
        details: `manifest sha256 ${backup.manifest.sha256}, archive sha256 ${sha256}`,
        hint: "nothing was changed; restore another backup",
      });
    }
    try {
      using file = await Deno.open(backup.archivePath, { read: true });
      return (await extractArchive(file.readable, staging, { signal })).files;
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw new IpcError(
        "FAILED",
        `Backup "${id}" cannot be restored: ${(error as Error).message}`,
        {
          hint: "nothing was changed; restore another backup",
          cause: error,
        },
      );
    }
  }

  async #swap(
    backup: StoredBackup,
    serverDirectory: string,
    staging: string,
    token: string,
    power: PowerControl,
    signal: AbortSignal,
  ): Promise<RestoreResult> {
    const id = backup.manifest.id;
    const state = this.#options.server.state();
    const wasRunning = state === "RUNNING" || state === "STARTING";
    if (wasRunning) await power.stop();
    let restart = "";
    try {
      signal.throwIfAborted();
      const safety = await this.#options.backups.createLocked(
        `pre-restore-${id}`,
        "pre-restore",
        signal,
        true, // inside exclusive() already
      );
      const items = await planItems(serverDirectory, staging);
      await swapIn(this.#options.dataDirectory, {
        format: 1,
        backupId: id,
        serverDirectory,
        staging,
        old: `${RESTORE_DIR_PREFIX}old-${token}`,
        items,
        phase: "swapping",
      }, this.#options.probe);
      log.info("Backup {id} restored", { id });
      if (wasRunning) restart = await this.#restart(power);
      return {
        id,
        safetyBackupId: safety.manifest.id,
        restarted: wasRunning && restart === "",
        message: `Restored backup ${id} (${backup.manifest.file_count} files); ` +
          `the previous world is saved as backup ${safety.manifest.id}.` +
          (wasRunning ? (restart ? ` ${restart}` : " The server was restarted.") : ""),
      };
    } catch (error) {
      if (wasRunning) await this.#restart(power);
      if (error instanceof IpcError || signal.aborted) throw error;
      throw new IpcError("FAILED", `Restore failed: ${(error as Error).message}`, {
        hint: "nothing was changed",
        cause: error,
      });
    }
  }

  /** Starts the server again; returns "" when it is ready, else a sentence why not. */
  async #restart(power: PowerControl): Promise<string> {
    try {
      const started = await power.start();
      return started.ready ? "" : `The server did not start again: ${started.message}`;
    } catch (error) {
      log.error("Could not restart the server after a restore", { error });
      return `The server did not start again: ${(error as Error).message}`;
    }
  }
}

/**
 * The items to swap: everything the backup has, plus the `_nether` and
 * `_the_end` folders of a restored world that exist now but not in the
 * backup (they belong to the replaced world, so they are moved away too).
 */
async function planItems(serverDirectory: string, staging: string): Promise<SwapItem[]> {
  // A link is an item like any other: it is moved, not what it points at.
  const exists = (path: string) => pathExists(path, { followSymlinks: false });
  const staged: string[] = [];
  for await (const entry of Deno.readDir(join(serverDirectory, staging))) staged.push(entry.name);
  staged.sort();
  const names = new Set(staged);
  const items: SwapItem[] = [];
  for (const name of staged) {
    items.push({ name, existed: await exists(join(serverDirectory, name)), staged: true });
  }
  for (const name of staged) {
    if (!(await exists(join(serverDirectory, staging, name, "level.dat")))) continue;
    for (const extra of [`${name}_nether`, `${name}_the_end`]) {
      if (!names.has(extra) && await exists(join(serverDirectory, extra))) {
        items.push({ name: extra, existed: true, staged: false });
      }
    }
  }
  return items;
}
