/**
 * The restic engine end to end (issue 13): a real daemon on the demo server,
 * the real `restic` program and a repository in a temp folder. Skipped, with
 * the reason, where restic is not installed (`.ci/run` installs it).
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { DEFAULT_SET, snapshotTree } from "./helpers/backup.ts";
import { spawnChild } from "./helpers/child.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { waitFor } from "./helpers/tmp.ts";
import { pathExists } from "../lib/util/fs.ts";

const restic = await new Deno.Command("restic", {
  args: ["version"],
  stdout: "null",
  stderr: "null",
})
  .output().then((o) => o.success, () => false);
const skipped = restic ? "" : " (skipped: restic is not installed)";

const PASSWORD = "correct horse battery staple";

/** A daemon whose backups go to a restic repository in its temp dir. */
async function resticDaemon(extra: Record<string, unknown> = {}, env: Record<string, string> = {}) {
  const secrets = await Deno.makeTempDir({ prefix: "atlas-restic-" });
  await Deno.writeTextFile(join(secrets, "password"), PASSWORD);
  const daemon = await startDaemon({
    startServer: true,
    env,
    config: {
      backups: {
        engine: "restic",
        restic: { repository: join(secrets, "repo"), passwordFile: join(secrets, "password") },
        ...extra,
      },
    },
  });
  return {
    daemon,
    repo: join(secrets, "repo"),
    async [Symbol.asyncDispose]() {
      await daemon[Symbol.asyncDispose]();
      await Deno.remove(secrets, { recursive: true });
    },
  };
}

async function snapshotCount(repo: string): Promise<number> {
  const out = await new Deno.Command("restic", {
    args: ["--no-cache", "snapshots", "--json"],
    env: { RESTIC_REPOSITORY: repo, RESTIC_PASSWORD: PASSWORD },
    stdout: "piped",
  }).output();
  return JSON.parse(new TextDecoder().decode(out.stdout)).length;
}

Deno.test({
  name:
    "restic engine: incremental backups under our ids, restore, and the password kept out of sight" +
    skipped,
  ignore: !restic,
  fn: async () => {
    await using env = await resticDaemon();
    const { daemon } = env;
    const client = await daemon.client();
    const first = await client.createBackup({ name: "first" });
    assert.match(first.backupId, /^\d{8}-\d{6}-\d{3}-first$/);
    assert.match(first.message, /added to the restic repository/);
    assert.ok(first.savingPausedMs > 0);
    // With the server stopped nothing rewrites the world: a second backup finds it unchanged.
    await client.stopServer({});
    await Deno.writeFile(
      join(daemon.serverDir, "world/region/r.9.9.mca"),
      crypto.getRandomValues(new Uint8Array(65536)).map((b, i) => i % 3 ? b : 0),
    );
    const full = await client.createBackup({ name: "full" });
    const again = await client.createBackup({ name: "again" });
    const list = (await client.listBackups()).backups;
    assert.deepEqual(list.map((b) => b.id), [again.backupId, full.backupId, first.backupId]);
    const [addedAgain, addedFull] = list.map((b) => Number(b.sizeBytes));
    assert.ok(addedFull > 65536 / 2, `the new region file was added (${addedFull} bytes)`);
    assert.ok(addedAgain <= addedFull * 0.01, `unchanged, it added ${addedAgain} of ${addedFull}`);
    assert.equal(await snapshotCount(env.repo), 3);

    // Restore over a changed world: the region file is back, the new file gone.
    const region = await Deno.readFile(join(daemon.serverDir, "world/region/r.9.9.mca"));
    await Deno.writeTextFile(join(daemon.serverDir, "world/new.dat"), "after the backup");
    await Deno.remove(join(daemon.serverDir, "world/region/r.9.9.mca"));
    const restored = await client.restoreBackup({ backupId: again.backupId });
    assert.equal(restored.success, true, restored.message);
    assert.deepEqual(await Deno.readFile(join(daemon.serverDir, "world/region/r.9.9.mca")), region);
    assert.equal(await pathExists(join(daemon.serverDir, "world/new.dat")), false);
    const tree = await snapshotTree(daemon.serverDir, DEFAULT_SET);
    assert.ok(Object.keys(tree).some((p) => p.startsWith("world_nether/")), "every path restored");
    // The safety backup went to restic too, under a pre-restore id.
    const ids = (await client.listBackups()).backups.map((b) => b.id ?? "");
    assert.ok(ids.some((id) => id.endsWith(`pre-restore-${again.backupId}`)), ids.join(", "));

    // Our restic records (`<id>.restic.json`) are not taken for broken archive manifests.
    assert.doesNotMatch(daemon.stderr(), /invalid manifest/);
    assert.match(
      daemon.stderr(),
      new RegExp(`Backup "${first.backupId}" created \\(.*"restic"\\)`),
    );

    const shown = (await client.getConfig({})).configJson;
    assert.ok(!shown.includes(PASSWORD));
    assert.ok(!daemon.stderr().includes(PASSWORD), "the password never reaches the log");
  },
});

