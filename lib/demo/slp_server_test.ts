import assert from "node:assert/strict";
import { startDemo } from "../../tests/helpers/demo.ts";
import { statusJson } from "./slp_server.ts";
import {
  decodeLegacyKick,
  encodeHandshake,
  encodePing,
  encodeSlpPacket,
  pingServer,
  SlpPacketDecoder,
  SlpReader,
} from "../minecraft/slp.ts";

/** Sends bytes, then reads until the server closes. */
async function exchange(port: number, ...writes: Uint8Array[]): Promise<Uint8Array> {
  using conn = await Deno.connect({ hostname: "127.0.0.1", port });
  for (const w of writes) await conn.write(w);
  const chunks: number[] = [];
  const buf = new Uint8Array(4096);
  for (;;) {
    const n = await conn.read(buf);
    if (n === null) break;
    chunks.push(...buf.subarray(0, n));
  }
  return Uint8Array.from(chunks);
}

Deno.test("statusJson() writes vanilla's fields in vanilla's order", () => {
  const json = statusJson({
    version: { name: "1.21.4", protocol: 769 },
    motd: "§aHi",
    maxPlayers: 5,
    players: [{ name: "Alex", uuid: "u" }],
    hidePlayers: false,
    enabled: true,
    enforcesSecureChat: true,
  });
  assert.equal(
    json,
    '{"description":"§aHi","players":{"max":5,"online":1,"sample":[{"name":"Alex","id":"u"}]},' +
      '"version":{"name":"1.21.4","protocol":769},"enforcesSecureChat":true}',
  );
});

Deno.test("the demo answers the Server List Ping with its properties", async () => {
  await using demo = await startDemo({
    properties: { motd: "§6Atlas: demo = ok", "max-players": "12" },
    files: { "server-icon.png": "not really a png" },
  });
  const status = await pingServer("127.0.0.1", demo.port, 5000);
  assert.equal(status.description, "§6Atlas: demo = ok");
  assert.equal(status.players.max, 12);
  assert.equal(status.players.online, 0);
  assert.deepEqual(status.version, { name: "1.21.4", protocol: 769 });
  assert.equal(status.raw.enforcesSecureChat, true);
  assert.equal(status.favicon, `data:image/png;base64,${btoa("not really a png")}`);
  assert.ok(status.latencyMs >= 0);
});

Deno.test("the demo echoes the ping payload, then closes like vanilla", async () => {
  await using demo = await startDemo();
  const reply = await exchange(
    demo.port,
    encodeHandshake({ protocol: 769, host: "localhost", port: demo.port, nextState: 1 }),
    encodeSlpPacket(0),
    encodePing(-123456789012345n),
  );
  const packets = new SlpPacketDecoder().push(reply);
  assert.deepEqual(packets.map((p) => p.id), [0, 1]);
  assert.match(new SlpReader(packets[0].payload).string(), /^\{"description":/);
  assert.equal(new SlpReader(packets[1].payload).long(), -123456789012345n);
});

Deno.test("the demo answers legacy 0xFE pings in both old formats", async () => {
  await using demo = await startDemo({ properties: { motd: "Old", "max-players": "9" } });
  assert.equal(decodeLegacyKick(await exchange(demo.port, Uint8Array.of(0xfe))), "Old§0§9");
  assert.equal(
    decodeLegacyKick(await exchange(demo.port, Uint8Array.of(0xfe, 0x01))),
    "§1\u0000127\u00001.21.4\u0000Old\u00000\u00009",
  );
});

Deno.test("the demo turns away logins with a login-disconnect packet", async () => {
  await using demo = await startDemo();
  const reasons = [];
  for (const protocol of [700, 769, 800]) {
    const reply = await exchange(
      demo.port,
      encodeHandshake({ protocol, host: "localhost", port: demo.port, nextState: 2 }),
    );
    const [packet] = new SlpPacketDecoder().push(reply);
    assert.equal(packet.id, 0);
    reasons.push(JSON.parse(new SlpReader(packet.payload).string()));
  }
  assert.deepEqual(reasons[0], {
    translate: "multiplayer.disconnect.outdated_client",
    with: ["1.21.4"],
  });
  assert.match(reasons[1].text, /demo server/);
  assert.equal(reasons[2].translate, "multiplayer.disconnect.outdated_server");
});

Deno.test("the demo closes without an answer when enable-status=false or on garbage", async () => {
  await using demo = await startDemo({ properties: { "enable-status": "false" } });
  const silent = await exchange(
    demo.port,
    encodeHandshake({ protocol: 769, host: "localhost", port: demo.port, nextState: 1 }),
    encodeSlpPacket(0),
  );
  assert.equal(silent.length, 0);
  assert.equal(
    (await exchange(demo.port, Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff))).length,
    0,
  );
});
