/**
 * The demo server's life, in vanilla's order: start-up lines, binding the
 * game port, the world, `Done`, RCON, then console commands until `stop`, a
 * signal or a (simulated) crash, then the shutdown lines and the final save.
 *
 * @module
 */
import { join } from "node:path";
import { getLogger } from "@logtape/logtape";
import { formatServerProperties, readServerProperties } from "../minecraft/server_properties.ts";
import { atomicWriteFile } from "../util/atomic_write.ts";
import { readDemoHooks } from "./hooks.ts";
import { DEFAULT_DEMO_VERSION, readDemoJar } from "./jar.ts";
import { ConsoleOutput, type DemoWriter } from "./output.ts";
import { makePlayers, printJoin, printLeave } from "./players.ts";
import { RconServer } from "./rcon_server.ts";
import { DemoServer, type StopCause } from "./server.ts";
import { SlpServer } from "./slp_server.ts";
import { DemoWorld } from "./world.ts";
import {
  crash,
  failure,
  favicon,
  flood,
  javaStackFrames,
  readConsoleLines,
  seedOf,
  sleepUnlessStopped,
} from "./run_support.ts";

const logger = getLogger(["atlas-runner", "demo", "run"]);

/** Options of {@linkcode runDemoServer}. */
export interface DemoServerOptions {
  /** The server directory. @default Deno.cwd() */
  directory?: string;
  /** The environment the hooks are read from. @default Deno.env.toObject() */
  env?: Record<string, string | undefined>;
  /** The console input. @default Deno.stdin.readable */
  stdin?: ReadableStream<Uint8Array>;
  /** The console output. @default Deno.stdout */
  stdout?: DemoWriter;
  /** Handle SIGTERM and SIGINT like vanilla's shutdown hook. @default true */
  handleSignals?: boolean;
}

/** Exit codes: what the JVM exits with after its shutdown hook ran on a signal. */
const SIGNAL_EXIT = { SIGTERM: 143, SIGINT: 130 } as const;

/**
 * Runs the demo server until it stops.
 *
 * @param options Directory, environment and console streams.
 * @returns The process exit code: 0 after `stop`, 143/130 after
 *   SIGTERM/SIGINT (as a JVM), 1 on a failed start or a crash.
 */
export async function runDemoServer(options: DemoServerOptions = {}): Promise<number> {
  const started = performance.now();
  const directory = options.directory ?? Deno.cwd();
  const out = new ConsoleOutput(options.stdout ?? Deno.stdout);
  try {
    const server = await prepare(directory, options, out);
    if (typeof server === "number") return server;
    const signals = options.handleSignals === false ? null : listenForSignals(server);
    try {
      return await live(server, directory, options, out, started);
    } finally {
      signals?.();
    }
  } finally {
    await out.flush();
  }
}

/** Environment, jar, properties, world: everything before the first server-thread line. */
async function prepare(
  directory: string,
  options: DemoServerOptions,
  out: ConsoleOutput,
): Promise<DemoServer | number> {
  const { hooks, warnings } = readDemoHooks(options.env ?? Deno.env.toObject());
  out.log(
    "Environment: Environment[sessionHost=https://sessionserver.mojang.com, " +
      "servicesHost=https://api.minecraftservices.com, name=PROD]",
    "ServerMain",
  );
  for (const w of warnings) out.log(`Ignoring ${w.name}: ${w.problem}`, "ServerMain", "WARN");
  const jar = await readDemoJar(directory);
  if (jar?.failStart) {
    failure(out, "ServerMain", "Failed to start the minecraft server", [
      `java.lang.IllegalStateException: Broken server jar (failStart in the demo server.jar)`,
      ...javaStackFrames(["net.minecraft.server.Main.main(Main.java:212)"], jar.name),
    ]);
    return 1;
  }
  const props = await readServerProperties(directory);
  if (!props.exists) {
    await atomicWriteFile(join(directory, "server.properties"), formatServerProperties());
  }
  const version = jar ?? DEFAULT_DEMO_VERSION;
  const world = new DemoWorld(
    directory,
    props.levelName,
    version,
    seedOf(props.raw.get("level-seed")),
  );
  if (!(await world.exists())) out.log("No existing world data, creating new world", "ServerMain");
  out.log("Loaded 1370 recipes", "ServerMain");
  out.log("Loaded 1481 advancements", "ServerMain");
  const icon = await favicon(directory);
  return new DemoServer({
    props,
    hooks,
    version: { name: version.name, protocol: version.protocol },
    out,
    world,
    ...(icon ? { favicon: icon } : {}),
  });
}

