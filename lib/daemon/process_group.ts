/**
 * Linux process facts from /proc (start time, process group members,
 * resident memory) and group signalling. The game server runs in its own
 * process group, so its helpers (a wrapper script's java, …) are signalled
 * and measured together.
 *
 * @module
 */

let procReadable: boolean | undefined;

/**
 * Whether this process may read /proc. Deno lets only `--allow-all`
 * programs read it; without it, memory figures are 0 and orphans cannot be
 * identified (the daemon says so at start).
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

/** The fields of `/proc/<pid>/stat` the daemon uses. */
export interface ProcStat {
  /** The process id. */
  pid: number;
  /** The process group id. */
  pgrp: number;
  /** Start time after boot, in clock ticks: with `pid`, identifies a process across pid reuse. */
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

/**
 * Lists the live (non-zombie) members of a process group.
 *
 * @param pgid The process group id.
 * @returns Their pids (none when /proc is not readable).
 */
export async function groupMembers(pgid: number): Promise<number[]> {
  if (!await canReadProc()) return [];
  const pids: number[] = [];
  const reads: Promise<void>[] = [];
  for await (const entry of Deno.readDir("/proc")) {
    const pid = Number(entry.name);
    if (!Number.isInteger(pid)) continue;
    reads.push(
      readProcStat(pid).then((stat) => {
        if (stat !== null && stat.pgrp === pgid && stat.state !== "Z") pids.push(stat.pid);
      }),
    );
  }
  await Promise.all(reads);
  return pids.sort((a, b) => a - b);
}

/**
 * Reads a process's resident memory (`VmRSS` of `/proc/<pid>/status`).
 *
 * @param pid The process.
 * @returns Bytes, or 0 when gone.
 */
export async function residentBytes(pid: number): Promise<number> {
  let text: string;
  try {
    text = await Deno.readTextFile(`/proc/${pid}/status`);
  } catch {
    return 0;
  }
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(text);
  return match ? Number(match[1]) * 1024 : 0;
}

/**
 * Sums the resident memory of a process group.
 *
 * @param pgid The process group id.
 * @returns Bytes.
 */
export async function groupResidentBytes(pgid: number): Promise<number> {
  const sizes = await Promise.all((await groupMembers(pgid)).map(residentBytes));
  return sizes.reduce((a, b) => a + b, 0);
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
