/**
 * Shared test helpers. Everything returns a disposable, so tests clean up
 * with `await using`, and nothing synchronises by sleeping: helpers wait for
 * an event or an output line, with a deadline.
 *
 * @module
 */

/** A temporary directory removed (recursively) on dispose. */
export interface TmpDir extends AsyncDisposable {
  /** The directory's absolute path. */
  readonly path: string;
}

/**
 * Creates a temporary directory that is removed when disposed.
 *
 * @param prefix A prefix for the directory's name.
 * @returns The directory, as an async disposable.
 */
export async function withTmpDir(prefix = "atlas-test-"): Promise<TmpDir> {
  const path = await Deno.makeTempDir({ prefix });
  return {
    path,
    async [Symbol.asyncDispose]() {
      await Deno.remove(path, { recursive: true }).catch((e) => {
        if (!(e instanceof Deno.errors.NotFound)) throw e;
      });
    },
  };
}

/**
 * Polls `check` until it returns a truthy value or the deadline passes.
 * For state that has no event to wait on (a file appearing, a process
 * exiting); the poll interval is short and the deadline is the only timing.
 *
 * @param check Returns a truthy value when the condition holds.
 * @param options The deadline and a description for the failure message.
 * @returns The truthy value `check` returned.
 */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  options: { timeoutMs?: number; what?: string } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${options.what ?? "a condition"}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
