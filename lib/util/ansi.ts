/**
 * Removing terminal escape sequences (colours, cursor moves, titles) from a
 * line of console output, with Node's own `stripVTControlCharacters`.
 *
 * @module
 */
import { stripVTControlCharacters } from "node:util";

/**
 * Removes ANSI escape sequences from a line. A line without an escape
 * character is returned as it is, without running the expression.
 *
 * @param line A console line.
 * @returns The line without escape sequences.
 *
 * @example Colours and titles go, text stays
 * ```ts
 * import { stripAnsi } from "./ansi.ts";
 *
 * console.assert(stripAnsi("\x1b[32mDone\x1b[0m") === "Done");
 * console.assert(stripAnsi("\x1b]0;title\x07after") === "after");
 * ```
 */
export function stripAnsi(line: string): string {
  return line.includes("\x1b") || line.includes("\x9b") ? stripVTControlCharacters(line) : line;
}
