/**
 * The supervisor's crash restarts on a fake server process and a manual
 * clock: the backoff delay of each restart, its cancellation, the crash
 * loop that ends in ERROR, and the uptime that resets the backoff, all
 * measured by the clock the test moves.
 */
import assert from "node:assert/strict";
import { READY_LINE, withFakeSupervisor } from "../../../tests/helpers/supervisor.ts";
import type { FakeServerProcess } from "../../../tests/helpers/fake_server.ts";

const START_TIMEOUT_MS = 120_000;
const RESTARTING = { startTimeoutSeconds: START_TIMEOUT_MS / 1000, restartOnCrash: true };
const CRASH_LINE = "Exception in server tick loop";
const CRASH_REASON = `exit code 1; last output: ${READY_LINE} | ${CRASH_LINE}`;

/** Starts the server and waits until it is RUNNING; each later spawn becomes ready too. */
async function startReady(
  t: Awaited<ReturnType<typeof withFakeSupervisor>>,
): Promise<FakeServerProcess> {
  t.servers.onSpawn = (server) => queueMicrotask(() => server.print(READY_LINE));
  const started = await t.supervisor.start({ waitForReady: true });
  assert.equal(started.success, true, started.message);
  return t.servers.spawned[0];
}

function crash(server: FakeServerProcess): void {
  server.print(CRASH_LINE);
  server.exit(1);
}

Deno.test("Supervisor: a crash while RUNNING restarts the server after the backoff delay", async () => {
  await using t = await withFakeSupervisor({ server: RESTARTING });
  const begun = t.clock.now();
  const first = await startReady(t);
  t.clock.advance(60_000);
  crash(first);
  await t.until("STARTING");
  assert.equal(t.supervisor.stateMessage, `Restarting in 1 s after a crash: ${CRASH_REASON}`);
  assert.deepEqual(t.supervisor.lastCrash, {
    at: begun + 60_000,
    code: 1,
    signal: null,
    lastLines: [READY_LINE, CRASH_LINE],
    reason: CRASH_REASON,
  });
  assert.equal(t.supervisor.lastExitReason, CRASH_REASON);
  assert.deepEqual(t.clock.pending, [1000], "only the restart is pending");
  assert.equal(t.clock.advance(999), 0);
  assert.equal(t.servers.spawned.length, 1, "no restart before the delay");
  assert.equal(t.clock.advance(1), 1);
  const second = await t.servers.nth(2);
  await t.until("RUNNING");
  assert.equal(t.supervisor.process, second);
  assert.equal(t.supervisor.restarts, 1);
  assert.equal(t.supervisor.stateMessage, "");
  assert.deepEqual(t.transitions, [
    "STOPPED→STARTING",
    "STARTING→RUNNING",
    "RUNNING→STARTING",
    "STARTING→RUNNING",
  ]);
});

for (const how of ["stop", "shutdown"] as const) {
  Deno.test(`Supervisor.${how}() cancels a pending crash restart`, async () => {
    await using t = await withFakeSupervisor({ server: RESTARTING });
    crash(await startReady(t));
    await t.until("STARTING");
    assert.deepEqual(t.clock.pending, [1000]);
    const result = await t.supervisor[how]();
    assert.equal(result.stage, "already-stopped");
    assert.equal(t.supervisor.state, "STOPPED");
    assert.deepEqual(t.clock.pending, [], "the restart timer is cleared");
    assert.equal(t.clock.advance(10 * 60_000), 0);
    assert.equal(t.servers.spawned.length, 1);
    assert.equal(t.supervisor.restarts, 0);
    assert.deepEqual(t.transitions.slice(-2), ["RUNNING→STARTING", "STARTING→STOPPED"]);
  });
}

