/**
 * The daemon's JSON config file: its schema (every key, with defaults),
 * loading (created with defaults on first run), validation errors that name
 * the field, the problem and the file, atomic saving, and a
 * {@linkcode ConfigStore} holding the live config so that changes can be
 * applied while the daemon runs.
 *
 * Relative paths resolve against the config file's folder, except
 * `server.jar`, which is relative to `server.directory` (where the server
 * command runs, so `-jar server.jar` and `server.jar` name the same file).
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { z } from "zod";
import { IpcError } from "../../protocol/errors.ts";
import { atomicWriteFile } from "../../util/atomic_write.ts";
import { defaultDataDirectory } from "../../util/paths.ts";
import { isTrustedDownloadUrl } from "../../util/url.ts";
import { validateConsoleCommand } from "../../protocol/validate.ts";
import { Mutex } from "../../util/mutex.ts";

const log = getLogger(["atlas-runner", "daemon", "config"]);

/**
 * The default `server.readyPattern`: vanilla's `Done (1.234s)! For help, type "help"`,
 * with a dot or comma decimal. Lines are matched with and without their ANSI
 * colour codes (see `readiness.ts`), so the pattern need not mention them.
 */
export const DEFAULT_READY_PATTERN = 'Done \\(\\d+(?:[.,]\\d+)?s\\)! For help, type "help"';

const nonEmpty = z.string().min(1, "must not be empty");
/** A channel or version id; a JSON number (`26.1`, as a CLI may send it) becomes its text. */
const channelString = z.union([z.string(), z.number()], {
  error: "must be a channel or version id",
})
  .transform(String).pipe(nonEmpty);
const positiveInt = z.number().int().positive();

/**
 * The longest timeout in seconds: `server.stopTimeoutSeconds`,
 * `server.startTimeoutSeconds`, `ipc.idleTimeoutSeconds`, and StopServer's
 * `timeout_seconds`. 24 hours: enough for any real server, and far below
 * 2^31 ms (about 24.8 days), beyond which a timer fires at once instead.
 */
export const MAX_TIMEOUT_SECONDS = 86_400;

/** The longest `backups.intervalMinutes`: 7 days (a timer of 2^31 ms or more would fire at once). */
export const MAX_BACKUP_INTERVAL_MINUTES = 10_080;

const timeoutSeconds = positiveInt.max(
  MAX_TIMEOUT_SECONDS,
  `must be at most ${MAX_TIMEOUT_SECONDS} seconds (24 hours)`,
);

const regexString = nonEmpty.refine((value) => {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}, "is not a valid regular expression");

/** One console command, refused as SendCommand refuses it (no newline smuggles in a second). */
const consoleCommand = nonEmpty.superRefine((value, ctx) => {
  try {
    validateConsoleCommand(value);
  } catch (error) {
    ctx.addIssue({
      code: "custom",
      message: `must be one console command: ${inWords((error as Error).message)}`,
    });
  }
});

/** "Console command holds …" → "it holds …", to follow "must be one console command:". */
function inWords(message: string): string {
  const rest = message.replace(/^Console command /, "it ");
  return rest.charAt(0).toLowerCase() + rest.slice(1);
}

const ServerSchema = z.strictObject({
  directory: nonEmpty.default("server"),
  command: z.array(nonEmpty).min(1, "must name a program").default([
    "java",
    "-Xms1G",
    "-Xmx2G",
    "-jar",
    "server.jar",
    "nogui",
  ]),
  jar: nonEmpty.default("server.jar"),
  stopCommand: consoleCommand.default("stop"),
  stopTimeoutSeconds: timeoutSeconds.default(60),
  startTimeoutSeconds: timeoutSeconds.default(300),
  readyPattern: regexString.default(DEFAULT_READY_PATTERN),
  restartOnCrash: z.boolean().default(true),
  /** Write `eula=true` into `eula.txt` before each start (the user accepted the Minecraft EULA). */
  acceptEula: z.boolean().default(false),
});

