/**
 * The tar format, without I/O: ustar headers (with pax extended headers for
 * long names, long link targets and big sizes) for writing, and the path
 * rules that keep extraction inside its destination. The reading side is
 * `parser.ts`.
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
