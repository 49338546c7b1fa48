import assert from "node:assert/strict";
import { join } from "node:path";
import { command, startDemo } from "../../tests/helpers/demo.ts";
import { parseProperties } from "../minecraft/properties.ts";

const STAMP = /^\[\d\d:\d\d:\d\d\] \[[^\]]+\/(INFO|WARN|ERROR)\]: /;

Deno.test("runDemoServer() prints vanilla's start-up lines up to Done", async () => {
  await using demo = await startDemo();
  const messages = demo.messages();
  for (const line of demo.stdout.lines) assert.match(line, STAMP);
  assert.match(demo.stdout.lines[0], /\[ServerMain\/INFO\]: Environment: /);
  assert.ok(messages.includes("No existing world data, creating new world"));
  const start = messages.indexOf("Starting minecraft server version 1.21.4");
  assert.deepEqual(messages.slice(start, start + 5), [
    "Starting minecraft server version 1.21.4",
    "Loading properties",
    "Default game type: SURVIVAL",
    "Generating keypair",
    `Starting Minecraft server on 127.0.0.1:${demo.port}`,
  ]);
  assert.ok(messages.includes('Preparing level "world"'));
  assert.match(messages.at(-1)!, /^Done \(\d+\.\d{3}s\)! For help, type "help"$/);
});

