import assert from "node:assert/strict";
import { waitFor, withTmpDir } from "../../tests/helpers.ts";
import { RawPeer } from "../../tests/protocol_raw.ts";
import { IpcClient } from "./client.ts";
import { IpcError } from "./errors.ts";
import { encodeFrame } from "./frame.ts";
import type { RequestHandler } from "./handler.ts";
import { atlas, idToBigInt, idToLong, MAX_ID } from "./messages.ts";
import { IpcServer, type IpcServerOptions } from "./server.ts";

const STATUS = {
  state: atlas.common.ServerState.SERVER_STATE_RUNNING,
  version: "1.20.1",
  uptimeSeconds: 3600,
  memoryUsageMb: 2048,
  playerCount: 5,
  maxPlayers: 20,
  motd: "Test Server",
};

const statusHandler: RequestHandler = { getStatus: () => STATUS };

async function serve(
  dir: string,
  handler: RequestHandler = statusHandler,
  options: Partial<IpcServerOptions> = {},
): Promise<IpcServer> {
  return await IpcServer.listen({ path: `${dir}/atlas.sock`, handler, ...options });
}

/** A promise with its resolve function, to let a test decide when a handler answers. */
function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => resolve = r);
  return { promise, resolve };
}

/** Asserts that another connection is still served normally. */
async function assertStillServing(server: IpcServer): Promise<void> {
  await using client = await IpcClient.connect(server.path);
  assert.equal((await client.getStatus()).motd, "Test Server");
}

Deno.test("IpcServer.listen() creates the socket with mode 0600", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path);
  const info = await Deno.lstat(server.path);
  assert.ok(info.isSocket);
  assert.equal(info.mode! & 0o777, 0o600);
});

Deno.test("IpcServer.listen() throws ALREADY_RUNNING when a live server listens on the path", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path);
  await assert.rejects(serve(dir.path), { name: "IpcError", code: "ALREADY_RUNNING" });
  await assertStillServing(server);
});

Deno.test("IpcServer.listen() replaces the stale socket of a killed process", async () => {
  await using dir = await withTmpDir();
  const path = `${dir.path}/atlas.sock`;
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "eval",
      `const l = Deno.listen({ transport: "unix", path: ${
        JSON.stringify(path)
      } }); console.log("ready"); await l.accept();`,
    ],
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let out = "";
  while (!out.includes("ready")) {
    const { value, done } = await reader.read();
    if (done) break;
    out += value;
  }
  child.kill("SIGKILL");
  await child.status;
  await reader.cancel();
  assert.ok((await Deno.lstat(path)).isSocket, "the killed process left its socket file");
  await using server = await serve(dir.path);
  await assertStillServing(server);
});

Deno.test("IpcServer.listen() refuses a path that exists and is not a socket", async () => {
  await using dir = await withTmpDir();
  await Deno.writeTextFile(`${dir.path}/atlas.sock`, "not a socket");
  await assert.rejects(serve(dir.path), { code: "FAILED" });
  assert.equal(await Deno.readTextFile(`${dir.path}/atlas.sock`), "not a socket");
});

Deno.test("IpcServer.listen() throws FAILED when the socket cannot be created", async () => {
  await using dir = await withTmpDir();
  await assert.rejects(
    IpcServer.listen({ path: `${dir.path}/missing/atlas.sock`, handler: statusHandler }),
    { code: "FAILED", message: /Cannot listen on ".*missing\/atlas.sock"/ },
  );
});

Deno.test("IpcServer.listen() refuses invalid limits with RangeError", async () => {
  await using dir = await withTmpDir();
  await assert.rejects(serve(dir.path, statusHandler, { maxConnections: 0 }), RangeError);
  await assert.rejects(serve(dir.path, statusHandler, { maxFrameBytes: -1 }), RangeError);
  await assert.rejects(serve(dir.path, statusHandler, { idleTimeoutMs: -5 }), RangeError);
});

Deno.test("IpcServer echoes ids 2^53+1 and 2^64-1 exactly and hands them to the handler as bigint", async () => {
  await using dir = await withTmpDir();
  const seen: bigint[] = [];
  await using server = await serve(dir.path, {
    getStatus: (_request, ctx) => {
      seen.push(ctx.requestId);
      return STATUS;
    },
  });
  await using peer = await RawPeer.connect(server.path);
  const ids = [1n, (1n << 53n) + 1n, (1n << 63n) + 12345n, MAX_ID];
  for (const id of ids) await peer.send({ id: idToLong(id), getStatus: {} });
  const echoed = [];
  for (const _ of ids) echoed.push(idToBigInt((await peer.next()).id));
  assert.deepEqual(echoed, ids);
  assert.deepEqual(seen, ids);
});

