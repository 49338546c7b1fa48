/**
 * The game server's output as console lines, in bounded memory and linear
 * time, whatever the server prints:
 *
 * - each byte is looked at a fixed number of times (complete lines of a
 *   chunk are decoded in one go; only the unterminated rest is kept);
 * - a line longer than {@linkcode MAX_LINE_BYTES} is cut, ending in a
 *   visible `… [cut N bytes]`; of a line still being printed only its first
 *   {@linkcode MAX_LINE_BYTES} bytes are kept, the rest is only counted;
 * - a carriage return not followed by a newline starts the line over, as on a
 *   terminal: a progress bar redrawn a million times is one line (its last
 *   state), not a million characters; `\r\n` ends a line like `\n`.
 *
 * @module
 */

/** The longest console line kept, in UTF-8 bytes (its cut marker included). */
export const MAX_LINE_BYTES = 32 * 1024;

const LF = 0x0a;
const CR = 0x0d;
const encoder = new TextEncoder();

/**
 * The marker ending a line that was cut.
 *
 * @param bytes How many bytes were left out.
 * @returns The marker.
 */
export function cutMarker(bytes: number): string {
  return `… [cut ${bytes} bytes]`;
}

/**
 * Cuts a line to at most `maxBytes` UTF-8 bytes, marker included, at a
 * character boundary. A line that ends in a {@linkcode cutMarker} already
 * gets one marker counting all that was left out.
 *
 * @param line The line.
 * @param maxBytes The most bytes it may take (at least 64).
 * @returns The line as it is when short enough, else its head and a {@linkcode cutMarker}.
 *
 * @example A long line
 * ```ts
 * import { cutLine } from "./output_lines.ts";
 *
 * console.assert(cutLine("x".repeat(100), 64) === "x".repeat(45) + "… [cut 55 bytes]");
 * ```
 */
export function cutLine(line: string, maxBytes: number): string {
  if (line.length * 3 <= maxBytes) return line;
  const bytes = encoder.encode(line);
  if (bytes.length <= maxBytes) return line;
  // A line cut before: the new marker counts what the old one left out too.
  const earlier = CUT_MARKER.exec(line);
  if (earlier === null) return cutBytes(bytes, bytes.length, maxBytes);
  const head = bytes.subarray(0, bytes.length - utf8Length(earlier[0]));
  return cutBytes(head, head.length + Number(earlier[1]), maxBytes);
}

const CUT_MARKER = /… \[cut (\d+) bytes\]$/;

/** UTF-8 length of text that is ASCII but for `…`. */
function utf8Length(marker: string): number {
  return marker.length + 2;
}

/**
 * The head of a line of `total` bytes (of which `head` holds the first ones)
 * and a marker saying how many bytes are left out, within `maxBytes`.
 */
function cutBytes(head: Uint8Array, total: number, maxBytes: number): string {
  // The marker for `total` is at least as long as the final one: room enough.
  const room = maxBytes - utf8Length(cutMarker(total));
  const end = charBoundary(head, Math.min(room, head.length));
  return new TextDecoder().decode(head.subarray(0, end)) + cutMarker(total - end);
}

/** `end`, moved back before a UTF-8 sequence that `end` would split. */
function charBoundary(bytes: Uint8Array, end: number): number {
  let lead = end - 1;
  while (lead >= 0 && end - lead < 4 && (bytes[lead] & 0xc0) === 0x80) lead--;
  if (lead < 0) return end;
  const b = bytes[lead];
  const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return lead + length > end ? lead : end;
}

/**
 * Splits a byte stream into console lines (see the module documentation).
 * Push each chunk as it arrives, then call {@linkcode LineSplitter.end}.
 *
 * @example Lines, a progress bar and a runaway line
 * ```ts
 * import { LineSplitter } from "./output_lines.ts";
 *
 * const splitter = new LineSplitter();
 * const bytes = (text: string) => new TextEncoder().encode(text);
 * console.assert(splitter.push(bytes("Done\r\nLoading 1%\rLoading 2")).join() === "Done");
 * console.assert(splitter.push(bytes("%\r\n")).join() === "Loading 2%");
 * splitter.push(bytes("x".repeat(100_000)));
 * console.assert(splitter.end()[0].endsWith("x… [cut 67254 bytes]"));
 * ```
 */
