import assert from "node:assert/strict";
import { waitFor, withTmpDir } from "../../tests/helpers/tmp.ts";
import { deferred, RawPeer, serve, STATUS, statusHandler } from "../../tests/helpers/protocol.ts";
import { spawnChild } from "../../tests/helpers/child.ts";
import { IpcClient } from "./client.ts";
import { IpcError } from "./errors.ts";
import { encodeFrame } from "./frame.ts";
import type { RequestHandler } from "./handler.ts";
import { atlas, idToBigInt } from "./messages.ts";
import { IpcServer } from "./server.ts";

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

Deno.test("IpcServer.listen() leaves the process-wide umask alone and nothing else in the directory", async () => {
  await using dir = await withTmpDir();
  // Deno's other threads read the umask for every file they create: it must never change.
  const umask = Deno.umask;
  const calls: Array<number | undefined> = [];
  Object.defineProperty(Deno, "umask", {
    value: (mask?: number) => {
      calls.push(mask);
      return umask(mask);
    },
    configurable: true,
    writable: true,
  });
  try {
    await using server = await serve(dir.path);
    assert.deepEqual(calls, []);
    const names = [];
    for await (const entry of Deno.readDir(dir.path)) names.push(entry.name);
    assert.deepEqual(names, [server.path.split("/").pop()]);
    assert.equal((await Deno.lstat(server.path)).mode! & 0o777, 0o600);
  } finally {
    Object.defineProperty(Deno, "umask", { value: umask, configurable: true, writable: true });
  }
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
  await using child = spawnChild([
    Deno.execPath(),
    "eval",
    `const l = Deno.listen({ transport: "unix", path: ${
      JSON.stringify(path)
    } }); console.log("ready"); await l.accept();`,
  ], { stderr: "inherit" });
  await child.stdout.waitForLine("ready");
  await child.stop("SIGKILL");
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

Deno.test("IpcServer writes the answers to a read's first 16 requests before handling the rest", async () => {
  await using dir = await withTmpDir();
  const bytesOutAtCall: number[] = [];
  let server: IpcServer | null = null;
  server = await serve(dir.path, {
    getStatus: () => {
      bytesOutAtCall.push(server!.metrics.bytesOut);
      return STATUS;
    },
  });
  await using _server = server;
  await using peer = await RawPeer.connect(server.path);
  // 40 small frames in one write reach the server in one read.
  const frames = Array.from(
    { length: 40 },
    (_, i) => encodeFrame(atlas.ipc.Request.encode({ id: i + 1, getStatus: {} }).finish()),
  );
  const bytes = new Uint8Array(frames.reduce((n, f) => n + f.length, 0));
  frames.reduce((offset, f) => (bytes.set(f, offset), offset + f.length), 0);
  await peer.write(bytes);
  const ids: number[] = [];
  for (let i = 0; i < 40; i++) ids.push(Number((await peer.next()).id));
  assert.deepEqual(ids, Array.from({ length: 40 }, (_, i) => i + 1));
  assert.equal(bytesOutAtCall.length, 40);
  assert.deepEqual(bytesOutAtCall.slice(0, 16), new Array(16).fill(0));
  // The first slice's answers were on the socket before the 17th was handled.
  assert.ok(bytesOutAtCall[16] > 0, `bytes out at the 17th request: ${bytesOutAtCall[16]}`);
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
  assert.equal(m.requestsByType.getStatus, 2);
  assert.equal(m.requestsByType.listBackups, 1);
  assert.equal(m.requestsByType.startServer, 0);
  assert.deepEqual(m.errorsByCode, { UNKNOWN_REQUEST: 1 });
  assert.equal(m.streamsOpen, 0);
  assert.equal(m.streamsStarted, 0);
});

Deno.test("IpcServer.metrics counts open streams and errors by code", async () => {
  await using dir = await withTmpDir();
  const release = Promise.withResolvers<void>();
  const handler: RequestHandler = {
    async *getLogs() {
      yield { lines: ["first"], eof: false };
      await release.promise;
    },
    setConfig: () => ({ success: true }),
  };
  await using server = await IpcServer.listen({ path: `${dir.path}/atlas.sock`, handler });
  await using client = await IpcClient.connect(server.path);
  const follow = client.followLogs(1)[Symbol.asyncIterator]();
  assert.equal((await follow.next()).value, "first");
  assert.equal(server.metrics.streamsOpen, 1);
  assert.equal(server.metrics.streamsStarted, 1);
  await assert.rejects(client.setConfig({ configJson: "{oops" }), { code: "VALIDATION" });
  await assert.rejects(client.sendCommand({ command: "" }), { code: "UNKNOWN_REQUEST" });
  release.resolve();
  assert.equal((await follow.next()).done, true);
  await waitForMetric(server, (m) => m.streamsOpen === 0);
  const m = server.metrics;
  assert.equal(m.streamsStarted, 1);
  assert.equal(m.requestsByType.getLogs, 1);
  assert.deepEqual(m.errorsByCode, { VALIDATION: 1, UNKNOWN_REQUEST: 1 });
});
