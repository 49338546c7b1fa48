import assert from "node:assert/strict";
import { MinecraftError, type MinecraftErrorCode } from "../minecraft/errors.ts";
import { isIpcError, toErrorResponse } from "../protocol/errors.ts";
import { fromMinecraftError } from "./minecraft_error.ts";

Deno.test("fromMinecraftError() gives every Minecraft failure a wire code other than INTERNAL", () => {
  const expected: Record<MinecraftErrorCode, string> = {
    CONNECTION_CLOSED: "FAILED",
    TIMEOUT: "TIMEOUT",
    AUTH_FAILED: "FAILED",
    INVALID_COMMAND: "VALIDATION",
    MALFORMED: "FAILED",
  };
  for (const [code, wire] of Object.entries(expected)) {
    const original = new MinecraftError(code as MinecraftErrorCode, `RCON: ${code}`);
    const mapped = fromMinecraftError(original);
    assert.ok(isIpcError(mapped), code);
    assert.equal(mapped.code, wire, code);
    assert.equal(mapped.message, `RCON: ${code}`);
    assert.equal(mapped.cause, original);
    assert.equal(toErrorResponse(mapped).code, wire, code);
  }
});

Deno.test("fromMinecraftError() hints what to do about a dropped connection, keeping a hint of its own", () => {
  const dropped = fromMinecraftError(new MinecraftError("CONNECTION_CLOSED", "RCON: closed"));
  assert.ok(isIpcError(dropped));
  assert.match(dropped.hint ?? "", /atlas-runner status/);
  const own = fromMinecraftError(new MinecraftError("AUTH_FAILED", "wrong", { hint: "mine" }));
  assert.ok(isIpcError(own));
  assert.equal(own.hint, "mine");
});

Deno.test("fromMinecraftError() returns any other error unchanged", () => {
  const other = new TypeError("boom");
  assert.equal(fromMinecraftError(other), other);
});
