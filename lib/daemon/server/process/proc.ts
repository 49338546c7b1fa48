/**
 * Process facts from Linux's /proc: plain file reads, fast. Deno grants
 * /proc only to `--allow-all`, so {@linkcode canReadProc} is checked first.
 *
 * @module
 */
import type { GroupMember, ProcessSource, ProcStat } from "./source.ts";

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
