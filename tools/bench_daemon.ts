// deno-lint-ignore-file no-console -- a bench script reports on stdout
/**
 * Daemon benchmarks, end to end against a real daemon supervising the demo
 * server (each in its own temp dir):
 *
 * 1. GetStatus round-trip latency while the server runs (one client,
 *    sequential requests; the Server List Ping behind it is cached 1.5 s,
 *    so most answers come from the cache and some include a fresh ping).
 * 2. Log throughput: the demo prints `ATLAS_DEMO_SPAM_LINES` lines (default
 *    200 000) right after start-up; a follower (IpcClient.followLogs) must
 *    receive every one, in order. Lines/s = spam lines / time from the
 *    first spam line received to the last.
 * 3. The daemon's resident memory when idle (server stopped) and while the
 *    server runs.
 *
 * Run: `deno run --allow-all tools/bench_daemon.ts [--status N] [--lines N]`
 *
 * @module
 */
import { atlas } from "../lib/protocol/messages.ts";
import { startDaemon } from "../tests/helpers/daemon.ts";

function arg(name: string, fallback: number): number {
  const i = Deno.args.indexOf(name);
  return i >= 0 ? Number(Deno.args[i + 1]) : fallback;
}

async function rssMiB(pid: number): Promise<number> {
  const text = await Deno.readTextFile(`/proc/${pid}/status`);
  return Number(/^VmRSS:\s+(\d+)/m.exec(text)![1]) / 1024;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function benchStatus(requests: number): Promise<void> {
  await using daemon = await startDaemon({ startServer: true });
  const client = await daemon.client();
  for (let i = 0; i < 200; i++) await client.getStatus(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const t = performance.now();
    const status = await client.getStatus();
    times.push(performance.now() - t);
    if (status.state !== atlas.common.ServerState.SERVER_STATE_RUNNING) {
      throw new Error("not running");
    }
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const f = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
  console.log(`status round trip (${requests} requests, server running):`);
  console.log(
    `  mean ${f(mean)}, p50 ${f(percentile(times, 0.5))}, p90 ${f(percentile(times, 0.9))}, ` +
      `p99 ${f(percentile(times, 0.99))}, max ${f(times.at(-1)!)}`,
  );
  console.log(
    `  daemon RSS while the server runs: ${(await rssMiB(daemon.process.pid)).toFixed(1)} MiB`,
  );
}

async function benchLogs(total: number): Promise<void> {
  await using daemon = await startDaemon({ env: { ATLAS_DEMO_SPAM_LINES: String(total) } });
  console.log(
    `daemon RSS idle (server stopped): ${(await rssMiB(daemon.process.pid)).toFixed(1)} MiB`,
  );
  const follower = await daemon.client();
  const control = await daemon.client();
  let next = 1;
  let first = 0;
  let skipped = 0;
  const received = (async () => {
    for await (const line of follower.followLogs(1)) {
      if (line.startsWith("… ")) skipped++;
      const m = /Spam line (\d+) of/.exec(line);
      if (m === null) continue;
      if (next === 1) first = performance.now();
      const n = Number(m[1]);
      if (n !== next) throw new Error(`Expected spam line ${next}, got ${n}`);
      if (n === total) return performance.now();
      next++;
    }
    throw new Error(`The follow ended at line ${next}`);
  })();
  await control.startServer({ waitForReady: false });
  const last = await received;
  const seconds = (last - first) / 1000;
  console.log(`log throughput (${total} lines, one follower, all received in order):`);
  console.log(
    `  ${seconds.toFixed(3)} s, ${Math.round(total / seconds).toLocaleString("en")} lines/s` +
      (skipped > 0 ? ` (${skipped} skip notices!)` : ""),
  );
  console.log(`  daemon RSS after the spam: ${(await rssMiB(daemon.process.pid)).toFixed(1)} MiB`);
  await control.stopServer({ force: true });
}

if (import.meta.main) {
  await benchStatus(arg("--status", 5000));
  await benchLogs(arg("--lines", 200_000));
}