Deno.test("IpcServer answers garbage with DECODE_ERROR id 0 and keeps the connection usable", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path);
  await using peer = await RawPeer.connect(server.path);
  // 0xff... is not a valid tag/varint sequence for a Request.
  await peer.write(encodeFrame(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff)));
  const bad = await peer.next();
  assert.equal(idToBigInt(bad.id), 0n);
  assert.equal(bad.error?.code, "DECODE_ERROR");
  assert.match(bad.error?.message ?? "", /Cannot decode Request/);
  await peer.send({ id: 3, getStatus: {} });
  const good = await peer.next();
  assert.equal(Number(good.id), 3);
  assert.equal(good.getStatus?.motd, "Test Server");
  await assertStillServing(server);
});

Deno.test("IpcServer answers invalid UTF-8 in a string field with DECODE_ERROR id 0", async () => {
  await using dir = await withTmpDir();
  let called = false;
  await using server = await serve(dir.path, {
    sendCommand: () => {
      called = true;
      return { success: true };
    },
  });
  await using peer = await RawPeer.connect(server.path);
  // Request{id: 4, send_command: {command: <C3 28>}}: 0xC3 0x28 is not UTF-8.
  await peer.write(encodeFrame(Uint8Array.of(0x08, 0x04, 0x2a, 0x04, 0x0a, 0x02, 0xc3, 0x28)));
  const response = await peer.next();
  assert.equal(response.error?.code, "DECODE_ERROR");
  assert.equal(idToBigInt(response.id), 0n);
  assert.equal(called, false);
  await peer.send({ id: 5, getStatus: {} });
  assert.equal((await peer.next()).error?.code, "UNKNOWN_REQUEST");
});

Deno.test("IpcServer ignores unknown fields in a request", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path);
  await using peer = await RawPeer.connect(server.path);
  const known = atlas.ipc.Request.encode({ id: 6, getStatus: {} }).finish();
  // Field 99 (varint 7), field 100 (length-delimited "hi") and, inside GetStatusRequest, field 5.
  const unknown = Uint8Array.of(0x98, 0x06, 0x07, 0xa2, 0x06, 0x02, 0x68, 0x69);
  const body = new Uint8Array([...known.subarray(0, 2), 0x22, 0x02, 0x28, 0x01, ...unknown]);
  await peer.write(encodeFrame(body));
  const response = await peer.next();
  assert.equal(Number(response.id), 6);
  assert.equal(response.getStatus?.version, "1.20.1");
});

Deno.test("IpcServer answers a request with no payload with UNKNOWN_REQUEST and its id", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path);
  await using peer = await RawPeer.connect(server.path);
  await peer.send({ id: 11 });
  const noPayload = await peer.next();
  assert.equal(Number(noPayload.id), 11);
  assert.equal(noPayload.error?.code, "UNKNOWN_REQUEST");
  await peer.write(Uint8Array.of(0, 0, 0, 0)); // an empty frame: id 0, no payload
  const empty = await peer.next();
  assert.equal(idToBigInt(empty.id), 0n);
  assert.equal(empty.error?.code, "UNKNOWN_REQUEST");
  await peer.send({ id: 12, stopServer: {} }); // no handler method
  const missing = await peer.next();
  assert.equal(Number(missing.id), 12);
  assert.equal(missing.error?.code, "UNKNOWN_REQUEST");
});

Deno.test("IpcServer answers an oversize length with FRAME_TOO_LARGE id 0, then closes only that connection", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path, statusHandler, { maxFrameBytes: 1024 });
  await using other = await IpcClient.connect(server.path);
  await using peer = await RawPeer.connect(server.path);
  await peer.send({ id: 1, getStatus: {} });
  await peer.write(Uint8Array.of(0, 0, 0x04, 0x01, 1, 2, 3)); // 1025 > 1024
  assert.equal(Number((await peer.next()).id), 1);
  const refused = await peer.next();
  assert.equal(idToBigInt(refused.id), 0n);
  assert.equal(refused.error?.code, "FRAME_TOO_LARGE");
  assert.equal(await peer.ended(), 0);
  assert.equal((await other.getStatus()).motd, "Test Server");
});

