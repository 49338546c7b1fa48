/**
 * The demo server's pretend players (from `ATLAS_DEMO_PLAYERS`): their
 * offline-mode UUIDs and the console lines vanilla prints when a player
 * joins and leaves.
 *
 * @module
 */
import { createHash } from "node:crypto";
import type { ConsoleOutput } from "./output.ts";

/** An online player. */
export interface DemoPlayer {
  /** The player's name. */
  name: string;
  /** The offline-mode UUID, with dashes. */
  uuid: string;
  /** The entity id shown in the login line. */
  entityId: number;
  /** The pretend client address, `/127.0.0.1:<port>`. */
  address: string;
}

/**
 * The UUID an offline-mode server gives a name: a version-3 (MD5) UUID of
 * `OfflinePlayer:<name>`, as `UUIDUtil.createOfflinePlayerUUID` makes it.
 *
 * @param name The player's name.
 * @returns The UUID with dashes.
 *
 * @example Notch's offline UUID
 * ```ts
 * import { offlineUuid } from "./players.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(offlineUuid("Notch"), "b50ad385-829d-3141-a216-7e7d7539ba7f");
 * ```
 */
export function offlineUuid(name: string): string {
  const hash = createHash("md5").update(`OfflinePlayer:${name}`, "utf8").digest();
  hash[6] = (hash[6] & 0x0f) | 0x30;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const h = hash.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Makes the players for a list of names.
 *
 * @param names The names.
 * @returns The players, with entity ids and ports counting up.
 */
export function makePlayers(names: readonly string[]): DemoPlayer[] {
  return names.map((name, i) => ({
    name,
    uuid: offlineUuid(name),
    entityId: 180 + i * 7,
    address: `/127.0.0.1:${50_000 + i}`,
  }));
}

/**
 * Prints vanilla's join lines for a player.
 *
 * @param out The console.
 * @param player The player.
 * @param authenticator Which `User Authenticator #N` thread logs the UUID.
 */
export function printJoin(out: ConsoleOutput, player: DemoPlayer, authenticator: number): void {
  out.log(
    `UUID of player ${player.name} is ${player.uuid}`,
    `User Authenticator #${authenticator}`,
  );
  out.info(
    `${player.name}[${player.address}] logged in with entity id ${player.entityId} at (0.5, 64.0, 0.5)`,
  );
  out.info(`${player.name} joined the game`);
}

/**
 * Prints vanilla's leave lines for a player.
 *
 * @param out The console.
 * @param player The player.
 * @param reason Why the connection ended (`Server closed` on shutdown).
 */
export function printLeave(out: ConsoleOutput, player: DemoPlayer, reason: string): void {
  out.info(`${player.name} lost connection: ${reason}`);
  out.info(`${player.name} left the game`);
}
