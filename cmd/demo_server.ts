/**
 * `atlas-runner demo-server`: runs the simulated game server of `lib/demo/`
 * in the current directory. Loaded lazily.
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
    .action(async () => {
      const { runDemoServer } = await import("../lib/demo/mod.ts");
      await runDemoServer({});
    });
}
