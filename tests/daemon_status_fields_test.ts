/**
 * The GetStatus fields added in daemon 0.2.0 end to end: daemon and protocol
 * version, features, server pid, players' names (ping sample, RCON `list`
 * when the sample is hidden, join lines without RCON), restarts, last exit
 * reason and run start.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import denoConfig from "../deno.json" with { type: "json" };
import type { IpcClient } from "../lib/protocol/client.ts";
import { atlas } from "../lib/protocol/messages.ts";
import { runDaemonInProcess, startDaemon } from "./helpers/daemon.ts";
import { waitFor } from "./helpers/tmp.ts";

const { ServerState } = atlas.common;

async function hidePlayers(serverDir: string): Promise<void> {
  const path = join(serverDir, "server.properties");
  const text = await Deno.readTextFile(path);
  const hidden = text.replace("hide-online-players=false", "hide-online-players=true");
  assert.notEqual(hidden, text, "server.properties should name hide-online-players");
  await Deno.writeTextFile(path, hidden);
}

async function countLines(client: IpcClient, pattern: RegExp): Promise<number> {
  const logs = await client.getLogs({ lines: 10_000 });
  return logs.lines.filter((l) => pattern.test(l)).length;
}

Deno.test("getStatus() reports the daemon's versions, the pid, the sampled names and the run start", async () => {
  await using daemon = await startDaemon({ env: { ATLAS_DEMO_PLAYERS: "Steve,Alex" } });
  const client = await daemon.client();
  const before = await client.getStatus();
  assert.equal(before.daemonVersion, denoConfig.version);
  assert.equal(before.protocolVersion, 2);
  assert.equal(before.serverPid, 0);
  assert.deepEqual(before.playerNames, []);
  assert.equal(before.lastExitReason, "");
  assert.equal(Number(before.runStartedAt), 0);
  const startedAfter = Math.floor(Date.now() / 1000);
  const start = await client.startServer({ waitForReady: true });
  const running = await client.getStatus();
  assert.equal(running.state, ServerState.SERVER_STATE_RUNNING);
  assert.equal(String(running.serverPid), start.serverPid);
  assert.deepEqual(running.playerNames, ["Alex", "Steve"]);
  const runStartedAt = Number(running.runStartedAt);
  assert.ok(runStartedAt >= startedAfter && runStartedAt <= Date.now() / 1000, `${runStartedAt}`);
  await client.stopServer({});
  const after = await client.getStatus();
  assert.equal(after.serverPid, 0);
  assert.deepEqual(after.playerNames, []);
  assert.equal(Number(after.runStartedAt), 0);
  assert.equal(after.restarts, 0);
  assert.match(after.lastExitReason, /^Stopped on request \(exit code 0[;)]/);
  assert.ok(!after.lastExitReason.includes("\n"));
});

Deno.test("getStatus() lists players over RCON when the ping hides them", async () => {
  await using daemon = await startDaemon({
    rconPassword: "s3cret",
    env: { ATLAS_DEMO_PLAYERS: "Steve,Alex,Zoe" },
  });
  await hidePlayers(daemon.serverDir);
  const client = await daemon.client();
  await client.startServer({ waitForReady: true });
  const status = await client.getStatus();
  assert.equal(status.playerCount, 3);
  assert.deepEqual(status.playerNames, ["Alex", "Steve", "Zoe"]);
  // Over RCON (the demo logs each RCON session), never on the console (no `list` reply there).
  // (The session's line reaches the daemon through the server's stdout: wait for it.)
  await waitFor(async () => await countLines(client, /Thread RCON Client \S+ started/) >= 1, {
    what: "the RCON session the status opened",
  });
  assert.equal(await countLines(client, /players online/), 0);
});

Deno.test("getStatus() takes the names from join lines when the ping hides them and RCON is off", async () => {
  await using daemon = await startDaemon({ env: { ATLAS_DEMO_PLAYERS: "Steve,Alex" } });
  await hidePlayers(daemon.serverDir);
  const client = await daemon.client();
  await client.startServer({ waitForReady: true });
  await waitFor(async () => await countLines(client, /joined the game/) === 2, {
    what: "the join lines",
  });
  assert.deepEqual((await client.getStatus()).playerNames, ["Alex", "Steve"]);
});

Deno.test("getStatus() counts crash restarts and gives the crash as the last exit", async () => {
  await using daemon = await runDaemonInProcess({
    env: { ATLAS_DEMO_CRASH_AFTER_MS: "300" },
    testing: { crashPolicy: { baseDelayMs: 100 } },
  });
  const client = await daemon.client();
  await client.startServer({ waitForReady: true });
  const status = await waitFor(async () => {
    const s = await client.getStatus();
    return s.restarts >= 1 ? s : null;
  }, { what: "a restart after the crash" });
  assert.match(status.lastExitReason, /^exit code 1\b/);
  assert.ok(!status.lastExitReason.includes("\n"));
  await client.stopServer({ force: true });
});
