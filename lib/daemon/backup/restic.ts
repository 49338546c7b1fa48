/**
 * The `restic` backup engine (`backups.engine: "restic"`): incremental,
 * deduplicated backups by driving the `restic` program against a repository
 * (`backups.restic.repository`). Our operations map onto its commands:
 *
 * | ours | restic |
 * |---|---|
 * | create | `backup --json` of the included paths, run in the server folder |
 * | list | `snapshots --json --tag atlas-runner` |
 * | restore | `restore <snapshot> --target <staging>` (then the same journaled swap) |
 * | prune | `forget --prune <snapshots>` chosen by our keep budgets |
 *
 * Each snapshot carries tags `atlas-runner`, `atlas-id:<id>`,
 * `atlas-kind:<kind>` and `atlas-name:<name>`, so the ids users see are our
 * usual ids, stable and valid for `backup restore`, whatever restic calls
 * the snapshot. Paths are given relative to the server folder, so restic
 * finds the previous snapshot as its parent and reads only changed files,
 * and a restore lays them out as they were.
 *
 * The password comes from `backups.restic.passwordFile` (passed to restic
 * as `RESTIC_PASSWORD_FILE`) or the daemon's own `RESTIC_PASSWORD`: it is
 * never on a command line, in a log line or in `config get`.
 *
 * Each restic process pays a fixed price before it does any work: it
 * derives the repository key from the password (scrypt, tuned by restic to
 * be slow) and, when it takes a lock, waits 200 ms to see whether another
 * process raced it. So a backup of an unchanged world is one process: the
 * repository is opened (and stale locks cleared) once while the daemon
 * runs, the new snapshot's id comes from `backup --json`'s summary, and
 * pruning lists and forgets snapshots only when they may be over budget
 * (see `BackupService`). Should the repository go away meanwhile, or a
 * killed run leave a stale lock, the command is retried once after `init`
 * or `unlock`.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { IpcError } from "../../protocol/errors.ts";
import type { BackupKind } from "./store.ts";

const log = getLogger(["atlas-runner", "daemon", "restic"]);

/** The tag on every snapshot the daemon makes: listing and pruning see only these. */
export const RESTIC_TAG = "atlas-runner";

/** Where `backups.restic` points. */
export interface ResticSettings {
  /** The program. */
  binary: string;
  /** The repository; `null` = not configured. */
  repository: string | null;
  /** A file holding the password, or `null` for `RESTIC_PASSWORD`. */
  passwordFile: string | null;
  /**
   * restic's cache (indexes and trees, so a remote repository is not read
   * again each time), or `null` for none (`--no-cache`).
   *
   * @default null
   */
  cacheDir?: string | null;
}

/** One of our snapshots in the repository. */
export interface ResticSnapshot {
  /** restic's full snapshot id. */
  snapshotId: string;
  /** Our id (from its `atlas-id:` tag). */
  id: string;
  /** The name given at creation. */
  name: string;
  /** Why it was made. */
  kind: BackupKind;
  /** When it was made, Unix seconds. */
  createdAt: number;
}

/** What {@linkcode ResticRepository.backup} reports (restic's summary). */
export interface ResticBackupResult {
  /** The new snapshot's id. */
  snapshotId: string;
  /** Files in the snapshot. */
  files: number;
  /** Bytes of file content in the snapshot. */
  totalBytes: number;
  /** Bytes this backup added to the repository (after deduplication and compression). */
  addedBytes: number;
}

/** The restic exit code for "no repository there" (restic ≥ 0.17); older ones exit 1. */
const NO_REPOSITORY = 10;

/** Drives the restic program for one repository. */
export class ResticRepository {
  readonly #settings: ResticSettings;
  /** The repository is known to exist and stale locks were removed. */
  #ready = false;
  /** Every snapshot was listed since the repository was opened (see {@linkcode listedSinceOpen}). */
  #listed = false;

  /**
   * @param settings `backups.restic` (resolved paths).
   */
  constructor(settings: ResticSettings) {
    this.#settings = settings;
  }

  /**
   * Whether every snapshot was listed since the repository was opened and
   * no restic run failed since. Until then a snapshot may exist that the
   * daemon has no record of (a run killed after restic wrote it), so
   * pruning must list the repository rather than trust the records.
   */
  get listedSinceOpen(): boolean {
    return this.#listed;
  }

