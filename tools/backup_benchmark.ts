// deno-lint-ignore-file no-console
/**
 * Backup speed, in one run on the same page-cached files, alternating,
 * median of N runs:
 *
 * - our backup (`tar.zst` and `tar.gz`) against GNU `tar --zstd -cf` and
 *   `tar -czf`, on two generated worlds of `--size-mib` each: a realistic
 *   one, whose region files hold chunks that are already zlib-compressed
 *   (high-entropy payloads padded with zeros to 4 KiB sectors, as Anvil
 *   files are), and the earlier semi-compressible one (which flatters gzip);
 * - the save-off window of a running server's backup with `backups.snapshot`
 *   `"copy"` and `"none"` (the server is a stand-in that confirms the saving
 *   commands at once, so the window is our own work: the staging copy, or
 *   the whole archive);
 * - with `--restic`, the restic engine on a running server (the stand-in): a
 *   first backup, `--runs` more of the unchanged world (median), and one
 *   after 5 % of the region files changed; each restic process the daemon
 *   ran is timed (from the daemon's debug log), so what is left is our own
 *   work. `--restic-only` runs just this part.
 *
 *   deno run -A tools/backup_benchmark.ts [--size-mib 1024] [--runs 3] [--dir .bench/backup-world]
 *     [--world realistic|synthetic|both] [--restic] [--restic-only] [--no-gzip] [--no-window]
 *
 * `--no-gzip` leaves out the two gzip contenders and `--no-window` the
 * save-off window (both slow), for quick zstd comparisons.
 *
 * Worlds are generated once (deterministic, cached in `--dir`). Prints
 * Markdown tables for BENCHMARKS.md.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { join, resolve } from "node:path";
import { BackupService } from "../lib/daemon/backup/service.ts";
import { OperationLock } from "../lib/daemon/operation_lock.ts";
import type { ServerControl, ServerState, VersionSource } from "../lib/daemon/server/types.ts";
import type { ConsoleCommands } from "../lib/daemon/console/service.ts";
import { ConfigStore } from "../lib/daemon/config/store.ts";
import { pathExists } from "../lib/util/fs.ts";
import { configure, type LogRecord } from "@logtape/logtape";

const args = parseArgs({
  args: Deno.args,
  options: {
    "size-mib": { type: "string", default: "1024" },
    runs: { type: "string", default: "3" },
    dir: { type: "string", default: ".bench/backup-world" },
    world: { type: "string", default: "both" },
    restic: { type: "boolean", default: false },
    "restic-only": { type: "boolean", default: false },
    "no-gzip": { type: "boolean", default: false },
    "no-window": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (args.values.help) {
  console.log(
    "deno run -A tools/backup_benchmark.ts [--size-mib 1024] [--runs 3] [--dir .bench/backup-world]\n" +
      "  [--world realistic|synthetic|both] [--restic] [--restic-only] [--no-gzip] [--no-window]\n\n" +
      "Backup speed against GNU tar, the save-off window, and with --restic the restic engine\n" +
      "(--restic-only: that part alone; --no-gzip: without the two gzip contenders; --no-window:\n" +
      "without the save-off window). Prints Markdown for BENCHMARKS.md.",
  );
  Deno.exit(0);
}
const sizeMiB = Number(args.values["size-mib"]);
const runs = Number(args.values.runs);
const root = resolve(args.values.dir!);
const INCLUDE = [
  "world",
  "world_nether",
  "world_the_end",
  "server.properties",
  "ops.json",
  "whitelist.json",
];
type WorldKind = "realistic" | "synthetic";

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
function fillSemi(buf: Uint8Array, next: () => number, dict: Uint8Array): void {
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

/** Fills `buf` with what a zlib-compressed chunk looks like: no redundancy left. */
function fillCompressed(buf: Uint8Array, next: () => number): void {
  const words = new Uint32Array(Math.ceil(buf.length / 4));
  for (let i = 0; i < words.length; i++) words[i] = next();
  buf.set(new Uint8Array(words.buffer, 0, buf.length));
}

