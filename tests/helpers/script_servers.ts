/**
 * Tiny servers written in `sh`, for the behaviour the demo server does not
 * have on purpose: servers without vanilla's save commands (Paper's and
 * Forge's replies), a server whose flush is preceded by another save's
 * `Saved the game`, coloured output, the EULA stop, a too-new class file.
 * Each is a real child process the daemon supervises like any other.
 *
 * @module
 */

/** Prints a line with vanilla's log prefix. */
const PRELUDE = String.raw`say() { printf '[12:00:00] [Server thread/INFO]: %s\n' "$1"; }`;

/** The start-up lines (creating a world, as a first start does), ending with the ready line. */
const START = String.raw`say 'Starting minecraft server version 1.21.4'
mkdir -p world && [ -f world/level.dat ] || echo level > world/level.dat
say 'Done (0.123s)! For help, type "help"'`;

/**
 * A server command: `sh -c` running the start-up lines, then a console loop
 * whose `case` branches are `cases` (`stop` is always handled).
 *
 * @param cases `sh` case branches, e.g. `save-off) say 'x';;`.
 * @param options `before`: shell lines before the start-up lines.
 * @returns The `server.command` value.
 */
export function scriptServer(cases: string, options: { before?: string } = {}): string[] {
  const script = `${PRELUDE}
${options.before ?? ""}
${START}
while IFS= read -r line; do
  printf '%s\\n' "$line" >> received.txt
  case "$line" in
    stop) say 'Stopping the server'; exit 0;;
${cases}
  esac
done
`;
  return ["sh", "-c", script];
}

/** Vanilla's replies to the saving commands, for scripts that have them. */
export const VANILLA_SAVE_CASES = String.raw`    save-off) say 'Automatic saving is now disabled';;
    save-on) say 'Automatic saving is now enabled';;`;
