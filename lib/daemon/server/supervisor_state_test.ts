/**
 * The supervisor's state machine on a fake server process and a manual
 * clock: every transition and timer, stepped by hand, so a 120 s start
 * timeout takes microseconds and a stage that fires a millisecond early
 * fails. Crash restarts are in `supervisor_crash_test.ts`; real processes in
 * `supervisor_test.ts` and the end-to-end suites.
 */
import assert from "node:assert/strict";
import { readServerPid } from "./pid_file.ts";
import { READY_LINE, withFakeSupervisor } from "../../../tests/helpers/supervisor.ts";
import type { FakeBehaviour, FakeServerProcess } from "../../../tests/helpers/fake_server.ts";
import type { ManualClock } from "../../../tests/helpers/manual_clock.ts";
import type { StopStage } from "./stop.ts";

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const TERM_TIMEOUT_MS = 10_000;
const TIMEOUTS = { startTimeoutSeconds: START_TIMEOUT_MS / 1000, stopTimeoutSeconds: 30 };

/**
 * Steps the clock to one millisecond before a wait of `ms` ends, checks
 * that no timer fired and no new signal arrived, then to its end.
 */
function stepThrough(clock: ManualClock, process: FakeServerProcess, ms: number): void {
  const before = [...process.signals];
  assert.equal(clock.advance(ms - 1), 0, `a timer fired before ${ms} ms`);
  assert.deepEqual(process.signals, before, `a signal arrived before ${ms} ms`);
  assert.equal(clock.advance(1), 1, `no timer fired at ${ms} ms`);
}

Deno.test("Supervisor.start() answers once the ready line is printed, with the time it took by the clock", async () => {
  await using t = await withFakeSupervisor({ server: TIMEOUTS });
  const started = t.supervisor.start({ waitForReady: true });
  const server = await t.servers.nth(1);
  assert.equal(t.supervisor.state, "STARTING");
  assert.deepEqual(server.command, ["fake-server", "nogui"]);
  t.clock.advance(2500);
  server.print('Preparing level "world"');
  assert.equal(t.supervisor.state, "STARTING", "a line that is not the ready line");
  server.print(READY_LINE);
  const result = await started;
  assert.deepEqual(result, { success: true, pid: server.pid, message: "Running after 2.5 s" });
  assert.equal(t.supervisor.state, "RUNNING");
  assert.equal(t.supervisor.process?.uptimeSeconds, 2);
  assert.deepEqual(t.transitions, ["STOPPED→STARTING", "STARTING→RUNNING"]);
  assert.deepEqual(t.logs.tail(2), ['Preparing level "world"', READY_LINE]);
  assert.equal((await readServerPid(t.dataDirectory))?.pid, server.pid);
});

Deno.test("Supervisor.start() without waitForReady answers at once with the pid, still STARTING", async () => {
  await using t = await withFakeSupervisor({ server: TIMEOUTS });
  const result = await t.supervisor.start();
  const server = t.servers.spawned[0];
  assert.deepEqual(result, {
    success: true,
    pid: server.pid,
    message: `Starting (pid ${server.pid})`,
  });
  assert.equal(t.supervisor.state, "STARTING");
  server.print(READY_LINE);
  assert.equal(t.supervisor.state, "RUNNING");
});

Deno.test("Supervisor.start() counts a ready line printed before the run was set up", async () => {
  await using t = await withFakeSupervisor({ server: TIMEOUTS });
  // A fast server's first output may arrive while the supervisor is still spawning it.
  t.servers.onSpawn = (server) => server.print(READY_LINE);
  const result = await t.supervisor.start({ waitForReady: true });
  assert.deepEqual(result, {
    success: true,
    pid: t.servers.spawned[0].pid,
    message: "Running after 0.0 s",
  });
  assert.deepEqual(t.transitions, ["STOPPED→STARTING", "STARTING→RUNNING"]);
});