Deno.test({
  name: "restic engine: pruning forgets the oldest snapshots beyond each kind's budget" + skipped,
  ignore: !restic,
  fn: async () => {
    await using env = await resticDaemon({ keepManual: 2, keepPreRestore: 1 });
    const client = await env.daemon.client();
    const ids: string[] = [];
    for (const name of ["a", "b", "c"]) ids.push((await client.createBackup({ name })).backupId);
    assert.deepEqual((await client.listBackups()).backups.map((b) => b.id), [ids[2], ids[1]]);
    assert.equal(await snapshotCount(env.repo), 2);
    // Two restores make two pre-restore backups; their budget of 1 keeps the newer.
    await client.restoreBackup({ backupId: ids[1] });
    await client.restoreBackup({ backupId: ids[2] });
    const left = (await client.listBackups()).backups.map((b) => b.id ?? "");
    assert.equal(left.filter((id) => id.includes("pre-restore")).length, 1, left.join(", "));
    assert.ok(left.some((id) => id.endsWith(`pre-restore-${ids[2]}`)), left.join(", "));
    assert.equal(await snapshotCount(env.repo), 3);
  },
});

Deno.test({
  name: "restic engine: the repository is created before saving is paused, not inside the window" +
    skipped,
  ignore: !restic,
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "atlas-restic-init-" });
    // restic, noting at `init` whether the daemon's saving-off marker is there.
    const wrapper = join(dir, "restic-wrapper.sh");
    await Deno.writeTextFile(
      wrapper,
      `#!/bin/sh\nfor arg in "$@"; do\n  if [ "$arg" = init ]; then\n` +
        `    if [ -e "$(cat "${dir}/data")/saving-off.json" ]; then s=paused; else s=on; fi\n` +
        `    echo $s > "${dir}/init"\n  fi\ndone\nexec restic "$@"\n`,
    );
    await Deno.chmod(wrapper, 0o755);
    await Deno.writeTextFile(join(dir, "password"), PASSWORD);
    await using env = await resticDaemon({
      restic: {
        binary: wrapper,
        repository: join(dir, "repo"),
        passwordFile: join(dir, "password"),
      },
    });
    await Deno.writeTextFile(join(dir, "data"), env.daemon.dataDir);
    const client = await env.daemon.client();
    assert.equal((await client.createBackup({ name: "first" })).success, true);
    assert.equal((await Deno.readTextFile(join(dir, "init"))).trim(), "on");
    await Deno.remove(dir, { recursive: true });
  },
});

