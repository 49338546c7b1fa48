/**
 * StartServer and StopServer end to end: a real daemon supervising the demo
 * server, through IpcClient.
 */
import assert from "node:assert/strict";
import { isIpcError } from "../lib/protocol/errors.ts";
import { atlas } from "../lib/protocol/messages.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { freePort } from "./helpers/child.ts";

const { ServerState } = atlas.common;

Deno.test("startServer() waits for readiness, then a second start starts nothing", async () => {
  await using daemon = await startDaemon();
  const client = await daemon.client();
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STOPPED);
  const started = await client.startServer({ waitForReady: true });
  assert.equal(started.success, true, started.message);
  assert.match(started.serverPid, /^\d+$/);
  assert.match(started.message, /Running after/);
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_RUNNING);
  const again = await client.startServer({ waitForReady: true });
  assert.equal(again.success, false);
  assert.match(again.message, /Already running/);
  assert.equal(again.serverPid, started.serverPid);
  const logs = await client.getLogs({ lines: 1000 });
  assert.equal(logs.lines.filter((l) => /Done \(/.test(l)).length, 1);
});

Deno.test("startServer() without waiting answers at once with the pid, state STARTING", async () => {
  // A long start-up makes STARTING observable without racing the demo.
  await using daemon = await startDaemon({ env: { ATLAS_DEMO_START_DELAY_MS: "3000" } });
  const client = await daemon.client();
  const started = await client.startServer({ waitForReady: false });
  assert.equal(started.success, true);
  assert.match(started.serverPid, /^\d+$/);
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STARTING);
  const again = await client.startServer({ waitForReady: false });
  assert.equal(again.success, false);
  assert.match(again.message, /Already starting/);
  // Stopping during start-up ends the start.
  const stopped = await client.stopServer({});
  assert.equal(stopped.success, true);
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STOPPED);
});

Deno.test("startServer() requests at the same time spawn exactly one server", async () => {
  await using daemon = await startDaemon();
  const client = await daemon.client();
  const replies = await Promise.all(
    Array.from({ length: 4 }, () => client.startServer({ waitForReady: true })),
  );
  assert.equal(replies.filter((r) => r.success).length, 1);
  assert.equal(new Set(replies.map((r) => r.serverPid)).size, 1);
  const logs = await client.getLogs({ lines: 1000 });
  assert.equal(logs.lines.filter((l) => /Starting minecraft server version/.test(l)).length, 1);
});

Deno.test("stopServer() stops with the stop command, and a stopped server is 'already stopped'", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const client = await daemon.client();
  const stopped = await client.stopServer({});
  assert.equal(stopped.success, true);
  assert.match(stopped.message, /^Stopped by "stop" in \d+\.\d s$/);
  const status = await client.getStatus();
  assert.equal(status.state, ServerState.SERVER_STATE_STOPPED);
  assert.equal(Number(status.uptimeSeconds), 0);
  assert.equal(Number(status.memoryUsageMb), 0);
  const logs = await client.getLogs({ lines: 50 });
  assert.ok(logs.lines.some((l) => /Stopping the server/.test(l)), logs.lines.join("\n"));
  const again = await client.stopServer({});
  assert.equal(again.success, true);
  assert.match(again.message, /Already stopped/);
  await assert.rejects(Deno.stat(`${daemon.dataDir}/server.pid`), Deno.errors.NotFound);
});

Deno.test("startServer() reports ERROR with the last lines when the server exits during start-up", async () => {
  await using daemon = await startDaemon({ env: { ATLAS_DEMO_EXIT_AT_START: "1" } });
  const client = await daemon.client();
  const reply = await client.startServer({ waitForReady: true });
  assert.equal(reply.success, false);
  assert.match(reply.message, /Exited during start-up: exit code 1; last output: /);
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_ERROR);
  // A broken server is not restarted in a loop: one attempt only.
  const logs = await client.getLogs({ lines: 1000 });
  assert.equal(logs.lines.filter((l) => /Starting minecraft server/.test(l)).length, 1);
  await daemon.log.waitForLine(/Server failed to start/);
  // Stop clears the error.
  await client.stopServer({});
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STOPPED);
});

Deno.test("startServer() with another channel updates first; a failed update starts nothing", async () => {
  // Nothing listens on update.url: the update to "snapshot" fails before anything changes.
  // (The successful channel switch is in tests/update_channel_test.ts.)
  await using daemon = await startDaemon({
    config: { update: { url: `http://127.0.0.1:${freePort()}` } },
  });
  const client = await daemon.client();
  await assert.rejects(client.startServer({ channel: "snapshot", waitForReady: true }), (e) => {
    assert.ok(isIpcError(e));
    assert.equal(e.code, "FAILED");
    assert.match(e.message, /Cannot fetch the version manifest/);
    return true;
  });
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STOPPED);
  const reply = await client.startServer({ channel: "release", waitForReady: true });
  assert.equal(reply.success, true, reply.message);
});

Deno.test("startServer() fails clearly when the server command does not exist", async () => {
  await using daemon = await startDaemon({ config: { server: { command: ["no-such-java"] } } });
  const client = await daemon.client();
  await assert.rejects(client.startServer({ waitForReady: true }), (e) => {
    assert.ok(isIpcError(e));
    assert.equal(e.code, "FAILED");
    assert.match(e.message, /Cannot start the server: no-such-java: program not found/);
    return true;
  });
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STOPPED);
});

Deno.test("startServer() sees a ready line printed the moment the server starts", async () => {
  // Printed before the daemon has finished setting up the run (pid file, state).
  const command = ["sh", "-c", `echo 'Done (0.1s)! For help, type "help"'; exec sleep 1000`];
  await using daemon = await startDaemon({ config: { server: { command } } });
  const client = await daemon.client();
  const started = await client.startServer({ waitForReady: true }, { timeoutMs: 10_000 });
  assert.equal(started.success, true, started.message);
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_RUNNING);
  await client.stopServer({ force: true });
});
