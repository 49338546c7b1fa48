import assert from "node:assert/strict";
import {
  MAX_CONSOLE_COMMAND_LENGTH,
  validateConfigJson,
  validateConsoleCommand,
} from "./validate.ts";

Deno.test("validateConsoleCommand() accepts ordinary commands up to 1000 characters", () => {
  for (const command of ["list", "say héllo ✓ 世界", "tp @a ~ ~10 ~", "x".repeat(1000)]) {
    validateConsoleCommand(command);
  }
  assert.equal(MAX_CONSOLE_COMMAND_LENGTH, 1000);
});

Deno.test("validateConsoleCommand() refuses empty, too long and control-character commands", () => {
  const bad = [
    ["", /empty/],
    [" \t ", /empty|control/],
    ["x".repeat(1001), /1001 characters/],
    ["say a\nstop", /U\+000A/],
    ["say a\rstop", /U\+000D/],
    ["say \u0000", /U\+0000/],
    ["say \u001b[2J", /U\+001B/],
    ["say \u007f", /U\+007F/],
    ["say \u0085", /U\+0085/],
    ["say a\u2028stop", /U\+2028/],
  ] as const;
  for (const [command, message] of bad) {
    assert.throws(() => validateConsoleCommand(command), { code: "VALIDATION", message }, command);
  }
});

Deno.test("validateConfigJson() accepts any JSON and refuses anything else with VALIDATION", () => {
  for (const json of ['{"a":1}', "[]", "null", "1", '"x"']) validateConfigJson(json);
  for (const text of ["", "{", "{a:1}", "undefined", "{'a':1}"]) {
    assert.throws(() => validateConfigJson(text), { code: "VALIDATION" }, text);
  }
});
