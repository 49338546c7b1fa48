import assert from "node:assert/strict";
import { Argument, Command } from "commander";
import { IpcError } from "../lib/protocol/errors.ts";
import { CliError, exitCodeFor, formatUserError, unreachableError, usageError } from "./errors.ts";

Deno.test("exitCodeFor() maps failures to 1, usage to 2, an absent daemon to 3", () => {
  const commander = (code: string, exitCode = 1) =>
    Object.assign(new Error(code), { code, exitCode });
  const cases: [unknown, number][] = [
    [new IpcError("NOT_FOUND", "Backup x does not exist"), 1],
    [new IpcError("DAEMON_UNREACHABLE", "Cannot connect"), 3],
    [unreachableError("/x.sock"), 3],
    [usageError("bad"), 2],
    [new CliError("failed"), 1],
    [commander("commander.unknownOption"), 2],
    [commander("commander.help"), 2],
    [commander("commander.helpDisplayed", 0), 0],
    [commander("commander.version", 0), 0],
    [new TypeError("boom"), 1],
  ];
  for (const [error, code] of cases) assert.equal(exitCodeFor(error), code, String(error));
});

Deno.test("formatUserError() writes one sentence and a hint, no stack without debug", () => {
  assert.equal(
    formatUserError(unreachableError("/run/a.sock")),
    "error: no daemon is listening on /run/a.sock\nhint: start one with: atlas-runner daemon\n",
  );
  assert.equal(
    formatUserError(new IpcError("NOT_RUNNING", "The server is not running.")),
    "error: the server is not running\nhint: start the server with: atlas-runner start\n",
  );
  assert.equal(
    formatUserError(new IpcError("FAILED", "RCON refused", { details: "bad password" })),
    "error: RCON refused\nhint: bad password\n",
  );
  const commander = Object.assign(
    new Error("error: unknown option '--jsn'\n(Did you mean --json?)"),
    {
      code: "commander.unknownOption",
      exitCode: 1,
    },
  );
  assert.equal(
    formatUserError(commander),
    "error: unknown option '--jsn'\nhint: did you mean --json?\n",
  );
  const plain = formatUserError(new Error("Something broke"));
  assert.equal(plain, "error: something broke\nhint: run it again with --debug for the details\n");
});

Deno.test("formatUserError() adds the code, details and stacks with debug", () => {
  const error = new IpcError("INTERNAL", "Oops", {
    details: "more",
    cause: new Error("root cause"),
  });
  const text = formatUserError(error, { debug: true });
  assert.match(text, /^error: oops\nhint: more\ncode: INTERNAL\n/);
  assert.match(text, /IpcError: Oops\n\s+at /);
  assert.match(text, /caused by: Error: root cause/);
});

Deno.test("formatUserError() words commander's refused choice without its jargon", () => {
  const program = new Command().exitOverride().configureOutput({ writeErr: () => {} });
  program.command("completions")
    .addArgument(new Argument("<shell>", "the shell").choices(["bash", "zsh", "fish"]))
    .action(() => {});
  let caught: unknown;
  try {
    program.parse(["completions", "tcsh"], { from: "user" });
  } catch (error) {
    caught = error;
  }
  assert.equal(
    formatUserError(caught, { fallbackHint: "see: atlas-runner completions --help" }),
    'error: unknown shell "tcsh": choose bash, zsh or fish\n' +
      "hint: see: atlas-runner completions --help\n",
  );
});
