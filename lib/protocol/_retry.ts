/**
 * What a reconnecting `IpcClient` needs: which requests may be sent twice,
 * the backoff between attempts, and a wait that a close or abort cuts short.
 * Private to `lib/protocol`.
 *
 * @module
 */
import { IpcError } from "./errors.ts";
import type { RequestName } from "./messages.ts";

/**
 * Requests that change nothing on the daemon, so sending one again after a
 * lost connection cannot do anything twice (`ping`, `debugInfo` and
 * `daemonInfo` are a `getStatus`).
 * `getLogs` is here only without `follow`; a follow resumes on its own.
 */
export const IDEMPOTENT: ReadonlySet<RequestName> = new Set<RequestName>([
  "getStatus",
  "getLogs",
  "listBackups",
  "getConfig",
  "getMetrics",
]);

/** The first wait before trying again after a lost connection. */
export const FIRST_DELAY_MS = 100;
/** The longest wait between two attempts (the wait doubles up to this). */
export const MAX_DELAY_MS = 2000;

/**
 * Waits `ms`, or less when one of the signals fires: resolves early when
 * `wake` fires (the client is closing), rejects with the reason when `abort`
 * does (the caller gave up).
 */
export function backoff(
  ms: number,
  wake: AbortSignal,
  abort: AbortSignal | undefined,
): Promise<void> {
  if (abort?.aborted) return Promise.reject(abort.reason);
  if (wake.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      wake.removeEventListener("abort", woke);
      abort?.removeEventListener("abort", aborted);
    };
    const woke = (): void => {
      done();
      resolve();
    };
    const aborted = (): void => {
      done();
      reject(abort!.reason);
    };
    const timer = setTimeout(woke, ms);
    wake.addEventListener("abort", woke, { once: true });
    abort?.addEventListener("abort", aborted, { once: true });
  });
}

/**
 * The error of a request that could not get through again before its
 * deadline because nothing answered on the socket.
 */
export function gaveUp(path: string, timeoutMs: number, cause: unknown): IpcError {
  return new IpcError(
    "DAEMON_UNREACHABLE",
    `Lost the connection to "${path}" and could not reconnect within ${timeoutMs} ms`,
    { hint: "Is the daemon running? Start it with: atlas-runner daemon", cause },
  );
}
