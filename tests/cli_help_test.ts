/**
 * The help text of every client command, compared with the checked-in
 * snapshot `tests/fixtures/cli_help.txt` (the only snapshot of the CLI
 * suites). After an intended change, regenerate it with:
 *
 *     UPDATE_SNAPSHOTS=1 deno test -A tests/cli_help_test.ts
 *
 * Kind: in-process (the program built on in-memory streams).
 *
 * @module
 */
import assert from "node:assert/strict";
import type { Command } from "commander";
import { buildProgram } from "../cmd/mod.ts";
import { memoryIo } from "./helpers/cli.ts";

const SNAPSHOT = new URL("./fixtures/cli_help.txt", import.meta.url);
/** Daemon-side commands document themselves; their owners keep their help. */
const SKIPPED = new Set(["daemon", "demo-server"]);

function helpTexts(): string {
  const program = buildProgram(memoryIo());
  const sections: string[] = [];
  const visit = (command: Command, path: string[]): void => {
    let text = "";
    // Captured synchronously here; outputHelp() also prints addHelpText() parts.
    command.configureOutput({ writeOut: (chunk) => text += chunk });
    command.outputHelp();
    // The daemon-side commands' one-line descriptions belong to their
    // owners: leave them out, so changing them does not break this snapshot.
    text = text.split("\n").filter((line) => !/^ {2}(daemon|demo-server) /.test(line)).join("\n");
    sections.push(`$ ${[...path, "--help"].join(" ")}\n${text}`);
    for (const sub of program.createHelp().visibleCommands(command)) {
      if (sub.name() === "help" || SKIPPED.has(sub.name())) continue;
      visit(sub, [...path, sub.name()]);
    }
  };
  visit(program, ["atlas-runner"]);
  return sections.join("\n");
}

Deno.test("buildProgram() help text matches the snapshot for every client command", async () => {
  const actual = helpTexts();
  if (Deno.env.get("UPDATE_SNAPSHOTS") === "1") await Deno.writeTextFile(SNAPSHOT, actual);
  const expected = await Deno.readTextFile(SNAPSHOT);
  assert.equal(
    actual,
    expected,
    "help changed: regenerate with UPDATE_SNAPSHOTS=1 (see the module doc)",
  );
});

Deno.test("buildProgram() gives every visible command a description", () => {
  const program = buildProgram(memoryIo());
  const missing: string[] = [];
  const visit = (command: Command, path: string): void => {
    for (const sub of program.createHelp().visibleCommands(command)) {
      if (sub.name() === "help") continue;
      if (!sub.description()) missing.push(`${path} ${sub.name()}`);
      visit(sub, `${path} ${sub.name()}`);
    }
  };
  visit(program, "atlas-runner");
  assert.deepEqual(missing, []);
});
