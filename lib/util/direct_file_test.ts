import assert from "node:assert/strict";
import { join } from "node:path";
import { createDurableFile } from "./direct_file.ts";
import { cannotMountTmpfs, mountTmpfs } from "../../tests/helpers/tmpfs.ts";

/** Whether `dir` takes `O_DIRECT` files (ext4, XFS, btrfs do; tmpfs since Linux 6.6). */
async function directIn(dir: string): Promise<boolean> {
  const path = join(dir, "probe");
  using file = await createDurableFile(path);
  const direct = file.direct;
  file.close();
  await Deno.remove(path);
  return direct;
}

/** The pieces written: odd sizes, across block and buffer edges (4 KiB blocks, 4 MiB buffers). */
function pieces(): Uint8Array[] {
  const sizes = [0, 1, 4095, 4096, 4097, 3 * 1024 * 1024, 5 * 1024 * 1024 + 17, 12_345, 8 << 20];
  let seed = 7;
  return sizes.map((size) =>
    new Uint8Array(size).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24)
  );
}

/** Writes every piece, syncs, and checks the file holds exactly their bytes. */
async function writeAndCheck(path: string, expectDirect: boolean): Promise<void> {
  const parts = pieces();
  {
    using file = await createDurableFile(path, { mode: 0o640 });
    assert.equal(file.direct, expectDirect);
    for (const part of parts) assert.equal(await file.write(part), part.length);
    await file.sync();
  }
  const written = await Deno.readFile(path);
  const expected = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((offset, p) => (expected.set(p, offset), offset + p.length), 0);
  assert.equal(written.length, expected.length);
  assert.ok(written.every((b, i) => b === expected[i]), "the file holds the bytes written");
  assert.equal((await Deno.stat(path)).mode! & 0o777, 0o640);
}

// Test temp folders live under the repository's disk: Deno's default (/tmp) may be a tmpfs.
const diskDir = await Deno.makeTempDir({ dir: Deno.cwd(), prefix: ".direct-test-" });
const direct = await directIn(diskDir);
await Deno.remove(diskDir, { recursive: true });

Deno.test({
  name: "createDurableFile writes straight to disk where O_DIRECT works, every byte in place" +
    (direct ? "" : " (skipped: this file system refuses O_DIRECT)"),
  ignore: !direct,
  fn: async () => {
    const dir = await Deno.makeTempDir({ dir: Deno.cwd(), prefix: ".direct-test-" });
    try {
      await writeAndCheck(join(dir, "archive.bin"), true);
      // Empty, and exactly one block.
      for (const size of [0, 4096]) {
        const path = join(dir, `size-${size}`);
        using file = await createDurableFile(path);
        await file.write(new Uint8Array(size).fill(9));
        await file.sync();
        assert.equal((await Deno.stat(path)).size, size);
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

const noDisk = await cannotMountTmpfs();

Deno.test({
  name:
    "createDurableFile on tmpfs (O_DIRECT taken since Linux 6.6, refused before): the bytes either way" +
    (noDisk ? ` (skipped: ${noDisk})` : ""),
  ignore: noDisk !== null,
  fn: async () => {
    await using disk = await mountTmpfs("size=64m");
    await writeAndCheck(join(disk.path, "archive.bin"), await directIn(disk.path));
  },
});

Deno.test({
  name: "createDurableFile reports a full disk in words, with the ENOSPC code kept" +
    (noDisk ? ` (skipped: ${noDisk})` : ""),
  ignore: noDisk !== null,
  fn: async () => {
    await using disk = await mountTmpfs("size=4m");
    for (const direct of [true, false]) {
      const path = join(disk.path, `full-${direct}`);
      const error = await (async () => {
        using file = await createDurableFile(path, { direct });
        for (let i = 0; i < 16; i++) await file.write(new Uint8Array(1024 * 1024).fill(i + 1));
        await file.sync();
      })().then(() => null, (e: Error) => e);
      assert.ok(error, `direct ${direct}: a 16 MiB file fitted on a 4 MiB disk`);
      assert.match(error.message, /^No space left on device/, `direct ${direct}`);
      assert.doesNotMatch(error.message, /ENOSPC|\bwrite\b/);
      const code = (error as { code?: string }).code;
      assert.ok(code === "ENOSPC" || error.message.includes("os error 28"), String(code));
      await Deno.remove(path);
    }
  },
});

Deno.test("createDurableFile writes through the page cache when asked to", async () => {
  const dir = await Deno.makeTempDir({ dir: Deno.cwd(), prefix: ".direct-test-" });
  try {
    const path = join(dir, "buffered.bin");
    using file = await createDurableFile(path, { direct: false });
    assert.equal(file.direct, false);
    await file.write(new TextEncoder().encode("buffered"));
    await file.sync();
    assert.equal(await Deno.readTextFile(path), "buffered");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("createDurableFile refuses a file that exists, and leaves it alone", async () => {
  const dir = await Deno.makeTempDir({ dir: Deno.cwd(), prefix: ".direct-test-" });
  try {
    const path = join(dir, "taken");
    await Deno.writeTextFile(path, "keep me");
    for (const direct of [true, false]) {
      await assert.rejects(createDurableFile(path, { direct }), Deno.errors.AlreadyExists);
    }
    assert.equal(await Deno.readTextFile(path), "keep me");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