const LogsSchema = z.strictObject({
  bufferLines: positiveInt.max(10_000_000).default(10_000),
  fileMaxBytes: positiveInt.default(10 * 1024 * 1024),
  files: z.number().int().min(0).max(1000).default(5),
});

const ResticSchema = z.strictObject({
  /** The restic program: a name looked up on PATH, or a path. */
  binary: nonEmpty.default("restic"),
  /** The repository (a folder, or any location restic accepts); required for the engine. */
  repository: nonEmpty.nullable().default(null),
  /** A file holding the repository password; else `RESTIC_PASSWORD` of the daemon's environment. */
  passwordFile: nonEmpty.nullable().default(null),
});

const BackupsSchema = z.strictObject({
  /** `null` = `backups/` in the data directory. */
  directory: nonEmpty.nullable().default(null),
  /** Scheduled backups kept. */
  keep: positiveInt.default(10),
  /** Backups made with `backup create` kept. */
  keepManual: positiveInt.default(10),
  /** Safety backups taken before each restore kept. */
  keepPreRestore: positiveInt.default(5),
  /** How a running server's world is kept still: vanilla's commands (checked), or not at all. */
  saveControl: z.enum(["auto", "vanilla", "none"]).default("auto"),
  intervalMinutes: z.number().int().min(0).max(
    MAX_BACKUP_INTERVAL_MINUTES,
    `must be at most ${MAX_BACKUP_INTERVAL_MINUTES} minutes (7 days)`,
  ).default(0),
  /** Empty = the world folders, `server.properties` and the JSON lists. */
  include: z.array(nonEmpty).default([]),
  /** How archives are compressed; restore reads both. */
  format: z.enum(["tar.zst", "tar.gz"]).default("tar.zst"),
  /** How a running server's world is frozen: a staging copy (or clone), or none. */
  snapshot: z.enum(["auto", "copy", "none"]).default("auto"),
  /** `archive` (our own .tar.zst/.tar.gz files) or `restic` (incremental, deduplicated). */
  engine: z.enum(["archive", "restic"]).default("archive"),
  restic: ResticSchema.prefault({}),
});

const UpdateSchema = z.strictObject({
  source: z.enum(["mojang", "paper"]).default("mojang"),
  /** Empty = the source's official address. */
  url: z.string().refine(
    (value) => value === "" || isTrustedDownloadUrl(value),
    "must be an https: address (plain http: only to this machine, such as http://127.0.0.1:8080)",
  ).default(""),
  channel: channelString.default("release"),
  paperChannel: channelString.default("STABLE"),
});

const RateLimitSchema = z.strictObject({
  requestsPerSecond: z.number().positive(),
  burst: positiveInt,
});

const IpcSchema = z.strictObject({
  maxConnections: positiveInt.default(1024),
  idleTimeoutSeconds: timeoutSeconds.default(600),
  rateLimit: RateLimitSchema.nullable().default(null),
});

/** A loopback address: 127.0.0.0/8, ::1 or localhost. */
function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

/** `host:port` or `[v6]:port`, split; `null` when malformed. */
export function parseListenAddress(value: string): { hostname: string; port: number } | null {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:\s\[\]]+)):(\d{1,5})$/.exec(value);
  if (m === null) return null;
  const port = Number(m[3]);
  if (port < 1 || port > 65535) return null;
  return { hostname: m[1] ?? m[2], port };
}

const MetricsSchema = z.strictObject({
  /** `host:port` of the Prometheus listener; null = off. */
  listen: z.string().nullable().default(null).refine(
    (v) => v === null || parseListenAddress(v) !== null,
    'must be "host:port", e.g. "127.0.0.1:9940"',
  ),
  /** Allow a non-loopback `listen` address (the metrics have no authentication). */
  allowRemote: z.boolean().default(false),
}).refine(
  (m) => {
    const address = m.listen === null ? null : parseListenAddress(m.listen);
    return address === null || m.allowRemote || isLoopbackHost(address.hostname);
  },
  {
    message:
      "must be a loopback address (127.0.0.1, ::1, localhost) unless metrics.allowRemote is true",
    path: ["listen"],
  },
);