Deno.test("Supervisor.start() leaves a starting or running server alone", async () => {
  await using t = await withFakeSupervisor({ server: TIMEOUTS });
  await t.supervisor.start();
  const server = t.servers.spawned[0];
  assert.deepEqual(await t.supervisor.start({ waitForReady: true }), {
    success: false,
    pid: server.pid,
    message: "Already starting",
  });
  server.print(READY_LINE);
  assert.deepEqual(await t.supervisor.start(), {
    success: false,
    pid: server.pid,
    message: "Already running",
  });
  assert.equal(t.servers.spawned.length, 1);
  assert.deepEqual(t.transitions, ["STOPPED→STARTING", "STARTING→RUNNING"]);
});

const startTimeouts: Array<{
  name: string;
  behaviour: FakeBehaviour;
  signals: Deno.Signal[];
  reason: string;
}> = [
  {
    name: "SIGTERM ends a server that exits on it",
    behaviour: {},
    signals: ["SIGTERM"],
    reason: "Did not become ready within 120 s (killed by SIGTERM; last output: Loading libraries)",
  },
  {
    name: "SIGKILL follows after termTimeoutMs when it ignores SIGTERM",
    behaviour: { ignoreSigterm: true },
    signals: ["SIGTERM", "SIGKILL"],
    reason: "Did not become ready within 120 s (killed by SIGKILL; last output: Loading libraries)",
  },
];

for (const c of startTimeouts) {
  Deno.test(`Supervisor: the start timeout fires only after server.startTimeoutSeconds; ${c.name}`, async () => {
    await using t = await withFakeSupervisor({ server: TIMEOUTS, termTimeoutMs: TERM_TIMEOUT_MS });
    t.servers.behaviour = c.behaviour;
    const started = t.supervisor.start({ waitForReady: true });
    const server = await t.servers.nth(1);
    server.print("Loading libraries");
    await t.clock.timerSet(START_TIMEOUT_MS);
    stepThrough(t.clock, server, START_TIMEOUT_MS);
    assert.deepEqual(server.signals, ["SIGTERM"]);
    assert.ok(server.stopBegun, "a wrapper's group is waited for, as in a stop");
    if (c.signals.includes("SIGKILL")) {
      assert.equal(t.supervisor.state, "STARTING");
      stepThrough(t.clock, server, TERM_TIMEOUT_MS);
    }
    assert.deepEqual(server.signals, c.signals);
    assert.deepEqual(await started, { success: false, pid: server.pid, message: c.reason });
    assert.equal(t.supervisor.state, "ERROR");
    assert.equal(t.supervisor.stateMessage, c.reason);
    assert.deepEqual(t.clock.pending, [], "no timer outlives the run");
    assert.deepEqual(t.transitions, ["STOPPED→STARTING", "STARTING→ERROR"]);
  });
}

Deno.test("Supervisor: the start timeout does not fire for a server that became ready", async () => {
  await using t = await withFakeSupervisor({ server: TIMEOUTS });
  await t.supervisor.start();
  const server = t.servers.spawned[0];
  server.print(READY_LINE);
  t.clock.advance(START_TIMEOUT_MS * 2);
  assert.deepEqual(server.signals, []);
  assert.equal(t.supervisor.state, "RUNNING");
});

const startFailures: Array<{
  name: string;
  lines: string[];
  end: (server: FakeServerProcess) => void;
  reason: (serverDirectory: string) => string;
}> = [
  {
    name: "an exit code, with the last 3 non-blank lines",
    lines: ["one", "two", "", "three", "four", "five", "  "],
    end: (server) => server.exit(1),
    reason: () => "Exited during start-up: exit code 1; last output: three | four | five",
  },
  {
    name: "a signal from elsewhere (the OOM killer)",
    lines: ["Loading libraries"],
    end: (server) => server.signal("SIGKILL"),
    reason: () => "Exited during start-up: killed by SIGKILL; last output: Loading libraries",
  },
  {
    name: "a clean exit without output",
    lines: [],
    end: (server) => server.exit(0),
    reason: () => "Exited during start-up: exit code 0",
  },
  {
    name: "the EULA line, explained in words",
    lines: ["You need to agree to the EULA in order to run the server. Go to eula.txt."],
    end: (server) => server.exit(0),
    reason: (dir) =>
      "The server stopped because the Minecraft EULA is not accepted: read " +
      `https://aka.ms/MinecraftEULA, then set eula=true in ${dir}/eula.txt ` +
      "(or let the daemon write it before each start: " +
      "atlas-runner config set server.acceptEula true)",
  },
];

