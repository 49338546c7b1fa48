/**
 * `atlas-runner backup create [NAME] | list | restore ID [--yes]`.
 *
 * @module
 */
import type { Command } from "commander";
import type { atlas } from "../lib/protocol/messages.ts";
import {
  type ClientFlags,
  clientOptions,
  type CommandContext,
  connect,
  uint64ToNumber,
} from "./context.ts";
import { CliError, usageError } from "./errors.ts";
import { formatBytes, formatTable, Output } from "./output.ts";
import { confirm } from "./prompt.ts";
import { startSpinner } from "./spinner.ts";

/** Backups and restores copy whole worlds: give them time. */
const BACKUP_WAIT_MS = 60 * 60_000;

/** The `--json` form of one backup. */
export interface BackupJson {
  /** The id to pass to `backup restore`. */
  id: string;
  /** The name given at creation (may be empty). */
  name: string;
  /** Creation time in seconds since the Unix epoch, as on the wire. */
  createdAt: number;
  /** Creation time as an ISO 8601 string (UTC). */
  createdAtIso: string;
  /** Size of the archive in bytes. */
  sizeBytes: number;
}

/**
 * Converts a `BackupInfo` into its `--json` form.
 *
 * @param info The decoded backup.
 * @returns The JSON object.
 */
export function backupToJson(info: atlas.common.BackupInfo.$Properties): BackupJson {
  const createdAt = uint64ToNumber(info.createdAt);
  return {
    id: info.id ?? "",
    name: info.name ?? "",
    createdAt,
    createdAtIso: new Date(createdAt * 1000).toISOString(),
    sizeBytes: uint64ToNumber(info.sizeBytes),
  };
}

interface RestoreFlags extends ClientFlags {
  yes?: boolean;
}

/**
 * Adds `backup` and its subcommands.
 *
 * @param program The root program.
 * @param ctx The command context.
 */
export function registerBackupCommands(program: Command, ctx: CommandContext): void {
  const backup = program.command("backup").description("Create, list and restore world backups");
  registerCreate(backup, ctx);
  registerList(backup, ctx);
  registerRestore(backup, ctx);
}

function registerCreate(backup: Command, ctx: CommandContext): void {
  const create = backup
    .command("create")
    .description("Back up the world now (saving is paused while it is copied)")
    .argument("[name]", "a name to remember it by");
  clientOptions(create, { json: true }).action(
    async (name: string | undefined, flags: ClientFlags) => {
      await using conn = await connect(ctx, flags);
      let response;
      {
        await using _spinner = startSpinner(ctx.io, "Creating the backup");
        response = await conn.client.createBackup({ name: name ?? "" }, {
          timeoutMs: BACKUP_WAIT_MS,
        });
      }
      const result = {
        success: response.success === true,
        backupId: response.backupId ?? "",
        message: response.message ?? "",
        savingPausedMs: response.savingPausedMs ?? 0,
      };
      if (!result.success) throw new CliError(result.message || "the backup failed");
      const out = new Output(ctx.io, flags);
      if (flags.json) await out.json(result);
      else {
        // The daemon's own sentence: files, size, how long saving was paused
        // (or that it was not), what was pruned.
        const id = result.backupId;
        const message = result.message || `Backup ${id} created`;
        await out.line(id ? message.replace(id, out.paint("bold", id)) : message);
      }
    },
  );
}

function registerList(backup: Command, ctx: CommandContext): void {
  const list = backup.command("list").description("List the backups, newest first");
  clientOptions(list, { json: true }).action(async (flags: ClientFlags) => {
    await using conn = await connect(ctx, flags);
    const response = await conn.client.listBackups();
    const backups = (response.backups ?? []).map(backupToJson);
    const out = new Output(ctx.io, flags);
    if (flags.json) return await out.json({ backups });
    if (backups.length === 0) {
      await ctx.io.stderr.write("No backups yet; make one with: atlas-runner backup create\n");
      return;
    }
    const header = ["ID", "NAME", "CREATED", "SIZE"].map((h) => out.paint("bold", h));
    const rows = backups.map((b) => [
      b.id,
      b.name || "-",
      formatDate(b.createdAt),
      formatBytes(b.sizeBytes),
    ]);
    for (const line of formatTable([header, ...rows])) await out.line(line);
  });
}

function registerRestore(backup: Command, ctx: CommandContext): void {
  const restore = backup
    .command("restore")
    .description("Stop the server, replace its world with a backup, and start it again")
    .argument("<id>", "the backup's id (see: atlas-runner backup list)");
  clientOptions(restore, { json: true })
    .option("-y, --yes", "do not ask for confirmation")
    .action(async (id: string, flags: RestoreFlags) => {
      await confirmRestore(ctx, id, flags);
      await using conn = await connect(ctx, flags);
      let response;
      {
        await using _spinner = startSpinner(ctx.io, `Restoring ${id}`);
        response = await conn.client.restoreBackup({ backupId: id }, { timeoutMs: BACKUP_WAIT_MS });
      }
      const result = { success: response.success === true, message: response.message ?? "" };
      if (!result.success) throw new CliError(result.message || "the restore failed");
      const out = new Output(ctx.io, flags);
      if (flags.json) await out.json(result);
      else await out.line(result.message || `Restored ${id}`);
    });
}

async function confirmRestore(ctx: CommandContext, id: string, flags: RestoreFlags): Promise<void> {
  if (flags.yes) return;
  if (!ctx.io.stdin.isTerminal) {
    throw usageError(
      "refusing to restore without confirmation: stdin is not a terminal",
      `pass --yes to confirm: atlas-runner backup restore ${id} --yes`,
    );
  }
  const question = `Restore backup "${id}"? The server stops and its current world is replaced.`;
  if (!await confirm(ctx.io, question)) {
    throw usageError("restore cancelled", "nothing was changed");
  }
}

function formatDate(seconds: number): string {
  if (seconds <= 0) return "-";
  return new Date(seconds * 1000).toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z");
}
