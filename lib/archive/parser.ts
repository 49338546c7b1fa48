/**
 * The reading side of the tar format: a push-style parser of ustar, pax and
 * GNU long-name archives (as GNU tar writes them), without I/O. Device files,
 * FIFOs and sparse files are refused; corrupted headers (bad checksum),
 * oversized extended headers and truncated archives are errors.
 *
 * @module
 */
import {
  ArchiveError,
  BLOCK_SIZE,
  MAX_META_BYTES,
  padded,
  type TarEntry,
  type TarEntryType,
} from "./header.ts";

const decoder = new TextDecoder();

/** What {@linkcode TarParser.push} reports, in stream order. */
export type TarEvent =
  | { kind: "entry"; entry: TarEntry }
  | { kind: "data"; bytes: Uint8Array }
  | { kind: "end" };

function readString(block: Uint8Array, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const nul = field.indexOf(0);
  return decoder.decode(nul === -1 ? field : field.subarray(0, nul));
}

function readNumber(block: Uint8Array, offset: number, length: number): number {
  const field = block.subarray(offset, offset + length);
  if (field[0] & 0x80) {
    // GNU base-256: big-endian two's complement with the top bit as a flag.
    let value = field[0] & 0x7f;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i];
    return value;
  }
  const text = readString(block, offset, length).trim();
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) throw new ArchiveError("Archive header has an invalid number");
  return parseInt(text, 8);
}

function checksumOk(block: Uint8Array): boolean {
  const stored = readNumber(block, 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK_SIZE; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : block[i];
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return stored === unsigned || stored === signed;
}

function parsePax(data: Uint8Array): Map<string, string> {
  const records = new Map<string, string>();
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos);
    if (space === -1) break;
    const length = parseInt(decoder.decode(data.subarray(pos, space)), 10);
    if (!(length > 0) || pos + length > data.length) {
      throw new ArchiveError("Archive has a malformed pax header");
    }
    const record = decoder.decode(data.subarray(space + 1, pos + length - 1));
    const eq = record.indexOf("=");
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    pos += length;
  }
  return records;
}

const TYPES: Record<string, TarEntryType> = {
  "0": "file",
  "\0": "file",
  "7": "file",
  "1": "hardlink",
  "2": "symlink",
  "5": "directory",
};

const REFUSED: Record<string, string> = {
  "3": "a character device",
  "4": "a block device",
  "6": "a FIFO",
  "S": "a sparse file",
};

type ParserState = "header" | "meta" | "data" | "skip" | "end";

/**
 * A push-style tar parser: feed it the decompressed stream in chunks of any
 * size and it reports entries and their content, in order. Data events are
 * views into the pushed chunks, valid until the caller lets go of them.
 *
 * @example Parsing an archive held in memory
 * ```ts ignore
 * const parser = new TarParser();
 * for (const event of parser.push(bytes)) console.log(event.kind);
 * parser.finish();
 * ```
 */
export class TarParser {
  #state: ParserState = "header";
  #block = new Uint8Array(BLOCK_SIZE);
  #filled = 0;
  #remaining = 0;
  #padding = 0;
  #meta: Uint8Array = new Uint8Array(0);
  #metaKind = "";
  #zeroBlocks = 0;
  #pax = new Map<string, string>();
  #longName?: string;
  #longLink?: string;

