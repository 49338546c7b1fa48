/**
 * A framed connection over a `Deno.Conn`: frame bodies in (every complete
 * frame of each read, decoded in place), frame bodies out (queued and written
 * in batches, one write per batch). Shared by the client and the server.
 *
 * @module
 */
import { warn } from "./_warn.ts";
import protobuf from "protobufjs/minimal.js";
import { IpcError } from "./errors.ts";
import { FRAME_HEADER_BYTES, FrameDecoder, MAX_FRAME_BYTES, writeHeader } from "./frame.ts";
import type { ReadBudget } from "./_read_budget.ts";

type Writer = protobuf.Writer;
const { Writer } = protobuf;

/** Options of {@linkcode FrameConnection}. */
export interface FrameConnectionOptions {
  /** The largest frame body accepted. @default {MAX_FRAME_BYTES} */
  maxFrameBytes?: number;
  /** Size of the buffer each read fills. @default {16384} */
  readBufferBytes?: number;
  /** The cap on partial-frame bytes shared with other connections. */
  budget?: ReadBudget;
}

/**
 * Called with the frame bodies completed by one read, `bodies[from]` up to
 * (not including) `bodies[to]`. Returns the index of the first frame it did
 * not handle (`to` when it handled them all): it stops early when its read
 * gate (see {@linkcode FrameConnection.setReadGate}) would now close, and
 * gets the rest once the gate opens. The bodies may view into the
 * connection's read buffer: use them before returning.
 */
export type FramesListener = (bodies: Uint8Array[], from: number, to: number) => number;

/**
 * Says whether reading may go on: `null` when it may, or a promise resolved
 * when it may ask again.
 */
export type ReadGate = () => Promise<void> | null;

/**
 * Frames of one read handled before their answers are written (see
 * `#handOver`). Measured with 64 pipelined requests per read: 16 roughly
 * doubles the rate over answering all 64 at once; 32 is about the same as
 * 16, 8 and 4 are slower (more writes, more wake-ups of the peer).
 */
const SLICE_FRAMES = 16;

/**
 * A written batch's buffer is reused for the next one up to this size.
 * Larger ones (a log batch, a big answer) are dropped once written, so an
 * idle connection holds next to nothing.
 */
const SPARE_MAX_BYTES = 64 * 1024;

/** A generated message class, as far as encoding goes. */
export interface MessageType<T> {
  /** Encodes `message` into `writer`. */
  encode(message: T, writer?: Writer): Writer;
}

/** Writes one message body into `writer`, from two values of the caller's. */
export type Encoder<A, B> = (writer: Writer, a: A, b: B) => unknown;

function encodeMessage<T>(writer: Writer, type: MessageType<T>, message: T): void {
  type.encode(message, writer);
}

/**
 * Wraps a connected stream socket with the frame codec.
 *
 * @internal Used by {@linkcode IpcClient} and {@linkcode IpcServer}.
 */
