/**
 * Process facts from `ps`, for systems without /proc (macOS, the BSDs) and
 * for daemons Deno denies /proc (it grants /proc only to `--allow-all`).
 * Uses only the options BSD and procps `ps` share: `-A`, `-p`, and `-o`
 * with `pid`, `pgid`, `rss` (KiB), `stat` and `lstart`; `ps` runs from an
 * argv, never a shell, in the C locale and UTC so its output parses the
 * same everywhere.
 *
 * @module
 */
import type { GroupMember, ProcessSource, ProcStat } from "./source.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** One row of `ps -A -o pid=,pgid=,rss=,stat=`. */
export interface PsRow {
  /** The process id. */
  pid: number;
  /** Its process group id. */
  pgid: number;
  /** Resident memory in bytes. */
  residentBytes: number;
  /** The state letters (`Z…` = zombie). */
  state: string;
}

/**
 * Parses `ps -A -o pid=,pgid=,rss=,stat=` (no header). Lines that do not
 * parse are skipped.
 *
 * @param text The output.
 * @returns The rows.
 */
export function parsePsTable(text: string): PsRow[] {
  const rows: PsRow[] = [];
  for (const line of text.split("\n")) {
    const [pid, pgid, rss, state] = line.trim().split(/\s+/);
    const row = { pid: Number(pid), pgid: Number(pgid), residentBytes: Number(rss) * 1024, state };
    if (state === undefined || ![row.pid, row.pgid, row.residentBytes].every(Number.isInteger)) {
      continue;
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Parses one line of `ps -o pid=,pgid=,stat=,lstart= -p PID` run in UTC and
 * the C locale, e.g. `4242  4242 Ss   Fri Nov 27 12:42:21 2026`.
 *
 * @param text The output.
 * @returns The facts, `startTime` in Unix seconds; `null` when it does not parse.
 */
export function parsePsStat(text: string): ProcStat | null {
  const [pid, pgrp, state, _weekday, month, day, time, year] = text.trim().split(/\s+/);
  const [h, m, s] = (time ?? "").split(":").map(Number);
  const monthIndex = MONTHS.indexOf(month);
  const startMs = Date.UTC(Number(year), monthIndex, Number(day), h, m, s);
  const stat = { pid: Number(pid), pgrp: Number(pgrp), startTime: startMs / 1000, state };
  if (monthIndex < 0 || ![stat.pid, stat.pgrp, stat.startTime].every(Number.isInteger)) {
    return null;
  }
  return stat;
}

/** Runs `ps` with `args`; its stdout, or `null` when it fails (no such process). */
async function ps(args: string[]): Promise<string | null> {
  const output = await new Deno.Command("ps", {
    args,
    env: { LC_ALL: "C", TZ: "UTC" },
    stdin: "null",
    stdout: "piped",
    stderr: "null",
  }).output();
  return output.success ? new TextDecoder().decode(output.stdout) : null;
}

/**
 * Whether `ps` can be run (installed, and Deno's `--allow-run` permits it).
 *
 * @returns `true` when it reports this very process.
 */
export async function canRunPs(): Promise<boolean> {
  try {
    const out = await ps(["-o", "pid=", "-p", String(Deno.pid)]);
    return out !== null && Number(out.trim()) === Deno.pid;
  } catch {
    // NotFound (no ps), NotCapable/PermissionDenied (no --allow-run).
    return false;
  }
}

/** Process facts from `ps`. `startTime` is the start in Unix seconds (`lstart`). */
export const PS_SOURCE: ProcessSource = {
  name: "ps",
  async stat(pid: number): Promise<ProcStat | null> {
    const out = await ps(["-o", "pid=,pgid=,stat=,lstart=", "-p", String(pid)]);
    return out === null ? null : parsePsStat(out);
  },
  async groupMembers(pgid: number): Promise<GroupMember[]> {
    const out = await ps(["-A", "-o", "pid=,pgid=,rss=,stat="]);
    if (out === null) return [];
    return parsePsTable(out)
      .filter((row) => row.pgid === pgid && !row.state.startsWith("Z"))
      .map((row) => ({ pid: row.pid, residentBytes: row.residentBytes }))
      .sort((a, b) => a.pid - b.pid);
  },
};
