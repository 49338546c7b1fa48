/**
 * Fairness of the protocol server under misbehaving clients
 * (`deno task bench:fairness`): an {@linkcode IpcServer} in a process of its
 * own, and against it at once
 *
 * - 100 connections, each keeping 8 `GetStatus` in flight (the well-behaved
 *   load, whose latency is measured),
 * - one client that writes `GetStatus` requests and never reads,
 * - 200 connections that each open a log follow and never read (the server
 *   streams 1,000 past lines of 200 characters, then 50 lines every 20 ms).
 *
 * Prints the well-behaved requests answered, their latency (p50, p99, max;
 * the first second, while the follows start, is reported apart), and the
 * server's RSS before the load and at its peak, and what its heap and
 * buffers still hold after a full GC with every client connected (as the
 * server measures itself).
 * Loopback only, bounded in time (`--seconds`, default 10).
 *
 *     deno task bench:fairness [--seconds 10] [--conns 100] [--depth 8] [--follows 200]
 *
 * @module
 */
import { atlas, encodeFrame, IpcClient, IpcServer } from "../mod.ts";
import { STATUS } from "../tests/helpers/protocol.ts";

const args = Deno.args;
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const encoder = new TextEncoder();
const print = (text: string) => Deno.stdout.writeSync(encoder.encode(text + "\n"));

/** The server side: GetStatus like the Rust reference, and an endless log follow. */
async function serve(path: string): Promise<void> {
  const past = Array.from({ length: 1000 }, (_, i) => `past line ${i} `.padEnd(200, "."));
  const live = Array.from({ length: 50 }, (_, i) => `live line ${i} `.padEnd(200, "."));
  const server = await IpcServer.listen({
    path,
    maxConnections: 4096,
    handler: {
      getStatus: () => STATUS,
      async *getLogs(_request, context) {
        yield { lines: past };
        while (!context.signal.aborted) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          yield { lines: live };
        }
      },
    },
  });
  // The server measures its own RSS: idle now, the peak when told to stop.
  const rssMiB = () => Deno.memoryUsage().rss / 1024 / 1024;
  let peak = rssMiB();
  print(`listening ${peak.toFixed(1)}`);
  const sampler = setInterval(() => peak = Math.max(peak, rssMiB()), 100);
  Deno.addSignalListener("SIGTERM", async () => {
    clearInterval(sampler);
    // What the server still holds, every client still connected, after a full GC.
    (globalThis as { gc?: () => void }).gc?.();
    const { heapUsed, external } = Deno.memoryUsage();
    const retained = (heapUsed + external) / 1024 / 1024;
    print(`peak ${peak.toFixed(1)} ${retained.toFixed(1)}`);
    await server.close();
    Deno.exit(0);
  });
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/** Opens `count` connections that each send one follow and never read. */
async function unreadFollows(path: string, count: number): Promise<Deno.Conn[]> {
  const conns: Deno.Conn[] = [];
  for (let i = 0; i < count; i++) {
    const conn = await Deno.connect({ transport: "unix", path });
    const request = { id: 1, getLogs: { lines: 1000, follow: true } };
    await conn.write(encodeFrame(atlas.ipc.Request.encode(request).finish()));
    conns.push(conn);
  }
  return conns;
}

/** A client that keeps writing GetStatus requests and never reads; ends when closed. */
async function neverReads(conn: Deno.Conn): Promise<number> {
  const frames = new Uint8Array(
    Array.from(
      { length: 512 },
      (_, i) => [...encodeFrame(atlas.ipc.Request.encode({ id: i + 1, getStatus: {} }).finish())],
    ).flat(),
  );
  let written = 0;
  try {
    for (;;) written += await conn.write(frames);
  } catch {
    return written; // closed by us at the end: how far it got is the result
  }
}

async function drive(): Promise<void> {
  const seconds = option("seconds", 10);
  const conns = option("conns", 100);
  const depth = option("depth", 8);
  const follows = option("follows", 200);
  const dir = await Deno.makeTempDir();
  const path = `${dir}/fairness.sock`;
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "--v8-flags=--expose-gc",
      new URL(import.meta.url).pathname,
      "--serve",
      path,
    ],
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const lines = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  const idle = Number((await lines.read()).value?.split(" ")[1]); // "listening <MiB>"

  const followConns = await unreadFollows(path, follows);
  const hog = await Deno.connect({ transport: "unix", path });
  const hogging = neverReads(hog);
  const clients = await Promise.all(
    Array.from({ length: conns }, () => IpcClient.connect(path, { timeoutMs: 60_000 })),
  );
  const latencies: number[] = [];
  let errors = 0;
  let warmUpMax = 0;
  // The first second (the follows' first frames being encoded) is reported apart.
  const measureFrom = performance.now() + 1000;
  const until = measureFrom + seconds * 1000;
  await Promise.all(clients.flatMap((client) =>
    Array.from({ length: depth }, async () => {
      while (performance.now() < until) {
        const start = performance.now();
        try {
          await client.getStatus();
          const took = performance.now() - start;
          if (start >= measureFrom) latencies.push(took);
          else warmUpMax = Math.max(warmUpMax, took);
        } catch {
          errors++; // counted and reported: a well-behaved request not answered
        }
      }
    })
  ));
  child.kill("SIGTERM");
  const [, peak, retained] = ((await lines.read()).value ?? "").split(" ").map(Number); // "peak <MiB> <MiB>"
  await lines.cancel();
  await child.status;
  const hogBytes = (hog.close(), await hogging);
  for (const conn of followConns) conn.close();
  await Promise.all(clients.map((client) => client.close()));
  await Deno.remove(dir, { recursive: true });

  const sorted = Float64Array.from(latencies).sort();
  print(JSON.stringify({
    seconds,
    wellBehaved: `${conns} conns × ${depth} in flight`,
    follows,
    answered: latencies.length,
    errors,
    requestsPerSecond: Math.round(latencies.length / seconds),
    p50Ms: Number(percentile(sorted, 0.5).toFixed(2)),
    p99Ms: Number(percentile(sorted, 0.99).toFixed(2)),
    maxMs: Number(sorted[sorted.length - 1].toFixed(2)),
    warmUpMaxMs: Number(warmUpMax.toFixed(2)),
    neverReadingClientWroteKiB: Math.round(hogBytes / 1024),
    serverRssIdleMiB: idle,
    serverRssPeakMiB: peak,
    serverHeapAndBuffersAfterGcMiB: retained,
  }));
}

const serveAt = args.indexOf("--serve");
if (serveAt >= 0) await serve(args[serveAt + 1]);
else await drive();
