/**
 * `atlas-runner demo-server`: runs the simulated game server of `lib/demo/`
 * in the current directory, configured by its `server.properties` (and, for
 * tests, `ATLAS_DEMO_*` environment variables; see `lib/demo/mod.ts`).
 * Loaded lazily. It is the game server a daemon starts as its child, so it
 * uses the process's own streams, environment and signals (as a JVM would),
 * not the injected io.
 *
 * @module
 */
import type { Command } from "commander";

/**
 * Adds the `demo-server` subcommand.
 *
 * @param program The root program.
 * @param exitWith Receives the game server's exit code, which becomes the
 *   process's (see `runCli`).
 */
export function registerDemoServerCommand(
  program: Command,
  exitWith: (code: number) => void,
): void {
  program
    .command("demo-server")
    .description("Run the simulated Minecraft server in the current directory")
    .addHelpText(
      "after",
      "\nReads server.properties in the current directory (writes a default one if missing).\n" +
        "Console commands on stdin: help, list, say, save-off, save-on, save-all [flush], stop.",
    )
    .action(async () => {
      const { runDemoServer } = await import("../lib/demo/mod.ts");
      // A game server's exit code is the JVM's (143 after SIGTERM, 1 after a
      // crash), outside the CLI's 0–3. main.ts exits with it at once, which
      // also ends the pending console read, as the JVM's exit ends its
      // console thread.
      exitWith(await runDemoServer());
    });
}
