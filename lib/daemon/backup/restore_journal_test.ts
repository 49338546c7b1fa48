import assert from "node:assert/strict";
import { join } from "node:path";
import { withTmpDir } from "../../../tests/helpers/tmp.ts";
import { recoverSwap, RESTORE_JOURNAL, swapIn, type SwapJournal } from "./restore_journal.ts";

/** Reads every file below `dir` into path → content (folders as "dir"). */
async function tree(dir: string, prefix = ""): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for await (const entry of Deno.readDir(join(dir, prefix))) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory) {
      out[path] = "dir";
      Object.assign(out, await tree(dir, path));
    } else {
      out[path] = await Deno.readTextFile(join(dir, path));
    }
  }
  return out;
}

const OLD = {
  "world": "dir",
  "world/level.dat": "old level",
  "world_nether": "dir",
  "world_nether/DIM-1": "old nether",
  "server.properties": "old props",
  "server.jar": "jar",
};
const NEW = {
  "world": "dir",
  "world/level.dat": "new level",
  "world/region": "dir",
  "world/region/r.0.0.mca": "new region",
  "server.properties": "new props",
  "ops.json": "[]",
  "server.jar": "jar",
};

async function setUp(
  root: string,
): Promise<{ data: string; server: string; journal: SwapJournal }> {
  const data = join(root, "data");
  const server = join(root, "server");
  await Deno.mkdir(data);
  await Deno.mkdir(join(server, "world"), { recursive: true });
  await Deno.mkdir(join(server, "world_nether"));
  await Deno.writeTextFile(join(server, "world/level.dat"), "old level");
  await Deno.writeTextFile(join(server, "world_nether/DIM-1"), "old nether");
  await Deno.writeTextFile(join(server, "server.properties"), "old props");
  await Deno.writeTextFile(join(server, "server.jar"), "jar");
  const staging = ".atlas-restore-test";
  await Deno.mkdir(join(server, staging, "world/region"), { recursive: true });
  await Deno.writeTextFile(join(server, staging, "world/level.dat"), "new level");
  await Deno.writeTextFile(join(server, staging, "world/region/r.0.0.mca"), "new region");
  await Deno.writeTextFile(join(server, staging, "server.properties"), "new props");
  await Deno.writeTextFile(join(server, staging, "ops.json"), "[]");
  const journal: SwapJournal = {
    format: 1,
    backupId: "20250101-000000-000-x",
    serverDirectory: server,
    staging,
    old: ".atlas-restore-old-test",
    items: [
      { name: "ops.json", existed: false, staged: true },
      { name: "server.properties", existed: true, staged: true },
      { name: "world", existed: true, staged: true },
      { name: "world_nether", existed: true, staged: false },
    ],
    phase: "swapping",
  };
  return { data, server, journal };
}

Deno.test("swapIn() replaces the items and leaves no staging, old folder or journal", async () => {
  await using dir = await withTmpDir();
  const { data, server, journal } = await setUp(dir.path);
  await swapIn(data, journal);
  assert.deepEqual(await tree(server), NEW);
  assert.deepEqual(await tree(data), {});
});

Deno.test("swapIn() rolls back to the exact old world when a step fails", async () => {
  await using dir = await withTmpDir();
  const { data, server, journal } = await setUp(dir.path);
  await assert.rejects(
    swapIn(data, journal, (step) => {
      if (step === "move-in:world") throw new Error("disk on fire");
    }),
    /disk on fire/,
  );
  assert.deepEqual(await tree(server), OLD);
  assert.deepEqual(await tree(data), {});
});

const STEPS = [
  "move-out:ops.json",
  "move-in:ops.json",
  "move-out:server.properties",
  "move-in:server.properties",
  "move-out:world",
  "move-in:world",
  "move-out:world_nether",
  "move-in:world_nether",
  "commit",
  "cleanup",
];

