/**
 * UpdateServer from the Mojang source end to end: a real daemon and demo
 * server, a loopback HTTP server in piston-meta's shapes serving demo jars.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { isIpcError } from "../lib/protocol/errors.ts";
import { atlas } from "../lib/protocol/messages.ts";
import { startDaemon } from "./helpers/daemon.ts";
import {
  defaultFixtureData,
  jarBytes,
  UpdateFixtureServer,
} from "./helpers/update_fixture_server.ts";

const { ServerState } = atlas.common;

async function readJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await Deno.readTextFile(path));
}

Deno.test("updateServer() installs the latest release while stopped and records it", async () => {
  await using fixture = new UpdateFixtureServer(defaultFixtureData());
  await using daemon = await startDaemon({ config: { update: { url: fixture.url } } });
  const client = await daemon.client();
  const reply = await client.updateServer({ channel: "" });
  assert.equal(reply.success, true, reply.message);
  assert.equal(reply.newVersion, "1.21.5");
  assert.deepEqual(
    await Deno.readFile(join(daemon.serverDir, "server.jar")),
    jarBytes({ version: "1.21.5" }),
  );
  const installed = await readJson(join(daemon.dataDir, "installed.json"));
  assert.equal(installed.version, "1.21.5");
  assert.equal(installed.channel, "release");
  assert.equal(installed.source, "mojang");
  // Every request named the software and a contact, not a generic client.
  assert.ok(fixture.requests.every((r) => /^atlas-runner\/\S+ \(.*https?:\/\//.test(r.userAgent)));
  const started = await client.startServer({ waitForReady: true });
  assert.equal(started.success, true);
  assert.equal((await client.getStatus()).version, "1.21.5");
  // Again: already up to date, and no jar is downloaded.
  const jarRequests = fixture.seen(/^\/jars\//).length;
  const again = await client.updateServer({ channel: "release" });
  assert.equal(again.success, true);
  assert.equal(again.oldVersion, again.newVersion);
  assert.match(again.message, /Already up to date: 1\.21\.5/);
  assert.equal(fixture.seen(/^\/jars\//).length, jarRequests);
});

Deno.test("updateServer() on a running server stops it, swaps the jar, keeps the previous, restarts", async () => {
  await using fixture = new UpdateFixtureServer(defaultFixtureData());
  await using daemon = await startDaemon({ config: { update: { url: fixture.url } } });
  const client = await daemon.client();
  await client.updateServer({ channel: "1.21.4" });
  await client.startServer({ waitForReady: true });
  assert.equal((await client.getStatus()).version, "1.21.4");
  const reply = await client.updateServer({ channel: "release" });
  assert.equal(reply.success, true, reply.message);
  assert.equal(reply.oldVersion, "1.21.4");
  assert.equal(reply.newVersion, "1.21.5");
  assert.match(reply.message, /restarted/);
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_RUNNING);
  assert.equal((await client.getStatus()).version, "1.21.5");
  assert.deepEqual(
    await Deno.readFile(join(daemon.serverDir, "server.jar.previous")),
    jarBytes({ version: "1.21.4", protocol: 769 }),
  );
});

Deno.test("updateServer() follows the snapshot channel and explicit ids, and refuses unknown ids", async () => {
  await using fixture = new UpdateFixtureServer(defaultFixtureData());
  await using daemon = await startDaemon({ config: { update: { url: fixture.url } } });
  const client = await daemon.client();
  assert.equal((await client.updateServer({ channel: "snapshot" })).newVersion, "25w14a");
  assert.equal((await client.updateServer({ channel: "1.21.4" })).newVersion, "1.21.4");
  await assert.rejects(client.updateServer({ channel: "9.9.9" }), (e) => {
    assert.ok(isIpcError(e) && e.code === "NOT_FOUND", String(e));
    assert.match(e.message, /"9\.9\.9" is not in Mojang's version manifest/);
    return true;
  });
});

Deno.test("updateServer() compares versions as versions and never downgrades a tracked channel", async () => {
  const data = defaultFixtureData();
  data.mojang.unshift({
    id: "26.1",
    type: "release",
    releaseTime: "2026-03-01T12:00:00+00:00",
    jar: { version: "26.1", protocol: 780 },
  });
  data.latest.release = "26.1";
  await using fixture = new UpdateFixtureServer(data);
  await using daemon = await startDaemon({ config: { update: { url: fixture.url } } });
  const client = await daemon.client();
  assert.equal((await client.updateServer({ channel: "release" })).newVersion, "26.1");
  // The release is pulled: "latest" goes back to 1.21.5, which is older: nothing changes.
  fixture.data.latest.release = "1.21.5";
  const reply = await client.updateServer({ channel: "release" });
  assert.equal(reply.success, true);
  assert.equal(reply.newVersion, "26.1");
  assert.match(reply.message, /Installed 26\.1 is newer than the latest release \(1\.21\.5\)/);
  assert.deepEqual(
    await Deno.readFile(join(daemon.serverDir, "server.jar")),
    jarBytes({ version: "26.1", protocol: 780 }),
  );
});

Deno.test("startServer() with another channel updates to it first, then starts", async () => {
  await using fixture = new UpdateFixtureServer(defaultFixtureData());
  await using daemon = await startDaemon({ config: { update: { url: fixture.url } } });
  const client = await daemon.client();
  await client.updateServer({ channel: "release" });
  const started = await client.startServer({ channel: "snapshot", waitForReady: true });
  assert.equal(started.success, true, started.message);
  assert.equal((await client.getStatus()).version, "25w14a");
  assert.equal((await readJson(join(daemon.dataDir, "installed.json"))).channel, "snapshot");
  // The installed channel starts without an update.
  await client.stopServer({});
  const before = fixture.requests.length;
  assert.equal(
    (await client.startServer({ channel: "snapshot", waitForReady: true })).success,
    true,
  );
  assert.equal(fixture.requests.length, before);
});

Deno.test("startServer() with another channel on a running server answers success once restarted", async () => {
  await using fixture = new UpdateFixtureServer(defaultFixtureData());
  await using daemon = await startDaemon({ config: { update: { url: fixture.url } } });
  const client = await daemon.client();
  await client.updateServer({ channel: "release" });
  const first = await client.startServer({ waitForReady: true });
  assert.equal(first.success, true, first.message);
  const started = await client.startServer({ channel: "snapshot", waitForReady: true });
  assert.equal(started.success, true, started.message);
  assert.match(started.message, /Updated to snapshot \(25w14a\) and restarted the server/);
  assert.notEqual(started.serverPid, first.serverPid);
  const pidFile = await readJson(join(daemon.dataDir, "server.pid"));
  assert.equal(started.serverPid, String(pidFile.pid));
  const status = await client.getStatus();
  assert.equal(status.state, ServerState.SERVER_STATE_RUNNING);
  assert.equal(status.version, "25w14a");
});

Deno.test("updateServer() puts the previous jar back when the new one does not start", async () => {
  const data = defaultFixtureData();
  data.mojang[1].jar.failStart = true; // 1.21.5 is broken
  await using fixture = new UpdateFixtureServer(data);
  await using daemon = await startDaemon({ config: { update: { url: fixture.url } } });
  const client = await daemon.client();
  await client.updateServer({ channel: "1.21.4" });
  await client.startServer({ waitForReady: true });
  const reply = await client.updateServer({ channel: "release" });
  assert.equal(reply.success, false);
  assert.equal(reply.oldVersion, "1.21.4");
  assert.equal(reply.newVersion, "1.21.4");
  assert.match(
    reply.message,
    /1\.21\.5 did not start .*put 1\.21\.4 back and the server is running it again/,
  );
  const status = await client.getStatus();
  assert.equal(status.state, ServerState.SERVER_STATE_RUNNING);
  assert.equal(status.version, "1.21.4");
  assert.deepEqual(
    await Deno.readFile(join(daemon.serverDir, "server.jar")),
    jarBytes({ version: "1.21.4", protocol: 769 }),
  );
  assert.equal((await readJson(join(daemon.dataDir, "installed.json"))).version, "1.21.4");
});
