import assert from "node:assert/strict";
import { withTmpDir } from "../../tests/helpers.ts";
import { IpcClient } from "./client.ts";
import { atlas } from "./messages.ts";
import { IpcServer } from "./server.ts";

const STATUS = {
  state: atlas.common.ServerState.SERVER_STATE_RUNNING,
  version: "1.20.1",
  uptimeSeconds: 3600,
  memoryUsageMb: 2048,
  playerCount: 5,
  maxPlayers: 20,
  motd: "Test Server",
};

Deno.test("IpcClient.getStatus() round-trips through an IpcServer", async () => {
  await using dir = await withTmpDir();
  await using server = await IpcServer.listen({
    path: `${dir.path}/s.sock`,
    handler: { getStatus: () => STATUS },
  });
  await using client = await IpcClient.connect(server.path);
  const status = await client.getStatus();
  assert.equal(status.state, atlas.common.ServerState.SERVER_STATE_RUNNING);
  assert.equal(status.version, "1.20.1");
  assert.equal(Number(status.uptimeSeconds), 3600);
  assert.equal(status.motd, "Test Server");
  await assert.rejects(client.stopServer({}), { code: "UNKNOWN_REQUEST" });
});

Deno.test("IpcClient.followLogs() yields streamed lines until eof", async () => {
  await using dir = await withTmpDir();
  await using server = await IpcServer.listen({
    path: `${dir.path}/s.sock`,
    handler: {
      async *getLogs(request) {
        yield { lines: [`start ${request.lines}`] };
        yield { lines: ["a", "b"] };
        yield { lines: ["c"], eof: true };
      },
    },
  });
  await using client = await IpcClient.connect(server.path);
  const lines: string[] = [];
  for await (const line of client.followLogs(5)) lines.push(line);
  assert.deepEqual(lines, ["start 5", "a", "b", "c"]);
  const many = await Promise.all(
    Array.from({ length: 200 }, () => client.getLogs({ lines: 1 }).catch((e) => e.code)),
  );
  assert.ok(many.every((r) => typeof r === "object"));
});
