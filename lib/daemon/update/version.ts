/**
 * Minecraft version ids, compared as versions rather than strings: `26.1`
 * is newer than `1.21.4`, `1.21.10` newer than `1.21.9`, and a pre-release
 * or release candidate older than its release. Both naming schemes are
 * understood: `1.21.5-pre1` / `1.21.5-rc1` (up to 2025) and
 * `26.1-snapshot-1` / `26.1-pre-1` / `26.1-rc-1` (from 2026). Weekly
 * snapshots (`25w14a`) compare among themselves by year, week and letter;
 * against a release they have no order of their own (use the manifest's
 * release times for that).
 *
 * @module
 */

/** A parsed version id. */
export type ParsedVersion =
  | { kind: "release"; numbers: number[]; stage: number; stageNumber: number }
  | { kind: "weekly"; year: number; week: number; letter: string };

/** Stage ranks: a snapshot before a pre-release before a release candidate before the release. */
const STAGES: Record<string, number> = {
  snapshot: 0,
  pre: 1,
  "pre-release": 1,
  rc: 2,
  "release candidate": 2,
};
const RELEASE_STAGE = 3;

const RELEASE_ID =
  /^(\d+(?:\.\d+)*)(?:(?:-| )(snapshot|pre-release|pre|rc|release candidate)(?:-| )?(\d+))?$/i;
const WEEKLY_ID = /^(\d{2})w(\d{2})([a-z]+)$/;

/**
 * Parses a version id.
 *
 * @param id A Minecraft version id.
 * @returns The parsed version, or `null` for an id of neither scheme.
 */
export function parseVersion(id: string): ParsedVersion | null {
  const release = RELEASE_ID.exec(id.trim());
  if (release) {
    return {
      kind: "release",
      numbers: release[1].split(".").map(Number),
      stage: release[2] ? STAGES[release[2].toLowerCase()] : RELEASE_STAGE,
      stageNumber: release[3] ? Number(release[3]) : 0,
    };
  }
  const weekly = WEEKLY_ID.exec(id.trim());
  if (weekly) {
    return { kind: "weekly", year: Number(weekly[1]), week: Number(weekly[2]), letter: weekly[3] };
  }
  return null;
}

function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/**
 * Compares two version ids.
 *
 * @param a A version id.
 * @param b Another version id.
 * @returns -1 when `a` is older, 1 when newer, 0 when the same, `null` when
 *   they have no order without more facts (a weekly snapshot against a
 *   release, or an id of neither scheme).
 *
 * @example Versions are not strings
 * ```ts
 * import assert from "node:assert/strict";
 * import { compareVersions } from "./version.ts";
 *
 * assert.equal(compareVersions("26.1", "1.21.4"), 1);
 * assert.equal(compareVersions("1.21.10", "1.21.9"), 1);
 * assert.equal(compareVersions("1.21.5-rc1", "1.21.5"), -1);
 * assert.equal(compareVersions("25w14a", "25w03a"), 1);
 * ```
 */
export function compareVersions(a: string, b: string): -1 | 0 | 1 | null {
  if (a === b) return 0;
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (!pa || !pb) return null;
  if (pa.kind === "weekly" && pb.kind === "weekly") {
    return sign(pa.year - pb.year) || sign(pa.week - pb.week) ||
      sign(pa.letter.length - pb.letter.length) ||
      (pa.letter < pb.letter ? -1 : pa.letter > pb.letter ? 1 : 0);
  }
  if (pa.kind !== "release" || pb.kind !== "release") return null;
  const length = Math.max(pa.numbers.length, pb.numbers.length);
  for (let i = 0; i < length; i++) {
    const d = sign((pa.numbers[i] ?? 0) - (pb.numbers[i] ?? 0));
    if (d) return d;
  }
  return sign(pa.stage - pb.stage) || sign(pa.stageNumber - pb.stageNumber);
}
