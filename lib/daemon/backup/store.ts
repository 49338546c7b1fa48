/**
 * The backups folder on disk: ids and names, manifests, listing, pruning and
 * the start-up sweep of leftovers. A backup is `<id>.tar.zst` (or, as
 * `backups.format` or an older version chose, `<id>.tar.gz`) plus `<id>.json`
 * (its manifest), and it exists only once the manifest does: the archive is
 * written as a dot-named temp file, fsynced and renamed first, the manifest
 * atomically last. Anything else in the folder (temp files, an archive
 * without a manifest, a manifest that does not match its archive) is not a
 * backup.
 *
 * @module
 */
import { join } from "node:path";
import { getLogger } from "@logtape/logtape";
import { IpcError } from "../../protocol/errors.ts";
import { atomicWriteFile, fsyncDir } from "../../util/atomic_write.ts";
import { pathExists, removeIfExists } from "../../util/fs.ts";
import { tempId, tempPath } from "../../util/temp.ts";
import { ARCHIVE_FORMATS, type ArchiveFormat } from "../../archive/pack.ts";
import { hashFile } from "../../util/hash.ts";

const log = getLogger(["atlas-runner", "daemon", "backup_store"]);

/** The most characters a backup name may have. */
export const MAX_NAME_LENGTH = 64;
/** Letters, digits, `.`, `_` and `-`. */
const NAME_PATTERN = /^[A-Za-z0-9._-]*$/;
/** What an id looks like: a UTC timestamp, then `-` and the sanitised name, if any. */
const ID_PATTERN = /^\d{8}-\d{6}-\d{3}(-[A-Za-z0-9._-]+)?$/;
/** An archive's file name ends in `.` and its format. */
const suffixOf = (format: ArchiveFormat) => `.${format}`;
const MANIFEST_SUFFIX = ".json";
/** Our record of a restic backup (ends like a manifest: listings tell them apart by content). */
const RESTIC_RECORD_SUFFIX = ".restic.json";

/** Why a backup was made. */
export type BackupKind = "manual" | "scheduled" | "pre-restore";

/** The manifest beside each archive (`<id>.json`). */
export interface BackupManifest {
  /** Manifest format version. */
  format: 1;
  /** The backup's id (also its file names). */
  id: string;
  /** The name the user gave (may be empty). */
  name: string;
  /** Why it was made; each kind has its own pruning budget. */
  kind: BackupKind;
  /** When it was made, Unix seconds. */
  created_at: number;
  /** The same instant as ISO 8601, for people reading the file. */
  created: string;
  /** The archive's size in bytes. */
  size: number;
  /** The archive's sha256, lower-case hex. */
  sha256: string;
  /** The game server's version when it was made ("" if unknown). */
  server_version: string;
  /** Regular files in the archive. */
  file_count: number;
  /**
   * How the archive is compressed (its file name ends in it). Absent in
   * manifests of older versions, which wrote only `tar.gz`.
   */
  archive?: ArchiveFormat;
  /** Made from a staging copy taken while saving was off (`backups.snapshot`). */
  snapshot?: boolean;
  /**
   * Which engine holds it: absent for our archives; `"restic"` for a restic
   * snapshot (then `size` is what it added to the repository, `sha256` is
   * empty, and `restic_snapshot` is restic's id).
   */
  engine?: "restic";
  /** restic's snapshot id (`engine: "restic"`). */
  restic_snapshot?: string;
  /** The paths archived (the included ones that existed), relative to the server folder. */
  paths: string[];
  /**
   * The whole include set, existing or not: a restore replaces exactly these
   * paths (making those missing at backup time absent again). Absent in
   * manifests of older versions, which restore `paths`.
   */
  included?: string[];
}

/**
 * Checks a backup name: letters, digits, `.`, `_`, `-`, at most 64 characters.
 *
 * @param name The requested name (may be empty).
 * @returns The name.
 * @throws {IpcError} `VALIDATION` for anything else.
 */
