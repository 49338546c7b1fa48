/**
 * Memory of one long log follow: an {@linkcode IpcServer} streams `--batches`
 * frames of one short line each to an {@linkcode IpcClient} follow over a
 * real Unix socket, in one process; the V8 heap is measured after a full
 * garbage collection at 10 points along the way. Prints one JSON object:
 * `{ batches, heapMiB: [...], growthMiB, bytesPerBatch }`, where the growth
 * is between the first and the last sample (after warm-up).
 *
 *     deno run -A --v8-flags=--expose-gc tools/stream_memory.ts --batches 1000000
 *
 * @module
 */
import { IpcClient, IpcServer } from "../mod.ts";

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) {
  Deno.stderr.writeSync(new TextEncoder().encode("run with --v8-flags=--expose-gc\n"));
  Deno.exit(2);
}
const i = Deno.args.indexOf("--batches");
const batches = i >= 0 ? Number(Deno.args[i + 1]) : 1_000_000;
const samplePoints = 10;

function heapMiB(): number {
  gc!();
  return Deno.memoryUsage().heapUsed / 1024 / 1024;
}

const heap: number[] = [];
const every = Math.floor(batches / samplePoints);
const dir = await Deno.makeTempDir();
const server = await IpcServer.listen({
  path: `${dir}/atlas.sock`,
  handler: {
    async *getLogs() {
      for (let n = 1; n <= batches; n++) {
        yield { lines: [`line ${n}`] };
        // Sampled where the batches are made: the client may lag behind.
        if (n % every === 0) heap.push(Number(heapMiB().toFixed(2)));
      }
      yield { lines: [], eof: true };
    },
  },
});
const client = await IpcClient.connect(server.path);
let received = 0;
for await (const _line of client.followLogs(0)) received++;
await client.close();
await server.close();
await Deno.remove(dir, { recursive: true });
const growth = heap[heap.length - 1] - heap[0];
const result = JSON.stringify({
  batches: received,
  heapMiB: heap,
  growthMiB: Number(growth.toFixed(2)),
  bytesPerBatch: Number((growth * 1024 * 1024 / (received - every)).toFixed(3)),
});
Deno.stdout.writeSync(new TextEncoder().encode(result + "\n"));
