/**
 * Cutting the tar stream into parts for the zstd workers, without reading
 * any file: a part is a list of segments (header bytes, zeros, byte ranges
 * of files) that a worker turns into bytes itself ({@linkcode fillPart}), so
 * the main thread neither reads nor copies file content.
 *
 * @module
 */
import { padded } from "./header.ts";
import type { TarPiece } from "./_tar_walk.ts";

/** One segment of a part. */
export type PartSegment =
  | { bytes: Uint8Array }
  | { zeros: number }
  | {
    /** The file to read. */
    source: string;
    /** Its path in the archive. */
    entry: string;
    /** Where in the file this range starts. */
    offset: number;
    /** How many bytes of it. */
    length: number;
    /** The file's size as listed (the header's promise). */
    size: number;
  };

/** A part of the tar stream: its segments and their total length. */
export interface TarPart {
  segments: PartSegment[];
  length: number;
}

/** How parts are sized (see {@linkcode planParts}). */
export interface PartSizes {
  /** A part ends at the first file boundary at or after this many bytes. */
  target: number;
  /** No part is longer: a file that does not fit is continued in the next part. */
  max: number;
}

/**
 * Groups pieces into parts, cut where files end when possible. Each part
 * becomes a separate zstd frame, which starts with an empty window: cut in
 * the middle of a file, the rest of that file is compressed without what
 * came before it, which costs ratio; cut between files, very little (files
 * rarely repeat each other). So a part ends at the first file boundary past
 * `target` bytes, or before a file that would take it beyond `max` (if it
 * holds `target / 2` already); only a file too big for that is cut, at `max`.
 *
 * @param pieces The tar stream.
 * @param sizes Target and maximum part sizes.
 * @returns The parts, in stream order, none empty.
 */
export async function* planParts(
  pieces: AsyncIterable<TarPiece>,
  sizes: PartSizes,
): AsyncGenerator<TarPart> {
  const { target, max } = sizes;
  const parts = new PartCutter(max);
  for await (const piece of pieces) {
    if (piece.kind === "bytes") {
      yield* parts.add({ bytes: piece.bytes });
      continue;
    }
    const total = piece.header.length + padded(piece.size);
    if (parts.length >= target / 2 && parts.length + total > max) yield* parts.cut();
    yield* parts.add({ bytes: piece.header });
    const { source, entry, size } = piece;
    yield* parts.add({ source, entry, offset: 0, length: size, size });
    yield* parts.add({ zeros: padded(size) - size });
    if (parts.length >= target) yield* parts.cut();
  }
  yield* parts.cut();
}

/** Builds parts of at most `max` bytes, splitting segments at the limit. */
class PartCutter {
  readonly #max: number;
  #part: TarPart = { segments: [], length: 0 };

  constructor(max: number) {
    this.#max = max;
  }

  /** Bytes in the part being built. */
  get length(): number {
    return this.#part.length;
  }

  /** Adds a segment, yielding each part it fills. */
  *add(segment: PartSegment): Generator<TarPart> {
    const n = segmentLength(segment);
    if (n === 0) {
      // An empty file is still opened (a vanished one fails, a grown one is noted).
      if ("source" in segment) this.#part.segments.push(segment);
      return;
    }
    let done = 0;
    while (done < n) {
      const count = Math.min(n - done, this.#max - this.#part.length);
      this.#part.segments.push(sliceSegment(segment, done, count));
      this.#part.length += count;
      done += count;
      if (this.#part.length === this.#max) yield* this.cut();
    }
  }

  /** Ends the part being built (if it holds anything). */
  *cut(): Generator<TarPart> {
    if (this.#part.length === 0 && this.#part.segments.length === 0) return;
    yield this.#part;
    this.#part = { segments: [], length: 0 };
  }
}

function segmentLength(segment: PartSegment): number {
  return "bytes" in segment
    ? segment.bytes.length
    : "zeros" in segment
    ? segment.zeros
    : segment.length;
}

/** `count` bytes of a segment, from `start`. */
function sliceSegment(segment: PartSegment, start: number, count: number): PartSegment {
  if ("bytes" in segment) return { bytes: segment.bytes.subarray(start, start + count) };
  if ("zeros" in segment) return { zeros: count };
  return { ...segment, offset: segment.offset + start, length: count };
}

/**
 * Fills `buffer` with a part's bytes, reading the file ranges (synchronous
 * reads: this runs on a worker thread, where blocking is the point). A file
 * that shrank since it was listed is completed with zeros (its header
 * promised the bytes); one that grew is archived up to its listed size.
 * Either way its archive path is returned among the changed ones.
 *
 * @param part The part.
 * @param buffer At least `part.length` bytes.
 * @returns The archive paths of files that changed size while they were read.
 */
export function fillPart(part: TarPart, buffer: Uint8Array): string[] {
  const changed: string[] = [];
  let pos = 0;
  for (const segment of part.segments) {
    if ("bytes" in segment) {
      buffer.set(segment.bytes, pos);
      pos += segment.bytes.length;
    } else if ("zeros" in segment) {
      buffer.fill(0, pos, pos + segment.zeros);
      pos += segment.zeros;
    } else {
      if (!readRange(segment, buffer.subarray(pos, pos + segment.length))) {
        changed.push(segment.entry);
      }
      pos += segment.length;
    }
  }
  return changed;
}

/** Reads a file range into `into`; `false` when the file's size is not the listed one. */
function readRange(
  segment: Extract<PartSegment, { source: string }>,
  into: Uint8Array,
): boolean {
  using file = Deno.openSync(segment.source, { read: true });
  if (segment.offset > 0) file.seekSync(segment.offset, Deno.SeekMode.Start);
  let done = 0;
  while (done < into.length) {
    const n = file.readSync(into.subarray(done));
    if (n === null) {
      into.fill(0, done);
      return false;
    }
    done += n;
  }
  // The range that ends the file checks that nothing follows.
  if (segment.offset + segment.length === segment.size) {
    return file.readSync(new Uint8Array(1)) === null;
  }
  return true;
}
