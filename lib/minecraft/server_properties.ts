/**
 * The Minecraft server's `server.properties`: the vanilla defaults (1.21.4)
 * and the typed values Atlas Runner needs, read as the server reads them
 * (a number that does not parse, or is missing, falls back to its default;
 * a boolean is `true` only for `true`, in any case).
 *
 * @module
 */
import { join } from "node:path";
import { formatProperties, readPropertiesFile } from "./properties.ts";

/** The file name, in the server's directory. */
export const SERVER_PROPERTIES_FILE = "server.properties";

/** Every key a vanilla 1.21.4 server writes, with its default, sorted as vanilla writes them. */
export const VANILLA_SERVER_PROPERTIES: ReadonlyArray<readonly [string, string]> = [
  ["accepts-transfers", "false"],
  ["allow-flight", "false"],
  ["allow-nether", "true"],
  ["broadcast-console-to-ops", "true"],
  ["broadcast-rcon-to-ops", "true"],
  ["bug-report-link", ""],
  ["difficulty", "easy"],
  ["enable-command-block", "false"],
  ["enable-jmx-monitoring", "false"],
  ["enable-query", "false"],
  ["enable-rcon", "false"],
  ["enable-status", "true"],
  ["enforce-secure-profile", "true"],
  ["enforce-whitelist", "false"],
  ["entity-broadcast-range-percentage", "100"],
  ["force-gamemode", "false"],
  ["function-permission-level", "2"],
  ["gamemode", "survival"],
  ["generate-structures", "true"],
  ["generator-settings", "{}"],
  ["hardcore", "false"],
  ["hide-online-players", "false"],
  ["initial-disabled-packs", ""],
  ["initial-enabled-packs", "vanilla"],
  ["level-name", "world"],
  ["level-seed", ""],
  ["level-type", "minecraft:normal"],
  ["log-ips", "true"],
  ["max-chained-neighbor-updates", "1000000"],
  ["max-players", "20"],
  ["max-tick-time", "60000"],
  ["max-world-size", "29999984"],
  ["motd", "A Minecraft Server"],
  ["network-compression-threshold", "256"],
  ["online-mode", "true"],
  ["op-permission-level", "4"],
  ["pause-when-empty-seconds", "60"],
  ["player-idle-timeout", "0"],
  ["prevent-proxy-connections", "false"],
  ["pvp", "true"],
  ["query.port", "25565"],
  ["rate-limit", "0"],
  ["rcon.password", ""],
  ["rcon.port", "25575"],
  ["region-file-compression", "deflate"],
  ["require-resource-pack", "false"],
  ["resource-pack", ""],
  ["resource-pack-id", ""],
  ["resource-pack-prompt", ""],
  ["resource-pack-sha1", ""],
  ["server-ip", ""],
  ["server-port", "25565"],
  ["simulation-distance", "10"],
  ["spawn-monsters", "true"],
  ["spawn-protection", "16"],
  ["sync-chunk-writes", "true"],
  ["text-filtering-config", ""],
  ["text-filtering-version", "0"],
  ["use-native-transport", "true"],
  ["view-distance", "10"],
  ["white-list", "false"],
];

/** The values of `server.properties` that Atlas Runner uses. */
export interface ServerProperties {
  /** `server-port`. @default 25565 */
  serverPort: number;
  /** `server-ip`; empty means all interfaces. @default "" */
  serverIp: string;
  /** `motd`. @default "A Minecraft Server" */
  motd: string;
  /** `max-players`. @default 20 */
  maxPlayers: number;
  /** `enable-rcon`. @default false */
  enableRcon: boolean;
  /** `rcon.port`. @default 25575 */
  rconPort: number;
  /** `rcon.password`; RCON stays off while it is empty. @default "" */
  rconPassword: string;
  /** `level-name`: the world folder. @default "world" */
  levelName: string;
  /** `enable-status`: whether the server answers the Server List Ping. @default true */
  enableStatus: boolean;
  /** `hide-online-players`: no player sample in the ping. @default false */
  hideOnlinePlayers: boolean;
  /** `enforce-secure-profile`. @default true */
  enforceSecureProfile: boolean;
  /** `broadcast-rcon-to-ops`: RCON command feedback echoed on the console. @default true */
  broadcastRconToOps: boolean;
  /** `gamemode`. @default "survival" */
  gamemode: string;
  /** Every key and value as read (defaults not merged in). */
  raw: Map<string, string>;
}

