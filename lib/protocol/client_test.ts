import assert from "node:assert/strict";
import { waitFor, withTmpDir } from "../../tests/helpers/tmp.ts";
import { deferred, STATUS } from "../../tests/helpers/protocol.ts";
import { IpcClient } from "./client.ts";
import { encodeFrame, FrameDecoder } from "./frame.ts";
import type { RequestHandler } from "./handler.ts";
import { atlas, idToLong } from "./messages.ts";
import { IpcServer } from "./server.ts";

/** A handler implementing all eleven requests, echoing what it received. */
const fullHandler: RequestHandler = {
  startServer: (r) => ({
    success: true,
    serverPid: "4242",
    message: `${r.channel} ${r.waitForReady}`,
  }),
  stopServer: (r) => ({ success: true, message: `${r.force} ${r.timeoutSeconds}` }),
  getStatus: () => STATUS,
  sendCommand: (r) => ({ success: true, response: `ran ${r.command}` }),
  getLogs: (r) => ({
    lines: Array.from({ length: r.lines }, (_, i) => `l${i} ${r.follow}`),
    eof: true,
  }),
  createBackup: (r) => ({ success: true, backupId: `id-${r.name}`, message: "made" }),
  listBackups: () => ({
    backups: [
      { id: "a", name: "first", createdAt: idToLong((1n << 53n) + 1n), sizeBytes: 1234 },
      { id: "b", name: "second", createdAt: 1700000000, sizeBytes: idToLong(1n << 40n) },
    ],
  }),
  restoreBackup: async (r) => {
    await Promise.resolve();
    return { success: true, message: `restored ${r.backupId}` };
  },
  updateServer: (r) => ({ success: true, oldVersion: "1.21.4", newVersion: `${r.channel}-new` }),
  getConfig: () => ({ configJson: '{"a":1}' }),
  setConfig: (r) => ({ success: true, message: r.configJson }),
};

async function serve(dir: string, handler: RequestHandler = fullHandler): Promise<IpcServer> {
  return await IpcServer.listen({ path: `${dir}/atlas.sock`, handler });
}

Deno.test("IpcClient methods send every request type and return the typed responses", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path);
  await using client = await IpcClient.connect(server.path);
  const start = await client.startServer({ channel: "release", waitForReady: true });
  assert.deepEqual([start.success, start.serverPid, start.message], [true, "4242", "release true"]);
  assert.equal((await client.stopServer({ force: true, timeoutSeconds: 30 })).message, "true 30");
  const status = await client.getStatus();
  assert.ok(status instanceof atlas.ipc.GetStatusResponse);
  assert.equal(status.state, atlas.common.ServerState.SERVER_STATE_RUNNING);
  assert.deepEqual(
    [
      Number(status.uptimeSeconds),
      Number(status.memoryUsageMb),
      status.playerCount,
      status.maxPlayers,
    ],
    [3600, 2048, 5, 20],
  );
  assert.equal((await client.sendCommand({ command: "list" })).response, "ran list");
  const logs = await client.getLogs({ lines: 2 });
  assert.deepEqual([logs.lines, logs.eof], [["l0 false", "l1 false"], true]);
  assert.equal((await client.createBackup({ name: "nightly" })).backupId, "id-nightly");
  const backups = (await client.listBackups()).backups;
  assert.equal(backups.length, 2);
  assert.equal(String(backups[0].createdAt), String((1n << 53n) + 1n));
  assert.equal(Number(backups[0].sizeBytes), 1234);
  assert.equal(String(backups[1].sizeBytes), String(1n << 40n));
  assert.equal((await client.restoreBackup({ backupId: "a" })).message, "restored a");
  assert.equal((await client.updateServer({ channel: "snapshot" })).newVersion, "snapshot-new");
  assert.equal((await client.getConfig()).configJson, '{"a":1}');
  assert.equal((await client.setConfig({ configJson: "[1]" })).message, "[1]");
  assert.ok(await client.ping() >= 0);
});

Deno.test("IpcClient matches many requests in flight on one connection by id", async () => {
  await using dir = await withTmpDir();
  const gates: (() => void)[] = [];
  await using server = await serve(dir.path, {
    sendCommand: async (r) => {
      await new Promise<void>((resolve) => gates.push(resolve));
      return { success: true, response: r.command };
    },
  });
  await using client = await IpcClient.connect(server.path);
  const n = 500;
  const calls = Array.from({ length: n }, (_, i) => client.sendCommand({ command: `c${i}` }));
  await waitFor(() => gates.length === n, { what: "every request to reach the handler" });
  for (const open of gates.reverse()) open(); // answer in reverse order
  const responses = await Promise.all(calls);
  assert.deepEqual(responses.map((r) => r.response), Array.from({ length: n }, (_, i) => `c${i}`));
});

