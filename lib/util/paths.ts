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
/** The environment variable naming the instance (`--name` / `--server`). */
export const NAME_ENV = "ATLAS_RUNNER_NAME";

/** What an instance name may look like: lower-case letters, digits, `_` and `-`, 1 to 32. */
export const INSTANCE_NAME_PATTERN: RegExp = /^[a-z0-9][a-z0-9_-]{0,31}$/;

/**
 * Names an instance may not have, because its paths would be the unnamed
 * instance's: `config` (`config.json`), `atlas-runner` (the unnamed socket in
 * the fallback directory), and `demo`, `backups`, `logs` (folders of the
 * unnamed instance's data directory, which holds the named ones).
 */
export const RESERVED_INSTANCE_NAMES: readonly string[] = [
  "atlas-runner",
  "backups",
  "config",
  "demo",
  "logs",
];

/** The name of the application's folders and files. */
const APP = "atlas-runner";

/**
 * Reads an environment variable: the process's by default, or the one a
 * caller injects (the CLI passes its injected environment, so a command run
 * in-process sees the variables it was given, not the host's).
 */
export type EnvReader = (name: string) => string | undefined;

/** The process's environment. */
function processEnv(name: string): string | undefined {
  return Deno.env.get(name);
}

/**
 * Reads an environment variable, treating an empty value as unset.
 *
 * @param name The variable.
 * @param read Where to read it.
 * @returns Its value, or `undefined` when unset or empty.
 */
function env(name: string, read: EnvReader = processEnv): string | undefined {
  const value = read(name);
  return value === undefined || value === "" ? undefined : value;
}

/**
 * Reads an XDG base directory variable. The XDG spec says a relative value is
 * invalid and must be ignored.
 */
function xdg(name: string, read: EnvReader): string | undefined {
  const value = env(name, read);
  return value !== undefined && isAbsolute(value) ? value : undefined;
}

/**
 * The user's home directory.
 *
 * @throws {Error} When `HOME` is not set (then no default path can be made).
 */
