/**
 * A follow that survives a lost connection (`IpcClient.followLogs` with
 * `reconnect`): it connects again, asks for the daemon's recent lines, drops
 * the ones it already yielded, and says whether lines may have been missed.
 * Private to `lib/protocol`.
 *
 * @module
 */
import { isLost } from "./_channel.ts";
import { followLogLines, type StreamClient } from "./_follow.ts";
import { backoff, FIRST_DELAY_MS, gaveUp, MAX_DELAY_MS } from "./_retry.ts";
import { isIpcError } from "./errors.ts";
import type { atlas } from "./messages.ts";

/**
 * How the line begins that `IpcClient.followLogs` (with `reconnect`) yields
 * after connecting again; the rest of the line says whether lines may have
 * been missed.
 *
 * @example Telling the reconnect lines apart from the console's
 * ```ts
 * import { RECONNECTED_PREFIX } from "@atlas/runner";
 *
 * const line = `${RECONNECTED_PREFIX}: 0 lines missed`;
 * if (line.startsWith(RECONNECTED_PREFIX)) console.error(line);
 * ```
 */
export const RECONNECTED_PREFIX = "[atlas-runner] reconnected to the daemon";

/** Past lines asked for on resuming, to find where the follow left off. */
export const REPLAY_LINES = 1000;

/** The last lines received, searched for in the replay to skip what was yielded. */
const TAIL_LINES = 10;

/** Options of {@linkcode resumingFollow}. */
export interface ResumeOptions {
  /** The caller's signal: ends the follow quietly. */
  signal: AbortSignal | undefined;
  /** The client's close: ends the follow quietly at the next reconnect. */
  closing: AbortSignal;
  /** How long to keep trying to connect again after a loss. */
  timeoutMs: number;
  /** The socket, for the error. */
  path: string;
}

/**
 * The index in `replay` just after the newest run of `seen`'s last lines,
 * or -1 when the replay does not contain them.
 */
export function overlapEnd(seen: readonly string[], replay: readonly string[]): number {
  const k = Math.min(seen.length, TAIL_LINES);
  if (k === 0) return -1;
  const from = seen.length - k;
  for (let p = replay.length - k; p >= 0; p--) {
    let i = 0;
    while (i < k && replay[p + i] === seen[from + i]) i++;
    if (i === k) return p + k;
  }
  return -1;
}

/**
 * The lines a resumed follow yields from its first answer (the daemon's
 * recent lines): a {@linkcode RECONNECTED_PREFIX} line saying how many lines
 * may have been missed, then the lines not yielded before.
 *
 * @param seen The last lines yielded before the loss.
 * @param replay The daemon's recent lines (at most {@linkcode REPLAY_LINES}).
 * @param endedByDaemon True when the daemon ended the old stream itself
 * (it shut down, after sending every line it had).
 */
export function resumedLines(
  seen: readonly string[],
  replay: readonly string[],
  endedByDaemon: boolean,
): string[] {
  const at = overlapEnd(seen, replay);
  let note: string;
  let fresh: readonly string[] = replay;
  if (at >= 0) {
    fresh = replay.slice(at);
    note = "0 lines missed";
  } else if (replay.length >= REPLAY_LINES) {
    note = `more than ${REPLAY_LINES} lines came while disconnected; ` +
      `the lines before the last ${REPLAY_LINES} were missed`;
  } else if (endedByDaemon) {
    note = "0 lines missed (the daemon restarted; these are all its lines)";
  } else {
    note = "the daemon restarted; lines it wrote after the connection broke may have been " +
      "missed (it does not say how many)";
  }
  return [`${RECONNECTED_PREFIX}: ${note}`, ...fresh];
}

/**
 * `IpcClient.followLogs` with `reconnect`: follows on its own connection;
 * when that connection is lost, or the daemon ends the stream because it is
 * shutting down, connects again (100 ms, 200 ms, … at most 2 s apart, for at
 * most `timeoutMs`) and resumes where it left off.
 */
export async function* resumingFollow(
  open: () => Promise<StreamClient>,
  lines: number,
  options: ResumeOptions,
): AsyncGenerator<string, void, undefined> {
  const seen: string[] = [];
  /** Set while resuming: whether the daemon ended the previous stream. */
  let resume: { endedByDaemon: boolean } | null = null;
  let connected = false;
  const remember = (batch: readonly string[]): void => {
    seen.push(...batch.slice(-TAIL_LINES));
    if (seen.length > TAIL_LINES) seen.splice(0, seen.length - TAIL_LINES);
  };
  const watched = async (): Promise<StreamClient> => {
    const client = await open();
    connected = true;
    const resuming = resume;
    resume = null;
    return {
      openStream(name, payload, onFrame, onError) {
        let first = resuming !== null;
        client.openStream(name, payload, (value) => {
          const batch = value as atlas.ipc.GetLogsResponse;
          let out: readonly string[] = batch.lines;
          if (first) {
            first = false;
            out = resumedLines(seen, batch.lines, resuming!.endedByDaemon);
            remember(out.slice(1));
          } else {
            remember(out);
          }
          return onFrame({ lines: out, eof: batch.eof });
        }, onError);
      },
      close: () => client.close(),
      setReadGate: (gate) => client.setReadGate(gate),
    };
  };
  let requested = lines;
  let lostAt = 0;
  let delay = FIRST_DELAY_MS;
  for (;;) {
    connected = false;
    let endedByDaemon = false;
    try {
      for await (const line of followLogLines(watched, requested, options.signal)) yield line;
      if (options.signal?.aborted || options.closing.aborted) return;
      endedByDaemon = true;
    } catch (error) {
      const reconnecting = lostAt > 0 && !connected && isIpcError(error) &&
        error.code === "DAEMON_UNREACHABLE";
      if (!(isLost(error) || reconnecting) || options.closing.aborted) throw error;
      if (reconnecting && Date.now() - lostAt >= options.timeoutMs) {
        throw gaveUp(options.path, options.timeoutMs, error);
      }
    }
    if (connected) {
      // A new loss: start counting (and backing off) from now.
      lostAt = Date.now();
      delay = FIRST_DELAY_MS;
      resume = { endedByDaemon };
    } else {
      resume ??= { endedByDaemon };
    }
    requested = REPLAY_LINES;
    await backoff(delay, options.closing, options.signal).catch(() => {});
    if (options.signal?.aborted || options.closing.aborted) return;
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  }
}
