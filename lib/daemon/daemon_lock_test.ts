import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IpcError } from "../protocol/errors.ts";
import { spawnChild } from "../../tests/helpers/child.ts";
import { withTmpDir } from "../../tests/helpers/tmp.ts";
import { acquireDaemonLock } from "./daemon_lock.ts";

const LOCK_MODULE = fileURLToPath(new URL("./daemon_lock.ts", import.meta.url));

Deno.test("acquireDaemonLock() records the pid, refuses a second holder and frees the file on dispose", async () => {
  await using tmp = await withTmpDir();
  const dataDirectory = join(tmp.path, "data");
  {
    await using lock = await acquireDaemonLock(dataDirectory);
    assert.equal(lock.path, join(dataDirectory, "atlas-runner.pid"));
    assert.equal(await Deno.readTextFile(lock.path), `${Deno.pid}\n`);
    assert.equal((await Deno.stat(dataDirectory)).mode! & 0o777, 0o700);
    assert.equal((await Deno.stat(lock.path)).mode! & 0o777, 0o600);
    await assert.rejects(acquireDaemonLock(dataDirectory), (error: unknown) => {
      assert.ok(error instanceof IpcError);
      assert.equal(error.code, "ALREADY_RUNNING");
      assert.match(error.message, new RegExp(`pid ${Deno.pid}\\b`));
      assert.ok(error.message.includes(dataDirectory));
      return true;
    });
  }
  await assert.rejects(Deno.stat(join(dataDirectory, "atlas-runner.pid")), Deno.errors.NotFound);
  await using again = await acquireDaemonLock(dataDirectory);
  assert.equal(await Deno.readTextFile(again.path), `${Deno.pid}\n`);
});

Deno.test("acquireDaemonLock() is free again when its holder was killed with SIGKILL, stale file and all", async () => {
  await using tmp = await withTmpDir();
  const dataDirectory = join(tmp.path, "data");
  // A real second process takes the lock, says so, and then waits to be killed.
  const script = `
    const { acquireDaemonLock } = await import(${JSON.stringify(LOCK_MODULE)});
    await acquireDaemonLock(${JSON.stringify(dataDirectory)});
    console.log("locked");
    await new Promise(() => setInterval(() => {}, 60_000));
  `;
  await using child = spawnChild([Deno.execPath(), "eval", "--quiet", script], {
    name: "lock holder",
    stderr: "inherit",
  });
  await child.stdout.waitForLine("locked");
  await assert.rejects(acquireDaemonLock(dataDirectory), (error: unknown) => {
    assert.ok(error instanceof IpcError && error.code === "ALREADY_RUNNING");
    assert.match(error.message, new RegExp(`pid ${child.pid}\\b`));
    return true;
  });
  await child.stop("SIGKILL");
  // The file is still there (nobody removed it); the kernel dropped the lock.
  assert.equal(await Deno.readTextFile(join(dataDirectory, "atlas-runner.pid")), `${child.pid}\n`);
  await using lock = await acquireDaemonLock(dataDirectory);
  assert.equal(await Deno.readTextFile(lock.path), `${Deno.pid}\n`);
});
