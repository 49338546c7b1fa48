/**
 * UpdateServer as a domain service: resolve the channel at the configured
 * source, compare with what is installed, download and verify into a temp
 * file, then — with start/stop held back — stop the server if it runs, keep
 * the current jar as `<jar>.previous`, rename the new one into place, record
 * `installed.json`, and start the server again. If the new jar does not
 * start, the previous one is put back and started (the answer says so).
 * At every instant the jar path holds a complete jar (old or new).
 *
 * @module
 */
import { basename, dirname } from "node:path";
import { getLogger } from "@logtape/logtape";
import { IpcError } from "../../protocol/errors.ts";
import { fsyncDir } from "../../util/atomic_write.ts";
import { pathExists, removeIfExists } from "../../util/fs.ts";
import { hashFile } from "../../util/hash.ts";
import type { OperationLock } from "../operation_lock.ts";
import type { ExclusivePower, ServerControl, VersionSource } from "../server/types.ts";
import type { ConfigStore, ResolvedConfig } from "../config/store.ts";
import { installedPath, type InstalledServer, readInstalled, writeInstalled } from "./installed.ts";
import { downloadJar } from "./download.ts";
import {
  type FetchContext,
  MOJANG_BASE_URL,
  PAPER_BASE_URL,
  resolveMojang,
  resolvePaper,
  type UpdateTarget,
} from "./sources.ts";
import { compareVersions } from "./version.ts";
import { escapeRegExp, sweepTempFiles, TEMP_ID, tempId, tempPath } from "../../util/temp.ts";

const log = getLogger(["atlas-runner", "daemon", "update"]);

/** Sent to the sources (PaperMC asks for one naming the software and a contact). */
export const USER_AGENT =
  "atlas-runner/0.2.0 (Minecraft server runner; +https://github.com/atlas-runner/atlas-runner)";

/** Options of {@linkcode UpdateService}. */
export interface UpdateServiceOptions {
  /** The live config (`update.*`, `server.jar`). */
  config: ConfigStore;
  /** The data directory (`installed.json`). */
  dataDirectory: string;
  /** The game server (the supervisor). */
  server: ServerControl;
  /** The server's version, when `installed.json` has none. */
  status: VersionSource;
  /** Shared with backups and restores. */
  lock: OperationLock;
  /** Metadata request deadline. @default 30000 */
  requestTimeoutMs?: number;
  /** Download stall timeout. @default 60000 */
  idleTimeoutMs?: number;
}

/** What {@linkcode UpdateService.update} did. */
export interface UpdateResult {
  /** Whether the requested version is installed (and running, if the server was). */
  success: boolean;
  /** What was installed before. */
  oldVersion: string;
  /** What is installed now. */
  newVersion: string;
  /** Sentences for the user. */
  message: string;
  /** The pid of the server started again on the new jar (it was running), else `null`. */
  restartedPid: number | null;
}

/** The jar's digest, or `null` when there is no jar. */
async function jarHash(path: string, algorithm: "sha1" | "sha256"): Promise<string | null> {
  try {
    return await hashFile(path, algorithm);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null;
    throw error;
  }
}

/** Replaces `dest` with a copy of `source` atomically (hard link, else copy; then rename). */
async function replaceWithCopy(source: string, dest: string): Promise<void> {
  const temp = `${dest}.${tempId()}.tmp`;
  try {
    await Deno.link(source, temp).catch(() => Deno.copyFile(source, temp));
    await Deno.rename(temp, dest);
  } catch (error) {
    await Deno.remove(temp).catch(() => {});
    throw error;
  }
}

/** Installs server jars from the configured source. */
export class UpdateService {
  #options: UpdateServiceOptions;

  /**
   * @param options Config, data directory, server, lock, timeouts.
   */
  constructor(options: UpdateServiceOptions) {
    this.#options = options;
  }

