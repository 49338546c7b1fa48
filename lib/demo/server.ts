/**
 * The demo server's state and its "server thread": console and RCON
 * commands, autosaves and the shutdown run one at a time on one queue, as
 * they do on vanilla's main thread.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import type { ServerProperties } from "../minecraft/server_properties.ts";
import { type CommandServer, type CommandSource, runCommand } from "./commands.ts";
import type { DemoHooks } from "./hooks.ts";
import type { DemoVersion } from "./jar.ts";
import type { ConsoleOutput } from "./output.ts";
import type { DemoPlayer } from "./players.ts";
import type { DemoStatus } from "./slp_server.ts";
import type { DemoWorld } from "./world.ts";

const logger = getLogger(["atlas-runner", "demo", "server"]);

/** Why the server is stopping. */
export type StopCause =
  | { kind: "command" }
  | { kind: "signal"; signal: "SIGTERM" | "SIGINT" }
  | { kind: "crash" };

/** What the server is made of. */
export interface DemoServerParts {
  /** The server's `server.properties`. */
  props: ServerProperties;
  /** The test hooks. */
  hooks: DemoHooks;
  /** The reported version. */
  version: DemoVersion;
  /** The console. */
  out: ConsoleOutput;
  /** The world on disk. */
  world: DemoWorld;
  /** The favicon data URL, if `server-icon.png` exists. */
  favicon?: string;
}

/** The running server's state. */
export class DemoServer implements CommandServer {
  /** Whether autosave is on. */
  autosave = true;
  /** The online players. */
  players: DemoPlayer[] = [];
  #parts: DemoServerParts;
  #queue: Promise<unknown>;
  #openGate!: () => void;
  #stop = Promise.withResolvers<StopCause>();
  #stopping = false;
  #threadIds = 0;

  /** @param parts What the server is made of. */
  constructor(parts: DemoServerParts) {
    this.#parts = parts;
    // Commands typed during start-up wait until `Done`, as vanilla queues them.
    this.#queue = new Promise<void>((resolve) => this.#openGate = resolve);
  }

  /** What the server is made of. */
  get parts(): DemoServerParts {
    return this.#parts;
  }

  /** `max-players`. */
  get maxPlayers(): number {
    return this.#parts.props.maxPlayers;
  }

  /** Resolves with the first reason to stop. */
  get stopped(): Promise<StopCause> {
    return this.#stop.promise;
  }

  /** Whether a stop has been requested. */
  get stopping(): boolean {
    return this.#stopping;
  }

  /** Lets queued work run (called at `Done`). */
  open(): void {
    this.#openGate();
  }

  /** Hands out vanilla's `GenericThread` numbers. @returns The next one. */
  nextThreadId(): number {
    return ++this.#threadIds;
  }

  /**
   * Requests a stop; the first request wins.
   *
   * @param cause Why.
   */
  requestStop(cause: StopCause): void {
    if (this.#stopping) return;
    this.#stopping = true;
    this.#stop.resolve(cause);
  }

  /** From `stop`: stops unless the ignore-stop hook is set. */
  stop(): void {
    if (!this.#parts.hooks.ignoreStop) this.requestStop({ kind: "command" });
  }

  /**
   * Runs a task on the server thread, after everything queued before it.
   *
   * @param task The work.
   * @returns The task's result.
   */
  onServerThread<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.#queue.then(task);
    this.#queue = result.catch((error) => {
      logger.error("A server-thread task failed", { error });
    });
    return result;
  }

  /**
   * Runs a console command line (ignored once stopping, as the loop is gone).
   *
   * @param line The line typed on the console.
   * @returns When the command is done.
   */
  consoleCommand(line: string): Promise<void> {
    const out = this.#parts.out;
    const source: CommandSource = {
      name: "Server",
      reply: (m) => out.info(m),
      broadcast: (m) => out.info(m),
    };
    return this.onServerThread(async () => {
      if (!this.#stopping) await runCommand(line, source, this);
    });
  }

  /**
   * Runs an RCON command and returns what vanilla's `RconConsoleSource`
   * collects: every message, concatenated without separators. Feedback meant
   * for admins is echoed on the console as `[Rcon: …]`.
   *
   * @param command The command.
   * @returns The output.
   */
  rconCommand(command: string): Promise<string> {
    const out = this.#parts.out;
    const buffer: string[] = [];
    const source: CommandSource = {
      name: "Rcon",
      reply: (m) => buffer.push(m),
      broadcast: (m) => {
        buffer.push(m);
        if (this.#parts.props.broadcastRconToOps) out.info(`[Rcon: ${m}]`);
      },
    };
    return this.onServerThread(async () => {
      await runCommand(command, source, this);
      return buffer.join("");
    });
  }

  /** @param sender Who speaks. @param message What. */
  chat(sender: string, message: string): void {
    this.#parts.out.info(`[${sender}] ${message}`);
  }

  /**
   * `save-all`: waits the save-delay hook, then writes the world.
   *
   * @returns `false` when writing failed.
   */
  async saveAll(): Promise<boolean> {
    const delay = this.#parts.hooks.saveDelayMs;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return await this.save();
  }

  /** Writes the world now. @returns `false` when writing failed. */
  async save(): Promise<boolean> {
    try {
      await this.#parts.world.save(this.players);
      return true;
    } catch (error) {
      logger.error("Saving the demo world failed", { error });
      return false;
    }
  }

  /** An autosave tick: saves only while autosave is on. */
  autosaveTick(): Promise<void> {
    return this.onServerThread(async () => {
      if (this.#stopping) return;
      if (!this.autosave) return logger.debug("Autosave skipped: saving is off");
      await this.save();
      logger.debug("Autosave done");
    });
  }

  /** @returns What the Server List Ping reports now. */
  status(): DemoStatus {
    const { props, version, favicon } = this.#parts;
    return {
      version,
      motd: props.motd,
      maxPlayers: props.maxPlayers,
      players: this.players,
      hidePlayers: props.hideOnlinePlayers,
      enabled: props.enableStatus,
      enforcesSecureChat: props.enforceSecureProfile,
      ...(favicon ? { favicon } : {}),
    };
  }
}
