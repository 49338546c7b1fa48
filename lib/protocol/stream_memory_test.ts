import assert from "node:assert/strict";

Deno.test("IpcServer retains nothing per batch of a long follow (heap after GC, --expose-gc child)", async () => {
  const tool = new URL("../../tools/stream_memory.ts", import.meta.url).pathname;
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--v8-flags=--expose-gc", tool, "--batches", "40000"],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stderr = new TextDecoder().decode(output.stderr);
  assert.equal(output.code, 0, stderr);
  const result = JSON.parse(new TextDecoder().decode(output.stdout));
  assert.equal(result.batches, 40000);
  // Retaining one promise reaction per batch costs about 470 bytes here.
  assert.ok(result.bytesPerBatch < 64, `${result.bytesPerBatch} bytes per batch: ${stderr}`);
});
