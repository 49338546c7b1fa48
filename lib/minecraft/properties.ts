/**
 * Java `.properties` files, read and written the way `java.util.Properties`
 * does (which is how the Minecraft server reads `server.properties`):
 * `key=value`, `key: value` or `key value`; `#` and `!` comment lines;
 * backslash escapes (`\t`, `\n`, `\r`, `\f`, `\uXXXX`, `\=`, `\:`, …);
 * a line ending in an odd number of backslashes continues on the next one.
 *
 * @module
 */

const WHITESPACE = new Set([" ", "\t", "\f"]);

/**
 * Parses properties text. A key given twice keeps its last value.
 *
 * @param text The file's content.
 * @returns The keys and values, in file order.
 *
 * @example Reading a server.properties text
 * ```ts
 * import { parseProperties } from "./properties.ts";
 * import assert from "node:assert/strict";
 *
 * const props = parseProperties("#comment\nmotd=Hi \\u00e9\\=\nlevel-type=minecraft\\:normal\n");
 * assert.equal(props.get("motd"), "Hi é=");
 * assert.equal(props.get("level-type"), "minecraft:normal");
 * ```
 */
export function parseProperties(text: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const line of logicalLines(text)) {
    const [key, value] = splitKeyValue(line);
    result.set(unescape(key), unescape(value));
  }
  return result;
}

/** Joins continued lines and drops blank and comment lines. */
function* logicalLines(text: string): Generator<string> {
  const natural = text.split(/\r\n|\r|\n/);
  let pending: string | null = null;
  for (const raw of natural) {
    const line = skipWhitespace(raw, 0) === raw.length ? "" : raw.slice(skipWhitespace(raw, 0));
    if (pending === null) {
      if (line === "" || line[0] === "#" || line[0] === "!") continue;
    }
    const joined: string = (pending ?? "") + line;
    if (endsWithOddBackslashes(joined)) {
      pending = joined.slice(0, -1);
      continue;
    }
    pending = null;
    yield joined;
  }
  if (pending !== null) yield pending;
}

function endsWithOddBackslashes(line: string): boolean {
  let count = 0;
  for (let i = line.length - 1; i >= 0 && line[i] === "\\"; i--) count++;
  return count % 2 === 1;
}

function skipWhitespace(line: string, from: number): number {
  let i = from;
  while (i < line.length && WHITESPACE.has(line[i])) i++;
  return i;
}

/** Splits at the first unescaped `=`, `:` or whitespace, as Java does. */
function splitKeyValue(line: string): [string, string] {
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === "=" || c === ":" || WHITESPACE.has(c)) break;
    i++;
  }
  const key = line.slice(0, Math.min(i, line.length));
  let j = skipWhitespace(line, i);
  if (j < line.length && (line[j] === "=" || line[j] === ":")) j = skipWhitespace(line, j + 1);
  return [key, line.slice(j)];
}

const ESCAPES: Record<string, string> = { t: "\t", n: "\n", r: "\r", f: "\f" };

function unescape(text: string): string {
  if (!text.includes("\\")) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== "\\" || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const next = text[++i];
    if (next === "u") {
      const hex = text.slice(i + 1, i + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
        throw new SyntaxError(`Malformed \\uXXXX escape: "${hex}"`);
      }
      out += String.fromCharCode(parseInt(hex, 16));
      i += 4;
    } else {
      out += ESCAPES[next] ?? next;
    }
  }
  return out;
}

/** Options of {@linkcode formatProperties}. */
export interface FormatPropertiesOptions {
  /** A comment written first, as `java.util.Properties.store` does. */
  comment?: string;
  /** The date written as the second comment line. @default new Date() */
  date?: Date | null;
}

/**
 * Formats properties as `java.util.Properties.store` writes them to a UTF-8
 * writer: a comment line, a date line, then `key=value` lines with `\`,
 * `=`, `:`, `#`, `!`, control characters and a value's leading space escaped.
 *
 * @param entries The keys and values, written in this order.
 * @param options The header comment and date (`null` for no date line).
 * @returns The text, ending with a newline.
 *
 * @example Round trip
 * ```ts
 * import { formatProperties, parseProperties } from "./properties.ts";
 * import assert from "node:assert/strict";
 *
 * const text = formatProperties([["motd", " a=b:c"]], { date: null });
 * assert.equal(text, "motd=\\ a\\=b\\:c\n");
 * assert.equal(parseProperties(text).get("motd"), " a=b:c");
 * ```
 */
export function formatProperties(
  entries: Iterable<readonly [string, string]>,
  options: FormatPropertiesOptions = {},
): string {
  let out = "";
  if (options.comment !== undefined) out += `#${options.comment}\n`;
  if (options.date !== null) out += `#${javaDateString(options.date ?? new Date())}\n`;
  for (const [key, value] of entries) out += `${escape(key, true)}=${escape(value, false)}\n`;
  return out;
}

function escape(text: string, isKey: boolean): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const code = c.charCodeAt(0);
    if (c === " ") out += i === 0 || isKey ? "\\ " : " ";
    else if (c === "\\") out += "\\\\";
    else if (c === "\t") out += "\\t";
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\f") out += "\\f";
    else if ("=:#!".includes(c)) out += `\\${c}`;
    else if (code < 0x20 || code === 0x7f) {
      out += `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
    } else out += c;
  }
  return out;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `java.util.Date.toString()` in UTC: `Fri Dec 06 12:00:00 UTC 2024`. */
function javaDateString(date: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  const time = `${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())}`;
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${
    p(date.getUTCDate())
  } ${time} UTC ${date.getUTCFullYear()}`;
}

/**
 * Reads a properties file the way the Minecraft server does: as UTF-8, or
 * as ISO-8859-1 when it is not valid UTF-8.
 *
 * @param path The file.
 * @returns The properties, or `null` when the file does not exist.
 * @throws {SyntaxError} On a malformed `\uXXXX` escape.
 */
export async function readPropertiesFile(path: string): Promise<Map<string, string> | null> {
  let bytes: Uint8Array;
  try {
    bytes = await Deno.readFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null;
    throw error;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("latin1").decode(bytes);
  }
  return parseProperties(text.startsWith("\ufeff") ? text.slice(1) : text);
}
