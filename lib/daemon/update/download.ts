/**
 * Downloads a server jar to a temp file beside its destination, streaming:
 * the checksum and size are computed as the bytes arrive, the file is
 * fsynced, and on any failure (HTTP error, connection cut, stall, wrong size
 * or checksum) the temp file is removed, so nothing else ever changes.
 * Progress goes to the daemon log.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { getLogger } from "@logtape/logtape";
import { IpcError } from "../../protocol/errors.ts";
import { fetchTrusted, type UpdateTarget } from "./sources.ts";

const log = getLogger(["atlas-runner", "daemon", "update"]);

/** The largest jar downloaded when the metadata does not give its size (no server jar is near it). */
export const MAX_UNSIZED_JAR_BYTES = 1024 * 1024 * 1024;

/** Options of {@linkcode downloadJar}. */
export interface DownloadOptions {
  /** The User-Agent header. */
  userAgent: string;
  /** Gives up when no byte arrives for this long. @default 60000 */
  idleTimeoutMs?: number;
  /** Aborts the download. */
  signal?: AbortSignal;
}

/**
 * Downloads `target` to `tempPath` (created new) and verifies it.
 *
 * @param target The jar: url, size, checksum.
 * @param tempPath Where to write it (same folder as the jar, so a rename can replace it).
 * @param options Headers, stall timeout, signal.
 * @returns The number of bytes downloaded.
 * @throws {IpcError} `NOT_FOUND`/`FAILED` on HTTP errors, `FAILED` on a cut connection, a
 *   wrong size or checksum, `TIMEOUT` on a stall. The temp file is gone in every case.
 */
export async function downloadJar(
  target: UpdateTarget,
  tempPath: string,
  options: DownloadOptions,
): Promise<number> {
  const idle = new AbortController();
  const idleMs = options.idleTimeoutMs ?? 60_000;
  let timer = setTimeout(() => idle.abort(), idleMs);
  const signal = options.signal ? AbortSignal.any([options.signal, idle.signal]) : idle.signal;
  try {
    using file = await Deno.open(tempPath, { write: true, createNew: true, mode: 0o644 });
    const headers = { "user-agent": options.userAgent };
    const response = await fetchTrusted(
      target.url,
      { headers, signal },
      `the jar of ${target.label}`,
    );
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new IpcError(
        response.status === 404 ? "NOT_FOUND" : "FAILED",
        `Download of ${target.label} failed: HTTP ${response.status} from ${target.url}`,
      );
    }
    const announced = Number(response.headers.get("content-length") ?? NaN);
    const expected = target.size ?? (Number.isFinite(announced) ? announced : undefined);
    // Without a size from the metadata, the server's word is capped: a jar never needs 1 GiB.
    const limit = target.size ?? MAX_UNSIZED_JAR_BYTES;
    if (expected !== undefined && expected > limit) {
      await response.body.cancel();
      throw new IpcError(
        "FAILED",
        `Download of ${target.label} is announced at ${expected} bytes, more than ${limit}`,
        { hint: "nothing was changed; check update.url" },
      );
    }
    const hash = createHash(target.checksum.algorithm);
    const progress = new Progress(target.label, expected);
    let received = 0;
    for await (const chunk of response.body) {
      clearTimeout(timer);
      timer = setTimeout(() => idle.abort(), idleMs);
      if (received + chunk.length > (expected ?? limit)) {
        throw new IpcError(
          "FAILED",
          `Download of ${target.label} is larger than its ${expected ?? limit} bytes`,
          { hint: "nothing was changed; check update.url" },
        );
      }
      hash.update(chunk);
      let written = 0;
      while (written < chunk.length) written += await file.write(chunk.subarray(written));
      received += chunk.length;
      progress.update(received);
    }
    verify(target, received, expected, hash.digest("hex"));
    await file.sync();
    log.info("Downloaded {label}: {bytes} bytes, {algorithm} verified", {
      label: target.label,
      bytes: received,
      algorithm: target.checksum.algorithm,
    });
    return received;
  } catch (error) {
    await Deno.remove(tempPath).catch(() => {});
    throw downloadError(error, target, idle.signal.aborted, idleMs, options.signal);
  } finally {
    clearTimeout(timer);
  }
}

function verify(
  target: UpdateTarget,
  received: number,
  expected: number | undefined,
  hex: string,
): void {
  if (expected !== undefined && received !== expected) {
    throw new IpcError(
      "FAILED",
      `Download of ${target.label} was cut short: ${received} of ${expected} bytes`,
      { hint: "nothing was changed; retry the update" },
    );
  }
  if (hex !== target.checksum.hex) {
    throw new IpcError("FAILED", `Download of ${target.label} does not match its checksum`, {
      details: `expected ${target.checksum.algorithm} ${target.checksum.hex}, got ${hex}`,
      hint: "nothing was changed; retry the update",
    });
  }
}

function downloadError(
  error: unknown,
  target: UpdateTarget,
  stalled: boolean,
  idleMs: number,
  signal?: AbortSignal,
): unknown {
  if (error instanceof IpcError) return error;
  if (signal?.aborted) return signal.reason;
  if (stalled) {
    return new IpcError(
      "TIMEOUT",
      `Download of ${target.label} stalled: no data for ${idleMs} ms`,
      {
        hint: "nothing was changed; retry the update",
      },
    );
  }
  return new IpcError(
    "FAILED",
    `Download of ${target.label} was interrupted: ${(error as Error).message}`,
    { hint: "nothing was changed; retry the update", cause: error },
  );
}

/** Logs download progress every 10 % (or every 8 MiB when the size is unknown). */
class Progress {
  #label: string;
  #total?: number;
  #next: number;

  constructor(label: string, total?: number) {
    this.#label = label;
    this.#total = total;
    this.#next = this.#step();
    log.info("Downloading {label} ({total} bytes)", { label, total: total ?? "unknown" });
  }

  #step(): number {
    return this.#total ? Math.max(1, Math.ceil(this.#total / 10)) : 8 * 1024 * 1024;
  }

  update(received: number): void {
    if (received < this.#next) return;
    this.#next = received + this.#step();
    const percent = this.#total ? Math.floor((received / this.#total) * 100) : undefined;
    log.info("Downloading {label}: {received} bytes{percent}", {
      label: this.#label,
      received,
      percent: percent === undefined ? "" : ` (${percent}%)`,
    });
  }
}
