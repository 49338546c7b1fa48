/**
 * The `atlas-runner` executable: `daemon` and `demo-server` run the daemon
 * side; every other command is a client of the daemon over its socket.
 * This file only dispatches: it hands argv to `cmd/` (which configures
 * logging for the daemon side only, lazily) and exits with the code `cmd/`
 * maps: 0 ok, 1 failed, 2 usage, 3 no daemon reachable.
 *
 * @module
 */
import { runFast } from "./cmd/fast.ts";
import { denoIo } from "./cmd/io.ts";

if (import.meta.main) {
  const io = denoIo();
  // `status` in its common forms skips loading commander (start-up time);
  // everything else, help and errors included, is the commander program's.
  const code = await runFast(Deno.args, io) ??
    await (await import("./cmd/mod.ts")).runCli(Deno.args, io);
  Deno.exit(code);
}
