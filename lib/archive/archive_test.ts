import assert from "node:assert/strict";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { tarBytes, tarFile, tarLink } from "../../tests/helpers/backup.ts";
import { withTmpDir } from "../../tests/helpers/tmp.ts";
import { extractArchive, writeArchive } from "./pack.ts";
import { hashFile } from "../util/hash.ts";
import { ArchiveError, type TarEntry } from "./header.ts";
import { type TarEvent, TarParser } from "./parser.ts";

const encoder = new TextEncoder();

/** Builds a sample tree: nested folders, empty and multi-chunk files, long and non-ASCII names, links. */
async function makeTree(root: string): Promise<void> {
  const long = "d".repeat(60) + "/" + "e".repeat(70);
  await Deno.mkdir(join(root, "world/region"), { recursive: true });
  await Deno.mkdir(join(root, "world", long), { recursive: true });
  await Deno.mkdir(join(root, "world/empty"));
  await Deno.writeTextFile(join(root, "world/level.dat"), "level");
  await Deno.writeFile(join(root, "world/empty.dat"), new Uint8Array(0));
  const big = new Uint8Array(3 * 1024 * 1024 + 17);
  for (let i = 0; i < big.length; i++) big[i] = (i * 7919) >>> 3 & 0xff;
  await Deno.writeFile(join(root, "world/region/r.0.0.mca"), big);
  await Deno.writeTextFile(join(root, "world", long, "f".repeat(120) + ".json"), "{}");
  await Deno.writeTextFile(join(root, "world/ünïcødé-名前.txt"), "utf8");
  await Deno.symlink("region/r.0.0.mca", join(root, "world/link-to-region"));
  await Deno.symlink("../server.properties", join(root, "world/props"));
  await Deno.writeTextFile(join(root, "server.properties"), "level-name=world\n");
  await Deno.chmod(join(root, "server.properties"), 0o600);
}

/** Lists a tree as path → description (content, link target, mode), for comparisons. */
async function snapshot(root: string, dir = ""): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const entry of Deno.readDir(join(root, dir))) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    const info = await Deno.lstat(join(root, path));
    if (info.isSymlink) out.set(path, `link:${await Deno.readLink(join(root, path))}`);
    else if (info.isDirectory) {
      out.set(path, "dir");
      for (const [k, v] of await snapshot(root, path)) out.set(k, v);
    } else {
      const bytes = await Deno.readFile(join(root, path));
      const mode = (info.mode! & 0o777).toString(8);
      out.set(path, `file:${mode}:${bytes.length}:${await sha256Bytes(bytes)}`);
    }
  }
  return out;
}

async function sha256Bytes(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function archiveTo(root: string, paths: string[], out: string) {
  using file = await Deno.open(out, { write: true, createNew: true });
  return await writeArchive({ root, paths, output: file });
}

async function extractFile(archive: string, dest: string) {
  using file = await Deno.open(archive);
  return await extractArchive(file.readable, dest);
}

async function run(cmd: string, args: string[], cwd: string): Promise<string> {
  const out = await new Deno.Command(cmd, { args, cwd, stdout: "piped", stderr: "piped" }).output();
  const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
  assert.equal(out.code, 0, `${cmd} ${args.join(" ")} failed: ${text}`);
  return text;
}

/** A hand-built archive: each item is a header (possibly patched) plus content. */
function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return ReadableStream.from([bytes]);
}

Deno.test("writeArchive() and extractArchive() round-trip a tree with long names, links and modes", async () => {
  await using dir = await withTmpDir();
  const src = join(dir.path, "src");
  await makeTree(src);
  const result = await archiveTo(
    src,
    ["world", "server.properties", "ops.json"],
    join(dir.path, "a.tgz"),
  );
  assert.deepEqual(result.missing, ["ops.json"]);
  assert.equal(result.files, 6);
  assert.equal(result.sha256, await hashFile(join(dir.path, "a.tgz")));
  assert.equal(result.bytes, (await Deno.stat(join(dir.path, "a.tgz"))).size);
  const extracted = await extractFile(join(dir.path, "a.tgz"), join(dir.path, "out"));
  assert.equal(extracted.files, 6);
  const want = await snapshot(src);
  assert.deepEqual(await snapshot(join(dir.path, "out")), want);
});

Deno.test("writeArchive() output extracts with GNU tar -xzf", async () => {
  await using dir = await withTmpDir();
  const src = join(dir.path, "src");
  await makeTree(src);
  await archiveTo(src, ["world", "server.properties"], join(dir.path, "a.tgz"));
  await Deno.mkdir(join(dir.path, "gnu"));
  await run("tar", ["-xzf", join(dir.path, "a.tgz"), "-C", join(dir.path, "gnu")], dir.path);
  assert.deepEqual(await snapshot(join(dir.path, "gnu")), await snapshot(src));
});

