// deno-lint-ignore-file no-console -- a soak script reports on stdout
/**
 * The soak test of issue 9: a real daemon supervising the demo server, run
 * for some minutes under the mix of misbehaving clients and server output
 * that once grew it without bound, while its resident memory is sampled
 * every second.
 *
 * The mix, all on loopback (a Unix socket in a temp dir):
 * - 100 connections, each with 8 `GetStatus` requests in flight (closed loop:
 *   the next one is sent when one is answered); these are the well-behaved
 *   requests, each must be answered;
 * - one client that sends `GetStatus` frames as fast as the daemon takes them
 *   and never reads an answer;
 * - 200 `GetLogs{follow, lines: 4294967295}` in one write on one connection,
 *   never read;
 * - the demo server printing `--flood-mib` MiB a second as one line a second
 *   (`ATLAS_DEMO_FLOOD_BYTES_PER_SECOND`), after a burst of 200 000 numbered
 *   lines (`ATLAS_DEMO_SPAM_LINES`).
 *
 * Prints the daemon's idle RSS (server stopped, no clients), the peak over
 * it, the trend over the last half (least-squares slope), a table by minute
 * of the daemon's memory (RSS; V8's heap reserved and used, and `external`
 * memory, read each second from the daemon's own metrics, GetMetrics), the
 * well-behaved requests sent, answered and failed, their latency p50/p99,
 * and whether the targets hold (peak ≤ idle + 64 MiB, no growth trend, every
 * request answered). Exits 1 when one does not.
 *
 *     deno task soak [--minutes N] [--flood-mib N] [--conns N] [--depth N] [--without PARTS]
 *                    [--daemon-v8-flags FLAGS] [--samples PATH] [--heap-snapshots DIR]
 *
 * `--without flood,follows,mute,load` leaves parts of the mix out, to see
 * which one memory goes to. The daemon runs with the V8 flags the release
 * binary bakes in (`--v8-flags` of deno.json's compile task, passed as
 * `DENO_V8_FLAGS`); `--daemon-v8-flags "--max-old-space-size=128"` adds
 * more (a repeated flag: the later wins), to tell garbage V8 has not yet collected (the daemon
 * stays within the cap) from memory it holds (it runs out). `--samples PATH`
 * writes every sample there (seconds, then RSS, V8 heap reserved, heap used,
 * external, in MiB). `--heap-snapshots DIR` runs the daemon under the
 * inspector (`--inspect` on a free loopback port), forces a full GC at the
 * end of every minute to report the live heap (so memory then behaves
 * unlike a plain run: a diagnostic mode), writes heap snapshots after the
 * first minute and at the end into DIR, and prints which kinds of object
 * grew between them.
 *
 * Bounded: at most 60 minutes; each lane stops at the deadline, and each
 * request has a 10 s timeout (counted as unanswered).
 *
 * @module
 */
import type { IpcClient } from "../lib/protocol/client.ts";
import { encodeFrame } from "../lib/protocol/frame.ts";
import { atlas, idToLong } from "../lib/protocol/messages.ts";
import { startDaemon } from "../tests/helpers/daemon.ts";
import { concatBytes, writeAll } from "../lib/util/bytes.ts";
import { freePort } from "../tests/helpers/child.ts";
import denoJson from "../deno.json" with { type: "json" };
import { compareSummaries, Inspector, summarizeHeapSnapshot } from "./heap_snapshot.ts";

const MAX_MINUTES = 60;
const REQUEST_TIMEOUT_MS = 10_000;
const FOLLOWS = 200;
const SPAM_LINES = 200_000;
/** Latency histogram: 0.1 ms buckets up to the request timeout. */
const BUCKET_MS = 0.1;

function arg(name: string, fallback: number, max: number): number {
  const i = Deno.args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(Deno.args[i + 1]);
  if (!(value > 0 && value <= max)) {
    throw new RangeError(`--${name} must be a number above 0 and at most ${max}`);
  }
  return value;
}

async function rssMiB(pid: number): Promise<number> {
  const text = await Deno.readTextFile(`/proc/${pid}/status`);
  return Number(/^VmRSS:\s+(\d+)/m.exec(text)![1]) / 1024;
}

/** The daemon's memory as it reports it (GetMetrics), in MiB. */
interface DaemonMemory {
  heapTotal: number;
  heapUsed: number;
  external: number;
}

