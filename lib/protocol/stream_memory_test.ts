import assert from "node:assert/strict";
import { runGcChild } from "../../tests/helpers/child.ts";

Deno.test("IpcServer retains nothing per batch of a long follow (heap after GC, --expose-gc child)", async () => {
  const tool = new URL("../../tools/stream_memory.ts", import.meta.url).pathname;
  const { result, stderr } = await runGcChild(["run", "-A"], [tool, "--batches", "40000"]);
  assert.equal(result.batches, 40000);
  // Retaining one promise reaction per batch costs about 470 bytes here.
  assert.ok(result.bytesPerBatch < 64, `${result.bytesPerBatch} bytes per batch: ${stderr}`);
});