/** From `Starting minecraft server` to the exit code. */
async function live(
  server: DemoServer,
  directory: string,
  options: DemoServerOptions,
  out: ConsoleOutput,
  started: number,
): Promise<number> {
  const { props } = server.parts;
  out.info(`Starting minecraft server version ${server.parts.version.name}`);
  const consoleReader = readConsoleLines(options.stdin ?? Deno.stdin.readable, (line) => {
    void server.consoleCommand(line);
  });
  try {
    out.info("Loading properties");
    out.info(`Default game type: ${props.gamemode.toUpperCase()}`);
    out.info("Generating keypair");
    out.info(`Starting Minecraft server on ${props.serverIp || "*"}:${props.serverPort}`);
    let slp: SlpServer;
    try {
      slp = SlpServer.listen(props.serverIp || "0.0.0.0", props.serverPort, () => server.status());
    } catch (error) {
      out.warn("**** FAILED TO BIND TO PORT!");
      out.warn(`The exception was: java.net.BindException: ${javaMessage(error)}`);
      out.warn("Perhaps a server is already running on that port?");
      return 1;
    }
    try {
      return await runBound(server, directory, out, started);
    } finally {
      await slp.close();
    }
  } finally {
    await consoleReader.cancel();
  }
}

/** With the game port bound: the level, `Done`, the hooks, and the stop. */
async function runBound(
  server: DemoServer,
  directory: string,
  out: ConsoleOutput,
  started: number,
): Promise<number> {
  const { props, hooks, world } = server.parts;
  out.info("Using epoll channel type");
  if ((props.raw.get("online-mode") ?? "true").toLowerCase() !== "true") warnOfflineMode(out);
  out.info(`Preparing level "${props.levelName}"`);
  if (hooks.exitAtStart) {
    failure(out, "Server thread", "Encountered an unexpected exception", [
      "java.lang.IllegalStateException: Failed to initialize server (ATLAS_DEMO_EXIT_AT_START)",
      ...javaStackFrames(
        ["net.minecraft.server.MinecraftServer.runServer(MinecraftServer.java:694)"],
        server.parts.version.name,
      ),
    ]);
    return 1;
  }
  await world.lock();
  await server.save();
  out.info("Preparing start region for dimension minecraft:overworld");
  out.info("Preparing spawn area: 0%");
  const prepStarted = performance.now();
  const early = await sleepUnlessStopped(hooks.startDelayMs, server, (pct) => {
    out.info(`Preparing spawn area: ${pct}%`);
  });
  if (early === null) {
    out.info(`Time elapsed: ${Math.round(performance.now() - prepStarted)} ms`);
    out.info(`Done (${((performance.now() - started) / 1000).toFixed(3)}s)! For help, type "help"`);
  }
  const rcon = early === null ? startRcon(server, out) : null;
  try {
    const cause = early ?? await runUntilStop(server, directory, out);
    if (cause.kind === "crash") return 1;
    server.open(); // A stop during start-up: the server thread has not run yet.
    await server.onServerThread(() => shutdown(server, out));
    return cause.kind === "signal" ? SIGNAL_EXIT[cause.signal] : 0;
  } finally {
    await rcon?.close();
  }
}

/** After `Done`: players, spam, flood, autosave and the crash timer, until a stop. */
async function runUntilStop(
  server: DemoServer,
  directory: string,
  out: ConsoleOutput,
): Promise<StopCause> {
  const { hooks } = server.parts;
  server.open();
  server.players = makePlayers(hooks.players);
  server.players.forEach((p, i) => printJoin(out, p, i + 1));
  if (hooks.spamLines > 0) {
    void server.onServerThread(async () => {
      for (let i = 1; i <= hooks.spamLines && !server.stopping; i++) {
        out.info(`Spam line ${i} of ${hooks.spamLines}`);
        if (i % 1000 === 0) await out.backpressure();
      }
    });
  }
  if (hooks.floodBytesPerSecond > 0) void flood(server, out, hooks.floodBytesPerSecond);
  const autosave = setInterval(() => void server.autosaveTick(), hooks.autosaveMs);
  const crashTimer = hooks.crashAfterMs === null
    ? undefined
    : setTimeout(() => server.requestStop({ kind: "crash" }), hooks.crashAfterMs);
  try {
    const cause = await server.stopped;
    if (cause.kind === "crash") {
      await crash(out, directory, server.parts.version.name, hooks.crashAfterMs ?? 0);
    }
    return cause;
  } finally {
    clearInterval(autosave);
    clearTimeout(crashTimer);
  }
}