  /**
   * Removes what an update killed mid-way leaves beside the jar: the
   * download (`.server.jar.<id>.download`) and the copies made while
   * swapping (`server.jar.<id>.tmp`, `server.jar.previous.<id>.tmp`). Call
   * at daemon start, before any update runs.
   *
   * @returns The names removed.
   */
  sweep(): Promise<string[]> {
    const jar = this.#options.config.get().server.jar;
    const name = escapeRegExp(basename(jar));
    return sweepTempFiles(
      dirname(jar),
      new RegExp(
        `^(?:\\.${name}\\.${TEMP_ID}\\.download|${name}(?:\\.previous)?\\.${TEMP_ID}\\.tmp)$`,
      ),
    );
  }

  /**
   * Updates to the newest jar of a channel (or the configured one).
   *
   * @param channel The channel; empty = `update.channel`.
   * @returns What happened.
   * @throws {IpcError} `BUSY` while another storage operation runs; `NOT_FOUND` for an unknown
   *   version; `FAILED` / `TIMEOUT` when the download fails (nothing changed then).
   */
  update(channel = ""): Promise<UpdateResult> {
    return this.#options.lock.run("an update", (signal) => this.#update(channel, signal));
  }

  /**
   * For StartServer's `channel`: when it names a channel other than the
   * installed one, updates to it first.
   *
   * @param channel The requested channel (empty = whatever is installed).
   * @returns The update's result, or `null` when no update was needed.
   */
  async ensureChannel(channel: string): Promise<UpdateResult | null> {
    if (channel === "") return null;
    const installed = await readInstalled(this.#options.dataDirectory);
    const current = installed?.channel ?? this.#options.config.get().update.channel;
    if (channel === current) return null;
    const result = await this.update(channel);
    if (!result.success) throw new IpcError("FAILED", result.message);
    return result;
  }

  async #update(requested: string, signal: AbortSignal): Promise<UpdateResult> {
    const config = this.#options.config.get();
    const channel = requested || config.update.channel;
    const installed = await readInstalled(this.#options.dataDirectory) as InstalledServer | null;
    const oldVersion = installed?.version ?? this.#options.status.version;
    const { target, compare } = await this.#resolve(config, channel, signal);
    const jar = config.server.jar;
    if (await jarHash(jar, target.checksum.algorithm) === target.checksum.hex) {
      await this.#record(target, channel);
      return {
        success: true,
        oldVersion: target.label,
        newVersion: target.label,
        message: `Already up to date: ${target.label}`,
        restartedPid: null,
      };
    }
    const kept = keepNewerInstalled(channel, installed, target, compare);
    if (kept) return kept;
    const temp = tempPath(jar, "download");
    await Deno.mkdir(dirname(jar), { recursive: true });
    await downloadJar(target, temp, {
      userAgent: USER_AGENT,
      idleTimeoutMs: this.#options.idleTimeoutMs,
      signal,
    });
    try {
      return await this.#options.server.exclusive((power) =>
        this.#install({ target, channel, temp, jar, installed, oldVersion }, power)
      );
    } finally {
      await Deno.remove(temp).catch(() => {});
    }
  }

