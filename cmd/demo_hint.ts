/**
 * The "what to try next" text that `deno task demo` prints once the demo
 * daemon listens. Kept in `cmd/` (free of daemon code) so the daemon command
 * can print it without the client commands knowing about the demo.
 *
 * @module
 */
import { defaultSocketPath, instanceDefaults, NAME_ENV, SOCKET_ENV } from "../lib/util/paths.ts";

/**
 * The commands to try against a freshly started demo daemon, one per line,
 * for a terminal next to the daemon's.
 *
 * @param socketPath The socket the demo daemon listens on; when it is not the
 *   default, the text starts with the `export` that points the CLI at it.
 * @param name The daemon's server name (`--name`), if any.
 * @returns The text, ending with a newline.
 */
export function demoHint(socketPath: string, name: string | null = null): string {
  const lines = [
    "The daemon is up and starting the demo server. In another terminal, in this directory, try:",
  ];
  if (name !== null && socketPath === instanceDefaults(name).socketPath) {
    lines.push(`  export ${NAME_ENV}=${name}`);
  } else if (socketPath !== defaultSocketPath()) {
    lines.push(`  export ${SOCKET_ENV}=${socketPath}`);
  }
  lines.push(
    "  deno task cli status",
    "  deno task cli logs -f",
    "  deno task cli send say hello",
    "  deno task cli console",
    "  deno task cli backup create first",
    "  deno task cli backup list",
    "  deno task cli restart",
    "  deno task cli stop",
    "  deno task cli --help",
    "Press Ctrl-C here to stop the daemon (it stops the server first).",
  );
  return lines.join("\n") + "\n";
}