Deno.test({
  name:
    "restic engine: kill -9 of the daemon and restic mid-backup lists nothing partial, turns saving back on" +
    skipped,
  ignore: !restic,
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "atlas-restic-kill-" });
    // restic, but announcing its pid and waiting a moment first (long enough to be killed).
    const wrapper = join(dir, "restic-wrapper.sh");
    await Deno.writeTextFile(
      wrapper,
      `#!/bin/sh\nif [ "$1" = backup ]; then echo $$ > "${dir}/pid"; sleep 30; fi\nexec restic "$@"\n`,
    );
    await Deno.chmod(wrapper, 0o755);
    await using env = await resticDaemon({
      restic: {
        binary: wrapper,
        repository: join(dir, "repo"),
        passwordFile: join(dir, "password"),
      },
    });
    await Deno.writeTextFile(join(dir, "password"), PASSWORD);
    const first = env.daemon;
    const client = await first.client();
    const pending = client.createBackup({ name: "doomed" }).catch((e) => e);
    await waitFor(() => pathExists(join(dir, "pid")), { what: "restic to start" });
    await Deno.stat(join(first.dataDir, "saving-off.json"));
    const pid = Number((await Deno.readTextFile(join(dir, "pid"))).trim());
    await first.stop("SIGKILL");
    Deno.kill(pid, "SIGKILL");
    await pending;
    await Deno.remove(join(dir, "pid"));
    await Deno.writeTextFile(wrapper, `#!/bin/sh\nexec restic "$@"\n`);

    await using second = await startDaemon({ dir: first.dir });
    const client2 = await second.client();
    assert.deepEqual((await client2.listBackups()).backups, []);
    await client2.startServer({ waitForReady: true });
    await waitFor(async () => !(await pathExists(join(second.dataDir, "saving-off.json"))), {
      what: "the saving-off marker to go",
    });
    assert.equal((await client2.createBackup({ name: "after" })).success, true);
    await Deno.remove(dir, { recursive: true });
  },
});

/**
 * A restic that notes each command it runs (its first argument) in `calls`,
 * in a temp dir holding the password too; the repository goes in `repo`.
 */
async function tracedRestic() {
  const dir = await Deno.makeTempDir({ prefix: "atlas-restic-trace-" });
  const wrapper = join(dir, "restic-wrapper.sh");
  await Deno.writeTextFile(wrapper, `#!/bin/sh\necho "$1" >> "${dir}/calls"\nexec restic "$@"\n`);
  await Deno.chmod(wrapper, 0o755);
  await Deno.writeTextFile(join(dir, "password"), PASSWORD);
  return {
    settings: {
      binary: wrapper,
      repository: join(dir, "repo"),
      passwordFile: join(dir, "password"),
    },
    repo: join(dir, "repo"),
    /** The commands run since the last call, in order. */
    async calls(): Promise<string[]> {
      const text = await Deno.readTextFile(join(dir, "calls")).catch(() => "");
      await Deno.writeTextFile(join(dir, "calls"), "");
      return text.split("\n").filter((line) => line);
    },
    async [Symbol.asyncDispose]() {
      await Deno.remove(dir, { recursive: true });
    },
  };
}

Deno.test({
  name:
    "restic engine: a backup is one restic run, listing and forgetting only when a kind is over budget" +
    skipped,
  ignore: !restic,
  fn: async () => {
    await using traced = await tracedRestic();
    await using env = await resticDaemon({ keepManual: 2, restic: traced.settings });
    const client = await env.daemon.client();
    const a = await client.createBackup({ name: "a" });
    // Opened once (unlock proves it is there; init makes it), listed once.
    assert.deepEqual(await traced.calls(), ["unlock", "init", "backup", "snapshots"]);
    const b = await client.createBackup({ name: "b" });
    assert.deepEqual(await traced.calls(), ["backup"]);
    // A third manual backup is over keepManual = 2: now restic lists and forgets.
    const c = await client.createBackup({ name: "c" });
    assert.deepEqual(await traced.calls(), ["backup", "snapshots", "forget"]);
    assert.deepEqual((await client.listBackups()).backups.map((x) => x.id), [
      c.backupId,
      b.backupId,
    ]);
    assert.equal(await snapshotCount(traced.repo), 2);
    assert.equal(a.success, true);
    // restic keeps its cache in the data directory, not in the daemon user's home.
    assert.equal(await pathExists(join(env.daemon.dataDir, "restic-cache")), true);
  },
});

