import assert from "node:assert/strict";
import { type EditorEvent, LineEditor } from "./line_editor.ts";

const UP = "\x1b[A";
const DOWN = "\x1b[B";
const LEFT = "\x1b[D";
const RIGHT = "\x1b[C";

function submitted(events: EditorEvent[]): string[] {
  return events.flatMap((e) => e.type === "submit" ? [e.line] : []);
}

Deno.test("LineEditor.feed() edits with the cursor keys and submits on Enter", () => {
  const cases: [string, string[], string][] = [
    ["say hi\r", ["say hi"], ""],
    ["say hi\r\n", ["say hi"], ""],
    ["lsit\x7f\x7f\x7fist\r", ["list"], ""],
    [`ab${LEFT}${LEFT}X${RIGHT}Y\r`, ["XaYb"], ""],
    ["hello world\x17there\r", ["hello there"], ""],
    [`abc\x01\x0b`, [], ""],
    [`abc${LEFT}\x15`, [], "c"],
    [`ab\x1b[Hc\x1b[Fd`, [], "cabd"],
    [`abc${LEFT}${LEFT}\x1b[3~`, [], "ac"],
    ["a\tb\x07c", [], "abc"],
    ["héllo 🌍\x7f!\r", ["héllo !"], ""],
    ["one\rtwo\r", ["one", "two"], ""],
  ];
  for (const [input, lines, rest] of cases) {
    const editor = new LineEditor();
    assert.deepEqual(submitted(editor.feed(input)), lines, JSON.stringify(input));
    assert.equal(editor.line, rest, JSON.stringify(input));
  }
});

Deno.test("LineEditor.feed() walks the history with the arrows and keeps the draft", () => {
  const editor = new LineEditor({ history: ["list"] });
  editor.feed("say one\r");
  editor.feed("draft");
  editor.feed(UP);
  assert.equal(editor.line, "say one");
  editor.feed(UP);
  assert.equal(editor.line, "list");
  editor.feed(UP);
  assert.equal(editor.line, "list", "stays at the oldest");
  editor.feed(DOWN + DOWN);
  assert.equal(editor.line, "draft");
  editor.feed("\x10\x10 all\r");
  assert.deepEqual(editor.history, ["list", "say one", "list all"]);
});

Deno.test("LineEditor.feed() keeps no blank or repeated history entries and caps its size", () => {
  const editor = new LineEditor({ maxHistory: 2 });
  editor.feed("a\r\r   \ra\rb\rc\r");
  assert.deepEqual(editor.history, ["b", "c"]);
});

Deno.test("LineEditor.feed() leaves on Ctrl-C, and on Ctrl-D only when the line is empty", () => {
  const editor = new LineEditor();
  assert.deepEqual(editor.feed("ab\x04"), []);
  assert.equal(editor.line, "ab");
  assert.deepEqual(editor.feed("\x03more"), [{ type: "exit", reason: "ctrl-c" }]);
  const empty = new LineEditor();
  assert.deepEqual(empty.feed("\x04"), [{ type: "exit", reason: "ctrl-d" }]);
  assert.deepEqual(new LineEditor().feed("\x0c"), [{ type: "clear-screen" }]);
});

Deno.test("LineEditor.render() redraws the line and places the cursor, scrolling long lines", () => {
  const editor = new LineEditor();
  editor.feed(`abc${LEFT}`);
  assert.equal(editor.render("> ", 2), "\r\x1b[2K> abc\x1b[1D");
  const long = new LineEditor();
  long.feed("x".repeat(50));
  const shown = long.render("> ", 2, 20);
  // 20 columns: 2 for the prompt, 1 kept free, 16 for text and 1 for the cursor.
  assert.equal(shown, `\r\x1b[2K> ${"x".repeat(16)}`);
});
