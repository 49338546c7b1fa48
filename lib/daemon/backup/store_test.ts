import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { withTmpDir } from "../../../tests/helpers/tmp.ts";
import { isIpcError } from "../../protocol/errors.ts";
import {
  type BackupKind,
  type BackupManifest,
  BackupStore,
  compareIds,
  makeBackupId,
  nextBackupTime,
  validateBackupId,
  validateBackupName,
} from "./store.ts";

function code(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return isIpcError(error) ? error.code : String(error);
  }
}

Deno.test("validateBackupName() accepts letters, digits, . _ - up to 64 characters only", () => {
  for (const ok of ["", "nightly", "v1.21.4_before-update", "a".repeat(64), "..", "a..b"]) {
    assert.equal(validateBackupName(ok), ok);
  }
  for (
    const bad of [
      "a".repeat(65),
      "with space",
      "slash/name",
      "back\\slash",
      "nul\0",
      "ünï",
      "new\nline",
    ]
  ) {
    assert.equal(code(() => validateBackupName(bad)), "VALIDATION", JSON.stringify(bad));
  }
});

Deno.test("makeBackupId() sorts by UTC time and never contains .. or separators", () => {
  const a = makeBackupId("z", new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 6)));
  const b = makeBackupId("a", new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 7)));
  assert.equal(a, "20250102-030405-006-z");
  assert.ok(a < b);
  assert.equal(makeBackupId("", new Date(0)), "19700101-000000-000");
  const dotty = makeBackupId("..", new Date(0));
  assert.equal(dotty, "19700101-000000-000-.");
  assert.equal(
    validateBackupId(makeBackupId("a..b...c", new Date(0))),
    "19700101-000000-000-a.b.c",
  );
});

Deno.test("validateBackupId() refuses separators, .. and anything not shaped like an id", () => {
  for (
    const bad of [
      "",
      "../x",
      "a/b",
      "a\\b",
      "..",
      "20250102-030405-006-..",
      "x",
      "20250102-030405-006/",
    ]
  ) {
    assert.equal(code(() => validateBackupId(bad)), "VALIDATION", JSON.stringify(bad));
  }
  assert.equal(validateBackupId("20250102-030405-006"), "20250102-030405-006");
});

async function fakeBackup(
  store: BackupStore,
  name: string,
  at: number,
  kind: BackupKind = "manual",
): Promise<BackupManifest> {
  await store.ensure();
  const id = makeBackupId(name, new Date(at * 1000));
  const temp = store.tempPath(id);
  await Deno.writeTextFile(temp, `archive of ${name}`);
  const manifest: BackupManifest = {
    format: 1,
    id,
    name,
    kind,
    created_at: at,
    created: new Date(at * 1000).toISOString(),
    size: (await Deno.stat(temp)).size,
    sha256: createHash("sha256").update(await Deno.readFile(temp)).digest("hex"),
    server_version: "1.21.4",
    file_count: 1,
    paths: ["world"],
  };
  await store.publish(temp, manifest);
  return manifest;
}

Deno.test("BackupStore.list() returns complete backups newest first and ignores leftovers", async () => {
  await using dir = await withTmpDir();
  const store = new BackupStore(join(dir.path, "backups"));
  assert.deepEqual(await store.list(), []);
  const old = await fakeBackup(store, "old", 1000);
  const mid = await fakeBackup(store, "mid", 2000);
  const neu = await fakeBackup(store, "new", 3000);
  // Leftovers a crash can leave: a temp archive, an archive without manifest,
  // a manifest with a bad size, a broken manifest.
  await Deno.writeTextFile(store.tempPath("20250101-000000-000-tmp"), "partial");
  await Deno.writeTextFile(store.archivePath("20250101-000000-000-orphan"), "no manifest");
  const wrongSize = await fakeBackup(store, "wrong", 4000);
  await Deno.writeTextFile(store.archivePath(wrongSize.id), "different length now");
  await Deno.writeTextFile(store.manifestPath("20250101-000000-000-broken"), "{not json");
  const listed = (await store.list()).map((b) => b.manifest.id);
  assert.deepEqual(listed, [neu.id, mid.id, old.id]);
  const removed = await store.sweep();
  assert.equal(removed.length, 2);
  assert.equal((await store.list()).length, 3);
});

/** Flips the first byte of a backup's archive: same size, wrong checksum (a disk error). */
async function damage(store: BackupStore, id: string): Promise<void> {
  const bytes = await Deno.readFile(store.archivePath(id));
  bytes[0] ^= 0xff;
  await Deno.writeFile(store.archivePath(id), bytes);
}

