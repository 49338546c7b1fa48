// deno-lint-ignore-file no-console -- a bench script reports on stdout
/**
 * GetStatus latency while the server floods its output without newlines
 * (issue 9: p99 under 100 ms at 100 MB/s). A real daemon supervises the demo
 * server with `ATLAS_DEMO_FLOOD_BYTES_PER_SECOND` (each second's bytes one
 * line, cut to 32 KiB by the daemon); one client sends GetStatus requests one
 * after another for `--seconds`. The rate the server really wrote comes from
 * its `/proc/<pid>/io` (`wchar`): when the daemon reads slower than asked,
 * the pipe fills and the server is slowed down, which shows there.
 *
 *     deno run --allow-all tools/bench_flood.ts [--mb-per-second 100] [--seconds 20]
 *
 * @module
 */
import { startDaemon } from "../tests/helpers/daemon.ts";

function arg(name: string, fallback: number): number {
  const i = Deno.args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(Deno.args[i + 1]) : fallback;
  if (!(value > 0 && value <= 10_000)) throw new RangeError(`Invalid --${name}`);
  return value;
}

async function procNumber(pid: number, file: string, key: string): Promise<number> {
  const text = await Deno.readTextFile(`/proc/${pid}/${file}`);
  return Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(text)![1]);
}

/** CPU seconds a process has used (utime + stime of `/proc/<pid>/stat`). */
async function cpuSeconds(pid: number): Promise<number> {
  const stat = await Deno.readTextFile(`/proc/${pid}/stat`);
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

const mbPerSecond = arg("mb-per-second", 100);
const seconds = arg("seconds", 20);

await using daemon = await startDaemon({
  env: { ATLAS_DEMO_FLOOD_BYTES_PER_SECOND: String(Math.round(mbPerSecond * 1_000_000)) },
});
const pid = daemon.process.pid;
const client = await daemon.client();
const started = await client.startServer({ waitForReady: true });
if (!started.success) throw new Error(`The demo server did not start: ${started.message}`);
const server = Number(started.serverPid);
// Let the flood reach its pace before measuring.
await new Promise((resolve) => setTimeout(resolve, 2000));

const written = await procNumber(server, "io", "wchar");
const cpu = await cpuSeconds(pid);
const times: number[] = [];
let peakRss = 0;
const begun = performance.now();
let nextSample = begun;
while (performance.now() - begun < seconds * 1000) {
  const t = performance.now();
  await client.getStatus({ timeoutMs: 30_000 });
  times.push(performance.now() - t);
  if (t >= nextSample) {
    peakRss = Math.max(peakRss, await procNumber(pid, "status", "VmRSS") / 1024);
    nextSample += 1000;
  }
}
const elapsed = (performance.now() - begun) / 1000;
const rate = (await procNumber(server, "io", "wchar") - written) / elapsed / 1_000_000;
const cpuShare = (await cpuSeconds(pid) - cpu) / elapsed;
const lines = (await client.getLogs({ lines: 3 })).lines.map((l) => l.length);
await client.stopServer({ force: true });

times.sort((a, b) => a - b);
const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log(
  `GetStatus during a ${mbPerSecond} MB/s flood asked (${rate.toFixed(1)} MB/s written by ` +
    `the server), ${times.length} requests in ${elapsed.toFixed(1)} s, one client:`,
);
console.log(
  `  p50 ${ms(percentile(times, 0.5))}, p99 ${ms(percentile(times, 0.99))}, ` +
    `max ${ms(times.at(-1)!)}; daemon CPU ${(cpuShare * 100).toFixed(0)}% of a core, ` +
    `peak RSS ${peakRss.toFixed(1)} MiB; last console line lengths ${lines.join(", ")}`,
);
