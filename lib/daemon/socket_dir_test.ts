import assert from "node:assert/strict";
import { join } from "node:path";
import { withTmpDir } from "../../tests/helpers.ts";
import { ensureSocketDirectory } from "./socket_dir.ts";

Deno.test("ensureSocketDirectory() creates a missing directory 0700", async () => {
  await using dir = await withTmpDir();
  const sockDir = join(dir.path, "a", "b");
  await ensureSocketDirectory(join(sockDir, "x.sock"));
  assert.equal((await Deno.stat(sockDir)).mode! & 0o777, 0o700);
  await ensureSocketDirectory(join(sockDir, "x.sock")); // exists: fine
});
