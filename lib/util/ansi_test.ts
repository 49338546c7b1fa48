import assert from "node:assert/strict";
import { stripAnsi } from "./ansi.ts";

Deno.test("stripAnsi() removes colour and title sequences only", () => {
  assert.equal(stripAnsi("\x1b[1;31mred\x1b[m text"), "red text");
  assert.equal(stripAnsi("\x1b]0;title\x07after"), "after");
  assert.equal(stripAnsi("plain [brackets]"), "plain [brackets]");
});