Deno.test("IpcClient fails only the request that times out, with TIMEOUT", async () => {
  await using dir = await withTmpDir();
  const never = deferred<atlas.ipc.CreateBackupResponse.$Properties>();
  await using server = await serve(dir.path, {
    createBackup: () => never.promise,
    getStatus: () => STATUS,
  });
  await using client = await IpcClient.connect(server.path, { timeoutMs: 5000 });
  const slow = client.createBackup({ name: "x" }, { timeoutMs: 30 });
  await assert.rejects(slow, { name: "IpcError", code: "TIMEOUT" });
  assert.equal((await client.getStatus()).motd, "Test Server");
  never.resolve({ success: true }); // the late answer is ignored
  assert.equal((await client.getStatus()).motd, "Test Server");
});

Deno.test("IpcClient uses its default timeout when a call gives none", async () => {
  await using dir = await withTmpDir();
  const never = deferred<atlas.ipc.GetStatusResponse.$Properties>();
  await using server = await serve(dir.path, { getStatus: () => never.promise });
  await using client = await IpcClient.connect(server.path, { timeoutMs: 20 });
  await assert.rejects(client.getStatus(), { code: "TIMEOUT" });
  never.resolve(STATUS);
});

Deno.test("IpcClient rejects an aborted request with the signal's reason", async () => {
  await using dir = await withTmpDir();
  const never = deferred<atlas.ipc.GetStatusResponse.$Properties>();
  await using server = await serve(dir.path, { getStatus: () => never.promise });
  await using client = await IpcClient.connect(server.path);
  const controller = new AbortController();
  const call = client.getStatus({ signal: controller.signal });
  controller.abort(new Error("user gave up"));
  await assert.rejects(call, { message: "user gave up" });
  await assert.rejects(client.getStatus({ signal: AbortSignal.abort() }), { name: "AbortError" });
  never.resolve(STATUS);
});

Deno.test("IpcClient fails every pending request with CONNECTION_CLOSED when the connection is lost", async () => {
  await using dir = await withTmpDir();
  const reached = deferred();
  const server = await IpcServer.listen({
    path: `${dir.path}/atlas.sock`,
    handler: {
      getStatus: () => {
        reached.resolve();
        return new Promise(() => {});
      },
    },
    closeGraceMs: 10,
  });
  const client = await IpcClient.connect(server.path);
  const pending = Array.from(
    { length: 5 },
    () => assert.rejects(client.getStatus(), { code: "CONNECTION_CLOSED" }),
  );
  await reached.promise;
  await server.close();
  await Promise.all(pending);
  assert.equal(client.closed, true);
  await assert.rejects(client.getConfig(), { code: "CONNECTION_CLOSED" });
  await client.close();
});

Deno.test("IpcClient.close() fails requests in flight with CONNECTION_CLOSED", async () => {
  await using dir = await withTmpDir();
  const never = deferred<atlas.ipc.GetStatusResponse.$Properties>();
  await using server = await serve(dir.path, { getStatus: () => never.promise });
  const client = await IpcClient.connect(server.path);
  const call = assert.rejects(client.getStatus(), { code: "CONNECTION_CLOSED" });
  await client.close();
  await call;
  await client.close(); // idempotent
  never.resolve(STATUS);
});

Deno.test("IpcClient.connect() throws DAEMON_UNREACHABLE when nothing listens", async () => {
  await using dir = await withTmpDir();
  await assert.rejects(IpcClient.connect(`${dir.path}/missing.sock`), {
    name: "IpcError",
    code: "DAEMON_UNREACHABLE",
  });
  await assert.rejects(IpcClient.connect(`${dir.path}/missing.sock`, { retries: 2 }), {
    code: "DAEMON_UNREACHABLE",
  });
  await assert.rejects(IpcClient.connect(`${dir.path}/x`, { retries: -1 }), RangeError);
});

Deno.test("IpcClient.connect() retries until a server comes up", async () => {
  await using dir = await withTmpDir();
  const path = `${dir.path}/atlas.sock`;
  const connecting = IpcClient.connect(path, { retries: 8 });
  // A client without retries, started at the same time, has already failed:
  // the retrying one's first attempt found nothing either.
  await assert.rejects(IpcClient.connect(path), { code: "DAEMON_UNREACHABLE" });
  await using server = await serve(dir.path);
  await using client = await connecting;
  assert.equal((await client.getStatus()).motd, "Test Server");
  assert.equal(server.metrics.connectionsAccepted, 1);
});

