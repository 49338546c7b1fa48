/**
 * The "what to try next" text that `deno task demo` prints once the demo
 * daemon listens. Kept in `cmd/` (free of daemon code) so the daemon command
 * can print it without the client commands knowing about the demo.
 *
 * @module
 */
import {
  defaultSocketPath,
  type EnvReader,
  instanceDefaults,
  NAME_ENV,
  SOCKET_ENV,
} from "../lib/util/paths.ts";

/**
 * The commands to try against a freshly started demo daemon, one per line,
 * for a terminal next to the daemon's.
 *
 * @param socketPath The socket the demo daemon listens on; when it is not the
 *   default, the text starts with the `export` that points the CLI at it.
 * @param options `name`: the daemon's server name (`--name`), if any; `env`:
 *   where to read `XDG_RUNTIME_DIR` (the command's injected environment).
 * @returns The text, ending with a newline.
 */
export function demoHint(
  socketPath: string,
  options: { name?: string | null; env?: EnvReader } = {},
): string {
  const { name = null, env } = options;
  const lines = [
    "The daemon is up and starting the demo server. In another terminal, in this directory, try:",
  ];
  if (name !== null && socketPath === instanceDefaults(name, env).socketPath) {
    lines.push(`  export ${NAME_ENV}=${name}`);
  } else if (socketPath !== defaultSocketPath(env)) {
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
