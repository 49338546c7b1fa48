import assert from "node:assert/strict";
import { join } from "node:path";
import { withTmpDir } from "../../../tests/helpers/tmp.ts";
import { LogFile, readLogTail } from "./log_file.ts";

Deno.test("LogFile.write() appends lines and readLogTail() reads them back", async () => {
  await using dir = await withTmpDir();
  const path = join(dir.path, "logs", "console.log");
  const file = await LogFile.open(path, { maxBytes: 1 << 20, files: 2 });
  file.write(["a", "b"]);
  file.write(["c"]);
  await file.close();
  assert.equal(await Deno.readTextFile(path), "a\nb\nc\n");
  assert.deepEqual(await readLogTail(path, 2), ["b", "c"]);
  const again = await LogFile.open(path, { maxBytes: 1 << 20, files: 2 });
  again.write(["d"]);
  await again.close();
  assert.deepEqual(await readLogTail(path, 10), ["a", "b", "c", "d"]);
});

Deno.test("LogFile rotates by size, keeps `files` old files, and readLogTail() spans them", async () => {
  await using dir = await withTmpDir();
  const path = join(dir.path, "console.log");
  const file = await LogFile.open(path, { maxBytes: 20, files: 2 });
  for (let i = 0; i < 10; i++) {
    file.write([`line-${i}`]); // 7 bytes each: two per 20-byte file
    await file.flush();
  }
  await file.close();
  const names = [];
  for await (const entry of Deno.readDir(dir.path)) names.push(entry.name);
  assert.deepEqual(names.sort(), ["console.log", "console.log.1", "console.log.2"]);
  assert.equal(await Deno.readTextFile(path), "line-8\nline-9\n");
  assert.deepEqual(await readLogTail(path, 5), ["line-5", "line-6", "line-7", "line-8", "line-9"]);
  assert.deepEqual(await readLogTail(path, 100), [4, 5, 6, 7, 8, 9].map((i) => `line-${i}`));
});

Deno.test("readLogTail() of a missing file is empty", async () => {
  await using dir = await withTmpDir();
  assert.deepEqual(await readLogTail(join(dir.path, "nope.log"), 5), []);
});

Deno.test("LogFile keeps writing after a failed rotation, and rotates once it can", async () => {
  await using dir = await withTmpDir();
  const path = join(dir.path, "console.log");
  // A non-empty directory where the rotated file goes: the rotation cannot remove or replace it.
  await Deno.mkdir(`${path}.1`);
  await Deno.writeTextFile(join(`${path}.1`, "keep"), "");
  const file = await LogFile.open(path, { maxBytes: 20, files: 1 });
  for (let i = 0; i < 4; i++) {
    file.write([`line-${i}`]); // 7 bytes each: the third needs a rotation
    await file.flush();
  }
  assert.equal(await Deno.readTextFile(path), "line-0\nline-1\nline-2\nline-3\n");
  await Deno.remove(`${path}.1`, { recursive: true });
  // The next try comes after the retry delay: a new file lets it happen at once.
  await file.close();
  const again = await LogFile.open(path, { maxBytes: 20, files: 1 });
  again.write(["line-4"]);
  await again.close();
  assert.equal(await Deno.readTextFile(`${path}.1`), "line-0\nline-1\nline-2\nline-3\n");
  assert.equal(await Deno.readTextFile(path), "line-4\n");
});
