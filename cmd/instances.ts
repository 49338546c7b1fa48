/**
 * The servers on this machine, as `atlas-runner list` and the completion of
 * `-s/--server` see them: named sockets in the runtime directory, the
 * unnamed (default) socket, and named config files whose daemon is not
 * running. Found from the file system only; asking each daemon is
 * `list.ts`'s job.
 *
 * @module
 */
import { basename, join } from "node:path";
import {
  configDirectory,
  defaultSocketPath,
  type EnvReader,
  instanceDefaults,
  instanceNameProblem,
  instanceSocketDirectory,
} from "../lib/util/paths.ts";

/** One server found on this machine. */
export interface FoundInstance {
  /** Its name, `null` for the unnamed (default) one. */
  name: string | null;
  /** Its socket (which may not exist). */
  socketPath: string;
  /** Its config file, when one exists. */
  configPath: string | null;
}

/**
 * Finds every server on this machine: the unnamed one first, then the named
 * ones by name. A named one is found by its socket
 * (`$XDG_RUNTIME_DIR/atlas-runner/NAME.sock`) or by its config file
 * (`$XDG_CONFIG_HOME/atlas-runner/NAME.json`), whichever exists.
 *
 * @param defaultSocket The unnamed server's socket (`ATLAS_RUNNER_SOCKET`
 *   when set, else the default path).
 * @param env Where to read the XDG variables and `HOME` (the command's
 *   injected environment).
 * @returns The servers.
 */
export async function findInstances(
  defaultSocket?: string,
  env?: EnvReader,
): Promise<FoundInstance[]> {
  defaultSocket ??= defaultSocketPath(env);
  const [sockets, configs] = await Promise.all([
    namesIn(instanceSocketDirectory(env), ".sock", (entry) => !entry.isFile && !entry.isDirectory),
    namesIn(configDirectory(env), ".json", (entry) => entry.isFile || entry.isSymlink),
  ]);
  const defaultConfig = join(configDirectory(env), "config.json");
  const found: FoundInstance[] = [{
    name: null,
    socketPath: defaultSocket,
    configPath: await exists(defaultConfig) ? defaultConfig : null,
  }];
  for (const name of [...new Set([...sockets, ...configs])].sort()) {
    const paths = instanceDefaults(name, env);
    if (paths.socketPath === defaultSocket) continue;
    found.push({
      name,
      socketPath: paths.socketPath,
      configPath: configs.includes(name) ? paths.configPath : null,
    });
  }
  return found;
}

/** The valid instance names of the files in `dir` ending in `suffix`. */
async function namesIn(
  dir: string,
  suffix: string,
  keep: (entry: Deno.DirEntry) => boolean,
): Promise<string[]> {
  const names: string[] = [];
  try {
    for await (const entry of Deno.readDir(dir)) {
      if (!entry.name.endsWith(suffix) || !keep(entry)) continue;
      const name = basename(entry.name, suffix);
      if (instanceNameProblem(name) === undefined) names.push(name);
    }
  } catch (error) {
    // No such folder yet (nothing was ever started or configured): no names.
    if (error instanceof Deno.errors.NotFound || error instanceof Deno.errors.NotADirectory) {
      return [];
    }
    throw error;
  }
  return names;
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}
