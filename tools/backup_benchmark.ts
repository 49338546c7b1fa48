// deno-lint-ignore-file no-console
/**
 * Backup speed: Atlas Runner's backup of a ~1 GiB world against GNU
 * `tar -czf` of the same files, in the same run, on the same (page-cached)
 * data, alternating, median of N runs. Also compares the two gzip codecs
 * available to Deno (`node:zlib` and `CompressionStream`) on the same bytes.
 *
 *   deno run -A tools/backup_benchmark.ts [--size-mib 1024] [--runs 3] [--dir .bench/backup-world]
 *
 * The world is generated once (deterministic, cached in `--dir`): Anvil-like
 * region files (8 KiB header, chunks in 4 KiB sectors, zero padding) whose
 * chunk payloads are semi-compressible — runs of pseudo-random bytes mixed
 * with repeated dictionary blocks — plus level.dat, player data and the JSON
 * lists. Prints a Markdown table for BENCHMARKS.md.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { join, resolve } from "node:path";
import { createGzip } from "node:zlib";
import { BackupService } from "../lib/daemon/backup/service.ts";
import { StorageLock } from "../lib/daemon/operation_lock.ts";
import type { ServerPort } from "../lib/daemon/backup/saving_off.ts";
import { ConfigStore } from "../lib/daemon/config/store.ts";
import { pathExists } from "../lib/util/fs.ts";

const args = parseArgs({
  args: Deno.args,
  options: {
    "size-mib": { type: "string", default: "1024" },
    runs: { type: "string", default: "3" },
    dir: { type: "string", default: ".bench/backup-world" },
  },
});
const sizeMiB = Number(args.values["size-mib"]);
const runs = Number(args.values.runs);
const root = resolve(args.values.dir!);
const serverDir = join(root, "server");
const INCLUDE = [
  "world",
  "world_nether",
  "world_the_end",
  "server.properties",
  "ops.json",
  "whitelist.json",
];

/** xorshift32: deterministic, fast. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>>= 0);
  };
}

/** Fills `buf` with semi-compressible bytes: random runs and noisy copies of a dictionary. */
function fillPayload(buf: Uint8Array, next: () => number, dict: Uint8Array): void {
  let i = 0;
  while (i < buf.length) {
    const r = next();
    const end = Math.min(buf.length, i + 16 + (r & 127));
    if ((r >>> 8) % 5 < 2) {
      for (; i < end; i++) buf[i] = next() & 0xff;
    } else {
      const off = (r >>> 12) % (dict.length - 160);
      for (let j = 0; i < end; i++, j++) buf[i] = dict[off + j] ^ ((next() & 63) === 0 ? 1 : 0);
    }
  }
}

/** One Anvil-like region file of about `bytes` bytes. */
function regionFile(bytes: number, seed: number): Uint8Array {
  const next = rng(seed);
  const dict = new Uint8Array(8192);
  for (let i = 0; i < dict.length; i++) dict[i] = next() & 0xff;
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  let sector = 2;
  for (let chunk = 0; chunk < 1024 && (sector + 1) * 4096 < bytes; chunk++) {
    const length = Math.min(1500 + (next() % 14000), bytes - sector * 4096 - 5);
    const sectors = Math.ceil((length + 5) / 4096);
    view.setUint32(chunk * 4, (sector << 8) | sectors);
    view.setUint32(4096 + chunk * 4, 1_700_000_000 + chunk);
    view.setUint32(sector * 4096, length + 1);
    out[sector * 4096 + 4] = 2;
    fillPayload(out.subarray(sector * 4096 + 5, sector * 4096 + 5 + length), next, dict);
    sector += sectors;
  }
  return out.subarray(0, Math.min(bytes, sector * 4096));
}

