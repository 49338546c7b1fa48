/**
 * What reading the server's output costs outside the heap (issue 9): the
 * daemon reads the server's stdout and stderr into one reused buffer each, so
 * a server that prints as fast as it can does not leave a trail of 64 KiB
 * chunks (`external` memory) for the next garbage collection to free.
 *
 * @module
 */
import assert from "node:assert/strict";
import { runGcChild } from "../../../tests/helpers/child.ts";

Deno.test("reading 64 MiB of server output keeps external memory at one read buffer, not a chunk per read", async () => {
  const module = new URL("./server_process.ts", import.meta.url).href;
  // 64 MiB as fast as the pipe takes it, in four lines of 16 MiB (as the
  // soak's flood): little else is allocated between reads, so nothing but
  // external memory itself pushes the collector. The sink notes the external
  // memory (array buffers) at the end of each line.
  const code = `
    import { ServerProcess } from ${JSON.stringify(module)};
    globalThis.gc();
    const base = Deno.memoryUsage().external;
    let peak = 0;
    let lines = 0;
    const server = ServerProcess.spawn({
      command: ["sh", "-c", "for i in 1 2 3 4; do head -c 16777216 /dev/zero | tr '\\\\0' x; echo; done"],
      cwd: Deno.cwd(),
      onLines: (batch) => {
        lines += batch.length;
        peak = Math.max(peak, Deno.memoryUsage().external - base);
      },
    });
    await server.exited;
    console.log(JSON.stringify({ lines, peak }));
  `;
  const { result } = await runGcChild(["eval"], [code]);
  assert.equal(result.lines, 4);
  // A fresh 64 KiB chunk per read: 35 MiB of them before a collection freed any.
  assert.ok(result.peak < 4 * 1024 * 1024, `external memory rose by ${result.peak} bytes`);
});
