import assert from "node:assert/strict";
import { join } from "node:path";
import { command, startDemo } from "../../tests/helpers/demo.ts";
import { readDemoHooks } from "./hooks.ts";
import { formatDemoJar, parseDemoJar } from "./jar.ts";
import { offlineUuid } from "./players.ts";
import { pathExists } from "../util/fs.ts";
import { pingServer } from "../minecraft/slp.ts";

Deno.test("readDemoHooks() reads every variable and warns about bad numbers", () => {
  const { hooks, warnings } = readDemoHooks({
    ATLAS_DEMO_START_DELAY_MS: "50",
    ATLAS_DEMO_EXIT_AT_START: "1",
    ATLAS_DEMO_CRASH_AFTER_MS: "0",
    ATLAS_DEMO_IGNORE_STOP: "true",
    ATLAS_DEMO_IGNORE_SIGTERM: "0",
    ATLAS_DEMO_SPAM_LINES: "soon",
    ATLAS_DEMO_PLAYERS: " Alex, Steve,,Alex ",
    ATLAS_DEMO_SAVE_DELAY_MS: "-5",
  });
  assert.deepEqual(hooks, {
    startDelayMs: 50,
    exitAtStart: true,
    crashAfterMs: 0,
    ignoreStop: true,
    ignoreSigterm: false,
    spamLines: 0,
    players: ["Alex", "Steve"],
    saveDelayMs: 0,
    autosaveMs: 300_000,
    floodBytesPerSecond: 0,
  });
  assert.deepEqual(warnings.map((w) => w.name), [
    "ATLAS_DEMO_SPAM_LINES",
    "ATLAS_DEMO_SAVE_DELAY_MS",
  ]);
  assert.equal(readDemoHooks({}).hooks.crashAfterMs, null);
  assert.equal(readDemoHooks({}).hooks.startDelayMs, 1500);
});

Deno.test("parseDemoJar() accepts demo jars only", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  assert.deepEqual(parseDemoJar(enc(formatDemoJar({ version: "1.21.5", protocol: 770 }))), {
    name: "1.21.5",
    protocol: 770,
    failStart: false,
  });
  assert.equal(parseDemoJar(enc('{"version":"1.21.5"}')), null);
  assert.equal(parseDemoJar(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0xff)), null);
  assert.equal(parseDemoJar(enc('{"atlasDemoJar":1,"failStart":true}'))?.failStart, true);
});