Deno.test("IpcClient.followLogs() streams lines on its own connection until eof", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path, {
    getStatus: () => STATUS,
    async *getLogs(request) {
      yield { lines: [`last ${request.lines}`, `follow ${request.follow}`] };
      yield { lines: [] };
      yield { lines: ["a", "b"], eof: true };
    },
  });
  await using client = await IpcClient.connect(server.path);
  await client.getStatus();
  const lines: string[] = [];
  for await (const line of client.followLogs(5)) {
    lines.push(line);
    if (lines.length === 1) assert.equal(server.metrics.connectionsOpen, 2);
  }
  assert.deepEqual(lines, ["last 5", "follow true", "a", "b"]);
});

Deno.test("IpcClient.followLogs() closes its connection when the consumer stops", async () => {
  await using dir = await withTmpDir();
  const handlerSawAbort = deferred();
  await using server = await serve(dir.path, {
    async *getLogs(_request, ctx) {
      ctx.signal.addEventListener("abort", () => handlerSawAbort.resolve());
      for (let i = 0;; i++) {
        yield { lines: [`line ${i}`] };
        if (ctx.signal.aborted) return;
      }
    },
  });
  await using client = await IpcClient.connect(server.path);
  const lines: string[] = [];
  for await (const line of client.followLogs(0)) {
    lines.push(line);
    if (lines.length === 3) break;
  }
  assert.deepEqual(lines, ["line 0", "line 1", "line 2"]);
  await handlerSawAbort.promise;
  await waitFor(() => server.metrics.connectionsOpen === 1, { what: "the follow to close" });
});

Deno.test("IpcClient.followLogs() ends quietly when its signal fires", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path, {
    async *getLogs(_request, ctx) {
      yield { lines: ["one"] };
      await new Promise((resolve) => ctx.signal.addEventListener("abort", resolve));
    },
  });
  await using client = await IpcClient.connect(server.path);
  const controller = new AbortController();
  const lines: string[] = [];
  for await (const line of client.followLogs(1, { signal: controller.signal })) {
    lines.push(line);
    controller.abort();
  }
  assert.deepEqual(lines, ["one"]);
  for await (const _ of client.followLogs(1, { signal: controller.signal })) {
    assert.fail("an aborted signal yields nothing");
  }
});

Deno.test("IpcClient.followLogs() throws the daemon's error", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path, {});
  await using client = await IpcClient.connect(server.path);
  await assert.rejects(async () => {
    for await (const _ of client.followLogs(1)) assert.fail("no lines expected");
  }, { code: "UNKNOWN_REQUEST" });
});

Deno.test("IpcClient refuses a request over the frame maximum locally with FRAME_TOO_LARGE", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path);
  await using client = await IpcClient.connect(server.path, { maxFrameBytes: 1000 });
  await assert.rejects(client.setConfig({ configJson: JSON.stringify("x".repeat(2000)) }), {
    code: "FRAME_TOO_LARGE",
  });
  assert.equal((await client.getStatus()).motd, "Test Server");
  assert.equal(server.metrics.requests, 1);
});

Deno.test("IpcClient reports UNEXPECTED_RESPONSE for a payload that does not fit the request", async () => {
  await using dir = await withTmpDir();
  const path = `${dir.path}/odd.sock`;
  // A peer that answers every request with a StopServerResponse.
  using listener = Deno.listen({ transport: "unix", path });
  const peer = (async () => {
    const conn = await listener.accept();
    const decoder = new FrameDecoder();
    const buffer = new Uint8Array(1024);
    for (;;) {
      const n = await conn.read(buffer);
      if (n === null) break;
      for (const body of decoder.push(buffer.subarray(0, n))) {
        const request = atlas.ipc.Request.decode(body);
        const reply = atlas.ipc.Response.encode({ id: request.id, stopServer: { success: true } });
        await conn.write(encodeFrame(reply.finish()));
      }
    }
    conn.close();
  })();
  const client = await IpcClient.connect(path);
  await assert.rejects(client.getStatus(), { code: "UNEXPECTED_RESPONSE" });
  await client.close();
  await peer;
});

Deno.test("IpcServer serves 100 concurrent clients × 100 requests, each answer to its own request", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path, {
    sendCommand: (r, ctx) => ({ success: true, response: `${r.command}#${ctx.requestId}` }),
  });
  const clients = await Promise.all(
    Array.from({ length: 100 }, () => IpcClient.connect(server.path)),
  );
  try {
    await Promise.all(clients.map(async (client, c) => {
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, i) => client.sendCommand({ command: `say ${c}/${i}` })),
      );
      answers.forEach((a, i) => assert.equal(a.response, `say ${c}/${i}#${i + 1}`));
    }));
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
  assert.equal(server.metrics.requests, 10_000);
  assert.equal(server.metrics.errors, 0);
});
