/**
 * What only a real `atlas-runner` process shows, which the in-process tables
 * (`runCliInProcess`) cannot: `main.ts`'s dispatch (the start-up fast path,
 * else the commander program) and the exit code it exits with, the same
 * output as in-process for the same argv, `--debug` (which configures
 * logging for the process), and a relative `--socket` (resolved against the
 * process's working directory). Signals, terminals and the interactive
 * console are in `cli_interactive_test.ts`; `demo-server`'s own exit codes
 * in `lib/demo/console_test.ts`.
 *
 * Kind: subprocess. Each case runs `main.ts` as a child, as users run it.
 *
 * @module
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { type CliResult, runCli, runCliInProcess } from "./helpers/cli.ts";
import { withTmpDir } from "./helpers/tmp.ts";

function show(args: readonly string[], result: CliResult): string {
  return `atlas-runner ${args.join(" ")} → ${result.code}\n` +
    `stdout: ${result.stdout}\nstderr: ${result.stderr}`;
}

Deno.test("main.ts exits with the code and prints the output the in-process run returns", async () => {
  await using dir = await withTmpDir();
  const socket = join(dir.path, "absent.sock");
  /** [argv, the exit code]: the fast path's forms, then the commander program's. */
  const cases: [string[], number][] = [
    [["--version"], 0],
    [["status", "--socket", socket], 3],
    [["status", "--json", `--socket=${socket}`], 3],
    [["--help"], 0],
    [["ping", "--socket", socket], 3],
    [["version", "--json", "--socket", socket], 0],
    [["statu"], 2],
    [["config", "set", "backups.keep"], 2],
  ];
  for (const [args, code] of cases) {
    const child = await runCli(args);
    assert.equal(child.code, code, show(args, child));
    // Byte for byte the same: the in-process tables stand for main.ts.
    assert.deepEqual(await runCliInProcess(args), child, show(args, child));
  }
});

Deno.test("--debug adds the stack trace to the no-daemon error", async () => {
  await using dir = await withTmpDir();
  const socket = join(dir.path, "absent.sock");
  const result = await runCli(["status", "--debug", "--socket", socket]);
  assert.equal(result.code, 3);
  assert.match(result.stderr, /^error: no daemon is listening on .*\nhint: start one with/);
  assert.match(result.stderr, /CliError: no daemon is listening[\s\S]*\n\s+at /);
  assert.match(result.stderr, /caused by: IpcError/);
});

Deno.test("a relative --socket is taken from the working directory", async () => {
  await using dir = await withTmpDir();
  const result = await runCli(["ping", "--socket", "rel.sock"], { cwd: dir.path });
  assert.equal(result.code, 3, result.stderr);
  assert.ok(
    result.stderr.startsWith(`error: no daemon is listening on ${join(dir.path, "rel.sock")}\n`),
    result.stderr,
  );
});
