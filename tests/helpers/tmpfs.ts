/**
 * A small tmpfs mounted for a test, to inject a full disk (or too few
 * inodes) for real; Linux as root only, so tests check
 * {@linkcode cannotMountTmpfs} and skip with its reason elsewhere.
 *
 * @module
 */

/**
 * Mounts a tmpfs of `options` (`size=4m`, `nr_inodes=40`, …) on a new folder;
 * disposing it unmounts and removes the folder.
 *
 * @throws {Error} When it cannot be mounted (with the reason).
 */
export async function mountTmpfs(options: string): Promise<AsyncDisposable & { path: string }> {
  const dir = await Deno.makeTempDir({ prefix: "atlas-tmpfs-" });
  const mount = await new Deno.Command("mount", {
    args: ["-t", "tmpfs", "-o", options, "tmpfs", dir],
    stdout: "null",
    stderr: "piped",
  }).output().catch((e: Error) => ({
    success: false,
    stderr: new TextEncoder().encode(e.message),
  }));
  if (!mount.success) {
    await Deno.remove(dir);
    throw new Error(`cannot mount a tmpfs: ${new TextDecoder().decode(mount.stderr).trim()}`);
  }
  return {
    path: dir,
    async [Symbol.asyncDispose]() {
      await new Deno.Command("umount", { args: [dir] }).output();
      await Deno.remove(dir, { recursive: true });
    },
  };
}

/** Why a tmpfs cannot be mounted here (a test's skip reason), or `null` when it can. */
export async function cannotMountTmpfs(): Promise<string | null> {
  if (Deno.build.os !== "linux" || Deno.uid() !== 0) return "not root on Linux";
  try {
    await using _ = await mountTmpfs("size=1m");
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
