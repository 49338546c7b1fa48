/**
 * CreateBackup and ListBackups as a domain service, plus scheduled backups.
 * A backup of a running server is made with saving off and the world
 * flushed (see `saving_off.ts`); of a stopped one, directly. The archive
 * is streamed to a temp file, fsynced, renamed, and published by its
 * manifest (see `store.ts`); then older backups are pruned.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { IpcError } from "../../protocol/errors.ts";
import { pathExists } from "../../util/fs.ts";
import { readServerProperties } from "../../minecraft/server_properties.ts";
import { type ArchiveFormat, writeArchive } from "../../archive/pack.ts";
import { safeEntryPath } from "../../archive/header.ts";
import type { OperationLock } from "../operation_lock.ts";
import { type SavingTimeouts, withSavingOff } from "./saving_off.ts";
import type { ServerControl, VersionSource } from "../server/types.ts";
import type { ConsoleCommands } from "../console/service.ts";
import {
  type BackupKind,
  type BackupManifest,
  BackupStore,
  compareIds,
  idsInFolder,
  makeBackupId,
  nextBackupTime,
  overBudget,
  type StoredBackup,
  validateBackupName,
} from "./store.ts";
import type { ConfigStore } from "../config/store.ts";
import { ResticRepository } from "./restic.ts";
import { atomicWriteFile } from "../../util/atomic_write.ts";
import { createDurableFile } from "../../util/direct_file.ts";
import { join } from "node:path";
import {
  copySnapshot,
  noSpaceError,
  planSnapshot,
  snapshotFits,
  type SnapshotMode,
} from "./snapshot.ts";

const log = getLogger(["atlas-runner", "daemon", "backup"]);

/** The files besides the world folders that a default backup includes (when present). */
export const DEFAULT_EXTRA_FILES: readonly string[] = [
  "server.properties",
  "ops.json",
  "whitelist.json",
  "banned-players.json",
  "banned-ips.json",
  "usercache.json",
];

/** Options of {@linkcode BackupService}. */
export interface BackupServiceOptions {
  /** The live config (`server.directory`, `backups.*`). */
  config: ConfigStore;
  /** The data directory (for the saving-off marker). */
  dataDirectory: string;
  /** The game server (the supervisor). */
  server: ServerControl;
  /** Its console, for saving off and on. */
  console: ConsoleCommands;
  /** The server's version, for the manifest. */
  status: VersionSource;
  /** Shared with restores and updates: one at a time. */
  lock: OperationLock;
  /** Console timeouts (tests shorten them). */
  timeouts?: SavingTimeouts;
  /** Internal: called at `backup:staged`, `backup:flushed` and `backup:archived` (crash tests). */
  probe?: (step: string) => void | Promise<void>;
  /** Internal: the length of a `backups.intervalMinutes` minute (tests shorten it). @default 60000 */
  minuteMs?: number;
}

/** What {@linkcode BackupService.create} made. */
export interface BackupResult {
  /** The new backup's manifest. */
  manifest: BackupManifest;
  /** Ids pruned afterwards. */
  pruned: string[];
  /** One or two sentences for the user. */
  message: string;
  /**
   * How long saving was off (from `save-off` to `save-on`), in milliseconds;
   * `null` when the server was not running (saving was never paused).
   */
  savingPausedMs: number | null;
}

/** The last backup that succeeded since the daemon started (for metrics). */
export interface LastBackup {
  /** When it finished, Unix ms. */
  at: number;
  /** Its archive's size in bytes. */
  sizeBytes: number;
  /** How long it took, in seconds. */
  durationSeconds: number;
}

/** A listed backup, as plain values. */
export interface BackupSummary {
  /** Its id. */
  id: string;
  /** Its name. */
  name: string;
  /** Creation time, Unix seconds. */
  createdAt: number;
  /** Archive size in bytes. */
  sizeBytes: number;
}

/**
 * Drops the paths that lie below another path of the list (the outer one
 * already covers them) and duplicates; keeps the order otherwise.
 *
 * @param paths Normalised relative paths (`world`, `plugins/LuckPerms`).
 * @returns The paths no other path contains.
 */
export function topmostPaths(paths: readonly string[]): string[] {
  const unique = [...new Set(paths)];
  return unique.filter((path) =>
    !unique.some((other) => other !== path && path.startsWith(`${other}/`))
  );
}

