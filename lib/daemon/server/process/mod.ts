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
import { canReadProc, PROC_SOURCE } from "./proc.ts";
import { canRunPs, PS_SOURCE } from "./ps.ts";
import type { ProcessSource } from "./source.ts";

export type { GroupMember, ProcessSource, ProcStat } from "./source.ts";

let bootId: Promise<string | null> | undefined;

/**
 * The kernel's boot id (`/proc/sys/kernel/random/boot_id`, Linux): a pid
 * and start time identify a process only within one boot.
 *
 * @returns The id, or `null` where it cannot be read (macOS, no /proc access).
 */
export function readBootId(): Promise<string | null> {
  bootId ??= Deno.readTextFile("/proc/sys/kernel/random/boot_id")
    .then((text) => text.trim() || null, () => null);
  return bootId;
}

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
