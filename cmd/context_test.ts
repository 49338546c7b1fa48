import assert from "node:assert/strict";
import { join } from "node:path";
import { withTmpDir } from "../tests/helpers/tmp.ts";
import { checkSocketDirectory } from "./context.ts";
import { CliError } from "./errors.ts";

async function refusal(dir: string, fallback = dir): Promise<string | null> {
  try {
    await checkSocketDirectory(join(dir, "atlas-runner.sock"), { fallback });
    return null;
  } catch (error) {
    assert.ok(error instanceof CliError);
    assert.equal(error.exitCode, 1);
    assert.match(error.hint ?? "", /XDG_RUNTIME_DIR or --socket/);
    return error.message;
  }
}

Deno.test("checkSocketDirectory() accepts a private fallback directory of this user, or none", async () => {
  await using tmp = await withTmpDir();
  const dir = join(tmp.path, "atlas-runner-1000");
  assert.equal(await refusal(dir), null, "missing: the connect finds no daemon");
  await Deno.mkdir(dir, { mode: 0o700 });
  await Deno.chmod(dir, 0o700);
  assert.equal(await refusal(dir), null);
});

Deno.test("checkSocketDirectory() refuses a fallback directory others control", async () => {
  await using tmp = await withTmpDir();
  const dir = join(tmp.path, "atlas-runner-1000");
  await Deno.mkdir(dir);
  await Deno.chmod(dir, 0o755);
  assert.match(
    (await refusal(dir))!,
    /^refusing to connect through .*: other users have access to it \(mode 0755\)$/,
  );
  // Any other directory is the user's choice (--socket, XDG_RUNTIME_DIR): not checked.
  assert.equal(await refusal(dir, join(tmp.path, "elsewhere")), null);
  const link = join(tmp.path, "atlas-runner-link");
  await Deno.chmod(dir, 0o700);
  await Deno.symlink(dir, link);
  assert.match((await refusal(link))!, /it is a symbolic link/);
  if (Deno.uid() === 0) {
    // Root can give it away: a directory of another user is refused even when private.
    await Deno.chown(dir, 65534, 65534);
    assert.match((await refusal(dir))!, /it belongs to another user \(uid 65534\)/);
  }
});
