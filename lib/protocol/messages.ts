/**
 * The single adapter over the generated protobufjs code: re-exports the
 * `atlas` namespace (with long.js wired in first, so uint64 ids stay exact)
 * and adds the few helpers the rest of the code needs around ids and oneofs.
 *
 * @module
 */
import "./_long.ts";
import "./_oneof.ts";
import LongClass from "long";
import { atlas } from "./gen/ipc.js";

export { atlas };

/**
 * A 64-bit integer as long.js represents it: what protobufjs decodes uint64
 * fields into (`id`, `uptimeSeconds`, `memoryUsageMb`, `createdAt`,
 * `sizeBytes`). Convert with `Number()` when the value is known to be below
 * 2^53, `toString()`, or {@linkcode idToBigInt} for exactness.
 */
export type Long = LongClass;

/** The name of a request payload: `"getStatus"`, `"startServer"`, …. */
export type RequestName = NonNullable<atlas.ipc.Request["payload"]>;

/** The name of a response payload, including `"error"`. */
export type ResponseName = NonNullable<atlas.ipc.Response["payload"]>;

/** Every request payload name, in field-number order. */
export const REQUEST_NAMES: readonly RequestName[] = [
  "startServer",
  "stopServer",
  "getStatus",
  "sendCommand",
  "getLogs",
  "createBackup",
  "listBackups",
  "restoreBackup",
  "updateServer",
  "getConfig",
  "setConfig",
  "getMetrics",
];

/** A uint64 id as protobufjs holds it: a long.js `Long`, or a safe integer. */
export type WireId = Long | number;

/** The largest id on the wire, 2^64 − 1. */
export const MAX_ID: bigint = (1n << 64n) - 1n;

/**
 * Converts a uint64 id as decoded by protobufjs into an exact `bigint`.
 *
 * @example Reading the largest id exactly
 * ```ts
 * import { atlas, idToBigInt, idToLong, MAX_ID } from "@atlas/runner";
 * import assert from "node:assert/strict";
 *
 * const body = atlas.ipc.Request.encode({ id: idToLong(MAX_ID), getStatus: {} }).finish();
 * assert.equal(idToBigInt(atlas.ipc.Request.decode(body).id), 18446744073709551615n);
 * ```
 *
 * @param id The decoded id (a `Long` or a number).
 * @returns The id as a `bigint` in 0..2^64−1.
 */
export function idToBigInt(id: WireId | null | undefined): bigint {
  if (id === null || id === undefined) return 0n;
  if (typeof id === "number") return BigInt(id);
  return (BigInt(id.high >>> 0) << 32n) | BigInt(id.low >>> 0);
}

/**
 * Converts an exact id into the `Long` that protobufjs encodes as uint64.
 *
 * @example Setting an id above 2^53
 * ```ts
 * import { idToLong } from "@atlas/runner";
 * import assert from "node:assert/strict";
 *
 * assert.equal(idToLong(2n ** 53n + 1n).toString(), "9007199254740993");
 * ```
 *
 * @param id An id in 0..2^64−1.
 * @returns An unsigned `Long`.
 * @throws {RangeError} When the id is outside the uint64 range.
 */
export function idToLong(id: bigint): Long {
  if (id < 0n || id > MAX_ID) throw new RangeError(`Id out of the uint64 range: ${id}`);
  return LongClass.fromBits(Number(id & 0xffffffffn) | 0, Number(id >> 32n) | 0, true);
}