async function daemonMemory(client: IpcClient): Promise<DaemonMemory> {
  const { text } = await client.getMetrics({ timeoutMs: REQUEST_TIMEOUT_MS });
  const value = (name: string) =>
    Number(new RegExp(`^atlas_runner_daemon_${name} (\\S+)$`, "m").exec(text)?.[1] ?? NaN) /
    1024 / 1024;
  return {
    heapTotal: value("heap_total_bytes"),
    heapUsed: value("heap_used_bytes"),
    external: value("external_memory_bytes"),
  };
}

/** Bytes a process has written so far (`wchar` of `/proc/<pid>/io`), or null. */
async function bytesWritten(pid: number): Promise<number | null> {
  try {
    const text = await Deno.readTextFile(`/proc/${pid}/io`);
    return Number(/^wchar:\s+(\d+)/m.exec(text)![1]);
  } catch {
    return null;
  }
}

/** Latencies of the well-behaved requests, in a fixed-size histogram. */
class Latencies {
  #buckets = new Uint32Array(Math.ceil(REQUEST_TIMEOUT_MS / BUCKET_MS) + 1);
  count = 0;
  add(ms: number): void {
    this.#buckets[Math.min(this.#buckets.length - 1, Math.floor(ms / BUCKET_MS))]++;
    this.count++;
  }
  /** Nearest-rank percentile (upper edge of its bucket), in ms. */
  percentile(p: number): number {
    const rank = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (let i = 0; i < this.#buckets.length; i++) {
      seen += this.#buckets[i];
      if (seen >= rank) return (i + 1) * BUCKET_MS;
    }
    return NaN;
  }
}

function frame(request: atlas.ipc.IRequest): Uint8Array {
  return encodeFrame(atlas.ipc.Request.encode(request).finish());
}

/** Least-squares slope of `ys` over `xs`. */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

if (Deno.args.includes("--help") || Deno.args.includes("-h")) {
  console.log(
    "usage: deno task soak [--minutes N] [--flood-mib N] [--conns N] [--depth N]\n" +
      "                      [--without flood,follows,mute,load] [--daemon-v8-flags FLAGS]\n" +
      "                      [--samples PATH] [--heap-snapshots DIR]\n" +
      "See the comment at the top of tools/soak.ts.",
  );
  Deno.exit(0);
}
const minutes = arg("minutes", 3, MAX_MINUTES);
const floodMiB = arg("flood-mib", 16, 1024);
const conns = arg("conns", 100, 1000);
const depth = arg("depth", 8, 64);
const PARTS = ["flood", "follows", "mute", "load"];
const option = (name: string): string | null =>
  Deno.args.includes(name) ? Deno.args[Deno.args.indexOf(name) + 1] : null;
const without = new Set(option("--without")?.split(",") ?? []);
for (const part of without) {
  if (!PARTS.includes(part)) throw new RangeError(`--without takes ${PARTS.join(", ")}`);
}
/** The V8 flags the release binary bakes in (deno.json's compile task), which the daemon runs with. */
const releaseV8Flags = /--v8-flags=(\S+)/.exec(denoJson.tasks.compile)?.[1] ?? null;
const extraV8Flags = option("--daemon-v8-flags");
const v8Flags = [releaseV8Flags, extraV8Flags].filter((f) => f !== null).join(",") || null;
const samplesPath = option("--samples");
const snapshotDir = option("--heap-snapshots");
const inspectPort = snapshotDir === null ? null : freePort();

await using daemon = await startDaemon({
  env: {
    ...(v8Flags === null ? {} : { DENO_V8_FLAGS: v8Flags }),
    ATLAS_DEMO_SPAM_LINES: String(SPAM_LINES),
    ATLAS_DEMO_FLOOD_BYTES_PER_SECOND: without.has("flood")
      ? "0"
      : String(Math.round(floodMiB * 1024 * 1024)),
  },
  denoFlags: inspectPort === null ? [] : [`--inspect=127.0.0.1:${inspectPort}`],
});
const pid = daemon.process.pid;
await using inspector = inspectPort === null ? null : await Inspector.connect(
  (await daemon.log.waitForLine(/Debugger listening on (ws:\/\/\S+)/)).line.match(/ws:\/\/\S+/)![0],
);
if (snapshotDir !== null) await Deno.mkdir(snapshotDir, { recursive: true });
const control = await daemon.client();
await control.getStatus();
// Idle: listening, server stopped, no other client; the lowest of 5 samples.
const idleSamples: number[] = [];
for (let i = 0; i < 5; i++) {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  idleSamples.push(await rssMiB(pid));
}
const idle = Math.min(...idleSamples);
const idleMemory = await daemonMemory(control);
console.error(`idle RSS ${idle.toFixed(1)} MiB; starting the server and the mix`);

