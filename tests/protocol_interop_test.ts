/**
 * Interop with implementations nobody here wrote: Debian's `protoc` (always;
 * `.ci/run` installs it) and, when its binaries have been built, the Rust
 * reference peer in `/work/shared/ref-rust/` (tests named "ref-rust …",
 * skipped otherwise).
 */
import assert from "node:assert/strict";
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
import { encodeFrame, FrameDecoder } from "../lib/protocol/frame.ts";
import type { RequestHandler } from "../lib/protocol/handler.ts";
import { atlas, idToBigInt, idToLong, MAX_ID } from "../lib/protocol/messages.ts";
import { IpcServer } from "../lib/protocol/server.ts";

const PROTO_DIR = new URL("../proto/", import.meta.url).pathname;

/** Runs protoc --encode/--decode on one message with the current schema. */
function protoc(mode: "encode" | "decode", type: string, input: Uint8Array): Promise<Uint8Array> {
  return runProtoc(PROTO_DIR, mode, type, input);
}

const text = new TextEncoder();
const untext = new TextDecoder();

async function protocEncode(type: string, textFormat: string): Promise<Uint8Array> {
  return await protoc("encode", type, text.encode(textFormat));
}

async function protocDecode(type: string, body: Uint8Array): Promise<string> {
  return untext.decode(await protoc("decode", type, body));
}

const handler: RequestHandler = {
  getStatus: () => STATUS,
  sendCommand: (r) => ({ success: true, response: `ran: ${r.command}` }),
  listBackups: () => ({
    backups: [{ id: "b1", name: "nightly", createdAt: 1700000000, sizeBytes: 123456789012 }],
  }),
  setConfig: () => ({ success: true }),
};

Deno.test("protoc-encoded requests get answers that protoc decodes", async () => {
  await using dir = await withTmpDir();
  await using server = await IpcServer.listen({ path: `${dir.path}/atlas.sock`, handler });
  await using peer = await RawPeer.connect(server.path);
  const cases: [string, string[]][] = [
    [
      "id: 18446744073709551615\nget_status {}\n",
      [
        "id: 18446744073709551615",
        "get_status {",
        "state: SERVER_STATE_RUNNING",
        'version: "1.20.1"',
        "uptime_seconds: 3600",
        "memory_usage_mb: 2048",
        "player_count: 5",
        "max_players: 20",
        'motd: "Test Server"',
      ],
    ],
    [
      'id: 9007199254740993\nsend_command { command: "say h\\303\\251llo" }\n',
      [
        "id: 9007199254740993",
        "send_command {",
        "success: true",
        'response: "ran: say h\\303\\251llo"',
      ],
    ],
    [
      "id: 3\nlist_backups {}\n",
      [
        "id: 3",
        'id: "b1"',
        'name: "nightly"',
        "created_at: 1700000000",
        "size_bytes: 123456789012",
      ],
    ],
    ['id: 4\nset_config { config_json: "{oops" }\n', ["id: 4", "error {", 'code: "VALIDATION"']],
    ['id: 5\nrestore_backup { backup_id: "x" }\n', ["id: 5", 'code: "UNKNOWN_REQUEST"']],
    ["id: 6\n", ["id: 6", 'code: "UNKNOWN_REQUEST"']],
  ];
  for (const [request, expected] of cases) {
    await peer.write(encodeFrame(await protocEncode("atlas.ipc.Request", request)));
    const decoded = await protocDecode("atlas.ipc.Response", await peer.nextBody());
    for (const line of expected) assert.ok(decoded.includes(line), `${line} in:\n${decoded}`);
  }
});

Deno.test("IpcClient's request bytes decode with protoc, and protoc-encoded responses decode in IpcClient", async () => {
  await using dir = await withTmpDir();
  const path = `${dir.path}/capture.sock`;
  const seen: string[] = [];
  // A tiny real listener: decodes each request with protoc, answers with a protoc-encoded response.
  using listener = Deno.listen({ transport: "unix", path });
  const peer = (async () => {
    const conn = await listener.accept();
    const decoder = new FrameDecoder();
    const buffer = new Uint8Array(65536);
    for (;;) {
      const n = await conn.read(buffer);
      if (n === null) break;
      for (const body of decoder.push(buffer.subarray(0, n)).map((b) => b.slice())) {
        const request = await protocDecode("atlas.ipc.Request", body);
        seen.push(request);
        const id = /^id: (\d+)$/m.exec(request)![1];
        const response = request.includes("get_status")
          ? `id: ${id}\nget_status { state: SERVER_STATE_STOPPED version: "1.21.4" uptime_seconds: 18446744073709551615 motd: "caf\\303\\251" }\n`
          : `id: ${id}\nerror { code: "NOT_RUNNING" message: "The server is not running" details: "start it" }\n`;
        await conn.write(encodeFrame(await protocEncode("atlas.ipc.Response", response)));
      }
    }
    conn.close();
  })();
  const client = await IpcClient.connect(path);
  try {
    const status = await client.getStatus();
    assert.equal(status.state, atlas.common.ServerState.SERVER_STATE_STOPPED);
    assert.equal(status.version, "1.21.4");
    assert.equal(idToBigInt(status.uptimeSeconds), MAX_ID);
    assert.equal(status.motd, "café");
    await assert.rejects(client.sendCommand({ command: "say ünïcode" }), {
      code: "NOT_RUNNING",
      message: "The server is not running",
      details: "start it",
    });
    await assert.rejects(client.startServer({ channel: "release", waitForReady: true }), {
      code: "NOT_RUNNING",
    });
    await assert.rejects(client.stopServer({ force: true, timeoutSeconds: 30 }));
    await assert.rejects(client.getLogs({ lines: 50 }));
  } finally {
    await client.close();
    await peer;
  }
  assert.equal(seen.length, 5);
  assert.match(seen[0], /^id: 1\nget_status \{\n\}\n$/);
  assert.match(
    seen[1],
    /^id: 2\nsend_command \{\n {2}command: "say \\303\\274n\\303\\257code"\n\}\n$/,
  );
  assert.match(
    seen[2],
    /^id: 3\nstart_server \{\n {2}channel: "release"\n {2}wait_for_ready: true\n\}\n$/,
  );
  assert.match(seen[3], /^id: 4\nstop_server \{\n {2}force: true\n {2}timeout_seconds: 30\n\}\n$/);
  assert.match(seen[4], /^id: 5\nget_logs \{\n {2}lines: 50\n\}\n$/);
});