export function validateBackupName(name: string): string {
  if (name.length > MAX_NAME_LENGTH || !NAME_PATTERN.test(name)) {
    throw new IpcError(
      "VALIDATION",
      `Invalid backup name "${
        name.slice(0, 80)
      }": use at most ${MAX_NAME_LENGTH} letters, digits, ".", "_" or "-"`,
    );
  }
  return name;
}

/**
 * Checks a backup id received from a client before it is used in a path.
 *
 * @param id The id.
 * @returns The id.
 * @throws {IpcError} `VALIDATION` for separators, `..` or anything not shaped like an id.
 */
export function validateBackupId(id: string): string {
  if (
    id === "" || id.includes("/") || id.includes("\\") || id.includes("..") || id.includes("\0")
  ) {
    throw new IpcError(
      "VALIDATION",
      `Invalid backup id "${id.slice(0, 120)}": it must be an id from the backup list`,
    );
  }
  if (!ID_PATTERN.test(id)) {
    throw new IpcError(
      "VALIDATION",
      `Invalid backup id "${id.slice(0, 120)}": it must be an id from the backup list`,
      {
        hint: "list the ids with: atlas-runner backup list",
      },
    );
  }
  return id;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/**
 * Makes a backup id: the UTC time to the millisecond (so ids sort by time),
 * then the name with runs of dots collapsed (an id never contains `..`).
 *
 * @param name A valid name (may be empty).
 * @param date The creation time.
 * @returns The id, e.g. `20250102-030405-678-nightly`.
 */
export function makeBackupId(name: string, date: Date): string {
  const stamp = `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `-${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}` +
    `-${pad(date.getUTCMilliseconds(), 3)}`;
  const safe = name.replace(/[^A-Za-z0-9._-]/g, "_").replace(/\.{2,}/g, ".");
  return safe ? `${stamp}-${safe}` : stamp;
}

/** A complete backup as listed. */
export interface StoredBackup {
  /** Its manifest. */
  manifest: BackupManifest;
  /** The archive's path ("" for a restic snapshot). */
  archivePath: string;
  /** The manifest's path. */
  manifestPath: string;
}

function isManifest(value: unknown): value is BackupManifest {
  const m = value as Partial<BackupManifest> | null;
  return typeof m === "object" && m !== null && m.format === 1 && typeof m.id === "string" &&
    typeof m.name === "string" && typeof m.created_at === "number" &&
    typeof m.size === "number" && typeof m.sha256 === "string" && /^[0-9a-f]{64}$/.test(m.sha256) &&
    typeof m.file_count === "number" && Array.isArray(m.paths) &&
    (m.archive === undefined || ARCHIVE_FORMATS.includes(m.archive)) &&
    (m.included === undefined || Array.isArray(m.included));
}

/** The backups folder. */
export class BackupStore {
  /** The folder's absolute path. */
  readonly directory: string;

  /**
   * @param directory The backups folder (created on first use).
   */
  constructor(directory: string) {
    this.directory = directory;
  }

  /** @returns The archive path of an id in a format (`tar.gz` in manifests without one). */
  archivePath(id: string, format: ArchiveFormat = "tar.gz"): string {
    return join(this.directory, id + suffixOf(format));
  }

  /**
   * @returns Where our record of a restic backup goes (not `<id>.json`, which
   *   would be taken for an archive's manifest).
   */
  resticManifestPath(id: string): string {
    return join(this.directory, id + RESTIC_RECORD_SUFFIX);
  }

  /** @returns The manifest path of an id. */
  manifestPath(id: string): string {
    return join(this.directory, id + MANIFEST_SUFFIX);
  }

  /** @returns A temp path in the folder for an id's archive (ignored by listings). */
  tempPath(id: string, format: ArchiveFormat = "tar.gz"): string {
    return tempPath(join(this.directory, id + suffixOf(format)));
  }

  /**
   * Whether an id is taken by any file of a backup (manifest or archive, in
   * any format, complete or not).
   *
   * @param id An id.
   * @returns `true` when a file of that id exists.
   */
  async taken(id: string): Promise<boolean> {
    const paths = [
      this.manifestPath(id),
      this.resticManifestPath(id),
      ...ARCHIVE_FORMATS.map((f) => this.archivePath(id, f)),
    ];
    for (const path of paths) {
      if (await pathExists(path, { followSymlinks: false })) return true;
    }
    return false;
  }

  /**
   * @returns A new path in the folder for a backup's staging copy (a
   *   dot-named folder, ignored by listings and removed by {@linkcode sweep}).
   */
  stagingPath(): string {
    return join(this.directory, `.staging-${tempId()}`);
  }

  /** Creates the folder (0700: worlds and ops lists are private). */
  async ensure(): Promise<void> {
    await Deno.mkdir(this.directory, { recursive: true, mode: 0o700 });
  }

  /**
   * Reads one backup, checking that its manifest is valid and matches its archive.
   *
   * @param id A validated id.
   * @returns The backup, or `null` when there is no complete backup with that id.
   */
  async get(id: string): Promise<StoredBackup | null> {
    const manifestPath = this.manifestPath(id);
    let manifest: unknown;
    try {
      manifest = JSON.parse(await Deno.readTextFile(manifestPath));
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return null;
      log.warn("Ignoring backup {id}: unreadable manifest", { id, error });
      return null;
    }
    // `<id>.restic.json`, our record of a restic snapshot, ends like a
    // manifest; the service lists those from restic itself.
    if (isResticRecord(manifest)) return null;
    if (!isManifest(manifest) || manifest.id !== id) {
      log.warn("Ignoring backup {id}: invalid manifest", { id });
      return null;
    }
    const archivePath = this.archivePath(id, manifest.archive);
    const size = await Deno.stat(archivePath).then((info) => info.size, () => -1);
    if (size !== manifest.size) {
      log.warn("Ignoring backup {id}: archive missing or of the wrong size", { id });
      return null;
    }
    return { manifest, archivePath, manifestPath };
  }

  /**
   * Lists complete backups, newest first in creation order: by id, which
   * {@linkcode nextBackupTime} keeps increasing even when the clock goes back.
   *
   * @returns The backups.
   */
  async list(): Promise<StoredBackup[]> {
    const ids: string[] = [];
    try {
      for await (const entry of Deno.readDir(this.directory)) {
        if (!entry.isFile || !entry.name.endsWith(MANIFEST_SUFFIX)) continue;
        const id = entry.name.slice(0, -MANIFEST_SUFFIX.length);
        if (ID_PATTERN.test(id)) ids.push(id);
      }
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return [];
      throw error;
    }
    const backups = (await Promise.all(ids.map((id) => this.get(id)))).filter((b) => b !== null);
    return backups.sort((a, b) => compareIds(b.manifest.id, a.manifest.id));
  }

  /**
   * Our records of restic backups (`<id>.restic.json`), newest first: what
   * pruning counts before it asks restic.
   *
   * @returns Their manifests, `null` for a record that cannot be read.
   */
  async resticRecords(): Promise<(BackupManifest | null)[]> {
    const ids: string[] = [];
    try {
      for await (const entry of Deno.readDir(this.directory)) {
        if (!entry.isFile || !entry.name.endsWith(RESTIC_RECORD_SUFFIX)) continue;
        const id = entry.name.slice(0, -RESTIC_RECORD_SUFFIX.length);
        if (ID_PATTERN.test(id)) ids.push(id);
      }
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return [];
      throw error;
    }
    ids.sort((a, b) => compareIds(b, a));
    return await Promise.all(ids.map(async (id) => {
      try {
        const record = JSON.parse(await Deno.readTextFile(this.resticManifestPath(id)));
        return isResticRecord(record) && record.id === id ? record as BackupManifest : null;
      } catch (error) {
        log.warn("Unreadable restic record {id}", { id, error });
        return null;
      }
    }));
  }

  /**
   * Publishes a finished archive: renames the (fsynced) temp file into place,
   * then writes the manifest atomically. Only then is the backup listed.
   *
   * @param tempPath The fsynced temp archive.
   * @param manifest Its manifest.
   */
  async publish(tempPath: string, manifest: BackupManifest): Promise<void> {
    await Deno.rename(tempPath, this.archivePath(manifest.id, manifest.archive));
    await fsyncDir(this.directory);
    await atomicWriteFile(
      this.manifestPath(manifest.id),
      JSON.stringify(manifest, null, 2) + "\n",
      {
        mode: 0o600,
      },
    );
  }

  /**
   * Deletes a backup: the manifest first (so it stops being listed at once),
   * then the archive.
   *
   * @param id A validated id.
   */
  async remove(id: string): Promise<void> {
    await removeIfExists(this.manifestPath(id));
    for (const format of ARCHIVE_FORMATS) {
      await removeIfExists(this.archivePath(id, format));
    }
  }

  /**
   * Deletes the oldest backups of each kind beyond its budget, oldest first
   * in creation order (the id, not the clock). Never deletes an id in
   * `protect`, nor the newest backup whose archive still matches its
   * checksum: if the newest ones are damaged, the last good one survives.
   * When no backup verifies, nothing is deleted.
   *
   * @param budgets How many of each kind to keep (at least 1 is always kept).
   * @param protect Ids that must survive (e.g. one being restored).
   * @returns The ids deleted.
   */
  async prune(
    budgets: Readonly<Record<BackupKind, number>>,
    protect: ReadonlySet<string> = new Set(),
  ): Promise<string[]> {
    const backups = await this.list();
    const over = overBudget(backups, budgets, protect);
    if (over.length === 0) return [];
    const keeper = await this.#newestVerified(backups);
    if (keeper === null) {
      log.warn("Pruning skipped: no backup matches its checksum, so none is deleted");
      return [];
    }
    const doomed = over.filter((b) => b.manifest.id !== keeper);
    for (const backup of doomed) {
      await this.remove(backup.manifest.id);
      log.info("Pruned backup {id}", { id: backup.manifest.id });
    }
    return doomed.map((b) => b.manifest.id);
  }

  /** The id of the newest backup whose archive matches its sha256, or `null`. */
  async #newestVerified(backups: readonly StoredBackup[]): Promise<string | null> {
    for (const backup of backups) {
      if (await verifyArchive(backup)) return backup.manifest.id;
      log.warn("Backup {id} does not match its checksum; it is not counted as good", {
        id: backup.manifest.id,
      });
    }
    return null;
  }

  /**
   * Removes what a crash can leave behind: temp archives, staging copies,
   * and archives whose manifest was never written. Call only when no backup is running.
   *
   * @returns The file names removed.
   */
  async sweep(): Promise<string[]> {
    const removed: string[] = [];
    const names = new Set<string>();
    try {
      for await (const entry of Deno.readDir(this.directory)) {
        if (entry.isFile) names.add(entry.name);
        else if (entry.isDirectory && entry.name.startsWith(".staging-")) {
          await Deno.remove(join(this.directory, entry.name), { recursive: true });
          removed.push(entry.name);
        }
      }
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return [];
      throw error;
    }
    for (const name of names) {
      const temp = name.startsWith(".") && name.endsWith(".tmp");
      const orphan = ARCHIVE_FORMATS.map(suffixOf).some((suffix) =>
        name.endsWith(suffix) && ID_PATTERN.test(name.slice(0, -suffix.length)) &&
        !names.has(name.slice(0, -suffix.length) + MANIFEST_SUFFIX)
      );
      if (!temp && !orphan) continue;
      await removeIfExists(join(this.directory, name));
      removed.push(name);
    }
    if (removed.length) log.warn("Removed unfinished backup files: {removed}", { removed });
    return removed;
  }
}

/**
 * Orders ids by creation: their fixed-width UTC stamps first, then names.
 *
 * @param a An id.
 * @param b Another id.
 * @returns Negative when `a` was made first.
 */
export function compareIds(a: string, b: string): number {
  const stampA = a.slice(0, STAMP_LENGTH);
  const stampB = b.slice(0, STAMP_LENGTH);
  if (stampA !== stampB) return stampA < stampB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The length of an id's stamp (`20250102-030405-678`). */
const STAMP_LENGTH = 19;

/**
 * The time a new backup's id carries: now, unless an existing id is that
 * late or later (the clock went back, or two backups in one millisecond);
 * then one millisecond after the newest id (ids and file names both start
 * with it). So ids are a creation sequence:
 * pruning by id never takes a fresh backup for an old one.
 *
 * @param existing The ids in the folder.
 * @param now The clock.
 * @returns The time for the new id.
 */
export function nextBackupTime(existing: Iterable<string>, now: number): Date {
  let newest = -Infinity;
  for (const id of existing) {
    const time = stampTime(id);
    if (time !== null && time > newest) newest = time;
  }
  return new Date(Math.max(now, newest + 1));
}

function stampTime(id: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})/.exec(id);
  if (!m) return null;
  const [y, mo, d, h, mi, se, ms] = m.slice(1).map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, se, ms);
}

/**
 * The backups beyond their kind's budget, oldest last as given: the
 * candidates for pruning (never one in `protect`).
 *
 * @param backups Backups, newest first in creation order.
 * @param budgets How many of each kind to keep (at least 1 is always kept).
 * @param protect Ids that must survive.
 * @returns The backups over budget.
 */
export function overBudget<T extends { manifest: BackupManifest }>(
  backups: readonly T[],
  budgets: Readonly<Record<BackupKind, number>>,
  protect: ReadonlySet<string>,
): T[] {
  const seen: Record<BackupKind, number> = { manual: 0, scheduled: 0, "pre-restore": 0 };
  return backups.filter((b) => {
    const kind = kindOf(b.manifest);
    return ++seen[kind] > Math.max(1, budgets[kind]) && !protect.has(b.manifest.id);
  });
}

function kindOf(manifest: BackupManifest): BackupKind {
  const kind = manifest.kind as string;
  return kind === "scheduled" || kind === "pre-restore" ? kind : "manual";
}

/** Archives already hashed: path → size and mtime when they matched. */
const verified = new Map<string, string>();

/**
 * Whether a backup's archive matches its manifest's sha256 (hashed once per
 * daemon while its size and modification time stay the same).
 *
 * @param backup The backup.
 * @returns `true` when it matches.
 */
export async function verifyArchive(backup: StoredBackup): Promise<boolean> {
  const info = await Deno.stat(backup.archivePath).catch(() => null);
  if (info === null) return false;
  const key = `${info.size}:${info.mtime?.getTime()}:${backup.manifest.sha256}`;
  if (verified.get(backup.archivePath) === key) return true;
  const ok = await hashFile(backup.archivePath).then(
    (hex) => hex === backup.manifest.sha256,
    () => false,
  );
  if (ok) verified.set(backup.archivePath, key);
  else verified.delete(backup.archivePath);
  return ok;
}

/**
 * The names of the backup files in the folder (archives of any format,
 * manifests, restic records; complete or not): {@linkcode nextBackupTime}
 * reads the creation stamps they start with.
 *
 * @param directory The backups folder.
 * @returns The file names (temp files and staging folders left out).
 */
export async function idsInFolder(directory: string): Promise<string[]> {
  const names: string[] = [];
  try {
    for await (const entry of Deno.readDir(directory)) {
      if (!entry.name.startsWith(".")) names.push(entry.name);
    }
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  return names;
}

function isResticRecord(value: unknown): boolean {
  return typeof value === "object" && value !== null &&
    (value as { engine?: unknown }).engine === "restic";
}
