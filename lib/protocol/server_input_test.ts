import assert from "node:assert/strict";
import { waitFor, withTmpDir } from "../../tests/helpers/tmp.ts";
import { deferred, RawPeer, serve, STATUS, statusHandler } from "../../tests/helpers/protocol.ts";
import { IpcClient } from "./client.ts";
import { encodeFrame } from "./frame.ts";
import { atlas, idToBigInt, idToLong, MAX_ID } from "./messages.ts";
import type { IpcServer } from "./server.ts";

/** Waits for a metrics condition (the counters have no event to wait on). */
async function waitForMetric(
  server: IpcServer,
  check: (m: IpcServer["metrics"]) => boolean,
): Promise<void> {
  await waitFor(() => check(server.metrics), { what: "the server's metrics" });
}

/** Asserts that another connection is still served normally. */
async function assertStillServing(server: IpcServer): Promise<void> {
  await using client = await IpcClient.connect(server.path);
  assert.equal((await client.getStatus()).motd, "Test Server");
}

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
  assert.equal(bad.error?.message, "Cannot decode the frame as an atlas.ipc.Request message");
  assert.ok(bad.error?.details, "the decoder's reason is in the details");
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