Deno.test("runDemoServer() writes vanilla's default server.properties when there is none", async () => {
  await using demo = await startDemo({ properties: null, waitForDone: false });
  // Port 25565 may be taken on this machine: the bind's outcome does not matter here.
  await demo.stdout.waitForLine("Starting Minecraft server on *:25565");
  const text = await Deno.readTextFile(join(demo.dir, "server.properties"));
  assert.match(text, /^#Minecraft server properties\n#\w{3} \w{3} \d\d /);
  const props = parseProperties(text);
  assert.equal(props.get("server-port"), "25565");
  assert.equal(props.get("motd"), "A Minecraft Server");
  assert.equal(props.get("level-type"), "minecraft:normal");
  assert.equal(props.get("enable-rcon"), "false");
});

Deno.test("runDemoServer() exits 1 with vanilla's lines when the game port is taken", async () => {
  using taken = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  await using demo = await startDemo({
    properties: { "server-port": String(taken.addr.port) },
    waitForDone: false,
  });
  assert.equal((await demo.status()).code, 1);
  assert.deepEqual(demo.messages().slice(-3), [
    "**** FAILED TO BIND TO PORT!",
    "The exception was: java.net.BindException: Address already in use",
    "Perhaps a server is already running on that port?",
  ]);
});

Deno.test("runDemoServer() answers console commands with vanilla's texts", async () => {
  await using demo = await startDemo({ properties: { "max-players": "7" } });
  assert.deepEqual(await command(demo, "list", "players online"), [
    "There are 0 of a max of 7 players online: ",
  ]);
  assert.deepEqual(await command(demo, "say hello  world", "hello"), ["[Server] hello  world"]);
  assert.deepEqual(await command(demo, "/say slash", "slash"), ["[Server] slash"]);
  assert.deepEqual(await command(demo, "save-off", "saving"), ["Automatic saving is now disabled"]);
  assert.deepEqual(await command(demo, "save-off", "Saving"), ["Saving is already turned off"]);
  assert.deepEqual(await command(demo, "save-all flush", "Saved the game"), [
    "Saving the game (this may take a moment!)",
    "Saved the game",
  ]);
  assert.deepEqual(await command(demo, "save-on", "saving"), ["Automatic saving is now enabled"]);
  assert.deepEqual(await command(demo, "save-on", "Saving"), ["Saving is already turned on"]);
  assert.deepEqual(await command(demo, "help list", "/list"), ["/list uuids"]);
  const help = await command(demo, "help", "/stop");
  assert.deepEqual(help, [
    "/help [<command>]",
    "/list [uuids]",
    "/save-all [flush]",
    "/save-off",
    "/save-on",
    "/say <message>",
    "/stop",
  ]);
  assert.deepEqual(await command(demo, "help nope", "Unknown command"), [
    "Unknown command or insufficient permissions",
  ]);
});

Deno.test("runDemoServer() reports bad commands as Brigadier does", async () => {
  await using demo = await startDemo();
  const cases: [string, string, string][] = [
    ["foo bar", "Unknown or incomplete command, see below for error", "foo bar<--[HERE]"],
    ["say", "Unknown or incomplete command, see below for error", "say<--[HERE]"],
    ["stop now", "Incorrect argument for command", "stop now<--[HERE]"],
    ["list all", "Incorrect argument for command", "list all<--[HERE]"],
    ["save-all flush extra", "Incorrect argument for command", "...-all flush extra<--[HERE]"],
    ["", "Unknown or incomplete command, see below for error", "<--[HERE]"],
  ];
  for (const [input, first, second] of cases) {
    assert.deepEqual(await command(demo, input, "<--[HERE]"), [first, second], input);
  }
});

Deno.test("runDemoServer() stops on `stop` with vanilla's lines and exit code 0", async () => {
  await using demo = await startDemo({ env: { ATLAS_DEMO_PLAYERS: "Alex" } });
  const from = demo.stdout.lines.length;
  await demo.send("stop");
  const status = await demo.status();
  assert.equal(status.code, 0, demo.stderr.text());
  const messages = demo.messages(from);
  assert.deepEqual(messages, [
    "Stopping the server",
    "Stopping server",
    "Saving players",
    "Alex lost connection: Server closed",
    "Alex left the game",
    "Saving worlds",
    "Saving chunks for level 'ServerLevel[world]'/minecraft:overworld",
    "Saving chunks for level 'ServerLevel[world]'/minecraft:the_nether",
    "Saving chunks for level 'ServerLevel[world]'/minecraft:the_end",
    "ThreadedAnvilChunkStorage (world): All chunks are saved",
    "ThreadedAnvilChunkStorage (DIM-1): All chunks are saved",
    "ThreadedAnvilChunkStorage (DIM1): All chunks are saved",
    "ThreadedAnvilChunkStorage: All dimensions are saved",
  ]);
});

Deno.test("runDemoServer() stops gracefully on SIGTERM with the JVM's exit code 143", async () => {
  await using demo = await startDemo();
  await Deno.remove(join(demo.dir, "world", "level.dat"));
  demo.child.kill("SIGTERM");
  const status = await demo.status();
  assert.equal(status.code, 143);
  const messages = demo.messages();
  assert.ok(!messages.includes("Stopping the server"));
  assert.ok(messages.includes("Stopping server"));
  assert.equal(messages.at(-1), "ThreadedAnvilChunkStorage: All dimensions are saved");
  await Deno.stat(join(demo.dir, "world", "level.dat")); // saved on the way out
});

Deno.test("runDemoServer() stops gracefully on SIGINT with the JVM's exit code 130", async () => {
  await using demo = await startDemo();
  demo.child.kill("SIGINT");
  assert.equal((await demo.status()).code, 130);
  assert.equal(
    demo.messages().at(-1),
    "ThreadedAnvilChunkStorage: All dimensions are saved",
  );
});

Deno.test("runDemoServer() stops during start-up on SIGTERM without reaching Done", async () => {
  await using demo = await startDemo({
    env: { ATLAS_DEMO_START_DELAY_MS: "20000" },
    waitForDone: false,
  });
  await demo.stdout.waitForLine("Preparing spawn area: 0%");
  demo.child.kill("SIGTERM");
  assert.equal((await demo.status()).code, 143);
  const messages = demo.messages();
  assert.ok(!messages.some((m) => m.startsWith("Done (")));
  assert.equal(messages.at(-1), "ThreadedAnvilChunkStorage: All dimensions are saved");
});

Deno.test("runDemoServer() keeps running when stdin ends, as vanilla does", async () => {
  // The crash hook fires 300 ms after Done: if end of input stopped the
  // server, it would exit 0 with shutdown lines instead of crashing.
  await using demo = await startDemo({ env: { ATLAS_DEMO_CRASH_AFTER_MS: "300" } });
  await demo.closeStdin();
  const status = await demo.status();
  assert.equal(status.code, 1);
  assert.ok(demo.messages().includes("Encountered an unexpected exception"));
  assert.ok(!demo.messages().includes("Stopping server"));
});

Deno.test("runDemoServer() runs commands typed during start-up once it is Done", async () => {
  await using demo = await startDemo({
    env: { ATLAS_DEMO_START_DELAY_MS: "400" },
    waitForDone: false,
  });
  await demo.stdout.waitForLine("Starting minecraft server version");
  await demo.send("list");
  const done = await demo.stdout.waitForLine("Done (");
  const list = await demo.stdout.waitForLine("players online");
  assert.ok(list.index > done.index);
});
