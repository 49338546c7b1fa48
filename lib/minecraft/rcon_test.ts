import assert from "node:assert/strict";
import {
  decodeSingleRconPacket,
  encodeRconPacket,
  RCON_CHUNK_CHARS,
  RconClient,
  RconPacketDecoder,
  splitRconResponse,
} from "./rcon.ts";
import { MinecraftError } from "./errors.ts";

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join(" ");

Deno.test("encodeRconPacket() writes little-endian length, id, type, body and two NULs", () => {
  assert.equal(
    hex(encodeRconPacket(1, 3, "pw")),
    "0c 00 00 00 01 00 00 00 03 00 00 00 70 77 00 00",
  );
  assert.equal(hex(encodeRconPacket(-1, 2, "")), "0a 00 00 00 ff ff ff ff 02 00 00 00 00 00");
});

Deno.test("decodeSingleRconPacket() accepts exactly one packet, like vanilla's single read", () => {
  const one = encodeRconPacket(7, 2, "list");
  const p = decodeSingleRconPacket(one)!;
  assert.deepEqual([p.id, p.type, new TextDecoder().decode(p.body)], [7, 2, "list"]);
  assert.equal(decodeSingleRconPacket(new Uint8Array([...one, ...one])), null);
  assert.equal(decodeSingleRconPacket(one.subarray(0, one.length - 1)), null);
  assert.equal(decodeSingleRconPacket(one.subarray(0, 9)), null);
});

Deno.test("RconPacketDecoder.push() reassembles packets fed in 1- and 2-byte pieces", () => {
  const stream = new Uint8Array([
    ...encodeRconPacket(1, 0, "a".repeat(5000)),
    ...encodeRconPacket(2, 0, ""),
    ...encodeRconPacket(3, 0, "é"),
  ]);
  for (const step of [1, 2]) {
    const decoder = new RconPacketDecoder();
    const packets = [];
    for (let i = 0; i < stream.length; i += step) {
      packets.push(...decoder.push(stream.slice(i, i + step)));
    }
    assert.deepEqual(packets.map((p) => [p.id, new TextDecoder().decode(p.body)]), [
      [1, "a".repeat(5000)],
      [2, ""],
      [3, "é"],
    ]);
  }
  assert.throws(() => new RconPacketDecoder().push(Uint8Array.of(9, 0, 0, 0)), RangeError);
  assert.throws(() => new RconPacketDecoder(100).push(Uint8Array.of(97, 0, 0, 0)), RangeError);
});

Deno.test("splitRconResponse() cuts at 4096 characters and always sends one chunk", () => {
  assert.deepEqual(splitRconResponse(""), [""]);
  const chunks = splitRconResponse("é".repeat(RCON_CHUNK_CHARS * 2 + 1));
  assert.deepEqual(chunks.map((c) => c.length), [4096, 4096, 1]);
});

Deno.test("RconClient.exec() refuses commands vanilla could not read in one packet", async () => {
  using listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const accepted = listener.accept();
  using client = await RconClient.connect("127.0.0.1", listener.addr.port);
  using _conn = await accepted;
  await assert.rejects(
    client.exec("x".repeat(2000)),
    (e) => e instanceof MinecraftError && e.code === "INVALID_COMMAND",
  );
  await assert.rejects(
    client.exec("a\u0000b"),
    (e) => e instanceof MinecraftError && e.code === "INVALID_COMMAND",
  );
});

Deno.test("RconClient.connect() fails with CONNECTION_CLOSED when nothing listens", async () => {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = listener.addr.port;
  listener.close();
  await assert.rejects(
    RconClient.connect("127.0.0.1", port),
    (e) => e instanceof MinecraftError && e.code === "CONNECTION_CLOSED",
  );
});

Deno.test("RconClient.auth() times out and closes when the server never answers", async () => {
  using listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const accepted = listener.accept();
  using client = await RconClient.connect("127.0.0.1", listener.addr.port, { timeoutMs: 150 });
  using conn = await accepted;
  await assert.rejects(
    client.auth("pw"),
    (e) => e instanceof MinecraftError && e.code === "TIMEOUT",
  );
  await assert.rejects(
    client.exec("list"),
    (e) => e instanceof MinecraftError && e.code === "CONNECTION_CLOSED",
  );
  const buf = new Uint8Array(64);
  while ((await conn.read(buf)) !== null) { /* the auth packet */ }
});

Deno.test("RconClient.exec() waits for a slow command up to its own deadline, not the client's", async () => {
  using listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const accepted = listener.accept();
  // The client's deadline (connect, auth) is short; the command takes longer than that.
  using client = await RconClient.connect("127.0.0.1", listener.addr.port, { timeoutMs: 100 });
  using conn = await accepted;
  const slowPeer = (async () => {
    const decoder = new RconPacketDecoder();
    const buf = new Uint8Array(1024);
    for (;;) {
      const n = await conn.read(buf);
      assert.notEqual(n, null, "the client closed the connection (timed out)");
      const [packet] = decoder.push(buf.slice(0, n!));
      if (packet === undefined) continue;
      // A `save-all flush` on a big world: the answer comes after the client's 100 ms.
      await new Promise((resolve) => setTimeout(resolve, 400));
      await conn.write(encodeRconPacket(packet.id, 0, "Saved the game"));
      return;
    }
  })();
  assert.equal(await client.exec("save-all flush", { timeoutMs: 5000 }), "Saved the game");
  await slowPeer;
});
