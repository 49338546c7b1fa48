/**
 * Scheduled backups (`backups.intervalMinutes`), with the daemon run in
 * this process so that an internal hook can make a "minute" 150 ms long.
 * The sanitizers then also check that the schedule's timer is cleaned up.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { runDaemon } from "../lib/daemon/mod.ts";
import { demoServerCommand, writeDemoServerDirectory } from "../lib/demo/mod.ts";
import { IpcClient } from "../lib/protocol/client.ts";
import { freePort } from "./helpers/child.ts";
import { waitFor, withTmpDir } from "./helpers/tmp.ts";

Deno.test("backups.intervalMinutes makes scheduled backups while the server runs, pruned to backups.keep", async () => {
  await using dir = await withTmpDir();
  const serverDir = join(dir.path, "server");
  await Deno.mkdir(serverDir);
  await writeDemoServerDirectory(serverDir, { port: freePort(), rconPort: freePort() });
  const configPath = join(dir.path, "config.json");
  await Deno.writeTextFile(
    configPath,
    JSON.stringify({
      dataDirectory: "data",
      server: { directory: "server", command: demoServerCommand(), stopTimeoutSeconds: 10 },
      backups: { intervalMinutes: 1, keep: 2 },
    }),
  );
  const controller = new AbortController();
  const ready = Promise.withResolvers<void>();
  const daemon = runDaemon({
    configPath,
    socketPath: join(dir.path, "atlas.sock"),
    handleSignals: false,
    signal: controller.signal,
    testing: { serverEnv: { ATLAS_DEMO_START_DELAY_MS: "50" }, minuteMs: 150 },
    onReady: () => ready.resolve(),
  });
  try {
    await Promise.race([ready.promise, daemon]);
    const client = await IpcClient.connect(join(dir.path, "atlas.sock"));
    try {
      await client.startServer({ waitForReady: true });
      // Three scheduled backups, of which two are kept.
      await waitFor(async () => {
        const lines = (await client.getLogs({ lines: 10_000 })).lines;
        return lines.filter((l) => /Automatic saving is now enabled/.test(l)).length >= 3;
      }, { what: "three scheduled backups" });
      // Turning the schedule off is applied live; a manual backup then succeeds as soon as
      // a scheduled one in flight is done; scheduled and manual backups have their own budgets.
      await client.setConfig({ configJson: '{"backups":{"intervalMinutes":0}}' });
      await waitFor(
        () => client.createBackup({ name: "manual" }).then(() => true, () => false),
        { what: "a manual backup between scheduled ones" },
      );
      const names = (await client.listBackups()).backups.map((b) => b.name);
      assert.deepEqual(names, ["manual", "scheduled", "scheduled"]);
    } finally {
      await client.close();
    }
  } finally {
    controller.abort();
    await daemon;
  }
});