for (const format of ["gnu", "pax", "ustar"]) {
  // bsdtar (macOS) has no --format=gnu: run where GNU tar is the system tar.
  Deno.test(`extractArchive() reads GNU tar --format=${format} archives (Linux: GNU tar)`, {
    ignore: Deno.build.os !== "linux",
  }, async () => {
    await using dir = await withTmpDir();
    const src = join(dir.path, "src");
    await makeTree(src);
    if (format === "ustar") {
      // ustar cannot store names over 255 bytes: leave them out.
      await Deno.remove(join(src, "world", "d".repeat(60)), { recursive: true });
    }
    await run("tar", [`--format=${format}`, "-czf", "../a.tgz", "world", "server.properties"], src);
    await extractFile(join(dir.path, "a.tgz"), join(dir.path, "out"));
    assert.deepEqual(await snapshot(join(dir.path, "out")), await snapshot(src));
  });
}

Deno.test("extractArchive() recreates GNU tar hard links", async () => {
  await using dir = await withTmpDir();
  const src = join(dir.path, "src");
  await Deno.mkdir(src);
  await Deno.writeTextFile(join(src, "a"), "shared");
  await Deno.link(join(src, "a"), join(src, "b"));
  await run("tar", ["-czf", "../a.tgz", "a", "b"], src);
  const result = await extractFile(join(dir.path, "a.tgz"), join(dir.path, "out"));
  assert.equal(result.files, 2);
  assert.equal(await Deno.readTextFile(join(dir.path, "out/b")), "shared");
});

const hostile: [string, Uint8Array][] = [
  ["an absolute path", tarBytes([tarFile("/tmp/evil")])],
  ["a .. component", tarBytes([tarFile("../evil")])],
  ["a .. inside the path", tarBytes([tarFile("world/../../evil")])],
  ["a link to an absolute path", tarBytes([tarLink("world", "/etc")])],
  ["a link climbing out", tarBytes([tarLink("a/b", "../../evil")])],
  [
    "a link climbing out through another name",
    tarBytes([tarLink("s", "."), tarLink("l", "s/../evil")]),
  ],
  ["a file written through a link", tarBytes([tarLink("l", "."), tarFile("l/evil")])],
  ["a file replacing a link", tarBytes([tarLink("l", "x"), tarFile("l")])],
  ["a character device", tarBytes([{ ...tarFile("dev"), flag: "3" }])],
  ["a block device", tarBytes([{ ...tarFile("dev"), flag: "4" }])],
  ["a FIFO", tarBytes([{ ...tarFile("fifo"), flag: "6" }])],
  ["a hard link to nothing", tarBytes([{ ...tarLink("h", "missing"), flag: "1" }])],
  ["a hard link outside", tarBytes([{ ...tarLink("h", "../evil"), flag: "1" }])],
];

for (const [what, tar] of hostile) {
  Deno.test(`extractArchive() refuses ${what} and writes nothing outside`, async () => {
    await using dir = await withTmpDir();
    const dest = join(dir.path, "a/b/dest");
    await assert.rejects(extractArchive(streamOf(gzipSync(tar)), dest), ArchiveError);
    for (
      const path of [join(dir.path, "evil"), join(dir.path, "a/evil"), join(dir.path, "a/b/evil")]
    ) {
      await assert.rejects(Deno.lstat(path), Deno.errors.NotFound);
    }
  });
}

Deno.test("extractArchive() refuses corrupted, truncated and non-gzip input", async () => {
  await using dir = await withTmpDir();
  const good = tarBytes([tarFile("world/level.dat", "x".repeat(5000))]);
  const badSum = good.slice();
  badSum[0] ^= 1;
  const cases: [string, Uint8Array][] = [
    ["bad checksum", gzipSync(badSum)],
    ["tar cut short", gzipSync(good.subarray(0, 2048))],
    ["tar without end marker", gzipSync(good.subarray(0, good.length - 1024))],
    ["gzip cut short", gzipSync(good).subarray(0, 100)],
    ["not gzip", encoder.encode("definitely not an archive")],
  ];
  for (const [what, bytes] of cases) {
    await assert.rejects(
      extractArchive(streamOf(bytes), join(dir.path, what)),
      ArchiveError,
      what,
    );
  }
});

