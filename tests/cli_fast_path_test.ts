/**
 * The start-up fast path for `status` (`cmd/fast.ts`): it takes only the
 * common forms, and for those it prints and exits exactly as the commander
 * program does, against a real daemon and without one.
 *
 * Kind: in-process (both paths on in-memory streams; `cli_process_test.ts`
 * runs them through `main.ts`).
 *
 * @module
 */
import assert from "node:assert/strict";
import { fastStatusFlags, runFast } from "../cmd/fast.ts";
import { runCli } from "../cmd/mod.ts";
import { memoryIo } from "./helpers/cli.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { withTmpDir } from "./helpers/tmp.ts";

Deno.test("fastStatusFlags() takes status with --json and --socket, and leaves everything else to commander", () => {
  assert.deepEqual(fastStatusFlags(["status"]), { interval: 2 });
  assert.deepEqual(fastStatusFlags(["status", "--json", "--socket", "/s"]), {
    interval: 2,
    json: true,
    socket: "/s",
  });
  assert.deepEqual(fastStatusFlags(["status", "--socket=/s", "--json"]), {
    interval: 2,
    json: true,
    socket: "/s",
  });
  for (
    const argv of [
      [],
      ["ping"],
      ["--debug", "status"],
      ["status", "--debug"],
      ["status", "--help"],
      ["status", "-h"],
      ["status", "--watch"],
      ["status", "-w"],
      ["status", "--interval", "5"],
      ["status", "--json", "--json"],
      ["status", "--socket"],
      ["status", "--socket", ""],
      ["status", "--socket", "--json"],
      ["status", "--socket=", "--json"],
      ["status", "--socket", "/a", "--socket", "/b"],
      ["status", "extra"],
      ["status", "--"],
      ["status", "--jso"],
    ]
  ) {
    assert.equal(fastStatusFlags(argv), null, argv.join(" "));
  }
});

/** Runs argv through both paths and returns [fast, commander] results. */
async function both(argv: string[], env: Record<string, string> = {}) {
  const fastIo = memoryIo(env);
  const fastCode = await runFast(argv, fastIo);
  const fullIo = memoryIo(env);
  const fullCode = await runCli(argv, fullIo);
  return [
    { code: fastCode, stdout: fastIo.stdout.text(), stderr: fastIo.stderr.text() },
    { code: fullCode, stdout: fullIo.stdout.text(), stderr: fullIo.stderr.text() },
  ];
}

Deno.test("runFast() prints and exits like the commander program for status against a real daemon", async () => {
  await using daemon = await startDaemon();
  for (
    const argv of [
      ["status", "--socket", daemon.socketPath],
      ["status", "--json", `--socket=${daemon.socketPath}`],
    ]
  ) {
    const [fast, full] = await both(argv);
    assert.equal(fast.code, 0);
    assert.deepEqual(fast, full, argv.join(" "));
    assert.match(fast.stdout, /stopped/);
  }
  // The socket from the environment, as commander's path reads it.
  const [fast, full] = await both(["status"], { ATLAS_RUNNER_SOCKET: daemon.socketPath });
  assert.deepEqual(fast, full);
  assert.match(fast.stdout, /stopped/);
});

Deno.test("runFast() fails like the commander program when no daemon listens (exit code 3)", async () => {
  await using dir = await withTmpDir();
  const [fast, full] = await both(["status", "--socket", `${dir.path}/none.sock`]);
  assert.equal(fast.code, 3);
  assert.deepEqual(fast, full);
  assert.match(fast.stderr, /^error: no daemon is listening on .*none\.sock\nhint: /);
  assert.equal(await runFast(["status", "--help"], memoryIo()), null);
});

Deno.test("runFast() prints the version like the commander program", async () => {
  for (const argv of [["--version"], ["-V"]]) {
    const [fast, full] = await both(argv);
    assert.equal(fast.code, 0);
    assert.deepEqual(fast, full, argv.join(" "));
    assert.match(fast.stdout, /^\d+\.\d+\.\d+\n$/);
  }
  assert.equal(await runFast(["--version", "--json"], memoryIo()), null);
});