/** Options of {@linkcode BackupService.createLocked}. */
export interface CreateLockedOptions {
  /** Aborts the backup. */
  signal?: AbortSignal;
  /** Whether the caller already runs inside `server.exclusive` (restore's safety backup). */
  powerHeld?: boolean;
  /** The paths to include instead of the configured set (normalised, relative). */
  paths?: readonly string[];
  /**
   * The server folder the caller resolved (restore's safety backup): the
   * whole operation uses one value even if `server.directory` changes meanwhile.
   */
  directory?: string;
  /** Ids pruning must keep (the backup being restored). */
  protect?: ReadonlySet<string>;
}

/**
 * Works out what a backup includes: `backups.include` when set, else the
 * world folders named by `level-name` (plus `_nether` and `_the_end`) and
 * the {@linkcode DEFAULT_EXTRA_FILES}.
 *
 * @param serverDirectory The server folder.
 * @param include `backups.include`.
 * @returns Relative paths, possibly nested (missing ones are skipped when archiving), none
 *   below another.
 * @throws {IpcError} `VALIDATION` when an include path leaves the server folder.
 */
export async function includedPaths(
  serverDirectory: string,
  include: readonly string[],
): Promise<string[]> {
  const check = (path: string, what: string) => {
    try {
      const safe = safeEntryPath(path);
      if (safe) return safe;
    } catch { /* reported below */ }
    throw new IpcError("VALIDATION", `${what} "${path}" must be a path inside the server folder`);
  };
  if (include.length > 0) {
    return topmostPaths(include.map((p) => check(p, "backups.include entry")));
  }
  const properties = await readServerProperties(serverDirectory);
  const level = check(properties.levelName || "world", "level-name");
  return [level, `${level}_nether`, `${level}_the_end`, ...DEFAULT_EXTRA_FILES];
}

/** Creates, lists and schedules backups. */
export class BackupService {
  #options: BackupServiceOptions;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #unsubscribe: (() => void) | null = null;
  #scheduled: Promise<unknown> | null = null;
  #lastSuccess: LastBackup | null = null;
  #resticRepo: ResticRepository | null = null;
  #resticKey = "";

  /**
   * @param options Config, data directory, server, lock.
   */
  constructor(options: BackupServiceOptions) {
    this.#options = options;
  }