export class FrameConnection {
  readonly #conn: Deno.Conn;
  readonly #decoder: FrameDecoder;
  readonly #readBuffer: Uint8Array;
  readonly #maxFrameBytes: number;
  readonly #budget: ReadBudget | null;
  /** Partial-frame bytes reported to the budget. */
  #budgeted = 0;
  #gate: ReadGate | null = null;
  /** Set while reading waits (read gate, partial-frame cap, or a socket that takes nothing). */
  #readWaiting = false;
  #pauseWake: (() => void) | null = null;
  /** Frames (header + body) waiting for the next write. */
  #pending: Writer = new Writer();
  #spare: Writer | null = null;
  /** Bytes of the batch being written (0 when none). */
  #batchBytes = 0;
  #writing = false;
  #inListener = false;
  #closed = false;
  /** Woken when the unsent bytes fall to their mark, or the connection closes. */
  #unsentWaiters: Mark[] = [];
  /** Woken when `bytesOut` reaches their mark, or the connection closes. */
  #writtenWaiters: Mark[] = [];
  #flushWaiters: (() => void)[] = [];
  /** Woken when the batch being written is done (or the connection closed). */
  #batchWaiters: (() => void)[] = [];
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
    this.#maxFrameBytes = options.maxFrameBytes ?? MAX_FRAME_BYTES;
    this.#decoder = new FrameDecoder({ maxFrameBytes: this.#maxFrameBytes });
    this.#readBuffer = new Uint8Array(options.readBufferBytes ?? 16384);
    this.#budget = options.budget ?? null;
  }

  /** Whether {@linkcode FrameConnection.close} was called or a write failed. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Bytes queued and not yet handed to the socket. */
  get queuedBytes(): number {
    return this.#pending.pos;
  }

  /** Bytes queued or being written, not yet taken by the socket. */
  get unsentBytes(): number {
    return this.#pending.pos + this.#batchBytes;
  }

  /**
   * Whether reading waits now: for the read gate, the partial-frame cap, or
   * the socket to take the answers of the frames already read.
   */
  get readPaused(): boolean {
    return this.#readWaiting;
  }

  /** Bytes held for a frame not yet complete. */
  get partialFrameBytes(): number {
    return this.#decoder.allocatedBytes;
  }

  /**
   * Sets the gate consulted before each read and before each slice of
   * frames: while it returns a promise, nothing more is read or handed over
   * (the peer's writes then back up into its own socket).
   *
   * @param gate The gate, or `null` for none.
   */
  setReadGate(gate: ReadGate | null): void {
    this.#gate = gate;
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
      // Checked without an await first: on the hot path nothing holds reading back.
      const hold = this.#readHold();
      if (hold !== null) await this.#mayRead(hold);
      if (this.#closed) return;
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
      if (this.#budget !== null) this.#account(this.#budget);
      if (bodies.length > 0) await this.#handOver(listener, bodies);
      if (failure !== null) throw failure;
    }
  }

  /** What holds reading back now (the read gate, the partial-frame cap), or `null`. */
  #readHold(): Promise<void> | null {
    return this.#gate?.() ??
      (this.#budget !== null && this.#decoder.midFrame ? this.#budget.admit(this) : null);
  }

  /** Waits while the read gate is closed or the partial-frame cap holds this connection back. */
  async #mayRead(first: Promise<void>): Promise<void> {
    for (let hold: Promise<void> | null = first; hold !== null; hold = this.#readHold()) {
      if (this.#closed) return;
      await this.#pause(hold);
    }
  }

  /** Waits for `until`, or until the connection closes (through one slot: nothing retained). */
  async #pause(until: Promise<void>): Promise<void> {
    if (this.#closed) return; // nothing would wake it
    this.#readWaiting = true;
    try {
      await new Promise<void>((resolve) => {
        this.#pauseWake = resolve;
        until.then(resolve, resolve);
      });
    } finally {
      this.#readWaiting = false;
      this.#pauseWake = null;
    }
  }

  /** Reports the decoder's allocation to the shared budget. */
  #account(budget: ReadBudget): void {
    const now = this.#decoder.allocatedBytes;
    if (now !== this.#budgeted) {
      budget.add(now - this.#budgeted);
      this.#budgeted = now;
    }
    if (!this.#decoder.midFrame) budget.release(this);
  }

  /**
   * Hands the frames of one read to the listener, `SLICE_FRAMES` at a time.
   * Answers produced synchronously by the listener are written right after
   * each slice, in one write; the next slice waits for the batch being
   * written then (a microtask when the socket takes it at once; longer only
   * while a peer that does not read fills the socket, which then also holds
   * back reading, as the Rust reference does). With many frames per read
   * (64 pipelined requests), the peer starts on the first answers while the
   * rest are computed, instead of the two sides taking turns.
   */
  async #handOver(listener: FramesListener, bodies: Uint8Array[]): Promise<void> {
    try {
      let from = 0;
      while (from < bodies.length && !this.#closed) {
        if (from > 0) {
          const gate = this.#gate?.();
          if (gate) {
            await this.#pause(gate);
            continue;
          }
          if (this.#writing) await this.#pause(this.#batchWritten());
        }
        const to = Math.min(from + SLICE_FRAMES, bodies.length);
        this.#inListener = true;
        try {
          from = listener(bodies, from, to);
        } finally {
          this.#inListener = false;
        }
        if (this.#pending.pos > 0 && !this.#writing && !this.#closed) {
          this.#writing = true;
          this.#writeBatch();
        }
      }
    } finally {
      bodies.length = 0;
    }
  }

  /**
   * Encodes a message straight into the pending batch, behind its 4-byte
   * length. Everything queued before the next turn of the event loop (and
   * while a write is in progress) goes out in one write.
   *
   * @param type The generated message class (its static `encode`).
   * @param message The message or a plain object of its shape.
   * @returns The body's length in bytes.
   * @throws {IpcError} `FRAME_TOO_LARGE` when the body is over the maximum;
   * whatever `encode` throws for a malformed message. Nothing is queued then.
   */
  sendMessage<T>(type: MessageType<T>, message: T): number {
    return this.sendEncoded(encodeMessage as Encoder<MessageType<T>, T>, type, message);
  }

  /**
   * Like {@linkcode FrameConnection.sendMessage}, with the body written by
   * `encode(writer, a, b)`: lets a caller encode from its own values without
   * first building a message object (or a closure) for them.
   *
   * @param encode Writes one message body into the writer.
   * @param a The encoder's first argument.
   * @param b The encoder's second argument.
   * @returns The body's length in bytes.
   * @throws {IpcError} `FRAME_TOO_LARGE` when the body is over the maximum;
   * whatever `encode` throws. Nothing is queued then.
   */
  sendEncoded<A, B>(encode: Encoder<A, B>, a: A, b: B): number {
    const writer = this.#pending;
    const start = writer.pos;
    let length: number;
    try {
      writer.fixed32(0); // room for the header, filled in below
      encode(writer, a, b);
      length = writer.pos - start - FRAME_HEADER_BYTES;
    } catch (error) {
      rollback(writer, start);
      throw error;
    }
    if (length > this.#maxFrameBytes) {
      rollback(writer, start);
      throw new IpcError(
        "FRAME_TOO_LARGE",
        `Message of ${length} bytes is over the maximum of ${this.#maxFrameBytes} bytes`,
      );
    }
    writeHeader(writer.buf, start, length);
    this.#scheduleWrite();
    return length;
  }

  /**
   * Queues an already encoded frame body (copied into the pending batch).
   *
   * @param body An encoded message, at most the frame maximum long.
   * @throws {IpcError} `FRAME_TOO_LARGE` when the body is over the maximum.
   */
  send(body: Uint8Array): void {
    if (body.length > this.#maxFrameBytes) {
      throw new IpcError("FRAME_TOO_LARGE", `Message of ${body.length} bytes is over the maximum`);
    }
    const writer = this.#pending;
    const start = writer.pos;
    writer.fixed32(0).raw(body);
    writeHeader(writer.buf, start, body.length);
    this.#scheduleWrite();
  }

  /**
   * Waits until at most `bytes` are unsent (see
   * {@linkcode FrameConnection.unsentBytes}), or the connection is closed.
   *
   * @param bytes The mark.
   * @returns Resolves then.
   */
  whenUnsentAtMost(bytes: number): Promise<void> {
    if (this.unsentBytes <= bytes || this.#closed) return Promise.resolve();
    return new Promise((resolve) => this.#unsentWaiters.push({ mark: bytes, resolve }));
  }

  /**
   * Waits until everything queued so far has been taken by the socket (later
   * frames need not be), or the connection is closed.
   *
   * @returns Resolves then.
   */
  whenWritten(): Promise<void> {
    const mark = this.bytesOut + this.unsentBytes;
    if (this.bytesOut >= mark || this.#closed) return Promise.resolve();
    return new Promise((resolve) => this.#writtenWaiters.push({ mark, resolve }));
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
    this.#pending.pos = 0;
    this.#spare = null;
    try {
      this.#conn.close();
    } catch (error) {
      if (!(error instanceof Deno.errors.BadResource)) throw error;
    }
    if (this.#budget !== null) {
      this.#budget.add(-this.#budgeted);
      this.#budgeted = 0;
      this.#budget.release(this);
    }
    this.#unsentWaiters = wakeAllMarks(this.#unsentWaiters);
    this.#writtenWaiters = wakeAllMarks(this.#writtenWaiters);
    this.#pauseWake?.();
    this.#flushWaiters = wakeAll(this.#flushWaiters);
    this.#batchWaiters = wakeAll(this.#batchWaiters);
  }

  #batchWritten(): Promise<void> {
    return new Promise((resolve) => this.#batchWaiters.push(resolve));
  }

  #scheduleWrite(): void {
    if (this.#closed) {
      this.#pending.pos = 0;
    } else if (!this.#writing && !this.#inListener) {
      this.#writing = true;
      queueMicrotask(this.#writeBatch);
    }
  }

  /**
   * Writes the pending batch, swapping in the spare writer so that new
   * frames can queue while the socket write is in progress (double
   * buffering: the batch is written from the writer's own memory, uncopied).
   * Loops (through {@linkcode FrameConnection.#written}) until nothing is
   * pending. Plain promise callbacks rather than an async function: this
   * runs once per batch on the hot path.
   */
  readonly #writeBatch = (): void => {
    if (this.#pending.pos === 0 || this.#closed) return this.#idle();
    const batch = this.#pending;
    this.#pending = this.#spare ?? new Writer();
    this.#spare = null;
    this.#batchBytes = batch.pos;
    this.#writeFrom(batch, 0);
  };

  #writeFrom(batch: Writer, offset: number): void {
    const bytes = batch.buf.subarray(offset, batch.pos);
    this.#conn.write(bytes).then(
      (n) => this.#written(batch, offset + n),
      (error) => this.#failed(error),
    );
  }

  #written(batch: Writer, offset: number): void {
    if (offset < batch.pos) {
      // The socket took part: the peer is slow or does not read. Keep only
      // the rest, in a buffer of its size, not the batch's (up to twice the
      // largest frame, as writers double): a peer that never reads holds
      // what is unsent, no more.
      if (batch.buf.length > SPARE_MAX_BYTES && offset > 0) {
        const rest = new Writer();
        rest.buf = batch.buf.slice(offset, batch.pos);
        rest.pos = rest.buf.length;
        this.bytesOut += offset;
        this.#batchBytes -= offset;
        return this.#writeFrom(rest, 0);
      }
      return this.#writeFrom(batch, offset);
    }
    this.bytesOut += batch.pos;
    this.#batchBytes = 0;
    batch.pos = 0;
    // Keep the writer for the next batch unless a big frame grew it.
    if (batch.buf.length <= SPARE_MAX_BYTES) this.#spare = batch;
    if (this.#unsentWaiters.length > 0) {
      this.#unsentWaiters = wakeReached(this.#unsentWaiters, (mark) => this.unsentBytes <= mark);
    }
    if (this.#writtenWaiters.length > 0) {
      this.#writtenWaiters = wakeReached(this.#writtenWaiters, (mark) => this.bytesOut >= mark);
    }
    this.#batchWaiters = wakeAll(this.#batchWaiters);
    this.#writeBatch();
  }

  #failed(error: unknown): void {
    // The peer went away or we closed: pending bytes can go nowhere. The
    // read side sees the same condition and ends the connection.
    if (!this.#closed && !isPeerGone(error)) {
      warn("connection", "Write failed, closing the connection: {error}", { error });
    }
    this.close();
    this.#idle();
  }

  #idle(): void {
    this.#writing = false;
    this.#flushWaiters = wakeAll(this.#flushWaiters);
  }
}

/** Drops a partly written frame (the writer's fork stack included). */
function rollback(writer: Writer, start: number): void {
  writer.pos = start;
  if (writer.states) writer.states.length = 0;
}

/** A waiter for a byte count. */
interface Mark {
  mark: number;
  resolve: () => void;
}

function wakeAllMarks(waiters: Mark[]): Mark[] {
  for (const waiter of waiters) waiter.resolve();
  return [];
}

/** Wakes the waiters whose mark is reached; returns the others. */
function wakeReached(waiters: Mark[], reached: (mark: number) => boolean): Mark[] {
  const left: Mark[] = [];
  for (const waiter of waiters) {
    if (reached(waiter.mark)) waiter.resolve();
    else left.push(waiter);
  }
  return left;
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