Deno.test("IpcServer refuses a length over the default 10 MiB without waiting for the body", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path);
  await using peer = await RawPeer.connect(server.path);
  const n = 10 * 1024 * 1024 + 1;
  await peer.write(Uint8Array.of(n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255));
  assert.equal((await peer.next()).error?.code, "FRAME_TOO_LARGE");
  await peer.ended();
  await assertStillServing(server);
});

Deno.test("IpcServer survives a truncated frame and a peer that leaves mid-frame", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path);
  {
    await using peer = await RawPeer.connect(server.path);
    await peer.send({ id: 1, getStatus: {} });
    await peer.write(Uint8Array.of(0, 0, 0, 10, 0x08)); // promises 10 bytes, sends 1
    assert.equal(Number((await peer.next()).id), 1);
    await peer.closeWrite();
    assert.equal(await peer.ended(), 0, "no answer for the truncated frame");
  }
  await assertStillServing(server);
  await waitForMetric(server, (m) => m.connectionsOpen === 0);
});

Deno.test("IpcServer stays up through bursts of random bytes on many connections", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path, statusHandler, { maxFrameBytes: 4096 });
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
  for (let round = 0; round < 20; round++) {
    await using peer = await RawPeer.connect(server.path);
    const bytes = Uint8Array.from({ length: 64 + round * 17 }, random);
    if (round % 2 === 0) bytes.set([0, 0, 0, 40], 0); // a plausible length, garbage body
    await peer.write(bytes);
    await peer.closeWrite();
    await peer.ended();
  }
  await assertStillServing(server);
});

Deno.test("IpcServer answers a half-closed connection before closing it", async () => {
  await using dir = await withTmpDir();
  const release = deferred();
  await using server = await serve(dir.path, {
    getStatus: async () => {
      await release.promise;
      return STATUS;
    },
  });
  await using peer = await RawPeer.connect(server.path);
  await peer.send({ id: 1, getStatus: {} });
  await peer.closeWrite();
  release.resolve();
  assert.equal((await peer.next()).getStatus?.motd, "Test Server");
  await peer.ended();
});

Deno.test("IpcServer validates SendCommand and SetConfig before calling the handler", async () => {
  await using dir = await withTmpDir();
  const calls: string[] = [];
  await using server = await serve(dir.path, {
    sendCommand: (request) => {
      calls.push(request.command);
      return { success: true, response: "ok" };
    },
    setConfig: (request) => {
      calls.push(request.configJson);
      return { success: true };
    },
  });
  await using client = await IpcClient.connect(server.path);
  for (const command of ["", "   ", "say a\nstop", "say \u0000", "say \x1b[2J", "x".repeat(1001)]) {
    await assert.rejects(client.sendCommand({ command }), { code: "VALIDATION" }, command);
  }
  await assert.rejects(client.setConfig({ configJson: "{nope" }), { code: "VALIDATION" });
  await assert.rejects(client.setConfig({ configJson: "" }), { code: "VALIDATION" });
  assert.equal((await client.sendCommand({ command: "x".repeat(1000) })).success, true);
  assert.equal((await client.sendCommand({ command: "say héllo wörld ✓" })).response, "ok");
  assert.equal((await client.setConfig({ configJson: '{"a":1}' })).success, true);
  assert.deepEqual(calls, ["x".repeat(1000), "say héllo wörld ✓", '{"a":1}']);
});

Deno.test("IpcServer answers a handler's IpcError with its code and any other throw with INTERNAL", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path, {
    restoreBackup: (request) => {
      throw new IpcError("NOT_FOUND", `Backup "${request.backupId}" does not exist`, {
        details: "ids look like 2024-01-01T00-00-00Z",
      });
    },
    createBackup: () => Promise.reject(new IpcError("BUSY", "A backup is already running")),
    listBackups: () => {
      throw new Error("disk on fire");
    },
    getConfig: () => Promise.reject(new TypeError("bad")),
  });
  await using client = await IpcClient.connect(server.path);
  await assert.rejects(client.restoreBackup({ backupId: "x" }), {
    code: "NOT_FOUND",
    message: 'Backup "x" does not exist',
    details: "ids look like 2024-01-01T00-00-00Z",
  });
  await assert.rejects(client.createBackup({ name: "n" }), { code: "BUSY" });
  await assert.rejects(client.listBackups(), { code: "INTERNAL", message: "disk on fire" });
  await assert.rejects(client.getConfig(), { code: "INTERNAL" });
  assert.equal(server.metrics.errors, 4);
});

