/**
 * Sending a handler's stream (`getLogs` with `follow`): each item in frames
 * of at most a batch's size, each frame only after the previous one was
 * taken by the socket. Private to `lib/protocol`.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import protobuf from "protobufjs/minimal.js";

const logger = getLogger(["atlas-runner", "protocol", "server"]);
const { utf8 } = protobuf.util;

/** One stream item: a `GetLogsResponse` as the handler gave it. */
export type StreamItem =
  & { lines?: readonly string[] | null; eof?: boolean | null }
  & Record<
    string,
    unknown
  >;

/** Where a stream's frames go (a server connection). */
export interface StreamOutput {
  /** Fires when the stream must end (peer gone, server closing). */
  readonly ended: AbortSignal;
  /** Whether the connection is closed. */
  readonly closed: boolean;
  /** Queues one frame; `false` when it could not (an error was sent instead). */
  send(item: StreamItem): boolean;
  /** Queues the stream's `ErrorResponse`. */
  fail(error: unknown): void;
  /** Resolves once everything queued so far has been written (or the connection closed). */
  written(): Promise<void>;
}

/**
 * Bytes a string takes in a `repeated string` field: tag, length, UTF-8.
 * `length * 3` bounds the UTF-8 size of a JavaScript string.
 */
function fieldBytes(line: string, exact: boolean): number {
  const bytes = exact ? utf8.length(line) : line.length * 3;
  return bytes + (bytes < 128 ? 2 : bytes < 16384 ? 3 : 6);
}

/**
 * The end of the batch of `lines` starting at `from`: as many lines as fit
 * in `maxBytes` (at least one).
 */
function batchEnd(lines: readonly string[], from: number, maxBytes: number): number {
  let bytes = 0;
  for (let i = from; i < lines.length; i++) {
    bytes += fieldBytes(lines[i], true);
    if (bytes > maxBytes && i > from) return i;
  }
  return lines.length;
}

/** Whether the item's lines certainly fit one batch (without measuring UTF-8). */
function fitsAtOnce(lines: readonly string[], maxBytes: number): boolean {
  let bytes = 0;
  for (let i = 0; i < lines.length && bytes <= maxBytes; i++) bytes += fieldBytes(lines[i], false);
  return bytes <= maxBytes;
}

/** How sending an item went: sent, stopped (ended or closed), failed (an error was sent). */
type Sent = "sent" | "stopped" | "failed";

/** Sends one item, split into batches of at most `maxBytes`; the `eof` flag goes on the last. */
async function sendItem(item: StreamItem, out: StreamOutput, maxBytes: number): Promise<Sent> {
  const lines = item.lines ?? [];
  if (fitsAtOnce(lines, maxBytes)) {
    if (!out.send(item)) return "failed";
    await out.written();
    return out.closed ? "stopped" : "sent";
  }
  for (let from = 0; from < lines.length;) {
    if (out.ended.aborted) return "stopped";
    const to = batchEnd(lines, from, maxBytes);
    const last = to === lines.length;
    if (!out.send({ ...item, lines: lines.slice(from, to), eof: last && item.eof === true })) {
      return "failed";
    }
    from = to;
    await out.written();
    if (out.closed) return "stopped";
  }
  return "sent";
}

/**
 * Sends a stream until the handler's iterable ends, it yields an item with
 * `eof`, or the output's `ended` signal fires; then a final frame with `eof`
 * unless one was sent. When the handler fails (or an item cannot be sent),
 * its `ErrorResponse` is the stream's last frame: nothing follows it.
 *
 * Each step of the iterable is raced against `ended` through one listener
 * per stream, so nothing is retained per batch (a `Promise.race` against a
 * long-lived promise would leave one reaction on it per step until the
 * stream ends).
 *
 * @param iterable The handler's items.
 * @param out Where the frames go.
 * @param maxBatchBytes The most line bytes in one frame.
 */
export async function pumpStream(
  iterable: AsyncIterable<StreamItem>,
  out: StreamOutput,
  maxBatchBytes: number,
): Promise<void> {
  const iterator = iterable[Symbol.asyncIterator]();
  const ended = out.ended;
  let interrupt: ((step: undefined) => void) | null = null;
  const onEnd = () => interrupt?.(undefined);
  ended.addEventListener("abort", onEnd, { once: true });
  let finished = false;
  let eofSent = false;
  try {
    while (!ended.aborted) {
      const next = iterator.next();
      const step = await new Promise<IteratorResult<StreamItem> | undefined>((resolve, reject) => {
        interrupt = resolve;
        next.then(resolve, reject);
      });
      interrupt = null;
      if (step === undefined) {
        // Ended from our side while the handler was waiting: do not leave
        // its pending step unobserved.
        next.catch((error) => logger.debug("Stream step failed: {error}", { error }));
        break;
      }
      if (step.done) {
        finished = true;
        break;
      }
      const item = step.value ?? {};
      const sent = await sendItem(item, out, maxBatchBytes);
      if (sent === "failed") {
        // The item got an ErrorResponse instead: that ends the stream.
        eofSent = true;
        break;
      }
      if (sent === "stopped") break;
      if (item.eof === true) {
        eofSent = true;
        break;
      }
    }
  } catch (error) {
    finished = true;
    eofSent = true;
    out.fail(error);
  } finally {
    ended.removeEventListener("abort", onEnd);
  }
  if (!eofSent) out.send({ eof: true });
  if (!finished) {
    // Tell the handler's generator to run its cleanup; it may be waiting.
    Promise.resolve(iterator.return?.()).catch((error) =>
      logger.debug("Stream cleanup failed: {error}", { error })
    );
  }
}
