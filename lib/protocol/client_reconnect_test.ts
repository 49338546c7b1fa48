import assert from "node:assert/strict";
import { withTmpDir } from "../../tests/helpers/tmp.ts";
import { startChildServer } from "../../tests/helpers/protocol.ts";
import { IpcClient, RECONNECTED_PREFIX } from "./client.ts";
import { isIpcError } from "./errors.ts";
import { overlapEnd, REPLAY_LINES, resumedLines } from "./_resume.ts";

function codeOf(error: unknown): string {
  return isIpcError(error) ? error.code : `not an IpcError: ${error}`;
}

Deno.test("IpcClient with reconnect re-sends idempotent requests lost with a killed server and fails the others with CONNECTION_CLOSED", async () => {
  await using dir = await withTmpDir();
  const path = `${dir.path}/atlas.sock`;
  const first = await startChildServer(path, 1);
  await using client = await IpcClient.connect(path, { reconnect: true, timeoutMs: 60_000 });
  assert.equal((await client.daemonInfo()).daemonVersion, "0.1.0");
  const config = client.getConfig();
  const start = client.startServer({ channel: "release" }).then(() => "answered", codeOf);
  await first.out.waitForLine("got getConfig");
  await first.out.waitForLine("got startServer");
  await first.stop("SIGKILL");
  assert.equal(await start, "CONNECTION_CLOSED");
  assert.equal(client.closed, false);
  // A request made while nothing listens waits for the next server and is sent once.
  const command = client.sendCommand({ command: "say hi" });
  await using second = await startChildServer(path, 2);
  assert.equal((await config).configJson, '{"generation":2}');
  assert.equal((await command).response, "generation 2 ran say hi");
  assert.equal((await client.getStatus()).version, "generation-2");
  // Learned again on the new connection: the daemon may have been upgraded.
  assert.equal((await client.daemonInfo()).daemonVersion, "0.2.0");
  assert.equal(second.out.lines.filter((l) => l === "got sendCommand say hi").length, 1);
  assert.equal(second.out.lines.filter((l) => l === "got startServer").length, 0);
});

Deno.test("IpcClient without reconnect fails every request once its server is killed", async () => {
  await using dir = await withTmpDir();
  const path = `${dir.path}/atlas.sock`;
  const first = await startChildServer(path, 1);
  await using client = await IpcClient.connect(path);
  const config = client.getConfig().then(() => "answered", codeOf);
  await first.out.waitForLine("got getConfig");
  await first.stop("SIGKILL");
  assert.equal(await config, "CONNECTION_CLOSED");
  await using _second = await startChildServer(path, 2);
  assert.equal(await client.getStatus().then(() => "answered", codeOf), "CONNECTION_CLOSED");
  assert.equal(client.closed, true);
});

Deno.test("IpcClient with reconnect gives up with DAEMON_UNREACHABLE when no server comes back within the timeout", async () => {
  await using dir = await withTmpDir();
  const path = `${dir.path}/atlas.sock`;
  const first = await startChildServer(path, 1);
  await using client = await IpcClient.connect(path, { reconnect: true, timeoutMs: 400 });
  const config = client.getConfig({ timeoutMs: 60_000 }).catch((e) => e);
  await first.out.waitForLine("got getConfig");
  await first.stop("SIGKILL");
  // The in-flight request keeps its own (long) timeout; a new one has 400 ms.
  const status = await client.getStatus().catch((e) => e);
  assert.equal(codeOf(status), "DAEMON_UNREACHABLE");
  assert.match(status.message, /could not reconnect within 400 ms/);
  await client.close();
  assert.equal(codeOf(await config), "CONNECTION_CLOSED");
});

Deno.test("IpcClient.close() ends requests waiting for a reconnect with CONNECTION_CLOSED", async () => {
  await using dir = await withTmpDir();
  const path = `${dir.path}/atlas.sock`;
  const first = await startChildServer(path, 1);
  const client = await IpcClient.connect(path, { reconnect: true, timeoutMs: 60_000 });
  const config = client.getConfig().catch((e) => e);
  await first.out.waitForLine("got getConfig");
  await first.stop("SIGKILL");
  const status = client.getStatus().catch((e) => e);
  await client.close();
  assert.equal(codeOf(await config), "CONNECTION_CLOSED");
  assert.equal(codeOf(await status), "CONNECTION_CLOSED");
  assert.equal(client.closed, true);
});

Deno.test("IpcClient.followLogs() with reconnect resumes after a killed server without repeating lines", async () => {
  await using dir = await withTmpDir();
  const path = `${dir.path}/atlas.sock`;
  const first = await startChildServer(path, 1, ["a1", "a2", "a3"]);
  await using client = await IpcClient.connect(path, { reconnect: true, timeoutMs: 60_000 });
  const lines = client.followLogs(3)[Symbol.asyncIterator]();
  const next = async () => (await lines.next()).value;
  assert.deepEqual([await next(), await next(), await next()], ["a1", "a2", "a3"]);
  const waiting = next();
  await first.stop("SIGKILL");
  // The new server still holds a2 and a3 (a daemon that kept its buffer).
  await using second = await startChildServer(path, 2, ["a1", "a2", "a3", "b1", "b2"]);
  assert.equal(await waiting, `${RECONNECTED_PREFIX}: 0 lines missed`);
  assert.deepEqual([await next(), await next()], ["b1", "b2"]);
  await second.out.waitForLine(`got getLogs ${REPLAY_LINES} true`);
  await lines.return!();
});

Deno.test("IpcClient.followLogs() with reconnect resumes after a restart that ended the stream", async () => {
  await using dir = await withTmpDir();
  const path = `${dir.path}/atlas.sock`;
  const first = await startChildServer(path, 1, ["a1", "a2"]);
  await using client = await IpcClient.connect(path, { reconnect: true, timeoutMs: 60_000 });
  const lines = client.followLogs(2)[Symbol.asyncIterator]();
  const next = async () => (await lines.next()).value;
  assert.deepEqual([await next(), await next()], ["a1", "a2"]);
  const waiting = next();
  assert.equal((await first.stop("SIGTERM")).code, 0);
  await using _second = await startChildServer(path, 2, ["c1"]);
  assert.match(
    await waiting,
    /^\[atlas-runner\] reconnected to the daemon: 0 lines missed \(the daemon restarted/,
  );
  assert.equal(await next(), "c1");
  await lines.return!();
});

Deno.test("resumedLines() skips what was yielded, and says when lines may have been missed", () => {
  assert.equal(overlapEnd([], ["a"]), -1);
  assert.equal(overlapEnd(["x", "a", "b"], ["a", "b", "c", "a", "b", "d"]), -1);
  assert.equal(overlapEnd(["a", "b"], ["a", "b", "c", "a", "b", "d"]), 5);
  assert.deepEqual(resumedLines(["a", "b"], ["a", "b", "c"], false), [
    `${RECONNECTED_PREFIX}: 0 lines missed`,
    "c",
  ]);
  const lost = resumedLines(["a", "b"], ["n1", "n2"], false);
  assert.match(lost[0], /may have been missed/);
  assert.deepEqual(lost.slice(1), ["n1", "n2"]);
  const full = Array.from({ length: REPLAY_LINES }, (_, i) => `n${i}`);
  const overflow = resumedLines(["a"], full, true);
  assert.match(overflow[0], new RegExp(`more than ${REPLAY_LINES} lines came while disconnected`));
  assert.equal(overflow.length, REPLAY_LINES + 1);
});