Deno.test("Supervisor.start() during a pending crash restart starts at once, and only once", async () => {
  await using t = await withFakeSupervisor({ server: RESTARTING });
  crash(await startReady(t));
  await t.until("STARTING");
  const result = await t.supervisor.start({ waitForReady: true });
  const second = t.servers.spawned[1];
  assert.deepEqual(result, { success: true, pid: second.pid, message: "Running after 0.0 s" });
  assert.deepEqual(t.clock.pending, [START_TIMEOUT_MS], "the restart timer is cleared");
  t.clock.advance(1000);
  assert.equal(t.servers.spawned.length, 2);
  assert.equal(t.supervisor.restarts, 0, "a user's start is not an automatic restart");
});

Deno.test("Supervisor: a crash loop backs off 1, 2, 4, 8, 16 s, then gives up in ERROR", async () => {
  await using t = await withFakeSupervisor({ server: RESTARTING });
  crash(await startReady(t));
  // The restarted servers crash while starting, before their ready line.
  t.servers.onSpawn = null;
  for (const [i, delay] of [1000, 2000, 4000, 8000, 16_000].entries()) {
    await t.clock.timerSet(delay);
    assert.deepEqual(t.clock.pending, [delay]);
    assert.equal(t.supervisor.state, "STARTING");
    assert.match(t.supervisor.stateMessage, new RegExp(`^Restarting in ${delay / 1000} s after`));
    assert.equal(t.clock.advance(delay - 1), 0);
    assert.equal(t.servers.spawned.length, i + 1, "no restart before the delay");
    t.clock.advance(1);
    crash(await t.servers.nth(i + 2));
  }
  await t.until("ERROR");
  assert.equal(
    t.supervisor.stateMessage,
    `Crashed 6 times within 10 minutes; not restarting again. Last crash: exit code 1; ` +
      `last output: ${CRASH_LINE}`,
  );
  assert.equal(t.supervisor.crashLoopGiveUps, 1);
  assert.equal(t.supervisor.restarts, 5);
  assert.deepEqual(t.clock.pending, []);
  assert.equal(t.servers.spawned.length, 6);
  assert.deepEqual(t.transitions, [
    "STOPPED→STARTING",
    "STARTING→RUNNING",
    "RUNNING→STARTING",
    "STARTING→ERROR",
  ]);
});

const uptimes = [
  { uptimeMs: 5 * 60_000 - 1, delay: 2000, what: "doubles after less than 5 minutes of uptime" },
  { uptimeMs: 5 * 60_000, delay: 1000, what: "starts over after 5 minutes of uptime" },
];

for (const c of uptimes) {
  Deno.test(`Supervisor: the crash backoff ${c.what}, by the clock`, async () => {
    await using t = await withFakeSupervisor({ server: RESTARTING });
    crash(await startReady(t));
    await t.clock.timerSet(1000);
    t.clock.advance(1000);
    const second = await t.servers.nth(2);
    await t.until("RUNNING");
    t.clock.advance(c.uptimeMs);
    crash(second);
    await t.until("STARTING");
    assert.deepEqual(t.clock.pending, [c.delay]);
  });
}

Deno.test("Supervisor: a crash without server.restartOnCrash ends in ERROR", async () => {
  await using t = await withFakeSupervisor({ server: { ...RESTARTING, restartOnCrash: false } });
  const server = await startReady(t);
  server.signal("SIGKILL");
  await t.until("ERROR");
  assert.equal(t.supervisor.stateMessage, `Crashed: killed by SIGKILL; last output: ${READY_LINE}`);
  assert.equal(t.supervisor.lastCrash?.signal, "SIGKILL");
  assert.deepEqual(t.clock.pending, []);
  assert.equal(t.servers.spawned.length, 1);
});

Deno.test("Supervisor: a restart that cannot spawn ends in ERROR, saying why", async () => {
  await using t = await withFakeSupervisor({ server: RESTARTING });
  crash(await startReady(t));
  await t.until("STARTING");
  await Deno.remove(t.supervisor.serverDirectory, { recursive: true });
  t.clock.advance(1000);
  await t.until("ERROR");
  assert.equal(
    t.supervisor.stateMessage,
    `Restart after a crash failed: The server directory ${t.supervisor.serverDirectory} ` +
      "does not exist",
  );
  assert.equal(t.servers.spawned.length, 1);
  assert.equal(t.supervisor.restarts, 0);
});
