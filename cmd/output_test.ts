import assert from "node:assert/strict";
import { memoryIo } from "../tests/helpers/cli.ts";
import type { CliIo } from "./io.ts";
import {
  colorEnabled,
  formatBytes,
  formatDuration,
  formatTable,
  Output,
  visibleLength,
} from "./output.ts";

function terminalIo(env: Record<string, string>): CliIo {
  const io = memoryIo(env);
  return { ...io, stdout: { ...io.stdout, isTerminal: true } };
}

Deno.test("formatDuration() shows the two largest units", () => {
  const cases: [number, string][] = [
    [0, "0s"],
    [45, "45s"],
    [725, "12m 5s"],
    [3 * 3600 + 12 * 60 + 9, "3h 12m"],
    [2 * 86400 + 4 * 3600, "2d 4h"],
    [-5, "0s"],
  ];
  for (const [seconds, text] of cases) assert.equal(formatDuration(seconds), text);
});

Deno.test("formatBytes() uses binary units", () => {
  assert.equal(formatBytes(512), "512 B");
  assert.equal(formatBytes(1536), "1.5 KiB");
  assert.equal(formatBytes(12 * 1024 * 1024), "12.0 MiB");
});

Deno.test("formatTable() aligns columns, ignoring colour codes", () => {
  const rows = formatTable([["ID", "NAME"], ["\x1b[1mabc\x1b[22m", "x"], ["a", "long name"]]);
  const plain = rows.map((r) => r.replaceAll("\x1b[1m", "").replaceAll("\x1b[22m", ""));
  assert.deepEqual(plain, [
    "ID   NAME",
    "abc  x",
    "a    long name",
  ]);
  assert.equal(visibleLength("\x1b[32mok\x1b[39m"), 2);
});

Deno.test("colorEnabled() needs a terminal and honours NO_COLOR and TERM=dumb", () => {
  assert.equal(colorEnabled(memoryIo({})), false);
  assert.equal(colorEnabled(terminalIo({})), true);
  assert.equal(colorEnabled(terminalIo({ NO_COLOR: "1" })), false);
  assert.equal(colorEnabled(terminalIo({ NO_COLOR: "" })), true);
  assert.equal(colorEnabled(terminalIo({ TERM: "dumb" })), false);
});

Deno.test("Output.paint() colours only when allowed, and never for --json", () => {
  assert.equal(new Output(terminalIo({})).paint("green", "ok"), "\x1b[32mok\x1b[39m");
  assert.equal(new Output(terminalIo({}), { json: true }).paint("green", "ok"), "ok");
  assert.equal(new Output(memoryIo()).paint("green", "ok"), "ok");
});

Deno.test("Output.json() writes one parseable document", async () => {
  const io = memoryIo();
  await new Output(io).json({ state: "running", n: 1 });
  assert.deepEqual(JSON.parse(io.stdout.text()), { state: "running", n: 1 });
});
