/**
 * Consistent backups of a running server: `save-off` (the server stops
 * writing the world), `save-all flush` (everything in memory reaches the
 * disk), then the archive, then `save-on` — always, whatever happened. A
 * marker file in the data directory records that saving is off, so that if
 * the daemon dies in between, the next daemon turns saving back on as soon
 * as the server is ready ({@linkcode recoverSaving}).
 *
 * @module
 */
import { join } from "node:path";
import { getLogger } from "@logtape/logtape";
import { IpcError } from "../../protocol/errors.ts";
import { atomicWriteFile } from "../../util/atomic_write.ts";
import { escapeRegExp } from "../../util/temp.ts";
import { stripAnsi } from "../../util/ansi.ts";
import type { ConsoleCommands } from "../console/service.ts";
import type { CommandWatch } from "../console/watch.ts";

const log = getLogger(["atlas-runner", "daemon", "backup_saving"]);

/** The marker's file name in the data directory. */
export const SAVING_OFF_MARKER = "saving-off.json";

/**
 * The pattern a reply's message must match (the console service tests it
 * against the line with the log prefix and colours removed): exactly one of
 * `texts`, alone on the line — as printed for a console command, or as
 * vanilla echoes a command run over RCON (`[Rcon: Saved the game]`) — after
 * at most a log prefix the console service could not strip (Forge adds a
 * third bracket group). A chat line such as `<Steve> Saved the game` or a
 * `say` (`[Server] Saved the game`) never matches.
 *
 * @param texts The accepted messages.
 * @returns The anchored pattern.
 */
export function replyPattern(texts: readonly string[]): RegExp {
  const text = `(?:${texts.map(escapeRegExp).join("|")})\\.?`;
  const prefix = String.raw`(?:\[\d{1,2}:\d{2}:\d{2}[^\]]*\](?: \[[^\]]*\])*: )?`;
  return new RegExp(`^${prefix}(?:${text}|\\[Rcon: ${text}\\])\\s*$`);
}

/**
 * Console replies to the saving commands: vanilla 1.13+ and Paper, legacy
 * (1.12 and older) wordings, and the answers when saving already was in the
 * requested state.
 */
export const SAVING_REPLIES: Readonly<Record<"saveOff" | "saveAll" | "saveOn", RegExp>> = {
  saveOff: replyPattern([
    "Automatic saving is now disabled",
    "Saving is already turned off",
    "Turned off world auto-saving",
  ]),
  saveAll: replyPattern(["Saved the game", "Saved the world"]),
  saveOn: replyPattern([
    "Automatic saving is now enabled",
    "Saving is already turned on",
    "Turned on world auto-saving",
  ]),
};

/**
 * The first line of `save-all`'s own reply (vanilla, Paper, Forge, Fabric:
 * `Saving the game (this may take a moment!)`; 1.12 and older: `Saving...`).
 * The flush's `Saved the game` counts only after it: a `Saved the game`
 * before it ends an earlier save (another tool's, a player's).
 */
export const SAVE_ALL_STARTED: RegExp = new RegExp(
  String.raw`^(?:\[\d{1,2}:\d{2}:\d{2}[^\]]*\](?: \[[^\]]*\])*: )?(?:\[Rcon: )?` +
    String.raw`(?:Saving the game(?: \(this may take a moment!\))?|Saving\.\.\.)\]?\s*$`,
);

/**
 * A server's answer to a command it does not have: vanilla 1.13+, Forge and
 * Fabric (`Unknown or incomplete command, see below for error`), Paper,
 * Spigot and Purpur (`Unknown command. Type "/help" for help.`), vanilla and
 * Forge 1.12 (`Unknown command. Try /help for a list of commands`), Bedrock
 * (`Unknown command: save-off. Please check …`), and Brigadier's
 * `Incorrect argument for command`.
 */
export const UNKNOWN_COMMAND: RegExp =
  /^(?:\[[^\]]*\]:? ?)*(?:Unknown (?:or incomplete )?command\b|Incorrect argument for command\b|Unknown command or insufficient permissions)/i;

/** How backups keep the world consistent on a running server (`backups.saveControl`). */
export type SaveControl = "auto" | "vanilla" | "none";

/** Timeouts of {@linkcode withSavingOff}. */
export interface SavingTimeouts {
  /** `"vanilla"`: for `save-off` and `save-on` replies. @default 10000 */
  commandMs?: number;
  /** For `save-all flush` to print `Saved the game`. @default 300000 */
  flushMs?: number;
  /** `"auto"`: for the first reply to `save-off` and `save-all flush`. @default 5000 */
  autoMs?: number;
}

