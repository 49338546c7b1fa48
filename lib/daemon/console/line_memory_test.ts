/**
 * What a kept console line costs the heap: the log ring counts a line's
 * characters, so a line must not keep more alive than itself (issue 9). Run
 * in a child with `--expose-gc` to read the heap after a full collection.
 *
 * @module
 */
import assert from "node:assert/strict";
import { runGcChild } from "../../../tests/helpers/child.ts";

/** Heap bytes retained per kept line, measured in a `--expose-gc` child. */
async function retainedPerLine(shape: "lines" | "progress"): Promise<number> {
  const module = new URL("./output_lines.ts", import.meta.url).href;
  const code = `
    import { LineSplitter } from ${JSON.stringify(module)};
    const gc = globalThis.gc;
    const used = () => { gc(); gc(); return Deno.memoryUsage().heapUsed; };
    const encoder = new TextEncoder();
    const line = (i) => "[12:34:56] [Server thread/INFO]: line " + i + " of a 64 KiB chunk of output";
    const chunk = (c) => ${JSON.stringify(shape)} === "lines"
      // 64 KiB of ordinary lines.
      ? encoder.encode(Array.from({ length: 900 }, (_, i) => line(c * 900 + i)).join("\\n") + "\\n")
      // A line, then a progress bar redrawn over 64 KiB: the terminal shows its last state.
      : encoder.encode(line(c) + "\\n" + "Loading world: 1%\\r".repeat(3800) + "Loading world: 100% (" + c + ")\\n");
    const splitter = new LineSplitter();
    const kept = [];
    splitter.push(chunk(-1)); // warm up
    const before = used();
    const count = 200;
    for (let c = 0; c < count; c++) kept.push(splitter.push(chunk(c)).at(-1));
    const after = used();
    console.log(JSON.stringify({ perLine: (after - before) / count, sample: kept[7] }));
  `;
  const { result } = await runGcChild(["eval"], [code]);
  assert.match(
    result.sample,
    shape === "lines" ? /line 7199 of a 64 KiB/ : /^Loading world: 100% \(7\)$/,
  );
  return result.perLine;
}

Deno.test("a console line split from a chunk of output keeps only itself alive, not the chunk", async () => {
  // About 64 KiB per line when each line was a slice of the chunk decoded whole.
  const perLine = await retainedPerLine("lines");
  assert.ok(perLine < 1024, `${Math.round(perLine)} bytes retained per kept line`);
});

Deno.test("the last state of a redrawn progress line keeps only itself alive, not the redraws", async () => {
  const perLine = await retainedPerLine("progress");
  assert.ok(perLine < 1024, `${Math.round(perLine)} bytes retained per kept line`);
});

Deno.test("the lines read back from the log file at start keep only themselves alive, not the file's text", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const line = (i: number) =>
      `[12:34:56] [Server thread/INFO]: a line of log ${i} written before a restart\n`;
    const files = 10;
    // 2 MB logs; the ring takes back the last 100 lines of each.
    for (let i = 0; i < files; i++) {
      await Deno.writeTextFile(
        `${dir}/console-${i}.log`,
        line(i).repeat(Math.ceil(2e6 / line(i).length)),
      );
    }
    const module = new URL("./log_file.ts", import.meta.url).href;
    const code = `
      import { readLogTail } from ${JSON.stringify(module)};
      const used = () => {
        globalThis.gc();
        globalThis.gc();
        return Deno.memoryUsage().heapUsed;
      };
      const kept = [];
      const before = used();
      for (let i = 0; i < ${files}; i++) kept.push(await readLogTail(${
      JSON.stringify(dir)
    } + "/console-" + i + ".log", 100));
      const after = used();
      console.log(JSON.stringify({ perFile: (after - before) / ${files}, counts: kept.map((lines) => lines.length), last: kept[3].at(-1) }));
    `;
    const { result } = await runGcChild(["eval"], [code]);
    assert.deepEqual(result.counts, Array(files).fill(100));
    assert.equal(result.last, line(3).trimEnd());
    // 100 lines of 75 characters; it was the file's whole 2 MB text when they were slices of it.
    assert.ok(
      result.perFile < 128 * 1024,
      `${Math.round(result.perFile)} bytes retained per file read back`,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
