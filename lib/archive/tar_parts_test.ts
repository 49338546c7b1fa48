import assert from "node:assert/strict";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { withTmpDir } from "../../tests/helpers/tmp.ts";
import { concatBytes } from "../util/bytes.ts";
import { writeArchive } from "./pack.ts";
import { fillPart, planParts, type TarPart } from "./_tar_parts.ts";
import { tarPieces, type WalkTally } from "./_tar_walk.ts";
import { ZstdPool } from "./zstd_pool.ts";

const KiB = 1024;
const SIZES = { target: 8 * KiB, max: 16 * KiB };

/** Files of the sizes given (random content), in `world/` below `root`, named f00, f01, … */
async function makeFiles(root: string, sizes: readonly number[]): Promise<void> {
  await Deno.mkdir(join(root, "world"), { recursive: true });
  for (const [i, size] of sizes.entries()) {
    const bytes = new Uint8Array(size);
    for (let at = 0; at < size; at += 65536) crypto.getRandomValues(bytes.subarray(at, at + 65536));
    await Deno.writeFile(join(root, `world/f${String(i).padStart(2, "0")}`), bytes);
  }
}

async function plan(root: string): Promise<TarPart[]> {
  const tally: WalkTally = { files: 0, entries: 0, missing: [], followed: [] };
  const parts: TarPart[] = [];
  for await (const part of planParts(tarPieces({ root, paths: ["world"] }, tally), SIZES)) {
    parts.push(part);
  }
  return parts;
}

function bytesOf(part: TarPart): Uint8Array {
  const buffer = new Uint8Array(part.length);
  fillPart(part, buffer);
  return buffer;
}

Deno.test("planParts() cuts where files end past the target, and inside a file only at the maximum", async () => {
  await using dir = await withTmpDir();
  // 3 KiB + 3 KiB stay together (under the target); 40 KiB is cut at the maximum;
  // the empty file is still planned (opened when read).
  const sizes = [3 * KiB, 3 * KiB, 6 * KiB, 40 * KiB, 0, 1000, 12 * KiB, 5 * KiB];
  await makeFiles(dir.path, sizes);
  const parts = await plan(dir.path);
  for (const part of parts) assert.ok(part.length > 0 && part.length <= SIZES.max);
  // Only the 40 KiB file, bigger than a part, is cut inside (twice).
  const cutInside = parts.slice(0, -1).flatMap((part) => {
    const last = part.segments.at(-1)!;
    return "source" in last && last.offset + last.length < last.size ? [last.entry] : [];
  });
  assert.deepEqual(cutInside, ["world/f03", "world/f03"]);
  assert.ok(
    parts.some((p) => p.segments.some((s) => "source" in s && s.size === 0)),
    "the empty file is planned",
  );
  // The parts' bytes are exactly the tar stream the gzip path writes.
  const gz = join(dir.path, "a.tar.gz");
  {
    using out = await Deno.open(gz, { write: true, createNew: true });
    await writeArchive({ root: dir.path, paths: ["world"], output: out, format: "tar.gz" });
  }
  assert.deepEqual(
    concatBytes(parts.map(bytesOf)),
    new Uint8Array(gunzipSync(await Deno.readFile(gz))),
  );
});

Deno.test("fillPart() completes a file that shrank with zeros and notes it, and notes one that grew", async () => {
  await using dir = await withTmpDir();
  await makeFiles(dir.path, [2 * KiB, 2 * KiB]);
  const parts = await plan(dir.path);
  assert.equal(parts.length, 1);
  await Deno.truncate(join(dir.path, "world/f00"), 1000);
  await Deno.writeFile(join(dir.path, "world/f01"), new Uint8Array(10), { append: true });
  const buffer = new Uint8Array(parts[0].length);
  assert.deepEqual(fillPart(parts[0], buffer), ["world/f00", "world/f01"]);
  // world/ header, f00 header, then f00's 2 KiB: 1000 bytes kept, the rest zeros.
  const content = buffer.subarray(1024, 1024 + 2 * KiB);
  assert.deepEqual(content.subarray(0, 1000), await Deno.readFile(join(dir.path, "world/f00")));
  assert.ok(content.subarray(1000).every((b) => b === 0));
});

Deno.test("ZstdPool.pack() reports a file that vanished before it was read as NotFound", async () => {
  await using dir = await withTmpDir();
  await makeFiles(dir.path, [4 * KiB]);
  const [part] = await plan(dir.path);
  await Deno.remove(join(dir.path, "world/f00"));
  using pool = new ZstdPool({ workers: 1 });
  await assert.rejects(pool.pack(part), Deno.errors.NotFound);
});
