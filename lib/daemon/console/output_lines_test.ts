import assert from "node:assert/strict";
import { cutLine, cutMarker, LineSplitter, MAX_LINE_BYTES } from "./output_lines.ts";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf8Length = (text: string): number => bytes(text).length;

/** Feeds `chunks` through a fresh splitter and returns every line, the last included. */
function split(chunks: readonly (string | Uint8Array)[]): string[] {
  const splitter = new LineSplitter();
  const lines: string[] = [];
  for (const chunk of chunks) {
    lines.push(...splitter.push(typeof chunk === "string" ? bytes(chunk) : chunk));
  }
  return [...lines, ...splitter.end()];
}

Deno.test("LineSplitter splits lines at \\n and \\r\\n, across chunks, keeping the last unterminated line", () => {
  assert.deepEqual(split(["a\nb\r\nc", "d\ne"]), ["a", "b", "cd", "e"]);
  assert.deepEqual(split(["one\r", "\ntwo\n"]), ["one", "two"]);
  assert.deepEqual(split(["\n\n"]), ["", ""]);
  assert.deepEqual(split([]), []);
});

Deno.test("LineSplitter gives the same lines however the bytes are chunked", () => {
  const text = "[12:00:00] [Server thread/INFO]: Done\r\nLoading 10%\rLoading 20%\r\nß€😀 end\n" +
    "y".repeat(MAX_LINE_BYTES + 500) + "\nlast";
  const whole = split([text]);
  const encoded = bytes(text);
  for (const size of [1, 2, 3, 7, 4096]) {
    const chunks: Uint8Array[] = [];
    for (let at = 0; at < encoded.length; at += size) chunks.push(encoded.slice(at, at + size));
    assert.deepEqual(split(chunks), whole, `chunks of ${size} bytes`);
  }
  assert.deepEqual(whole.slice(0, 3), [
    "[12:00:00] [Server thread/INFO]: Done",
    "Loading 20%",
    "ß€😀 end",
  ]);
  assert.equal(whole[4], "last");
});

Deno.test("LineSplitter cuts a long line at MAX_LINE_BYTES with a marker saying how much was left out", () => {
  for (const size of [MAX_LINE_BYTES + 1, 64 * 1024 * 1024]) {
    const splitter = new LineSplitter();
    const chunk = new Uint8Array(65536).fill(0x78); // "x"
    for (let sent = 0; sent < size; sent += chunk.length) {
      assert.deepEqual(splitter.push(chunk.subarray(0, Math.min(chunk.length, size - sent))), []);
      assert.ok(splitter.pendingBytes <= MAX_LINE_BYTES);
    }
    const [line] = splitter.push(bytes("\nnext\n"));
    const marker = /… \[cut (\d+) bytes\]$/.exec(line);
    assert.ok(marker, line.slice(-40));
    const head = line.length - marker[0].length;
    assert.equal(head + Number(marker[1]), size);
    assert.ok(utf8Length(line) <= MAX_LINE_BYTES);
    assert.ok(utf8Length(line) > MAX_LINE_BYTES - 64);
  }
  const exact = "z".repeat(MAX_LINE_BYTES);
  assert.deepEqual(split([exact + "\n"]), [exact]);
});

Deno.test("LineSplitter cuts multi-byte text at a character boundary", () => {
  const text = "€".repeat(MAX_LINE_BYTES); // 3 bytes each
  for (const chunks of [[text + "\n"], [text.slice(0, 5000), text.slice(5000) + "\n"]]) {
    const [line] = split(chunks);
    assert.ok(!line.includes("\ufffd"));
    const marker = /… \[cut (\d+) bytes\]$/.exec(line)!;
    const head = line.slice(0, -marker[0].length);
    assert.equal(head, "€".repeat(head.length));
    assert.equal(utf8Length(head) + Number(marker[1]), 3 * MAX_LINE_BYTES);
  }
});

Deno.test("LineSplitter keeps only the last state of carriage-return progress output", () => {
  const splitter = new LineSplitter();
  for (let i = 0; i <= 20_000; i++) {
    assert.deepEqual(splitter.push(bytes(`Preparing spawn area: ${i % 101}%\r`)), []);
    assert.ok(splitter.pendingBytes < 64);
  }
  assert.deepEqual(splitter.push(bytes("\n")), ["Preparing spawn area: 2%"]);
  assert.deepEqual(split(["a\rb\rc\n"]), ["c"]);
  assert.deepEqual(split(["abc\r"]), ["abc"]);
  assert.deepEqual(split(["abc\r", "de\n"]), ["de"]);
});

Deno.test("LineSplitter starts a cut line over at a carriage return", () => {
  const [line] = split(["x".repeat(MAX_LINE_BYTES * 2) + "\rshort\n"]);
  assert.equal(line, "short");
});

Deno.test("cutLine() leaves short lines alone and cuts long ones within maxBytes", () => {
  assert.equal(cutLine("short", 64), "short");
  assert.equal(cutLine("é".repeat(32), 64), "é".repeat(32)); // exactly 64 bytes
  const cut = cutLine("é".repeat(33), 64);
  assert.ok(utf8Length(cut) <= 64);
  assert.ok(cut.endsWith(cutMarker(66 - utf8Length(cut.slice(0, cut.indexOf("…"))))));
  assert.equal(cutMarker(5), "… [cut 5 bytes]");
  // Cut again: one marker, counting everything left out.
  assert.equal(cutLine("x".repeat(100) + cutMarker(1000), 64), "x".repeat(44) + cutMarker(1056));
});