const started = await control.startServer({ waitForReady: true });
if (!started.success) throw new Error(`The demo server did not start: ${started.message}`);
const serverPid = Number(started.serverPid);
const writtenBefore = await bytesWritten(serverPid);

const deadline = performance.now() + minutes * 60_000;
const latencies = new Latencies();
let sent = 0;
let failed = 0;
const failures = new Map<string, number>();

async function lane(client: IpcClient): Promise<void> {
  while (performance.now() < deadline) {
    sent++;
    const t = performance.now();
    try {
      await client.getStatus({ timeoutMs: REQUEST_TIMEOUT_MS });
      latencies.add(performance.now() - t);
    } catch (error) {
      failed++;
      const what = (error as { code?: string }).code ?? (error as Error).name;
      failures.set(what, (failures.get(what) ?? 0) + 1);
    }
  }
}

// The misbehaving clients first, so the well-behaved ones meet them.
const follows = await Deno.connect({ transport: "unix", path: daemon.socketPath });
const followFrames = Array.from(
  { length: FOLLOWS },
  (_, i) => frame({ id: idToLong(BigInt(i + 1)), getLogs: { lines: 4294967295, follow: true } }),
);
if (!without.has("follows")) await writeAll(follows, concatBytes(followFrames));
const mute = await Deno.connect({ transport: "unix", path: daemon.socketPath });
const muteWriting = (async () => {
  // Thousands of requests a write; the write blocks once the daemon stops reading.
  let id = 1n;
  try {
    while (performance.now() < deadline && !without.has("mute")) {
      const batch = Array.from(
        { length: 4096 },
        () => frame({ id: idToLong(id++), getStatus: {} }),
      );
      await writeAll(mute, concatBytes(batch));
    }
  } catch { /* closed at the end while a write waited */ }
  return id - 1n;
})();

const clients = without.has("load")
  ? []
  : await Promise.all(Array.from({ length: conns }, () => daemon.client()));
const lanes = clients.flatMap((c) => Array.from({ length: depth }, () => lane(c)));

/** One sample a second: RSS, then the daemon's own figures (MiB). */
interface Sample extends DaemonMemory {
  minutes: number;
  rss: number;
}
const begun = performance.now();
const samples: Sample[] = [];
/** Heap used right after a forced full GC, at the end of each minute (`--heap-snapshots`). */
const liveHeap: number[] = [];
const snapshots: string[] = [];
while (performance.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  // The GetMetrics call also keeps the control connection from the daemon's 10-minute idle timeout.
  const memory = await daemonMemory(control);
  const sample = {
    minutes: (performance.now() - begun) / 60_000,
    rss: await rssMiB(pid),
    ...memory,
  };
  samples.push(sample);
  if (samplesPath !== null) {
    const line = [
      sample.minutes * 60,
      sample.rss,
      sample.heapTotal,
      sample.heapUsed,
      sample.external,
    ]
      .map((n) => n.toFixed(1)).join(" ");
    await Deno.writeTextFile(samplesPath, `${line}\n`, { append: true });
  }
  if (samples.length % 30 === 0) {
    console.error(
      `${Math.round(sample.minutes * 60)} s: RSS ${sample.rss.toFixed(1)} MiB ` +
        `(heap ${sample.heapUsed.toFixed(1)} of ${sample.heapTotal.toFixed(1)}, ` +
        `external ${sample.external.toFixed(1)}), ${latencies.count} answered, ${failed} failed`,
    );
  }
  if (inspector !== null && samples.length % 60 === 0) {
    await inspector.collectGarbage();
    liveHeap.push((await daemonMemory(control)).heapUsed);
    if (samples.length === 60) snapshots.push(await snapshot(inspector, "minute-1"));
  }
}
if (inspector !== null) snapshots.push(await snapshot(inspector, "end"));
await Promise.all(lanes);
const writtenAfter = await bytesWritten(serverPid);
const seconds = (performance.now() - begun) / 1000;
const status = await control.getStatus({ timeoutMs: REQUEST_TIMEOUT_MS });
follows.close();
mute.close();
const muteSent = await muteWriting;
await control.stopServer({ force: true });

