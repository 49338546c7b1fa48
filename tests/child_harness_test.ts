/**
 * The child-process harness every suite's children run in
 * ({@linkcode spawnChild}), tested with real processes: output collected
 * line by line, a failed wait that names the child and its last lines, a
 * child that ignores SIGTERM, and a grandchild that keeps the pipes open.
 *
 * @module
 */
import assert from "node:assert/strict";
import { type ChildProcessHandle, isProcessAlive, spawnChild } from "./helpers/child.ts";
import { waitFor } from "./helpers/tmp.ts";

/** A `deno eval` child running `code`. */
function denoEval(code: string): string[] {
  return [Deno.execPath(), "eval", code];
}

/**
 * Awaits `promise`, failing the test instead of hanging the suite when it
 * has not settled after a minute (a bound for a broken harness, not a timing
 * assertion: each step below takes well under a second when it works).
 */
async function settles<T>(promise: PromiseLike<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not end within 60 s`)), 60_000);
  });
  try {
    return await Promise.race([promise, hung]);
  } finally {
    clearTimeout(timer);
  }
}

/** Kills `pid` if it still runs (cleanup after a failed assertion). */
function killIfAlive(pid: number): void {
  try {
    Deno.kill(pid, "SIGKILL");
  } catch { /* gone already */ }
}

Deno.test("spawnChild() collects stdout and stderr line by line and reports the exit", async () => {
  await using child = spawnChild(denoEval(`
    console.log("one\\ntwo");
    console.error("warn");
    await Deno.stdout.write(new TextEncoder().encode("no newline"));
    Deno.exit(3);
  `));
  const status = await settles(child.finished(), "the child");
  assert.equal(status.code, 3);
  assert.deepEqual(child.stdout.lines, ["one", "two", "no newline"]);
  assert.deepEqual(child.stderr.lines, ["warn"]);
  assert.equal(child.exitStatus?.code, 3);
});

Deno.test("spawnChild() writes to a piped stdin and sees the child's answers", async () => {
  await using child = spawnChild(
    denoEval(`
      for await (const line of Deno.stdin.readable.pipeThrough(new TextDecoderStream())) {
        console.log("echo:" + line.trim());
      }
    `),
    { stdin: "piped" },
  );
  await child.write("ping\n");
  await child.stdout.waitForLine("echo:ping");
  await child.closeStdin();
  assert.equal((await settles(child.finished(), "the child")).code, 0);
});

Deno.test("a failed wait names the child, its exit and the last lines of both streams", async () => {
  await using child = spawnChild(
    denoEval(`console.log("alpha\\nbeta"); console.error("gamma"); Deno.exit(2);`),
    { name: "echo child" },
  );
  await settles(child.finished(), "the child");
  const error = await child.stdout.waitForLine("zeta").then(() => null, (e: Error) => e);
  assert.ok(error instanceof Error, "the wait for a line never printed succeeded");
  assert.match(error.message, /^Output ended without a line containing "zeta" from the echo child/);
  assert.match(error.message, /exited with code 2/);
  assert.match(error.message, /alpha\nbeta/);
  assert.match(error.message, /last lines of its stderr ---\ngamma/);
});

Deno.test("a wait that times out says so and shows the lines so far", async () => {
  await using child = spawnChild(denoEval(`console.log("started"); setInterval(() => {}, 1000);`));
  await child.stdout.waitForLine("started");
  await assert.rejects(
    child.stdout.waitForLine("never", { timeoutMs: 1 }),
    (e: Error) =>
      /^No line containing "never" within 1 ms/.test(e.message) &&
      e.message.includes("still running") && e.message.includes("started"),
  );
});

Deno.test("disposing a child that ignores SIGTERM SIGKILLs it after the grace", async () => {
  let pid = 0;
  try {
    const child = spawnChild(
      denoEval(`Deno.addSignalListener("SIGTERM", () => console.log("ignored"));
        console.log("ready"); setInterval(() => {}, 1000);`),
      { graceMs: 500 },
    );
    pid = child.pid;
    await child.stdout.waitForLine("ready");
    const status = await settles(
      Promise.resolve(child[Symbol.asyncDispose]()).then(() => child.status),
      "dispose",
    );
    assert.equal(status.signal, "SIGKILL");
    assert.ok(child.stdout.lines.includes("ignored"), "SIGTERM was not sent first");
  } finally {
    killIfAlive(pid);
  }
});

/** A shell that starts a `sleep` in the background holding its stdout, prints its pid and exits. */
async function wrapperWithGrandchild(
  detached: boolean,
): Promise<{ child: ChildProcessHandle; grandchild: number }> {
  const child = spawnChild(["sh", "-c", "sleep 600 & echo $!"], { detached, drainMs: 500 });
  const { line } = await child.stdout.waitForLine(/^\d+$/);
  await child.status;
  return { child, grandchild: Number(line) };
}

Deno.test("disposing a wrapper whose grandchild holds the pipes still ends", async () => {
  const { child, grandchild } = await wrapperWithGrandchild(false);
  try {
    assert.ok(await isProcessAlive(grandchild), "the grandchild should outlive the wrapper");
    await settles(child[Symbol.asyncDispose](), "dispose");
    assert.equal(child.exitStatus?.code, 0);
  } finally {
    killIfAlive(grandchild);
  }
});

Deno.test("disposing a detached child kills what it left in its process group", async () => {
  const { child, grandchild } = await wrapperWithGrandchild(true);
  try {
    assert.ok(await isProcessAlive(grandchild), "the grandchild should outlive the wrapper");
    await settles(child[Symbol.asyncDispose](), "dispose");
    // SIGKILL lands asynchronously: wait (with a deadline) for the process to be gone.
    await waitFor(async () => !await isProcessAlive(grandchild), { what: "the grandchild gone" });
  } finally {
    killIfAlive(grandchild);
  }
});