async function generate(): Promise<void> {
  const marker = join(root, `generated-${sizeMiB}.txt`);
  if (await pathExists(marker)) return;
  await Deno.remove(root, { recursive: true }).catch(() => {});
  const dims = [
    ["world/region", 0.75],
    ["world/entities", 0.08],
    ["world/poi", 0.05],
    ["world_nether/DIM-1/region", 0.09],
    ["world_the_end/DIM1/region", 0.03],
  ] as const;
  let seed = 1;
  for (const [folder, share] of dims) {
    await Deno.mkdir(join(serverDir, folder), { recursive: true });
    let left = sizeMiB * 1024 * 1024 * share;
    for (let x = 0; left > 0; x++) {
      const size = Math.min(left, (4 + (seed % 9)) * 1024 * 1024);
      await Deno.writeFile(
        join(serverDir, folder, `r.${x % 16}.${Math.floor(x / 16)}.mca`),
        regionFile(size, seed++),
      );
      left -= size;
    }
  }
  await Deno.mkdir(join(serverDir, "world/playerdata"), { recursive: true });
  const small = new Uint8Array(6000);
  for (let p = 0; p < 200; p++) {
    fillPayload(small, rng(1000 + p), regionFile(12000, 7));
    await Deno.writeFile(join(serverDir, `world/playerdata/${crypto.randomUUID()}.dat`), small);
  }
  await Deno.writeFile(join(serverDir, "world/level.dat"), regionFile(8192, 99));
  await Deno.writeTextFile(join(serverDir, "server.properties"), "level-name=world\n");
  await Deno.writeTextFile(join(serverDir, "ops.json"), "[]\n");
  await Deno.writeTextFile(join(serverDir, "whitelist.json"), "[]\n");
  await Deno.writeTextFile(marker, new Date().toISOString());
}

async function duSize(): Promise<number> {
  let total = 0;
  const walk = async (dir: string) => {
    for await (const e of Deno.readDir(dir)) {
      const p = join(dir, e.name);
      if (e.isDirectory) await walk(p);
      else total += (await Deno.stat(p)).size;
    }
  };
  for (const name of INCLUDE) {
    const p = join(serverDir, name);
    const info = await Deno.stat(p);
    if (info.isDirectory) await walk(p);
    else total += info.size;
  }
  return total;
}

async function timeTar(out: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const result = await new Deno.Command("tar", { args: ["-czf", out, "-C", serverDir, ...INCLUDE] })
    .output();
  const ms = performance.now() - start;
  if (result.code !== 0) throw new Error("tar failed");
  return { ms, bytes: (await Deno.stat(out)).size };
}

const stopped: ServerPort = {
  state: () => "STOPPED",
  version: () => "bench",
  directory: () => serverDir,
  command: () => Promise.reject(new Error("the benchmark has no server")),
  exclusive: (fn) =>
    fn({
      stop: () => Promise.resolve(),
      start: () =>
        Promise.resolve({ ready: false, pid: null, message: "the benchmark has no server" }),
    }),
};

async function timeOurs(service: BackupService): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const result = await service.create("bench");
  const ms = performance.now() - start;
  return { ms, bytes: result.manifest.size };
}

