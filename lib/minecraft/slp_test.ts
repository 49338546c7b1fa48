import assert from "node:assert/strict";
import {
  decodeHandshake,
  decodeLegacyKick,
  decodeVarInt,
  encodeHandshake,
  encodeLegacyKick,
  encodePing,
  encodeSlpPacket,
  encodeSlpString,
  encodeVarInt,
  parseStatusJson,
  pingServer,
  SlpPacketDecoder,
  SlpReader,
} from "./slp.ts";
import { MinecraftError } from "./errors.ts";

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join(" ");

// The VarInt examples of the protocol page (wiki.vg / minecraft.wiki "Data types").
const VARINTS: [number, string][] = [
  [0, "00"],
  [1, "01"],
  [2, "02"],
  [127, "7f"],
  [128, "80 01"],
  [255, "ff 01"],
  [25565, "dd c7 01"],
  [2097151, "ff ff 7f"],
  [2147483647, "ff ff ff ff 07"],
  [-1, "ff ff ff ff 0f"],
  [-2147483648, "80 80 80 80 08"],
];

Deno.test("encodeVarInt() and decodeVarInt() match the protocol page's examples", () => {
  for (const [value, bytes] of VARINTS) {
    assert.equal(hex(encodeVarInt(value)), bytes, `encode ${value}`);
    const encoded = encodeVarInt(value);
    assert.deepEqual(decodeVarInt(encoded), { value, size: encoded.length });
    assert.equal(decodeVarInt(encoded.subarray(0, encoded.length - 1)), null);
  }
  assert.throws(
    () => decodeVarInt(Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x01])),
    RangeError,
  );
  assert.throws(() => encodeVarInt(2 ** 32), RangeError);
});

Deno.test("encodeHandshake() frames a handshake that decodeHandshake() reads back", () => {
  const bytes = encodeHandshake({ protocol: 769, host: "localhost", port: 25565, nextState: 1 });
  // length 16, id 0, protocol 769 (81 06), "localhost", port 63 dd, next state 1
  assert.equal(
    hex(bytes),
    "10 00 81 06 09 6c 6f 63 61 6c 68 6f 73 74 63 dd 01",
  );
  const [packet] = new SlpPacketDecoder().push(bytes);
  assert.equal(packet.id, 0);
  assert.deepEqual(decodeHandshake(packet.payload), {
    protocol: 769,
    host: "localhost",
    port: 25565,
    nextState: 1,
  });
});

Deno.test("SlpPacketDecoder.push() reassembles packets fed one byte at a time", () => {
  const stream = new Uint8Array([
    ...encodeSlpPacket(0),
    ...encodeSlpPacket(0, encodeSlpString("x".repeat(300))),
    ...encodePing(-5n),
  ]);
  const decoder = new SlpPacketDecoder();
  const packets = [];
  for (const byte of stream) packets.push(...decoder.push(Uint8Array.of(byte)));
  assert.equal(packets.length, 3);
  assert.deepEqual(packets[0], { id: 0, payload: new Uint8Array() });
  assert.equal(new SlpReader(packets[1].payload).string(), "x".repeat(300));
  assert.equal(packets[2].id, 1);
  assert.equal(new SlpReader(packets[2].payload).long(), -5n);
  assert.equal(decoder.pending, 0);
});

Deno.test("SlpPacketDecoder.push() refuses zero and oversized lengths", () => {
  assert.throws(() => new SlpPacketDecoder().push(Uint8Array.of(0)), RangeError);
  assert.throws(() => new SlpPacketDecoder(100).push(encodeVarInt(101)), RangeError);
});

Deno.test("SlpReader.string() refuses strings over the limit and cut-short payloads", () => {
  assert.throws(() => new SlpReader(encodeSlpString("a".repeat(256))).string(255), RangeError);
  assert.throws(() => new SlpReader(encodeSlpString("abc").subarray(0, 3)).string(), RangeError);
});

Deno.test("encodeLegacyKick() writes 0xFF, a UTF-16 length and UTF-16BE text", () => {
  const text = "§1\u0000127\u00001.21.4\u0000A Minecraft Server\u00000\u000020";
  const bytes = encodeLegacyKick(text);
  assert.equal(hex(bytes.subarray(0, 7)), "ff 00 25 00 a7 00 31");
  assert.equal(decodeLegacyKick(bytes), text);
  assert.equal(decodeLegacyKick(bytes.subarray(0, 10)), null);
});

Deno.test("parseStatusJson() flattens component descriptions and tolerates missing fields", () => {
  const s = parseStatusJson(
    JSON.stringify({
      version: { name: "1.21.4", protocol: 769 },
      players: { max: 20, online: 1, sample: [{ name: "Alex", id: "u" }] },
      description: { text: "A ", extra: ["B", { text: "C", extra: [{ text: "D" }] }] },
      favicon: "data:image/png;base64,AA==",
    }),
    3,
  );
  assert.equal(s.description, "A BCD");
  assert.deepEqual(s.players.sample, [{ name: "Alex", id: "u" }]);
  assert.equal(s.favicon, "data:image/png;base64,AA==");
  const bare = parseStatusJson('{"description":"plain"}', 1);
  assert.equal(bare.description, "plain");
  assert.equal(bare.players.max, 0);
  assert.throws(
    () => parseStatusJson("[1]", 1),
    (e) => e instanceof MinecraftError && e.code === "MALFORMED",
  );
});

Deno.test("pingServer() fails with CONNECTION_CLOSED when nothing listens", async () => {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = listener.addr.port;
  listener.close();
  await assert.rejects(
    pingServer("127.0.0.1", port, 2000),
    (e) => e instanceof MinecraftError && e.code === "CONNECTION_CLOSED",
  );
});

Deno.test("pingServer() fails with TIMEOUT when the server never answers", async () => {
  using listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const accepted = listener.accept();
  await assert.rejects(
    pingServer("127.0.0.1", listener.addr.port, 200),
    (e) => e instanceof MinecraftError && e.code === "TIMEOUT",
  );
  const conn = await accepted;
  // The client closed its side on timeout: the server sees the end of the stream.
  const buf = new Uint8Array(1024);
  while ((await conn.read(buf)) !== null) { /* the handshake bytes */ }
  conn.close();
});