Deno.test("IpcServer handles the requests of one connection concurrently", async () => {
  await using dir = await withTmpDir();
  const slow = deferred();
  await using server = await serve(dir.path, {
    createBackup: async () => {
      await slow.promise;
      return { success: true, backupId: "b1" };
    },
    getStatus: () => STATUS,
  });
  await using client = await IpcClient.connect(server.path);
  const backup = client.createBackup({ name: "big" });
  // Answered while the backup is still in flight on the same connection.
  assert.equal((await client.getStatus()).motd, "Test Server");
  slow.resolve();
  assert.equal((await backup).backupId, "b1");
});

Deno.test("IpcServer streams getLogs frames with one id and adds the final eof frame", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path, {
    async *getLogs(request) {
      for (let i = 0; i < request.lines; i++) yield { lines: [`line ${i}`] };
    },
  });
  await using peer = await RawPeer.connect(server.path);
  await peer.send({ id: 77, getLogs: { lines: 3, follow: true } });
  const frames = [];
  for (let i = 0; i < 4; i++) frames.push(await peer.next());
  assert.ok(frames.every((f) => Number(f.id) === 77 && f.payload === "getLogs"));
  assert.deepEqual(frames.map((f) => f.getLogs!.lines), [["line 0"], ["line 1"], ["line 2"], []]);
  assert.deepEqual(frames.map((f) => f.getLogs!.eof), [false, false, false, true]);
});

Deno.test("IpcServer ends a stream with an ErrorResponse when the handler's iterable throws", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path, {
    async *getLogs() {
      yield { lines: ["a"] };
      throw new IpcError("NOT_RUNNING", "The server stopped");
    },
  });
  await using peer = await RawPeer.connect(server.path);
  await peer.send({ id: 5, getLogs: { follow: true } });
  assert.deepEqual((await peer.next()).getLogs?.lines, ["a"]);
  const end = await peer.next();
  assert.equal(Number(end.id), 5);
  assert.equal(end.error?.code, "NOT_RUNNING");
});

Deno.test("IpcServer answers RATE_LIMITED beyond a connection's token bucket", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path, statusHandler, {
    rateLimit: { requestsPerSecond: 0.001, burst: 5 },
  });
  await using peer = await RawPeer.connect(server.path);
  for (let id = 1; id <= 8; id++) await peer.send({ id, getStatus: {} });
  const codes = [];
  for (let i = 0; i < 8; i++) {
    const r = await peer.next();
    codes.push([Number(r.id), r.error?.code ?? "ok"]);
  }
  assert.deepEqual(codes, [
    [1, "ok"],
    [2, "ok"],
    [3, "ok"],
    [4, "ok"],
    [5, "ok"],
    [6, "RATE_LIMITED"],
    [7, "RATE_LIMITED"],
    [8, "RATE_LIMITED"],
  ]);
  // The limit is per connection: a fresh one has its own bucket.
  await assertStillServing(server);
});

Deno.test("IpcServer refuses connections over maxConnections with TOO_MANY_CONNECTIONS", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path, statusHandler, { maxConnections: 2 });
  await using a = await IpcClient.connect(server.path);
  const b = await IpcClient.connect(server.path);
  await a.getStatus();
  await b.getStatus();
  {
    await using extra = await RawPeer.connect(server.path);
    const refused = await extra.next();
    assert.equal(refused.error?.code, "TOO_MANY_CONNECTIONS");
    assert.equal(idToBigInt(refused.id), 0n);
    await extra.ended();
  }
  {
    await using extra = await IpcClient.connect(server.path);
    await assert.rejects(extra.getStatus(), { code: "TOO_MANY_CONNECTIONS" });
  }
  await b.close();
  await waitForMetric(server, (m) => m.connectionsOpen === 1);
  await assertStillServing(server);
  assert.equal(server.metrics.connectionsRejected, 2);
});

