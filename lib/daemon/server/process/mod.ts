/**
 * Process facts (start time, process group members, resident memory) and
 * group signalling. The game server runs in its own process group, so its
 * helpers (a wrapper script's java, …) are signalled and measured together.
 *
 * Facts come from /proc on Linux (fast: plain file reads) and from `ps`
 * where /proc is absent (macOS) or denied (Deno grants /proc only to
 * `--allow-all`): see {@linkcode processSource}.
 *
 * @module
 */
import { canRunPs, PS_SOURCE } from "./ps.ts";

let procReadable: boolean | undefined;

/**
 * Whether this process may read /proc: not on macOS, and on Linux only
 * when Deno runs with `--allow-all`.
 *
 * @returns `true` when /proc is readable.
 */
export async function canReadProc(): Promise<boolean> {
  if (procReadable === undefined) {
    try {
      await Deno.readTextFile("/proc/self/stat");
      procReadable = true;
    } catch {
      procReadable = false;
    }
  }
  return procReadable;
}

/** A live member of a process group. */
export interface GroupMember {
  /** The process id. */
  pid: number;
  /** Its resident memory in bytes. */
  residentBytes: number;
}

/**
 * Where process facts come from. Start times are comparable only between
 * facts of the same source (`name`).
 */
export interface ProcessSource {
  /** `proc` (Linux /proc) or `ps`. */
  readonly name: "proc" | "ps";
  /**
   * Facts of one process.
   *
   * @param pid The process.
   * @returns Its facts, or `null` when there is no such process.
   */
  stat(pid: number): Promise<ProcStat | null>;
  /**
   * The live (non-zombie) members of a process group, by pid.
   *
   * @param pgid The process group id.
   * @returns Its members with their resident memory.
   */
  groupMembers(pgid: number): Promise<GroupMember[]>;
}

/** The fields of `/proc/<pid>/stat` the daemon uses. */
export interface ProcStat {
  /** The process id. */
  pid: number;
  /** The process group id. */
  pgrp: number;
  /**
   * Its start time (/proc: clock ticks after boot; ps: Unix seconds): with
   * `pid`, identifies a process across pid reuse.
   */
  startTime: number;
  /** Process state letter (`Z` = zombie). */
  state: string;
}

/**
 * Reads `/proc/<pid>/stat`.
 *
 * @param pid The process.
 * @returns Its fields, or `null` when there is no such process.
 */
export async function readProcStat(pid: number): Promise<ProcStat | null> {
  let text: string;
  try {
    text = await Deno.readTextFile(`/proc/${pid}/stat`);
  } catch {
    // Gone (NotFound), or exited between listing and reading.
    return null;
  }
  return parseProcStat(text);
}

/**
 * Parses the text of `/proc/<pid>/stat`. The command name (field 2) may hold
 * spaces and parentheses, so fields are counted from the last `)`.
 *
 * @param text The file's content.
 * @returns The fields, or `null` when the text is malformed.
 */
export function parseProcStat(text: string): ProcStat | null {
  const close = text.lastIndexOf(")");
  if (close < 0) return null;
  const pid = Number.parseInt(text, 10);
  const rest = text.slice(close + 2).split(" ");
  // rest[0] is field 3 (state); field N is rest[N - 3].
  const pgrp = Number(rest[5 - 3]);
  const startTime = Number(rest[22 - 3]);
  if (!Number.isFinite(pid) || !Number.isFinite(pgrp) || !Number.isFinite(startTime)) return null;
  return { pid, pgrp, startTime, state: rest[0] };
}

/** Reads a process's resident memory (`VmRSS` of `/proc/<pid>/status`); 0 when gone. */
async function procResidentBytes(pid: number): Promise<number> {
  let text: string;
  try {
    text = await Deno.readTextFile(`/proc/${pid}/status`);
  } catch {
    return 0;
  }
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(text);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Process facts from Linux's /proc. `startTime` is in clock ticks after boot. */
export const PROC_SOURCE: ProcessSource = {
  name: "proc",
  stat: readProcStat,
  async groupMembers(pgid: number): Promise<GroupMember[]> {
    const reads: Promise<GroupMember | null>[] = [];
    for await (const entry of Deno.readDir("/proc")) {
      const pid = Number(entry.name);
      if (!Number.isInteger(pid)) continue;
      reads.push(
        readProcStat(pid).then(async (stat) => {
          if (stat === null || stat.pgrp !== pgid || stat.state === "Z") return null;
          return { pid: stat.pid, residentBytes: await procResidentBytes(stat.pid) };
        }),
      );
    }
    const members = (await Promise.all(reads)).filter((m) => m !== null);
    return members.sort((a, b) => a.pid - b.pid);
  },
};

let chosen: Promise<ProcessSource | null> | undefined;

/**
 * The process facts source this daemon uses: /proc when readable, else
 * `ps` when it can be run, else none (memory figures are then 0 and a
 * server orphaned by a killed daemon cannot be found).
 *
 * @returns The source, or `null`.
 */
export function processSource(): Promise<ProcessSource | null> {
  chosen ??= (async () => {
    if (await canReadProc()) return PROC_SOURCE;
    return await canRunPs() ? PS_SOURCE : null;
  })();
  return chosen;
}

/**
 * Lists the live (non-zombie) members of a process group.
 *
 * @param pgid The process group id.
 * @returns Their pids (none when no source is available).
 */
export async function groupMembers(pgid: number): Promise<number[]> {
  const source = await processSource();
  return source === null ? [] : (await source.groupMembers(pgid)).map((m) => m.pid);
}

/**
 * Sums the resident memory of a process group.
 *
 * @param pgid The process group id.
 * @returns Bytes (0 when no source is available).
 */
export async function groupResidentBytes(pgid: number): Promise<number> {
  const source = await processSource();
  if (source === null) return 0;
  const members = await source.groupMembers(pgid);
  return members.reduce((sum, m) => sum + m.residentBytes, 0);
}

/**
 * Sends a signal to a whole process group; a group that is already gone is
 * not an error.
 *
 * @param pgid The process group id (the leader's pid).
 * @param signal The signal.
 * @returns Whether the group existed.
 */
export function signalGroup(pgid: number, signal: Deno.Signal): boolean {
  if (!Number.isInteger(pgid) || pgid <= 1) throw new RangeError(`Not a process group: ${pgid}`);
  try {
    Deno.kill(-pgid, signal);
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    // ESRCH surfaces as NotFound on most versions, as a plain error on others.
    if ((error as { code?: string }).code === "ESRCH") return false;
    throw error;
  }
}