/**
 * One Anvil-like region file of about `bytes` bytes: an 8 KiB header, then
 * chunks in 4 KiB sectors (length, compression type 2 = zlib, payload, zero
 * padding to the sector).
 */
function regionFile(kind: WorldKind, bytes: number, seed: number): Uint8Array {
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
    const payload = out.subarray(sector * 4096 + 5, sector * 4096 + 5 + length);
    if (kind === "realistic") fillCompressed(payload, next);
    else fillSemi(payload, next, dict);
    sector += sectors;
  }
  return out.subarray(0, Math.min(bytes, sector * 4096));
}

function serverDirOf(kind: WorldKind): string {
  // The semi-compressible world keeps its old place, so cached copies stay valid.
  return kind === "synthetic" ? join(root, "server") : join(root, `server-${kind}`);
}

async function generate(kind: WorldKind): Promise<void> {
  const serverDir = serverDirOf(kind);
  const marker = join(
    root,
    kind === "synthetic" ? `generated-${sizeMiB}.txt` : `generated-${kind}-${sizeMiB}.txt`,
  );
  if (await pathExists(marker)) return;
  await Deno.remove(serverDir, { recursive: true }).catch(() => {});
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
        regionFile(kind, size, seed++),
      );
      left -= size;
    }
  }
  await Deno.mkdir(join(serverDir, "world/playerdata"), { recursive: true });
  const small = new Uint8Array(6000);
  for (let p = 0; p < 200; p++) {
    fillSemi(small, rng(1000 + p), regionFile("synthetic", 12000, 7));
    await Deno.writeFile(join(serverDir, `world/playerdata/player-${p}.dat`), small);
  }
  await Deno.writeFile(join(serverDir, "world/level.dat"), regionFile("synthetic", 8192, 99));
  await Deno.writeTextFile(join(serverDir, "server.properties"), "level-name=world\n");
  await Deno.writeTextFile(join(serverDir, "ops.json"), "[]\n");
  await Deno.writeTextFile(join(serverDir, "whitelist.json"), "[]\n");
  await Deno.writeTextFile(marker, new Date().toISOString());
}

async function regionFiles(serverDir: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string) => {
    for await (const e of Deno.readDir(dir)) {
      const p = join(dir, e.name);
      if (e.isDirectory) await walk(p);
      else if (e.name.endsWith(".mca")) files.push(p);
    }
  };
  await walk(serverDir);
  return files.sort();
}

