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
}

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
  const notify = () => {
    wake?.();
    wake = null;
  };
  const onAbort = () => {
    ended = true;
    notify();
  };
  signal?.addEventListener("abort", onAbort, { once: true });
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
