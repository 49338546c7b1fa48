/**
 * Setting up and launching a demo server: the command array that runs
 * `atlas-runner demo-server` with the current program, and a server
 * directory with its `server.properties`.
 *
 * @module
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { atomicWriteFile } from "../util/atomic_write.ts";
import { pathExists } from "../util/fs.ts";
import { formatServerProperties, SERVER_PROPERTIES_FILE } from "../minecraft/server_properties.ts";

/** The permissions a demo server needs under `deno run`. */
export const DEMO_SERVER_PERMISSIONS: readonly string[] = [
  "--allow-read",
  "--allow-write",
  "--allow-net",
  "--allow-env",
];

/**
 * The argv that starts a demo server with this program (to be spawned with
 * the server directory as its working directory): a compiled binary runs
 * itself as `[binary, "demo-server"]`; under `deno run`, Deno runs this
 * source tree's `main.ts` with the permissions the demo needs. From a test
 * (where the main module is the test file) the path is still this tree's
 * `main.ts`, found from this module's own location.
 *
 * @returns The command and its arguments.
 *
 * @example Spawning one
 * ```ts ignore
 * import { demoServerCommand } from "./setup.ts";
 *
 * const [cmd, ...args] = demoServerCommand();
 * const child = new Deno.Command(cmd, { args, cwd: "/srv/demo", stdin: "piped" }).spawn();
 * ```
 */
export function demoServerCommand(): string[] {
  if (Deno.build.standalone) return [Deno.execPath(), "demo-server"];
  return [Deno.execPath(), "run", ...DEMO_SERVER_PERMISSIONS, mainModulePath(), "demo-server"];
}

/** This tree's `main.ts`, or the running main module when this module is not a local file. */
function mainModulePath(): string {
  const own = new URL("../../main.ts", import.meta.url);
  if (own.protocol === "file:") return fileURLToPath(own);
  const main = new URL(Deno.mainModule);
  return main.protocol === "file:" ? fileURLToPath(main) : main.href;
}

/** Options of {@linkcode writeDemoServerDirectory}. */
export interface DemoDirectoryOptions {
  /** `server-port`. */
  port: number;
  /** `rcon.port`. @default 25575 */
  rconPort?: number;
  /** `rcon.password`; RCON is enabled exactly when one is given. @default "" */
  rconPassword?: string;
  /** `motd`. @default "An Atlas Runner demo server" */
  motd?: string;
  /** `max-players`. @default 20 */
  maxPlayers?: number;
  /** `server-ip`: the demo listens on loopback only unless told otherwise. @default "127.0.0.1" */
  serverIp?: string;
  /** Leave an existing `server.properties` as it is. @default false */
  keepExisting?: boolean;
}

/**
 * Creates a demo server directory (and its parents) with a vanilla-style
 * `server.properties` holding the given values; an existing file is
 * replaced unless `keepExisting` is set.
 *
 * @param directory The server directory.
 * @param options The ports, RCON password and other values.
 * @returns The path of `server.properties`.
 *
 * @example Setting up a demo with RCON
 * ```ts ignore
 * import { writeDemoServerDirectory } from "./setup.ts";
 *
 * await writeDemoServerDirectory("/tmp/demo", { port: 25565, rconPort: 25575, rconPassword: "pw" });
 * ```
 */
export async function writeDemoServerDirectory(
  directory: string,
  options: DemoDirectoryOptions,
): Promise<string> {
  await Deno.mkdir(directory, { recursive: true });
  const path = join(directory, SERVER_PROPERTIES_FILE);
  if (options.keepExisting && await pathExists(path)) return path;
  const password = options.rconPassword ?? "";
  const values: Record<string, string> = {
    "server-port": String(options.port),
    "server-ip": options.serverIp ?? "127.0.0.1",
    motd: options.motd ?? "An Atlas Runner demo server",
    "max-players": String(options.maxPlayers ?? 20),
    "enable-rcon": String(password !== ""),
    "rcon.port": String(options.rconPort ?? 25575),
    "rcon.password": password,
  };
  await atomicWriteFile(path, formatServerProperties(values));
  return path;
}
