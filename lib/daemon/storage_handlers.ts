/**
 * The wire side of the storage services: CreateBackup, ListBackups,
 * RestoreBackup, UpdateServer, GetConfig and SetConfig, mapped to and from
 * the plain values of {@linkcode StorageServices}. Spread into the daemon's
 * handler by `handlers.ts`.
 *
 * @module
 */
import type { RequestHandler } from "../protocol/handler.ts";
import type { StorageServices } from "./storage.ts";

/**
 * The six storage request handlers.
 *
 * @param storage The storage services.
 * @returns Those handler methods.
 */
export function storageHandlers(storage: StorageServices): RequestHandler {
  return {
    async createBackup(request) {
      const result = await storage.backups.create(request.name);
      return {
        success: true,
        backupId: result.manifest.id,
        message: result.message,
        savingPausedMs: result.savingPausedMs ?? 0,
      };
    },

    async listBackups() {
      const backups = await storage.backups.list();
      return {
        backups: backups.map((b) => ({
          id: b.id,
          name: b.name,
          createdAt: b.createdAt,
          sizeBytes: b.sizeBytes,
        })),
      };
    },

    async restoreBackup(request) {
      const result = await storage.restore.restore(request.backupId);
      return { success: true, message: result.message };
    },

    async updateServer(request) {
      const result = await storage.update.update(request.channel);
      return {
        success: result.success,
        oldVersion: result.oldVersion,
        newVersion: result.newVersion,
        message: result.message,
      };
    },

    getConfig() {
      return { configJson: storage.config.get() };
    },

    async setConfig(request) {
      const result = await storage.config.set(request.configJson);
      return { success: true, message: result.message };
    },
  };
}
