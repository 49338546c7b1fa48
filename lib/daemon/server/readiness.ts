/**
 * Decides when a starting server is running: a console line matching
 * `server.readyPattern`. Lines are tested as printed and with their ANSI
 * colour codes removed, so a pattern works for servers that colour their
 * console (Paper, Forge) and for those that do not.
 *
 * @module
 */
import { stripAnsi } from "../../util/ansi.ts";

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
