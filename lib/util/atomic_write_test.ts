import assert from "node:assert/strict";
import { join } from "node:path";
import { withTmpDir } from "../../tests/helpers/tmp.ts";
import { atomicWriteFile } from "./atomic_write.ts";

Deno.test("atomicWriteFile() replaces the content and leaves no temp file", async () => {
  await using dir = await withTmpDir();
  const path = join(dir.path, "config.json");
  await atomicWriteFile(path, "old");
  await atomicWriteFile(path, "new", { mode: 0o600 });
  assert.equal(await Deno.readTextFile(path), "new");
  assert.equal((await Deno.stat(path)).mode! & 0o777, 0o600);
  const names = [];
  for await (const e of Deno.readDir(dir.path)) names.push(e.name);
  assert.deepEqual(names, ["config.json"]);
});

Deno.test("atomicWriteFile() leaves the old file intact when the directory is gone", async () => {
  await using dir = await withTmpDir();
  await assert.rejects(atomicWriteFile(join(dir.path, "missing", "x.json"), "data"));
});
