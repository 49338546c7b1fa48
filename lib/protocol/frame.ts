/**
 * The frame codec of runner-ipc-v2: a 4-byte big-endian length (not counting
 * itself) followed by that many bytes of protobuf, as tokio-util's
 * `LengthDelimitedCodec` writes by default. Pure: no I/O.
 *
 * @module
 */
import { IpcError } from "./errors.ts";

/** The largest frame body accepted or produced: 10 MiB. */
export const MAX_FRAME_BYTES: number = 10 * 1024 * 1024;

/** Bytes of the length prefix in front of every frame body. */
export const FRAME_HEADER_BYTES = 4;

function checkMax(maxFrameBytes: number): number {
  if (!Number.isInteger(maxFrameBytes) || maxFrameBytes < 0 || maxFrameBytes > 0xffffffff) {
    throw new RangeError(`Invalid maxFrameBytes: ${maxFrameBytes}`);
  }
  return maxFrameBytes;
}

function tooLarge(length: number, max: number): IpcError {
  return new IpcError(
    "FRAME_TOO_LARGE",
    `Frame of ${length} bytes is over the maximum of ${max} bytes`,
  );
}

/**
 * Frames a message body: prefixes it with its length as 4 big-endian bytes.
 *
 * @example Framing a GetStatus request
 * ```ts
 * import { atlas, encodeFrame } from "@atlas/runner";
 * import assert from "node:assert/strict";
 *
 * const body = atlas.ipc.Request.encode({ id: 7, getStatus: {} }).finish();
 * const frame = encodeFrame(body);
 * assert.deepEqual([...frame], [0, 0, 0, 4, 0x08, 0x07, 0x22, 0x00]);
 * ```
 *
 * @param body The encoded protobuf message.
 * @param maxFrameBytes The largest body allowed.
 * @returns A new array holding the header and the body.
 * @throws {IpcError} `FRAME_TOO_LARGE` when the body is longer than `maxFrameBytes`.
 */
export function encodeFrame(body: Uint8Array, maxFrameBytes: number = MAX_FRAME_BYTES): Uint8Array {
  if (body.length > maxFrameBytes) throw tooLarge(body.length, maxFrameBytes);
  const frame = new Uint8Array(FRAME_HEADER_BYTES + body.length);
  writeHeader(frame, 0, body.length);
  frame.set(body, FRAME_HEADER_BYTES);
  return frame;
}

/**
 * Writes a 4-byte big-endian length at `offset`.
 *
 * @internal
 */
export function writeHeader(target: Uint8Array, offset: number, length: number): void {
  target[offset] = length >>> 24;
  target[offset + 1] = (length >>> 16) & 0xff;
  target[offset + 2] = (length >>> 8) & 0xff;
  target[offset + 3] = length & 0xff;
}

const EMPTY = new Uint8Array(0);

/** The least a partial frame's buffer grows by (small frames are allocated once). */
const MIN_GROWTH = 4096;

/** Options of {@linkcode FrameDecoder}. */
export interface FrameDecoderOptions {
  /**
   * The largest frame body accepted; a longer length is refused as soon as
   * its 4 bytes are read, before any of the body is buffered.
   *
   * @default {MAX_FRAME_BYTES}
   */
  maxFrameBytes?: number;
}

/**
 * A push-style frame decoder: feed it bytes in any chunking (one byte at a
 * time, or many frames per chunk) and it returns every complete frame body.
 *
 * Bodies that lie wholly inside a pushed chunk are returned as views into
 * that chunk without copying, so they are valid only until the caller reuses
 * the chunk's memory. A frame split across chunks is assembled in a buffer
 * that grows as its bytes arrive (doubling, up to the announced length), so
 * a header that announces 10 MiB and sends nothing more costs nothing.
 *
 * @example Decoding frames pushed one byte at a time
 * ```ts
 * import { atlas, encodeFrame, FrameDecoder } from "@atlas/runner";
 * import assert from "node:assert/strict";
 *
 * const bytes = encodeFrame(atlas.ipc.Request.encode({ id: 1, getStatus: {} }).finish());
 * const decoder = new FrameDecoder();
 * const bodies: Uint8Array[] = [];
 * for (const byte of bytes) bodies.push(...decoder.push(Uint8Array.of(byte)));
 * assert.equal(bodies.length, 1);
 * assert.equal(atlas.ipc.Request.decode(bodies[0]).payload, "getStatus");
 * decoder.end(); // throws if a frame was left incomplete
 * ```
 */
export class FrameDecoder {
  readonly #max: number;
  /** Header bytes gathered so far when a header is split across chunks. */
  readonly #header = new Uint8Array(FRAME_HEADER_BYTES);
  #headerFill = 0;
  /** The buffer of the body being assembled across chunks (grown as bytes arrive). */
  #body: Uint8Array = EMPTY;
  /** The announced length of that body, or -1 between frames. */
  #bodyLength = -1;
  #bodyFill = 0;
  #failed: IpcError | null = null;

  /**
   * Creates a decoder with no bytes held.
   *
   * @param options The size limit.
   * @throws {RangeError} When `maxFrameBytes` is not an integer in 0..2^32−1.
   */
  constructor(options: FrameDecoderOptions = {}) {
    this.#max = checkMax(options.maxFrameBytes ?? MAX_FRAME_BYTES);
  }

