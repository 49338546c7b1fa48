import assert from "node:assert/strict";
import { startDemo } from "../../tests/helpers/demo.ts";
import { MinecraftError } from "../minecraft/errors.ts";
import {
  encodeRconPacket,
  RCON_CHUNK_CHARS,
  RconClient,
  type RconPacket,
  RconPacketDecoder,
} from "../minecraft/rcon.ts";
import { concatBytes } from "../util/bytes.ts";

const RCON = { "enable-rcon": "true", "rcon.password": "s3cret" };

/** Reads packets until `count` have arrived or the server closes. */
async function readPackets(conn: Deno.Conn, count: number): Promise<RconPacket[]> {
  const decoder = new RconPacketDecoder();
  const packets: RconPacket[] = [];
  const buf = new Uint8Array(65536);
  while (packets.length < count) {
    const n = await conn.read(buf);
    if (n === null) break;
    packets.push(...decoder.push(buf.slice(0, n)));
  }
  return packets;
}

const text = (p: RconPacket) => new TextDecoder().decode(p.body);

Deno.test("the demo's RCON runs commands after auth, with vanilla's concatenated output", async () => {
  await using demo = await startDemo({ properties: RCON });
  assert.ok(demo.messages().includes(`RCON running on 127.0.0.1:${demo.rconPort}`));
  using rcon = await RconClient.connect("127.0.0.1", demo.rconPort);
  await rcon.auth("s3cret");
  assert.equal(await rcon.exec("list"), "There are 0 of a max of 20 players online: ");
  assert.equal(
    await rcon.exec("save-all"),
    "Saving the game (this may take a moment!)Saved the game",
  );
  await demo.stdout.waitForLine("[Rcon: Saved the game]");
  assert.equal(await rcon.exec("say over rcon"), "");
  await demo.stdout.waitForLine("[Rcon] over rcon");
  assert.equal(
    await rcon.exec("nope"),
    "Unknown or incomplete command, see below for errornope<--[HERE]",
  );
  await demo.stdout.waitForLine(
    /\[RCON Listener #\d+\/INFO\]: Thread RCON Client \/127\.0\.0\.1 started/,
  );
});

Deno.test("the demo's RCON answers id -1 to a wrong password and to exec before auth", async () => {
  await using demo = await startDemo({ properties: RCON });
  {
    using rcon = await RconClient.connect("127.0.0.1", demo.rconPort);
    await assert.rejects(
      rcon.exec("list"),
      (e) => e instanceof MinecraftError && e.code === "AUTH_FAILED",
    );
    await assert.rejects(
      rcon.auth("wrong"),
      (e) => e instanceof MinecraftError && e.code === "AUTH_FAILED",
    );
    await assert.rejects(
      rcon.auth(""),
      (e) => e instanceof MinecraftError && e.code === "AUTH_FAILED",
    );
    await rcon.auth("s3cret"); // the connection stays usable, as in vanilla
    assert.match(await rcon.exec("list"), /players online/);
  }
  using conn = await Deno.connect({ hostname: "127.0.0.1", port: demo.rconPort });
  await conn.write(encodeRconPacket(5, 3, "wrong"));
  const [failure] = await readPackets(conn, 1);
  assert.deepEqual([failure.id, failure.type, failure.body.length], [-1, 2, 0]);
});

Deno.test("the demo's RCON answers an unknown packet type with `Unknown request <hex>`", async () => {
  await using demo = await startDemo({ properties: RCON });
  using conn = await Deno.connect({ hostname: "127.0.0.1", port: demo.rconPort });
  await conn.write(encodeRconPacket(9, 100, ""));
  const [reply] = await readPackets(conn, 1);
  assert.deepEqual([reply.id, reply.type, text(reply)], [9, 0, "Unknown request 64"]);
  await conn.write(encodeRconPacket(10, -2, ""));
  const [negative] = await readPackets(conn, 1);
  assert.equal(text(negative), "Unknown request fffffffe");
});

Deno.test("the demo's RCON splits long output into 4096-character packets that RconClient reassembles", async () => {
  const names = Array.from({ length: 700 }, (_, i) => `Player_${String(i).padStart(4, "0")}`);
  await using demo = await startDemo({
    properties: { ...RCON, "max-players": "1000" },
    env: { ATLAS_DEMO_PLAYERS: names.join(",") },
  });
  const expected = `There are 700 of a max of 1000 players online: ${names.join(", ")}`;
  assert.ok(expected.length > 2 * RCON_CHUNK_CHARS);

  using conn = await Deno.connect({ hostname: "127.0.0.1", port: demo.rconPort });
  await conn.write(encodeRconPacket(1, 3, "s3cret"));
  await readPackets(conn, 1);
  await conn.write(encodeRconPacket(2, 2, "list"));
  const chunks = await readPackets(conn, Math.ceil(expected.length / RCON_CHUNK_CHARS));
  assert.deepEqual(chunks.map((c) => c.body.length), [4096, 4096, expected.length - 8192]);
  assert.equal(new TextDecoder().decode(concatBytes(chunks.map((c) => c.body))), expected);

  using rcon = await RconClient.connect("127.0.0.1", demo.rconPort);
  await rcon.auth("s3cret");
  assert.equal(await rcon.exec("list"), expected);
  assert.equal(await rcon.exec("list"), expected); // the end marker's answer was consumed
});

Deno.test("the demo's RCON drops a connection that pipelines packets, as vanilla's single read does", async () => {
  await using demo = await startDemo({ properties: RCON });
  using conn = await Deno.connect({ hostname: "127.0.0.1", port: demo.rconPort });
  await conn.write(concatBytes([encodeRconPacket(1, 3, "s3cret"), encodeRconPacket(2, 2, "list")]));
  assert.deepEqual(await readPackets(conn, 1), []);
});

Deno.test("the demo keeps RCON off without a password, as vanilla does", async () => {
  await using demo = await startDemo({ properties: { "enable-rcon": "true" } });
  const messages = demo.messages();
  assert.ok(messages.includes("Starting remote control listener"));
  assert.ok(messages.includes("No rcon password set in server.properties, rcon disabled!"));
  await assert.rejects(
    RconClient.connect("127.0.0.1", demo.rconPort),
    (e) => e instanceof MinecraftError && e.code === "CONNECTION_CLOSED",
  );
});

Deno.test("the demo's RCON `stop` stops the server and closes the listener", async () => {
  await using demo = await startDemo({ properties: RCON });
  using rcon = await RconClient.connect("127.0.0.1", demo.rconPort);
  await rcon.auth("s3cret");
  assert.equal(await rcon.exec("stop"), "Stopping the server");
  assert.equal((await demo.status()).code, 0);
  const messages = demo.messages();
  assert.ok(messages.includes("[Rcon: Stopping the server]"));
  assert.ok(messages.includes("Thread RCON Listener stopped"));
});
