import assert from "node:assert/strict";
import { join } from "node:path";
import { constants, zstdCompressSync, zstdDecompressSync } from "node:zlib";
import { tarBytes, tarFile } from "../../tests/helpers/backup.ts";
import { withTmpDir } from "../../tests/helpers/tmp.ts";
import { extractArchive, writeArchive, ZSTD_PART_BYTES } from "./pack.ts";
import { hashFile } from "../util/hash.ts";
import { ArchiveError } from "./header.ts";
import { ZstdPool } from "./zstd_pool.ts";
import { ZstdFrameSplitter } from "./_zstd_frames.ts";
import { ZstdContexts, zstdFrameBound } from "./_zstd_context.ts";

/** A world of several zstd parts: region-like files of random sectors padded with zeros. */
async function makeWorld(root: string, regionFiles = 6, sectors = 900): Promise<void> {
  await Deno.mkdir(join(root, "world/region"), { recursive: true });
  await Deno.writeTextFile(join(root, "world/level.dat"), "level");
  for (let f = 0; f < regionFiles; f++) {
    const bytes = new Uint8Array(sectors * 4096);
    for (let s = 0; s < sectors; s++) {
      crypto.getRandomValues(bytes.subarray(s * 4096, s * 4096 + 1500));
    }
    await Deno.writeFile(join(root, `world/region/r.${f}.0.mca`), bytes);
  }
}

async function tree(root: string, dir = ""): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const entry of Deno.readDir(join(root, dir))) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory) {
      out.set(path, "dir");
      for (const [k, v] of await tree(root, path)) out.set(k, v);
    } else out.set(path, await hashFile(join(root, path)));
  }
  return out;
}

async function pack(root: string, out: string, workers?: number) {
  using file = await Deno.open(out, { write: true, createNew: true });
  return await writeArchive({ root, paths: ["world"], output: file, format: "tar.zst", workers });
}

async function run(cmd: string, args: string[]): Promise<void> {
  const out = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  assert.equal(out.code, 0, `${cmd} ${args.join(" ")}: ${new TextDecoder().decode(out.stderr)}`);
}

Deno.test("writeArchive(tar.zst) cuts the tar into several frames that extract back exactly", async () => {
  await using dir = await withTmpDir();
  const src = join(dir.path, "src");
  await makeWorld(src);
  const archive = join(dir.path, "w.tar.zst");
  const result = await pack(src, archive, 2);
  const bytes = await Deno.readFile(archive);
  assert.equal(result.bytes, bytes.length);
  assert.equal(result.sha256, await hashFile(archive));
  assert.equal(result.files, 7);
  // One frame per part: the 22 MiB tar stream became several frames, none over the bound.
  const frames = new ZstdFrameSplitter(ZSTD_PART_BYTES * 2).push(bytes);
  assert.ok(frames.length >= 2, `only ${frames.length} frames`);
  for (const frame of frames) assert.ok(zstdDecompressSync(frame.bytes).length <= ZSTD_PART_BYTES);
  using file = await Deno.open(archive);
  const extracted = await extractArchive(file.readable, join(dir.path, "out"));
  assert.equal(extracted.files, 7);
  assert.deepEqual(await tree(join(dir.path, "out")), await tree(src));
});

Deno.test("writeArchive(tar.zst) output is read by GNU tar --zstd (Linux, zstd installed)", {
  ignore: Deno.build.os !== "linux",
}, async () => {
  await using dir = await withTmpDir();
  const src = join(dir.path, "src");
  await makeWorld(src, 3, 1200);
  await pack(src, join(dir.path, "w.tar.zst"));
  await Deno.mkdir(join(dir.path, "gnu"));
  await run("tar", ["--zstd", "-xf", join(dir.path, "w.tar.zst"), "-C", join(dir.path, "gnu")]);
  assert.deepEqual(await tree(join(dir.path, "gnu")), await tree(src));
});

Deno.test("extractArchive() reads GNU tar --zstd archives and refuses damaged zstd", {
  ignore: Deno.build.os !== "linux",
}, async () => {
  await using dir = await withTmpDir();
  const src = join(dir.path, "src");
  await makeWorld(src, 1, 50);
  const archive = join(dir.path, "gnu.tar.zst");
  await run("tar", ["--zstd", "-cf", archive, "-C", src, "world"]);
  using file = await Deno.open(archive);
  await extractArchive(file.readable, join(dir.path, "out"));
  assert.deepEqual(await tree(join(dir.path, "out")), await tree(src));

  const good = zstdCompressSync(tarBytes([tarFile("world/level.dat", "x".repeat(50_000))]), {
    params: { [constants.ZSTD_c_checksumFlag]: 1 },
  });
  const flipped = new Uint8Array(good);
  flipped[Math.floor(flipped.length / 2)] ^= 0xff;
  const cases: [string, Uint8Array][] = [
    ["zstd cut short", new Uint8Array(good).subarray(0, good.length - 10)],
    ["zstd damaged", flipped],
  ];
  for (const [what, bytes] of cases) {
    await assert.rejects(
      extractArchive(ReadableStream.from([bytes]), join(dir.path, what)),
      ArchiveError,
      what,
    );
  }
});

