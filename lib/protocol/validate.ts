/**
 * Request validation the server applies before a handler sees a request,
 * exported so that other layers can apply the same rules.
 *
 * @module
 */
import { IpcError } from "./errors.ts";

/** `lines: 0` in a `GetLogs` request means this many lines (the CLI's default too). */
export const DEFAULT_LOG_LINES = 100;

/** The longest console command accepted, in characters (UTF-16 code units). */
export const MAX_CONSOLE_COMMAND_LENGTH = 1000;

// C0 controls, DEL, C1 controls, and the Unicode line/paragraph separators:
// any of them could end a console line or corrupt the console's display.
// deno-lint-ignore no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Checks a console command: non-empty, at most 1000 characters, and free of
 * control characters (a newline would smuggle a second command in).
 *
 * @example Accepting and refusing commands
 * ```ts
 * import { validateConsoleCommand } from "@atlas/runner";
 * import assert from "node:assert/strict";
 *
 * validateConsoleCommand("say hello");
 * assert.throws(() => validateConsoleCommand("say hi\nstop"), { code: "VALIDATION" });
 * ```
 *
 * @param command The command as the user typed it.
 * @throws {IpcError} `VALIDATION` when the command is empty, too long or
 * holds a control character.
 */
export function validateConsoleCommand(command: string): void {
  if (command.trim().length === 0) {
    throw new IpcError("VALIDATION", "Console command is empty", {
      hint: "Pass a command such as 'list' or 'say hello'",
    });
  }
  if (command.length > MAX_CONSOLE_COMMAND_LENGTH) {
    throw new IpcError(
      "VALIDATION",
      `Console command is ${command.length} characters long: the maximum is ${MAX_CONSOLE_COMMAND_LENGTH}`,
    );
  }
  const match = CONTROL_CHARACTER.exec(command);
  if (match) {
    const code = match[0].charCodeAt(0).toString(16).padStart(4, "0");
    throw new IpcError(
      "VALIDATION",
      `Console command holds a control character (U+${code.toUpperCase()}) at position ${match.index}`,
      { hint: "Send one command per request, without newlines" },
    );
  }
}

/**
 * Checks that a configuration document is valid JSON (its meaning is for the
 * daemon to judge).
 *
 * @example Checking a configuration
 * ```ts
 * import { validateConfigJson } from "@atlas/runner";
 * import assert from "node:assert/strict";
 *
 * validateConfigJson('{"backups":{"keep":5}}');
 * assert.throws(() => validateConfigJson("{keep: 5}"), { code: "VALIDATION" });
 * ```
 *
 * @param configJson The JSON text.
 * @throws {IpcError} `VALIDATION` when the text is not valid JSON.
 */
export function validateConfigJson(configJson: string): void {
  try {
    JSON.parse(configJson);
  } catch (error) {
    throw new IpcError("VALIDATION", "Configuration is not valid JSON", {
      details: error instanceof Error ? error.message : String(error),
      cause: error,
    });
  }
}
