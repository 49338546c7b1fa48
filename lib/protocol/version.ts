/**
 * Protocol evolution: what a daemon offers, learned from the fields it sends
 * in `GetStatusResponse` (no request type an old daemon would refuse), and
 * the error a client raises when it needs more than the daemon offers.
 *
 * The rule: new capabilities arrive as new fields with new numbers (and, only
 * when unavoidable, new oneof cases guarded by a feature name); numbers are
 * never changed or reused. A daemon older than 0.2.0 leaves every new status
 * field at its default, so it reads as protocol version 0 with no features.
 *
 * @module
 */
import { IpcError } from "./errors.ts";
import type { atlas } from "./messages.ts";

/** The protocol revision this code speaks: 2, for runner-ipc-v2. */
export const PROTOCOL_VERSION = 2;

/**
 * The optional features a daemon may list in `GetStatusResponse.features`,
 * each with the first daemon version that offers it. A client checks the list
 * before sending a request an older daemon would not know.
 */
export const DAEMON_FEATURES: Readonly<Record<DaemonFeature, string>> = Object.freeze({
  metrics: "0.2.0",
});

/** The name of an optional daemon feature (`"metrics"`: the GetMetrics request). */
export type DaemonFeature = "metrics";

/** What a daemon says about itself in its status. */
export interface DaemonInfo {
  /** The daemon's version (`"0.2.0"`), or `null` from daemons older than 0.2.0. */
  daemonVersion: string | null;
  /** The protocol revision it speaks: 2, or 0 from daemons older than 0.2.0. */
  protocolVersion: number;
  /** The optional features it offers (`"metrics"`, …). */
  features: readonly string[];
}

/**
 * Reads a daemon's versions and features from a status answer.
 *
 * @example Reading an old daemon's status
 * ```ts
 * import { daemonInfoFromStatus } from "@atlas/runner";
 * import assert from "node:assert/strict";
 *
 * // A daemon older than 0.2.0 does not send the new fields.
 * const info = daemonInfoFromStatus({ state: 3, version: "1.21.4" });
 * assert.deepEqual(info, { daemonVersion: null, protocolVersion: 0, features: [] });
 * ```
 *
 * @param status A decoded `GetStatusResponse` (or a plain object of its shape).
 * @returns The daemon's version, protocol version and features.
 */
export function daemonInfoFromStatus(status: atlas.ipc.GetStatusResponse.$Properties): DaemonInfo {
  return {
    daemonVersion: status.daemonVersion || null,
    protocolVersion: status.protocolVersion ?? 0,
    features: Object.freeze([...(status.features ?? [])]),
  };
}

/**
 * Checks that a daemon offers a feature.
 *
 * @example Refusing metrics from an old daemon
 * ```ts
 * import { assertDaemonFeature, isIpcError } from "@atlas/runner";
 * import assert from "node:assert/strict";
 *
 * const old = { daemonVersion: null, protocolVersion: 0, features: [] };
 * assert.throws(
 *   () => assertDaemonFeature(old, "metrics"),
 *   (e) => isIpcError(e) && e.code === "NOT_IMPLEMENTED" && e.message.includes("0.2.0"),
 * );
 * ```
 *
 * @param info What the daemon said about itself ({@linkcode daemonInfoFromStatus}).
 * @param feature The feature needed.
 * @throws {IpcError} `NOT_IMPLEMENTED` naming the daemon version needed, when
 * the daemon does not list the feature.
 */
export function assertDaemonFeature(info: DaemonInfo, feature: DaemonFeature): void {
  if (info.features.includes(feature)) return;
  throw featureMissing(info, feature);
}

/**
 * The error for a feature the daemon lacks: names the daemon version that has it.
 *
 * @internal Also used when an old daemon answers `UNKNOWN_REQUEST`.
 */
export function featureMissing(info: DaemonInfo | null, feature: DaemonFeature): IpcError {
  const needed = DAEMON_FEATURES[feature];
  const have = info?.daemonVersion ? `daemon ${info.daemonVersion}` : "a daemon older than 0.2.0";
  return new IpcError(
    "NOT_IMPLEMENTED",
    `The daemon does not support ${feature}: it is ${have}, and daemon ${needed} or newer is needed`,
    { hint: `Upgrade atlas-runner on the daemon's host to ${needed} or newer, then restart it` },
  );
}