Deno.test("writeArchive(tar.zst) stops with the abort reason and ends its workers", async () => {
  await using dir = await withTmpDir();
  const src = join(dir.path, "src");
  await makeWorld(src, 6, 900);
  const controller = new AbortController();
  let writes = 0;
  const output = {
    write(bytes: Uint8Array) {
      if (++writes === 1) controller.abort(new DOMException("stop", "AbortError"));
      return Promise.resolve(bytes.length);
    },
  };
  await assert.rejects(
    writeArchive({
      root: src,
      paths: ["world"],
      output,
      format: "tar.zst",
      signal: controller.signal,
    }),
    (e: Error) => e.name === "AbortError",
  );
});

Deno.test("ZstdPool compresses parts concurrently and keeps each answer with its part", async () => {
  using pool = new ZstdPool({ workers: 2 });
  const parts = Array.from(
    { length: 6 },
    (_, i) => new TextEncoder().encode(`part ${i} `.repeat(1000)),
  );
  const frames = await Promise.all(parts.map((p) => pool.compress(p.slice())));
  const { zstdDecompressSync } = await import("node:zlib");
  frames.forEach((frame, i) =>
    assert.deepEqual(new Uint8Array(zstdDecompressSync(frame)), parts[i])
  );
});

Deno.test("ZstdFrameSplitter finds the same frames whatever the chunking", () => {
  const parts = ["a".repeat(10), "b".repeat(70_000), "c"].map((text) =>
    zstdCompressSync(new TextEncoder().encode(text), {
      params: { [constants.ZSTD_c_checksumFlag]: 1 },
    })
  );
  const stream = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((offset, p) => (stream.set(p, offset), offset + p.length), 0);
  for (const size of [1, 3, 7, 64, stream.length]) {
    const splitter = new ZstdFrameSplitter(1024 * 1024);
    const frames = [];
    for (let i = 0; i < stream.length; i += size) {
      frames.push(...splitter.push(stream.subarray(i, i + size)));
    }
    splitter.finish();
    assert.deepEqual(
      frames.map((f) => f.bytes),
      parts.map((p) => new Uint8Array(p)),
      `size ${size}`,
    );
  }
  // The zstd command records each frame's content size in its header.
  if (Deno.build.os === "linux") {
    const file = Deno.makeTempFileSync();
    Deno.writeTextFileSync(file, "z".repeat(70_000));
    const out = new Deno.Command("zstd", { args: ["-c", "-q", file], stdout: "piped" })
      .outputSync();
    Deno.removeSync(file);
    const [frame] = new ZstdFrameSplitter(1024 * 1024).push(out.stdout);
    assert.equal(frame.contentSize, 70_000);
  }
  const cut = new ZstdFrameSplitter(1024 * 1024);
  cut.push(stream.subarray(0, stream.length - 2));
  assert.throws(() => cut.finish(), ArchiveError);
  const noise = zstdCompressSync(crypto.getRandomValues(new Uint8Array(2000)));
  assert.throws(() => new ZstdFrameSplitter(1000).push(noise), ArchiveError);
  const bounded = new ZstdFrameSplitter(1000);
  assert.throws(() => {
    for (let i = 0; i < noise.length; i += 100) bounded.push(noise.subarray(i, i + 100));
  }, ArchiveError);
});

Deno.test("ZstdContexts reuses its contexts here and writes the frames zstdCompressSync would", () => {
  const contexts = new ZstdContexts();
  const params = [
    { [constants.ZSTD_c_compressionLevel]: 3, [constants.ZSTD_c_checksumFlag]: 1 },
    { [constants.ZSTD_c_compressionLevel]: 1 },
  ];
  const inputs = [
    new TextEncoder().encode("abc ".repeat(50_000)),
    crypto.getRandomValues(new Uint8Array(60_000)),
    new Uint8Array(0),
    new TextEncoder().encode("another frame ".repeat(3_000)),
  ];
  const out = new Uint8Array(zstdFrameBound(200_000));
  for (const [i, input] of inputs.entries()) {
    for (const p of params) {
      const length = contexts.compressInto(input, p, out);
      const frame = out.slice(0, length);
      // (As the worker called it: one output chunk. With several, node:zlib's
      // loop appends an empty frame.)
      const chunkSize = zstdFrameBound(input.length);
      assert.deepEqual(
        frame,
        new Uint8Array(zstdCompressSync(input, { params: p, chunkSize })),
        `input ${i}`,
      );
      assert.deepEqual(new Uint8Array(zstdDecompressSync(frame)), input);
      const [split] = new ZstdFrameSplitter(1024 * 1024).push(frame);
      assert.equal(split.bytes.length, length, "one whole frame");
    }
  }
  // The fast path, not the fallback: a later Deno without the handle would be noticed here.
  assert.equal(contexts.reusable, true);
  assert.throws(() => contexts.compressInto(inputs[0], params[0], new Uint8Array(100)), RangeError);
  contexts.close();
});
