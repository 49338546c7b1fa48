/**
 * The server's console as a service: SendCommand (over RCON when
 * `server.properties` enables it with a password, else written to stdin with
 * the lines printed right after it as the response), and the waits other
 * services need (a command, then the line that answers it).
 *
 * Commands never reach a shell: they are validated (no control characters,
 * so no second command can be smuggled in) and written to the server's stdin
 * or sent as one RCON packet.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { IpcError } from "../../protocol/errors.ts";
import { validateConsoleCommand } from "../../protocol/validate.ts";
import { RCON_MAX_COMMAND_BYTES, RconClient } from "../../minecraft/rcon.ts";
import { MinecraftError } from "../../minecraft/errors.ts";
import { Mutex } from "../../util/mutex.ts";
import { fromMinecraftError } from "../minecraft_error.ts";
import type { LogBuffer } from "./log_buffer.ts";
import type { Supervisor } from "../server/supervisor.ts";
import { listenerOwner, serverHost } from "../server/process/listener.ts";
import { type CommandWatch, consoleMessage, ConsoleWatch } from "./watch.ts";

const log = getLogger(["atlas-runner", "daemon", "console"]);

/** Quiet time that ends a console reply. */
const REPLY_QUIET_MS = 250;
/** Longest a console reply is collected. */
const REPLY_MAX_MS = 2000;
/**
 * Most characters of a console reply (the first lines are kept): far more
 * than any command prints, far less than a frame holds.
 */
const REPLY_MAX_CHARS = 1024 * 1024;
/** Deadline of connecting to RCON and of logging in: a live server answers these at once. */
const RCON_TIMEOUT_MS = 5000;
/**
 * Deadline of an RCON command. Vanilla answers only when the command has
 * finished, and `save-all flush` on a big world or `/reload` take far longer
 * than the connect and login steps.
 */
export const RCON_EXEC_TIMEOUT_MS = 60_000;

/** How long the server may take to read a command written by {@linkcode ConsoleService.runWatched}. */
const WRITE_TIMEOUT_MS = 10_000;

export { consoleMessage };

/** The answer to a console command. */
export interface CommandReply {
  /** The server's output. */
  response: string;
  /** How the command was sent. */
  via: "rcon" | "console";
}

/** Options of {@linkcode ConsoleService}. */
export interface ConsoleServiceOptions {
  /** The supervisor owning the server's stdin. */
  supervisor: Supervisor;
  /** The console lines. */
  logs: LogBuffer;
  /** How long a console reply is collected (internal: tests lengthen it under load). */
  replyTimings?: ReplyTimings;
}

/** How long a console reply is collected. */
export interface ReplyTimings {
  /** Quiet time that ends the reply. @default 250 */
  quietMs?: number;
  /** Longest the reply is collected. @default 2000 */
  maxMs?: number;
}

/** Console commands whose reply is awaited: what backups use (saving off and on). */
export interface ConsoleCommands {
  /**
   * Writes a console command and lets `fn` watch the lines printed after it;
   * no other console command is written until `fn` returns.
   *
   * @throws {IpcError} `NOT_RUNNING` when the server is not running (or stops while `fn`
   *   waits), `TIMEOUT` when it does not read its console, `UNAVAILABLE` when `signal` aborts.
   */
  runWatched<T>(
    command: string,
    fn: (watch: CommandWatch) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T>;
}

/** Sends console commands and waits for console lines. */
export class ConsoleService implements ConsoleCommands {
  #options: ConsoleServiceOptions;
  /** Console commands written to stdin, one at a time (RCON needs no lock: one reply per packet). */
  #commands = new Mutex();
  /** The last reason RCON was not trusted, so a repeat is logged quietly. */
  #lastRconRefusal = "";

  /**
   * @param options Supervisor and log buffer.
   */
  constructor(options: ConsoleServiceOptions) {
    this.#options = options;
  }