  /**
   * Consumes one chunk.
   *
   * @param chunk The next bytes of the tar stream.
   * @returns The events the chunk completes.
   * @throws {ArchiveError} On a corrupted header or a refused entry type.
   */
  push(chunk: Uint8Array): TarEvent[] {
    const events: TarEvent[] = [];
    let pos = 0;
    while (pos < chunk.length && this.#state !== "end") {
      if (this.#state === "header") {
        const take = Math.min(BLOCK_SIZE - this.#filled, chunk.length - pos);
        this.#block.set(chunk.subarray(pos, pos + take), this.#filled);
        this.#filled += take;
        pos += take;
        if (this.#filled === BLOCK_SIZE) {
          this.#filled = 0;
          this.#onHeader(events);
        }
      } else if (this.#state === "data" || this.#state === "skip" || this.#state === "meta") {
        if (this.#remaining > 0) {
          const take = Math.min(this.#remaining, chunk.length - pos);
          const bytes = chunk.subarray(pos, pos + take);
          if (this.#state === "data") events.push({ kind: "data", bytes });
          if (this.#state === "meta") {
            this.#meta.set(bytes, this.#meta.length - this.#remaining);
          }
          this.#remaining -= take;
          pos += take;
        } else {
          const take = Math.min(this.#padding, chunk.length - pos);
          this.#padding -= take;
          pos += take;
        }
        if (this.#remaining === 0 && this.#padding === 0) this.#afterContent();
      }
    }
    return events;
  }

  /**
   * Declares the end of the stream.
   *
   * @throws {ArchiveError} When the archive ended before its end marker.
   */
  finish(): void {
    if (
      this.#state !== "end" &&
      !(this.#state === "header" && this.#filled === 0 && this.#zeroBlocks > 0)
    ) {
      throw new ArchiveError("Archive is truncated");
    }
  }

  #afterContent(): void {
    if (this.#state === "meta") this.#onMeta();
    this.#state = "header";
  }

  #onHeader(events: TarEvent[]): void {
    const block = this.#block;
    if (block.every((byte) => byte === 0)) {
      if (++this.#zeroBlocks === 2) this.#state = "end";
      return;
    }
    if (this.#zeroBlocks > 0) throw new ArchiveError("Archive has data after a zero block");
    if (!checksumOk(block)) throw new ArchiveError("Archive header is corrupted (bad checksum)");
    const flag = String.fromCharCode(block[156]);
    const size = Number(this.#pax.get("size") ?? readNumber(block, 124, 12));
    if (!Number.isSafeInteger(size) || size < 0) {
      throw new ArchiveError("Archive entry has a bad size");
    }
    if (flag === "x" || flag === "g" || flag === "L" || flag === "K") {
      if (size > MAX_META_BYTES) throw new ArchiveError("Archive has an oversized extended header");
      this.#metaKind = flag;
      this.#meta = new Uint8Array(size);
      this.#enterContent("meta", size);
      return;
    }
    const entry = this.#entry(block, flag, size);
    this.#pax = new Map();
    this.#longName = undefined;
    this.#longLink = undefined;
    events.push({ kind: "entry", entry });
    this.#enterContent(entry.type === "file" ? "data" : "skip", size);
  }

  #entry(block: Uint8Array, flag: string, size: number): TarEntry {
    const type = TYPES[flag];
    let name = this.#pax.get("path") ?? this.#longName;
    if (name === undefined) {
      name = readString(block, 0, 100);
      const prefix = readString(block, 345, 155);
      if (readString(block, 257, 6) === "ustar" && prefix) name = `${prefix}/${name}`;
    }
    if (type === undefined) {
      const what = REFUSED[flag] ?? `of unsupported type "${flag}"`;
      throw new ArchiveError(`Archive entry "${name}" is ${what}; refusing it`);
    }
    const linkTarget = this.#pax.get("linkpath") ?? this.#longLink ?? readString(block, 157, 100);
    const paxMtime = this.#pax.get("mtime");
    return {
      path: type === "directory" ? name.replace(/\/+$/, "") : name,
      type,
      size: type === "file" ? size : 0,
      mode: readNumber(block, 100, 8) & 0o7777,
      mtime: paxMtime !== undefined ? Math.floor(Number(paxMtime)) : readNumber(block, 136, 12),
      ...(type === "symlink" || type === "hardlink" ? { linkTarget } : {}),
    };
  }

  #enterContent(state: ParserState, size: number): void {
    this.#state = state;
    this.#remaining = size;
    this.#padding = padded(size) - size;
    if (size === 0) this.#afterContent();
  }

  #onMeta(): void {
    const data = this.#meta;
    if (this.#metaKind === "x") {
      for (const [key, value] of parsePax(data)) this.#pax.set(key, value);
    } else if (this.#metaKind === "L" || this.#metaKind === "K") {
      const nul = data.indexOf(0);
      const text = decoder.decode(nul === -1 ? data : data.subarray(0, nul));
      if (this.#metaKind === "L") this.#longName = text;
      else this.#longLink = text;
    }
    // "g" (global pax header) carries nothing we use: ignored.
    this.#meta = new Uint8Array(0);
  }
}
