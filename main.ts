/**
 * The `atlas-runner` executable: `daemon` and `demo-server` run the daemon
 * side; every other command is a client of the daemon over its socket.
 * This file only dispatches: it configures logging, hands argv to `cmd/`, and
 * exits with the code `cmd/` maps.
 *
 * @module
 */
import { runCli } from "./cmd/mod.ts";

if (import.meta.main) {
  const code = await runCli(Deno.args);
  Deno.exit(code);
}
