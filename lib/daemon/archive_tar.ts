/**
 * The tar format, without I/O: ustar headers (with pax extended headers for
 * long names, long link targets and big sizes) for writing, a push-style
 * parser for reading (ustar, pax and GNU long names, as GNU tar writes them),
 * and the path rules that keep extraction inside its destination.
 *
 * @module
 */
import { posix } from "node:path";

/** The size of a tar block: headers and data padding are multiples of it. */
export const BLOCK_SIZE = 512;
/** The most bytes a pax or GNU long-name record may hold (a hostile archive could claim more). */
export const MAX_META_BYTES = 1024 * 1024;
/** The largest size a ustar header's 11 octal digits can hold. */
const MAX_OCTAL_SIZE = 0o77777777777;

/** The kinds of entries written and accepted. */
export type TarEntryType = "file" | "directory" | "symlink" | "hardlink";

/** One archive entry's metadata, as written or as parsed. */
export interface TarEntry {
  /** Relative path with `/` separators (no trailing slash for directories). */
  path: string;
  /** What the entry is. */
  type: TarEntryType;
  /** Bytes of content (0 for everything but files). */
  size: number;
  /** Permission bits. */
  mode: number;
  /** Modification time, in seconds since the epoch. */
  mtime: number;
  /** The target of a symlink or hard link, as stored. */
  linkTarget?: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function writeString(block: Uint8Array, offset: number, length: number, value: string): void {
  const bytes = encoder.encode(value);
  block.set(bytes.subarray(0, length), offset);
}

function writeOctal(block: Uint8Array, offset: number, length: number, value: number): void {
  writeString(block, offset, length, value.toString(8).padStart(length - 1, "0") + "\0");
}

function fitsUstar(value: string, max: number): boolean {
  // Non-ASCII names go to pax, which is defined as UTF-8; ustar fields are not.
  return value.length <= max && /^[\x20-\x7e]*$/.test(value);
}

/** One pax record: `"<len> <key>=<value>\n"`, where `<len>` counts itself. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bodyLength = encoder.encode(body).length;
  let length = bodyLength + 1;
  while (String(length).length + bodyLength !== length) length = String(length).length + bodyLength;
  return `${length}${body}`;
}

function ustarHeader(entry: TarEntry, name: string, linkName: string, size: number): Uint8Array {
  const block = new Uint8Array(BLOCK_SIZE);
  writeString(block, 0, 100, name);
  writeOctal(block, 100, 8, entry.mode & 0o7777);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, Math.max(0, Math.min(Math.floor(entry.mtime), MAX_OCTAL_SIZE)));
  block.fill(0x20, 148, 156);
  block[156] = { file: 0x30, hardlink: 0x31, symlink: 0x32, directory: 0x35 }[entry.type];
  writeString(block, 157, 100, linkName);
  writeString(block, 257, 8, "ustar\x0000");
  let sum = 0;
  for (const byte of block) sum += byte;
  writeString(block, 148, 8, sum.toString(8).padStart(6, "0") + "\0 ");
  return block;
}

/**
 * Encodes the header block(s) of one entry: a pax extended header first when
 * the path, the link target or the size does not fit a ustar header.
 *
 * @param entry The entry to describe.
 * @returns One or more 512-byte blocks, ready to be followed by the content.
 */
export function encodeHeader(entry: TarEntry): Uint8Array {
  const name = entry.type === "directory" ? `${entry.path}/` : entry.path;
  const link = entry.linkTarget ?? "";
  const records: string[] = [];
  if (!fitsUstar(name, 100)) records.push(paxRecord("path", name));
  if (!fitsUstar(link, 100)) records.push(paxRecord("linkpath", link));
  if (entry.size > MAX_OCTAL_SIZE) records.push(paxRecord("size", String(entry.size)));
  if (entry.mtime > MAX_OCTAL_SIZE || entry.mtime < 0) {
    records.push(paxRecord("mtime", String(Math.floor(entry.mtime))));
  }
  const header = ustarHeader(
    entry,
    records.length && !fitsUstar(name, 100) ? name.replace(/[^\x20-\x7e]/g, "_").slice(-99) : name,
    fitsUstar(link, 100) ? link : "",
    entry.size > MAX_OCTAL_SIZE ? 0 : entry.size,
  );
  if (records.length === 0) return header;
  const paxData = encoder.encode(records.join(""));
  const paxHeader = ustarHeader(
    { path: "", type: "file", size: paxData.length, mode: 0o644, mtime: entry.mtime },
    `PaxHeaders/${posix.basename(entry.path)}`.slice(0, 99),
    "",
    paxData.length,
  );
  paxHeader[156] = 0x78; // 'x'
  recomputeChecksum(paxHeader);
  const out = new Uint8Array(BLOCK_SIZE + padded(paxData.length) + BLOCK_SIZE);
  out.set(paxHeader, 0);
  out.set(paxData, BLOCK_SIZE);
  out.set(header, BLOCK_SIZE + padded(paxData.length));
  return out;
}

function recomputeChecksum(block: Uint8Array): void {
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  writeString(block, 148, 8, sum.toString(8).padStart(6, "0") + "\0 ");
}

/**
 * Rounds a content size up to whole blocks.
 *
 * @param size Bytes of content.
 * @returns The size including the zero padding that follows it.
 */
export function padded(size: number): number {
  return Math.ceil(size / BLOCK_SIZE) * BLOCK_SIZE;
}

/** The two zero blocks that end an archive. */
export const END_OF_ARCHIVE: Uint8Array = new Uint8Array(2 * BLOCK_SIZE);

/** Thrown for an archive that is not a valid tar stream or breaks a safety rule. */
export class ArchiveError extends Error {
  /**
   * @param message What is wrong with the archive.
   */
  constructor(message: string) {
    super(message);
    this.name = "ArchiveError";
  }
}

/**
 * Checks an entry's stored path and returns it normalised: relative, `/`
 * separated, without `.` components or a trailing slash.
 *
 * @param raw The path as stored in the archive.
 * @returns The normalised path, or `""` for the archive root itself (`./`).
 * @throws {ArchiveError} For absolute paths, `..` components or NUL bytes.
 */
export function safeEntryPath(raw: string): string {
  if (raw.includes("\0")) {
    throw new ArchiveError(`Archive entry has a NUL byte in its name: "${raw}"`);
  }
  if (raw.startsWith("/")) throw new ArchiveError(`Archive entry has an absolute path: "${raw}"`);
  const parts = raw.split("/").filter((part) => part !== "" && part !== ".");
  if (parts.includes("..")) throw new ArchiveError(`Archive entry leaves its folder: "${raw}"`);
  return parts.join("/");
}

/**
 * Checks that a symlink stored at `path` with target `target` resolves
 * inside the extraction root. Only leading `..` components are allowed (they
 * climb real directories, since no entry is ever extracted through a link);
 * a `..` after a name could climb out of a linked directory, so it is refused.
 *
 * @param path The link's own normalised path.
 * @param target The link target as stored.
 * @throws {ArchiveError} When the target is absolute or may point outside.
 */
export function checkLinkTarget(path: string, target: string): void {
  if (target === "" || target.includes("\0")) {
    throw new ArchiveError(`Archive link "${path}" has an empty or invalid target`);
  }
  if (target.startsWith("/")) {
    throw new ArchiveError(`Archive link "${path}" points to an absolute path: "${target}"`);
  }
  const parts = target.split("/").filter((part) => part !== "" && part !== ".");
  const ups = parts.findIndex((part) => part !== "..");
  const leading = ups === -1 ? parts.length : ups;
  const depth = path.split("/").length - 1;
  if (leading > depth || parts.slice(leading).includes("..")) {
    throw new ArchiveError(`Archive link "${path}" points outside its folder: "${target}"`);
  }
}

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