/** Options of {@linkcode withSavingOff}. */
export interface SavingOptions {
  /** `backups.saveControl` (`"none"` is not handled here: no commands at all). */
  mode: Exclude<SaveControl, "none">;
  /** Timeouts (tests shorten them). */
  timeouts?: SavingTimeouts;
  /** Stops waiting for `save-off` and the flush (daemon shutdown); `save-on` is still sent. */
  signal?: AbortSignal;
}

/** How a step reads in messages, and what it waits for. */
interface Step {
  command: string;
  /** What the server should print, in words (an example line). */
  expected: string;
  confirm: RegExp;
}

const STEPS = {
  saveOff: {
    command: "save-off",
    expected: `a line such as "Automatic saving is now disabled"`,
    confirm: SAVING_REPLIES.saveOff,
  },
  saveAll: {
    command: "save-all flush",
    expected: `"Saving the game", then "Saved the game"`,
    confirm: SAVING_REPLIES.saveAll,
  },
  saveOn: {
    command: "save-on",
    expected: `a line such as "Automatic saving is now enabled"`,
    confirm: SAVING_REPLIES.saveOn,
  },
} satisfies Record<string, Step>;

/**
 * Runs `fn` while the server does not write its world: marker, `save-off`,
 * `save-all flush`, `fn`, then `save-on` in a `finally`. If `save-on` fails
 * (the server stopped meanwhile, which turns saving back on by itself), the
 * marker stays for {@linkcode recoverSaving}. A server that answers
 * `save-off` as an unknown command never had saving off: no `save-on`.
 *
 * In `"auto"` mode the server must answer each command within
 * `timeouts.autoMs` (5 s) and a reply saying the command is unknown fails at
 * once; in `"vanilla"` mode the daemon waits the full timeouts.
 *
 * @param console The server's console.
 * @param dataDirectory Where the marker goes.
 * @param fn The work to do with the world on disk and quiet.
 * @param options The mode, timeouts and abort signal.
 * @returns What `fn` returns.
 * @throws {IpcError} `FAILED` when the server does not know a saving command, `TIMEOUT` when
 *   it does not confirm one; both messages quote the server's last line.
 */
export async function withSavingOff<T>(
  console: ConsoleCommands,
  dataDirectory: string,
  fn: () => Promise<T>,
  options: SavingOptions,
): Promise<T> {
  const { mode, signal } = options;
  const timeouts = options.timeouts ?? {};
  const commandMs = timeouts.commandMs ?? 10_000;
  const firstMs = mode === "auto" ? timeouts.autoMs ?? 5_000 : commandMs;
  const marker = join(dataDirectory, SAVING_OFF_MARKER);
  await atomicWriteFile(marker, JSON.stringify({ since: new Date().toISOString() }) + "\n");
  let savingOff = true;
  let confirmed = false;
  try {
    await console.runWatched("save-off", async (watch) => {
      await confirmStep(watch, STEPS.saveOff, {
        mode,
        firstMs,
        totalMs: firstMs,
        onUnknown: () => savingOff = false,
      });
    }, signal);
    confirmed = true;
    await console.runWatched("save-all flush", async (watch) => {
      await confirmStep(watch, STEPS.saveAll, {
        mode,
        firstMs,
        totalMs: timeouts.flushMs ?? 300_000,
        started: SAVE_ALL_STARTED,
      });
    }, signal);
    return await fn();
  } finally {
    if (!savingOff) await Deno.remove(marker).catch(() => {});
    else if (confirmed || mode === "vanilla") await turnSavingOn(console, marker, commandMs);
    // Auto mode, save-off unanswered: the server may have taken it silently, so save-on is
    // sent, but the failure is not held back by its wait (the marker stays until confirmed).
    else void turnSavingOn(console, marker, commandMs);
  }
}

/** Options of {@linkcode confirmStep}. */
interface ConfirmOptions {
  mode: SavingOptions["mode"];
  /** `"auto"`: the first reply's deadline. */
  firstMs: number;
  /** The confirmation's deadline. */
  totalMs: number;
  /** The line that begins the command's own reply; the confirmation counts only after it. */
  started?: RegExp;
  /** Called when the server answered that it does not know the command (before the throw). */
  onUnknown?: () => void;
}