for (const c of startFailures) {
  Deno.test(`Supervisor: an exit while STARTING is a failed start (ERROR, no restart): ${c.name}`, async () => {
    // restartOnCrash does not apply: a server that never came up would only fail again.
    await using t = await withFakeSupervisor({ server: { ...TIMEOUTS, restartOnCrash: true } });
    const started = t.supervisor.start({ waitForReady: true });
    const server = await t.servers.nth(1);
    if (c.lines.length > 0) server.print(...c.lines);
    c.end(server);
    const reason = c.reason(t.supervisor.serverDirectory);
    assert.deepEqual(await started, { success: false, pid: server.pid, message: reason });
    assert.equal(t.supervisor.state, "ERROR");
    assert.equal(t.supervisor.stateMessage, reason);
    assert.equal(t.supervisor.process, null);
    assert.deepEqual(t.clock.pending, [], "no restart and no start timer left");
    assert.equal(t.supervisor.restarts, 0);
    assert.deepEqual(t.transitions, ["STOPPED→STARTING", "STARTING→ERROR"]);
  });
}

const stops: Array<{
  name: string;
  behaviour: FakeBehaviour;
  options?: { force?: boolean; timeoutSeconds?: number };
  /** The waits (ms) the stop steps through, each ending in the next signal. */
  waits: number[];
  signals: Deno.Signal[];
  stdin: string[];
  stage: StopStage;
  message: string;
}> = [
  {
    name: "the stop command, read and obeyed",
    behaviour: {},
    waits: [],
    signals: [],
    stdin: ["stop"],
    stage: "stop-command",
    message: 'Stopped by "stop" in 0.0 s',
  },
  {
    name: "SIGTERM after the stop timeout",
    behaviour: { exitOn: null },
    waits: [STOP_TIMEOUT_MS],
    signals: ["SIGTERM"],
    stdin: ["stop"],
    stage: "sigterm",
    message: 'Stopped by SIGTERM ("stop" timed out after 30 s) in 30.0 s',
  },
  {
    name: "SIGKILL after termTimeoutMs more",
    behaviour: { exitOn: null, ignoreSigterm: true },
    waits: [STOP_TIMEOUT_MS, TERM_TIMEOUT_MS],
    signals: ["SIGTERM", "SIGKILL"],
    stdin: ["stop"],
    stage: "sigkill",
    message: "Killed by SIGKILL (SIGTERM timed out) in 40.0 s",
  },
  {
    name: "the request's timeoutSeconds over the config's",
    behaviour: { exitOn: null },
    options: { timeoutSeconds: 5 },
    waits: [5000],
    signals: ["SIGTERM"],
    stdin: ["stop"],
    stage: "sigterm",
    message: 'Stopped by SIGTERM ("stop" timed out after 5 s) in 5.0 s',
  },
  {
    name: "SIGTERM when the console does not take the stop command in time",
    behaviour: { deaf: true },
    waits: [STOP_TIMEOUT_MS],
    signals: ["SIGTERM"],
    stdin: [],
    stage: "sigterm",
    message: 'Stopped by SIGTERM (the console did not take "stop" within 30 s) in 30.0 s',
  },
  {
    name: "force: SIGKILL at once",
    behaviour: { exitOn: null, ignoreSigterm: true },
    options: { force: true },
    waits: [],
    signals: ["SIGKILL"],
    stdin: [],
    stage: "sigkill",
    message: "Killed (SIGKILL, forced) in 0.0 s",
  },
];

