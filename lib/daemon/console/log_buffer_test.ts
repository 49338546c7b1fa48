import assert from "node:assert/strict";
import {
  FOLLOWER_BACKLOG_CHARS,
  LogBuffer,
  MAX_LINE_CHARS,
  MAX_RING_CHARS,
  skippedLine,
} from "./log_buffer.ts";

const numbered = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `line ${from + i}`);

Deno.test("LogBuffer.tail() returns the newest lines within the capacity", () => {
  const buffer = new LogBuffer(5);
  assert.deepEqual(buffer.tail(3), []);
  buffer.append(numbered(0, 3));
  assert.deepEqual(buffer.tail(10), numbered(0, 3));
  buffer.append(numbered(3, 12));
  assert.equal(buffer.size, 5);
  assert.equal(buffer.total, 12);
  assert.deepEqual(buffer.tail(100), numbered(7, 12));
  assert.deepEqual(buffer.tail(2), numbered(10, 12));
  assert.deepEqual(buffer.tail(0), []);
});

Deno.test("LogBuffer.append() cuts runaway lines with a marker", () => {
  const buffer = new LogBuffer(2);
  buffer.append(["x".repeat(MAX_LINE_CHARS + 10)]);
  const line = buffer.tail(1)[0];
  assert.ok(line.length <= MAX_LINE_CHARS);
  const marker = /… \[cut (\d+) bytes\]$/.exec(line)!;
  assert.equal(line.length - marker[0].length + Number(marker[1]), MAX_LINE_CHARS + 10);
});

Deno.test("LogBuffer holds at most MAX_RING_CHARS of long lines, dropping the oldest", () => {
  const buffer = new LogBuffer(10_000);
  const long = (i: number) => `${i} `.padEnd(MAX_LINE_CHARS, "x");
  const perLine = MAX_LINE_CHARS + 1;
  const fits = Math.floor(MAX_RING_CHARS / perLine);
  const batches = Math.ceil((3 * fits) / 100);
  for (let b = 0; b < batches; b++) {
    buffer.append(Array.from({ length: 100 }, (_, k) => long(b * 100 + k)));
  }
  assert.equal(buffer.size, fits);
  assert.equal(buffer.tail(1)[0], long(batches * 100 - 1));
  // Short lines fill the ring again up to its line capacity.
  buffer.append(numbered(0, 10_000));
  assert.equal(buffer.size, 10_000);
  assert.deepEqual(buffer.tail(2), numbered(9_998, 10_000));
});

Deno.test("LogBuffer counts a line with a character beyond Latin-1 (a cut line's …) at two bytes a character", () => {
  const buffer = new LogBuffer(10_000);
  // What a flood leaves: lines cut to MAX_LINE_CHARS, each ending in a marker with `…`,
  // which V8 stores at two bytes a character.
  const cut = (i: number) => `${i} `.padEnd(MAX_LINE_CHARS - 20, "x") + "… [cut 999 bytes]";
  const fits = Math.floor(MAX_RING_CHARS / (2 * cut(0).length + 1));
  for (let b = 0; b < Math.ceil((3 * fits) / 100); b++) {
    buffer.append(Array.from({ length: 100 }, (_, k) => cut(b * 100 + k)));
  }
  assert.equal(buffer.size, fits);
});

Deno.test("LogBuffer.subscribe() sees every line in order until unsubscribed", () => {
  const buffer = new LogBuffer(2);
  const seen: string[] = [];
  const off = buffer.subscribe((line) => seen.push(line));
  buffer.append(numbered(0, 4));
  off();
  buffer.append(["late"]);
  assert.deepEqual(seen, numbered(0, 4));
});

Deno.test("LogBuffer.resize() keeps the newest lines", () => {
  const buffer = new LogBuffer(5);
  buffer.append(numbered(0, 5));
  buffer.resize(3);
  assert.deepEqual(buffer.tail(10), numbered(2, 5));
  buffer.append(["line 5"]);
  assert.deepEqual(buffer.tail(10), numbered(3, 6));
  buffer.resize(6);
  buffer.append(numbered(6, 8));
  assert.deepEqual(buffer.tail(10), numbered(3, 8));
});

Deno.test("LogBuffer.follow() sends the tail, then new lines, until close", async () => {
  const buffer = new LogBuffer(100);
  buffer.append(numbered(0, 10));
  const it = buffer.follow(3);
  assert.deepEqual((await it.next()).value, numbered(7, 10));
  const pending = it.next();
  buffer.append(numbered(10, 12));
  assert.deepEqual((await pending).value, numbered(10, 12));
  buffer.append(["line 12"]);
  buffer.close();
  assert.deepEqual((await it.next()).value, ["line 12"]);
  assert.equal((await it.next()).done, true);
});

Deno.test("LogBuffer.follow() ends when its signal aborts", async () => {
  const buffer = new LogBuffer(10);
  const controller = new AbortController();
  const it = buffer.follow(0, { signal: controller.signal });
  assert.deepEqual((await it.next()).value, []);
  const pending = it.next();
  controller.abort();
  assert.equal((await pending).done, true);
});

Deno.test("LogBuffer.follow() lets a follower lag beyond the ring without losing lines", async () => {
  const buffer = new LogBuffer(10);
  const slow = buffer.follow(0);
  await slow.next();
  buffer.append(numbered(0, 50));
  buffer.append(numbered(50, 100));
  assert.deepEqual(buffer.tail(100), numbered(90, 100));
  assert.deepEqual((await slow.next()).value, numbered(0, 100));
  buffer.close();
  assert.equal((await slow.next()).done, true);
});

Deno.test("LogBuffer.follow() caps a slow follower's backlog and tells it what it missed", async () => {
  const buffer = new LogBuffer(10);
  const slow = buffer.follow(0);
  const fast = buffer.follow(0);
  await slow.next();
  await fast.next();
  // 100-line chunks of 32 KiB lines: 3.2 MiB each, one chunk more than a backlog holds.
  const big = "x".repeat(MAX_LINE_CHARS);
  const chunk = Array.from({ length: 100 }, () => big);
  const chunks = Math.floor(FOLLOWER_BACKLOG_CHARS / (100 * (big.length + 1))) + 1;
  let fastLines = 0;
  for (let i = 0; i < chunks; i++) {
    buffer.append(chunk);
    for (let got = 0; got < 100;) {
      const batch = (await fast.next()).value as string[];
      got += batch.length;
      fastLines += batch.length;
    }
  }
  buffer.append(["last"]);
  // The fast follower got everything; the slow one lost its oldest chunk.
  assert.equal(fastLines, chunks * 100);
  const first = (await slow.next()).value as string[];
  assert.equal(first[0], skippedLine(100));
  const rest: string[] = first.slice(1);
  while (!rest.includes("last")) rest.push(...(await slow.next()).value as string[]);
  assert.equal(rest.length, (chunks - 1) * 100 + 1);
  buffer.close();
  assert.equal((await slow.next()).done, true);
  assert.deepEqual((await fast.next()).value, ["last"]);
  assert.equal((await fast.next()).done, true);
});
