import assert from "node:assert/strict";
import { join } from "node:path";
import { withTmpDir } from "../../../tests/helpers.ts";
import { isIpcError } from "../../protocol/errors.ts";
import {
  type BackupKind,
  type BackupManifest,
  BackupStore,
  makeBackupId,
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
    sha256: "0".repeat(64),
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

Deno.test("BackupStore.prune() keeps the newest, pre-restore backups and protected ids", async () => {
  await using dir = await withTmpDir();
  const store = new BackupStore(join(dir.path, "backups"));
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) ids.push((await fakeBackup(store, `b${i}`, 1000 + i)).id);
  const safety = await fakeBackup(store, "pre-restore-x", 500, "pre-restore");
  const pruned = await store.prune(2, new Set([ids[0]]));
  assert.deepEqual(pruned.sort(), [ids[1], ids[2]].sort());
  const left = (await store.list()).map((b) => b.manifest.id);
  assert.deepEqual(left, [ids[4], ids[3], ids[0], safety.id]);
  assert.deepEqual(await store.prune(0), [ids[3], ids[0]], "keep 0 still keeps the newest");
  await assert.rejects(Deno.stat(store.archivePath(ids[1])), Deno.errors.NotFound);
});
