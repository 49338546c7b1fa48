/**
 * `atlas-runner demo-server`: runs the simulated game server of `lib/demo/`
 * in the current directory, configured by its `server.properties` (and, for
 * tests, `ATLAS_DEMO_*` environment variables; see `lib/demo/mod.ts`).
 * Loaded lazily.
 *
 * @module
 */
import type { Command } from "commander";

/**
 * Adds the `demo-server` subcommand.
 *
 * @param program The root program.
 */
export function registerDemoServerCommand(program: Command): void {
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
      const code = await runDemoServer();
      // A game server's exit code is the JVM's (143 after SIGTERM, 1 after a
      // crash), outside the CLI's 0–3; exiting here also ends the pending
      // console read, as the JVM's exit ends its console thread.
      Deno.exit(code);
    });
}