  /**
   * Runs a console command (SendCommand): over RCON when enabled with a
   * password (the whole output, reassembled, waiting up to
   * {@linkcode RCON_EXEC_TIMEOUT_MS} for it), else on stdin, answering with
   * the console lines printed until 250 ms of quiet (at most 2 s).
   *
   * @param command The command, without a leading newline.
   * @returns The server's response.
   * @throws {IpcError} `VALIDATION` for a bad command, `NOT_RUNNING` unless RUNNING.
   */
  async send(command: string): Promise<CommandReply> {
    validateConsoleCommand(command);
    this.#requireRunning();
    // RCON as the running server started with it, whatever the config says now.
    const props = await this.#options.supervisor.serverProperties()
      .catch((error) => {
        log.warn("Cannot read server.properties; using the console", { error });
        return null;
      });
    const bytes = new TextEncoder().encode(command).length;
    if (props?.enableRcon && props.rconPassword !== "" && bytes <= RCON_MAX_COMMAND_BYTES) {
      const reply = await this.#viaRcon(command, props);
      if (reply !== null) return { response: reply, via: "rcon" };
    }
    const lines = await this.collectReply(command);
    return { response: lines.map(consoleMessage).join("\n"), via: "console" };
  }

  /**
   * Runs a command over RCON only (never on the console, where its output
   * would show in the log): for the daemon's own queries, like `list`.
   *
   * @param command A command.
   * @returns The reply, or `null` when the server is not running, RCON is not
   *   enabled with a password, or not reachable.
   * @throws {IpcError} When RCON fails mid-command (`TIMEOUT`, …).
   */
  async viaRconOnly(command: string): Promise<string | null> {
    if (this.#options.supervisor.state !== "RUNNING") return null;
    const props = await this.#options.supervisor.serverProperties().catch((error) => {
      log.debug("Cannot read server.properties; not using RCON", { error });
      return null;
    });
    if (!props?.enableRcon || props.rconPassword === "") return null;
    return await this.#viaRcon(command, props);
  }

  /**
   * Writes a command to stdin and collects the lines printed right after it,
   * until `quietMs` without a line (at most `maxMs`), the first 1 MiB of
   * characters of them (then a line saying how many more were left out).
   *
   * @param command A validated command.
   * @param options The quiet time and the maximum.
   * @returns The raw console lines.
   * @throws {IpcError} `NOT_RUNNING` unless RUNNING; `TIMEOUT` when the
   *   server does not read its console within `maxMs`.
   */
  collectReply(
    command: string,
    options: { quietMs?: number; maxMs?: number } = {},
  ): Promise<string[]> {
    // One command at a time: two sends must never collect each other's lines.
    return this.#commands.run(() => this.#collect(command, options));
  }

