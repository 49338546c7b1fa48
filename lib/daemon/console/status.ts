/**
 * GetStatus as a service. While the server runs, version, players and MOTD
 * come from the Server List Ping on its port (cached briefly); when the ping
 * fails or is slow, from `server.properties`, the start-up line naming the
 * version, and join/leave lines. Memory is the resident memory of the
 * server's process group (from /proc, or `ps` where /proc is absent or
 * denied). A status never waits more than about 500 ms for a slow server.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import { pingServer, type SlpStatus } from "../../minecraft/slp.ts";
import type { ServerProperties } from "../../minecraft/server_properties.ts";
import { consoleMessage } from "./service.ts";
import type { LogBuffer } from "./log_buffer.ts";
import { groupResidentBytes } from "../server/process/mod.ts";
import { listenerOwner, serverHost, type TcpAddress } from "../server/process/listener.ts";
import type { ServerState, Supervisor } from "../server/supervisor.ts";
import { TIMED_OUT, within } from "../../util/deadline.ts";

const log = getLogger(["atlas-runner", "daemon", "status"]);

/** How long a ping or memory reading is reused. */
const CACHE_MS = 1500;
/** How long an RCON `list` is reused, unless a player joins or leaves. */
const LIST_CACHE_MS = 10_000;
/** The most a status waits for the ping and the memory reading. */
const BUDGET_MS = 450;

/** A status snapshot (plain values; `handlers.ts` maps it to the wire). */
export interface ServerStatus {
  /** The lifecycle state. */
  state: ServerState;
  /** The server's version name (the last one seen when stopped). */
  version: string;
  /** Seconds the current server process has run (0 when stopped). */
  uptimeSeconds: number;
  /** Resident memory of the server's process group in MiB (0 when stopped). */
  memoryUsageMb: number;
  /** Players online. */
  playerCount: number;
  /** Player slots. */
  maxPlayers: number;
  /** The message of the day. */
  motd: string;
  /** Why the state is what it is (ERROR reason), or "". */
  message: string;
  /** Resident memory of the server's process group in bytes (0 when stopped). */
  memoryBytes: number;
  /** The server's process id, or 0 when none runs. */
  pid: number;
  /** The names of the players online, sorted (from the ping's sample, RCON `list`, or the console). */
  playerNames: string[];
  /** Automatic restarts after crashes since the daemon started. */
  restarts: number;
  /** Why the server last stopped, one line ("" before any exit). */
  lastExitReason: string;
  /** When the current run started, Unix seconds (0 when no process runs). */
  runStartedAt: number;
}

/** Options of {@linkcode StatusService}. */
export interface StatusServiceOptions {
  /** The supervisor. */
  supervisor: Supervisor;
  /** The console lines (for version and player tracking). */
  logs: LogBuffer;
  /** The last known version (from `installed.json`), used until the server says. */
  initialVersion?: string;
  /**
   * Runs `list` over RCON: the reply text, or `null` when RCON is not enabled
   * or not reachable. Used for the players' names when the ping hides them.
   */
  listPlayers?: () => Promise<string | null>;
}

const VERSION_LINE = /^Starting (?:minecraft )?server version (\S+)/i;
const JOIN_LINE = /^([A-Za-z0-9_.]{1,32}) joined the game$/;
const LEAVE_LINE = /^([A-Za-z0-9_.]{1,32}) left the game$/;
const LIST_LINE = /^There are (\d+) of a max(?: of)? (\d+) players online:\s*(.*)$/;
/** A player name as the game allows it (the sample's "Anonymous Player" is not one). */
const NAME = /^[A-Za-z0-9_.]{1,32}$/;

function parseNames(list: string): string[] {
  return list.split(",").map((n) => n.trim()).filter((n) => n !== "");
}

/**
 * A reading reused for a while: its promise (which never rejects), and its
 * value once that has arrived, so that the many status requests in between
 * read it directly instead of each racing the promise against a timer.
 */
class Cached<T, K = string> {
  readonly at: number = Date.now();
  readonly key: K;
  readonly promise: Promise<T>;
  #arrived = false;
  #value: T | undefined;
  /** The one wait (with its deadline) that every caller shares until the value arrives. */
  #waiting: Promise<unknown> | null = null;