/** Waits for a metrics condition (the counters have no event to wait on). */
async function waitForMetric(
  server: IpcServer,
  check: (m: IpcServer["metrics"]) => boolean,
): Promise<void> {
  await waitFor(() => check(server.metrics), { what: "the server's metrics" });
}

Deno.test("IpcServer closes idle connections but never a log follow in progress", async () => {
  await using dir = await withTmpDir();
  const more = deferred();
  await using server = await serve(dir.path, {
    async *getLogs(_request, ctx) {
      yield { lines: ["first"] };
      await more.promise;
      if (!ctx.signal.aborted) yield { lines: ["after idle timeout"] };
    },
  }, { idleTimeoutMs: 100 });
  await using follower = await RawPeer.connect(server.path);
  await follower.send({ id: 1, getLogs: { follow: true } });
  assert.deepEqual((await follower.next()).getLogs?.lines, ["first"]);
  await using idle = await RawPeer.connect(server.path);
  await idle.send({ id: 1, getStatus: {} });
  await idle.next();
  // The idle connection is closed after 100 ms with nothing in flight ...
  assert.equal(await idle.ended(), 0);
  // ... while the follow, older than that, still streams.
  more.resolve();
  assert.deepEqual((await follower.next()).getLogs?.lines, ["after idle timeout"]);
  assert.equal((await follower.next()).getLogs?.eof, true);
});

Deno.test("IpcServer.close() lets in-flight requests finish, refuses new ones, ends follows with eof", async () => {
  await using dir = await withTmpDir();
  const slow = deferred();
  const server = await serve(dir.path, {
    getStatus: () => STATUS,
    createBackup: async () => {
      await slow.promise;
      return { success: true, backupId: "done" };
    },
    async *getLogs(_request, ctx) {
      yield { lines: ["following"] };
      await new Promise((resolve) => ctx.signal.addEventListener("abort", resolve));
    },
  });
  const client = await IpcClient.connect(server.path);
  const lines: string[] = [];
  const following = deferred();
  const follow = (async () => {
    for await (const line of client.followLogs(10)) {
      lines.push(line);
      following.resolve();
    }
  })();
  const backup = client.createBackup({ name: "x" });
  await client.getStatus(); // the backup request has reached the server
  await following.promise;
  const closing = server.close();
  await assert.rejects(client.getStatus(), { code: "UNAVAILABLE" });
  await follow; // ended by the server's final eof frame, without error
  assert.deepEqual(lines, ["following"]);
  slow.resolve();
  assert.equal((await backup).backupId, "done");
  await closing;
  await assert.rejects(Deno.lstat(server.path), Deno.errors.NotFound);
  await assert.rejects(client.getStatus(), { code: "CONNECTION_CLOSED" });
  await client.close();
});

Deno.test("IpcServer.close() gives up on requests still running after the grace period", async () => {
  await using dir = await withTmpDir();
  let aborted: unknown = null;
  const server = await serve(dir.path, {
    createBackup: (_request, ctx) =>
      new Promise((_resolve, reject) => {
        ctx.signal.addEventListener("abort", () => {
          aborted = ctx.signal.reason;
          reject(ctx.signal.reason);
        });
      }),
    getStatus: () => STATUS,
  }, { closeGraceMs: 50 });
  await using client = await IpcClient.connect(server.path);
  const backup = assert.rejects(client.createBackup({ name: "never" }), {
    code: "CONNECTION_CLOSED",
  });
  await client.getStatus();
  await server.close();
  await backup;
  assert.ok(aborted !== null, "the handler's signal fired");
  assert.equal(server.metrics.connectionsOpen, 0);
});

Deno.test("IpcServer.metrics counts connections, requests, responses, errors and bytes", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path);
  {
    await using client = await IpcClient.connect(server.path);
    await client.getStatus();
    await client.getStatus();
    await assert.rejects(client.listBackups(), { code: "UNKNOWN_REQUEST" });
  }
  await waitForMetric(server, (m) => m.connectionsOpen === 0);
  const m = server.metrics;
  assert.equal(m.connectionsAccepted, 1);
  assert.equal(m.requests, 3);
  assert.equal(m.responses, 3);
  assert.equal(m.errors, 1);
  assert.equal(m.bytesIn, 3 * 8); // each request frame: 4 + 4 bytes
  assert.ok(m.bytesOut > 2 * 41);
});
