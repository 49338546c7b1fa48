import assert from "node:assert/strict";
import { join } from "node:path";
import { withTmpDir } from "../../tests/helpers/tmp.ts";
import { pathExists } from "./fs.ts";

Deno.test("pathExists() sees files and directories, and not missing paths", async () => {
  await using dir = await withTmpDir();
  const file = join(dir.path, "file");
  await Deno.writeTextFile(file, "x");
  assert.equal(await pathExists(dir.path), true);
  assert.equal(await pathExists(file), true);
  assert.equal(await pathExists(join(dir.path, "missing")), false);
  assert.equal(await pathExists(join(dir.path, "missing"), { followSymlinks: false }), false);
});

Deno.test("pathExists() answers false below a file instead of throwing", async () => {
  await using dir = await withTmpDir();
  const file = join(dir.path, "file");
  await Deno.writeTextFile(file, "x");
  assert.equal(await pathExists(join(file, "level.dat")), false);
  assert.equal(await pathExists(join(file, "level.dat"), { followSymlinks: false }), false);
});

Deno.test("pathExists() follows links unless followSymlinks is false", async () => {
  await using dir = await withTmpDir();
  const dangling = join(dir.path, "dangling");
  await Deno.symlink(join(dir.path, "nowhere"), dangling);
  assert.equal(await pathExists(dangling), false);
  assert.equal(await pathExists(dangling, { followSymlinks: false }), true);
  await Deno.writeTextFile(join(dir.path, "nowhere"), "x");
  assert.equal(await pathExists(dangling), true);
});
