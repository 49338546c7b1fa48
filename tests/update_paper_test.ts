/**
 * UpdateServer from the Paper source end to end: the Fill v3 API's shapes on
 * a loopback server, builds chosen by channel, sha256 verified.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { isIpcError } from "../lib/protocol/errors.ts";
import { startDaemon } from "./helpers/daemon.ts";
import {
  defaultFixtureData,
  jarBytes,
  UpdateFixtureServer,
} from "./helpers/update_fixture_server.ts";

Deno.test("updateServer() installs the newest STABLE Paper build of a version", async () => {
  await using fixture = new UpdateFixtureServer(defaultFixtureData());
  await using daemon = await startDaemon({
    config: { update: { source: "paper", url: fixture.url, channel: "1.21.5" } },
  });
  const client = await daemon.client();
  const reply = await client.updateServer({ channel: "" });
  assert.equal(reply.success, true, reply.message);
  assert.equal(reply.newVersion, "1.21.5-101", "the BETA build 102 is not taken");
  assert.deepEqual(
    await Deno.readFile(join(daemon.serverDir, "server.jar")),
    jarBytes({ version: "1.21.5" }),
  );
  const installed = JSON.parse(await Deno.readTextFile(join(daemon.dataDir, "installed.json")));
  assert.equal(installed.source, "paper");
  assert.equal(installed.build, 101);
  assert.match(installed.checksum, /^sha256:[0-9a-f]{64}$/);
  assert.ok(
    fixture.seen(/^\/v3\/projects\/paper\/versions\/1\.21\.5\/builds\?channel=STABLE$/).length > 0,
  );
  assert.ok(fixture.requests.every((r) => /^atlas-runner\/\S+ \(.*https?:\/\//.test(r.userAgent)));
  await client.startServer({ waitForReady: true });
  assert.equal((await client.getStatus()).version, "1.21.5");
});

Deno.test("updateServer() with Paper's latest skips versions without a build in the channel", async () => {
  await using fixture = new UpdateFixtureServer(defaultFixtureData());
  await using daemon = await startDaemon({
    config: { update: { source: "paper", url: fixture.url, channel: "latest" } },
  });
  const client = await daemon.client();
  // 1.21.6 has only an ALPHA build: the newest STABLE is 1.21.5's.
  assert.equal((await client.updateServer({ channel: "" })).newVersion, "1.21.5-101");
  // With update.paperChannel ALPHA, 1.21.6 qualifies.
  await client.setConfig({ configJson: '{"update":{"paperChannel":"ALPHA"}}' });
  assert.equal((await client.updateServer({ channel: "latest" })).newVersion, "1.21.6-3");
});

Deno.test("updateServer() with Paper picks the highest build number and reports unknown versions", async () => {
  await using fixture = new UpdateFixtureServer(defaultFixtureData());
  await using daemon = await startDaemon({
    config: { update: { source: "paper", url: fixture.url, channel: "1.21.4" } },
  });
  const client = await daemon.client();
  assert.equal((await client.updateServer({ channel: "" })).newVersion, "1.21.4-232");
  await assert.rejects(client.updateServer({ channel: "1.99" }), (e) => {
    assert.ok(isIpcError(e) && e.code === "NOT_FOUND", String(e));
    assert.match(e.message, /Paper has no version "1\.99"/);
    return true;
  });
  await client.setConfig({ configJson: '{"update":{"paperChannel":"BETA"}}' });
  await assert.rejects(client.updateServer({ channel: "1.20.6" }), (e) => {
    assert.ok(isIpcError(e) && e.code === "NOT_FOUND", String(e));
    assert.match(e.message, /Paper has no BETA build for 1\.20\.6/);
    return true;
  });
});

Deno.test("updateServer() with Paper never takes a build without a channel for the one asked for", async () => {
  const data = defaultFixtureData();
  data.paperBuilds["1.21.3"] = [{ id: 400, jar: { version: "1.21.3" } }];
  await using fixture = new UpdateFixtureServer(data);
  await using daemon = await startDaemon({
    config: { update: { source: "paper", url: fixture.url, paperChannel: "BETA" } },
  });
  const client = await daemon.client();
  await assert.rejects(client.updateServer({ channel: "1.21.3" }), (e) => {
    assert.ok(isIpcError(e) && e.code === "NOT_FOUND", String(e));
    assert.match(e.message, /Paper has no BETA build for 1\.21\.3/);
    return true;
  });
});
