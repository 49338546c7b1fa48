/**
 * The one interface of process facts, which /proc (`proc.ts`) and `ps`
 * (`ps.ts`) implement; `mod.ts` picks one.
 *
 * @module
 */

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
