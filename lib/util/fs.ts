/**
 * Small file-system questions the daemon, the demo and the tests all ask,
 * and removing what may already be gone.
 *
 * @module
 */

/** Options of {@linkcode pathExists}. */
export interface PathExistsOptions {
  /**
   * Follow a symbolic link at `path` (`stat`): a dangling link does not
   * exist. Without following (`lstat`), the link itself counts, dangling or
   * not: what matters before moving, replacing or removing a path.
   * @default true
   */
  followSymlinks?: boolean;
}

/**
 * Whether something exists at `path`. A path that cannot exist because one
 * of its parents is a file counts as absent; any other failure to look
 * (such as a permission error) is thrown rather than taken for an answer.
 *
 * @param path The path to look at.
 * @param options Whether to follow a symbolic link at `path`.
 * @returns `true` if there is a file, directory or (unfollowed) link there.
 * @throws {Deno.errors.PermissionDenied} And other errors of `stat`/`lstat` but "not found".
 */
export async function pathExists(
  path: string | URL,
  options: PathExistsOptions = {},
): Promise<boolean> {
  try {
    await (options.followSymlinks === false ? Deno.lstat(path) : Deno.stat(path));
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound || error instanceof Deno.errors.NotADirectory) {
      return false;
    }
    throw error;
  }
}

/**
 * Removes a file, a link or (with `recursive`) a directory tree; a path that
 * is already gone is not an error.
 *
 * @param path What to remove.
 * @param options `recursive` to remove a directory with its content.
 * @returns Whether something was removed.
 * @throws {Deno.errors.PermissionDenied} And other errors of `remove` but "not found".
 */
export async function removeIfExists(
  path: string,
  options: Deno.RemoveOptions = {},
): Promise<boolean> {
  try {
    await Deno.remove(path, options);
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}
