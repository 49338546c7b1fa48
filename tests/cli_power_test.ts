/**
 * `start`, `stop` and `restart` against a real daemon: outputs, pids,
 * `--json`, `--no-wait`, `--force`, exit code 1 for a start that fails, and
 * exit code 3 once the daemon is gone.
 *
 * Kind: in-process tables against a real daemon (a child process, over its
 * real socket): the CLI runs in this process on injected streams
 * (`runCliInProcess`).
 *
 * @module
 */
import assert from "node:assert/strict";
import { type CliResult, runCliInProcess } from "./helpers/cli.ts";
import { startDaemon } from "./helpers/daemon.ts";

function show(args: readonly string[], result: CliResult): string {
  return `atlas-runner ${args.join(" ")} → ${result.code}\n` +
    `stdout: ${result.stdout}\nstderr: ${result.stderr}`;
}

async function cli(socket: string, args: string[], code = 0): Promise<CliResult> {
  const result = await runCliInProcess([...args, "--socket", socket]);
  assert.equal(result.code, code, show(args, result));
  return result;
}

function pidAlive(pid: number): boolean {
  try {
    Deno.kill(pid, "SIGCONT");
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

Deno.test("start, stop and restart report pids and how the server stopped", async () => {
  await using daemon = await startDaemon();
  const s = daemon.socketPath;
  const start = await cli(s, ["start"]);
  const pid = Number(
    /^Server is running \(pid (\d+)\), ready after \d+\.\ds\n$/.exec(start.stdout)?.[1],
  );
  assert.ok(pid > 0 && pidAlive(pid), show(["start"], start));
  assert.equal(start.stderr, "", "no spinner without a terminal");

  const again = await cli(s, ["start"], 1);
  assert.match(again.stderr, /^error: .*running.*\nhint: /);

  const stop = await cli(s, ["stop"]);
  assert.match(stop.stdout, /stop/i);
  assert.ok(!pidAlive(pid), "the stop waited for the server to exit");

  const noWait = JSON.parse((await cli(s, ["start", "--no-wait", "--json"])).stdout);
  assert.equal(noWait.success, true);
  assert.equal(noWait.waitedForReady, false);
  assert.ok(Number.isInteger(noWait.pid) && noWait.pid > 0);
  assert.equal(typeof noWait.elapsedMs, "number");

  const restart = JSON.parse((await cli(s, ["restart", "--json"])).stdout);
  assert.equal(restart.stop.success, true);
  assert.equal(restart.start.success, true);
  assert.equal(restart.start.waitedForReady, true);
  assert.notEqual(restart.start.pid, noWait.pid);
  const status = JSON.parse((await cli(s, ["status", "--json"])).stdout);
  assert.equal(status.state, "running");

  const forced = JSON.parse((await cli(s, ["stop", "--force", "--json"])).stdout);
  assert.equal(forced.success, true);
  assert.match(forced.message, /SIGKILL/);

  const restartStopped = await cli(s, ["restart"]);
  // The daemon's words for "nothing to stop", then the start.
  assert.match(restartStopped.stdout, /^.*(stopped|not running).*\nServer is running \(pid \d+\)/i);

  const stopJson = JSON.parse((await cli(s, ["stop", "--timeout", "5", "--json"])).stdout);
  assert.deepEqual(Object.keys(stopJson).sort(), ["message", "success"]);
});

Deno.test("start exits 1 when the server fails to start, and the status says so", async () => {
  await using daemon = await startDaemon({ env: { ATLAS_DEMO_EXIT_AT_START: "1" } });
  const result = await cli(daemon.socketPath, ["start"], 1);
  assert.match(result.stderr, /^error: .+\nhint: see its state with: atlas-runner status/);
  assert.equal(result.stdout, "");
  const status = JSON.parse((await cli(daemon.socketPath, ["status", "--json"])).stdout);
  assert.notEqual(status.state, "running");
});

Deno.test("commands exit 3 once the daemon has stopped", async () => {
  await using daemon = await startDaemon();
  await cli(daemon.socketPath, ["ping"]);
  await daemon.stop();
  const result = await cli(daemon.socketPath, ["status"], 3);
  assert.equal(
    result.stderr,
    `error: no daemon is listening on ${daemon.socketPath}\nhint: start one with: atlas-runner daemon\n`,
  );
});