  /** The backups folder as configured now. */
  get store(): BackupStore {
    return new BackupStore(this.#options.config.get().backups.directory);
  }

  /**
   * Sweeps leftovers of interrupted backups and arms the schedule. Call once
   * at daemon start, before serving requests.
   */
  async start(): Promise<void> {
    await this.store.sweep();
    this.#arm();
    this.#unsubscribe = this.#options.config.onChange((next, previous) => {
      if (next.backups.intervalMinutes !== previous.backups.intervalMinutes) this.#arm();
    });
  }

  /** Stops the schedule and waits for a scheduled backup in flight. */
  async close(): Promise<void> {
    this.#unsubscribe?.();
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#scheduled;
  }

  /**
   * Makes a backup now.
   *
   * @param name The backup's name (letters, digits, `.`, `_`, `-`; ≤ 64).
   * @returns The new backup and what was pruned.
   * @throws {IpcError} `VALIDATION` for a bad name, `BUSY` while another storage operation runs,
   *   `TIMEOUT` when the running server does not confirm saving, `FAILED` on an I/O error.
   */
  create(name: string): Promise<BackupResult> {
    validateBackupName(name);
    return this.#options.lock.run(
      "a backup",
      (signal) => this.createLocked(name, "manual", { signal }),
    );
  }

  /**
   * Makes a backup while the caller holds the storage lock. Start and stop
   * requests wait until it is done (a stop in the middle would write the
   * world while it is archived); restore's safety backup, made while restore
   * already holds them back, passes `powerHeld`, and the exact paths it is
   * about to replace.
   *
   * @param name The name (not length-checked: internal names may be longer).
   * @param kind Why it is made.
   * @param options Abort signal, `powerHeld`, and paths instead of the configured ones.
   * @returns The new backup and what was pruned.
   * @throws {IpcError} `UNAVAILABLE` while the server is starting or stopping.
   */
  async createLocked(
    name: string,
    kind: BackupKind,
    options: CreateLockedOptions = {},
  ): Promise<BackupResult> {
    const { signal, powerHeld = false } = options;
    const begun = performance.now();
    const config = this.#options.config.get();
    const store = new BackupStore(config.backups.directory);
    await store.ensure();
    const server = this.#options.server;
    const { format, snapshot, saveControl } = config.backups;
    let running = false;
    let pausedMs: number | null = null;
    const make = async () => {
      const state = server.state;
      if (state === "STARTING" || state === "STOPPING") {
        throw new IpcError(
          "UNAVAILABLE",
          `Cannot back up while the server is ${state.toLowerCase()}`,
          {
            hint: "retry once it is running or stopped",
          },
        );
      }
      running = state === "RUNNING";
      // Resolved once, under the power lock: a start or a `config set server.directory`
      // meanwhile cannot make the paths come from one folder and the files from another.
      const root = options.directory ?? server.serverDirectory;
      const paths = options.paths
        ? topmostPaths(options.paths)
        : await this.#configuredPaths(root, config.backups.include);
      const write = (from: string) =>
        this.#writeBackup(
          store,
          { root: from, live: from === root, paths, name, kind, format },
          signal,
        );
      // "none": no console commands at all, the files as they are (crash-consistent).
      const pause = running && saveControl !== "none";
      if (config.backups.engine === "restic") {
        // restic reads only what changed since its last snapshot: it runs on
        // the live folder (a staging copy would make every file look new).
        const repo = this.restic;
        // Creating the repository (a key derivation: seconds) happens before
        // saving is paused, not inside the window.
        await repo.ensure(signal);
        const backup = () => this.#writeRestic(repo, store, root, paths, name, kind, signal);
        if (!pause) return await backup();
        const { result, ms } = await this.#withSavingOffTimed(backup, signal);
        pausedMs = ms;
        return result;
      }
      if (!pause) return await write(root);
      const staging = await this.#stagingFor(store, root, paths, snapshot);
      if (staging === null) {
        const { result, ms } = await this.#withSavingOffTimed(() => write(root), signal);
        pausedMs = ms;
        return result;
      }
      try {
        const { result, ms } = await this.#withSavingOffTimed(async () => {
          try {
            await copySnapshot(root, paths, staging.path, signal);
          } catch (error) {
            if (!isNoSpace(error)) throw error;
            if (snapshot !== "auto") throw noSpaceError(staging.plan, error);
            // "auto": the disk filled up during the copy; archive the live world instead.
            log.warn("The disk filled up during the staging copy: archiving with saving paused");
            await Deno.remove(staging.path, { recursive: true });
            return await write(root);
          }
          await this.#options.probe?.("backup:staged");
          return null;
        }, signal);
        pausedMs = ms;
        return result ?? await write(staging.path);
      } finally {
        await Deno.remove(staging.path, { recursive: true }).catch((error) => {
          if (!(error instanceof Deno.errors.NotFound)) {
            log.warn("Could not remove the staging copy {path}", { path: staging.path, error });
          }
        });
      }
    };
    const manifest = powerHeld ? await make() : await server.exclusive(make);
    const { keep, keepManual, keepPreRestore } = config.backups;
    const budgets = { scheduled: keep, manual: keepManual, "pre-restore": keepPreRestore };
    const protect = new Set([manifest.id, ...options.protect ?? []]);
    const pruned = manifest.engine === "restic"
      ? await this.#pruneRestic(store, budgets, protect)
      : await store.prune(budgets, protect);
    const size = (manifest.size / 1024 / 1024).toFixed(1);
    const message = `Backup ${manifest.id} created: ${manifest.file_count} files, ${size} MiB` +
      (manifest.engine === "restic" ? " added to the restic repository" : "") +
      (pausedMs !== null
        ? ` (saving was paused for ${(pausedMs / 1000).toFixed(1)} s while the world was ${
          manifest.snapshot ? "copied" : manifest.engine === "restic" ? "backed up" : "archived"
        })`
        : running && saveControl === "none"
        ? ' (a crash-consistent copy: saving was not paused, as backups.saveControl is "none")'
        : "") +
      (pruned.length ? `; pruned ${pruned.length} old backup(s)` : "");
    log.info(
      "Backup {id} created ({files} files, {bytes} bytes, {format}); saving paused for {pausedMs} ms",
      {
        id: manifest.id,
        files: manifest.file_count,
        bytes: manifest.size,
        format: manifest.engine === "restic" ? "restic" : format,
        pausedMs: pausedMs ?? 0,
      },
    );
    this.#lastSuccess = {
      at: Date.now(),
      sizeBytes: manifest.size,
      durationSeconds: (performance.now() - begun) / 1000,
    };
    return { manifest, pruned, message, savingPausedMs: pausedMs };
  }

  /**
   * The configured include set, refused when what matters is missing: every
   * `backups.include` path, or (default set) every world folder. A wrong
   * `level-name`, `server.directory` or `backups.include` must not publish
   * a backup that holds no world but looks like a good one.
   */
  async #configuredPaths(directory: string, include: readonly string[]): Promise<string[]> {
    const paths = await includedPaths(directory, include);
    // The default set: the world folders come first, the extra files after them.
    const essential = include.length > 0 ? paths : paths.slice(0, 3);
    for (const path of essential) {
      if (await pathExists(join(directory, path), { followSymlinks: false })) return paths;
    }
    throw nothingToBackUp(directory, essential, include.length > 0);
  }

  /** The last backup that succeeded since the daemon started, or `null`. */
  get lastSuccess(): LastBackup | null {
    return this.#lastSuccess;
  }

  /** The restic repository `backups.restic` names (used with `backups.engine: "restic"`). */
  get restic(): ResticRepository {
    const settings = this.#options.config.get().backups.restic;
    const key = JSON.stringify(settings);
    if (this.#resticKey !== key) {
      // A persistent cache: a remote repository's indexes are not fetched again each time.
      const cacheDir = join(this.#options.dataDirectory, "restic-cache");
      this.#resticRepo = new ResticRepository({ ...settings, cacheDir });
      this.#resticKey = key;
    }
    return this.#resticRepo!;
  }

  /** @returns Complete backups of both engines, newest first. */
  async list(): Promise<BackupSummary[]> {
    const archives = (await this.store.list()).map(({ manifest }) => manifest);
    const snapshots = await this.#resticBackups();
    return [...archives, ...snapshots.map((b) => b.manifest)]
      .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .map((manifest) => ({
        id: manifest.id,
        name: manifest.name,
        createdAt: manifest.created_at,
        sizeBytes: manifest.size,
      }));
  }

  /**
   * Looks a backup up: an archive, else (with the restic engine) a snapshot.
   *
   * @param id A validated id.
   * @returns The backup, or `null`.
   */
  async get(id: string): Promise<StoredBackup | null> {
    return await this.store.get(id) ??
      (await this.#resticBackups()).find((b) => b.manifest.id === id) ?? null;
  }

  /** The restic engine's snapshots as backups (none with the archive engine). */
  async #resticBackups(): Promise<StoredBackup[]> {
    const config = this.#options.config.get().backups;
    if (config.engine !== "restic" || !config.restic.repository) return [];
    const store = new BackupStore(config.directory);
    const snapshots = await this.restic.list();
    return await Promise.all(snapshots.map(async (snapshot) => {
      const manifestPath = store.resticManifestPath(snapshot.id);
      const saved = await Deno.readTextFile(manifestPath).then(JSON.parse).catch(() => null);
      const manifest: BackupManifest = {
        format: 1,
        id: snapshot.id,
        name: snapshot.name,
        kind: snapshot.kind,
        created_at: snapshot.createdAt,
        created: new Date(snapshot.createdAt * 1000).toISOString(),
        size: typeof saved?.size === "number" ? saved.size : 0,
        sha256: "",
        server_version: typeof saved?.server_version === "string" ? saved.server_version : "",
        file_count: typeof saved?.file_count === "number" ? saved.file_count : 0,
        paths: Array.isArray(saved?.paths) ? saved.paths : [],
        ...(Array.isArray(saved?.included) ? { included: saved.included } : {}),
        engine: "restic",
        restic_snapshot: snapshot.snapshotId,
      };
      return { manifest, archivePath: "", manifestPath };
    }));
  }

  async #writeRestic(
    repo: ResticRepository,
    store: BackupStore,
    root: string,
    paths: string[],
    name: string,
    kind: BackupKind,
    signal?: AbortSignal,
  ): Promise<BackupManifest> {
    await this.#options.probe?.("backup:flushed");
    const created = new Date();
    const id = await uniqueId(store, name, created);
    const existing: string[] = [];
    for (const path of paths) {
      if (await Deno.lstat(join(root, path)).then(() => true, () => false)) existing.push(path);
    }
    const result = await repo.backup(root, existing, { id, name, kind }, signal);
    const manifest: BackupManifest = {
      format: 1,
      id,
      name,
      kind,
      created_at: Math.floor(created.getTime() / 1000),
      created: created.toISOString(),
      size: result.addedBytes,
      sha256: "",
      server_version: this.#options.status.version,
      file_count: result.files,
      paths: existing,
      included: paths,
      engine: "restic",
      restic_snapshot: result.snapshotId,
    };
    // Our record beside the archives (sizes and the include set restic does not keep).
    await atomicWriteFile(store.resticManifestPath(id), JSON.stringify(manifest, null, 2) + "\n", {
      mode: 0o600,
    }).catch((error) => {
      repo.forgetListing(); // the snapshot exists without its record: pruning must list
      throw error;
    });
    return manifest;
  }

  /**
   * Forgets the oldest restic backups of each kind beyond its budget (never
   * the newest). Listing the repository costs a restic process (seconds on
   * a slow disk or network), so it is skipped when our records show every
   * kind within budget, once a listing since the repository was opened
   * made sure that no snapshot lacks a record.
   */
  async #pruneRestic(
    store: BackupStore,
    budgets: Readonly<Record<BackupKind, number>>,
    protect: ReadonlySet<string>,
  ): Promise<string[]> {
    if (this.restic.listedSinceOpen) {
      const records = await store.resticRecords();
      const within = records.every((r) => r !== null) &&
        overBudget(records.map((manifest) => ({ manifest: manifest! })), budgets, protect)
            .length === 0;
      if (within) return [];
    }
    const backups = (await this.#resticBackups())
      .sort((a, b) => compareIds(b.manifest.id, a.manifest.id));
    const doomed = overBudget(backups, budgets, protect).map((b) => b.manifest);
    if (doomed.length === 0) return [];
    await this.restic.forget(doomed.map((m) => m.restic_snapshot!));
    for (const manifest of doomed) {
      await Deno.remove(store.resticManifestPath(manifest.id)).catch(() => {});
      log.info("Pruned restic backup {id}", { id: manifest.id });
    }
    return doomed.map((m) => m.id);
  }

  /**
   * Archives `what.paths` of `what.root` (the server folder, or a staging
   * copy of it when `live` is false) and publishes the backup.
   */
  async #writeBackup(
    store: BackupStore,
    what: {
      root: string;
      live: boolean;
      paths: string[];
      name: string;
      kind: BackupKind;
      format: ArchiveFormat;
    },
    signal?: AbortSignal,
  ): Promise<BackupManifest> {
    const { root, paths, name, kind, format } = what;
    const created = new Date();
    const id = await uniqueId(store, name, created);
    const temp = store.tempPath(id, format);
    const snapshot = !what.live;
    try {
      await this.#options.probe?.("backup:flushed");
      // Straight to disk where the file system allows it (not through the
      // page cache, where it would push out the server's own files), else
      // flushed while it is written: either way the final fsync is short.
      using output = await createDurableFile(temp, { mode: 0o600 });
      const result = await writeArchive({ root, paths, output, format, signal });
      await output.sync();
      await this.#options.probe?.("backup:archived");
      if (result.changed.length) {
        log.warn("Files changed while they were archived: {paths}", { paths: result.changed });
      }
      const manifest: BackupManifest = {
        format: 1,
        id,
        name,
        kind,
        created_at: Math.floor(created.getTime() / 1000),
        created: created.toISOString(),
        size: result.bytes,
        sha256: result.sha256,
        archive: format,
        ...(snapshot ? { snapshot: true } : {}),
        server_version: this.#options.status.version,
        file_count: result.files,
        paths: paths.filter((p) => !result.missing.includes(p)),
        included: paths,
      };
      if (kind !== "pre-restore" && manifest.paths.length === 0) {
        // Everything vanished while it was archived (checked before, too).
        throw nothingToBackUp(root, paths, true);
      }
      await store.publish(temp, manifest);
      return manifest;
    } catch (error) {
      await Deno.remove(temp).catch(() => {});
      if (error instanceof IpcError) throw error;
      if (signal?.aborted) throw signal.reason;
      throw new IpcError("FAILED", `Backup failed: ${(error as Error).message}`, { cause: error });
    }
  }

  /** Runs `fn` with saving off, timing from `save-off` to `save-on`. */
  async #withSavingOffTimed<T>(
    fn: () => Promise<T>,
    signal?: AbortSignal,
  ): Promise<{ result: T; ms: number }> {
    const { console, dataDirectory, timeouts } = this.#options;
    const start = performance.now();
    const mode = this.#options.config.get().backups.saveControl === "vanilla" ? "vanilla" : "auto";
    const result = await withSavingOff(console, dataDirectory, fn, { mode, timeouts, signal });
    return { result, ms: Math.round(performance.now() - start) };
  }

  /**
   * Where a snapshot goes (a new dot-named folder beside the archives, swept
   * at start like temp files), or `null` when the world is archived live:
   * `backups.snapshot` is `"none"`, or `"auto"` and the copy does not fit.
   *
   * @throws {IpcError} `FAILED` when `"copy"` is asked for and the copy does not fit.
   */
  async #stagingFor(
    store: BackupStore,
    root: string,
    paths: readonly string[],
    mode: SnapshotMode,
  ): Promise<{ path: string; plan: Awaited<ReturnType<typeof planSnapshot>> } | null> {
    if (mode === "none") return null;
    const plan = await planSnapshot(root, paths, store.directory);
    if (!snapshotFits(plan)) {
      if (mode === "copy") throw noSpaceError(plan);
      log.warn(
        "Not enough free space for a staging copy ({bytes} bytes, {free} free): archiving with saving paused throughout",
        { bytes: plan.bytes, free: plan.free },
      );
      return null;
    }
    return { path: store.stagingPath(), plan };
  }

  #arm(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    const minutes = this.#options.config.get().backups.intervalMinutes;
    if (minutes <= 0) return;
    this.#timer = setTimeout(() => {
      this.#scheduled = this.#runScheduled().finally(() => this.#scheduled = null);
      this.#arm();
    }, minutes * (this.#options.minuteMs ?? 60_000));
  }

  async #runScheduled(): Promise<void> {
    if (this.#options.server.state !== "RUNNING") {
      log.info("Scheduled backup skipped: the server is not running, so the world is unchanged");
      return;
    }
    try {
      await this.#options.lock.run(
        "a backup",
        (signal) => this.createLocked("scheduled", "scheduled", { signal }),
      );
    } catch (error) {
      log.error("Scheduled backup failed: {message}", { message: (error as Error).message, error });
    }
  }
}

