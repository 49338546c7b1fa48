/**
 * `server.pid` in the data directory: the game server the daemon started
 * (pid, start time, command). If the daemon was killed while the server ran,
 * the next daemon finds the orphan here and stops it before anything else.
 * (The daemon's own lock, `atlas-runner.pid`, is `../daemon_lock.ts`.)
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { join } from "node:path";
import { atomicWriteFile } from "../../util/atomic_write.ts";
import { removeIfExists } from "../../util/fs.ts";
import { type ProcessSource, processSource, readBootId, signalGroup } from "./process/mod.ts";

const log = getLogger(["atlas-runner", "daemon", "pid_files"]);

/** What `server.pid` records about the server process. */
export interface ServerPidRecord {
  /** The server's pid, also its process group id. */
  pid: number;
  /** Its start time (guards against pid reuse). */
  startTime: number;
  /** Where `startTime` came from; absent in records of older daemons, which only used /proc. */
  startTimeSource?: "proc" | "ps";
  /**
   * The kernel's boot id when the server started (Linux): a pid and start
   * time recorded before a reboot may name an unrelated process after it.
   * Absent where it cannot be read and in records of older daemons.
   */
  bootId?: string;
  /** The command it runs. */
  command: string[];
  /** When it was started (Unix ms). */
  startedAt: number;
}

/**
 * The path of `server.pid`.
 *
 * @param dataDirectory The data directory.
 * @returns The path.
 */
export function serverPidPath(dataDirectory: string): string {
  return join(dataDirectory, "server.pid");
}

/**
 * Records the server the daemon started (atomically).
 *
 * @param dataDirectory The data directory.
 * @param record What to record.
 */
export async function writeServerPid(
  dataDirectory: string,
  record: ServerPidRecord,
): Promise<void> {
  await atomicWriteFile(serverPidPath(dataDirectory), JSON.stringify(record) + "\n", {
    mode: 0o600,
  });
}

/** Where the supervisor records the server it runs: `server.pid`, or a test's faulty layer. */
export interface ServerPidStore {
  /**
   * Records the server.
   *
   * @param record What to record.
   */
  write(record: ServerPidRecord): Promise<void>;
  /** Removes the record (the server has exited). */
  remove(): Promise<void>;
}

/**
 * The `server.pid` file of a data directory as a {@linkcode ServerPidStore}.
 *
 * @param dataDirectory The data directory.
 * @returns The store.
 */
export function serverPidStore(dataDirectory: string): ServerPidStore {
  return {
    write: (record) => writeServerPid(dataDirectory, record),
    remove: () => removeServerPid(dataDirectory),
  };
}

/**
 * Removes `server.pid` (the server has exited).
 *
 * @param dataDirectory The data directory.
 */
export async function removeServerPid(dataDirectory: string): Promise<void> {
  await removeIfExists(serverPidPath(dataDirectory));
}

/**
 * Reads `server.pid`.
 *
 * @param dataDirectory The data directory.
 * @returns The record, or `null` when there is none or it is unreadable.
 */
export async function readServerPid(dataDirectory: string): Promise<ServerPidRecord | null> {
  let text: string;
  try {
    text = await Deno.readTextFile(serverPidPath(dataDirectory));
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null;
    throw error;
  }
  try {
    const value = JSON.parse(text);
    if (Number.isInteger(value.pid) && value.pid > 1 && Number.isFinite(value.startTime)) {
      return value as ServerPidRecord;
    }
  } catch {
    // fall through: a torn or foreign file is treated as no record
  }
  log.warn("Ignoring an unreadable {path}", { path: serverPidPath(dataDirectory) });
  return null;
}

/** Options of {@linkcode stopOrphanedServer}. */
export interface OrphanOptions {
  /** How long to wait after SIGTERM before SIGKILL. */
  termTimeoutMs: number;
}

/**
 * If `server.pid` names a server that is still running (a previous daemon
 * was killed while it ran), stops it: SIGTERM to its process group (a Java
 * server saves its world on SIGTERM), then SIGKILL after the timeout. The
 * pid is only trusted when its start time matches the record, so a reused
 * pid is never signalled.
 *
 * @param dataDirectory The data directory.
 * @param options The SIGTERM timeout.
 * @returns The orphan's pid when one was stopped, else `null`.
 */
export async function stopOrphanedServer(
  dataDirectory: string,
  options: OrphanOptions,
): Promise<number | null> {
  const record = await readServerPid(dataDirectory);
  const source = await processSource();
  if (source === null) {
    log.warn(
      "Cannot see processes (no /proc access, which Deno grants only with --allow-all, and no " +
        "ps): memory figures will be 0, and a server left running by a killed daemon cannot be found",
    );
  }
  if (record === null) return null;
  const orphan = source === null ? "unverifiable" : await orphanState(source, record);
  if (source === null || orphan !== "alive") {
    if (orphan === "unverifiable") {
      log.warn("server.pid names pid {pid}; if a server still runs there, stop it by hand", {
        pid: record.pid,
      });
    }
    await removeServerPid(dataDirectory);
    return null;
  }
  log.warn("Found the server (pid {pid}) of a daemon that died; stopping it first", {
    pid: record.pid,
  });
  signalGroup(record.pid, "SIGTERM");
  if (!await groupGone(source, record.pid, options.termTimeoutMs)) {
    log.warn("The orphaned server ignored SIGTERM; killing it", { pid: record.pid });
    signalGroup(record.pid, "SIGKILL");
    await groupGone(source, record.pid, 10_000);
  }
  await removeServerPid(dataDirectory);
  return record.pid;
}

/**
 * Whether the recorded server still runs. A record of another boot names
 * no live process of ours, whatever holds its pid now. Its pid is trusted
 * only when its start time matches the record (same source, so comparable); a pid now
 * held by a process of unknown start is `unverifiable`. When the leader is
 * gone, members of its group may live on: a group id is only reused once
 * the group is empty, so they are still the orphan's.
 */
async function orphanState(
  source: ProcessSource,
  record: ServerPidRecord,
): Promise<"alive" | "gone" | "unverifiable"> {
  const bootId = await readBootId();
  if (record.bootId !== undefined && bootId !== null && record.bootId !== bootId) {
    log.info("server.pid is from before a reboot (boot id {recorded}, now {bootId}); ignoring it", {
      recorded: record.bootId,
      bootId,
      pid: record.pid,
    });
    return "gone";
  }
  const stat = await source.stat(record.pid);
  if (stat !== null) {
    const comparable = record.startTime !== 0 &&
      source.name === (record.startTimeSource ?? "proc");
    if (!comparable) return "unverifiable";
    if (stat.startTime !== record.startTime) return "gone";
    if (!stat.state.startsWith("Z")) return "alive";
  }
  return (await source.groupMembers(record.pid)).length > 0 ? "alive" : "gone";
}

/** Polls until the group has no live members (not our child: no exit event to await). */
async function groupGone(source: ProcessSource, pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await source.groupMembers(pgid)).length === 0) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
