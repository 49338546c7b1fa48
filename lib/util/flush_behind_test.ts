import assert from "node:assert/strict";
import { join } from "node:path";
import { withTmpDir } from "../../tests/helpers/tmp.ts";
import { FlushBehindWriter } from "./flush_behind.ts";

Deno.test("FlushBehindWriter flushes in the background once enough is written, and writes every byte", async () => {
  await using dir = await withTmpDir();
  const path = join(dir.path, "out");
  using file = await Deno.open(path, { write: true, createNew: true });
  let flushes = 0;
  // The real file, counting its data flushes.
  const counted = {
    write: (bytes: Uint8Array) => file.write(bytes),
    syncData: () => (flushes++, file.syncData()),
    sync: () => file.sync(),
  };
  const writer = new FlushBehindWriter(counted, { everyBytes: 1000 });
  const chunk = new Uint8Array(300).fill(7);
  for (let i = 0; i < 3; i++) await writer.write(chunk);
  assert.equal(flushes, 0, "900 bytes: no flush yet");
  await writer.write(chunk);
  assert.equal(flushes, 1, "1200 bytes: one flush started");
  await writer.sync();
  assert.deepEqual(await Deno.readFile(path), new Uint8Array(1200).fill(7));
});

Deno.test("FlushBehindWriter.sync() reports a background flush that failed", async () => {
  await using dir = await withTmpDir();
  using file = await Deno.open(join(dir.path, "out"), { write: true, createNew: true });
  const closed = await Deno.open(join(dir.path, "other"), { write: true, createNew: true });
  closed.close();
  // Writes go to a good file; its flushes to a closed one, as a failing disk would fail them.
  const failing = {
    write: (bytes: Uint8Array) => file.write(bytes),
    syncData: () => closed.syncData(),
    sync: () => file.sync(),
  };
  const writer = new FlushBehindWriter(failing, { everyBytes: 10 });
  await writer.write(new Uint8Array(20));
  await assert.rejects(writer.sync(), Deno.errors.BadResource);
});
