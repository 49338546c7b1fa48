/**
 * Cuts a zstd stream into its frames (RFC 8878 §3.1) as bytes arrive, so
 * each frame can be decompressed whole, on a worker, in parallel with the
 * next. Only frame and block headers are read; nothing is decompressed here.
 *
 * @module
 */
import { ArchiveError } from "./header.ts";

const ZSTD_MAGIC = 0xfd2fb528;
/** Skippable frames: magic 0x184D2A50 to 0x184D2A5F, then a 4-byte size. */
const SKIPPABLE_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;

/** A frame found in the stream. */
export interface ZstdFrame {
  /** The frame's bytes (its own copy). */
  bytes: Uint8Array;
  /** Its decompressed size when its header says (the zstd command's do), else `undefined`. */
  contentSize?: number;
  /** A skippable frame (metadata, no content). */
  skippable: boolean;
}

/** Grows as bytes arrive; hands out whole frames. */
export class ZstdFrameSplitter {
  #buffer = new Uint8Array(64 * 1024);
  #length = 0;
  /** Where the next unparsed header (frame or block) starts, once the frame header is read. */
  #cursor = 0;
  #headerDone = false;
  #checksum = false;
  #contentSize: number | undefined;
  #lastBlock = false;
  readonly #maxFrameBytes: number;

  /**
   * @param maxFrameBytes The largest frame accepted (compressed bytes): a
   *   bound on memory. Larger frames are refused with an `ArchiveError`.
   */
  constructor(maxFrameBytes: number) {
    this.#maxFrameBytes = maxFrameBytes;
  }

  /** Bytes held, waiting for the rest of their frame. */
  get buffered(): number {
    return this.#length;
  }

  /**
   * Adds bytes and returns every frame they complete.
   *
   * @param chunk The next bytes of the stream.
   * @returns Complete frames, in order.
   * @throws {ArchiveError} On bytes that are not zstd, or a frame over the bound.
   */
  push(chunk: Uint8Array): ZstdFrame[] {
    this.#append(chunk);
    const frames: ZstdFrame[] = [];
    for (;;) {
      const end = this.#scan();
      if (end === undefined) break;
      if (end.length > this.#maxFrameBytes) this.#tooLarge();
      frames.push({
        bytes: this.#buffer.slice(0, end.length),
        contentSize: end.contentSize,
        skippable: end.skippable,
      });
      this.#buffer.copyWithin(0, end.length, this.#length);
      this.#length -= end.length;
      this.#cursor = 0;
      this.#headerDone = false;
      this.#lastBlock = false;
    }
    if (this.#length > this.#maxFrameBytes) this.#tooLarge();
    return frames;
  }

  #tooLarge(): never {
    throw new ArchiveError(
      `Archive has a zstd frame over ${this.#maxFrameBytes} bytes; it cannot be read in bounded memory`,
    );
  }

  /**
   * Ends the stream.
   *
   * @throws {ArchiveError} When it ended inside a frame.
   */
  finish(): void {
    if (this.#length > 0) {
      throw new ArchiveError("Archive is not valid zstd: it ends inside a frame");
    }
  }

  #append(chunk: Uint8Array): void {
    if (this.#length + chunk.length > this.#buffer.length) {
      let size = this.#buffer.length * 2;
      while (size < this.#length + chunk.length) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.#buffer.subarray(0, this.#length));
      this.#buffer = grown;
    }
    this.#buffer.set(chunk, this.#length);
    this.#length += chunk.length;
  }

  /** The length of the first frame if it is complete, parsing as far as the bytes go. */
  #scan(): { length: number; contentSize?: number; skippable: boolean } | undefined {
    const b = this.#buffer;
    const view = new DataView(b.buffer, b.byteOffset, this.#length);
    if (!this.#headerDone) {
      if (this.#length < 4) return undefined;
      const magic = view.getUint32(0, true);
      if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE_MAGIC) {
        if (this.#length < 8) return undefined;
        const length = 8 + view.getUint32(4, true);
        return this.#length >= length ? { length, skippable: true } : undefined;
      }
      if (magic !== ZSTD_MAGIC) {
        throw new ArchiveError("Archive is not valid zstd: bad frame magic");
      }
      if (this.#length < 5) return undefined;
      const descriptor = b[4];
      const fcsFlag = descriptor >> 6;
      const singleSegment = (descriptor >> 5) & 1;
      if ((descriptor >> 3) & 1) {
        throw new ArchiveError("Archive is not valid zstd: reserved bit set");
      }
      this.#checksum = ((descriptor >> 2) & 1) === 1;
      const didSize = [0, 1, 2, 4][descriptor & 3];
      const fcsSize = [singleSegment ? 1 : 0, 2, 4, 8][fcsFlag];
      const headerLength = 5 + (singleSegment ? 0 : 1) + didSize + fcsSize;
      if (this.#length < headerLength) return undefined;
      const fcsAt = headerLength - fcsSize;
      this.#contentSize = fcsSize === 0
        ? undefined
        : fcsSize === 1
        ? b[fcsAt]
        : fcsSize === 2
        ? view.getUint16(fcsAt, true) + 256
        : fcsSize === 4
        ? view.getUint32(fcsAt, true)
        : Number(view.getBigUint64(fcsAt, true));
      this.#cursor = headerLength;
      this.#headerDone = true;
    }
    while (!this.#lastBlock) {
      if (this.#length < this.#cursor + 3) return undefined;
      const header = b[this.#cursor] | (b[this.#cursor + 1] << 8) | (b[this.#cursor + 2] << 16);
      const type = (header >> 1) & 3;
      const size = header >>> 3;
      if (type === 3) throw new ArchiveError("Archive is not valid zstd: reserved block type");
      this.#lastBlock = (header & 1) === 1;
      this.#cursor += 3 + (type === 1 ? 1 : size);
    }
    const length = this.#cursor + (this.#checksum ? 4 : 0);
    if (this.#length < length) return undefined;
    return { length, contentSize: this.#contentSize, skippable: false };
  }
}
