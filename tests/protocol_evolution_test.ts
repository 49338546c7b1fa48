/**
 * Wire evolution: peers built from the 0.1.0 schema (`tests/fixtures/proto_0.1.0/`,
 * the `.proto` files as they were before any 0.2.0 field, read by Debian's
 * `protoc`, and the Rust reference when built) against 0.2.0 code, in both
 * directions. An old peer skips the new status fields; a new client reads an
 * old daemon's status as "older than 0.2.0" and refuses, with the version
 * needed, what such a daemon does not offer (the CLI run in-process on
 * injected streams, `runCliInProcess`).
 */
import assert from "node:assert/strict";
import { runCliInProcess } from "./helpers/cli.ts";
import { withTmpDir } from "./helpers/tmp.ts";
import {
  RawPeer,
  REF_CLIENT_STATUS,
  refClientStatus,
  runProtoc,
  startRefServer,
  STATUS,
} from "./helpers/protocol.ts";
import { IpcClient } from "../lib/protocol/client.ts";
import { isIpcError } from "../lib/protocol/errors.ts";
import { encodeFrame, FrameDecoder } from "../lib/protocol/frame.ts";
import type { RequestHandler } from "../lib/protocol/handler.ts";
import { atlas } from "../lib/protocol/messages.ts";
import { IpcServer } from "../lib/protocol/server.ts";

const OLD_PROTO_DIR = new URL("./fixtures/proto_0.1.0/", import.meta.url).pathname;
const NEW_PROTO_DIR = new URL("../proto/", import.meta.url).pathname;

const text = new TextEncoder();
const untext = new TextDecoder();

/** A 0.2.0 status: the 0.1.0 fields plus every new one. */
const NEW_STATUS: atlas.ipc.GetStatusResponse.$Properties = {
  ...STATUS,
  daemonVersion: "0.2.0",
  protocolVersion: 2,
  serverPid: 4242,
  playerNames: ["Alex", "Steve"],
  restarts: 3,
  lastExitReason: "exit code 1; last output: boom",
  runStartedAt: 1_765_000_000,
  features: ["metrics"],
};

const newHandler: RequestHandler = { getStatus: () => NEW_STATUS };

Deno.test("a 0.1.0-schema peer (protoc) decodes a 0.2.0 status and skips the new fields", async () => {
  await using dir = await withTmpDir();
  await using server = await IpcServer.listen({
    path: `${dir.path}/atlas.sock`,
    handler: newHandler,
  });
  await using peer = await RawPeer.connect(server.path);
  const request = await runProtoc(
    OLD_PROTO_DIR,
    "encode",
    "atlas.ipc.Request",
    text.encode("id: 7\nget_status {}\n"),
  );
  await peer.write(encodeFrame(request));
  const body = await peer.nextBody();
  const old = untext.decode(await runProtoc(OLD_PROTO_DIR, "decode", "atlas.ipc.Response", body));
  // Every 0.1.0 field reads as before…
  for (
    const line of [
      "id: 7",
      "state: SERVER_STATE_RUNNING",
      'version: "1.20.1"',
      "uptime_seconds: 3600",
      "memory_usage_mb: 2048",
      "player_count: 5",
      "max_players: 20",
      'motd: "Test Server"',
    ]
  ) assert.ok(old.includes(line), `${line} in:\n${old}`);
  // …and the new ones are unknown numbered fields to it, not names.
  assert.ok(!old.includes("daemon_version"), old);
  assert.ok(old.includes('8: "0.2.0"'), old);
  assert.ok(old.includes("9: 2"), old);
  // The 0.2.0 schema names the same bytes.
  const current = untext.decode(
    await runProtoc(NEW_PROTO_DIR, "decode", "atlas.ipc.Response", body),
  );
  for (
    const line of [
      'daemon_version: "0.2.0"',
      "protocol_version: 2",
      "server_pid: 4242",
      'player_names: "Alex"',
      "restarts: 3",
      "run_started_at: 1765000000",
      'features: "metrics"',
    ]
  ) assert.ok(current.includes(line), `${line} in:\n${current}`);
});

/**
 * A daemon of the 0.1.0 schema, as far as the wire shows: answers GetStatus
 * with a response protoc encodes from the old `.proto`, anything else with
 * the ErrorResponse an old daemon sends for a payload it does not know.
 */
