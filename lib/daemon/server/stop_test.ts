import assert from "node:assert/strict";
import { isIpcError } from "../../protocol/errors.ts";
import { ServerProcess } from "./server_process.ts";
import { stopStaged } from "./stop.ts";
import { TIMED_OUT, within } from "../../util/deadline.ts";

/** A "server" that never reads its stdin: once the pipe is full, every write waits. */
function spawnDeafServer(): ServerProcess {
  return ServerProcess.spawn({
    command: ["sh", "-c", "exec sleep 1000"],
    cwd: Deno.cwd(),
    onLines: () => {},
  });
}

/** Fills the server's stdin pipe (64 KiB on Linux, less elsewhere); the write stays pending. */
function fillConsole(server: ServerProcess): Promise<void> {
  return server.writeLine("x".repeat(1024 * 1024), 60_000).catch((error) => {
    // Settles once the server is gone: the pipe breaks.
    assert.ok(isIpcError(error) && error.code === "NOT_RUNNING", String(error));
  });
}

Deno.test("stopStaged() goes on to SIGTERM when the server does not read the stop command", async () => {
  const server = await spawnDeafServer();
  try {
    const filling = fillConsole(server);
    // Unbounded, the stop command's write would wait behind the full pipe forever.
    const result = await within(
      stopStaged(server, {
        force: false,
        stopCommand: "stop",
        stopTimeoutMs: 300,
        termTimeoutMs: 5000,
      }),
      20_000,
    );
    assert.notEqual(result, TIMED_OUT, "the stop hung on the console write");
    if (result === TIMED_OUT) return;
    assert.equal(result.stage, "sigterm");
    assert.match(
      result.message,
      /^Stopped by SIGTERM \(the console did not take "stop" within 0.3 s\)/,
    );
    await filling;
  } finally {
    server.signal("SIGKILL");
    await server.exited;
  }
});

Deno.test("ServerProcess.writeLine() gives up with TIMEOUT when the server does not read its console", async () => {
  const server = await spawnDeafServer();
  try {
    const filling = fillConsole(server);
    await assert.rejects(server.writeLine("list", 100), (error) => {
      assert.ok(isIpcError(error), String(error));
      assert.equal(error.code, "TIMEOUT");
      assert.match(error.message, /did not read its console within 0\.1 s/);
      return true;
    });
    server.signal("SIGTERM");
    assert.equal((await server.exited).signal, "SIGTERM");
    await filling;
  } finally {
    server.signal("SIGKILL");
    await server.exited;
  }
});
