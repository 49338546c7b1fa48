/**
 * LineSplitter throughput on the two shapes of server output that matter:
 * ordinary log lines, and a runaway line without a newline (which must cost
 * the same per byte however long it gets: linear, not quadratic).
 *
 * @module
 */
import { LineSplitter } from "./output_lines.ts";

const CHUNK = 64 * 1024;
const line = new TextEncoder().encode(
  "[12:34:56] [Server thread/INFO]: Preparing spawn area: 42% (a typical vanilla line)\n",
);
const lines = new Uint8Array(CHUNK);
for (let at = 0; at + line.length <= CHUNK; at += line.length) lines.set(line, at);
const noNewline = new Uint8Array(CHUNK).fill(0x78);

Deno.bench("LineSplitter: 16 MiB of 85-byte log lines in 64 KiB chunks", () => {
  const splitter = new LineSplitter();
  for (let i = 0; i < 256; i++) splitter.push(lines);
  splitter.end();
});

for (const mib of [16, 64]) {
  Deno.bench(`LineSplitter: ${mib} MiB without a newline in 64 KiB chunks`, () => {
    const splitter = new LineSplitter();
    for (let i = 0; i < mib * 16; i++) splitter.push(noNewline);
    splitter.end();
  });
}