const DEFAULTS = new Map(VANILLA_SERVER_PROPERTIES);

function text(raw: Map<string, string>, key: string): string {
  return raw.get(key) ?? DEFAULTS.get(key) ?? "";
}

/** `Integer.parseInt`, falling back to the default as vanilla does. */
function int(raw: Map<string, string>, key: string): number {
  const value = raw.get(key);
  if (value !== undefined && /^[+-]?\d{1,10}$/.test(value)) {
    const n = Number(value);
    if (n >= -(2 ** 31) && n < 2 ** 31) return n;
  }
  return Number(DEFAULTS.get(key));
}

/** `Boolean.valueOf`: `true` in any case is true, anything else false. */
function bool(raw: Map<string, string>, key: string): boolean {
  return text(raw, key).toLowerCase() === "true";
}

/**
 * Types the raw properties, filling in vanilla defaults.
 *
 * @param raw The parsed file (empty for a missing file).
 * @returns The typed values.
 *
 * @example Defaults
 * ```ts
 * import { serverPropertiesFrom } from "./server_properties.ts";
 * import assert from "node:assert/strict";
 *
 * const props = serverPropertiesFrom(new Map([["server-port", "not a number"]]));
 * assert.equal(props.serverPort, 25565);
 * assert.equal(props.levelName, "world");
 * ```
 */
export function serverPropertiesFrom(raw: Map<string, string>): ServerProperties {
  return {
    serverPort: int(raw, "server-port"),
    serverIp: text(raw, "server-ip"),
    motd: text(raw, "motd"),
    maxPlayers: int(raw, "max-players"),
    enableRcon: bool(raw, "enable-rcon"),
    rconPort: int(raw, "rcon.port"),
    rconPassword: text(raw, "rcon.password"),
    levelName: text(raw, "level-name"),
    enableStatus: bool(raw, "enable-status"),
    hideOnlinePlayers: bool(raw, "hide-online-players"),
    enforceSecureProfile: bool(raw, "enforce-secure-profile"),
    broadcastRconToOps: bool(raw, "broadcast-rcon-to-ops"),
    gamemode: text(raw, "gamemode"),
    raw,
  };
}

/**
 * Reads `server.properties` in a server directory.
 *
 * @param directory The server's directory.
 * @returns The typed values (all defaults when the file does not exist) and
 *   whether the file exists.
 * @throws {SyntaxError} On a malformed `\uXXXX` escape.
 */
export async function readServerProperties(
  directory: string,
): Promise<ServerProperties & { exists: boolean }> {
  const raw = await readPropertiesFile(join(directory, SERVER_PROPERTIES_FILE));
  return { ...serverPropertiesFrom(raw ?? new Map()), exists: raw !== null };
}

/**
 * Formats a vanilla-style `server.properties`: every vanilla key, with the
 * given values replacing the defaults (extra keys are appended).
 *
 * @param values The keys to set.
 * @param date The date of the header comment (`null` for none).
 * @returns The file's text.
 */
export function formatServerProperties(
  values: Record<string, string> = {},
  date: Date | null = new Date(),
): string {
  const merged = new Map(VANILLA_SERVER_PROPERTIES);
  for (const [k, v] of Object.entries(values)) merged.set(k, v);
  return formatProperties(merged, { comment: "Minecraft server properties", date });
}
