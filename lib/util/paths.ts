/**
 * Where Atlas Runner keeps its socket, config file and data by default, and
 * how a command-line flag and the environment override them. Shared by the
 * daemon and the client commands, so both agree on the socket path; it
 * imports nothing from the daemon, so client commands stay lean.
 *
 * Precedence everywhere: flag > environment variable > default.
 *
 * @module
 */
import { isAbsolute, join, resolve } from "node:path";

/** The environment variable naming the socket path. */
export const SOCKET_ENV = "ATLAS_RUNNER_SOCKET";
/** The environment variable naming the config file. */
export const CONFIG_ENV = "ATLAS_RUNNER_CONFIG";

/** The name of the application's folders and files. */
const APP = "atlas-runner";

/**
 * Reads an environment variable, treating an empty value as unset.
 *
 * @param name The variable.
 * @returns Its value, or `undefined` when unset or empty.
 */
function env(name: string): string | undefined {
  const value = Deno.env.get(name);
  return value === undefined || value === "" ? undefined : value;
}

/**
 * Reads an XDG base directory variable. The XDG spec says a relative value is
 * invalid and must be ignored.
 */
function xdg(name: string): string | undefined {
  const value = env(name);
  return value !== undefined && isAbsolute(value) ? value : undefined;
}

/**
 * The user's home directory.
 *
 * @throws {Error} When `HOME` is not set (then no default path can be made).
 */
function home(): string {
  const value = env("HOME");
  if (value === undefined) {
    throw new Error("Cannot find the home directory: HOME is not set; pass the path explicitly");
  }
  return value;
}

/**
 * The fallback socket directory when `XDG_RUNTIME_DIR` is unset:
 * `/tmp/atlas-runner-<uid>`. Whoever creates it must make it 0700
 * (the daemon does, see `ensureSocketDirectory` in the daemon).
 *
 * @returns The directory's path.
 */
export function fallbackSocketDirectory(): string {
  const uid = Deno.uid();
  return join("/tmp", `${APP}-${uid ?? "user"}`);
}

/**
 * The default socket path: `$XDG_RUNTIME_DIR/atlas-runner.sock`, else
 * `/tmp/atlas-runner-<uid>/atlas-runner.sock`.
 *
 * @returns An absolute path.
 *
 * @example Default socket path
 * ```ts
 * import { defaultSocketPath } from "./paths.ts";
 *
 * const path = defaultSocketPath();
 * console.assert(path.endsWith("atlas-runner.sock"));
 * ```
 */
export function defaultSocketPath(): string {
  const runtime = xdg("XDG_RUNTIME_DIR");
  if (runtime !== undefined) return join(runtime, `${APP}.sock`);
  return join(fallbackSocketDirectory(), `${APP}.sock`);
}

/**
 * The default config file: `$XDG_CONFIG_HOME/atlas-runner/config.json`, else
 * `~/.config/atlas-runner/config.json`.
 *
 * @returns An absolute path.
 */
export function defaultConfigPath(): string {
  const base = xdg("XDG_CONFIG_HOME") ?? join(home(), ".config");
  return join(base, APP, "config.json");
}

/**
 * The default data directory: `$XDG_DATA_HOME/atlas-runner`, else
 * `~/.local/share/atlas-runner`.
 *
 * @returns An absolute path.
 */
export function defaultDataDirectory(): string {
  const base = xdg("XDG_DATA_HOME") ?? join(home(), ".local", "share");
  return join(base, APP);
}

/**
 * The socket path to use: the flag if given, else `ATLAS_RUNNER_SOCKET`,
 * else {@linkcode defaultSocketPath}. A relative path is made absolute
 * against the current directory.
 *
 * @param flag The `--socket` value, if any.
 * @returns An absolute path.
 *
 * @example A flag wins
 * ```ts
 * import { resolveSocketPath } from "./paths.ts";
 *
 * console.assert(resolveSocketPath("/run/x.sock") === "/run/x.sock");
 * ```
 */
export function resolveSocketPath(flag?: string): string {
  const chosen = nonEmpty(flag) ?? env(SOCKET_ENV);
  return chosen === undefined ? defaultSocketPath() : resolve(chosen);
}

/**
 * The config file to use: the flag if given, else `ATLAS_RUNNER_CONFIG`,
 * else {@linkcode defaultConfigPath}. A relative path is made absolute
 * against the current directory.
 *
 * @param flag The `--config` value, if any.
 * @returns An absolute path.
 */
export function resolveConfigPath(flag?: string): string {
  const chosen = nonEmpty(flag) ?? env(CONFIG_ENV);
  return chosen === undefined ? defaultConfigPath() : resolve(chosen);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}

/**
 * What makes a socket directory unsafe to connect through: whoever controls
 * it can put their own socket there and collect what a client sends. It
 * must be a real directory (not a link), owned by this user, with no group
 * or other permission bits.
 *
 * @param dir The directory.
 * @returns The problem in words, or `null` when it is safe or missing (a
 *   connect then simply finds no daemon).
 */
export async function socketDirectoryProblem(dir: string): Promise<string | null> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.lstat(dir);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null;
    throw error;
  }
  if (info.isSymlink) return "it is a symbolic link";
  if (!info.isDirectory) return "it is not a directory";
  const uid = Deno.uid();
  if (uid !== null && info.uid !== uid) return `it belongs to another user (uid ${info.uid})`;
  const mode = info.mode ?? 0;
  if ((mode & 0o077) !== 0) {
    return `other users have access to it (mode ${(mode & 0o777).toString(8).padStart(4, "0")})`;
  }
  return null;
}
