/**
 * The staged stop and crash restarts end to end, with the demo server's
 * hooks (ignore `stop`, ignore SIGTERM, crash after start-up). The daemon
 * runs in-process where internal timings (SIGTERM wait, backoff) are
 * shortened; those are options of runDaemon, not config keys.
 */
import assert from "node:assert/strict";
import type { IpcClient } from "../lib/protocol/client.ts";
import { isIpcError } from "../lib/protocol/errors.ts";
import { atlas } from "../lib/protocol/messages.ts";
import { runDaemonInProcess, startDaemon } from "./helpers/daemon.ts";
import { waitFor } from "./helpers/tmp.ts";

const { ServerState } = atlas.common;

async function countLines(client: IpcClient, pattern: RegExp): Promise<number> {
  const logs = await client.getLogs({ lines: 10_000 });
  return logs.lines.filter((l) => pattern.test(l)).length;
}

Deno.test("stopServer() sends SIGTERM when the server ignores the stop command", async () => {
  await using daemon = await startDaemon({
    env: { ATLAS_DEMO_IGNORE_STOP: "1" },
    startServer: true,
  });
  const client = await daemon.client();
  const reply = await client.stopServer({ timeoutSeconds: 1 });
  assert.equal(reply.success, true);
  assert.match(reply.message, /^Stopped by SIGTERM \("stop" timed out after 1 s\) in \d+\.\d s$/);
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STOPPED);
  // The stop command was really sent (and ignored) first.
  assert.equal(await countLines(client, /Stopping the server/), 1);
});

Deno.test("stopServer() refuses a timeout too long for a timer instead of sending SIGTERM at once", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const client = await daemon.client();
  // The largest uint32: as a timer it would fire after 1 ms, i.e. SIGTERM right away.
  for (const timeoutSeconds of [2 ** 32 - 1, 86_401]) {
    await assert.rejects(client.stopServer({ timeoutSeconds }), (error) => {
      assert.ok(isIpcError(error), String(error));
      assert.equal(error.code, "VALIDATION");
      assert.match(error.message, new RegExp(`Stop timeout ${timeoutSeconds} s is out of range`));
      assert.match(error.details ?? "", /At most 86400 s \(24 hours\)/);
      return true;
    });
  }
  // Nothing was stopped: no stop command, no signal.
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_RUNNING);
  assert.equal(await countLines(client, /Stopping the server/), 0);
  const reply = await client.stopServer({ timeoutSeconds: 86_400 });
  assert.match(reply.message, /^Stopped by "stop"/);
});

/** A server that prints the ready line and never reads its console (stdin). */
const DEAF_SERVER = ["sh", "-c", `echo 'Done (0.1s)! For help, type "help"'; exec sleep 1000`];

/**
 * Sends enough console commands to fill the stdin pipe of a server that never
 * reads it (100 × 1000 bytes > 64 KiB), and waits until the daemon refuses
 * one because the server did not take it.
 */
async function fillConsole(client: IpcClient): Promise<void> {
  // Console sends run one at a time, each waiting 250 ms for a reply that never comes:
  // filling the 64 KiB pipe takes about 65 of them, so the deadline is generous.
  const sends = Array.from(
    { length: 100 },
    (_, i) => client.sendCommand({ command: `say ${i} ${"x".repeat(990)}` }, { timeoutMs: 90_000 }),
  );
  const results = await Promise.allSettled(sends);
  const refused = results.filter((r) =>
    r.status === "rejected" && isIpcError(r.reason) && r.reason.code === "TIMEOUT" &&
    /did not read its console/.test(r.reason.message)
  );
  assert.ok(refused.length > 0, "the console never filled up");
}

Deno.test("a server that never reads its console cannot hang a stop or the daemon's shutdown", async () => {
  await using daemon = await startDaemon({
    config: { server: { command: DEAF_SERVER, stopTimeoutSeconds: 1 } },
    startServer: true,
  });
  const client = await daemon.client();
  await fillConsole(client);
  // "stop" queues behind the commands the server never read: after 1 s, SIGTERM.
  const reply = await client.stopServer({}, { timeoutMs: 15_000 });
  assert.match(
    reply.message,
    /^Stopped by SIGTERM \(the console did not take "stop" within 1 s\) in \d+\.\d s$/,
  );
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STOPPED);
  // The daemon's own shutdown takes the same path.
  assert.equal((await client.startServer({ waitForReady: true })).success, true);
  await fillConsole(client);
  const status = await daemon.stop("SIGTERM");
  assert.equal(status.code, 0, daemon.stderr());
  assert.match(daemon.stderr(), /The server does not read its console; sending SIGTERM/);
});

