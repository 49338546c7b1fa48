import assert from "node:assert/strict";
import { join } from "node:path";
import { withTmpDir } from "../../tests/helpers/tmp.ts";
import { ensureSocketDirectory } from "./socket_dir.ts";

Deno.test("ensureSocketDirectory() creates a missing directory 0700", async () => {
  await using dir = await withTmpDir();
  const sockDir = join(dir.path, "a", "b");
  await ensureSocketDirectory(join(sockDir, "x.sock"));
  assert.equal((await Deno.stat(sockDir)).mode! & 0o777, 0o700);
  await ensureSocketDirectory(join(sockDir, "x.sock")); // exists: fine
});

Deno.test("ensureSocketDirectory() checks the named servers' folder like the fallback one", async () => {
  await using dir = await withTmpDir();
  const saved = Deno.env.get("XDG_RUNTIME_DIR");
  Deno.env.set("XDG_RUNTIME_DIR", dir.path);
  try {
    const named = join(dir.path, "atlas-runner");
    // Made by someone else with loose permissions: tightened to 0700.
    await Deno.mkdir(named, { mode: 0o755 });
    await Deno.chmod(named, 0o755);
    await ensureSocketDirectory(join(named, "lobby.sock"));
    assert.equal((await Deno.stat(named)).mode! & 0o777, 0o700);
    // A symlink there could point anywhere: refused.
    await Deno.remove(named);
    await Deno.mkdir(join(dir.path, "elsewhere"));
    await Deno.symlink(join(dir.path, "elsewhere"), named);
    await assert.rejects(
      ensureSocketDirectory(join(named, "lobby.sock")),
      /is not a directory of this user/,
    );
  } finally {
    if (saved === undefined) Deno.env.delete("XDG_RUNTIME_DIR");
    else Deno.env.set("XDG_RUNTIME_DIR", saved);
  }
});
