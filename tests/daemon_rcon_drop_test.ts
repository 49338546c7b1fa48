/**
 * A game server that drops its RCON connection in the middle of a command
 * (here: it stops while `save-all flush` is still saving) gives the client a
 * clear `FAILED` with a hint, not an `INTERNAL` error.
 *
 * @module
 */
import assert from "node:assert/strict";
import { isIpcError } from "../lib/protocol/errors.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { waitFor } from "./helpers/tmp.ts";

Deno.test("sendCommand() answers FAILED with a hint when the server drops its RCON connection mid-command", async () => {
  await using daemon = await startDaemon({
    rconPassword: "s3cret",
    // The save never finishes on its own: the command is in flight when the server stops.
    env: { ATLAS_DEMO_SAVE_DELAY_MS: "600000" },
    startServer: true,
  });
  const client = await daemon.client();
  const pending = client.sendCommand({ command: "save-all flush" });
  pending.catch(() => {});
  // The daemon's RCON connection is open (the command then goes out on it, or is on its way).
  await waitFor(
    async () =>
      (await client.getLogs({ lines: 20 })).lines.some((l) =>
        l.endsWith("Thread RCON Client /127.0.0.1 started")
      ),
    { what: "the daemon's RCON connection" },
  );
  // `force` skips the console `stop`, which would wait behind the save: SIGTERM ends it now.
  await client.stopServer({ force: true });
  await assert.rejects(pending, (error) => {
    assert.ok(isIpcError(error));
    assert.equal(error.code, "FAILED");
    assert.match(error.message, /RCON: .* closed the connection/);
    assert.match(error.details ?? "", /status/);
    return true;
  });
});
