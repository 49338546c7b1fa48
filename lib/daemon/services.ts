/**
 * The daemon's composition root: every service built once and wired to the
 * others — the supervisor, the console and status services, and the three
 * operations that change the world (backups, restores, updates) around one
 * {@linkcode OperationLock} — with their start-up duties (finish an
 * interrupted restore, sweep unfinished backups, downloads and temp files,
 * arm the backup schedule, turn saving back on after an interrupted backup)
 * and their shutdown (abort the running operation, which turns saving back
 * on). `mod.ts` runs it; `handlers.ts` answers requests with it.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { BackupService } from "./backup/service.ts";
import { OperationLock } from "./operation_lock.ts";
import { recoverSaving } from "./backup/saving_off.ts";
import type { ConfigStore } from "./config/store.ts";
import { ConfigService } from "./config/merge_patch.ts";
import { ConsoleService } from "./console/service.ts";
import type { LogBuffer } from "./console/log_buffer.ts";
import { RestoreService } from "./backup/restore.ts";
import { StatusService } from "./console/status.ts";
import { escapeRegExp, sweepTempFiles, TEMP_ID } from "../util/temp.ts";
import { Supervisor } from "./server/supervisor.ts";
import { readInstalled } from "./update/installed.ts";
import { UpdateService } from "./update/service.ts";
import { type DaemonTesting, testProbe } from "./testing.ts";

const log = getLogger(["atlas-runner", "daemon", "services"]);

/** The files `atomicWriteFile()` writes in the data directory, whose temps are ours. */
const DATA_FILES = ["installed.json", "restore-journal.json", "saving-off.json"];

/** Temp names of `atomicWriteFile()` for the data directory's files. */
const DATA_TEMP_PATTERN = new RegExp(
  `^\\.(?:${DATA_FILES.map(escapeRegExp).join("|")})\\.${TEMP_ID}\\.tmp$`,
);

/** The services requests are answered with. */
export interface DaemonServices {
  /** The live config. */
  config: ConfigStore;
  /** GetConfig and SetConfig (merge patches, effects). */
  configService: ConfigService;
  /** The game server's lifecycle (the one {@linkcode ServerControl}). */
  supervisor: Supervisor;
  /** The console lines. */
  logs: LogBuffer;
  /** Console commands and waits. */
  console: ConsoleService;
  /** Status snapshots. */
  status: StatusService;
  /** One backup, restore or update at a time. */
  lock: OperationLock;
  /** CreateBackup, ListBackups, the schedule. */
  backups: BackupService;
  /** RestoreBackup and crash recovery. */
  restore: RestoreService;
  /** UpdateServer and StartServer's channel. */
  update: UpdateService;
}

/** The running services: {@linkcode DaemonServices} with their shutdown. */
export interface RunningServices extends DaemonServices, AsyncDisposable {
  /**
   * Aborts the running backup, restore or update (a backup turns saving back
   * on first) and stops the schedule. Call before the server is stopped;
   * disposing does it too.
   */
  stopOperations(): Promise<void>;
}

/**
 * Builds the services and runs their start-up duties, which must finish
 * before the server can start and before requests are served. Disposing
 * closes them again.
 *
 * @param config The live config.
 * @param logs The console lines.
 * @param testing Internal knobs for tests.
 * @returns The services.
 */
export async function startServices(
  config: ConfigStore,
  logs: LogBuffer,
  testing?: DaemonTesting,
): Promise<RunningServices> {
  const services = await createServices(config, logs, testing);
  const { dataDirectory } = config.get();
  await services.restore.recover();
  await services.backups.start();
  await services.update.sweep();
  await sweepTempFiles(dataDirectory, DATA_TEMP_PATTERN);
  // From now on, every time the server becomes ready, saving is turned back
  // on if a backup was interrupted with saving off.
  const unsubscribe = services.supervisor.onStateChange((state) => {
    if (state !== "RUNNING") return;
    recoverSaving(services.console, dataDirectory).catch((error) => {
      log.error("Could not turn saving back on after an interrupted backup", { error });
    });
  });
  const stopOperations = async () => {
    unsubscribe();
    await services.lock.close();
    await services.backups.close();
  };
  return {
    ...services,
    stopOperations,
    async [Symbol.asyncDispose]() {
      await stopOperations();
      services.status.close();
    },
  };
}

async function createServices(
  config: ConfigStore,
  logs: LogBuffer,
  testing: DaemonTesting | undefined,
): Promise<DaemonServices> {
  const dataDirectory = config.get().dataDirectory;
  const supervisor = new Supervisor({
    config,
    logs,
    dataDirectory,
    crashPolicy: testing?.crashPolicy,
    termTimeoutMs: testing?.termTimeoutMs,
    serverEnv: testing?.serverEnv,
  });
  const installed = await readInstalled(dataDirectory);
  const console = new ConsoleService({ supervisor, logs, replyTimings: testing?.consoleReply });
  const status = new StatusService({
    supervisor,
    logs,
    initialVersion: installed?.version,
    listPlayers: () => console.viaRconOnly("list"),
  });
  const lock = new OperationLock();
  const probe = testProbe(testing);
  const server = supervisor;
  const backups = new BackupService({
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
  const restore = new RestoreService({
    config,
    dataDirectory,
    server,
    lock,
    backups,
    probe: probe && ((step) => probe(`restore:${step}`)),
  });
  const update = new UpdateService({
    config,
    dataDirectory,
    server,
    status,
    lock,
    requestTimeoutMs: testing?.requestTimeoutMs,
    idleTimeoutMs: testing?.idleTimeoutMs,
  });
  const configService = new ConfigService(config);
  return {
    config,
    configService,
    supervisor,
    logs,
    console,
    status,
    lock,
    backups,
    restore,
    update,
  };
}
