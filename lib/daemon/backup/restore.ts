/**
 * RestoreBackup as a domain service. In order: the id is checked, the
 * archive's sha256 is verified against its manifest, the archive is
 * extracted (refusing hostile entries) into a staging folder inside the
 * server folder — all before the server is touched. Then, with start/stop
 * held back: the server is stopped if it runs, a `pre-restore-<id>` safety
 * backup of exactly the paths about to be replaced is taken, the staged
 * items are swapped in by rename under a journal (see `restore_journal.ts`),
 * and the server is started again if it was running. On any failure the
 * world stays exactly as it was.
 *
 * The items swapped are the backup's included paths, as its manifest lists
 * them — `world`, but also nested ones such as `plugins/LuckPerms` or a
 * `level-name` of `worlds/survival` — so nothing outside them is ever moved
 * or deleted: restoring `plugins/LuckPerms` leaves the other plugins alone.
 *
 * @module
 */
import { dirname, join } from "node:path";
import { getLogger } from "@logtape/logtape";
import { IpcError } from "../../protocol/errors.ts";
import { pathExists, removeIfExists } from "../../util/fs.ts";
import { hashFile } from "../../util/hash.ts";
import { tempId } from "../../util/temp.ts";
import { extractArchive } from "../../archive/pack.ts";
import { ArchiveError, safeEntryPath } from "../../archive/header.ts";
import { type BackupService, topmostPaths } from "./service.ts";
import type { OperationLock } from "../operation_lock.ts";
import type { ExclusivePower, ServerControl } from "../server/types.ts";
import { type BackupManifest, type StoredBackup, validateBackupId } from "./store.ts";
import type { ConfigStore } from "../config/store.ts";
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
  /** The game server (the supervisor). */
  server: ServerControl;
  /** Shared with backups and updates. */
  lock: OperationLock;
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
    // Resolved once: staging, the safety backup and the swap all use this folder.
    const serverDirectory = this.#options.config.get().server.directory;
    const token = tempId();
    const staging = `${RESTORE_DIR_PREFIX}${token}`;
    try {
      const files = await this.#stage(backup, join(serverDirectory, staging), signal);
      log.info("Backup {id} verified and staged ({files} files)", { id, files });
      return await this.#options.server.exclusive((power) =>
        this.#swap(backup, serverDirectory, staging, token, power, signal)
      );
    } finally {
      await removeIfExists(join(serverDirectory, staging), { recursive: true });
    }
  }

  /** Verifies the checksum and extracts into the staging folder; touches nothing else. */
  async #stage(backup: StoredBackup, staging: string, signal: AbortSignal): Promise<number> {
    const id = backup.manifest.id;
    if (backup.manifest.engine === "restic") {
      // restic checks every blob's hash as it restores.
      restorePaths(backup.manifest);
      await this.#options.backups.restic.restore(backup.manifest.restic_snapshot!, staging, signal);
      if (backup.manifest.paths.length === 0) {
        // Made elsewhere (no record of ours beside the backups): what restic restored is the set.
        for await (const entry of Deno.readDir(staging)) backup.manifest.paths.push(entry.name);
      }
      return backup.manifest.file_count;
    }
    const sha256 = await hashFile(backup.archivePath);
    if (sha256 !== backup.manifest.sha256) {
      throw new IpcError("FAILED", `Backup "${id}" is corrupted: its checksum does not match`, {
        details: `manifest sha256 ${backup.manifest.sha256}, archive sha256 ${sha256}`,
        hint: "nothing was changed; restore another backup",
      });
    }
    try {
      restorePaths(backup.manifest);
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
    power: ExclusivePower,
    signal: AbortSignal,
  ): Promise<RestoreResult> {
    const id = backup.manifest.id;
    const state = this.#options.server.state;
    const wasRunning = state === "RUNNING" || state === "STARTING";
    if (wasRunning) await power.stop();
    let restart = "";
    try {
      signal.throwIfAborted();
      // Planned with the server stopped: what exists now is what the swap replaces.
      const { items, parents } = await planItems(serverDirectory, staging, backup.manifest);
      const safety = await this.#options.backups.createLocked(`pre-restore-${id}`, "pre-restore", {
        signal,
        powerHeld: true, // inside exclusive() already
        paths: items.map((item) => item.name),
        // The folder this restore resolved once, not whatever the config says by now.
        directory: serverDirectory,
        protect: new Set([id]),
      });
      await swapIn(this.#options.dataDirectory, {
        format: 1,
        backupId: id,
        serverDirectory,
        staging,
        old: `${RESTORE_DIR_PREFIX}old-${token}`,
        items,
        parents,
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
  async #restart(power: ExclusivePower): Promise<string> {
    try {
      const started = await power.start();
      return started.success ? "" : `The server did not start again: ${started.message}`;
    } catch (error) {
      log.error("Could not restart the server after a restore", { error });
      return `The server did not start again: ${(error as Error).message}`;
    }
  }
}

/**
 * The paths a backup restores: its include set as recorded (`included`, with
 * the paths that did not exist then, so that restoring makes them absent
 * again), else (older manifests) the paths it archived; checked like archive
 * entries, with paths below another one dropped (the outer one covers them).
 *
 * @throws {ArchiveError} For a path that is absolute, climbs out or names our staging folders.
 */
function restorePaths(manifest: BackupManifest): string[] {
  const paths = (manifest.included ?? manifest.paths).map((raw) => {
    const path = safeEntryPath(String(raw));
    if (path === "" || path.split("/")[0].startsWith(RESTORE_DIR_PREFIX)) {
      throw new ArchiveError(`Backup manifest lists an invalid path: "${raw}"`);
    }
    return path;
  });
  return topmostPaths(paths);
}

/**
 * The items to swap — one per included path, whether it exists now, is in
 * the backup, or both — and the parent folders the staged ones need that
 * do not exist yet (parents first).
 *
 * @throws {IpcError} `FAILED` when the archive lacks a path its manifest says it holds.
 */
async function planItems(
  serverDirectory: string,
  staging: string,
  manifest: BackupManifest,
): Promise<{ items: SwapItem[]; parents: string[] }> {
  // A link is an item like any other: it is moved, not what it points at.
  const exists = (path: string) => pathExists(path, { followSymlinks: false });
  const archived = new Set(manifest.paths);
  const items: SwapItem[] = [];
  const parents = new Set<string>();
  for (const name of restorePaths(manifest)) {
    const staged = await exists(join(serverDirectory, staging, name));
    if (!staged && archived.has(name)) {
      throw new IpcError(
        "FAILED",
        `Backup "${manifest.id}" cannot be restored: its archive lacks "${name}"`,
        { details: "the manifest lists it as archived", hint: "nothing was changed" },
      );
    }
    const existed = await exists(join(serverDirectory, name));
    if (!staged && !existed) continue;
    items.push({ name, existed, staged });
    if (!staged) continue;
    const missing: string[] = [];
    for (let parent = dirname(name); parent !== "."; parent = dirname(parent)) {
      if (await exists(join(serverDirectory, parent))) break;
      missing.unshift(parent);
    }
    for (const parent of missing) parents.add(parent);
  }
  return { items, parents: [...parents].sort((a, b) => a.split("/").length - b.split("/").length) };
}
