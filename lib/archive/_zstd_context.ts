/**
 * zstd compression into a buffer the caller owns, reusing one compression
 * context per set of parameters. `zstdCompressSync` sets up a new context
 * (its match tables and window: megabytes) and allocates a new output
 * buffer on every call; for a backup cut into a hundred parts that is
 * hundreds of MiB of fresh memory, each page of it faulted in and zeroed by
 * the kernel, which on the benchmark machine cost more than compressing
 * (see BENCHMARKS.md, issue 13). Here each frame is written into `out` by
 * a context kept from the last frame with the same parameters.
 *
 * `node:zlib` has no public call for this: a compression stream's native
 * handle (`_handle.writeSync`, the call Node's own synchronous path makes,
 * which Deno's `node:zlib` mirrors) does it. Where that handle is missing
 * or misbehaves (another runtime, a later Deno), {@linkcode ZstdContexts}
 * falls back to `zstdCompressSync` plus a copy: slower, same bytes.
 *
 * @module
 */
import { constants, createZstdCompress, zstdCompressSync } from "node:zlib";

/** zstd parameters (`constants.ZSTD_c_*` → value). */
export type ZstdParams = Record<number, number>;

/** The most bytes one frame of `n` input bytes can take (at least zstd's own bound). */
export function zstdFrameBound(n: number): number {
  return n + (n >> 8) + 64 * 1024;
}

/** The parts of a Node-style zlib stream used here (internals, hence checked before use). */
interface NativeStream {
  _handle?: {
    writeSync?: (
      flush: number,
      input: Uint8Array,
      inOffset: number,
      inLength: number,
      out: Uint8Array,
      outOffset: number,
      outLength: number,
    ) => unknown;
    close?: () => void;
  };
  /** After a `writeSync`: output bytes left free, input bytes left unread. */
  _writeState?: Uint32Array;
  destroyed?: boolean;
  on(event: "error", listener: (error: Error) => void): unknown;
}

/** A kept context: the stream and the error it reported, if any. */
interface Context {
  stream: NativeStream;
  failed: Error | null;
}

/**
 * Compression contexts kept between frames, one per parameter set. Each
 * {@linkcode compressInto} writes one complete zstd frame (with the content
 * size in its header, as `zstdCompressSync` does) into the caller's buffer.
 */
export class ZstdContexts {
  readonly #contexts = new Map<string, Context>();
  #reusable = true;

  /** Whether frames are written by kept contexts (`false`: the fallback is in use). */
  get reusable(): boolean {
    return this.#reusable;
  }

  /**
   * Compresses `input` into one frame at the start of `out`.
   *
   * @param input The bytes (the whole frame's content).
   * @param params zstd parameters.
   * @param out Where the frame goes: at least {@linkcode zstdFrameBound}`(input.length)` bytes.
   * @returns The frame's length.
   * @throws {RangeError} When `out` is shorter than the bound.
   */
  compressInto(input: Uint8Array, params: ZstdParams, out: Uint8Array): number {
    if (out.length < zstdFrameBound(input.length)) {
      throw new RangeError(
        `zstd output buffer of ${out.length} bytes is below the bound for ${input.length}`,
      );
    }
    if (this.#reusable) {
      const written = this.#tryKept(input, params, out);
      if (written !== null) return written;
      this.#reusable = false;
      this.close();
    }
    const frame = zstdCompressSync(input, { params, chunkSize: zstdFrameBound(input.length) });
    out.set(frame);
    return frame.length;
  }

  /** Ends every kept context. */
  close(): void {
    for (const { stream } of this.#contexts.values()) stream._handle?.close?.();
    this.#contexts.clear();
  }

  /** The frame's length, or `null` when the kept context could not make it. */
  #tryKept(input: Uint8Array, params: ZstdParams, out: Uint8Array): number | null {
    const key = JSON.stringify(params);
    let context = this.#contexts.get(key);
    if (!context) {
      const stream = createZstdCompress({ params }) as unknown as NativeStream;
      if (typeof stream._handle?.writeSync !== "function" || !stream._writeState) return null;
      const created: Context = { stream, failed: null };
      stream.on("error", (error) => created.failed = error);
      context = created;
      this.#contexts.set(key, context);
    }
    const { stream } = context;
    try {
      stream._handle!.writeSync!(
        constants.ZSTD_e_end,
        input,
        0,
        input.length,
        out,
        0,
        out.length,
      );
    } catch {
      return null;
    }
    const [outLeft, inLeft] = stream._writeState!;
    // All input read, room left over: the frame is complete (zstd ends a
    // frame in one call when the output has space for it).
    if (context.failed || stream.destroyed || inLeft !== 0 || outLeft === 0) return null;
    return out.length - outLeft;
  }
}