Deno.test("stopServer() kills a server that ignores both stop and SIGTERM", async () => {
  await using daemon = await runDaemonInProcess({
    env: { ATLAS_DEMO_IGNORE_STOP: "1", ATLAS_DEMO_IGNORE_SIGTERM: "1" },
    testing: { termTimeoutMs: 300 },
  });
  const client = await daemon.client();
  assert.equal((await client.startServer({ waitForReady: true })).success, true);
  const reply = await client.stopServer({ timeoutSeconds: 1 });
  assert.match(reply.message, /^Killed by SIGKILL \(SIGTERM timed out\) in \d+\.\d s$/);
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STOPPED);
});

Deno.test("stopServer({ force }) skips straight to SIGKILL", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const client = await daemon.client();
  const reply = await client.stopServer({ force: true });
  assert.match(reply.message, /^Killed \(SIGKILL, forced\) in \d+\.\d s$/);
  assert.equal(await countLines(client, /Stopping the server/), 0);
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STOPPED);
});

Deno.test("a crashed server is restarted after the backoff", async () => {
  await using daemon = await runDaemonInProcess({
    env: { ATLAS_DEMO_CRASH_AFTER_MS: "300" },
    testing: { crashPolicy: { baseDelayMs: 100 } },
  });
  const client = await daemon.client();
  assert.equal((await client.startServer({ waitForReady: true })).success, true);
  // The demo crashes 300 ms after Done; the daemon restarts it 100 ms later.
  await waitFor(async () => await countLines(client, /Done \(/) >= 2, {
    what: "a restart after the crash",
  });
  await client.stopServer({ force: true });
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STOPPED);
});

Deno.test("stopServer() while a crash restart is pending cancels it", async () => {
  // A one-minute backoff: the restart is pending when the stop comes. Had the
  // stop left its timer behind, this test's sanitizer would report it.
  await using daemon = await runDaemonInProcess({
    env: { ATLAS_DEMO_CRASH_AFTER_MS: "100" },
    testing: { crashPolicy: { baseDelayMs: 60_000 } },
  });
  const client = await daemon.client();
  assert.equal((await client.startServer({ waitForReady: true })).success, true);
  await waitFor(
    async () => (await client.getStatus()).state === ServerState.SERVER_STATE_STARTING,
    { what: "the pending restart after the crash" },
  );
  const reply = await client.stopServer({});
  assert.match(reply.message, /Already stopped/);
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STOPPED);
  assert.equal(await countLines(client, /Done \(/), 1);
});

Deno.test("a server crashing more than 5 times in 10 minutes is given up on (ERROR)", async () => {
  await using daemon = await runDaemonInProcess({
    env: { ATLAS_DEMO_CRASH_AFTER_MS: "50" },
    testing: { crashPolicy: { baseDelayMs: 10, maxDelayMs: 40 } },
  });
  const client = await daemon.client();
  assert.equal((await client.startServer({ waitForReady: true })).success, true);
  await waitFor(
    async () => (await client.getStatus()).state === ServerState.SERVER_STATE_ERROR,
    { timeoutMs: 30_000, what: "state ERROR after the crash loop" },
  );
  // The first run and five restarts: six crashes, the sixth gives up.
  assert.equal(await countLines(client, /Done \(/), 6);
  // A user's start clears the crash history and tries again.
  await client.stopServer({});
});

Deno.test("with restartOnCrash false a crash leaves ERROR and no restart", async () => {
  await using daemon = await runDaemonInProcess({
    env: { ATLAS_DEMO_CRASH_AFTER_MS: "100" },
    config: { server: { restartOnCrash: false } },
    testing: { crashPolicy: { baseDelayMs: 10 } },
  });
  const client = await daemon.client();
  assert.equal((await client.startServer({ waitForReady: true })).success, true);
  await waitFor(
    async () => (await client.getStatus()).state === ServerState.SERVER_STATE_ERROR,
    { what: "state ERROR after the crash" },
  );
  assert.equal(await countLines(client, /Done \(/), 1);
});

Deno.test("a crash is logged with its reason and restarted after 1 s (real timings)", async () => {
  await using daemon = await startDaemon({
    env: { ATLAS_DEMO_CRASH_AFTER_MS: "200" },
    startServer: true,
  });
  const { line } = await daemon.log.waitForLine(/Server crashed/);
  assert.match(line, /exit code 1; last output: .+; restarting in 1000 ms/);
  const client = await daemon.client();
  await waitFor(async () => await countLines(client, /Done \(/) >= 2, {
    what: "the restart after 1 s",
  });
  await client.stopServer({ force: true });
});