Deno.test("writeArchive() follows included links and links pointing outside, keeps inside links", async () => {
  await using dir = await withTmpDir();
  const shared = join(dir.path, "shared");
  await Deno.mkdir(join(shared, "pack"), { recursive: true });
  await Deno.writeTextFile(join(shared, "pack/pack.mcmeta"), "shared pack");
  await Deno.writeTextFile(join(dir.path, "outside.txt"), "outside file");
  await Deno.mkdir(join(dir.path, "elsewhere/world"), { recursive: true });
  await Deno.writeTextFile(join(dir.path, "elsewhere/world/level.dat"), "real");
  await Deno.symlink(join(dir.path, "outside.txt"), join(dir.path, "elsewhere/world/abs-file"));
  await Deno.symlink(shared, join(dir.path, "elsewhere/world/datapacks"));
  await Deno.symlink("../../outside.txt", join(dir.path, "elsewhere/world/climbs-out"));
  await Deno.symlink("level.dat", join(dir.path, "elsewhere/world/inside"));
  await Deno.symlink("/nonexistent/atlas-dangling", join(dir.path, "elsewhere/world/dangling"));
  await Deno.mkdir(join(dir.path, "server"));
  await Deno.symlink(join(dir.path, "elsewhere/world"), join(dir.path, "server/world"));
  const result = await archiveTo(join(dir.path, "server"), ["world"], join(dir.path, "a.tgz"));
  assert.deepEqual(result.followed.sort(), [
    "world/abs-file",
    "world/climbs-out",
    "world/dangling",
    "world/datapacks",
  ]);
  const listing = await run("tar", ["-tvzf", join(dir.path, "a.tgz")], dir.path);
  assert.match(listing, /world\/inside -> level\.dat/);
  assert.doesNotMatch(listing, /abs-file ->|datapacks ->|climbs-out ->|dangling/);
  // The archive restores: outside links come back as the content they pointed at.
  await extractFile(join(dir.path, "a.tgz"), join(dir.path, "out"));
  const out = join(dir.path, "out/world");
  assert.equal(await Deno.readTextFile(join(out, "abs-file")), "outside file");
  assert.equal(await Deno.readTextFile(join(out, "climbs-out")), "outside file");
  assert.equal(await Deno.readTextFile(join(out, "datapacks/pack/pack.mcmeta")), "shared pack");
  assert.ok((await Deno.lstat(join(out, "datapacks"))).isDirectory);
  assert.equal(await Deno.readLink(join(out, "inside")), "level.dat");
});

Deno.test("writeArchive() does not loop through links pointing back up or at each other", async () => {
  await using dir = await withTmpDir();
  const a = join(dir.path, "a");
  const b = join(dir.path, "b");
  await Deno.mkdir(a);
  await Deno.mkdir(b);
  await Deno.writeTextFile(join(a, "a.txt"), "a");
  await Deno.writeTextFile(join(b, "b.txt"), "b");
  await Deno.symlink(b, join(a, "to-b"));
  await Deno.symlink(a, join(b, "to-a"));
  await Deno.mkdir(join(dir.path, "server/world"), { recursive: true });
  await Deno.symlink(join(dir.path, "server/world"), join(dir.path, "server/world/self"));
  await Deno.symlink(a, join(dir.path, "server/world/shared"));
  const result = await archiveTo(join(dir.path, "server"), ["world"], join(dir.path, "a.tgz"));
  const listing = await run("tar", ["-tzf", join(dir.path, "a.tgz")], dir.path);
  assert.ok(listing.includes("world/shared/to-b/b.txt"), listing);
  assert.ok(listing.split("\n").every((line) => line.length < 80), listing);
  assert.doesNotMatch(listing, /world\/self/);
  assert.ok(result.followed.includes("world/self"));
  await extractFile(join(dir.path, "a.tgz"), join(dir.path, "out"));
});

Deno.test("writeArchive() stops with the abort reason when its signal aborts", async () => {
  await using dir = await withTmpDir();
  await makeTree(join(dir.path, "src"));
  const controller = new AbortController();
  controller.abort(new Error("stop now"));
  using out = await Deno.open(join(dir.path, "a.tgz"), { write: true, createNew: true });
  await assert.rejects(
    writeArchive({
      root: join(dir.path, "src"),
      paths: ["world"],
      output: out,
      signal: controller.signal,
    }),
    /stop now/,
  );
});

const entryArb = fc.record({
  path: fc.array(fc.stringMatching(/^[a-zA-Z0-9._é名-]{1,40}$/), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join("/")),
  type: fc.constantFrom<TarEntry["type"]>("file", "directory", "symlink"),
  size: fc.nat(3000),
  mode: fc.integer({ min: 0, max: 0o777 }),
  mtime: fc.nat(2 ** 33),
  linkTarget: fc.stringMatching(/^[a-z/]{1,200}$/),
});

Deno.test("TarParser reads back what encodeHeader() writes, in chunks of any size", () => {
  fc.assert(
    fc.property(
      fc.array(entryArb, { maxLength: 6 }),
      fc.integer({ min: 1, max: 1500 }),
      (raw, step) => {
        const items = raw.map((e) => ({
          entry: {
            ...e,
            size: e.type === "file" ? e.size : 0,
            linkTarget: e.type === "symlink" ? e.linkTarget : undefined,
          },
          data: e.type === "file" ? new Uint8Array(e.size).fill(7) : undefined,
        }));
        const bytes = tarBytes(items);
        const parser = new TarParser();
        const events: TarEvent[] = [];
        for (let i = 0; i < bytes.length; i += step) {
          events.push(
            ...parser.push(bytes.subarray(i, i + step)),
          );
        }
        parser.finish();
        const entries = events.flatMap((ev) => ev.kind === "entry" ? [ev.entry] : []);
        const dataBytes = events.reduce(
          (n, ev) => n + (ev.kind === "data" ? ev.bytes.length : 0),
          0,
        );
        assert.deepEqual(
          entries.map((e) => ({ ...e, linkTarget: e.linkTarget || undefined })),
          items.map((i) => ({ ...i.entry, linkTarget: i.entry.linkTarget })),
        );
        assert.equal(dataBytes, items.reduce((n, i) => n + (i.data?.length ?? 0), 0));
      },
    ),
  );
});