  /**
   * Makes the next prune list the repository: a snapshot may exist that the
   * daemon has no record of (its record could not be written).
   */
  forgetListing(): void {
    this.#listed = false;
  }

  /**
   * Creates the repository if there is none yet and removes stale locks a
   * killed run left: once, then again only after a restic run failed.
   * Called before every backup.
   *
   * @param signal Aborts it.
   */
  async ensure(signal?: AbortSignal): Promise<void> {
    if (this.#ready) return;
    // `unlock` opens the repository (so it proves there is one) and removes
    // stale locks, in one process that takes no lock itself.
    const unlock = await this.#run(["unlock"], { signal, allowFailure: true });
    if (unlock.code !== 0) {
      if (!isMissingRepository(unlock)) {
        throw this.#failure("open the restic repository", unlock.stderr);
      }
      await this.#run(["init"], { signal });
      log.info("Created the restic repository {repository}", {
        repository: this.#settings.repository,
      });
    }
    this.#ready = true;
  }

  /**
   * Backs up `paths` (relative to `root`) as one snapshot with our tags.
   *
   * @param root The folder the paths are in (restic runs there).
   * @param paths The included paths that exist.
   * @param tags Our id, name and kind.
   * @param signal Aborts it (restic is stopped; no snapshot is written).
   * @returns restic's summary.
   */
  async backup(
    root: string,
    paths: readonly string[],
    tags: { id: string; name: string; kind: BackupKind },
    signal?: AbortSignal,
  ): Promise<ResticBackupResult> {
    await this.ensure(signal);
    const args = ["backup", "--json", "--host", RESTIC_TAG, "--tag", RESTIC_TAG];
    args.push("--tag", `atlas-id:${tags.id}`, "--tag", `atlas-kind:${tags.kind}`);
    if (tags.name) args.push("--tag", `atlas-name:${tags.name}`);
    const { stdout } = await this.#runRecovering([...args, "--", ...paths], { cwd: root, signal });
    const summary = stdout.split("\n").map(parseJsonLine).find((m) =>
      m?.message_type === "summary"
    );
    if (!summary || typeof summary.snapshot_id !== "string") {
      throw this.#failure("back up", "restic printed no summary");
    }
    return {
      snapshotId: summary.snapshot_id,
      files: Number(summary.total_files_processed ?? 0),
      totalBytes: Number(summary.total_bytes_processed ?? 0),
      addedBytes: Number(summary.data_added ?? 0),
    };
  }

  /**
   * Lists our snapshots, newest first.
   *
   * @returns The snapshots tagged {@linkcode RESTIC_TAG} with an `atlas-id:` tag.
   */
  async list(): Promise<ResticSnapshot[]> {
    if (!this.#settings.repository) return [];
    // Read-only: no lock, so no 200 ms wait, and a listing works during a prune.
    const result = await this.#run(["snapshots", "--no-lock", "--json", "--tag", RESTIC_TAG], {
      allowFailure: true,
    });
    if (result.code !== 0) {
      if (/Is there a repository|does not exist/i.test(result.stderr)) return [];
      throw this.#failure("list the restic snapshots", result.stderr);
    }
    const snapshots: ResticSnapshot[] = [];
    for (const raw of JSON.parse(result.stdout || "[]") as RawSnapshot[]) {
      const tag = (prefix: string) =>
        raw.tags?.find((t) => t.startsWith(prefix))?.slice(prefix.length);
      const id = tag("atlas-id:");
      if (!id) continue;
      const kind = tag("atlas-kind:");
      snapshots.push({
        snapshotId: raw.id,
        id,
        name: tag("atlas-name:") ?? "",
        kind: kind === "scheduled" || kind === "pre-restore" ? kind : "manual",
        createdAt: Math.floor(Date.parse(raw.time) / 1000),
      });
    }
    this.#listed = true;
    // Our ids sort by creation (a UTC timestamp first), whatever the clock did since.
    return snapshots.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  }

  /**
   * Restores a snapshot into `target` (a new folder): the included paths
   * land as they were below the server folder.
   *
   * @param snapshotId restic's id.
   * @param target The folder to restore into.
   * @param signal Aborts it.
   */
  async restore(snapshotId: string, target: string, signal?: AbortSignal): Promise<void> {
    await this.#run(["restore", snapshotId, "--target", target], { signal });
  }

