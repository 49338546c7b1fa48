/**
 * UpdateServer when something goes wrong: bad checksums, HTTP errors, a
 * download cut off. In every case nothing changes: the jar, the previous
 * jar, `installed.json`, the running server, and no temp file is left.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { isIpcError } from "../lib/protocol/errors.ts";
import { atlas } from "../lib/protocol/messages.ts";
import { snapshotTree } from "./helpers/backup.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { waitFor } from "./helpers/tmp.ts";
import {
  defaultFixtureData,
  type Fault,
  type FaultTarget,
  UpdateFixtureServer,
} from "./helpers/update_fixture_server.ts";

const { ServerState } = atlas.common;

const CASES: [string, "mojang" | "paper", FaultTarget, Fault, string, RegExp][] = [
  [
    "a jar with a bad sha1",
    "mojang",
    "jar",
    "bad-checksum",
    "FAILED",
    /does not match its checksum/,
  ],
  [
    "a jar with a bad sha256",
    "paper",
    "jar",
    "bad-checksum",
    "FAILED",
    /does not match its checksum/,
  ],
  [
    "version metadata with a bad sha1",
    "mojang",
    "version-json",
    "bad-meta-sha1",
    "FAILED",
    /does not match its checksum in the manifest/,
  ],
  ["HTTP 404 for the jar", "mojang", "jar", "404", "NOT_FOUND", /HTTP 404/],
  ["HTTP 500 for the jar", "paper", "jar", "500", "FAILED", /HTTP 500/],
  [
    "HTTP 500 for the manifest",
    "mojang",
    "manifest",
    "500",
    "FAILED",
    /Cannot fetch the version manifest: HTTP 500/,
  ],
  [
    "HTTP 404 for Paper's builds",
    "paper",
    "paper-builds",
    "404",
    "NOT_FOUND",
    /Paper has no version "1\.21\.5"/,
  ],
  ["a download cut off halfway", "mojang", "jar", "cut", "FAILED", /interrupted|cut short/],
  ["a Paper download cut off halfway", "paper", "jar", "cut", "FAILED", /interrupted|cut short/],
];

for (const [what, source, target, fault, code, message] of CASES) {
  Deno.test(`updateServer() with ${what} fails with ${code} and changes nothing`, async () => {
    await using fixture = new UpdateFixtureServer(defaultFixtureData());
    const channel = "1.21.4";
    await using daemon = await startDaemon({
      config: { update: { url: fixture.url, source, channel } },
    });
    const client = await daemon.client();
    assert.equal((await client.updateServer({ channel })).success, true);
    await client.startServer({ waitForReady: true });
    const files = await snapshotTree(daemon.serverDir, ["server.jar", "server.jar.previous"]);
    const installed = await Deno.readTextFile(join(daemon.dataDir, "installed.json"));
    fixture.faults.set(target, fault);
    await assert.rejects(
      client.updateServer({ channel: source === "paper" ? "1.21.5" : "release" }),
      (e) => {
        assert.ok(isIpcError(e), String(e));
        assert.equal(e.code, code, e.message);
        assert.match(e.message, message);
        return true;
      },
    );
    assert.deepEqual(
      await snapshotTree(daemon.serverDir, ["server.jar", "server.jar.previous"]),
      files,
    );
    assert.equal(await Deno.readTextFile(join(daemon.dataDir, "installed.json")), installed);
    const names: string[] = [];
    for await (const entry of Deno.readDir(daemon.serverDir)) names.push(entry.name);
    assert.ok(!names.some((n) => n.endsWith(".download") || n.endsWith(".tmp")), names.join(" "));
    const status = await client.getStatus();
    assert.equal(status.state, ServerState.SERVER_STATE_RUNNING);
    assert.equal(status.version, "1.21.4");
  });
}

Deno.test("a daemon killed during a download leaves no temp file after its next start", async () => {
  await using fixture = new UpdateFixtureServer(defaultFixtureData());
  fixture.faults.set("jar", "stall");
  await using first = await startDaemon({ config: { update: { url: fixture.url } } });
  const client = await first.client();
  const pending = client.updateServer({ channel: "release" }).catch((e) => e);
  const serverDir = first.serverDir;
  const isDownload = (name: string) => /^\.server\.jar\.[0-9a-f]{8}\.download$/.test(name);
  await waitFor(async () => {
    for await (const entry of Deno.readDir(serverDir)) {
      if (isDownload(entry.name) && (await Deno.stat(join(serverDir, entry.name))).size > 0) {
        return true;
      }
    }
    return false;
  }, { what: "a partial download beside the jar" });
  await first.stop("SIGKILL");
  await pending;
  // What other interrupted swaps and atomic writes leave, and look-alikes that are not ours.
  const ours = [
    join(serverDir, "server.jar.0123abcd.tmp"),
    join(serverDir, "server.jar.previous.89abcdef.tmp"),
    join(first.dataDir, ".installed.json.deadbeef.tmp"),
    join(first.dataDir, ".restore-journal.json.0badf00d.tmp"),
  ];
  const notOurs = [
    join(serverDir, "server.jar.backup.tmp"),
    join(serverDir, ".server.jar.download"),
    join(serverDir, "world.0123abcd.tmp"),
    join(first.dataDir, ".mine.json.deadbeef.tmp"),
  ];
  for (const path of [...ours, ...notOurs]) await Deno.writeTextFile(path, "x");

  fixture.faults.delete("jar");
  await using second = await startDaemon({ dir: first.dir });
  await second.log.waitForLine(/Daemon listening/);
  for await (const entry of Deno.readDir(serverDir)) {
    assert.ok(!isDownload(entry.name), `${entry.name} was swept`);
  }
  for (const path of ours) await assert.rejects(Deno.stat(path), Deno.errors.NotFound, path);
  for (const path of notOurs) await Deno.stat(path);
  // And updates work again.
  const reply = await (await second.client()).updateServer({ channel: "release" });
  assert.equal(reply.success, true, reply.message);
});
