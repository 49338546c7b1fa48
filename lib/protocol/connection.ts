/**
 * A framed connection over a `Deno.Conn`: frame bodies in (every complete
 * frame of each read, decoded in place), frame bodies out (queued and written
 * in batches, one write per batch). Shared by the client and the server.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { FRAME_HEADER_BYTES, FrameDecoder, MAX_FRAME_BYTES, writeHeader } from "./frame.ts";

const logger = getLogger(["atlas-runner", "protocol", "connection"]);

/** Options of {@linkcode FrameConnection}. */
export interface FrameConnectionOptions {
  /** The largest frame body accepted. @default {MAX_FRAME_BYTES} */
  maxFrameBytes?: number;
  /** Size of the buffer each read fills. @default {16384} */
  readBufferBytes?: number;
}

/**
 * Called with the frame bodies completed by one read. The bodies may view
 * into the connection's read buffer: use them before returning.
 */
export type FramesListener = (bodies: Uint8Array[]) => void;

/** Queued bytes above which {@linkcode FrameConnection.drained} waits. */
const HIGH_WATER_BYTES = 1024 * 1024;

/**
 * Wraps a connected stream socket with the frame codec.
 *
 * @internal Used by {@linkcode IpcClient} and {@linkcode IpcServer}.
 */
export class FrameConnection {
  readonly #conn: Deno.Conn;
  readonly #decoder: FrameDecoder;
  readonly #readBuffer: Uint8Array;
  #queue: Uint8Array[] = [];
  #queuedBytes = 0;
  #writing = false;
  #closed = false;
  #drainWaiters: (() => void)[] = [];
  #flushWaiters: (() => void)[] = [];
  /** Bytes read from the socket. */
  bytesIn = 0;
  /** Bytes written to the socket. */
  bytesOut = 0;

  /**
   * @param conn A connected socket; this object owns it from now on.
   * @param options Limits and buffer size.
   */
  constructor(conn: Deno.Conn, options: FrameConnectionOptions = {}) {
    this.#conn = conn;
    this.#decoder = new FrameDecoder({ maxFrameBytes: options.maxFrameBytes ?? MAX_FRAME_BYTES });
    this.#readBuffer = new Uint8Array(options.readBufferBytes ?? 16384);
  }

  /** Whether {@linkcode FrameConnection.close} was called or a write failed. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Bytes queued and not yet handed to the socket. */
  get queuedBytes(): number {
    return this.#queuedBytes;
  }

  /**
   * Reads until the peer closes the stream or this side closes it, handing
   * the frames of each read to `listener` synchronously.
   *
   * @param listener Receives the bodies completed by each read.
   * @returns Resolves at the end of the stream or after `close()`.
   * @throws {IpcError} `FRAME_TOO_LARGE` for an oversize length,
   * `DECODE_ERROR` when the peer ends the stream inside a frame; any other
   * socket error as thrown by Deno.
   */
  async readFrames(listener: FramesListener): Promise<void> {
    const buffer = this.#readBuffer;
    const bodies: Uint8Array[] = [];
    for (;;) {
      let n: number | null;
      try {
        n = await this.#conn.read(buffer);
      } catch (error) {
        if (this.#closed || isPeerGone(error)) return;
        throw error;
      }
      if (n === null) {
        if (!this.#closed) this.#decoder.end();
        return;
      }
      this.bytesIn += n;
      let failure: unknown = null;
      try {
        this.#decoder.pushTo(n === buffer.length ? buffer : buffer.subarray(0, n), bodies);
      } catch (error) {
        failure = error; // still hand over the frames before the bad one
      }
      if (bodies.length > 0) {
        try {
          listener(bodies);
        } finally {
          bodies.length = 0;
        }
      }
      if (failure !== null) throw failure;
    }
  }

  /**
   * Queues one frame body; every body queued before the next turn of the
   * event loop goes out in the same write.
   *
   * @param body An encoded message, at most the frame maximum long.
   */
  send(body: Uint8Array): void {
    if (this.#closed) return;
    this.#queue.push(body);
    this.#queuedBytes += FRAME_HEADER_BYTES + body.length;
    if (!this.#writing) {
      this.#writing = true;
      queueMicrotask(() => this.#writeLoop());
    }
  }

  /**
   * Waits until the queue is below the high-water mark (backpressure for
   * streams), or the connection is closed.
   *
   * @returns Resolves when more may be queued.
   */
  drained(): Promise<void> {
    if (this.#queuedBytes < HIGH_WATER_BYTES || this.#closed) return Promise.resolve();
    return new Promise((resolve) => this.#drainWaiters.push(resolve));
  }

  /**
   * Waits until everything queued has been written (or the connection closed).
   *
   * @returns Resolves when the queue is empty and no write is pending.
   */
  flush(): Promise<void> {
    if (!this.#writing || this.#closed) return Promise.resolve();
    return new Promise((resolve) => this.#flushWaiters.push(resolve));
  }

  /** Closes the socket; queued bytes are dropped. Idempotent. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue = [];
    this.#queuedBytes = 0;
    try {
      this.#conn.close();
    } catch (error) {
      if (!(error instanceof Deno.errors.BadResource)) throw error;
    }
    this.#drainWaiters = wakeAll(this.#drainWaiters);
    this.#flushWaiters = wakeAll(this.#flushWaiters);
  }

  async #writeLoop(): Promise<void> {
    try {
      while (this.#queue.length > 0 && !this.#closed) {
        const batch = this.#takeBatch();
        let offset = 0;
        while (offset < batch.length) {
          offset += await this.#conn.write(offset === 0 ? batch : batch.subarray(offset));
        }
        this.bytesOut += batch.length;
        if (this.#queuedBytes < HIGH_WATER_BYTES) this.#drainWaiters = wakeAll(this.#drainWaiters);
      }
    } catch (error) {
      // The peer went away or we closed: pending bytes can go nowhere. The
      // read side sees the same condition and ends the connection.
      if (!this.#closed && !isPeerGone(error)) {
        logger.warn("Write failed, closing the connection: {error}", { error });
      }
      this.close();
    } finally {
      this.#writing = false;
      this.#flushWaiters = wakeAll(this.#flushWaiters);
    }
  }

  /** Concatenates every queued body, with headers, into one buffer. */
  #takeBatch(): Uint8Array {
    const queue = this.#queue;
    const batch = new Uint8Array(this.#queuedBytes);
    this.#queue = [];
    this.#queuedBytes = 0;
    let offset = 0;
    for (let i = 0; i < queue.length; i++) {
      const body = queue[i];
      writeHeader(batch, offset, body.length);
      batch.set(body, offset + FRAME_HEADER_BYTES);
      offset += FRAME_HEADER_BYTES + body.length;
    }
    return batch;
  }
}

function wakeAll(waiters: (() => void)[]): (() => void)[] {
  if (waiters.length === 0) return waiters;
  for (const wake of waiters) wake();
  return [];
}

/** Errors that mean the peer closed or reset the connection. */
export function isPeerGone(error: unknown): boolean {
  return error instanceof Deno.errors.BrokenPipe ||
    error instanceof Deno.errors.ConnectionReset ||
    error instanceof Deno.errors.ConnectionAborted ||
    error instanceof Deno.errors.NotConnected ||
    error instanceof Deno.errors.BadResource ||
    error instanceof Deno.errors.Interrupted;
}
