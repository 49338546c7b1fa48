/**
 * UpdateServer resolves `server.jar` once: a `config set server.jar` while
 * the update stops the server must not split the update between two files.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { atlas } from "../lib/protocol/messages.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { waitFor } from "./helpers/tmp.ts";
import {
  defaultFixtureData,
  jarBytes,
  UpdateFixtureServer,
} from "./helpers/update_fixture_server.ts";

Deno.test("updateServer() installs into the jar it resolved when server.jar changes meanwhile", async () => {
  await using fixture = new UpdateFixtureServer(defaultFixtureData());
  await using daemon = await startDaemon({
    env: { ATLAS_DEMO_IGNORE_STOP: "1" },
    config: { update: { url: fixture.url }, server: { stopTimeoutSeconds: 3 } },
  });
  const client = await daemon.client();
  assert.equal((await client.updateServer({ channel: "1.21.4" })).success, true);
  assert.equal((await client.startServer({ waitForReady: true })).success, true);
  // A stop holds the power lock for 3 s (the server ignores `stop`): the update downloads
  // meanwhile, then waits for the lock to install.
  const stopping = (await daemon.client()).stopServer({});
  await waitFor(async () =>
    (await client.getStatus()).state === atlas.common.ServerState.SERVER_STATE_STOPPING
  );
  const jarsBefore = fixture.seen(/^\/jars\//).length;
  const updating = (await daemon.client()).updateServer({ channel: "release" });
  await waitFor(() => fixture.seen(/^\/jars\//).length > jarsBefore, { what: "the download" });
  const set = await client.setConfig({ configJson: '{"server":{"jar":"other.jar"}}' });
  assert.equal(set.success, true, set.message);
  await stopping;
  await updating;
  assert.deepEqual(
    await Deno.readFile(join(daemon.serverDir, "server.jar")),
    jarBytes({ version: "1.21.5" }),
  );
  assert.deepEqual(
    await Deno.readFile(join(daemon.serverDir, "server.jar.previous")),
    jarBytes({ version: "1.21.4", protocol: 769 }),
  );
  await assert.rejects(Deno.stat(join(daemon.serverDir, "other.jar")), Deno.errors.NotFound);
});