for (const c of stops) {
  Deno.test(`Supervisor.stop() stops in stages: ${c.name}`, async () => {
    await using t = await withFakeSupervisor({ server: TIMEOUTS, termTimeoutMs: TERM_TIMEOUT_MS });
    t.servers.behaviour = c.behaviour;
    await t.supervisor.start();
    const server = t.servers.spawned[0];
    server.print(READY_LINE);
    const stopped = t.supervisor.stop(c.options);
    for (const [i, ms] of c.waits.entries()) {
      await t.clock.timerSet(ms);
      assert.equal(t.supervisor.state, "STOPPING");
      stepThrough(t.clock, server, ms);
      await server.signalled(c.signals[i]);
    }
    const result = await stopped;
    assert.equal(result.stage, c.stage);
    assert.equal(result.message, c.message);
    assert.equal(result.elapsedMs, c.waits.reduce((sum, ms) => sum + ms, 0));
    assert.deepEqual(server.signals, c.signals);
    assert.deepEqual(server.stdin, c.stdin);
    assert.equal(t.supervisor.state, "STOPPED");
    assert.equal(t.supervisor.process, null);
    assert.equal(await readServerPid(t.dataDirectory), null, "server.pid is removed");
    assert.deepEqual(t.clock.pending, [], "no timer outlives the stop");
    assert.deepEqual(t.transitions, [
      "STOPPED→STARTING",
      "STARTING→RUNNING",
      "RUNNING→STOPPING",
      "STOPPING→STOPPED",
    ]);
  });
}

Deno.test("Supervisor.stop() measures the stop command's time by the clock", async () => {
  await using t = await withFakeSupervisor({ server: TIMEOUTS });
  t.servers.behaviour = { exitOn: null };
  await t.supervisor.start();
  const server = t.servers.spawned[0];
  server.print(READY_LINE);
  const stopped = t.supervisor.stop();
  await server.received("stop");
  assert.equal(t.clock.advance(4000), 0);
  server.exit(0);
  const result = await stopped;
  assert.equal(result.stage, "stop-command");
  assert.equal(result.elapsedMs, 4000);
  assert.equal(result.message, 'Stopped by "stop" in 4.0 s');
  assert.equal(
    t.supervisor.lastExitReason,
    `Stopped on request (exit code 0; last output: ${READY_LINE})`,
  );
});

Deno.test("Supervisor.stop() of a stopped server is a no-op", async () => {
  await using t = await withFakeSupervisor({ server: TIMEOUTS });
  const result = await t.supervisor.stop();
  assert.deepEqual(result, { stage: "already-stopped", elapsedMs: 0, message: "Already stopped" });
  assert.equal(t.supervisor.state, "STOPPED");
  assert.deepEqual(t.transitions, []);
  assert.deepEqual(t.servers.spawned, []);
});

Deno.test("Supervisor.stop() of a starting server stops it: no failed start, STOPPED", async () => {
  await using t = await withFakeSupervisor({ server: TIMEOUTS });
  const started = t.supervisor.start({ waitForReady: true });
  const server = await t.servers.nth(1);
  const result = await t.supervisor.stop();
  assert.equal(result.stage, "stop-command");
  assert.deepEqual(await started, {
    success: false,
    pid: server.pid,
    message: "Stopped before it became ready",
  });
  assert.equal(t.supervisor.state, "STOPPED");
  t.clock.advance(START_TIMEOUT_MS);
  assert.deepEqual(server.signals, [], "the start timeout went with the run");
  assert.deepEqual(t.transitions, ["STOPPED→STARTING", "STARTING→STOPPING", "STOPPING→STOPPED"]);
});