function home(read: EnvReader): string {
  const value = env("HOME", read);
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
 * @param read Where to read `XDG_RUNTIME_DIR`.
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
export function defaultSocketPath(read: EnvReader = processEnv): string {
  const runtime = xdg("XDG_RUNTIME_DIR", read);
  if (runtime !== undefined) return join(runtime, `${APP}.sock`);
  return join(fallbackSocketDirectory(), `${APP}.sock`);
}

/**
 * The default config file: `$XDG_CONFIG_HOME/atlas-runner/config.json`, else
 * `~/.config/atlas-runner/config.json`.
 *
 * @param read Where to read the XDG variables and `HOME`.
 * @returns An absolute path.
 */
export function defaultConfigPath(read: EnvReader = processEnv): string {
  const base = xdg("XDG_CONFIG_HOME", read) ?? join(home(read), ".config");
  return join(base, APP, "config.json");
}

/**
 * The default data directory: `$XDG_DATA_HOME/atlas-runner`, else
 * `~/.local/share/atlas-runner`.
 *
 * @param read Where to read the XDG variables and `HOME`.
 * @returns An absolute path.
 */
export function defaultDataDirectory(read: EnvReader = processEnv): string {
  const base = xdg("XDG_DATA_HOME", read) ?? join(home(read), ".local", "share");
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

/**
 * What is wrong with an instance name, if anything.
 *
 * @param name The name.
 * @returns One sentence saying why it is refused, or `undefined` when it is valid.
 *
 * @example
 * ```ts
 * import { instanceNameProblem } from "./paths.ts";
 *
 * console.assert(instanceNameProblem("lobby") === undefined);
 * console.assert(instanceNameProblem("Lobby") !== undefined);
 * ```
 */
export function instanceNameProblem(name: string): string | undefined {
  if (!INSTANCE_NAME_PATTERN.test(name)) {
    return `The server name "${name}" is not valid: use 1 to 32 lower-case letters, digits, ` +
      `"-" or "_", starting with a letter or digit`;
  }
  if (RESERVED_INSTANCE_NAMES.includes(name)) {
    return `The server name "${name}" is reserved: its files would be the unnamed server's`;
  }
  return undefined;
}

/**
 * The folder of named instances' sockets: `$XDG_RUNTIME_DIR/atlas-runner`,
 * else the per-user fallback `/tmp/atlas-runner-<uid>` (the unnamed socket's
 * folder). The daemon creates and checks it (0700, this user's).
 *
 * @param read Where to read the XDG variables and `HOME`.
 * @returns An absolute path.
 */
export function instanceSocketDirectory(read: EnvReader = processEnv): string {
  const runtime = xdg("XDG_RUNTIME_DIR", read);
  return runtime !== undefined ? join(runtime, APP) : fallbackSocketDirectory();
}

/**
 * The folder of config files: `$XDG_CONFIG_HOME/atlas-runner`, else
 * `~/.config/atlas-runner`.
 *
 * @param read Where to read the XDG variables and `HOME`.
 * @returns An absolute path.
 */
export function configDirectory(read: EnvReader = processEnv): string {
  return join(xdg("XDG_CONFIG_HOME", read) ?? join(home(read), ".config"), APP);
}

/** The socket, config file and default data directory of a named instance. */
export interface InstanceDefaults {
  /** `<instanceSocketDirectory>/NAME.sock`. */
  socketPath: string;
  /** `$XDG_CONFIG_HOME/atlas-runner/NAME.json`. */
  configPath: string;
  /** `$XDG_DATA_HOME/atlas-runner/NAME`. */
  dataDirectory: string;
}

/**
 * The default paths of a named instance (the name is not checked here).
 *
 * @param name The instance's name.
 * @param read Where to read the XDG variables and `HOME`.
 * @returns Its paths.
 *
 * @example
 * ```ts
 * import { instanceDefaults } from "./paths.ts";
 *
 * console.assert(instanceDefaults("lobby").socketPath.endsWith("/lobby.sock"));
 * ```
 */
export function instanceDefaults(name: string, read: EnvReader = processEnv): InstanceDefaults {
  return {
    socketPath: join(instanceSocketDirectory(read), `${name}.sock`),
    configPath: join(configDirectory(read), `${name}.json`),
    dataDirectory: join(defaultDataDirectory(read), name),
  };
}

/** What picks an instance and its paths: flags, and the environment. */
export interface InstanceSelection {
  /** `--name` (daemon) or `-s/--server` (client). */
  name?: string;
  /** `--socket`. */
  socket?: string;
  /** `--config` (daemon only). */
  config?: string;
  /** Reads an environment variable (also for the XDG defaults). @default Deno.env.get */
  env?: EnvReader;
}

/** The instance {@linkcode resolveInstance} picked. */
export interface ResolvedInstance {
  /** Its name, `null` for the unnamed instance. */
  name: string | null;
  /** The socket. */
  socketPath: string;
  /** The config file. */
  configPath: string;
  /** The default data directory of a named instance (`undefined` when unnamed). */
  dataDirectory?: string;
}

/**
 * Picks the instance and its socket and config file. Flags beat the
 * environment, and within each a path beats a name: socket = `--socket` >
 * `--name` > `ATLAS_RUNNER_SOCKET` > `ATLAS_RUNNER_NAME` > the default (and
 * the same for the config with `--config` and `ATLAS_RUNNER_CONFIG`).
 * Without a name every path is the unnamed default, exactly as before names.
 *
 * @param selection Flags and the environment.
 * @returns The instance.
 * @throws {RangeError} When the name is not a valid instance name (the
 *   message is {@linkcode instanceNameProblem}'s sentence).
 *
 * @example
 * ```ts
 * import { resolveInstance } from "./paths.ts";
 *
 * const env: Record<string, string> = { HOME: "/home/alex" };
 * const lobby = resolveInstance({ name: "lobby", env: (name) => env[name] });
 * console.assert(lobby.name === "lobby" && lobby.socketPath.endsWith("/lobby.sock"));
 * ```
 */
export function resolveInstance(selection: InstanceSelection = {}): ResolvedInstance {
  const read = selection.env ?? processEnv;
  const fromEnv = (name: string): string | undefined => env(name, read);
  const { name, nameIsFlag } = pickName(selection, read);
  const named = name === null ? undefined : instanceDefaults(name, read);
  return {
    name,
    socketPath: choosePath(selection.socket, fromEnv(SOCKET_ENV), named?.socketPath, nameIsFlag) ??
      defaultSocketPath(read),
    configPath: choosePath(selection.config, fromEnv(CONFIG_ENV), named?.configPath, nameIsFlag) ??
      defaultConfigPath(read),
    ...(named ? { dataDirectory: named.dataDirectory } : {}),
  };
}

/** The instance a client talks to: its name and socket (see {@linkcode resolveInstanceSocket}). */
export interface InstanceSocket {
  /** Its name, `null` for the unnamed instance. */
  name: string | null;
  /** The socket. */
  socketPath: string;
}

/**
 * The socket part of {@linkcode resolveInstance}, by the same rule, for
 * clients: it reads no config or data location, so a client given a socket
 * (or a runtime directory) works where `HOME` is unset (a bare container, a
 * service unit).
 *
 * @param selection Flags (`config` is ignored) and the environment.
 * @returns The instance's name and socket.
 * @throws {RangeError} When the name is not a valid instance name.
 *
 * @example
 * ```ts
 * import { resolveInstanceSocket } from "./paths.ts";
 *
 * const target = resolveInstanceSocket({ socket: "/run/x.sock", env: () => undefined });
 * console.assert(target.name === null && target.socketPath === "/run/x.sock");
 * ```
 */
export function resolveInstanceSocket(selection: InstanceSelection = {}): InstanceSocket {
  const read = selection.env ?? processEnv;
  const { name, nameIsFlag } = pickName(selection, read);
  const named = name === null ? undefined : join(instanceSocketDirectory(read), `${name}.sock`);
  return {
    name,
    socketPath: choosePath(selection.socket, env(SOCKET_ENV, read), named, nameIsFlag) ??
      defaultSocketPath(read),
  };
}

/** The instance's name (flag > environment), checked. */
function pickName(
  selection: InstanceSelection,
  read: EnvReader,
): { name: string | null; nameIsFlag: boolean } {
  const flagName = nonEmpty(selection.name);
  const name = flagName ?? env(NAME_ENV, read) ?? null;
  if (name !== null) {
    const problem = instanceNameProblem(name);
    if (problem !== undefined) throw new RangeError(problem);
  }
  return { name, nameIsFlag: flagName !== undefined };
}

/** Flag path > name given as a flag > path from the environment > name from the environment. */
function choosePath(
  flag: string | undefined,
  fromEnv: string | undefined,
  named: string | undefined,
  nameIsFlag: boolean,
): string | undefined {
  const explicit = nonEmpty(flag);
  if (explicit !== undefined) return resolve(explicit);
  if (nameIsFlag && named !== undefined) return named;
  if (fromEnv !== undefined) return resolve(fromEnv);
  return named;
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
