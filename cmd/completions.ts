/**
 * `atlas-runner completions bash|zsh|fish`: shell completion scripts,
 * generated from the commander program itself so they never drift from the
 * real commands and flags. Backup ids complete from the daemon through the
 * hidden `atlas-runner __complete backup-ids` command, server names after
 * `-s/--server` through `atlas-runner __complete servers`.
 *
 * @module
 */
import { Argument, type Command } from "commander";
import { type ClientFlags, clientOptions, type CommandContext, connect } from "./context.ts";
import { usageError } from "./errors.ts";
import { findInstances } from "./instances.ts";
import { Output } from "./output.ts";
import {
  type ArgumentCompletion,
  bashScript,
  type CompletionNode,
  fishScript,
  zshScript,
} from "./completion_scripts.ts";

export type { ArgumentCompletion, CompletionNode, CompletionOption } from "./completion_scripts.ts";

/** A shell we write completions for. */
export type Shell = "bash" | "zsh" | "fish";

/** Options whose value is a path. */
const FILE_OPTIONS = new Set(["--socket", "--file", "--config"]);
/** Options whose value is a server name. */
const SERVER_OPTIONS = new Set(["--server", "--name"]);
/** Arguments completed from the daemon, by command path. */
const DYNAMIC_ARGUMENTS: Readonly<Record<string, ArgumentCompletion>> = {
  "backup restore": { kind: "backup-ids" },
};

/**
 * Describes every visible command of a program for completion scripts.
 *
 * @param program The root program.
 * @returns The commands, root first, depth first.
 */
export function completionTree(program: Command): CompletionNode[] {
  const help = program.createHelp();
  const nodes: CompletionNode[] = [];
  const visit = (command: Command, path: string[]): void => {
    const subcommands = help.visibleCommands(command).filter((c) => c.name() !== "help");
    const first = command.registeredArguments[0];
    const choices = first?.argChoices;
    // The root's -s/--server and --socket are valid after a subcommand too.
    const globals = command === program ? [] : help.visibleGlobalOptions(command)
      .filter((o) => o.long !== "--debug" && o.long !== "--version");
    nodes.push({
      path,
      commands: subcommands.map((c) => ({ name: c.name(), description: c.description() })),
      options: [...help.visibleOptions(command), ...globals].map((o) => ({
        names: [o.short, o.long].filter((n): n is string => typeof n === "string"),
        description: o.description,
        takesValue: o.required || o.optional,
        fileValue: FILE_OPTIONS.has(o.long ?? ""),
        serverValue: SERVER_OPTIONS.has(o.long ?? ""),
      })),
      argument: DYNAMIC_ARGUMENTS[path.join(" ")] ??
        (choices ? { kind: "choices", values: [...choices] } : { kind: "none" }),
    });
    for (const sub of subcommands) visit(sub, [...path, sub.name()]);
  };
  visit(program, []);
  return nodes;
}

/**
 * The completion script for a shell.
 *
 * @param program The root program.
 * @param shell The shell.
 * @returns The script's text.
 */
export function completionScript(program: Command, shell: Shell): string {
  const tree = completionTree(program);
  const name = program.name();
  if (shell === "bash") return bashScript(name, tree);
  if (shell === "zsh") return zshScript(name, tree);
  return fishScript(name, tree);
}

/**
 * Adds `completions` and the hidden `__complete` helper.
 *
 * @param program The root program.
 * @param ctx The command context.
 */
export function registerCompletionCommands(program: Command, ctx: CommandContext): void {
  program
    .command("completions")
    .description("Print a shell completion script (see the README for where to put it)")
    .addArgument(new Argument("<shell>", "the shell").choices(["bash", "zsh", "fish"]))
    .action(async (shell: Shell) => {
      await new Output(ctx.io).raw(completionScript(program, shell));
    });

  const helper = program
    .command("__complete", { hidden: true })
    .description("Print completion candidates (used by the completion scripts)")
    .argument("<what>", "what to list: backup-ids, servers");
  clientOptions(helper).action(async (what: string, flags: ClientFlags) => {
    if (what === "servers") {
      const out = new Output(ctx.io);
      const found = await findInstances(undefined, (name) => ctx.io.env(name));
      for (const { name } of found) if (name) await out.line(name);
      return;
    }
    if (what !== "backup-ids") {
      throw usageError(`cannot complete "${what}"`, "use: backup-ids or servers");
    }
    await using conn = await connect(ctx, flags);
    const response = await conn.client.listBackups();
    const out = new Output(ctx.io);
    for (const backup of response.backups ?? []) if (backup.id) await out.line(backup.id);
  });
}
