/**
 * SendCommand (console and RCON paths, validation) and GetStatus (Server
 * List Ping values, fallbacks, values kept when stopped) end to end.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { isIpcError } from "../lib/protocol/errors.ts";
import { atlas } from "../lib/protocol/messages.ts";
import { writeDemoServerDirectory } from "../lib/demo/mod.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { freePort } from "./helpers/child.ts";
import { waitFor } from "./helpers/tmp.ts";

const { ServerState } = atlas.common;

function code(expected: string): (e: unknown) => boolean {
  return (e) => {
    assert.ok(isIpcError(e), String(e));
    assert.equal(e.code, expected, e.message);
    return true;
  };
}

Deno.test("sendCommand() without RCON answers with the console lines printed after it", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const client = await daemon.client();
  const list = await client.sendCommand({ command: "list" });
  assert.equal(list.success, true);
  assert.match(list.response, /^There are 0 of a max of 20 players online:/);
  const say = await client.sendCommand({ command: "say hello world" });
  assert.equal(say.response, "[Server] hello world");
  const unknown = await client.sendCommand({ command: "frobnicate" });
  assert.match(
    unknown.response,
    /^Unknown or incomplete command, see below for error\n.*<--\[HERE\]/,
  );
});

Deno.test("sendCommand() uses RCON when server.properties enables it with a password", async () => {
  await using daemon = await startDaemon({
    rconPassword: "s3cret",
    env: { ATLAS_DEMO_PLAYERS: "Alex,Steve" },
    startServer: true,
  });
  const client = await daemon.client();
  const list = await client.sendCommand({ command: "list" });
  assert.equal(list.response, "There are 2 of a max of 20 players online: Alex, Steve");
  // Over RCON, `say` speaks as [Rcon] and answers nothing (the console would say [Server]).
  const say = await client.sendCommand({ command: "say via rcon" });
  assert.equal(say.response, "");
  // The console shows it too (the RCON answer can come before the console line is read).
  await waitFor(
    async () =>
      (await client.getLogs({ lines: 20 })).lines.some((l) => l.endsWith("[Rcon] via rcon")),
    { what: "the [Rcon] line on the console" },
  );
});

Deno.test("sendCommand() over RCON reassembles an output split into several packets", async () => {
  const players = Array.from({ length: 120 }, (_, i) => `Player_${i}`);
  await using daemon = await startDaemon({
    rconPassword: "s3cret",
    env: { ATLAS_DEMO_PLAYERS: players.join(",") },
    startServer: true,
  });
  const client = await daemon.client();
  const reply = await client.sendCommand({ command: "list uuids" });
  assert.ok(reply.response.length > 4096, `only ${reply.response.length} characters`);
  assert.match(reply.response, /^There are 120 of a max of 20 players online: /);
  for (const name of players) assert.ok(reply.response.includes(`${name} (`), name);
});

Deno.test("sendCommand() over RCON waits for a command slower than the connect and login deadline", async () => {
  // `save-all flush` on a big world: vanilla answers over RCON only once the save is done,
  // here 6 s later, past the 5 s that connecting and logging in may take.
  await using daemon = await startDaemon({
    rconPassword: "s3cret",
    env: { ATLAS_DEMO_SAVE_DELAY_MS: "6000" },
    startServer: true,
  });
  const client = await daemon.client();
  const reply = await client.sendCommand({ command: "save-all flush" });
  assert.equal(reply.success, true);
  assert.match(reply.response, /^Saving the game \(this may take a moment!\)Saved the game$/);
});

Deno.test("sendCommand() refuses bad commands and needs a running server", async () => {
  await using daemon = await startDaemon();
  const client = await daemon.client();
  await assert.rejects(client.sendCommand({ command: "list" }), code("NOT_RUNNING"));
  await client.startServer({ waitForReady: true });
  await assert.rejects(client.sendCommand({ command: "" }), code("VALIDATION"));
  await assert.rejects(client.sendCommand({ command: "say a\nstop" }), code("VALIDATION"));
  await assert.rejects(client.sendCommand({ command: "say \x1b[2J" }), code("VALIDATION"));
  await assert.rejects(client.sendCommand({ command: "x".repeat(1001) }), code("VALIDATION"));
  // None of them reached the console; the server still runs.
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_RUNNING);
  const logs = await client.getLogs({ lines: 1000 });
  assert.ok(!logs.lines.some((l) => /Stopping the server/.test(l)));
  const ok = await client.sendCommand({ command: "x".repeat(1000) });
  assert.equal(ok.success, true);
});

Deno.test("getStatus() reports the Server List Ping values while running, and keeps the version when stopped", async () => {
  await using daemon = await startDaemon({ env: { ATLAS_DEMO_PLAYERS: "Alex,Steve" } });
  const client = await daemon.client();
  const before = await client.getStatus();
  assert.equal(before.state, ServerState.SERVER_STATE_STOPPED);
  assert.equal(before.version, "");
  assert.equal(before.motd, "An Atlas Runner demo server");
  assert.equal(before.maxPlayers, 20);
  await client.startServer({ waitForReady: true });
  const running = await client.getStatus();
  assert.equal(running.state, ServerState.SERVER_STATE_RUNNING);
  assert.equal(running.version, "1.21.4");
  assert.equal(running.playerCount, 2);
  assert.equal(running.maxPlayers, 20);
  assert.equal(running.motd, "An Atlas Runner demo server");
  assert.ok(Number(running.memoryUsageMb) > 0, `memory ${running.memoryUsageMb}`);
  assert.ok(Number(running.uptimeSeconds) >= 0);
  await client.stopServer({});
  const after = await client.getStatus();
  assert.equal(after.state, ServerState.SERVER_STATE_STOPPED);
  assert.equal(after.version, "1.21.4");
  assert.equal(Number(after.uptimeSeconds), 0);
  assert.equal(Number(after.memoryUsageMb), 0);
  assert.equal(after.playerCount, 0);
});

Deno.test("getStatus() falls back to server.properties and the console when the ping is off", async () => {
  await using daemon = await startDaemon({ env: { ATLAS_DEMO_PLAYERS: "Alex,Steve" } });
  const props = join(daemon.serverDir, "server.properties");
  const text = await Deno.readTextFile(props);
  await Deno.writeTextFile(
    props,
    text.replace("enable-status=true", "enable-status=false")
      .replace(/^motd=.*$/m, "motd=Fallback MOTD")
      .replace(/^max-players=.*$/m, "max-players=7"),
  );
  const client = await daemon.client();
  await client.startServer({ waitForReady: true });
  const status = await client.getStatus();
  assert.equal(status.state, ServerState.SERVER_STATE_RUNNING);
  assert.equal(status.version, "1.21.4"); // from "Starting minecraft server version 1.21.4"
  assert.equal(status.motd, "Fallback MOTD");
  assert.equal(status.maxPlayers, 7);
  assert.equal(status.playerCount, 2); // from the join lines
});

Deno.test("a server.directory change waits for the next start: status and console keep the running server's", async () => {
  await using daemon = await startDaemon({ rconPassword: "s3cret", startServer: true });
  const client = await daemon.client();
  // Another server directory: other ports, no RCON, another MOTD and size.
  const other = join(daemon.dir, "other");
  await writeDemoServerDirectory(other, {
    port: freePort(),
    rconPort: freePort(),
    motd: "Another server",
    maxPlayers: 3,
  });
  await client.setConfig({ configJson: JSON.stringify({ server: { directory: other } }) });
  // The running server still has its own ports and RCON (it read them at start).
  const running = await client.getStatus();
  assert.equal(running.motd, "An Atlas Runner demo server");
  assert.equal(running.maxPlayers, 20);
  // Over RCON `say` answers nothing; on the console it would answer "[Server] still here".
  assert.equal((await client.sendCommand({ command: "say still here" })).response, "");
  await client.stopServer({});
  // Stopped, the configured directory is the one that counts.
  const stopped = await client.getStatus();
  assert.equal(stopped.motd, "Another server");
  assert.equal(stopped.maxPlayers, 3);
});

/**
 * A server whose status port hangs: it prints the start-up lines, accepts
 * pings and never answers them; it prints when a ping arrives and when the
 * daemon gives it up (closes the connection). The port is the server's own,
 * so the daemon, which pings only a listener of the server's process group,
 * pings it.
 */