Deno.test("Supervisor.start() while STOPPING waits for the power lock, then starts a new server", async () => {
  await using t = await withFakeSupervisor({ server: TIMEOUTS });
  t.servers.behaviour = { exitOn: null };
  await t.supervisor.start();
  const first = t.servers.spawned[0];
  first.print(READY_LINE);
  const stopped = t.supervisor.stop();
  await first.received("stop");
  assert.equal(t.supervisor.state, "STOPPING");
  const events: string[] = [];
  t.servers.onSpawn = (server) => {
    events.push(`spawn while ${t.supervisor.state}`);
    queueMicrotask(() => server.print(READY_LINE));
  };
  const started = t.supervisor.start({ waitForReady: true });
  stopped.then(() => events.push("stopped"));
  first.exit(0);
  const result = await started;
  assert.equal((await stopped).stage, "stop-command");
  const second = t.servers.spawned[1];
  assert.deepEqual(result, { success: true, pid: second.pid, message: "Running after 0.0 s" });
  assert.deepEqual(events, ["stopped", "spawn while STOPPED"]);
  assert.deepEqual(t.transitions, [
    "STOPPED→STARTING",
    "STARTING→RUNNING",
    "RUNNING→STOPPING",
    "STOPPING→STOPPED",
    "STOPPED→STARTING",
    "STARTING→RUNNING",
  ]);
});

Deno.test("Supervisor.exclusive() holds a start back until its section has stopped and started the server", async () => {
  await using t = await withFakeSupervisor({ server: TIMEOUTS });
  t.servers.onSpawn = (server) => queueMicrotask(() => server.print(READY_LINE));
  await t.supervisor.start({ waitForReady: true });
  const entered = Promise.withResolvers<void>();
  const section = t.supervisor.exclusive(async (power) => {
    entered.resolve();
    const stopped = await power.stop();
    const started = await power.start();
    return [stopped.stage, started.message];
  });
  await entered.promise;
  // Run in the section's middle, it would find the server stopping ("Already starting") or gone.
  const outside = await t.supervisor.start();
  assert.deepEqual(await section, ["stop-command", "Running after 0.0 s"]);
  const second = t.servers.spawned[1];
  assert.deepEqual(outside, { success: false, pid: second.pid, message: "Already running" });
  assert.equal(t.servers.spawned.length, 2);
  assert.deepEqual(t.transitions.slice(2), [
    "RUNNING→STOPPING",
    "STOPPING→STOPPED",
    "STOPPED→STARTING",
    "STARTING→RUNNING",
  ]);
});

Deno.test("Supervisor.onStateChange() reports each transition once, in order, until removed", async () => {
  await using t = await withFakeSupervisor({ server: TIMEOUTS });
  const seen: string[] = [];
  const off = t.supervisor.onStateChange((state, previous) => seen.push(`${previous}→${state}`));
  t.supervisor.onStateChange(() => {
    throw new Error("a broken listener");
  });
  await t.supervisor.start();
  t.servers.spawned[0].print(READY_LINE, READY_LINE);
  t.servers.spawned[0].print(READY_LINE);
  await t.supervisor.stop();
  off();
  await t.supervisor.start();
  assert.deepEqual(seen, [
    "STOPPED→STARTING",
    "STARTING→RUNNING",
    "RUNNING→STOPPING",
    "STOPPING→STOPPED",
  ]);
  assert.equal(t.transitions.length, 5, "the other listener saw the last start");
});

Deno.test("Supervisor.writeConsole() writes only to a RUNNING server", async () => {
  await using t = await withFakeSupervisor({ server: TIMEOUTS });
  await assert.rejects(t.supervisor.writeConsole("list"), { code: "NOT_RUNNING" });
  await t.supervisor.start();
  const server = t.servers.spawned[0];
  await assert.rejects(t.supervisor.writeConsole("list"), { code: "NOT_RUNNING" });
  server.print(READY_LINE);
  await t.supervisor.writeConsole("list");
  assert.deepEqual(server.stdin, ["list"]);
});

Deno.test("Supervisor.shutdown() stops the server and refuses later starts", async () => {
  await using t = await withFakeSupervisor({ server: TIMEOUTS });
  await t.supervisor.start();
  t.servers.spawned[0].print(READY_LINE);
  assert.equal((await t.supervisor.shutdown()).stage, "stop-command");
  await assert.rejects(t.supervisor.start(), { code: "UNAVAILABLE" });
  assert.equal(t.servers.spawned.length, 1);
  assert.equal(t.supervisor.state, "STOPPED");
});