// --- the Rust reference peer ---------------------------------------------

const REF_DIR = Deno.env.get("ATLAS_REF_RUST_DIR") ?? "/tmp/ref-rust/target/release";
const refBinary = (name: string) => `${REF_DIR}/${name}`;
function exists(path: string): boolean {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
}
const haveRef = ["ref-server", "ref-client", "ref-bench"].every((n) => exists(refBinary(n)));

Deno.test({
  name: "ref-rust: ref-client reads GetStatus from our server",
  ignore: !haveRef,
  async fn() {
    await using dir = await withTmpDir();
    await using server = await IpcServer.listen({ path: `${dir.path}/atlas.sock`, handler });
    assert.deepEqual(await refClientStatus(REF_DIR, server.path), REF_CLIENT_STATUS);
  },
});

Deno.test({
  name: "ref-rust: IpcClient talks to ref-server",
  ignore: !haveRef,
  async fn() {
    await using dir = await withTmpDir();
    const path = `${dir.path}/ref.sock`;
    await using _ref = await startRefServer(REF_DIR, path);
    await using client = await IpcClient.connect(path);
    const status = await client.getStatus();
    assert.equal(status.state, atlas.common.ServerState.SERVER_STATE_RUNNING);
    assert.deepEqual(
      [status.version, Number(status.uptimeSeconds), Number(status.memoryUsageMb), status.motd],
      ["1.20.1", 3600, 2048, "Test Server"],
    );
    await assert.rejects(client.sendCommand({ command: "list" }), { code: "NOT_IMPLEMENTED" });
    const many = await Promise.all(Array.from({ length: 200 }, () => client.getStatus()));
    assert.ok(many.every((s) => s.motd === "Test Server"));
    // Our encoding of the largest id is read exactly by prost (and echoed back).
    await using peer = await RawPeer.connect(path);
    await peer.send({ id: idToLong(MAX_ID), getStatus: {} });
    assert.equal(idToBigInt((await peer.next()).id), MAX_ID);
  },
});

Deno.test({
  name: "ref-rust: ref-server and our server agree byte for byte on GetStatus and errors",
  ignore: !haveRef,
  async fn() {
    await using dir = await withTmpDir();
    const refPath = `${dir.path}/ref.sock`;
    await using _ref = await startRefServer(REF_DIR, refPath);
    await using server = await IpcServer.listen({ path: `${dir.path}/ours.sock`, handler });
    const ask = async (path: string, frame: Uint8Array) => {
      await using peer = await RawPeer.connect(path);
      await peer.write(frame);
      return await peer.nextBody();
    };
    const status = encodeFrame(
      await protocEncode("atlas.ipc.Request", "id: 18446744073709551615 get_status {}"),
    );
    assert.deepEqual(await ask(server.path, status), await ask(refPath, status));
    const garbage = encodeFrame(Uint8Array.of(0xff, 0xff));
    const [ours, theirs] = [
      atlas.ipc.Response.decode(await ask(server.path, garbage)),
      atlas.ipc.Response.decode(await ask(refPath, garbage)),
    ];
    assert.deepEqual([idToBigInt(ours.id), ours.error?.code], [0n, "DECODE_ERROR"]);
    assert.deepEqual([idToBigInt(theirs.id), theirs.error?.code], [0n, "DECODE_ERROR"]);
  },
});

Deno.test({
  name: "ref-rust: ref-bench runs against our server without errors",
  ignore: !haveRef,
  async fn() {
    await using dir = await withTmpDir();
    await using server = await IpcServer.listen({ path: `${dir.path}/atlas.sock`, handler });
    const { code, stdout } = await new Deno.Command(refBinary("ref-bench"), {
      args: ["--socket", server.path, "--conns", "4", "--depth", "8", "--requests", "500"],
      stdout: "piped",
      stderr: "inherit",
    }).output();
    const line = untext.decode(stdout);
    assert.equal(code, 0, line);
    assert.match(line, /total=2000 .* errors=0/);
  },
});