  /**
   * Forgets snapshots and prunes the data only they used.
   *
   * @param snapshotIds restic's ids.
   */
  async forget(snapshotIds: readonly string[]): Promise<void> {
    if (snapshotIds.length === 0) return;
    await this.#runRecovering(["forget", "--prune", ...snapshotIds], {});
  }

  /**
   * Runs a command that needs the repository, retrying once when it failed
   * because the repository was gone (it is created again, as on first use)
   * or locked by a run that was killed (stale locks are removed).
   */
  async #runRecovering(
    args: string[],
    options: { cwd?: string; signal?: AbortSignal },
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    const first = await this.#run(args, { ...options, allowFailure: true });
    if (first.code === 0) return first;
    if (isMissingRepository(first)) {
      log.warn("The restic repository {repository} is gone: creating it again", {
        repository: this.#settings.repository,
      });
      await this.ensure(options.signal);
    } else if (/already locked/i.test(first.stderr)) {
      log.warn("The restic repository is locked: removing stale locks and retrying");
      await this.#run(["unlock"], { signal: options.signal });
    } else {
      throw this.#failure(args[0], first.stderr);
    }
    return await this.#run(args, options);
  }

  #env(): Record<string, string> {
    const { repository, passwordFile } = this.#settings;
    if (!repository) {
      throw new IpcError("FAILED", "The restic engine needs a repository", {
        hint: "set one with: atlas-runner config set backups.restic.repository /path/to/repo",
      });
    }
    const env: Record<string, string> = { RESTIC_REPOSITORY: repository };
    if (passwordFile) env.RESTIC_PASSWORD_FILE = passwordFile;
    else if (!Deno.env.get("RESTIC_PASSWORD")) {
      throw new IpcError("FAILED", "The restic engine needs the repository's password", {
        hint: "set backups.restic.passwordFile, or RESTIC_PASSWORD in the daemon's environment",
      });
    }
    return env;
  }

  async #run(
    args: string[],
    options: { cwd?: string; signal?: AbortSignal; allowFailure?: boolean },
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    const env = this.#env();
    const { cacheDir } = this.#settings;
    // The command first, then the global options (restic takes them anywhere).
    const global = cacheDir ? ["--cache-dir", cacheDir] : ["--no-cache"];
    const started = performance.now();
    let output: Deno.CommandOutput;
    try {
      output = await new Deno.Command(this.#settings.binary, {
        args: [args[0], ...global, ...args.slice(1)],
        cwd: options.cwd,
        env,
        stdin: "null",
        stdout: "piped",
        stderr: "piped",
        signal: options.signal,
      }).output();
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) {
        throw new IpcError(
          "FAILED",
          `The restic program "${this.#settings.binary}" was not found`,
          {
            hint: "install restic (Debian: apt-get install restic) or set backups.restic.binary",
            cause: error,
          },
        );
      }
      throw error;
    }
    log.debug("restic {command} took {ms} ms (exit code {code})", {
      command: args[0],
      ms: Math.round(performance.now() - started),
      code: output.code,
    });
    if (!output.success) {
      // Whatever failed (even a missing repository that is then created):
      // open it again before the next run, and list it before pruning.
      this.#ready = false;
      this.#listed = false;
    }
    options.signal?.throwIfAborted();
    const result = {
      code: output.code,
      stdout: new TextDecoder().decode(output.stdout),
      stderr: new TextDecoder().decode(output.stderr),
    };
    if (result.code !== 0 && !options.allowFailure) throw this.#failure(args[0], result.stderr);
    return result;
  }

  #failure(what: string, stderr: string): IpcError {
    const last = stderr.trim().split("\n").filter((l) => l.trim()).slice(-2).join(" ");
    return new IpcError("FAILED", `restic could not ${what}: ${last || "it failed"}`, {
      hint: "check backups.restic.repository and the password, and the daemon's log",
    });
  }
}

interface RawSnapshot {
  id: string;
  time: string;
  tags?: string[];
}

/** Whether restic failed because there is no repository at the location. */
function isMissingRepository(result: { code: number; stderr: string }): boolean {
  return result.code === NO_REPOSITORY ||
    /Is there a repository|repository does not exist/i.test(result.stderr);
}

function parseJsonLine(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
