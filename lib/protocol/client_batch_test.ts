import assert from "node:assert/strict";
import { withTmpDir } from "../../tests/helpers/tmp.ts";
import { deferred, serve, STATUS } from "../../tests/helpers/protocol.ts";
import { IpcClient } from "./client.ts";
import { fromErrorResponse } from "./errors.ts";
import { idKey } from "./_pending.ts";

Deno.test("IpcClient.batch() returns the responses in request order when the server answers out of order", async () => {
  await using dir = await withTmpDir();
  const answered: string[] = [];
  const configDone = deferred();
  const logsDone = deferred();
  await using server = await serve(dir.path, {
    // getStatus answers last, getLogs second, getConfig first.
    getStatus: async () => {
      await logsDone.promise;
      answered.push("getStatus");
      return STATUS;
    },
    getLogs: async (r) => {
      await configDone.promise;
      answered.push("getLogs");
      logsDone.resolve();
      return { lines: [`asked ${r.lines}`], eof: true };
    },
    getConfig: () => {
      answered.push("getConfig");
      configDone.resolve();
      return { configJson: "{}" };
    },
    sendCommand: (r) => ({ success: true, response: r.command }),
  });
  await using client = await IpcClient.connect(server.path);
  const responses = await client.batch([
    { getStatus: {} },
    { sendCommand: { command: "say\nstop" } },
    { getLogs: { lines: 7 } },
    { getConfig: {} },
  ]);
  assert.deepEqual(answered, ["getConfig", "getLogs", "getStatus"]);
  assert.deepEqual(responses.map((r) => r.payload), ["getStatus", "error", "getLogs", "getConfig"]);
  const ids = responses.map((r) => idKey(r.id));
  assert.deepEqual(ids, [...ids].sort((a, b) => a - b), "ids follow request order");
  assert.equal(responses[0].getStatus?.motd, "Test Server");
  assert.equal(fromErrorResponse(responses[1].error!).code, "VALIDATION");
  assert.deepEqual(responses[2].getLogs?.lines, ["asked 7"]);
  assert.equal(responses[3].getConfig?.configJson, "{}");
  assert.deepEqual(await client.batch([]), []);
});

Deno.test("IpcClient.batch() keeps many concurrent batches apart on one connection", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path, {
    sendCommand: async (r) => {
      // Answer later for lower numbers, so answers arrive mixed up.
      for (let i = 0; i < 50 - Number(r.command.split(" ")[1]) % 50; i++) await Promise.resolve();
      return { success: true, response: r.command };
    },
  });
  await using client = await IpcClient.connect(server.path);
  const batches = Array.from(
    { length: 20 },
    (_, b) =>
      client.batch(
        Array.from({ length: 10 }, (_, i) => ({ sendCommand: { command: `c ${b * 10 + i}` } })),
      ),
  );
  const results = await Promise.all(batches);
  results.forEach((responses, b) =>
    assert.deepEqual(
      responses.map((r) => r.sendCommand?.response),
      Array.from({ length: 10 }, (_, i) => `c ${b * 10 + i}`),
    )
  );
});

Deno.test("IpcClient.batch() refuses a request without exactly one payload, or a follow", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path);
  await using client = await IpcClient.connect(server.path);
  assert.throws(() => client.batch([{ getStatus: {} }, {}]), TypeError);
  assert.throws(() => client.batch([{ getStatus: {}, getConfig: {} }]), TypeError);
  assert.throws(() => client.batch([{ getLogs: { lines: 1, follow: true } }]), /follow/);
});

Deno.test("IpcClient.batch() fails the whole batch with TIMEOUT when one answer is late", async () => {
  await using dir = await withTmpDir();
  const never = deferred<{ configJson: string }>();
  await using server = await serve(dir.path, {
    getStatus: () => STATUS,
    getConfig: () => never.promise,
  });
  await using client = await IpcClient.connect(server.path);
  await assert.rejects(
    client.batch([{ getStatus: {} }, { getConfig: {} }], { timeoutMs: 30 }),
    { code: "TIMEOUT" },
  );
  never.resolve({ configJson: "{}" });
});

Deno.test("IpcClient.debugInfo() reports no versions for a daemon older than the fields", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path); // answers the original seven status fields only
  await using client = await IpcClient.connect(server.path);
  const info = await client.debugInfo();
  assert.equal(info.socketPath, server.path);
  assert.ok(info.roundTripMs >= 0);
  assert.deepEqual([info.daemonVersion, info.protocolVersion, info.features], [null, 0, []]);
});

Deno.test("IpcClient.debugInfo() reports the daemon's and protocol's versions from its status", async () => {
  await using dir = await withTmpDir();
  await using server = await serve(dir.path, {
    getStatus: () => ({
      ...STATUS,
      daemonVersion: "0.2.0",
      protocolVersion: 2,
      features: ["metrics"],
    }),
  });
  await using client = await IpcClient.connect(server.path);
  const info = await client.debugInfo();
  assert.deepEqual([info.daemonVersion, info.protocolVersion, info.features], ["0.2.0", 2, [
    "metrics",
  ]]);
});