  /** Bytes held for a frame not yet complete (0 between frames). */
  get bufferedBytes(): number {
    return this.#bodyLength < 0 ? this.#headerFill : FRAME_HEADER_BYTES + this.#bodyFill;
  }

  /**
   * Bytes of memory allocated for the frame being assembled: grows with the
   * bytes received, never past the announced length; 0 between frames.
   */
  get allocatedBytes(): number {
    return this.#body.length;
  }

  /** Whether a frame's header has been read and its body is not complete yet. */
  get midFrame(): boolean {
    return this.#bodyLength >= 0;
  }

  /**
   * Feeds bytes and returns the bodies of the frames they complete, in order.
   *
   * @param chunk The next bytes of the stream.
   * @returns The complete frame bodies (possibly none).
   * @throws {IpcError} `FRAME_TOO_LARGE` when a length is over the maximum;
   * the decoder then refuses further input, since the stream cannot be
   * resynchronised.
   */
  push(chunk: Uint8Array): Uint8Array[] {
    const frames: Uint8Array[] = [];
    this.pushTo(chunk, frames);
    return frames;
  }

  /**
   * Like {@linkcode FrameDecoder.push}, but appends the bodies to `out`
   * (no array allocated per call).
   *
   * @internal
   */
  pushTo(chunk: Uint8Array, out: Uint8Array[]): void {
    if (this.#failed) throw this.#failed;
    let pos = 0;
    const len = chunk.length;
    if (this.#headerFill > 0 || this.#bodyLength >= 0) pos = this.#continue(chunk, out);
    // Fast path: whole frames inside this chunk, returned as views.
    while (pos < len) {
      if (len - pos < FRAME_HEADER_BYTES) {
        this.#header.set(chunk.subarray(pos), 0);
        this.#headerFill = len - pos;
        return;
      }
      const length = ((chunk[pos] << 24) | (chunk[pos + 1] << 16) | (chunk[pos + 2] << 8) |
        chunk[pos + 3]) >>> 0;
      if (length > this.#max) throw this.#fail(length);
      pos += FRAME_HEADER_BYTES;
      if (len - pos >= length) {
        out.push(chunk.subarray(pos, pos + length));
        pos += length;
      } else {
        this.#bodyLength = length;
        this.#bodyFill = 0;
        this.#append(chunk.subarray(pos));
        return;
      }
    }
  }

  /**
   * Declares the end of the stream.
   *
   * @throws {IpcError} `DECODE_ERROR` when a frame was left incomplete (a
   * truncated frame).
   */
  end(): void {
    if (this.#failed) return;
    if (this.#headerFill > 0 || this.#bodyLength >= 0) {
      const held = this.bufferedBytes;
      this.#reset();
      throw new IpcError("DECODE_ERROR", `Stream ended inside a frame (${held} bytes held)`);
    }
  }

  /** Completes a split header and/or body; returns the position after it. */
  #continue(chunk: Uint8Array, out: Uint8Array[]): number {
    let pos = 0;
    if (this.#bodyLength < 0) {
      const need = FRAME_HEADER_BYTES - this.#headerFill;
      const take = Math.min(need, chunk.length);
      this.#header.set(chunk.subarray(0, take), this.#headerFill);
      this.#headerFill += take;
      pos = take;
      if (this.#headerFill < FRAME_HEADER_BYTES) return pos;
      const h = this.#header;
      const length = ((h[0] << 24) | (h[1] << 16) | (h[2] << 8) | h[3]) >>> 0;
      this.#headerFill = 0;
      if (length > this.#max) throw this.#fail(length);
      this.#bodyLength = length;
      this.#bodyFill = 0;
    }
    const take = Math.min(this.#bodyLength - this.#bodyFill, chunk.length - pos);
    this.#append(chunk.subarray(pos, pos + take));
    pos += take;
    if (this.#bodyFill === this.#bodyLength) {
      out.push(
        this.#body.length === this.#bodyLength
          ? this.#body
          : this.#body.subarray(0, this.#bodyLength),
      );
      this.#body = EMPTY;
      this.#bodyLength = -1;
      this.#bodyFill = 0;
    }
    return pos;
  }

  /**
   * Appends body bytes (never more than the body still needs), growing the
   * buffer to at least twice its size, at most to the announced length.
   */
  #append(bytes: Uint8Array): void {
    const need = this.#bodyFill + bytes.length;
    if (need > this.#body.length) {
      const size = Math.min(this.#bodyLength, Math.max(need, this.#body.length * 2, MIN_GROWTH));
      const grown = new Uint8Array(size);
      grown.set(this.#body.subarray(0, this.#bodyFill), 0);
      this.#body = grown;
    }
    this.#body.set(bytes, this.#bodyFill);
    this.#bodyFill = need;
  }

  #reset(): void {
    this.#headerFill = 0;
    this.#body = EMPTY;
    this.#bodyLength = -1;
    this.#bodyFill = 0;
  }

  #fail(length: number): IpcError {
    this.#failed = tooLarge(length, this.#max);
    this.#reset();
    return this.#failed;
  }
}
