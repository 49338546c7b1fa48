import assert from "node:assert/strict";
import { DEFAULT_READY_PATTERN } from "../config/store.ts";
import { readyMatcher } from "./readiness.ts";

const isReady = readyMatcher(DEFAULT_READY_PATTERN);

Deno.test("readyMatcher() with the default pattern accepts vanilla, comma decimals and colours", () => {
  for (
    const line of [
      '[12:34:56] [Server thread/INFO]: Done (1.234s)! For help, type "help"',
      '[12:34:56] [Server thread/INFO]: Done (1,234s)! For help, type "help"',
      '[12:34:56 INFO]: Done (23.5s)! For help, type "help" or "?"',
      '\x1b[0;32m[12:34:56 INFO]: \x1b[1mDone\x1b[0m (7.1s)! For \x1b[33mhelp\x1b[0m, type "help"',
    ]
  ) assert.ok(isReady(line), line);
});

Deno.test("readyMatcher() with the default pattern refuses other lines", () => {
  for (
    const line of [
      "[12:34:56] [Server thread/INFO]: Preparing spawn area: 83%",
      "Done (1.234s)!",
      '[12:34:56] [Server thread/INFO]: Done! For help, type "help"',
    ]
  ) assert.ok(!isReady(line), line);
});
