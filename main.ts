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

type CliModule = typeof import("./cmd/mod.ts");

if (import.meta.main) {
  const io = denoIo();
  // `status` and `--version` in their common forms skip loading commander
  // (start-up time); everything else, help and errors included, is the
  // commander program's. Its specifier is computed on purpose: Deno walks
  // the graph of every string-literal `import()` before running anything
  // (commander, LogTape, the daemon: ~100 modules), which cost `status`
  // about 7 ms of CPU. `deno compile` needs `--include cmd/mod.ts` for it.
  const code = await runFast(Deno.args, io) ??
    await (await import(new URL("./cmd/mod.ts", import.meta.url).href) as CliModule)
      .runCli(Deno.args, io);
  Deno.exit(code);
}
