import assert from "node:assert/strict";
import { waitFor, withTmpDir } from "../../tests/helpers/tmp.ts";
import { RawPeer, serve, STATUS } from "../../tests/helpers/protocol.ts";
import { IpcClient } from "./client.ts";
import { encodeFrame, FrameDecoder } from "./frame.ts";
import type { RequestHandler } from "./handler.ts";
import { atlas } from "./messages.ts";

const COMMAND = "c".repeat(1000);

/** Writes `bytes` to a socket; resolves when the kernel took them all. */
async function writeAll(conn: Deno.Conn, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) offset += await conn.write(bytes.subarray(offset));
}

/** Reads frames from `conn` until `count` arrived; returns their ids. */
async function readAnswers(conn: Deno.Conn, count: number): Promise<number[]> {
  const decoder = new FrameDecoder();
  const buffer = new Uint8Array(65536);
  const ids: number[] = [];
  while (ids.length < count) {
    const n = await conn.read(buffer);
    if (n === null) throw new Error(`Stream ended after ${ids.length} answers`);
    for (const body of decoder.push(buffer.subarray(0, n))) {
      ids.push(Number(atlas.ipc.Response.decode(body).id));
    }
  }
  return ids;
}

for (const kind of ["sync", "async"] as const) {
  Deno.test(`IpcServer stops reading a connection that does not read its ${kind} answers, and nobody else notices`, async () => {
    await using dir = await withTmpDir();
    const highWater = 64 * 1024;
    const handler: RequestHandler = {
      getStatus: () => STATUS,
      sendCommand: kind === "sync"
        ? (request) => ({ success: true, response: request.command })
        : async (request) => {
          await Promise.resolve();
          return { success: true, response: request.command };
        },
    };
    await using server = await serve(dir.path, handler, { outputHighWaterBytes: highWater });
    const count = 4096; // about 4 MiB of requests, as much of answers
    const frames = Array.from({ length: count }, (_, i) =>
      encodeFrame(
        atlas.ipc.Request.encode({ id: i + 1, sendCommand: { command: COMMAND } }).finish(),
      ));
    const requests = new Uint8Array(frames.reduce((sum, f) => sum + f.length, 0));
    frames.reduce((offset, f) => (requests.set(f, offset), offset + f.length), 0);
    const conn = await Deno.connect({ transport: "unix", path: server.path });
    let written = false;
    const writing = writeAll(conn, requests).then(() => written = true);
    try {
      await waitFor(() => server.metrics.readsPaused === 1, { what: "reading to pause" });
      await using other = await IpcClient.connect(server.path);
      for (let i = 0; i < 20; i++) assert.equal((await other.getStatus()).motd, "Test Server");
      assert.equal(written, false, "the client is blocked in its own write");
      assert.ok(server.metrics.requests < count / 2, `${server.metrics.requests} requests read`);
      assert.ok(
        server.metrics.bytesUnsent <= highWater + 2048,
        `${server.metrics.bytesUnsent} bytes unsent`,
      );
      const ids = await readAnswers(conn, count); // reading again drains everything
      await writing;
      assert.deepEqual(ids.toSorted((a, b) => a - b), frames.map((_, i) => i + 1));
    } finally {
      conn.close();
      await writing.catch((error) => { // interrupted by the close when the test failed
        if (!(error instanceof Deno.errors.Interrupted)) throw error;
      });
    }
  });
}

Deno.test("IpcServer refuses a 17th follow on one connection with TOO_MANY_FOLLOWS", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path, {
    async *getLogs(_request, context) {
      yield { lines: ["hello"] };
      await new Promise((resolve) => context.signal.addEventListener("abort", resolve));
    },
  });
  await using peer = await RawPeer.connect(server.path);
  for (let id = 1; id <= 17; id++) await peer.send({ id, getLogs: { lines: 1, follow: true } });
  const answers = [];
  for (let i = 0; i < 17; i++) answers.push(await peer.next());
  const refused = answers.filter((r) => r.error);
  assert.equal(refused.length, 1);
  assert.equal(Number(refused[0].id), 17);
  assert.equal(refused[0].error?.code, "TOO_MANY_FOLLOWS");
  assert.match(refused[0].error?.message ?? "", /16/);
  await peer.send({ id: 18, getLogs: { lines: 1 } }); // not a follow: still served
  assert.equal(Number((await peer.next()).id), 18);
  await server.close();
  const eofs = [];
  for (let i = 0; i < 16; i++) eofs.push(await peer.next());
  assert.ok(eofs.every((r) => r.getLogs?.eof === true));
});