export class LineSplitter {
  #decoder = new TextDecoder();
  /** The kept head of the current line: at most {@linkcode MAX_LINE_BYTES} bytes. */
  #parts: Uint8Array[] = [];
  #kept = 0;
  /** Bytes of the current line past the kept head, counted only. */
  #dropped = 0;
  /** The last chunk ended in `\r`: a line end if `\n` follows, else the line starts over. */
  #crPending = false;

  /** Bytes of the current (unterminated) line held now; never above {@linkcode MAX_LINE_BYTES}. */
  get pendingBytes(): number {
    return this.#kept;
  }

  /**
   * Takes the next chunk of output.
   *
   * @param chunk The bytes (not kept: copied where needed).
   * @returns The lines it completes, without line ends, oldest first.
   */
  push(chunk: Uint8Array): string[] {
    const lines: string[] = [];
    if (this.#crPending && chunk.length > 0) {
      this.#crPending = false;
      if (chunk[0] !== LF) this.#restart();
    }
    const first = chunk.indexOf(LF);
    if (first < 0) {
      this.#add(chunk, 0, chunk.length, false);
      return lines;
    }
    this.#add(chunk, 0, first, true);
    lines.push(this.#finish());
    const last = chunk.lastIndexOf(LF);
    if (last > first) {
      // Whole lines: one decode (a newline byte never lies inside a UTF-8 sequence).
      for (const raw of this.#decoder.decode(chunk.subarray(first + 1, last)).split("\n")) {
        lines.push(ownCopy(cutLine(overprint(raw), MAX_LINE_BYTES)));
      }
    }
    this.#add(chunk, last + 1, chunk.length, false);
    return lines;
  }

  /**
   * Ends the stream.
   *
   * @returns The last, unterminated line, if there is one.
   */
  end(): string[] {
    this.#crPending = false;
    return this.#kept > 0 || this.#dropped > 0 ? [this.#finish()] : [];
  }

  /** Adds `chunk[from, to)` to the current line; `ended`: a newline follows. */
  #add(chunk: Uint8Array, from: number, to: number, ended: boolean): void {
    if (to > from && chunk[to - 1] === CR) {
      to--;
      if (!ended) this.#crPending = true;
    }
    const cr = to > from ? chunk.lastIndexOf(CR, to - 1) : -1;
    if (cr >= from) {
      this.#restart();
      from = cr + 1;
    }
    const take = Math.min(to - from, MAX_LINE_BYTES - this.#kept);
    if (take > 0) {
      // A copy: a view would keep the whole chunk alive.
      this.#parts.push(chunk.slice(from, from + take));
      this.#kept += take;
    }
    this.#dropped += to - from - take;
  }

  /** The current line is overprinted: forget it. */
  #restart(): void {
    this.#parts = [];
    this.#kept = 0;
    this.#dropped = 0;
  }

  #finish(): string {
    const parts = this.#parts;
    const kept = this.#kept;
    const dropped = this.#dropped;
    this.#restart();
    const head = parts.length === 1 ? parts[0] : new Uint8Array(kept);
    if (parts.length > 1) {
      let at = 0;
      for (const part of parts) {
        head.set(part, at);
        at += part.length;
      }
    }
    return dropped === 0
      ? this.#decoder.decode(head)
      : cutBytes(head, kept + dropped, MAX_LINE_BYTES);
  }
}

/** What a terminal shows of a line: `\r` starts it over; a final `\r` (of `\r\n`) goes. */
function overprint(line: string): string {
  if (!line.includes("\r")) return line;
  const trimmed = line.endsWith("\r") ? line.slice(0, -1) : line;
  return trimmed.slice(trimmed.lastIndexOf("\r") + 1);
}

/**
 * A copy of a string that owns its characters. V8 makes each piece of a
 * `split` or `slice` a view keeping the whole parent string alive, so a log
 * ring holding a few lines of a decoded chunk would hold the whole chunk
 * while counting only the lines' characters (issue 9). Concatenating and
 * slicing again makes V8 copy the characters into a string of their own (the
 * parent of the new view is just the line and one space).
 *
 * @param line The line.
 * @returns The same characters, in a string of their own.
 *
 * @example
 * ```ts
 * import { ownCopy } from "./output_lines.ts";
 *
 * console.assert(ownCopy("a line of a longer text".slice(2)) === "line of a longer text");
 * ```
 */
export function ownCopy(line: string): string {
  return (" " + line).slice(1);
}
