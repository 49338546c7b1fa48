/**
 * Round trips over a real Unix socket with the server in another process
 * (`tools/bench_server.ts`), as `deno task bench` reports them. The
 * comparison with the Rust reference, with p50/p99 latencies, is
 * `deno task bench:ipc` (see BENCHMARKS.md).
 */
import { IpcClient } from "./client.ts";

const dir = await Deno.makeTempDir({ prefix: "atlas-ipc-bench-" });
const path = `${dir}/bench.sock`;
const server = new Deno.Command(Deno.execPath(), {
  args: [
    "run",
    "-A",
    new URL("../../tools/bench_server.ts", import.meta.url).pathname,
    "--socket",
    path,
  ],
  stdout: "piped",
  stderr: "inherit",
}).spawn();
const reader = server.stdout.pipeThrough(new TextDecoderStream()).getReader();
for (let seen = ""; !seen.includes("listening");) {
  const { value, done } = await reader.read();
  if (done) throw new Error("bench server exited");
  seen += value;
}
globalThis.addEventListener("unload", () => {
  server.kill("SIGKILL");
  Deno.removeSync(dir, { recursive: true });
});

const one = await IpcClient.connect(path);
const ten = await Promise.all(Array.from({ length: 10 }, () => IpcClient.connect(path)));
const hundred = await Promise.all(Array.from({ length: 100 }, () => IpcClient.connect(path)));

Deno.bench(
  "GetStatus round trip: 1 connection, 1 in flight",
  { group: "ipc", baseline: true },
  async () => {
    await one.getStatus();
  },
);

Deno.bench(
  "GetStatus round trips: 1 connection, 64 in flight (per 64)",
  { group: "ipc" },
  async () => {
    await Promise.all(Array.from({ length: 64 }, () => one.getStatus()));
  },
);

Deno.bench(
  "GetStatus round trips: 10 connections, 1 in flight each (per 10)",
  { group: "ipc" },
  async () => {
    await Promise.all(ten.map((c) => c.getStatus()));
  },
);

Deno.bench(
  "GetStatus round trips: 100 connections, 8 in flight each (per 800)",
  { group: "ipc" },
  async () => {
    await Promise.all(hundred.flatMap((c) => Array.from({ length: 8 }, () => c.getStatus())));
  },
);