/**
 * Waits for a step's confirmation. In `"auto"` mode the first reply (the
 * confirmation, or `started`) must come within `firstMs`, and a reply
 * saying the command is unknown fails at once.
 *
 * @throws {IpcError} `FAILED` for an unknown command, `TIMEOUT` without a confirmation.
 */
async function confirmStep(
  watch: CommandWatch,
  step: Step,
  options: ConfirmOptions,
): Promise<void> {
  const { mode, firstMs, totalMs, started } = options;
  const auto = mode === "auto";
  const begun = Date.now();
  let seenStart = started === undefined;
  let unknown: string | null = null;
  let confirmed = false;
  const test = (message: string) => {
    if (auto && UNKNOWN_COMMAND.test(message)) {
      unknown = message;
      return true;
    }
    if (!seenStart) {
      seenStart = started!.test(message);
      return seenStart && auto; // auto: the start is the first reply, due within firstMs
    }
    return confirmed = step.confirm.test(message);
  };
  let waited = auto ? firstMs : totalMs;
  let line = await watch.next(test, waited);
  if (line !== null && unknown === null && !confirmed) {
    // Auto mode saw the reply begin in time: now the rest may take up to totalMs.
    waited = totalMs;
    line = await watch.next(test, Math.max(0, totalMs - (Date.now() - begun)));
  }
  if (unknown !== null) {
    options.onUnknown?.();
    throw unknownCommand(step, unknown);
  }
  if (line === null) throw unconfirmed(step, waited, watch.lastLine, mode);
}

function quote(line: string): string {
  const text = stripAnsi(line).trim();
  return `"${text.length > 200 ? `${text.slice(0, 200)}…` : text}"`;
}

const SAVE_CONTROL_HINT = 'set backups.saveControl to "none" to back up without pausing saves ' +
  "(a crash-consistent copy): atlas-runner config set backups.saveControl none";

function unknownCommand(step: Step, line: string): IpcError {
  return new IpcError(
    "FAILED",
    `Backup failed: the server does not know the command "${step.command}": it answered ${
      quote(line)
    }`,
    {
      hint: `this server cannot pause saving with vanilla's commands; ${SAVE_CONTROL_HINT}`,
    },
  );
}

function unconfirmed(step: Step, waitedMs: number, last: string, mode: string): IpcError {
  const seconds = Math.round(waitedMs / 100) / 10;
  const said = last === ""
    ? "it printed nothing after the command"
    : `its last line was ${quote(last)}`;
  return new IpcError(
    "TIMEOUT",
    `Backup failed: the server did not confirm "${step.command}" within ${seconds} s ` +
      `(expected ${step.expected}; ${said})`,
    {
      hint: mode === "auto"
        ? `if the server is just slow, set backups.saveControl to "vanilla" to wait longer; ` +
          `if it has no such command, ${SAVE_CONTROL_HINT}`
        : `check that the server is responsive; if it has no such command, ${SAVE_CONTROL_HINT}`,
    },
  );
}

async function turnSavingOn(
  console: ConsoleCommands,
  marker: string,
  timeoutMs: number,
): Promise<void> {
  try {
    await console.runWatched("save-on", async (watch) => {
      await confirmStep(watch, STEPS.saveOn, {
        mode: "vanilla",
        firstMs: timeoutMs,
        totalMs: timeoutMs,
      });
    });
    await Deno.remove(marker).catch(() => {});
  } catch (error) {
    log.warn(
      "Could not turn saving back on ({error}); it will be turned on when the server is next ready",
      { error: (error as Error).message },
    );
  }
}

/**
 * Turns saving back on if a backup was interrupted with saving off (the
 * marker exists). Call once the server is ready; safe to call at any time.
 *
 * @param console The server's console.
 * @param dataDirectory Where the marker is.
 * @returns Whether `save-on` was sent.
 */
export async function recoverSaving(
  console: ConsoleCommands,
  dataDirectory: string,
): Promise<boolean> {
  const marker = join(dataDirectory, SAVING_OFF_MARKER);
  try {
    await Deno.lstat(marker);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
  log.warn("A backup was interrupted while saving was off; turning saving back on");
  try {
    await console.runWatched("save-on", async (watch) => {
      await confirmStep(watch, STEPS.saveOn, { mode: "vanilla", firstMs: 10_000, totalMs: 10_000 });
    });
  } catch (error) {
    if (!(error instanceof IpcError) || error.code !== "NOT_RUNNING") throw error;
    return false;
  }
  await Deno.remove(marker).catch(() => {});
  return true;
}
