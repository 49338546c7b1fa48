/**
 * The socket's directory: created 0700 when missing, and refused when it is
 * a shared place someone else controls (a `/tmp` directory squatted by
 * another user, or a symlink), since whoever owns the directory can replace
 * the socket. The folder of named instances' sockets
 * (`$XDG_RUNTIME_DIR/atlas-runner`) is checked the same way.
 *
 * @module
 */
import { dirname } from "node:path";
import { IpcError } from "../protocol/errors.ts";
import { fallbackSocketDirectory, instanceSocketDirectory } from "../util/paths.ts";

/**
 * Makes sure the socket's directory exists. The per-user fallback directory
 * (`/tmp/atlas-runner-<uid>`) and the named instances' folder
 * (`$XDG_RUNTIME_DIR/atlas-runner`) must be real directories owned by this
 * user with mode 0700; they are created so.
 *
 * @param socketPath The socket's path.
 * @throws {IpcError} `FAILED` when one of those directories is not safe.
 */
export async function ensureSocketDirectory(socketPath: string): Promise<void> {
  const dir = dirname(socketPath);
  try {
    await Deno.mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    if (!(error instanceof Deno.errors.AlreadyExists)) throw error;
  }
  if (dir !== fallbackSocketDirectory() && dir !== instanceSocketDirectory()) return;
  const info = await Deno.lstat(dir);
  const uid = Deno.uid();
  if (!info.isDirectory || info.isSymlink || (uid !== null && info.uid !== uid)) {
    throw new IpcError("FAILED", `The socket directory ${dir} is not a directory of this user`, {
      hint: "remove it, or set XDG_RUNTIME_DIR or --socket",
    });
  }
  if ((info.mode! & 0o077) !== 0) await Deno.chmod(dir, 0o700);
}
