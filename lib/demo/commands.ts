/**
 * The demo server's commands, with vanilla's texts and Brigadier's error
 * reporting: `help`, `list [uuids]`, `save-all [flush]`, `save-off`,
 * `save-on`, `say <message>`, `stop`. The same code serves the console and
 * RCON; only the {@linkcode CommandSource} differs.
 *
 * @module
 */
import type { DemoPlayer } from "./players.ts";

/** Who runs a command, and where its feedback goes. */
export interface CommandSource {
  /** The name chat messages carry: `Server` for the console, `Rcon` for RCON. */
  readonly name: string;
  /** Feedback to the source only (vanilla `sendSuccess(…, false)` and failures). */
  reply(message: string): void;
  /** Feedback that vanilla also tells admins (`sendSuccess(…, true)`). */
  broadcast(message: string): void;
}

/** What commands can see and do. */
export interface CommandServer {
  /** The online players. */
  readonly players: readonly DemoPlayer[];
  /** The `max-players` property. */
  readonly maxPlayers: number;
  /** Whether autosave is on (`save-on`/`save-off`). */
  autosave: boolean;
  /** Broadcasts a chat line, printed on the console as `[sender] message`. */
  chat(sender: string, message: string): void;
  /** Saves the world even while autosave is off. @returns `false` when writing failed. */
  saveAll(flush: boolean): Promise<boolean>;
  /** Asks the server to stop once the command is done. */
  stop(): void;
}

/** The first line of an unknown or incomplete command's error. */
export const UNKNOWN_COMMAND = "Unknown or incomplete command, see below for error";
/** The first line of a known command with arguments it does not take. */
export const INCORRECT_ARGUMENT = "Incorrect argument for command";

type Outcome =
  | { run: () => void | Promise<void> }
  | { error: typeof UNKNOWN_COMMAND | typeof INCORRECT_ARGUMENT; cursor: number };

interface CommandSpec {
  /** The usage `help` prints, without the slash. */
  usage: string;
  /** What `help <command>` prints after `/<command> `. */
  children: string[];
  parse(rest: string, source: CommandSource, server: CommandServer): Outcome;
}

const COMMANDS: Record<string, CommandSpec> = {
  help: {
    usage: "help [<command>]",
    children: ["<command>"],
    parse: (rest, source) => greedy("help", rest, true, (arg) => help(arg, source)),
  },
  list: {
    usage: "list [uuids]",
    children: ["uuids"],
    parse: (rest, source, server) =>
      optionalLiteral("list", rest, "uuids", (uuids) => {
        const names = server.players.map((p) => uuids ? `${p.name} (${p.uuid})` : p.name);
        source.reply(
          `There are ${names.length} of a max of ${server.maxPlayers} players online: ${
            names.join(", ")
          }`,
        );
      }),
  },
  "save-all": {
    usage: "save-all [flush]",
    children: ["flush"],
    parse: (rest, source, server) =>
      optionalLiteral("save-all", rest, "flush", async (flush) => {
        source.reply("Saving the game (this may take a moment!)");
        if (await server.saveAll(flush)) source.broadcast("Saved the game");
        else source.reply("Unable to save the game (is there enough disk space?)");
      }),
  },
  "save-off": {
    usage: "save-off",
    children: [],
    parse: (rest, source, server) =>
      noArguments("save-off", rest, () => {
        if (!server.autosave) return source.reply("Saving is already turned off");
        server.autosave = false;
        source.broadcast("Automatic saving is now disabled");
      }),
  },
  "save-on": {
    usage: "save-on",
    children: [],
    parse: (rest, source, server) =>
      noArguments("save-on", rest, () => {
        if (server.autosave) return source.reply("Saving is already turned on");
        server.autosave = true;
        source.broadcast("Automatic saving is now enabled");
      }),
  },
  say: {
    usage: "say <message>",
    children: ["<message>"],
    parse: (rest, source, server) =>
      greedy("say", rest, false, (message) => server.chat(source.name, message ?? "")),
  },
  stop: {
    usage: "stop",
    children: [],
    parse: (rest, source, server) =>
      noArguments("stop", rest, () => {
        source.broadcast("Stopping the server");
        server.stop();
      }),
  },
};

/**
 * Runs one command line, as `Commands.performPrefixedCommand` does (a
 * leading slash is dropped). Errors are reported to the source like
 * Brigadier's: a message, then the input with `<--[HERE]` at the point where
 * parsing stopped (at most 10 characters before it, after `...`).
 *
 * @param line The command line.
 * @param source Who runs it.
 * @param server What it acts on.
 */
export async function runCommand(
  line: string,
  source: CommandSource,
  server: CommandServer,
): Promise<void> {
  const input = line.startsWith("/") ? line.slice(1) : line;
  const root = input.split(" ", 1)[0];
  const spec = Object.hasOwn(COMMANDS, root) ? COMMANDS[root] : undefined;
  const outcome: Outcome = spec
    ? spec.parse(input.slice(root.length), source, server)
    : { error: UNKNOWN_COMMAND, cursor: 0 };
  if ("run" in outcome) {
    await outcome.run();
    return;
  }
  source.reply(outcome.error);
  source.reply(errorContext(input, outcome.cursor));
}

/**
 * Brigadier's error context: up to 10 characters before the cursor (after
 * `...` when cut), the rest of the input, then `<--[HERE]`.
 *
 * @param input The command without its slash.
 * @param cursor Where parsing stopped.
 * @returns The context line.
 */
export function errorContext(input: string, cursor: number): string {
  const at = Math.min(input.length, cursor);
  const before = input.slice(Math.max(0, at - 10), at);
  return `${at > 10 ? "..." : ""}${before}${input.slice(at)}<--[HERE]`;
}

function noArguments(root: string, rest: string, run: () => void): Outcome {
  return rest === "" ? { run } : { error: INCORRECT_ARGUMENT, cursor: root.length };
}

function optionalLiteral(
  root: string,
  rest: string,
  literal: string,
  run: (given: boolean) => void | Promise<void>,
): Outcome {
  if (rest === "") return { run: () => run(false) };
  if (rest === ` ${literal}`) return { run: () => run(true) };
  const matched = rest.startsWith(` ${literal} `);
  return { error: INCORRECT_ARGUMENT, cursor: root.length + (matched ? literal.length + 1 : 0) };
}

/** A greedy string argument: everything after the first space. */
function greedy(
  root: string,
  rest: string,
  optional: boolean,
  run: (arg: string | null) => void,
): Outcome {
  if (rest === "") {
    return optional ? { run: () => run(null) } : { error: UNKNOWN_COMMAND, cursor: root.length };
  }
  return { run: () => run(rest.slice(1)) };
}

function help(arg: string | null, source: CommandSource): void {
  if (arg === null) {
    for (const name of Object.keys(COMMANDS).sort()) source.reply(`/${COMMANDS[name].usage}`);
    return;
  }
  const root = arg.split(" ", 1)[0];
  if (!Object.hasOwn(COMMANDS, root)) {
    source.reply("Unknown command or insufficient permissions");
    return;
  }
  if (arg !== root) return; // A deeper node: vanilla prints its (here: no) children.
  for (const child of COMMANDS[root].children) source.reply(`/${root} ${child}`);
}