/**
 * The config file's schema. Every key has a default, so `{}` is a valid
 * config; unknown keys are refused (a typo should not be silently ignored).
 */
export const ConfigSchema = z.strictObject({
  dataDirectory: nonEmpty.default(() => defaultDataDirectory()),
  server: ServerSchema.prefault({}),
  logs: LogsSchema.prefault({}),
  backups: BackupsSchema.prefault({}),
  update: UpdateSchema.prefault({}),
  ipc: IpcSchema.prefault({}),
  metrics: MetricsSchema.prefault({}),
});

/** The config as written in the file, with every default filled in. */
export type Config = z.output<typeof ConfigSchema>;

/** What a config file may contain (every key optional). */
export type ConfigInput = z.input<typeof ConfigSchema>;

/**
 * The config with every path made absolute and `backups.directory` filled in:
 * what the daemon's services use.
 */
export type ResolvedConfig =
  & Omit<Config, "backups">
  & { backups: Omit<Config["backups"], "directory"> & { directory: string } };

/**
 * Defaults that depend on which instance the daemon runs: a named instance
 * (`daemon --name lobby`) keeps its data in `$XDG_DATA_HOME/atlas-runner/lobby`
 * and its server in `<dataDirectory>/server`, so two named instances never
 * share a directory. Empty for the unnamed instance (the schema's defaults).
 */
export interface ConfigDefaults {
  /** The `dataDirectory` used when the file has none. */
  dataDirectory?: string;
}

/**
 * Fills the instance's defaults into a config value that lacks them; a value
 * that is not an object is left for the schema to refuse.
 */
function withDefaults(value: unknown, defaults: ConfigDefaults): unknown {
  if (defaults.dataDirectory === undefined || !isPlainObject(value)) return value;
  const dataDirectory = value.dataDirectory ?? defaults.dataDirectory;
  const server = value.server ?? {};
  if (!isPlainObject(server)) return { ...value, dataDirectory };
  const serverDirectory = server.directory ??
    (typeof dataDirectory === "string" ? join(dataDirectory, "server") : undefined);
  return { ...value, dataDirectory, server: { ...server, directory: serverDirectory } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Formats zod issues as `field: problem` lines, in words: a problem with the
 * whole document reads `the config must be …`, an unknown key
 * `backups.kep is not a config key`.
 *
 * @param issues The issues of a failed parse.
 * @returns One line per issue.
 */
export function formatConfigIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => `${[...issue.path, key].join(".")} is not a config key`);
    }
    if (issue.path.length === 0) return [`the config ${issue.message}`];
    return [`${issue.path.join(".")}: ${issue.message}`];
  });
}

/**
 * Words for the problems zod describes in its own notation (`>0`,
 * `"a"|"b"`); issues whose schema gives its own message keep it.
 */
function wordedIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return `must be ${describeType(issue.expected)}, not ${describeValue(issue.input)}`;
    case "too_small":
      return describeBound(issue.origin, issue.minimum, issue.inclusive, "small");
    case "too_big":
      return describeBound(issue.origin, issue.maximum, issue.inclusive, "big");
    case "invalid_value":
      return `must be ${orList(issue.values.map((value) => JSON.stringify(value)))}`;
    case "not_multiple_of":
      return `must be a multiple of ${issue.divisor}`;
    default:
      return undefined;
  }
}

