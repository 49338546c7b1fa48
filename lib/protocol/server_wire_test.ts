import assert from "node:assert/strict";
import { waitFor, withTmpDir } from "../../tests/helpers/tmp.ts";
import { deferred, RawPeer, serve, STATUS } from "../../tests/helpers/protocol.ts";
import { IpcClient } from "./client.ts";
import { encodeFrame } from "./frame.ts";
import { atlas } from "./messages.ts";

Deno.test("IpcServer answers an unknown oneof payload with UNKNOWN_REQUEST saying the type is not known", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path);
  await using peer = await RawPeer.connect(server.path);
  // Request{id: 5, <field 99>: {}}: a request type a newer peer might send.
  await peer.write(encodeFrame(Uint8Array.of(0x08, 0x05, 0x9a, 0x06, 0x00)));
  const response = await peer.next();
  assert.equal(Number(response.id), 5);
  assert.equal(response.error?.code, "UNKNOWN_REQUEST");
  assert.match(response.error?.message ?? "", /not known to this daemon/);
  assert.doesNotMatch(response.error?.message ?? "", /no payload/);
  await peer.send({ id: 6 }); // truly no payload: still said so
  assert.match((await peer.next()).error?.message ?? "", /no payload/);
});

Deno.test("IpcServer answers a second request with an id in flight with VALIDATION naming the id", async () => {
  await using dir = await withTmpDir();
  const release = deferred();
  let calls = 0;
  await using server = await serve(dir.path, {
    getStatus: async () => {
      calls++;
      await release.promise;
      return STATUS;
    },
  });
  await using peer = await RawPeer.connect(server.path);
  await peer.send({ id: 7, getStatus: {} });
  await peer.send({ id: 7, getStatus: {} });
  const duplicate = await peer.next();
  assert.equal(Number(duplicate.id), 7);
  assert.equal(duplicate.error?.code, "VALIDATION");
  assert.match(duplicate.error?.message ?? "", /\b7\b.*in flight/);
  release.resolve();
  const first = await peer.next();
  assert.equal(Number(first.id), 7);
  assert.equal(first.getStatus?.motd, "Test Server");
  assert.equal(calls, 1);
  await peer.send({ id: 7, getStatus: {} }); // free again once answered
  assert.equal((await peer.next()).getStatus?.motd, "Test Server");
});

Deno.test("IpcServer ends a stream whose item cannot be sent with its ErrorResponse and nothing more", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path, {
    getStatus: () => STATUS,
    async *getLogs() {
      yield { lines: ["x".repeat(2000)] }; // over the 1024-byte frame limit below
      yield { lines: ["never sent"] };
    },
  }, { maxFrameBytes: 1024 });
  await using peer = await RawPeer.connect(server.path);
  await peer.send({ id: 1, getLogs: { lines: 1, follow: true } });
  const failed = await peer.next();
  assert.equal(Number(failed.id), 1);
  assert.equal(failed.error?.code, "FRAME_TOO_LARGE");
  await peer.send({ id: 2, getStatus: {} });
  const next = await peer.next();
  assert.equal(Number(next.id), 2, "nothing follows the stream's ErrorResponse");
  assert.equal(next.getStatus?.motd, "Test Server");
});

Deno.test("IpcServer answers the requests in flight before closing a connection that ended inside a frame", async () => {
  await using dir = await withTmpDir();
  const release = deferred();
  const followEnded = deferred();
  await using server = await serve(dir.path, {
    getStatus: async () => {
      await release.promise;
      return STATUS;
    },
    async *getLogs(_request, context) {
      yield { lines: ["started"] };
      // The follow's signal fires when the server has seen the end of input.
      await new Promise((resolve) => context.signal.addEventListener("abort", resolve));
      followEnded.resolve();
    },
  });
  await using peer = await RawPeer.connect(server.path);
  await peer.send({ id: 1, getLogs: { lines: 0, follow: true } });
  assert.deepEqual((await peer.next()).getLogs?.lines, ["started"]);
  await peer.send({ id: 2, getStatus: {} });
  await peer.write(Uint8Array.of(0, 0, 0, 10, 0x08)); // promises 10 bytes, sends 1
  await peer.closeWrite();
  await followEnded.promise;
  release.resolve();
  const answers = [await peer.next(), await peer.next()];
  const status = answers.find((r) => Number(r.id) === 2);
  assert.equal(status?.getStatus?.motd, "Test Server");
  assert.equal(answers.find((r) => Number(r.id) === 1)?.getLogs?.eof, true);
  assert.equal(await peer.ended(), 0);
});

Deno.test("IpcServer closes a connection with an oversize frame within closeGraceMs even when the peer does not read", async () => {
  await using dir = await withTmpDir();
  const lines = Array.from({ length: 4096 }, () => "y".repeat(1000)); // ~4 MiB per answer
  await using server = await serve(dir.path, { getLogs: () => ({ lines, eof: true }) }, {
    outputHighWaterBytes: 64 * 1024 * 1024, // so it keeps reading up to the oversize header
    closeGraceMs: 200,
  });
  const conn = await Deno.connect({ transport: "unix", path: server.path });
  try {
    const request = encodeFrame(
      atlas.ipc.Request.encode({ id: 1, getLogs: { lines: 4096 } }).finish(),
    );
    for (let i = 0; i < 4; i++) await conn.write(request);
    await conn.write(Uint8Array.of(0xff, 0xff, 0xff, 0xff)); // never read
    await waitFor(() => server.metrics.requests >= 4, { what: "the requests to arrive" });
    await waitFor(() => server.metrics.connectionsOpen === 0, {
      what: "the connection to be closed",
    });
  } finally {
    conn.close();
  }
});

Deno.test("IpcClient does not keep a DECODE_ERROR with id 0 as the reason its connection closed", async () => {
  await using dir = await withTmpDir();
  const path = `${dir.path}/fake.sock`;
  const listener = Deno.listen({ transport: "unix", path });
  const serving = (async () => {
    const conn = await listener.accept();
    await conn.read(new Uint8Array(1024)); // the client's request
    const error = { code: "DECODE_ERROR", message: "Cannot decode Request", details: "" };
    await conn.write(encodeFrame(atlas.ipc.Response.encode({ id: 0, error }).finish()));
    conn.close();
  })();
  await using client = await IpcClient.connect(path);
  await assert.rejects(client.getStatus(), { code: "CONNECTION_CLOSED" });
  await serving;
  listener.close();
});