Deno.test("runDemoServer() fails at start with ATLAS_DEMO_EXIT_AT_START", async () => {
  await using demo = await startDemo({
    env: { ATLAS_DEMO_EXIT_AT_START: "1" },
    waitForDone: false,
  });
  assert.equal((await demo.status()).code, 1);
  const text = demo.stdout.text();
  assert.match(text, /\[Server thread\/ERROR\]: Encountered an unexpected exception\n/);
  assert.match(text, /java\.lang\.IllegalStateException: Failed to initialize server/);
  assert.doesNotMatch(text, /Done \(/);
});

Deno.test("runDemoServer() crashes after ATLAS_DEMO_CRASH_AFTER_MS with a crash report", async () => {
  await using demo = await startDemo({ env: { ATLAS_DEMO_CRASH_AFTER_MS: "100" } });
  assert.equal((await demo.status()).code, 1);
  const text = demo.stdout.text();
  assert.match(
    text,
    /\[Server thread\/ERROR\]: Encountered an unexpected exception\njava\.lang\.RuntimeException: /,
  );
  const saved = text.match(
    /This crash report has been saved to: (.*crash-[\d-]+_[\d.]+-server\.txt)$/m,
  );
  assert.ok(saved, text);
  assert.match(await Deno.readTextFile(saved[1]), /^---- Minecraft Crash Report ----/);
  assert.doesNotMatch(text, /Stopping server/);
});

Deno.test("runDemoServer() keeps running after stop with ATLAS_DEMO_IGNORE_STOP", async () => {
  await using demo = await startDemo({ env: { ATLAS_DEMO_IGNORE_STOP: "1" } });
  await command(demo, "stop", "Stopping the server");
  // Commands run in order on the server thread: this answer proves `stop` did not stop it.
  await command(demo, "list", "players online");
  assert.ok(!demo.messages().includes("Stopping server"));
  demo.child.kill("SIGTERM");
  assert.equal((await demo.status()).code, 143);
});

Deno.test("runDemoServer() ignores SIGTERM with ATLAS_DEMO_IGNORE_SIGTERM", async () => {
  await using demo = await startDemo({ env: { ATLAS_DEMO_IGNORE_SIGTERM: "1" }, debug: true });
  demo.child.kill("SIGTERM");
  await demo.stderr.waitForLine("SIGTERM ignored");
  await command(demo, "list", "players online");
  demo.child.kill("SIGKILL");
  const status = await demo.status();
  assert.equal(status.signal, "SIGKILL");
  assert.ok(!demo.messages().includes("Stopping server"));
});

Deno.test("runDemoServer() prints ATLAS_DEMO_SPAM_LINES numbered lines in order after Done", async () => {
  const n = 20_000;
  await using demo = await startDemo({ env: { ATLAS_DEMO_SPAM_LINES: String(n) } });
  const last = await demo.stdout.waitForLine(`Spam line ${n} of ${n}`);
  const done = demo.stdout.lines.findIndex((l) => l.includes("Done ("));
  const spam = demo.messages(done + 1).slice(0, last.index - done);
  assert.equal(spam.length, n);
  spam.forEach((m, i) => assert.equal(m, `Spam line ${i + 1} of ${n}`));
  await demo.send("stop");
  assert.equal((await demo.status()).code, 0);
});

Deno.test("runDemoServer() prints ATLAS_DEMO_FLOOD_BYTES_PER_SECOND bytes a second as one line", async () => {
  const rate = 300_000;
  await using demo = await startDemo({
    env: { ATLAS_DEMO_FLOOD_BYTES_PER_SECOND: String(rate) },
  });
  const first = await demo.stdout.waitForLine(/^x+$/);
  const second = await demo.stdout.waitForLine(/^x+$/, { from: first.index + 1 });
  // Each second's bytes form one line (a stop command may land inside one).
  assert.equal(first.line.length, rate);
  assert.equal(second.line.length, rate);
  await demo.send("stop");
  assert.equal((await demo.status()).code, 0);
});

Deno.test("runDemoServer() shows ATLAS_DEMO_PLAYERS in join lines, list and the ping", async () => {
  await using demo = await startDemo({ env: { ATLAS_DEMO_PLAYERS: "Alex,Steve" } });
  await demo.stdout.waitForLine("Steve joined the game");
  const messages = demo.messages();
  const alex = offlineUuid("Alex");
  assert.ok(messages.includes(`UUID of player Alex is ${alex}`));
  assert.ok(
    messages.some((m) =>
      /^Alex\[\/127\.0\.0\.1:\d+\] logged in with entity id \d+ at \(0\.5, 64\.0, 0\.5\)$/.test(m)
    ),
  );
  assert.ok(messages.includes("Alex joined the game"));
  assert.deepEqual(await command(demo, "list", "players online"), [
    "There are 2 of a max of 20 players online: Alex, Steve",
  ]);
  assert.deepEqual(await command(demo, "list uuids", "players online"), [
    `There are 2 of a max of 20 players online: Alex (${alex}), Steve (${offlineUuid("Steve")})`,
  ]);
  const status = await pingServer("127.0.0.1", demo.port, 5000);
  assert.equal(status.players.online, 2);
  assert.deepEqual(status.players.sample.map((p) => p.name), ["Alex", "Steve"]);
  assert.equal(status.players.sample[0].id, alex);
});

Deno.test("runDemoServer() reports the version of a demo server.jar and ignores other jars", async () => {
  {
    await using demo = await startDemo({
      files: { "server.jar": formatDemoJar({ version: "1.21.5", protocol: 770 }) },
    });
    assert.ok(demo.messages().includes("Starting minecraft server version 1.21.5"));
    const status = await pingServer("127.0.0.1", demo.port, 5000);
    assert.deepEqual(status.version, { name: "1.21.5", protocol: 770 });
  }
  {
    await using demo = await startDemo({
      files: { "server.jar": Uint8Array.of(0x50, 0x4b, 3, 4, 0) },
    });
    assert.ok(demo.messages().includes("Starting minecraft server version 1.21.4"));
    const status = await pingServer("127.0.0.1", demo.port, 5000);
    assert.deepEqual(status.version, { name: "1.21.4", protocol: 769 });
  }
});

Deno.test("runDemoServer() fails to start with a failStart demo jar", async () => {
  await using demo = await startDemo({
    files: { "server.jar": formatDemoJar({ version: "1.21.5", protocol: 770, failStart: true }) },
    waitForDone: false,
  });
  assert.equal((await demo.status()).code, 1);
  const text = demo.stdout.text();
  assert.match(text, /\[ServerMain\/ERROR\]: Failed to start the minecraft server\n/);
  assert.doesNotMatch(text, /Done \(/);
  assert.equal(await pathExists(join(demo.dir, "world")), false);
});
