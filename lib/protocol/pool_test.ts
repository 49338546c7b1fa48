import assert from "node:assert/strict";
import { waitFor, withTmpDir } from "../../tests/helpers/tmp.ts";
import { serve, startChildServer, STATUS } from "../../tests/helpers/protocol.ts";
import { isIpcError } from "./errors.ts";
import { IpcPool } from "./pool.ts";

function codeOf(error: unknown): string {
  return isIpcError(error) ? error.code : `not an IpcError: ${error}`;
}

Deno.test("IpcPool shares its connections among many concurrent callers, at most size at once", async () => {
  await using dir = await withTmpDir();
  const gates: (() => void)[] = [];
  let active = 0;
  let most = 0;
  await using server = await serve(dir.path, {
    getStatus: () => STATUS,
    sendCommand: async (r) => {
      most = Math.max(most, ++active);
      await new Promise<void>((resolve) => gates.push(resolve));
      active--;
      return { success: true, response: r.command };
    },
  });
  await using pool = await IpcPool.connect(server.path, { size: 3 });
  const calls = Array.from(
    { length: 60 },
    (_, i) =>
      i % 2 === 0
        ? pool.sendCommand({ command: `c${i}` }).then((r) => r.response)
        : pool.run(async (client) => {
          await client.getStatus();
          return (await client.sendCommand({ command: `c${i}` })).response;
        }),
  );
  for (let round = 0; round < 20; round++) {
    await waitFor(() => gates.length === 3, { what: `three commands in flight (round ${round})` });
    for (const open of gates.splice(0)) open();
  }
  assert.deepEqual(await Promise.all(calls), Array.from({ length: 60 }, (_, i) => `c${i}`));
  assert.equal(most, 3);
  assert.equal(server.metrics.connectionsAccepted, 3);
  assert.equal(pool.idle, 3);
});

Deno.test("IpcPool recovers when its server is killed mid-way: idempotent calls complete, others fail with CONNECTION_CLOSED", async () => {
  await using dir = await withTmpDir();
  const path = `${dir.path}/atlas.sock`;
  const first = await startChildServer(path, 1);
  await using pool = await IpcPool.connect(path, { size: 3, timeoutMs: 60_000 });
  const start = pool.startServer().then(() => "answered", codeOf);
  const configs = Array.from({ length: 30 }, () => pool.getConfig());
  await first.out.waitForLine("got startServer");
  await waitFor(() => first.out.lines.filter((l) => l === "got getConfig").length === 2, {
    what: "the other two connections busy with getConfig",
  });
  assert.equal(pool.idle, 0);
  await first.stop("SIGKILL");
  assert.equal(await start, "CONNECTION_CLOSED");
  await using second = await startChildServer(path, 2);
  for (const config of await Promise.all(configs)) {
    assert.equal(config.configJson, '{"generation":2}');
  }
  const statuses = await Promise.all(Array.from({ length: 30 }, () => pool.getStatus()));
  assert.ok(statuses.every((s) => s.version === "generation-2"));
  assert.ok(new Set(statuses.map((s) => s.motd)).size <= 3, "no more than three connections");
  assert.equal(second.out.lines.filter((l) => l === "got startServer").length, 0);
  assert.equal(pool.idle, 3);
});

Deno.test("IpcPool reconnects the one member the server closed while the others stay busy", async () => {
  await using dir = await withTmpDir();
  const gates: (() => void)[] = [];
  const ran: string[] = [];
  await using server = await serve(dir.path, {
    getStatus: () => STATUS,
    sendCommand: async (r) => {
      ran.push(r.command);
      if (r.command.startsWith("hold")) await new Promise<void>((resolve) => gates.push(resolve));
      return { success: true, response: r.command };
    },
  }, { idleTimeoutMs: 100 });
  await using pool = await IpcPool.connect(server.path, { size: 3 });
  const held = [pool.sendCommand({ command: "hold 1" }), pool.sendCommand({ command: "hold 2" })];
  await waitFor(() => gates.length === 2, { what: "two members busy" });
  // The server closes the idle third member (a follow or request in flight keeps the others).
  await waitFor(() => server.metrics.connectionsOpen === 2, { what: "the idle member closed" });
  assert.equal((await pool.getStatus()).motd, "Test Server");
  assert.equal(server.metrics.connectionsAccepted, 4);
  await waitFor(() => server.metrics.connectionsOpen === 2, {
    what: "the idle member closed again",
  });
  // A change made on a broken member is sent once, on its new connection.
  assert.equal((await pool.sendCommand({ command: "say once" })).response, "say once");
  assert.deepEqual(ran.filter((c) => c === "say once"), ["say once"]);
  for (const open of gates) open();
  assert.deepEqual((await Promise.all(held)).map((r) => r.response), ["hold 1", "hold 2"]);
  assert.equal(pool.idle, 3);
});

Deno.test("IpcPool fails a caller with TIMEOUT when no connection becomes free, and close() fails the waiting ones", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path);
  const pool = await IpcPool.connect(server.path, { size: 1 });
  let release!: () => void;
  const held = pool.run(() => new Promise<void>((resolve) => release = resolve));
  await assert.rejects(pool.getStatus({ timeoutMs: 20 }), { code: "TIMEOUT" });
  const waiting = pool.getStatus().then(() => "answered", codeOf);
  const aborted = pool.run(() => 1, { signal: AbortSignal.abort() }).catch((e) => e.name);
  assert.equal(await aborted, "AbortError");
  await pool.close();
  release();
  await held;
  assert.equal(await waiting, "CONNECTION_CLOSED");
  await assert.rejects(pool.getStatus(), { code: "CONNECTION_CLOSED" });
  await assert.rejects(IpcPool.connect(server.path, { size: 0 }), RangeError);
});