  constructor(key: K, promise: Promise<T>) {
    this.key = key;
    this.promise = promise;
    promise.then((value) => {
      this.#value = value;
      this.#arrived = true;
    });
  }

  /**
   * The value when it has arrived; else a wait for it of at most `ms`
   * (`fallback` when it is late), shared by every caller until it arrives:
   * a thousand requests during a refresh set one timer, not a thousand.
   */
  within<F>(ms: number, fallback: F): T | Promise<T | F> {
    if (this.#arrived) return this.#value as T;
    return (this.#waiting ??= within(this.promise, ms).then((result) =>
      result === TIMED_OUT ? fallback : result
    )) as Promise<T | F>;
  }
}

function noProperties(error: unknown): null {
  log.debug("Cannot read server.properties", { error });
  return null;
}

/** Whether `value` is a promise (a reading still on its way) rather than the reading. */
function pending<T>(value: T | Promise<T>): value is Promise<T> {
  return value instanceof Promise;
}

/** Answers GetStatus. */
export class StatusService {
  #options: StatusServiceOptions;
  #version: string;
  #players = new Set<string>();
  #ping: Cached<SlpStatus | null, TcpAddress> | null = null;
  /** The server and port last found held by another process (warned once). */
  #squatterSeen = "";
  #memory: Cached<number> | null = null;
  #list: Cached<string[] | null> | null = null;
  #unsubscribe: Array<() => void> = [];

