/**
 * Our own load generator, the Deno twin of the Rust reference's `ref-bench`:
 * C connections (one {@linkcode IpcClient} each), each sending N GetStatus
 * requests with up to D in flight, latency measured from the call to its
 * answer. Prints one line in ref-bench's format:
 *
 *     conns=C depth=D total=T req/s=X p50_us=Y p99_us=Z errors=E
 *
 *     deno run -A tools/bench_load.ts --socket PATH --conns 10 --depth 1 --requests 5000
 *
 * @module
 */
import { IpcClient } from "../mod.ts";

function flag(name: string, fallback: number): number {
  const i = Deno.args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(Deno.args[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`Invalid --${name}`);
  return value;
}

/** Nearest-rank percentile, as ref-bench computes it. */
function percentileUs(sortedMs: Float64Array, p: number): number {
  if (sortedMs.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sortedMs.length);
  return sortedMs[Math.min(Math.max(rank, 1), sortedMs.length) - 1] * 1000;
}

interface ConnResult {
  latencies: number[];
  errors: number;
}

async function runConnection(
  client: IpcClient,
  requests: number,
  depth: number,
): Promise<ConnResult> {
  const result: ConnResult = { latencies: [], errors: 0 };
  let sent = 0;
  const lane = async () => {
    while (sent < requests) {
      sent++;
      const start = performance.now();
      try {
        const status = await client.getStatus({ timeoutMs: 10_000 });
        result.latencies.push(performance.now() - start);
        if (status.motd !== "Test Server") result.errors++;
      } catch {
        result.errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(depth, requests) }, lane));
  return result;
}

const i = Deno.args.indexOf("--socket");
const path = i >= 0 ? Deno.args[i + 1] : undefined;
if (!path) {
  throw new TypeError("usage: bench_load.ts --socket PATH --conns C --depth D --requests N");
}
const conns = flag("conns", 1);
const depth = flag("depth", 1);
const requests = flag("requests", 10_000);

const clients = await Promise.all(Array.from({ length: conns }, () => IpcClient.connect(path)));
const start = performance.now();
const results = await Promise.all(clients.map((c) => runConnection(c, requests, depth)));
const seconds = (performance.now() - start) / 1000;
await Promise.all(clients.map((c) => c.close()));

const all = new Float64Array(results.reduce((n, r) => n + r.latencies.length, 0));
let k = 0;
for (const r of results) for (const l of r.latencies) all[k++] = l;
all.sort();
const errors = results.reduce((n, r) => n + r.errors, 0);
const line = `conns=${conns} depth=${depth} total=${all.length} req/s=${
  Math.round(all.length / seconds)
} p50_us=${percentileUs(all, 50).toFixed(1)} p99_us=${
  percentileUs(all, 99).toFixed(1)
} errors=${errors}\n`;
await Deno.stdout.write(new TextEncoder().encode(line));
if (errors > 0) Deno.exit(1);