  async #resolve(
    config: ResolvedConfig,
    channel: string,
    signal: AbortSignal,
  ): Promise<{ target: UpdateTarget; compare: (a: string, b: string) => -1 | 0 | 1 | null }> {
    const paper = config.update.source === "paper";
    const context: FetchContext = {
      baseUrl: config.update.url || (paper ? PAPER_BASE_URL : MOJANG_BASE_URL),
      userAgent: USER_AGENT,
      timeoutMs: this.#options.requestTimeoutMs ?? 30_000,
      signal,
    };
    if (!paper) return await resolveMojang(channel, context);
    const target = await resolvePaper(channel, config.update.paperChannel, context);
    return { target, compare: compareVersions };
  }

  /**
   * Swaps the downloaded jar in. `jar` is the path resolved when the update
   * began: a `config set server.jar` meanwhile must not split one update
   * between two files (the download sits beside the first one).
   */
  async #install(
    plan: {
      target: UpdateTarget;
      channel: string;
      temp: string;
      jar: string;
      installed: InstalledServer | null;
      oldVersion: string;
    },
    power: ExclusivePower,
  ): Promise<UpdateResult> {
    const { target, channel, temp, jar, installed, oldVersion } = plan;
    const previous = `${jar}.previous`;
    const state = this.#options.server.state;
    const wasRunning = state === "RUNNING" || state === "STARTING";
    if (wasRunning) await power.stop();
    const hadJar = await pathExists(jar, { followSymlinks: false });
    if (hadJar) await replaceWithCopy(jar, previous);
    await Deno.rename(temp, jar);
    await fsyncDir(dirname(jar));
    await this.#record(target, channel);
    log.info("Installed {label} as {jar} (previous jar kept as {previous})", {
      label: target.label,
      jar,
      previous,
    });
    const done = `Updated ${oldVersion || "(unknown)"} → ${target.label}`;
    if (!wasRunning) {
      return {
        success: true,
        oldVersion,
        newVersion: target.label,
        message: `${done}.`,
        restartedPid: null,
      };
    }
    const started = await power.start();
    if (started.success) {
      return {
        success: true,
        oldVersion,
        newVersion: target.label,
        message: `${done}; the server was restarted.`,
        restartedPid: started.pid,
      };
    }
    log.error("The new jar did not start ({message}); putting the previous one back", {
      message: started.message,
    });
    if (!hadJar) {
      return {
        success: false,
        oldVersion,
        newVersion: target.label,
        message:
          `${done}, but it did not start: ${started.message}; there was no previous jar to go back to.`,
        restartedPid: null,
      };
    }
    await replaceWithCopy(previous, jar);
    await fsyncDir(dirname(jar));
    await this.#restoreRecord(installed);
    const again = await power.start();
    return {
      success: false,
      oldVersion,
      newVersion: oldVersion,
      message:
        `${target.label} did not start (${started.message}); put ${
          oldVersion || "the previous jar"
        } back and ` +
        (again.success
          ? "the server is running it again."
          : `it did not start either: ${again.message}`),
      restartedPid: null,
    };
  }

  async #record(target: UpdateTarget, channel: string): Promise<void> {
    const record: InstalledServer = {
      version: target.label,
      channel,
      source: target.source,
      installedAt: Date.now(),
      checksum: `${target.checksum.algorithm}:${target.checksum.hex}`,
      ...(target.build !== undefined ? { build: target.build } : {}),
    };
    await writeInstalled(this.#options.dataDirectory, record);
  }

  async #restoreRecord(installed: InstalledServer | null): Promise<void> {
    if (installed) await writeInstalled(this.#options.dataDirectory, installed);
    else await removeIfExists(installedPath(this.#options.dataDirectory));
  }
}

/**
 * A tracked channel (`release`, `snapshot`, `latest`) never downgrades: when
 * the installed version from the same channel and source is newer than the
 * channel's latest (a pulled release), nothing is installed.
 */
function keepNewerInstalled(
  channel: string,
  installed: InstalledServer | null,
  target: UpdateTarget,
  compare: (a: string, b: string) => -1 | 0 | 1 | null,
): UpdateResult | null {
  const tracking = channel === "release" || channel === "snapshot" || channel === "latest";
  if (!tracking || installed?.channel !== channel || installed.source !== target.source) {
    return null;
  }
  // Paper labels are "<version>-<build>"; Mojang ids are compared whole ("26.1-rc-1").
  const version = target.source === "paper"
    ? installed.version.replace(/-\d+$/, "")
    : installed.version;
  const order = compare(target.version, version);
  const older = order === -1 || (order === 0 && (target.build ?? 0) < (installed.build ?? 0));
  if (!older) return null;
  return {
    success: true,
    oldVersion: installed.version,
    newVersion: installed.version,
    message:
      `Installed ${installed.version} is newer than the latest ${channel} (${target.label}); nothing changed`,
    restartedPid: null,
  };
}
