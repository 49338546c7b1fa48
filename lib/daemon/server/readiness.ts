/**
 * Decides when a starting server is running: a console line matching
 * `server.readyPattern`. Lines are tested as printed and with their ANSI
 * colour codes removed, so a pattern works for servers that colour their
 * console (Paper, Forge) and for those that do not.
 *
 * @module
 */

/** ANSI escape sequences: CSI (colours, cursor) and OSC (titles, links). */
// deno-lint-ignore no-control-regex
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

/**
 * Removes ANSI escape sequences from a line.
 *
 * @param line A console line.
 * @returns The line without colour codes.
 *
 * @example Plain text stays
 * ```ts
 * import { stripAnsi } from "./readiness.ts";
 *
 * console.assert(stripAnsi("\x1b[32mDone\x1b[0m") === "Done");
 * ```
 */
export function stripAnsi(line: string): string {
  return line.includes("\x1b") ? line.replace(ANSI, "") : line;
}

/**
 * Builds the test for "this line says the server is ready".
 *
 * @param pattern The regular expression source (`server.readyPattern`).
 * @returns A predicate over console lines.
 * @throws {SyntaxError} For an invalid pattern (the config schema refuses those first).
 */
export function readyMatcher(pattern: string): (line: string) => boolean {
  const regex = new RegExp(pattern);
  return (line) => regex.test(line) || (line.includes("\x1b") && regex.test(stripAnsi(line)));
}
