/**
 * The `atlas-runner` executable: `daemon` and `demo-server` run the daemon
 * side; every other command is a client of the daemon over its socket.
 * This file only dispatches: it hands argv to `cmd/` (which configures
 * logging for the daemon side only, lazily) and exits with the code `cmd/`
 * maps: 0 ok, 1 failed, 2 usage, 3 no daemon reachable.
 *
 * @module
 */
import { runCli } from "./cmd/mod.ts";

if (import.meta.main) {
  const code = await runCli(Deno.args);
  Deno.exit(code);
}