function hungPingServer(port: number): string[] {
  const script = `
    const listener = Deno.listen({ hostname: "127.0.0.1", port: ${port} });
    console.log("Starting minecraft server version 1.21.4");
    console.log('Done (0.1s)! For help, type "help"');
    for await (const conn of listener) {
      console.log("Ping accepted");
      (async () => {
        try {
          for await (const _ of conn.readable) { /* the handshake; never answered */ }
        } catch { /* reset by the daemon: given up too */ }
        console.log("Ping given up");
      })();
    }`;
  return [Deno.execPath(), "eval", script];
}

Deno.test("getStatus() answers while the server's ping hangs, from server.properties and the console", async () => {
  const port = freePort();
  await using daemon = await startDaemon({ config: { server: { command: hungPingServer(port) } } });
  const props = join(daemon.serverDir, "server.properties");
  const text = await Deno.readTextFile(props);
  await Deno.writeTextFile(props, text.replace(/^server-port=.*$/m, `server-port=${port}`));
  const client = await daemon.client();
  assert.equal((await client.startServer({ waitForReady: true })).success, true);
  const count = async (line: string) =>
    (await client.getLogs({ lines: 1000 })).lines.filter((l) => l === line).length;
  for (let i = 0; i < 2; i++) {
    const status = await client.getStatus();
    // Answered while the daemon still waits for the ping: it has not given it up yet.
    assert.equal(await count("Ping given up"), 0, "the status waited until the ping gave up");
    assert.equal(status.state, ServerState.SERVER_STATE_RUNNING);
    assert.equal(status.version, "1.21.4"); // from the start-up line
    assert.equal(status.motd, "An Atlas Runner demo server"); // from server.properties
    assert.equal(status.maxPlayers, 20);
  }
  // The ping went to the hung port, and the daemon gives it up on its own.
  await waitFor(async () => {
    const pings = await count("Ping accepted");
    return pings > 0 && await count("Ping given up") === pings;
  }, { what: "the hung ping given up" });
  await client.stopServer({ force: true });
});