async function duSize(serverDir: string): Promise<number> {
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

interface Timed {
  ms: number;
  bytes: number;
}

async function timeTar(serverDir: string, out: string, compress: string): Promise<Timed> {
  await Deno.remove(out).catch(() => {});
  const start = performance.now();
  const result = await new Deno.Command("tar", {
    args: [compress, "-cf", out, "-C", serverDir, ...INCLUDE],
  }).output();
  const ms = performance.now() - start;
  if (result.code !== 0) throw new Error(`tar ${compress} failed`);
  return { ms, bytes: (await Deno.stat(out)).size };
}

/**
 * The game server, as far as a backup sees it: in `state`, confirming each
 * saving command at once (so a save-off window is only our own work).
 */
function standIn(
  serverDir: string,
  state: ServerState,
): { server: ServerControl; console: ConsoleCommands; status: VersionSource } {
  const replies: Record<string, string[]> = {
    "save-off": ["Automatic saving is now disabled"],
    "save-all flush": ["Saving the game (this may take a moment!)", "Saved the game"],
    "save-on": ["Automatic saving is now enabled"],
  };
  return {
    server: {
      state,
      serverDirectory: serverDir,
      exclusive: (fn) =>
        fn({
          stop: () => Promise.resolve({ stage: "already-stopped", elapsedMs: 0, message: "" }),
          start: () =>
            Promise.resolve({ success: false, pid: null, message: "the benchmark has no server" }),
        }),
    },
    console: {
      runWatched: (command, fn) => {
        const lines = [...replies[command] ?? []];
        return fn({
          lastLine: "",
          next: (test) => {
            for (let line = lines.shift(); line !== undefined; line = lines.shift()) {
              if (test(line)) return Promise.resolve(line);
            }
            return Promise.resolve(null);
          },
        });
      },
    },
    status: { version: "bench" },
  };
}

async function service(
  work: string,
  serverDir: string,
  backups: Record<string, unknown>,
  state: ServerState = "STOPPED",
): Promise<BackupService> {
  const configPath = join(work, `config-${crypto.randomUUID().slice(0, 8)}.json`);
  await Deno.writeTextFile(
    configPath,
    JSON.stringify({
      dataDirectory: "data",
      server: { directory: serverDir },
      backups: { keep: 1, ...backups },
    }),
  );
  return new BackupService({
    config: await ConfigStore.open(configPath),
    dataDirectory: join(work, "data"),
    ...standIn(serverDir, state),
    lock: new OperationLock(),
  });
}

/**
 * Times one backup. An archive (not a restic snapshot) is then deleted,
 * untimed, as `timeTar` deletes its previous output before each run: both then write into page
 * cache that earlier runs freed. Writing into page cache never used before
 * costs much more on this VM (800 MiB: 1.4 s of CPU against 0.18 s, see
 * BENCHMARKS.md), so keeping only our archives would time the VM, not us.
 */
async function timeOurs(svc: BackupService): Promise<Timed & { pausedMs: number | null }> {
  const start = performance.now();
  const result = await svc.create("bench");
  const ms = performance.now() - start;
  if (result.manifest.engine !== "restic") await svc.store.remove(result.manifest.id);
  return { ms, bytes: result.manifest.size, pausedMs: result.savingPausedMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const mib = (bytes: number) => bytes / 1024 / 1024;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function warm(serverDir: string): Promise<void> {
  // Warm the page cache so every contender reads from memory.
  await new Deno.Command("sh", {
    args: ["-c", `find ${serverDir} -type f -exec cat {} + > /dev/null`],
  })
    .output();
}

async function compareArchivers(kind: WorldKind, work: string): Promise<void> {
  const serverDir = serverDirOf(kind);
  const worldBytes = await duSize(serverDir);
  await warm(serverDir);
  const gzip = !args.values["no-gzip"];
  const contenders: [string, () => Promise<Timed>][] = [];
  if (gzip) {
    contenders.push([
      "`tar -czf` (GNU tar + gzip -6)",
      () => timeTar(serverDir, join(work, "gnu.tar.gz"), "-z"),
    ]);
  }
  const gnuZstd = contenders.length;
  contenders.push([
    "`tar --zstd -cf` (GNU tar + zstd -3)",
    () => timeTar(serverDir, join(work, "gnu.tar.zst"), "--zstd"),
  ]);
  if (gzip) {
    const gz = await service(work, serverDir, { format: "tar.gz" });
    contenders.push(["atlas-runner backup, `tar.gz`", () => timeOurs(gz)]);
  }
  const zst = await service(work, serverDir, { format: "tar.zst" });
  contenders.push(["atlas-runner backup, `tar.zst` (default)", () => timeOurs(zst)]);
  const times = contenders.map(() => [] as number[]);
  const sizes = contenders.map(() => 0);
  for (let i = 0; i < runs; i++) {
    for (const [c, [name, run]] of contenders.entries()) {
      const t = await run();
      times[c].push(t.ms);
      sizes[c] = t.bytes;
      console.error(`${kind} run ${i + 1}: ${name} ${t.ms.toFixed(0)} ms`);
    }
  }
  console.log(`\n### ${kind} world: ${mib(worldBytes).toFixed(0)} MiB\n`);
  console.log("| contender | median time | throughput | archive size (ratio) |");
  console.log("|---|---|---|---|");
  for (const [c, [name]] of contenders.entries()) {
    const ms = median(times[c]);
    console.log(
      `| ${name} | ${secs(ms)} | ${(mib(worldBytes) / (ms / 1000)).toFixed(0)} MiB/s | ${
        mib(sizes[c]).toFixed(0)
      } MiB (${(sizes[c] / worldBytes).toFixed(3)}) |`,
    );
  }
  const zstIndex = contenders.length - 1;
  console.log(
    `\ntar.zst against \`tar --zstd -cf\`: time ${
      (median(times[zstIndex]) / median(times[gnuZstd])).toFixed(2)
    }×, size ${(sizes[zstIndex] / sizes[gnuZstd]).toFixed(4)}× (${
      sizes[zstIndex] - sizes[gnuZstd]
    } bytes; target ≤ 1 for both).`,
  );
}

async function saveOffWindow(work: string): Promise<void> {
  const serverDir = serverDirOf("realistic");
  await warm(serverDir);
  const modes = ["copy", "none"] as const;
  const services = await Promise.all(
    modes.map((snapshot) => service(work, serverDir, { snapshot }, "RUNNING")),
  );
  const paused = modes.map(() => [] as number[]);
  const total = modes.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (const [m, svc] of services.entries()) {
      const t = await timeOurs(svc);
      paused[m].push(t.pausedMs ?? 0);
      total[m].push(t.ms);
      console.error(
        `window run ${i + 1}: ${modes[m]} paused ${t.pausedMs} ms of ${t.ms.toFixed(0)}`,
      );
    }
  }
  console.log(`\n### Save-off window, running server, realistic world\n`);
  console.log("| `backups.snapshot` | saving paused (median) | whole backup (median) |");
  console.log("|---|---|---|");
  for (const [m, mode] of modes.entries()) {
    console.log(`| \`${mode}\` | ${secs(median(paused[m]))} | ${secs(median(total[m]))} |`);
  }
}

/** The restic processes the daemon ran (its debug log records), with their times. */
const resticRuns: { command: string; ms: number }[] = [];

async function captureResticRuns(): Promise<void> {
  await configure({
    sinks: {
      runs: (record: LogRecord) => {
        const { command, ms } = record.properties as { command?: string; ms?: number };
        if (typeof command === "string" && typeof ms === "number") resticRuns.push({ command, ms });
      },
    },
    loggers: [
      { category: ["atlas-runner", "daemon", "restic"], lowestLevel: "debug", sinks: ["runs"] },
      { category: ["logtape", "meta"], lowestLevel: "warning", sinks: [] },
    ],
  });
}

/** A restic backup, timed, with the restic processes it ran. */
async function timeRestic(svc: BackupService) {
  resticRuns.length = 0;
  const t = await timeOurs(svc);
  const runs = [...resticRuns];
  const resticMs = runs.reduce((sum, r) => sum + r.ms, 0);
  return { ...t, runs, ownMs: t.ms - resticMs };
}

function describeRuns(runs: { command: string; ms: number }[]): string {
  return runs.map((r) => `${r.command} ${r.ms} ms`).join(", ") || "none seen";
}

async function resticCase(work: string): Promise<void> {
  await captureResticRuns();
  const serverDir = serverDirOf("realistic");
  const copy = join(work, "restic-world");
  await new Deno.Command("cp", { args: ["-a", serverDir, copy] }).output();
  await Deno.writeTextFile(join(work, "restic-password"), "bench");
  const svc = await service(work, copy, {
    engine: "restic",
    keep: 100,
    keepManual: 100,
    restic: { repository: join(work, "restic-repo"), passwordFile: join(work, "restic-password") },
  }, "RUNNING");
  const worldBytes = await duSize(copy);
  await warm(copy);
  const first = await timeRestic(svc);
  console.error(`restic first: ${first.ms.toFixed(0)} ms (${describeRuns(first.runs)})`);
  const agains = [];
  for (let i = 0; i < runs; i++) {
    const again = await timeRestic(svc);
    console.error(
      `restic unchanged ${i + 1}: ${again.ms.toFixed(0)} ms, paused ${again.pausedMs} ms, ` +
        `own ${again.ownMs.toFixed(0)} ms (${describeRuns(again.runs)})`,
    );
    agains.push(again);
  }
  const again = [...agains].sort((a, b) => a.ms - b.ms)[Math.floor(agains.length / 2)];
  const regions = await regionFiles(copy);
  const changed = regions.filter((_, i) => i % 20 === 0);
  let changedBytes = 0;
  for (const [i, file] of changed.entries()) {
    const size = (await Deno.stat(file)).size;
    changedBytes += size;
    await Deno.writeFile(file, regionFile("realistic", size, 50_000 + i));
  }
  const third = await timeRestic(svc);
  console.error(`restic changed: ${third.ms.toFixed(0)} ms (${describeRuns(third.runs)})`);
  console.log(
    `\n### restic engine, realistic world (${
      mib(worldBytes).toFixed(0)
    } MiB), running server (stand-in)\n`,
  );
  console.log("| backup | time | saving paused | restic processes | added to the repository |");
  console.log("|---|---|---|---|---|");
  const row = (
    what: string,
    t: Awaited<ReturnType<typeof timeRestic>>,
    time: string,
    added: string,
  ) =>
    console.log(
      `| ${what} | ${time} | ${secs(t.pausedMs ?? 0)} | ${describeRuns(t.runs)} | ${added} |`,
    );
  row("first", first, secs(first.ms), `${mib(first.bytes).toFixed(1)} MiB`);
  row(
    `second, world unchanged (median of ${runs})`,
    again,
    `${secs(again.ms)} (${(again.ms / first.ms * 100).toFixed(1)} %)`,
    `${mib(again.bytes).toFixed(3)} MiB (${(again.bytes / first.bytes * 100).toFixed(2)} %)`,
  );
  row(
    `then ${changed.length} of ${regions.length} region files rewritten (${
      (changedBytes / worldBytes * 100).toFixed(1)
    } % of the bytes)`,
    third,
    secs(third.ms),
    `${mib(third.bytes).toFixed(1)} MiB (${(third.bytes / first.bytes * 100).toFixed(1)} %)`,
  );
  console.log(
    `\nUnchanged world, all ${runs} runs: ${
      agains.map((a) => secs(a.ms)).join(", ")
    }; of the median run, restic processes ${
      secs(again.ms - again.ownMs)
    }, our own work (ids, save-off round trip, record) ${secs(again.ownMs)}.`,
  );
}

const kinds: WorldKind[] = args.values.world === "both"
  ? ["realistic", "synthetic"]
  : [args.values.world as WorldKind];
const resticOnly = args.values["restic-only"];
if (!resticOnly) { for (const kind of kinds) await generate(kind); }
if (resticOnly || !kinds.includes("realistic")) await generate("realistic");
const work = join(root, "work");
await Deno.remove(work, { recursive: true }).catch(() => {});
await Deno.mkdir(work, { recursive: true });
const cpu = (await Deno.readTextFile("/proc/cpuinfo")).match(/model name\s*:\s*(.*)/)?.[1] ??
  "unknown";
console.log(
  `Machine: ${navigator.hardwareConcurrency} cores, ${cpu}; deno ${Deno.version.deno}; ` +
    `${runs} runs each, alternating, median; load average at the start: ${
      (await Deno.readTextFile("/proc/loadavg")).split(" ").slice(0, 3).join(" ")
    }.`,
);
if (!resticOnly) {
  for (const kind of kinds) await compareArchivers(kind, work);
  if (!args.values["no-window"]) await saveOffWindow(work);
}
if (args.values.restic || resticOnly) await resticCase(work);
console.log(
  `\nLoad average at the end: ${
    (await Deno.readTextFile("/proc/loadavg")).split(" ").slice(0, 3).join(" ")
  }.`,
);
await Deno.remove(work, { recursive: true });
