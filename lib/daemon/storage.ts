/**
 * The storage services — backups, restore, update, config get/set — built
 * together around one {@linkcode StorageLock}, with their start-up duties
 * (finish an interrupted restore, sweep unfinished backups, downloads and
 * temp files, arm the backup schedule, turn saving back on after an
 * interrupted backup) and their shutdown (abort the running operation, which
 * turns saving back on).
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { BackupService } from "./backup/service.ts";
import { StorageLock } from "./operation_lock.ts";
import { recoverSaving } from "./backup/saving_off.ts";
import type { ConfigStore } from "./config/store.ts";
import { ConfigService } from "./config/merge_patch.ts";
import type { ConsoleService } from "./console/service.ts";
import { RestoreService } from "./backup/restore.ts";
import type { StatusService } from "./console/status.ts";
import { escapeRegExp, sweepTempFiles, TEMP_ID } from "../util/temp.ts";
import type { Supervisor } from "./server/supervisor.ts";
import { UpdateService } from "./update/service.ts";
import { type DaemonTesting, testProbe } from "./testing.ts";

const log = getLogger(["atlas-runner", "daemon", "storage"]);

/** The files `atomicWriteFile()` writes in the data directory, whose temps are ours. */
const DATA_FILES = ["installed.json", "restore-journal.json", "saving-off.json"];

/** Temp names of `atomicWriteFile()` for the data directory's files. */
const DATA_TEMP_PATTERN = new RegExp(
  `^\\.(?:${DATA_FILES.map(escapeRegExp).join("|")})\\.${TEMP_ID}\\.tmp$`,
);

/** What {@linkcode StorageServices} is built from. */
export interface StorageServicesOptions {
  /** The live config. */
  config: ConfigStore;
  /** The data directory. */
  dataDirectory: string;
  /** The game server's lifecycle. */
  supervisor: Supervisor;
  /** Console commands and waits. */
  console: ConsoleService;
  /** Status (for the last version seen). */
  status: StatusService;
  /** Internal knobs for tests. */
  testing?: DaemonTesting;
}

/** Backups, restore, update and config, sharing one lock. */
export class StorageServices {
  /** One backup, restore or update at a time. */
  readonly lock: StorageLock = new StorageLock();
  /** CreateBackup, ListBackups, schedules. */
  readonly backups: BackupService;
  /** RestoreBackup and crash recovery. */
  readonly restore: RestoreService;
  /** UpdateServer and StartServer's channel. */
  readonly update: UpdateService;
  /** GetConfig, SetConfig. */
  readonly config: ConfigService;
  #options: StorageServicesOptions;
  #unsubscribe: (() => void) | null = null;

  /**
   * @param options The daemon's services and data directory.
   */
  constructor(options: StorageServicesOptions) {
    this.#options = options;
    const { config, dataDirectory, testing } = options;
    const { supervisor: server, console, status } = options;
    const lock = this.lock;
    const probe = testProbe(testing);
    this.backups = new BackupService({
      config,
      dataDirectory,
      server,
      console,
      status,
      lock,
      timeouts: testing?.savingTimeouts,
      probe,
      minuteMs: testing?.minuteMs,
    });
    this.restore = new RestoreService({
      config,
      dataDirectory,
      server,
      lock,
      backups: this.backups,
      probe: probe && ((step) => probe(`restore:${step}`)),
    });
    this.update = new UpdateService({
      config,
      dataDirectory,
      server,
      status,
      lock,
      requestTimeoutMs: testing?.requestTimeoutMs,
      idleTimeoutMs: testing?.idleTimeoutMs,
    });
    this.config = new ConfigService(config);
  }

  /**
   * Start-up duties. Call before the server starts and before requests are
   * served: an interrupted restore is completed or rolled back, unfinished
   * backups, downloads and temp files are removed, the schedule is armed,
   * and from now on every time the server becomes ready, saving is turned
   * back on if a backup was interrupted with saving off.
   */
  async start(): Promise<void> {
    await this.restore.recover();
    await this.backups.start();
    await this.update.sweep();
    await sweepTempFiles(this.#options.dataDirectory, DATA_TEMP_PATTERN);
    this.#unsubscribe = this.#options.supervisor.onStateChange((state) => {
      if (state !== "RUNNING") return;
      recoverSaving(this.#options.console, this.#options.dataDirectory).catch((error) => {
        log.error("Could not turn saving back on after an interrupted backup", { error });
      });
    });
  }

  /**
   * Shutdown duties. Call before the server is stopped: the running backup
   * (or restore, or update) is aborted and cleans up — a backup turns saving
   * back on first — and the schedule stops.
   */
  async close(): Promise<void> {
    this.#unsubscribe?.();
    await this.lock.close();
    await this.backups.close();
  }
}
