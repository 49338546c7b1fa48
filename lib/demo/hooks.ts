/**
 * The demo server's test hooks: environment variables only, so they stay out
 * of a user's way (no flag, no property). The list with meanings is in the
 * module documentation of `lib/demo/mod.ts`.
 *
 * @module
 */

/** The hooks in effect, read from the environment. */
export interface DemoHooks {
  /** `ATLAS_DEMO_START_DELAY_MS`: time spent "preparing the level" before `Done`. @default 1500 */
  startDelayMs: number;
  /** `ATLAS_DEMO_EXIT_AT_START=1`: fail during start-up with exit code 1. @default false */
  exitAtStart: boolean;
  /** `ATLAS_DEMO_CRASH_AFTER_MS`: crash (exit code 1) this long after `Done`. @default null */
  crashAfterMs: number | null;
  /** `ATLAS_DEMO_IGNORE_STOP=1`: `stop` prints its line but the server keeps running. @default false */
  ignoreStop: boolean;
  /** `ATLAS_DEMO_IGNORE_SIGTERM=1`: SIGTERM does nothing; only SIGKILL ends it. @default false */
  ignoreSigterm: boolean;
  /** `ATLAS_DEMO_SPAM_LINES`: print this many numbered lines right after `Done`. @default 0 */
  spamLines: number;
  /** `ATLAS_DEMO_PLAYERS=Alex,Steve`: these players are online. @default [] */
  players: string[];
  /** `ATLAS_DEMO_SAVE_DELAY_MS`: time between `Saving the game` and `Saved the game`. @default 0 */
  saveDelayMs: number;
  /** `ATLAS_DEMO_AUTOSAVE_MS`: autosave period (vanilla: 6000 ticks = 5 minutes). @default 300000 */
  autosaveMs: number;
  /**
   * `ATLAS_DEMO_FLOOD_BYTES_PER_SECOND`: after `Done`, print this many bytes
   * a second as one line a second (a runaway mod), until the server stops.
   * @default 0
   */
  floodBytesPerSecond: number;
}

/** A hook value that was set but could not be used. */
export interface HookWarning {
  /** The variable's name. */
  name: string;
  /** What is wrong with its value. */
  problem: string;
}

const NAMES = {
  startDelayMs: "ATLAS_DEMO_START_DELAY_MS",
  exitAtStart: "ATLAS_DEMO_EXIT_AT_START",
  crashAfterMs: "ATLAS_DEMO_CRASH_AFTER_MS",
  ignoreStop: "ATLAS_DEMO_IGNORE_STOP",
  ignoreSigterm: "ATLAS_DEMO_IGNORE_SIGTERM",
  spamLines: "ATLAS_DEMO_SPAM_LINES",
  players: "ATLAS_DEMO_PLAYERS",
  saveDelayMs: "ATLAS_DEMO_SAVE_DELAY_MS",
  autosaveMs: "ATLAS_DEMO_AUTOSAVE_MS",
  floodBytesPerSecond: "ATLAS_DEMO_FLOOD_BYTES_PER_SECOND",
} as const;

/**
 * Reads the hooks from an environment.
 *
 * @param env The environment variables.
 * @returns The hooks, and a warning for each value that was ignored.
 */
export function readDemoHooks(
  env: Record<string, string | undefined>,
): { hooks: DemoHooks; warnings: HookWarning[] } {
  const warnings: HookWarning[] = [];
  const count = (key: keyof typeof NAMES, fallback: number): number => {
    const raw = env[NAMES[key]];
    if (raw === undefined || raw === "") return fallback;
    if (/^\d{1,15}$/.test(raw.trim())) return Number(raw.trim());
    warnings.push({ name: NAMES[key], problem: `"${raw}" is not a whole number of 0 or more` });
    return fallback;
  };
  const flag = (key: keyof typeof NAMES): boolean => {
    const raw = env[NAMES[key]]?.trim().toLowerCase();
    return raw === "1" || raw === "true" || raw === "yes";
  };
  const crash = count("crashAfterMs", -1);
  const hooks: DemoHooks = {
    startDelayMs: count("startDelayMs", 1500),
    exitAtStart: flag("exitAtStart"),
    crashAfterMs: crash < 0 ? null : crash,
    ignoreStop: flag("ignoreStop"),
    ignoreSigterm: flag("ignoreSigterm"),
    spamLines: count("spamLines", 0),
    players: parsePlayers(env[NAMES.players] ?? ""),
    saveDelayMs: count("saveDelayMs", 0),
    autosaveMs: Math.max(1, count("autosaveMs", 300_000)),
    floodBytesPerSecond: count("floodBytesPerSecond", 0),
  };
  return { hooks, warnings };
}

/** Splits `Alex, Steve,,Alex` into distinct non-empty names. */
function parsePlayers(raw: string): string[] {
  const names = raw.split(",").map((n) => n.trim()).filter((n) => n !== "");
  return [...new Set(names)];
}