  /**
   * @param options Supervisor, log buffer, initial version.
   */
  constructor(options: StatusServiceOptions) {
    this.#options = options;
    this.#version = options.initialVersion ?? "";
    this.#unsubscribe.push(options.logs.subscribe((line) => this.#observe(line)));
    this.#unsubscribe.push(options.supervisor.onStateChange((state) => {
      if (state === "STARTING" || state === "STOPPED" || state === "ERROR") this.#players.clear();
      this.#ping = null;
      this.#list = null;
    }));
  }

  /** The last version seen (ping or start-up line). */
  get version(): string {
    return this.#version;
  }

  /** Stops watching the console. */
  close(): void {
    for (const fn of this.#unsubscribe) fn();
    this.#unsubscribe = [];
  }

  /**
   * Takes a status snapshot, within about 500 ms.
   *
   * @returns The snapshot.
   */
  async get(): Promise<ServerStatus> {
    const begun = Date.now();
    const { supervisor } = this.#options;
    const state = supervisor.state;
    const process = supervisor.process;
    // The running server's ports are those it started with, whatever the config says now.
    const props = await supervisor.serverProperties().catch(noProperties);
    const running = state === "RUNNING" && process !== null;
    // Fresh readings come back as values: under a stream of requests (a dashboard, or
    // thousands a second) most cost no promise and no timer; only a refresh is waited for.
    let ping = running && props?.enableStatus !== false
      ? this.#cachedPing(props, process.pid)
      : null;
    let memory = process !== null ? this.#cachedMemory(process.pid) : 0;
    if (pending(ping) || pending(memory)) [ping, memory] = await Promise.all([ping, memory]);
    if (ping !== null && ping.version.name !== "") this.#version = ping.version.name;
    const left = BUDGET_MS - (Date.now() - begun);
    let playerNames = running ? this.#playerNames(ping, Math.max(left, 50)) : [];
    if (pending(playerNames)) playerNames = await playerNames;
    return {
      state,
      version: this.#version,
      uptimeSeconds: process?.uptimeSeconds ?? 0,
      memoryUsageMb: Math.round(memory / (1024 * 1024)),
      memoryBytes: memory,
      playerCount: ping?.players.online ?? (running ? this.#players.size : 0),
      maxPlayers: ping?.players.max ?? props?.maxPlayers ?? 0,
      motd: ping?.description ?? props?.motd ?? "",
      message: supervisor.stateMessage,
      pid: process?.pid ?? 0,
      playerNames,
      restarts: supervisor.restarts,
      lastExitReason: supervisor.lastExitReason,
      runStartedAt: process === null ? 0 : Math.floor(process.startedAt / 1000),
    };
  }

  /**
   * The players' names: the ping's sample when it names everyone online (a
   * server hides it with `hide-online-players`, shows "Anonymous Player" for
   * players who opted out, and samples at most 12), else `list` over RCON
   * when enabled, else the names the console's join and leave lines tell.
   */
  #playerNames(ping: SlpStatus | null, budgetMs: number): string[] | Promise<string[]> {
    if (ping !== null) {
      const names = ping.players.sample.map((p) => p.name).filter((n) => NAME.test(n));
      if (names.length === ping.players.online) return names.sort();
    }
    if (this.#options.listPlayers !== undefined) {
      const listed = this.#cachedList().within(budgetMs, null);
      if (pending(listed)) return listed.then((names) => names ?? [...this.#players].sort());
      if (listed !== null) return listed;
    }
    return [...this.#players].sort();
  }

  #cachedList(): Cached<string[] | null> {
    const now = Date.now();
    // Longer than the ping's cache: each RCON session prints lines on the
    // server's console. A join or leave line drops it at once.
    if (this.#list === null || now - this.#list.at > LIST_CACHE_MS) {
      const promise = this.#options.listPlayers!().then((reply) => {
        if (reply === null) return null;
        const m = LIST_LINE.exec(reply.split("\n")[0].trim());
        return m === null ? null : parseNames(m[3]).sort();
      }).catch((error) => {
        log.debug("Listing players over RCON failed; using the console's join lines", { error });
        return null;
      });
      this.#list = new Cached("", promise);
    }
    return this.#list;
  }

  /** The ping result within the budget; a slow ping finishes in the background for the next call. */
  #cachedPing(
    props: ServerProperties | null,
    pid: number,
  ): SlpStatus | null | Promise<SlpStatus | null> {
    const now = Date.now();
    const host = serverHost(props?.serverIp ?? "");
    const port = props?.serverPort ?? 25565;
    let cached = this.#ping;
    if (
      cached === null || cached.key.host !== host || cached.key.port !== port ||
      now - cached.at > CACHE_MS
    ) {
      // In a method of its own: closures here would cost every call a context.
      const address = { host, port };
      cached = this.#ping = new Cached(address, this.#pingNow(address, pid));
    }
    return cached.within(BUDGET_MS, null);
  }

  /** Pings the server (never rejects: `null` when it cannot). */
  async #pingNow(address: TcpAddress, pid: number): Promise<SlpStatus | null> {
    const { host, port } = address;
    try {
      // Another process on the port would feed status its own MOTD and players.
      if (await listenerOwner(address, pid) === "other") {
        // Said once per server and port: status is asked every second by `status --watch`.
        const seen = `${host}:${port} ${pid}`;
        const repeated = this.#squatterSeen === seen;
        this.#squatterSeen = seen;
        const message =
          "Another process, not the server, listens on the server's port; not pinging it";
        if (repeated) log.debug(message, { host, port, pid });
        else log.warn(message, { host, port, pid });
        return null;
      }
      return await pingServer(host, port, 2000);
    } catch (error) {
      log.debug("Server list ping failed; using server.properties and the console", { error });
      return null;
    }
  }

  /** The memory reading within the budget (0 when it is late), from a reading at most 1.5 s old. */
  #cachedMemory(pid: number): number | Promise<number> {
    const now = Date.now();
    const key = String(pid);
    if (this.#memory === null || this.#memory.key !== key || now - this.#memory.at > CACHE_MS) {
      this.#memory = new Cached(key, groupResidentBytes(pid).catch(() => 0));
    }
    return this.#memory.within(BUDGET_MS, 0);
  }

  #observe(line: string): void {
    if (line.length > 300) return;
    const message = consoleMessage(line);
    let m: RegExpExecArray | null;
    if ((m = VERSION_LINE.exec(message))) this.#version = m[1];
    else if ((m = JOIN_LINE.exec(message))) {
      this.#players.add(m[1]);
      this.#list = null;
    } else if ((m = LEAVE_LINE.exec(message))) {
      this.#players.delete(m[1]);
      this.#list = null;
    } else if ((m = LIST_LINE.exec(message))) {
      const names = parseNames(m[3]);
      if (names.length === Number(m[1])) this.#players = new Set(names);
    }
  }
}