for (const crashAt of STEPS) {
  Deno.test(`recoverSwap() after a crash before ${crashAt} leaves the world old or fully new`, async () => {
    await using dir = await withTmpDir();
    const { data, server, journal } = await setUp(dir.path);
    const reached = Promise.withResolvers<void>();
    // The swap "dies" at this step: it never continues, as after kill -9.
    void swapIn(data, journal, (step) => {
      if (step !== crashAt) return;
      reached.resolve();
      return new Promise<void>(() => {});
    });
    await reached.promise;
    const outcome = await recoverSwap(data, server);
    const want = crashAt === "cleanup" ? NEW : OLD;
    assert.equal(outcome, crashAt === "cleanup" ? "completed" : "rolled-back");
    assert.deepEqual(await tree(server), want);
    await assert.rejects(Deno.stat(join(data, RESTORE_JOURNAL)), Deno.errors.NotFound);
    assert.equal(await recoverSwap(data, server), null, "a second recovery has nothing to do");
  });
}

Deno.test("recoverSwap() removes staging folders of a restore that died before its swap", async () => {
  await using dir = await withTmpDir();
  const { data, server } = await setUp(dir.path);
  assert.equal(await recoverSwap(data, server), null);
  assert.deepEqual(await tree(server), OLD);
});

/** Nested items: `plugins/A` replaced beside `plugins/B`, `config/new/x.yml` under new folders. */
async function setUpNested(
  root: string,
): Promise<{ data: string; server: string; journal: SwapJournal }> {
  const data = join(root, "data");
  const server = join(root, "server");
  await Deno.mkdir(data);
  await Deno.mkdir(join(server, "plugins/A"), { recursive: true });
  await Deno.mkdir(join(server, "plugins/B"));
  await Deno.writeTextFile(join(server, "plugins/A/data.yml"), "old A");
  await Deno.writeTextFile(join(server, "plugins/B/data.yml"), "B");
  const staging = ".atlas-restore-test";
  await Deno.mkdir(join(server, staging, "plugins/A"), { recursive: true });
  await Deno.mkdir(join(server, staging, "config/new"), { recursive: true });
  await Deno.writeTextFile(join(server, staging, "plugins/A/data.yml"), "new A");
  await Deno.writeTextFile(join(server, staging, "config/new/x.yml"), "new x");
  const journal: SwapJournal = {
    format: 1,
    backupId: "20250101-000000-000-x",
    serverDirectory: server,
    staging,
    old: ".atlas-restore-old-test",
    items: [
      { name: "config/new/x.yml", existed: false, staged: true },
      { name: "plugins/A", existed: true, staged: true },
    ],
    parents: ["config", "config/new"],
    phase: "swapping",
  };
  return { data, server, journal };
}

const NESTED_OLD = {
  "plugins": "dir",
  "plugins/A": "dir",
  "plugins/A/data.yml": "old A",
  "plugins/B": "dir",
  "plugins/B/data.yml": "B",
};
const NESTED_NEW = {
  "config": "dir",
  "config/new": "dir",
  "config/new/x.yml": "new x",
  "plugins": "dir",
  "plugins/A": "dir",
  "plugins/A/data.yml": "new A",
  "plugins/B": "dir",
  "plugins/B/data.yml": "B",
};

Deno.test("swapIn() swaps nested items without touching their siblings", async () => {
  await using dir = await withTmpDir();
  const { data, server, journal } = await setUpNested(dir.path);
  await swapIn(data, journal);
  assert.deepEqual(await tree(server), NESTED_NEW);
  assert.deepEqual(await tree(data), {});
});

const NESTED_STEPS = [
  "mkdir:config",
  "mkdir:config/new",
  "move-out:config/new/x.yml",
  "move-in:config/new/x.yml",
  "move-out:plugins/A",
  "move-in:plugins/A",
  "commit",
  "cleanup",
];

for (const crashAt of NESTED_STEPS) {
  Deno.test(`recoverSwap() of nested items after a crash before ${crashAt} leaves the world old or fully new`, async () => {
    await using dir = await withTmpDir();
    const { data, server, journal } = await setUpNested(dir.path);
    const reached = Promise.withResolvers<void>();
    void swapIn(data, journal, (step) => {
      if (step !== crashAt) return;
      reached.resolve();
      return new Promise<void>(() => {});
    });
    await reached.promise;
    await recoverSwap(data, server);
    assert.deepEqual(await tree(server), crashAt === "cleanup" ? NESTED_NEW : NESTED_OLD);
  });
}