async function serveOldDaemon(
  listener: Deno.UnixListener,
  seen: string[],
): Promise<void> {
  const conn = await listener.accept();
  const decoder = new FrameDecoder();
  const buffer = new Uint8Array(65536);
  for (;;) {
    const n = await conn.read(buffer).catch(() => null);
    if (n === null) break;
    for (const body of decoder.push(buffer.subarray(0, n)).map((b) => b.slice())) {
      const request = untext.decode(
        await runProtoc(OLD_PROTO_DIR, "decode", "atlas.ipc.Request", body),
      );
      seen.push(request);
      const id = /^id: (\d+)$/m.exec(request)?.[1] ?? "0";
      const answer = request.includes("get_status")
        ? `id: ${id}\nget_status { state: SERVER_STATE_RUNNING version: "1.20.1" motd: "old" }\n`
        : `id: ${id}\nerror { code: "UNKNOWN_REQUEST" message: "Request has no payload" }\n`;
      const response = await runProtoc(
        OLD_PROTO_DIR,
        "encode",
        "atlas.ipc.Response",
        text.encode(answer),
      );
      await conn.write(encodeFrame(response));
    }
  }
  conn.close();
}

Deno.test("a 0.2.0 client reads a 0.1.0-schema daemon as older than 0.2.0 and refuses getMetrics naming 0.2.0", async () => {
  await using dir = await withTmpDir();
  const path = `${dir.path}/old.sock`;
  using listener = Deno.listen({ transport: "unix", path });
  const seen: string[] = [];
  const oldDaemon = serveOldDaemon(listener, seen);
  const client = await IpcClient.connect(path);
  try {
    const status = await client.getStatus();
    assert.equal(status.motd, "old");
    assert.equal(status.daemonVersion, "");
    assert.deepEqual(status.playerNames, []);
    assert.deepEqual(await client.daemonInfo(), {
      daemonVersion: null,
      protocolVersion: 0,
      features: [],
    });
    await assert.rejects(client.getMetrics(), (error) => {
      assert.ok(isIpcError(error));
      assert.equal(error.code, "NOT_IMPLEMENTED");
      assert.match(error.message, /older than 0\.2\.0.*daemon 0\.2\.0 or newer is needed/);
      assert.match(error.hint ?? "", /Upgrade/);
      return true;
    });
  } finally {
    await client.close();
  }
  await oldDaemon;
  // The info came from the one status; getMetrics never reached the old daemon.
  assert.equal(seen.length, 1, seen.join("\n---\n"));
});

Deno.test("a 0.1.0-schema daemon sees the GetMetrics case as a request without payload", async () => {
  // Why getMetrics() checks the features first: the old schema has no field
  // 14 in Request, so an old daemon reads an empty request.
  const body = atlas.ipc.Request.encode({ id: 9, getMetrics: {} }).finish();
  const old = untext.decode(await runProtoc(OLD_PROTO_DIR, "decode", "atlas.ipc.Request", body));
  assert.equal(old.split("\n").filter((l) => l !== "" && !/^14 /.test(l))[0], "id: 9");
  assert.ok(!old.includes("get_"), old);
});

const refDir = Deno.env.get("ATLAS_REF_RUST_DIR");
const haveRef = refDir !== undefined &&
  (() => {
    try {
      return Deno.statSync(`${refDir}/ref-client`).isFile;
    } catch {
      return false;
    }
  })();

Deno.test({
  name: "ref-rust: the 0.1.0 ref-client reads a 0.2.0 status, and a 0.2.0 client reads ref-server",
  ignore: !haveRef,
  async fn() {
    await using dir = await withTmpDir();
    await using server = await IpcServer.listen({
      path: `${dir.path}/atlas.sock`,
      handler: newHandler,
    });
    assert.deepEqual(await refClientStatus(refDir!, server.path), REF_CLIENT_STATUS);
    // And back: ref-server (prost, 0.1.0 schema) to a 0.2.0 client.
    const refPath = `${dir.path}/ref.sock`;
    await using _ref = await startRefServer(refDir!, refPath);
    await using client = await IpcClient.connect(refPath);
    assert.deepEqual(await client.daemonInfo(), {
      daemonVersion: null,
      protocolVersion: 0,
      features: [],
    });
    await assert.rejects(client.getMetrics(), { code: "NOT_IMPLEMENTED" });
    // The CLI says the same to a user, and `version` that the daemon is older.
    const metrics = await runCliInProcess(["metrics", "--socket", refPath]);
    assert.equal(metrics.code, 1, metrics.stderr);
    assert.equal(metrics.stdout, "");
    assert.match(
      metrics.stderr,
      /^error: the daemon does not support metrics: it is a daemon older than 0\.2\.0, and daemon 0\.2\.0 or newer is needed\nhint: upgrade atlas-runner/,
    );
    const version = await runCliInProcess(["version", "--socket", refPath]);
    assert.equal(version.code, 0, version.stderr);
    assert.match(
      version.stdout,
      /^daemon {7}older than 0\.2\.0 \(it does not report its version\)/m,
    );
  },
});
