import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IpcError } from "../protocol/errors.ts";
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
  const child = new Deno.Command(Deno.execPath(), {
    args: ["eval", "--quiet", script],
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let seen = "";
  while (!seen.includes("locked")) {
    const { value, done } = await reader.read();
    if (done) break;
    seen += value;
  }
  assert.ok(
    seen.includes("locked"),
    `the child took the lock (it printed ${JSON.stringify(seen)})`,
  );
  await assert.rejects(acquireDaemonLock(dataDirectory), (error: unknown) => {
    assert.ok(error instanceof IpcError && error.code === "ALREADY_RUNNING");
    assert.match(error.message, new RegExp(`pid ${child.pid}\\b`));
    return true;
  });
  child.kill("SIGKILL");
  await child.status;
  await reader.cancel();
  // The file is still there (nobody removed it); the kernel dropped the lock.
  assert.equal(await Deno.readTextFile(join(dataDirectory, "atlas-runner.pid")), `${child.pid}\n`);
  await using lock = await acquireDaemonLock(dataDirectory);
  assert.equal(await Deno.readTextFile(lock.path), `${Deno.pid}\n`);
});