async function snapshot(inspector: Inspector, name: string): Promise<string> {
  const path = `${snapshotDir}/daemon-${name}.heapsnapshot`;
  console.error(`writing heap snapshot ${path}`);
  await inspector.writeHeapSnapshot(path);
  return path;
}

const rss = samples.map((s) => s.rss);
const peak = Math.max(...rss);
const half = Math.floor(samples.length / 2);
const trend = slope(samples.slice(half).map((s) => s.minutes), rss.slice(half));
const quarter = Math.floor(rss.length / 4);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const answeredAll = failed === 0 && latencies.count === sent;
const flat = trend < 1;
const bounded = peak <= idle + 64;
const f = (n: number) => n.toFixed(1);
const flood = writtenBefore !== null && writtenAfter !== null
  ? `${f((writtenAfter - writtenBefore) / seconds / 1024 / 1024)} MiB/s written by the server`
  : "server's write rate unknown";

const state = atlas.common.ServerState[status.state] ?? String(status.state);
console.log(`soak: ${f(seconds / 60)} min, daemon pid ${pid}, server ${state} at the end`);
console.log(
  `mix: ${conns} conns x ${depth} in flight GetStatus; 1 never-reading client ` +
    `(${muteSent} requests written); ${FOLLOWS} unread follows; ` +
    `flood ${floodMiB} MiB/s asked (${flood}) after ${SPAM_LINES} lines` +
    (without.size > 0 ? `; left out: ${[...without].join(", ")}` : "") +
    (v8Flags === null ? "" : `; daemon V8 flags ${v8Flags}`),
);
console.log(
  `RSS idle ${f(idle)} MiB (heap ${f(idleMemory.heapUsed)} of ${f(idleMemory.heapTotal)}, ` +
    `external ${f(idleMemory.external)}), peak ${f(peak)} MiB (idle + ${f(peak - idle)} MiB)`,
);
console.log(
  `RSS trend over the last half: ${trend >= 0 ? "+" : ""}${f(trend)} MiB/min; ` +
    `mean of 2nd quarter ${f(mean(rss.slice(quarter, 2 * quarter)))} MiB, ` +
    `last quarter ${f(mean(rss.slice(3 * quarter)))} MiB`,
);
console.log(
  "by minute (MiB, means of the per-second samples; other = RSS - heap reserved - external):",
);
console.log(
  "  min   RSS  peak  heap reserved  heap used  external  other" +
    (liveHeap.length > 0 ? "  live heap after GC" : ""),
);
for (let m = 0; m * 60 < samples.length; m++) {
  const part = samples.slice(m * 60, (m + 1) * 60);
  const of = (key: keyof Sample) => mean(part.map((s) => s[key]));
  const cells = [
    String(m + 1).padStart(5),
    f(of("rss")).padStart(5),
    f(Math.max(...part.map((s) => s.rss))).padStart(5),
    f(of("heapTotal")).padStart(14),
    f(of("heapUsed")).padStart(10),
    f(of("external")).padStart(9),
    f(of("rss") - of("heapTotal") - of("external")).padStart(6),
    liveHeap[m] === undefined ? "" : f(liveHeap[m]).padStart(19),
  ];
  console.log(cells.join(" "));
}
console.log(
  `well-behaved GetStatus: ${sent} sent, ${latencies.count} answered, ${failed} failed` +
    (failures.size > 0 ? ` (${[...failures].map(([k, v]) => `${k}: ${v}`).join(", ")})` : "") +
    `; ${Math.round(latencies.count / seconds)} req/s; ` +
    `p50 ${f(latencies.percentile(50))} ms, p99 ${f(latencies.percentile(99))} ms`,
);
if (snapshots.length === 2) {
  console.log(`heap snapshots: ${snapshots.join(", ")}; kinds that grew most (count, KiB):`);
  const [a, b] = await Promise.all(snapshots.map(summarizeHeapSnapshot));
  for (const line of compareSummaries(a, b)) console.log(`  ${line}`);
}
console.log(
  `targets: peak <= idle + 64 MiB ${bounded ? "met" : "MISSED"}; ` +
    `no growth trend (< 1 MiB/min) ${flat ? "met" : "MISSED"}; ` +
    `every well-behaved request answered ${answeredAll ? "met" : "MISSED"}`,
);
if (!(bounded && flat && answeredAll)) Deno.exitCode = 1;
