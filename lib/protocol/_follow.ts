/**
 * Following the console log on a connection of its own. Private to
 * `lib/protocol`.
 *
 * @module
 */
import type { atlas } from "./messages.ts";

/** What a follow needs of its connection: `IpcClient.followLogs` hands it one (narrow, so no import cycle and no public `openStream`). */
export interface StreamClient {
  openStream(
    name: "getLogs",
    payload: object,
    onFrame: (payload: unknown) => boolean,
    onError: (error: unknown) => void,
  ): void;
  close(): Promise<void>;
  setReadGate(gate: (() => Promise<void> | null) | null): void;
}

/**
 * Batches a follow queues for its consumer before it stops reading the
 * socket. Each batch is at most 512 KiB of lines, so a consumer that lags
 * holds a few MiB here at most; the daemon's backlog for this follower
 * then fills, and it skips lines with a notice instead of growing.
 */
const MAX_QUEUED_BATCHES = 4;

/**
 * The generator behind `IpcClient.followLogs`: its own connection, one
 * `GetLogs` request with `follow: true`, every frame's lines until the frame
 * with `eof`, then the connection is closed (also when the consumer stops
 * early or the signal fires).
 */
export async function* followLogLines(
  open: () => Promise<StreamClient>,
  lines: number,
  signal: AbortSignal | undefined,
): AsyncGenerator<string, void, undefined> {
  if (signal?.aborted) return;
  const client = await open();
  const queue: atlas.ipc.GetLogsResponse[] = [];
  let failure: unknown = null;
  let ended = false;
  let wake: (() => void) | null = null;
  let resume = null as (() => void) | null; // set by the read gate below
  const notify = () => {
    wake?.();
    wake = null;
  };
  const onAbort = () => {
    ended = true;
    notify();
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  client.setReadGate(() =>
    queue.length >= MAX_QUEUED_BATCHES ? new Promise<void>((resolve) => resume = resolve) : null
  );
  try {
    client.openStream("getLogs", { lines, follow: true }, (payload) => {
      const batch = payload as atlas.ipc.GetLogsResponse;
      queue.push(batch);
      notify();
      return batch.eof === true;
    }, (error) => {
      failure = error;
      notify();
    });
    for (;;) {
      while (queue.length > 0) {
        const batch = queue.shift()!;
        if (resume !== null && queue.length < MAX_QUEUED_BATCHES) {
          resume();
          resume = null;
        }
        for (const line of batch.lines) yield line;
        if (batch.eof) return;
      }
      if (ended) return;
      if (failure !== null) throw failure;
      await new Promise<void>((resolve) => wake = resolve);
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    await client.close();
  }
}