/** Whether an error is the file system running out of space. */
function isNoSpace(error: unknown): boolean {
  return (error as { code?: string })?.code === "ENOSPC" ||
    /no space left/i.test((error as Error)?.message ?? "");
}

/**
 * A new backup's id: stamped with its creation time, or just after the
 * newest backup in the folder if the clock went back (so ids stay a creation
 * sequence, see `nextBackupTime`), and not taken by any file.
 */
async function uniqueId(store: BackupStore, name: string, created: Date): Promise<string> {
  let time = nextBackupTime(await idsInFolder(store.directory), created.getTime()).getTime();
  for (;;) {
    const id = makeBackupId(name, new Date(time));
    if (!(await store.taken(id))) return id;
    time++;
  }
}

/** The error for a backup whose paths (or world folders) are all missing. */
function nothingToBackUp(
  directory: string,
  paths: readonly string[],
  configured: boolean,
): IpcError {
  if (!configured) {
    return new IpcError(
      "FAILED",
      `Backup refused: the world folder "${paths[0]}" does not exist in ${directory}`,
      {
        hint: "level-name in server.properties names the world folder: check it, and " +
          "server.directory in the config (atlas-runner config get server.directory)",
      },
    );
  }
  const listed = paths.slice(0, 4).map((p) => `"${p}"`).join(", ") +
    (paths.length > 4 ? ` and ${paths.length - 4} more` : "");
  return new IpcError(
    "FAILED",
    `Backup refused: none of the paths in backups.include exist in ${directory} (${listed})`,
    { hint: "backups.include paths are relative to server.directory: check both" },
  );
}
