/**
 * GetConfig and SetConfig as a domain service: the config as pretty JSON,
 * and JSON merge patches (RFC 7396) applied through the daemon's
 * {@linkcode ConfigStore} (validated, saved atomically, serialised), with an
 * answer saying which changed keys apply now, at the next server start, or at
 * the next daemon start.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { IpcError, isIpcError } from "../../protocol/errors.ts";
import { type ConfigStore, parseConfig } from "./store.ts";

const log = getLogger(["atlas-runner", "daemon", "config_patch"]);

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Applies a JSON merge patch (RFC 7396): objects merge key by key, `null`
 * deletes a key, anything else (arrays included) replaces the target.
 * Neither argument is modified. Keys such as `__proto__` become ordinary own
 * keys (which the schema then refuses), never a prototype change.
 *
 * @param target The document to patch.
 * @param patch The merge patch.
 * @returns The patched document.
 *
 * @example Merging, deleting and replacing
 * ```ts
 * import assert from "node:assert/strict";
 * import { mergePatch } from "./merge_patch.ts";
 *
 * const doc = { a: { b: 1, c: 2 }, list: [1, 2] };
 * assert.deepEqual(mergePatch(doc, { a: { c: null, d: 3 }, list: [3] }), {
 *   a: { b: 1, d: 3 },
 *   list: [3],
 * });
 * ```
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const result: Record<string, unknown> = isObject(target) ? structuredClone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete result[key];
    } else {
      Object.defineProperty(result, key, {
        value: mergePatch(result[key], value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return result;
}

/**
 * Lists the dotted paths of the leaves that differ between two documents
 * (arrays compare as wholes).
 *
 * @param before The old document.
 * @param after The new document.
 * @param prefix The path of the documents themselves.
 * @returns The changed paths, sorted.
 */
export function changedPaths(before: unknown, after: unknown, prefix = ""): string[] {
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    const out: string[] = [];
    for (const key of keys) {
      out.push(...changedPaths(before[key], after[key], prefix ? `${prefix}.${key}` : key));
    }
    return out.sort();
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix || "(top level)"];
}

/** Keys whose values are channels or version ids (strings, though a client may send numbers). */
const CHANNEL_KEYS = new Set(["channel", "paperChannel"]);

/**
 * `JSON.parse` reviver: a channel sent as a JSON number keeps its text as
 * written (`1.20` stays `"1.20"`, where `String(1.2)` would lose the zero).
 */
function keepChannelText(key: string, value: unknown, context?: { source?: string }): unknown {
  if (CHANNEL_KEYS.has(key) && typeof value === "number" && context?.source) return context.source;
  return value;
}

/** When a changed key takes effect. */
export type Effect = "now" | "server-start" | "daemon-start";

/**
 * Which keys need the server restarted (read when it is spawned) or the
 * daemon restarted (its data folder and socket limits are set up once).
 * Everything else is read when used (stop settings, crash policy, backups,
 * update) or applied by a listener (`logs.*`), so it applies at once.
 */
const EFFECTS: [RegExp, Effect][] = [
  [/^server\.(directory|command|readyPattern|startTimeoutSeconds|jar)$/, "server-start"],
  [/^(dataDirectory|ipc\..*|metrics\..*)$/, "daemon-start"],
];

/**
 * Tells when a change to a config key takes effect.
 *
 * @param path A dotted key such as `server.command`.
 * @returns `"now"`, `"server-start"` or `"daemon-start"`.
 */
export function effectOf(path: string): Effect {
  return EFFECTS.find(([pattern]) => pattern.test(path))?.[1] ?? "now";
}

/** What {@linkcode ConfigService.set} did. */
export interface SetConfigResult {
  /** The dotted keys whose value changed. */
  changed: string[];
  /** Keys that apply only when the server next starts. */
  atServerStart: string[];
  /** Keys that apply only when the daemon next starts. */
  atDaemonStart: string[];
  /** A sentence or two for the user. */
  message: string;
}

/** GetConfig and SetConfig over the daemon's live config. */
export class ConfigService {
  #store: ConfigStore;

  /**
   * @param store The daemon's config store.
   */
  constructor(store: ConfigStore) {
    this.#store = store;
  }

  /** @returns The whole config, as in the file, as pretty JSON. */
  get(): string {
    return JSON.stringify(this.#store.raw(), null, 2);
  }

  /**
   * Applies a merge patch to the config. Invalid JSON, a patch that is not
   * an object, or a result the schema refuses changes nothing.
   *
   * @param patchJson The merge patch, as JSON text.
   * @returns What changed and when it takes effect.
   * @throws {IpcError} `VALIDATION` naming each bad field.
   */
  async set(patchJson: string): Promise<SetConfigResult> {
    let patch: unknown;
    try {
      patch = JSON.parse(patchJson, keepChannelText);
    } catch (error) {
      throw new IpcError("VALIDATION", "Config patch is not valid JSON", {
        details: (error as Error).message,
      });
    }
    if (!isObject(patch)) {
      throw new IpcError("VALIDATION", "Config patch must be a JSON object (a merge patch)", {
        hint: 'send only the keys to change, e.g. {"backups":{"keep":5}}',
      });
    }
    let changed: string[] = [];
    try {
      await this.#store.update((current) => {
        // Compared inside the store's lock: a concurrent patch applied after
        // this one must not show up as this one's change.
        const next = parseConfig(
          mergePatch(current, patch),
          "the requested change",
          this.#store.defaults,
        );
        changed = changedPaths(current, next);
        return next;
      });
      if (changed.length) log.info("Config changed: {changed}", { changed });
      return describe(changed, this.#store.path);
    } catch (error) {
      if (isIpcError(error) && error.code === "VALIDATION" && error.details) {
        const fields = error.details.split("\n");
        throw new IpcError("VALIDATION", `Invalid config: ${fields.join("; ")}`, {
          details: error.details,
          hint: "nothing was changed; fix the named fields and retry",
        });
      }
      throw error;
    }
  }
}

function describe(changed: string[], path: string): SetConfigResult {
  const atServerStart = changed.filter((key) => effectOf(key) === "server-start");
  const atDaemonStart = changed.filter((key) => effectOf(key) === "daemon-start");
  const now = changed.filter((key) => effectOf(key) === "now");
  const parts = changed.length === 0
    ? ["No change: the config already had these values."]
    : [`Saved ${path}; changed: ${changed.join(", ")}.`];
  if (now.length) parts.push(`Applied now: ${now.join(", ")}.`);
  if (atServerStart.length) {
    parts.push(`Takes effect at the next server start: ${atServerStart.join(", ")}.`);
  }
  if (atDaemonStart.length) {
    parts.push(`Takes effect at the next daemon start: ${atDaemonStart.join(", ")}.`);
  }
  return { changed, atServerStart, atDaemonStart, message: parts.join(" ") };
}
