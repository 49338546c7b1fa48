/**
 * The daemon lock: `atlas-runner.pid` in the data directory holds the running
 * daemon's pid under an exclusive advisory lock for the daemon's whole life,
 * so a second daemon on the same data directory (the same instance) is
 * refused with `ALREADY_RUNNING`. The kernel drops the lock when a daemon
 * dies, even by SIGKILL, so a stale file never blocks the next start.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { join } from "node:path";
import { IpcError } from "../protocol/errors.ts";

const log = getLogger(["atlas-runner", "daemon", "lock"]);

/** The lock a daemon holds on its data directory. */
export interface DaemonLock extends AsyncDisposable {
  /** The lock file's path. */
  readonly path: string;
}

/**
 * Takes the data directory's daemon lock and writes this daemon's pid.
 *
 * @param dataDirectory The data directory (created if missing).
 * @returns The lock; dispose it (or exit) to release it.
 * @throws {IpcError} `ALREADY_RUNNING` when another live daemon holds it.
 */
export async function acquireDaemonLock(dataDirectory: string): Promise<DaemonLock> {
  await Deno.mkdir(dataDirectory, { recursive: true, mode: 0o700 });
  const path = join(dataDirectory, "atlas-runner.pid");
  const file = await Deno.open(path, { read: true, write: true, create: true, mode: 0o600 });
  if (!await file.tryLock(true)) {
    const other = (await Deno.readTextFile(path).catch(() => "")).trim() || "unknown";
    file.close();
    throw new IpcError(
      "ALREADY_RUNNING",
      `Another daemon (pid ${other}) is already running with data directory ${dataDirectory}`,
      {
        hint: "stop that daemon first, or give this one another name (--name) or config (--config)",
      },
    );
  }
  await file.truncate(0);
  await file.write(new TextEncoder().encode(`${Deno.pid}\n`));
  return {
    path,
    async [Symbol.asyncDispose]() {
      await Deno.remove(path).catch((error) => {
        if (!(error instanceof Deno.errors.NotFound)) {
          log.warn("Cannot remove {path}", { path, error });
        }
      });
      file.close();
    },
  };
}