/** Compression only, on the same region bytes: node:zlib vs CompressionStream. */
async function codecs(): Promise<{ zlibMs: number; webMs: number; bytes: number }> {
  const dir = join(serverDir, "world/region");
  const files: string[] = [];
  for await (const e of Deno.readDir(dir)) files.push(join(dir, e.name));
  files.sort();
  const chosen = files.slice(0, 32);
  let bytes = 0;
  const zlibStart = performance.now();
  for (const file of chosen) {
    const data = await Deno.readFile(file);
    bytes += data.length;
    const gzip = createGzip({ level: 6, chunkSize: 256 * 1024 });
    const done = (async () => {
      for await (const _ of gzip as AsyncIterable<Uint8Array>) { /* drain */ }
    })();
    gzip.end(data);
    await done;
  }
  const zlibMs = performance.now() - zlibStart;
  const webStart = performance.now();
  for (const file of chosen) {
    const data = await Deno.readFile(file);
    const stream = ReadableStream.from([data]).pipeThrough(new CompressionStream("gzip"));
    for await (const _ of stream) { /* drain */ }
  }
  return { zlibMs, webMs: performance.now() - webStart, bytes };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const mib = (bytes: number) => bytes / 1024 / 1024;

await generate();
const worldBytes = await duSize();
// Warm the page cache so both contenders read from memory.
await new Deno.Command("sh", { args: ["-c", `cat $(find ${serverDir} -type f) > /dev/null`] })
  .output();
const work = join(root, "work");
await Deno.remove(work, { recursive: true }).catch(() => {});
await Deno.mkdir(work, { recursive: true });
const configPath = join(work, "config.json");
await Deno.writeTextFile(
  configPath,
  JSON.stringify({ dataDirectory: "data", server: { directory: serverDir }, backups: { keep: 1 } }),
);
const config = await ConfigStore.open(configPath);
const service = new BackupService({
  config,
  dataDirectory: join(work, "data"),
  server: stopped,
  lock: new StorageLock(),
});
const tarTimes: number[] = [];
const ourTimes: number[] = [];
let tarBytes = 0;
let ourBytes = 0;
for (let i = 0; i < runs; i++) {
  const tar = await timeTar(join(work, "gnu.tar.gz"));
  tarTimes.push(tar.ms);
  tarBytes = tar.bytes;
  const ours = await timeOurs(service);
  ourTimes.push(ours.ms);
  ourBytes = ours.bytes;
  console.error(`run ${i + 1}: tar ${tar.ms.toFixed(0)} ms, atlas-runner ${ours.ms.toFixed(0)} ms`);
}
const codec = await codecs();
await Deno.remove(work, { recursive: true });

const tarSpeed = mib(worldBytes) / (median(tarTimes) / 1000);
const ourSpeed = mib(worldBytes) / (median(ourTimes) / 1000);
const cpu = (await Deno.readTextFile("/proc/cpuinfo")).match(/model name\s*:\s*(.*)/)?.[1] ??
  "unknown";
const load = (await Deno.readTextFile("/proc/loadavg")).split(" ").slice(0, 3).join(" ");
console.log(
  `World: ${mib(worldBytes).toFixed(0)} MiB in ${INCLUDE.length} top-level entries; ` +
    `machine: ${navigator.hardwareConcurrency} cores, ${cpu}; load average at the end: ${load}; ` +
    `deno ${Deno.version.deno}, ${runs} runs each, alternating, median.\n`,
);
console.log("| contender | median time | throughput | archive size (ratio) |");
console.log("|---|---|---|---|");
console.log(
  `| \`tar -czf\` (GNU tar 1.34 + gzip -6) | ${(median(tarTimes) / 1000).toFixed(2)} s | ${
    tarSpeed.toFixed(0)
  } MiB/s | ${mib(tarBytes).toFixed(0)} MiB (${(tarBytes / worldBytes).toFixed(2)}) |`,
);
console.log(
  `| atlas-runner backup (incl. fsync, manifest) | ${(median(ourTimes) / 1000).toFixed(2)} s | ${
    ourSpeed.toFixed(0)
  } MiB/s | ${mib(ourBytes).toFixed(0)} MiB (${(ourBytes / worldBytes).toFixed(2)}) |`,
);
console.log(
  `\nSpeed relative to tar -czf: **${
    ((ourSpeed / tarSpeed) * 100).toFixed(0)
  } %** (target ≥ 80 %).`,
);
console.log(
  `\nCodecs on the same ${mib(codec.bytes).toFixed(0)} MiB of region files, compression only: ` +
    `node:zlib ${(mib(codec.bytes) / (codec.zlibMs / 1000)).toFixed(0)} MiB/s, ` +
    `CompressionStream("gzip") ${(mib(codec.bytes) / (codec.webMs / 1000)).toFixed(0)} MiB/s.`,
);
