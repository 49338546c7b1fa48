/**
 * `daemon --start`: the server starts with the daemon (what a service or a
 * container needs, since nobody is there to type `atlas-runner start`), and
 * a server that cannot start leaves the daemon up to be fixed.
 *
 * @module
 */
import assert from "node:assert/strict";
import { atlas } from "../lib/protocol/messages.ts";
import { startDaemon } from "./helpers/daemon.ts";

const { SERVER_STATE_RUNNING, SERVER_STATE_STOPPED } = atlas.common.ServerState;

Deno.test("daemon --start starts the server without a start request", async () => {
  await using daemon = await startDaemon({ args: ["--start"] });
  await daemon.log.waitForLine(/Server is running/, { timeoutMs: 60_000 });
  const client = await daemon.client();
  assert.equal((await client.getStatus()).state, SERVER_STATE_RUNNING);
});

Deno.test("daemon without --start leaves the server stopped", async () => {
  await using daemon = await startDaemon();
  const client = await daemon.client();
  assert.equal((await client.getStatus()).state, SERVER_STATE_STOPPED);
});

Deno.test("daemon --start keeps serving when the server cannot start", async () => {
  await using daemon = await startDaemon({
    args: ["--start"],
    config: { server: { command: ["/nonexistent/atlas-runner-test-java", "-jar", "server.jar"] } },
  });
  await daemon.log.waitForLine(/Cannot start the server at launch: .*program not found/);
  const client = await daemon.client();
  assert.notEqual((await client.getStatus()).state, SERVER_STATE_RUNNING);
  assert.ok((await client.ping()) >= 0, "the daemon still answers");
});