Deno.test("IpcServer sends a big first follow frame in batches of at most 512 KiB, each after the previous one was written", async () => {
  await using dir = await withTmpDir();
  const lines = Array.from({ length: 3072 }, (_, i) => `${i}:`.padEnd(1024, "é")); // ~6 MiB UTF-8
  await using server = await serve(dir.path, {
    async *getLogs() {
      yield { lines };
      yield { lines: ["last"], eof: true };
    },
  });
  const conn = await Deno.connect({ transport: "unix", path: server.path });
  try {
    const request = atlas.ipc.Request.encode({ id: 1, getLogs: { lines: 3072, follow: true } });
    await writeAll(conn, encodeFrame(request.finish()));
    await waitFor(() => server.metrics.bytesUnsent > 0, { what: "the first batch to be queued" });
    // The peer reads nothing yet: one batch at most waits in the daemon.
    assert.ok(server.metrics.bytesUnsent <= 520 * 1024, `${server.metrics.bytesUnsent} unsent`);
    const decoder = new FrameDecoder();
    const buffer = new Uint8Array(65536);
    const received: string[] = [];
    let eof = false;
    let frames = 0;
    while (!eof) {
      const n = await conn.read(buffer);
      if (n === null) throw new Error("Stream ended early");
      for (const body of decoder.push(buffer.subarray(0, n))) {
        assert.ok(body.length <= 512 * 1024 + 64, `a frame of ${body.length} bytes`);
        const response = atlas.ipc.Response.decode(body);
        received.push(...response.getLogs!.lines ?? []);
        eof = response.getLogs!.eof === true;
        frames++;
      }
    }
    assert.deepEqual(received, [...lines, "last"]);
    assert.ok(frames >= 12, `${frames} frames`);
  } finally {
    conn.close();
  }
});

Deno.test("IpcServer holds nothing for a frame header alone", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path);
  const conns: Deno.Conn[] = [];
  try {
    const header = Uint8Array.of(0x00, 0xa0, 0x00, 0x00); // announces 10 MiB
    for (let i = 0; i < 50; i++) {
      const conn = await Deno.connect({ transport: "unix", path: server.path });
      conns.push(conn);
      await writeAll(conn, header);
    }
    await waitFor(() => server.metrics.bytesIn === 50 * 4, { what: "the headers to arrive" });
    assert.equal(server.metrics.bytesBuffered, 0);
    await writeAll(conns[0], new Uint8Array(1000));
    await waitFor(() => server.metrics.bytesIn === 50 * 4 + 1000, { what: "the body bytes" });
    assert.ok(server.metrics.bytesBuffered <= 4096, `${server.metrics.bytesBuffered} buffered`);
  } finally {
    for (const conn of conns) conn.close();
  }
});

Deno.test("IpcServer pauses connections over maxBufferedBytes and still completes every frame", async () => {
  await using dir = await withTmpDir();
  const cap = 1024 * 1024;
  await using server = await serve(dir.path, undefined, { maxBufferedBytes: cap });
  // A 1 MiB GetStatus request: the payload after a big unknown field.
  const padding = new Uint8Array(1024 * 1024 - 16);
  const body = new Uint8Array([
    ...[0x08, 0x01], // id 1
    ...[0xfa, 0x3f], // field 1023, length-delimited (unknown: ignored)
    ...varint(padding.length),
  ]);
  const frame = encodeFrame(
    new Uint8Array([...body, ...padding, ...[0x22, 0x00]]), // then getStatus {}
  );
  const half = 600 * 1024;
  const conns: Deno.Conn[] = [];
  try {
    const firstHalves: Promise<void>[] = [];
    for (let i = 0; i < 6; i++) {
      const conn = await Deno.connect({ transport: "unix", path: server.path });
      conns.push(conn);
      firstHalves.push(writeAll(conn, frame.subarray(0, half))); // blocks while paused
    }
    await waitFor(() => server.metrics.readsPaused >= 1, { what: "reading to pause" });
    // Over the cap by at most one frame, plus each connection's first read.
    const most = cap + frame.length + conns.length * 64 * 1024;
    assert.ok(server.metrics.bytesBuffered <= most, `${server.metrics.bytesBuffered} buffered`);
    const answers = conns.map(async (conn, i) => {
      await firstHalves[i];
      await writeAll(conn, frame.subarray(half));
      return await readAnswers(conn, 1);
    });
    assert.deepEqual(await Promise.all(answers), conns.map(() => [1]));
    assert.equal(server.metrics.bytesBuffered, 0);
  } finally {
    for (const conn of conns) conn.close();
  }
});

function varint(value: number): number[] {
  const bytes: number[] = [];
  while (value > 0x7f) {
    bytes.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  bytes.push(value);
  return bytes;
}

Deno.test("IpcServer stops reading a connection at maxRequestsInFlight until one completes", async () => {
  await using dir = await withTmpDir();
  const waiting: (() => void)[] = [];
  await using server = await serve(dir.path, {
    getStatus: async () => {
      await new Promise<void>((resolve) => waiting.push(resolve));
      return STATUS;
    },
  }, { maxRequestsInFlight: 4 });
  await using peer = await RawPeer.connect(server.path);
  for (let id = 1; id <= 10; id++) await peer.send({ id, getStatus: {} });
  await waitFor(() => waiting.length === 4 && server.metrics.readsPaused === 1, {
    what: "four requests in flight and reading paused",
  });
  assert.equal(server.metrics.requests, 4);
  const answered: number[] = [];
  while (answered.length < 10) {
    await waitFor(() => waiting.length > 0, { what: "a request in flight" });
    waiting.shift()!();
    answered.push(Number((await peer.next()).id));
  }
  assert.deepEqual(answered, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
});

Deno.test("IpcServer.listen() refuses invalid bounds with RangeError", async () => {
  await using dir = await withTmpDir();
  for (
    const bad of [
      { outputHighWaterBytes: 0 },
      { maxRequestsInFlight: 1.5 },
      { maxFollowsPerConnection: -1 },
      { maxBufferedBytes: Number.NaN },
    ]
  ) {
    await assert.rejects(serve(dir.path, undefined, bad), RangeError, JSON.stringify(bad));
  }
});