/** Vanilla's warning when `online-mode=false`. */
function warnOfflineMode(out: ConsoleOutput): void {
  out.warn("**** SERVER IS RUNNING IN OFFLINE/INSECURE MODE!");
  out.warn("The server will make no attempt to authenticate usernames. Beware.");
  out.warn(
    "While this makes the game possible to play without internet access, it also opens up " +
      "the ability for hackers to connect with any username they choose.",
  );
  out.warn('To change this, set "online-mode" to "true" in the server.properties file.');
}

/** `Starting remote control listener` and the rest, when RCON is enabled. */
function startRcon(server: DemoServer, out: ConsoleOutput): RconServer | null {
  const { props } = server.parts;
  if (!props.enableRcon) return null;
  out.info("Starting remote control listener");
  const host = props.serverIp || "0.0.0.0";
  if (props.rconPort <= 0 || props.rconPort > 65535) {
    out.warn(`Invalid rcon port ${props.rconPort} found in server.properties, rcon disabled!`);
    return null;
  }
  if (props.rconPassword === "") {
    out.warn("No rcon password set in server.properties, rcon disabled!");
    return null;
  }
  try {
    const rcon = RconServer.listen({
      hostname: host,
      port: props.rconPort,
      password: props.rconPassword,
      execute: (command) => server.rconCommand(command),
      out,
      nextThreadId: () => server.nextThreadId(),
    });
    out.info(`RCON running on ${host}:${props.rconPort}`);
    return rcon;
  } catch (error) {
    out.warn(`Unable to initialise RCON on ${host}:${props.rconPort}`);
    out.raw(`java.net.BindException: ${javaMessage(error)}\n`);
    return null;
  }
}

/** Vanilla's `stopServer`: disconnect players, save them and every dimension. */
async function shutdown(server: DemoServer, out: ConsoleOutput): Promise<void> {
  out.info("Stopping server");
  out.info("Saving players");
  for (const player of server.players) printLeave(out, player, "Server closed");
  out.info("Saving worlds");
  const dims = server.parts.world.dimensions;
  for (const dim of dims) {
    out.info(`Saving chunks for level 'ServerLevel[${server.parts.props.levelName}]'/${dim.key}`);
  }
  await server.save(); // Stopping always saves, even after save-off.
  for (const dim of dims) {
    out.info(`ThreadedAnvilChunkStorage (${dim.storage}): All chunks are saved`);
  }
  out.info("ThreadedAnvilChunkStorage: All dimensions are saved");
  server.players = [];
}

/**
 * Vanilla's shutdown hook: SIGTERM and SIGINT stop the server gracefully,
 * unless the ignore-SIGTERM hook is set.
 *
 * @returns A function that removes the listeners.
 */
function listenForSignals(server: DemoServer): () => void {
  const ignore = server.parts.hooks.ignoreSigterm;
  const onTerm = () => {
    if (ignore) return logger.debug("SIGTERM ignored (ATLAS_DEMO_IGNORE_SIGTERM)");
    server.requestStop({ kind: "signal", signal: "SIGTERM" });
  };
  const onInt = () => server.requestStop({ kind: "signal", signal: "SIGINT" });
  Deno.addSignalListener("SIGTERM", onTerm);
  Deno.addSignalListener("SIGINT", onInt);
  return () => {
    Deno.removeSignalListener("SIGTERM", onTerm);
    Deno.removeSignalListener("SIGINT", onInt);
  };
}

/** An OS error's message without Rust's ` (os error 98)` suffix, as Java prints it. */
function javaMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/ \(os error \d+\)$/, "");
}
