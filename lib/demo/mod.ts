/**
 * The demo server: a simulated vanilla Minecraft Java server that behaves
 * like the real one from outside, so Atlas Runner can be tried (`daemon
 * --demo`) and tested without Java or a server jar. It runs as
 * `atlas-runner demo-server` in its server directory.
 *
 * What it does, as vanilla 1.21.4 does:
 * - reads `server.properties` (Java properties syntax; written with vanilla's
 *   defaults when missing): `server-port`, `server-ip`, `motd`,
 *   `max-players`, `level-name`, `enable-rcon`, `rcon.port`,
 *   `rcon.password`, `enable-status`, `hide-online-players`,
 *   `broadcast-rcon-to-ops`, `online-mode`, `gamemode`, `level-seed`;
 * - prints vanilla's start-up lines up to `Done (1.234s)! For help, type
 *   "help"`, in log4j's console format `[HH:MM:SS] [thread/LEVEL]: message`;
 * - takes console commands on stdin (`help`, `list [uuids]`, `say`,
 *   `save-off`, `save-on`, `save-all [flush]`, `stop`; anything else gets
 *   Brigadier's `Unknown or incomplete command` error); end of stdin does not
 *   stop it;
 * - writes `<level>`, `<level>_nether` and `<level>_the_end` at start, on
 *   `save-all`, on autosave while saving is on, and on stop;
 * - answers the Server List Ping on the game port (and legacy `0xFE` pings),
 *   and RCON on `rcon.port` when `enable-rcon=true` with a password;
 * - stops gracefully (save, exit 143 / 130) on SIGTERM / SIGINT, like the
 *   JVM's shutdown hook; `stop` exits 0.
 *
 * A `server.jar` that is a demo jar — JSON `{"atlasDemoJar": 1, "version":
 * "1.21.5", "protocol": 770, "failStart": false}` — sets the reported
 * version; `failStart: true` makes start-up fail with exit code 1. Any other
 * `server.jar` is ignored.
 *
 * Test hooks, from environment variables only:
 * - `ATLAS_DEMO_START_DELAY_MS` — time before `Done` (default 1500);
 * - `ATLAS_DEMO_EXIT_AT_START=1` — fail during start-up: an error line and
 *   exit code 1;
 * - `ATLAS_DEMO_CRASH_AFTER_MS=N` — N ms after `Done`, print a crash
 *   (`Encountered an unexpected exception` and a stack trace), write
 *   `crash-reports/crash-…-server.txt`, exit 1 without saving;
 * - `ATLAS_DEMO_IGNORE_STOP=1` — `stop` prints `Stopping the server` but the
 *   server keeps running;
 * - `ATLAS_DEMO_IGNORE_SIGTERM=1` — SIGTERM is ignored (only SIGKILL ends it);
 * - `ATLAS_DEMO_SPAM_LINES=N` — right after `Done`, print `Spam line 1 of N`
 *   … `Spam line N of N` as fast as the console takes them;
 * - `ATLAS_DEMO_PLAYERS=Alex,Steve` — these players are online: join lines
 *   after `Done`, `list`, the ping's count and sample, leave lines at stop;
 * - `ATLAS_DEMO_SAVE_DELAY_MS` — time between `Saving the game (this may
 *   take a moment!)` and `Saved the game` (default 0);
 * - `ATLAS_DEMO_AUTOSAVE_MS` — the autosave period (default 300000, vanilla's
 *   6000 ticks);
 * - `ATLAS_DEMO_FLOOD_BYTES_PER_SECOND=N` — right after `Done`, print N bytes
 *   of `x` a second, each second's bytes one line (a runaway mod printing
 *   without newlines), until the server stops.
 *
 * @example Running one from a program
 * ```ts ignore
 * import { demoServerCommand, writeDemoServerDirectory } from "./mod.ts";
 *
 * await writeDemoServerDirectory("/tmp/demo", { port: 25565 });
 * const [cmd, ...args] = demoServerCommand();
 * const child = new Deno.Command(cmd, {
 *   args,
 *   cwd: "/tmp/demo",
 *   env: { ATLAS_DEMO_START_DELAY_MS: "50" },
 *   stdin: "piped",
 *   stdout: "piped",
 * }).spawn();
 * ```
 *
 * @module
 */
export { type DemoServerOptions, runDemoServer } from "./run.ts";
export {
  DEMO_SERVER_PERMISSIONS,
  type DemoDirectoryOptions,
  demoServerCommand,
  writeDemoServerDirectory,
} from "./setup.ts";
export { DEFAULT_DEMO_VERSION, type DemoJar, type DemoVersion, formatDemoJar } from "./jar.ts";
export type { DemoWriter } from "./output.ts";
export { type DemoSetup, pickPort, prepareDemo } from "./prepare.ts";
