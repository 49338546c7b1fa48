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
import type { ConsoleCommands } from "../console/service.ts";

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

/** Timeouts of {@linkcode withSavingOff}. */
export interface SavingTimeouts {
  /** For `save-off` and `save-on` replies. @default 10000 */
  commandMs?: number;
  /** For `save-all flush` to print `Saved the game`. @default 300000 */
  flushMs?: number;
}

/**
 * Runs `fn` while the server does not write its world: marker, `save-off`,
 * `save-all flush`, `fn`, then `save-on` in a `finally`. If `save-on` fails
 * (the server stopped meanwhile, which turns saving back on by itself), the
 * marker stays for {@linkcode recoverSaving}.
 *
 * @param console The server's console.
 * @param dataDirectory Where the marker goes.
 * @param fn The work to do with the world on disk and quiet.
 * @param timeouts Command and flush timeouts.
 * @param signal Stops waiting for `save-off` and the flush (daemon shutdown); `save-on` is
 *   still sent and waited for.
 * @returns What `fn` returns.
 * @throws {IpcError} `TIMEOUT` when the server does not confirm `save-off` or the flush.
 */
export async function withSavingOff<T>(
  console: ConsoleCommands,
  dataDirectory: string,
  fn: () => Promise<T>,
  timeouts: SavingTimeouts = {},
  signal?: AbortSignal,
): Promise<T> {
  const commandMs = timeouts.commandMs ?? 10_000;
  const marker = join(dataDirectory, SAVING_OFF_MARKER);
  await atomicWriteFile(marker, JSON.stringify({ since: new Date().toISOString() }) + "\n");
  try {
    await console.runAndWait("save-off", SAVING_REPLIES.saveOff, { timeoutMs: commandMs, signal });
    await console.runAndWait("save-all flush", SAVING_REPLIES.saveAll, {
      timeoutMs: timeouts.flushMs ?? 300_000,
      signal,
    });
    return await fn();
  } finally {
    await turnSavingOn(console, marker, commandMs);
  }
}

async function turnSavingOn(
  console: ConsoleCommands,
  marker: string,
  timeoutMs: number,
): Promise<void> {
  try {
    await console.runAndWait("save-on", SAVING_REPLIES.saveOn, { timeoutMs });
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
    await console.runAndWait("save-on", SAVING_REPLIES.saveOn, { timeoutMs: 10_000 });
  } catch (error) {
    if (!(error instanceof IpcError) || error.code !== "NOT_RUNNING") throw error;
    return false;
  }
  await Deno.remove(marker).catch(() => {});
  return true;
}
