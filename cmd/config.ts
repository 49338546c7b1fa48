/**
 * `atlas-runner config get [KEY] | set KEY VALUE | set --file FILE`: reads
 * and changes the daemon's config. `set` sends a JSON merge patch (RFC 7396)
 * built from a dotted key and a value that is JSON if it parses as JSON and a
 * plain string otherwise.
 *
 * @module
 */
import type { Command } from "commander";
import { type ClientFlags, clientOptions, type CommandContext, connect } from "./context.ts";
import { CliError, usageError } from "./errors.ts";
import { Output } from "./output.ts";

/** Keys that would reach an object's prototype. */
const FORBIDDEN_SEGMENTS = new Set(["__proto__", "prototype", "constructor"]);

/**
 * Splits a dotted key (`server.stopTimeoutSeconds`) into its segments.
 *
 * @param key The key.
 * @returns The segments.
 * @throws {CliError} Exit code 2 for an empty segment or a prototype name.
 */
export function parseKey(key: string): string[] {
  const segments = key.split(".");
  for (const segment of segments) {
    if (segment === "" || FORBIDDEN_SEGMENTS.has(segment)) {
      throw usageError(`"${key}" is not a config key`, "keys look like: server.stopTimeoutSeconds");
    }
  }
  return segments;
}

/**
 * Reads a command-line value: JSON when it parses as JSON (`90`, `true`,
 * `null`, `["a"]`, `"90"`), the text itself otherwise (`hello world`).
 *
 * @param text The value as typed.
 * @returns The value.
 */
export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON: the value is the text itself, which is what people type for
    // strings (`config set server.jar paper.jar`).
    return text;
  }
}

/**
 * Builds the merge patch that sets one dotted key: `a.b` and `1` give
 * `{"a":{"b":1}}`. A `null` value removes the key (back to its default).
 *
 * @param key The dotted key.
 * @param value The value.
 * @returns The patch object.
 */
export function buildPatch(key: string, value: unknown): Record<string, unknown> {
  const segments = parseKey(key);
  let patch: unknown = value;
  for (let i = segments.length - 1; i >= 0; i--) patch = { [segments[i]]: patch };
  return patch as Record<string, unknown>;
}

/**
 * Looks up a dotted key in a parsed config.
 *
 * @param config The config.
 * @param key The dotted key.
 * @returns `{ found: true, value }`, or `{ found: false }`.
 */
export function lookup(config: unknown, key: string): { found: boolean; value?: unknown } {
  let current = config;
  for (const segment of parseKey(key)) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, segment)) {
      return { found: false };
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return { found: true, value: current };
}

/**
 * Picks the value to send for `config set KEY VALUE`: the typed text read as
 * JSON, except where the key now holds a string and the text reads as a
 * number or boolean, so that `update.channel 1.20` stays the text "1.20"
 * rather than the number 1.2 (version ids look like numbers).
 *
 * @param text The value as typed.
 * @param current The key's current value (`undefined` when unknown).
 * @returns The value for the merge patch.
 */
export function valueForKey(text: string, current: unknown): unknown {
  const parsed = parseValue(text);
  const scalar = typeof parsed === "number" || typeof parsed === "boolean";
  return scalar && typeof current === "string" ? text : parsed;
}

interface SetFlags extends ClientFlags {
  file?: string;
}

/**
 * Adds `config get` and `config set`.
 *
 * @param program The root program.
 * @param ctx The command context.
 */
export function registerConfigCommands(program: Command, ctx: CommandContext): void {
  const config = program.command("config").description("Show or change the daemon's config");

  const get = config
    .command("get")
    .description("Print the config, or one value of it")
    .argument("[key]", "a dotted key, e.g. server.stopTimeoutSeconds");
  clientOptions(get, { json: true }).action(async (key: string | undefined, flags: ClientFlags) => {
    if (key !== undefined) parseKey(key);
    await using conn = await connect(ctx, flags);
    const response = await conn.client.getConfig();
    const whole = JSON.parse(response.configJson || "{}") as unknown;
    const { found, value } = key === undefined ? { found: true, value: whole } : lookup(whole, key);
    if (!found) {
      throw new CliError(`the config has no key "${key}"`, {
        hint: "see every key with: atlas-runner config get",
      });
    }
    const out = new Output(ctx.io, flags);
    if (flags.json || typeof value !== "string") await out.json(value);
    else await out.line(value);
  });

  const set = config
    .command("set")
    .description("Change config values (sent as a JSON merge patch; the daemon validates it)")
    .argument("[key]", "a dotted key, e.g. server.stopTimeoutSeconds")
    .argument("[value]", "the new value: JSON if it parses as JSON, else a string; null resets")
    .option("--file <file>", "send this JSON file as the merge patch instead");
  clientOptions(set, { json: true }).action(
    async (key: string | undefined, value: string | undefined, flags: SetFlags) => {
      let patch = await patchFromArguments(key, value, flags.file);
      await using conn = await connect(ctx, flags);
      if (key !== undefined && value !== undefined && flags.file === undefined) {
        const current = JSON.parse((await conn.client.getConfig()).configJson || "{}");
        patch = JSON.stringify(buildPatch(key, valueForKey(value, lookup(current, key).value)));
      }
      const response = await conn.client.setConfig({ configJson: patch });
      const result = { success: response.success === true, message: response.message ?? "" };
      if (!result.success) throw new CliError(result.message || "the config was not changed");
      const out = new Output(ctx.io, flags);
      if (flags.json) await out.json(result);
      else await out.line(result.message || "Config updated");
    },
  );
}

async function patchFromArguments(
  key: string | undefined,
  value: string | undefined,
  file: string | undefined,
): Promise<string> {
  const usage = "use: atlas-runner config set KEY VALUE, or: atlas-runner config set --file FILE";
  if (file !== undefined) {
    if (key !== undefined) throw usageError("give either KEY VALUE or --file, not both", usage);
    const text = await Deno.readTextFile(file).catch((error) => {
      throw usageError(`cannot read ${file}: ${error.message}`, "check the path");
    });
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw usageError(`${file} is not valid JSON: ${(error as Error).message}`, usage);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw usageError(
        `${file} must hold a JSON object (a merge patch)`,
        'e.g. {"backups":{"keep":5}}',
      );
    }
    return text;
  }
  if (key === undefined || value === undefined) {
    throw usageError("config set needs a KEY and a VALUE", usage);
  }
  return JSON.stringify(buildPatch(key, parseValue(value)));
}