  async #collect(
    command: string,
    options: { quietMs?: number; maxMs?: number },
  ): Promise<string[]> {
    this.#requireRunning();
    const timings = this.#options.replyTimings;
    const quietMs = options.quietMs ?? timings?.quietMs ?? REPLY_QUIET_MS;
    const maxMs = options.maxMs ?? timings?.maxMs ?? REPLY_MAX_MS;
    const lines: string[] = [];
    let chars = 0;
    let leftOut = 0;
    let last = 0;
    const unsubscribe = this.#options.logs.subscribe((line) => {
      last = Date.now();
      // A server flooding its console meanwhile must not make the answer too large to send.
      if (leftOut > 0 || chars + line.length > REPLY_MAX_CHARS) leftOut++;
      else {
        lines.push(line);
        chars += line.length + 1;
      }
    });
    try {
      // Bounded like the reply: a server that does not read its console must not hang us.
      await this.#options.supervisor.writeConsole(command, maxMs);
      const begun = last = Date.now();
      await new Promise<void>((resolve) => {
        const check = () => {
          const now = Date.now();
          const end = Math.min(last + quietMs, begun + maxMs);
          if (now >= end) resolve();
          else setTimeout(check, end - now);
        };
        setTimeout(check, quietMs);
      });
    } finally {
      unsubscribe();
    }
    if (leftOut > 0) lines.push(`… ${leftOut} more lines left out (all are in the log)`);
    return lines;
  }

  /**
   * Writes a command to stdin and lets `fn` watch the console lines printed
   * after it (subscribing before writing, so a fast reply is never missed).
   * Holds the console lock until `fn` returns: no other command is written
   * meanwhile, so the lines `fn` sees answer this command, not another one
   * sent through the daemon. For backups: `save-off`, then its confirmation.
   *
   * @param command A validated command.
   * @param fn Watches the reply; its result is returned.
   * @param signal Aborts the waits of `fn` (`UNAVAILABLE`).
   * @returns What `fn` returns.
   * @throws {IpcError} `NOT_RUNNING` when the server is not running or stops while watched,
   *   `TIMEOUT` when the server does not read its console.
   */
  runWatched<T>(
    command: string,
    fn: (watch: CommandWatch) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    validateConsoleCommand(command);
    this.#requireRunning();
    return this.#commands.run(async () => {
      this.#requireRunning();
      using watch = new ConsoleWatch(this.#options.logs, this.#options.supervisor, signal);
      await this.#options.supervisor.writeConsole(command, WRITE_TIMEOUT_MS);
      return await fn(watch);
    });
  }

  #requireRunning(): void {
    if (this.#options.supervisor.state !== "RUNNING") {
      throw new IpcError("NOT_RUNNING", "The server is not running", {
        hint: "start it with: atlas-runner start",
      });
    }
  }

  /**
   * Runs a command over RCON at the address the server binds (`server-ip`,
   * else loopback); `null` when RCON cannot be reached or cannot be trusted
   * with the password (use the console instead).
   */
  async #viaRcon(
    command: string,
    props: { serverIp: string; rconPort: number; rconPassword: string },
  ): Promise<string | null> {
    const host = serverHost(props.serverIp);
    const port = props.rconPort;
    if (!await this.#rconIsTheServers(host, port)) return null;
    let rcon: RconClient;
    try {
      rcon = await RconClient.connect(host, port, { timeoutMs: RCON_TIMEOUT_MS });
    } catch (error) {
      log.warn("RCON is enabled but not reachable at {host}:{port}; using the console", {
        host,
        port,
        error,
      });
      return null;
    }
    using client = rcon;
    try {
      await client.auth(props.rconPassword);
    } catch (error) {
      if (error instanceof MinecraftError && error.code === "AUTH_FAILED") {
        log.warn("RCON refused rcon.password; using the console", { port });
        return null;
      }
      throw fromMinecraftError(error);
    }
    try {
      return await client.exec(command, { timeoutMs: RCON_EXEC_TIMEOUT_MS });
    } catch (error) {
      throw fromMinecraftError(error);
    }
  }

  /**
   * Whether the RCON listener is the server's own: the password goes only
   * to a socket held by the server's process group, never to a local user
   * who took the port (see `listener.ts`).
   */
  async #rconIsTheServers(host: string, port: number): Promise<boolean> {
    const pid = this.#options.supervisor.process?.pid;
    if (pid === undefined) return false;
    const owner = await listenerOwner({ host, port }, pid);
    const key = `${owner} ${host}:${port} ${pid}`;
    const repeated = key === this.#lastRconRefusal;
    this.#lastRconRefusal = owner === "server" ? "" : key;
    if (owner === "server") return true;
    const why = {
      other: "another process, not the server, listens on the RCON port",
      none: "nothing listens on the RCON port",
      unknown: "who listens on the RCON port cannot be checked (that needs Linux /proc, which " +
        "Deno grants only with --allow-all)",
    }[owner];
    // Said once per cause: status asks RCON for player names every few seconds.
    const message = `Not sending the RCON password: ${why}; using the console`;
    if (repeated) log.debug(message, { host, port, pid });
    else log.warn(message, { host, port, pid });
    return false;
  }
}