function describeType(expected: string): string {
  const names: Record<string, string> = {
    number: "a number",
    int: "a whole number",
    string: "a string",
    boolean: "true or false",
    array: "a list",
    object: "an object",
    null: "null",
  };
  return names[expected] ?? `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object") return "an object";
  return typeof value;
}

function describeBound(
  origin: string,
  limit: number | bigint,
  inclusive: boolean | undefined,
  side: "small" | "big",
): string {
  const n = Number(limit);
  if (origin === "string") {
    return side === "small"
      ? n <= 1 ? "must not be empty" : `must be at least ${n} characters long`
      : `must be at most ${n} characters long`;
  }
  if (origin === "array" || origin === "set") {
    return side === "small"
      ? `must hold at least ${n} ${n === 1 ? "item" : "items"}`
      : `must hold at most ${n} ${n === 1 ? "item" : "items"}`;
  }
  if (side === "small") return inclusive ? `must be at least ${n}` : `must be more than ${n}`;
  return inclusive ? `must be at most ${n}` : `must be less than ${n}`;
}

function orList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.length > 2 ? "one of " : ""}${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

/**
 * Validates a config value, filling in defaults.
 *
 * @param value The parsed JSON.
 * @param source Where it came from (the file path), for the message.
 * @param defaults The instance's defaults (a named instance's data directory).
 * @returns The valid config.
 * @throws {IpcError} `VALIDATION` naming each bad field, its problem and the source.
 */
export function parseConfig(
  value: unknown,
  source: string,
  defaults: ConfigDefaults = {},
): Config {
  const result = ConfigSchema.safeParse(withDefaults(value, defaults), { error: wordedIssue });
  if (result.success) return result.data;
  const problems = formatConfigIssues(result.error.issues);
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
  return fail(`Invalid config in ${source}: ${first}${more}`, problems.join("\n"));
}

function fail(message: string, details: string): never {
  throw new IpcError("VALIDATION", message, { details, hint: "fix the config file and retry" });
}

/**
 * Makes every path of a config absolute: relative ones against the config
 * file's folder, `server.jar` against `server.directory`, and an unset
 * `backups.directory` becomes `<dataDirectory>/backups`.
 *
 * @param config A valid config.
 * @param configPath The config file's absolute path.
 * @returns The resolved config (a new object).
 */
export function resolveConfig(config: Config, configPath: string): ResolvedConfig {
  const base = dirname(resolve(configPath));
  const abs = (p: string, from = base) => isAbsolute(p) ? p : resolve(from, p);
  const dataDirectory = abs(config.dataDirectory);
  const serverDirectory = abs(config.server.directory);
  return {
    ...structuredClone(config),
    dataDirectory,
    server: {
      ...structuredClone(config.server),
      directory: serverDirectory,
      jar: abs(config.server.jar, serverDirectory),
    },
    backups: {
      ...structuredClone(config.backups),
      directory: config.backups.directory === null
        ? join(dataDirectory, "backups")
        : abs(config.backups.directory),
      restic: {
        ...structuredClone(config.backups.restic),
        passwordFile: config.backups.restic.passwordFile === null
          ? null
          : abs(config.backups.restic.passwordFile),
        // A local folder is resolved like other paths; "sftp:…", "s3:…" and the like stay as they are.
        repository: config.backups.restic.repository === null ||
            /^[a-z0-9]+:/.test(config.backups.restic.repository)
          ? config.backups.restic.repository
          : abs(config.backups.restic.repository),
      },
    },
  };
}

/**
 * Renders a config as the file's text: pretty JSON ending in a newline.
 *
 * @param config The config.
 * @returns The file content.
 */
export function renderConfig(config: Config): string {
  return JSON.stringify(config, null, 2) + "\n";
}

/**
 * Writes a config file atomically (temp file, fsync, rename), creating its
 * folder if needed.
 *
 * @param path The config file.
 * @param config The config (validated again before writing).
 */
export async function saveConfig(path: string, config: Config): Promise<void> {
  const valid = parseConfig(config, path);
  await Deno.mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await atomicWriteFile(path, renderConfig(valid), { mode: 0o600 });
}

/** The result of {@linkcode loadConfig}. */
export interface LoadedConfig {
  /** The config as in the file, defaults filled in. */
  config: Config;
  /** Whether the file did not exist and was created with the defaults. */
  created: boolean;
}

/**
 * Reads and validates the config file; when it does not exist, writes one
 * with the defaults (and logs where).
 *
 * @param path The config file's absolute path.
 * @param defaults The instance's defaults (a named instance's data directory).
 * @returns The config and whether it was created.
 * @throws {IpcError} `VALIDATION` when the file is not JSON or not a valid config.
 */
export async function loadConfig(
  path: string,
  defaults: ConfigDefaults = {},
): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    const config = parseConfig({}, path, defaults);
    await saveConfig(path, config);
    log.info("Created a config file with the defaults at {path}", { path });
    return { config, created: true };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(`Invalid config in ${path}: not valid JSON`, (error as Error).message);
  }
  return { config: parseConfig(json, path, defaults), created: false };
}

/**
 * Adjusts the resolved config without touching the file (`--demo` points
 * `server.directory` and `server.command` at the demo server this way).
 */
export type ConfigOverride = (resolved: ResolvedConfig) => ResolvedConfig;

/** Called after the live config changed, with the new and the previous one. */
export type ConfigListener = (next: ResolvedConfig, previous: ResolvedConfig) => void;

/**
 * The live config: read with {@linkcode ConfigStore.get}, changed with
 * {@linkcode ConfigStore.update} (validated, saved atomically, swapped, then
 * listeners told). Updates are serialised, so concurrent changes never lose
 * each other.
 */
export class ConfigStore {
  /** The config file's absolute path. */
  readonly path: string;
  /** The instance's defaults, applied again to every change (a removed key falls back to them). */
  readonly defaults: ConfigDefaults;
  #raw: Config;
  #resolved: ResolvedConfig;
  #listeners = new Set<ConfigListener>();
  #lock = new Mutex();
  #override: ConfigOverride = (resolved) => resolved;

  /**
   * @param path The config file's absolute path.
   * @param config A valid config (as in the file).
   * @param defaults The instance's defaults.
   */
  constructor(path: string, config: Config, defaults: ConfigDefaults = {}) {
    this.path = path;
    this.defaults = defaults;
    this.#raw = structuredClone(config);
    this.#resolved = resolveConfig(config, path);
  }

  /**
   * Sets an adjustment applied on top of the file's config from now on
   * ({@linkcode ConfigStore.raw} still returns the file's values).
   *
   * @param override The adjustment.
   */
  setOverride(override: ConfigOverride): void {
    this.#override = override;
    this.#resolved = override(resolveConfig(this.#raw, this.path));
  }

  /**
   * Loads the file (creating it with defaults if missing) into a store.
   *
   * @param path The config file's absolute path.
   * @param defaults The instance's defaults (a named instance's data directory).
   * @returns The store.
   * @throws {IpcError} `VALIDATION` for an invalid file.
   */
  static async open(path: string, defaults: ConfigDefaults = {}): Promise<ConfigStore> {
    const { config } = await loadConfig(path, defaults);
    return new ConfigStore(path, config, defaults);
  }

  /** @returns The live config with absolute paths (do not mutate it). */
  get(): ResolvedConfig {
    return this.#resolved;
  }

  /** @returns A copy of the config as in the file (for GetConfig and patches). */
  raw(): Config {
    return structuredClone(this.#raw);
  }

  /**
   * Replaces the config: `change` receives a copy of the current file-shaped
   * config and returns the new one (any JSON value; it is validated). Runs
   * under a lock, so a read-modify-write never loses a concurrent one. On
   * success the file is saved atomically, the store swapped and listeners
   * called; on any failure nothing changes.
   *
   * @param change Computes the new config from the current one.
   * @returns The new config and the previous one (both resolved).
   * @throws {IpcError} `VALIDATION` naming each bad field.
   */
  update(
    change: (current: Config) => unknown | Promise<unknown>,
  ): Promise<{ next: ResolvedConfig; previous: ResolvedConfig }> {
    return this.#lock.run(async () => {
      const candidate = await change(structuredClone(this.#raw));
      const next = parseConfig(candidate, "the requested change", this.defaults);
      await saveConfig(this.path, next);
      const previous = this.#resolved;
      this.#raw = next;
      this.#resolved = this.#override(resolveConfig(next, this.path));
      for (const listener of this.#listeners) {
        try {
          listener(this.#resolved, previous);
        } catch (error) {
          log.error("A config listener failed: {error}", { error });
        }
      }
      return { next: this.#resolved, previous };
    });
  }

  /**
   * Registers a listener called after every successful update.
   *
   * @param listener The listener.
   * @returns A function removing it.
   */
  onChange(listener: ConfigListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