const BUDGETS = { manual: 2, scheduled: 1, "pre-restore": 1 } as const;

Deno.test("BackupStore.prune() keeps each kind's budget and protected ids, pre-restore ones too", async () => {
  await using dir = await withTmpDir();
  const store = new BackupStore(join(dir.path, "backups"));
  const manual: string[] = [];
  for (let i = 0; i < 5; i++) manual.push((await fakeBackup(store, `b${i}`, 1000 + i)).id);
  const scheduled = [
    (await fakeBackup(store, "s0", 2000, "scheduled")).id,
    (await fakeBackup(store, "s1", 2001, "scheduled")).id,
  ];
  const safety = [
    (await fakeBackup(store, "pre-restore-a", 500, "pre-restore")).id,
    (await fakeBackup(store, "pre-restore-b", 501, "pre-restore")).id,
  ];
  const pruned = await store.prune(BUDGETS, new Set([manual[0]]));
  assert.deepEqual(
    pruned.sort(),
    [manual[1], manual[2], scheduled[0], safety[0]].sort(),
  );
  const left = (await store.list()).map((b) => b.manifest.id);
  assert.deepEqual(left, [scheduled[1], manual[4], manual[3], manual[0], safety[1]]);
  assert.deepEqual(
    await store.prune({ manual: 0, scheduled: 0, "pre-restore": 0 }),
    [manual[3], manual[0]],
    "a budget of 0 still keeps the newest of the kind",
  );
  await assert.rejects(Deno.stat(store.archivePath(manual[1])), Deno.errors.NotFound);
});

Deno.test("BackupStore.prune() never deletes the newest backup that verifies", async () => {
  await using dir = await withTmpDir();
  const store = new BackupStore(join(dir.path, "backups"));
  const ids: string[] = [];
  for (let i = 0; i < 4; i++) ids.push((await fakeBackup(store, `b${i}`, 1000 + i)).id);
  // The two newest were damaged on disk: the budget of 1 would keep only b3.
  await damage(store, ids[3]);
  await damage(store, ids[2]);
  const pruned = await store.prune({ ...BUDGETS, manual: 1 });
  assert.deepEqual(pruned.sort(), [ids[0], ids[2]].sort());
  assert.deepEqual((await store.list()).map((b) => b.manifest.id), [ids[3], ids[1]]);
});

Deno.test("BackupStore.prune() deletes nothing when no backup verifies", async () => {
  await using dir = await withTmpDir();
  const store = new BackupStore(join(dir.path, "backups"));
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) ids.push((await fakeBackup(store, `b${i}`, 1000 + i)).id);
  for (const id of ids) await damage(store, id);
  assert.deepEqual(await store.prune({ ...BUDGETS, manual: 1 }), []);
  assert.equal((await store.list()).length, 3);
});

Deno.test("BackupStore.prune() orders by id (creation sequence), not by the recorded clock", async () => {
  await using dir = await withTmpDir();
  const store = new BackupStore(join(dir.path, "backups"));
  const first = await fakeBackup(store, "first", 1000);
  // Made later (greater id) while the clock read an earlier time.
  const second = await fakeBackup(store, "second", 1001);
  const manifest = { ...second, created_at: 10, created: new Date(10_000).toISOString() };
  await Deno.writeTextFile(store.manifestPath(second.id), JSON.stringify(manifest));
  assert.deepEqual((await store.list()).map((b) => b.manifest.id), [second.id, first.id]);
  assert.deepEqual(await store.prune({ ...BUDGETS, manual: 1 }), [first.id]);
});

Deno.test("nextBackupTime() follows the clock, but never goes back behind an existing id", () => {
  const ids = [makeBackupId("a", new Date(5000)), makeBackupId("", new Date(9000)), "junk"];
  assert.equal(nextBackupTime(ids, 20_000).getTime(), 20_000);
  // The clock went back (or two backups in the same millisecond): one after the newest.
  assert.equal(nextBackupTime(ids, 1000).getTime(), 9001);
  assert.equal(nextBackupTime(ids, 9000).getTime(), 9001);
  assert.equal(nextBackupTime([], 1000).getTime(), 1000);
  const later = makeBackupId("z", nextBackupTime(ids, 1000));
  assert.ok(ids.slice(0, 2).every((id) => compareIds(id, later) < 0));
});