Deno.test({
  name: "restic engine: a repository deleted while the daemon runs is created again" + skipped,
  ignore: !restic,
  fn: async () => {
    await using env = await resticDaemon();
    const client = await env.daemon.client();
    await client.createBackup({ name: "before" });
    await Deno.remove(env.repo, { recursive: true });
    const after = await client.createBackup({ name: "after" });
    assert.equal(after.success, true, after.message);
    assert.deepEqual((await client.listBackups()).backups.map((b) => b.id), [after.backupId]);
    assert.equal(await snapshotCount(env.repo), 1);
    assert.match(env.daemon.stderr(), /is gone: creating it again/);
  },
});

Deno.test({
  name: "restic engine: pruning removes a stale lock left by a killed restic and retries" +
    skipped,
  ignore: !restic,
  fn: async () => {
    await using env = await resticDaemon({ keepManual: 1 });
    const client = await env.daemon.client();
    await client.createBackup({ name: "a" });
    // A restic backup reading stdin holds its lock until stdin ends: kill it meanwhile.
    await using holder = spawnChild(
      ["restic", "backup", "--no-cache", "--stdin", "--tag", "not-ours"],
      {
        env: { RESTIC_REPOSITORY: env.repo, RESTIC_PASSWORD: PASSWORD },
        stdin: "piped",
        stdout: "null",
        stderr: "null",
      },
    );
    const locks = join(env.repo, "locks");
    // A lock is written as a temp file, then renamed to its id: wait for the id.
    await waitFor(
      async () =>
        (await Array.fromAsync(Deno.readDir(locks))).some((e) => /^[0-9a-f]{64}$/.test(e.name)),
      { what: "restic to lock the repository" },
    );
    await holder.stop("SIGKILL");
    const b = await client.createBackup({ name: "b" });
    assert.equal(b.success, true, b.message);
    assert.deepEqual((await client.listBackups()).backups.map((x) => x.id), [b.backupId]);
    assert.equal(await snapshotCount(env.repo), 1);
    assert.match(env.daemon.stderr(), /removing stale locks/);
  },
});

Deno.test({
  name:
    "restic engine: a snapshot a kill -9 left without its record counts against the budget after a restart" +
    skipped,
  ignore: !restic,
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "atlas-restic-orphan-" });
    // restic backs up for real, then the wrapper waits (to be killed) before the daemon sees it end.
    const wrapper = join(dir, "restic-wrapper.sh");
    await Deno.writeTextFile(
      wrapper,
      `#!/bin/sh\nif [ "$1" = backup ]; then restic "$@" > /dev/null || exit 1\n` +
        `  echo $$ > "${dir}/pid"; exec sleep 30\nfi\nexec restic "$@"\n`,
    );
    await Deno.chmod(wrapper, 0o755);
    await Deno.writeTextFile(join(dir, "password"), PASSWORD);
    const repo = join(dir, "repo");
    await using env = await resticDaemon({
      keepManual: 1,
      restic: { binary: wrapper, repository: repo, passwordFile: join(dir, "password") },
    });
    const first = env.daemon;
    const pending = (await first.client()).createBackup({ name: "orphan" }).catch((e) => e);
    await waitFor(() => pathExists(join(dir, "pid")), { what: "restic to finish the snapshot" });
    await first.stop("SIGKILL");
    Deno.kill(Number((await Deno.readTextFile(join(dir, "pid"))).trim()), "SIGKILL");
    await pending;
    await Deno.writeTextFile(wrapper, `#!/bin/sh\nexec restic "$@"\n`);
    assert.equal(await snapshotCount(repo), 1, "restic wrote the snapshot");

    // Our records show no manual backup, restic has one: keepManual = 1 forgets it.
    await using second = await startDaemon({ dir: first.dir });
    const client = await second.client();
    const after = await client.createBackup({ name: "after" });
    assert.equal(after.success, true, after.message);
    assert.deepEqual((await client.listBackups()).backups.map((b) => b.id), [after.backupId]);
    assert.equal(await snapshotCount(repo), 1);
    await Deno.remove(dir, { recursive: true });
  },
});
