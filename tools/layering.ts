/**
 * The layering rules of the tree, checked on the real module graph
 * (`deno info --json`), as std checks its own with `_tools/` scripts rather
 * than trust. `tests/layering_test.ts` runs them; run this file to list what
 * breaks them:
 *
 * ```sh
 * deno run --allow-read --allow-write --allow-run tools/layering.ts
 * ```
 *
 * The rules (the README's "Architecture" section explains the arrows):
 * - no import cycle anywhere (type-only and dynamic imports count too);
 * - `lib/util` imports nothing else from `lib/`;
 * - `lib/archive` and `lib/minecraft` import only `lib/util` and their own folder;
 * - `lib/daemon` never imports `lib/demo` (the demo set-up is injected);
 * - `lib/` code never imports `tests/`, except its `*_test.ts` and `*_bench.ts`;
 * - `tests/helpers/` imports only its own files and `tests/fixtures/`, and no
 *   file imports a `*_test.ts` or `*_bench.ts`: helpers point one way;
 * - a `_`-prefixed file is imported only from its own folder.
 *
 * @module
 */
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** One import, with repository-relative paths. */
export interface Edge {
  /** The importing module. */
  from: string;
  /** The imported module (`npm:`/`node:` specifiers as they are). */
  to: string;
  /** A runtime import (`import`/`export from`), not a type-only one. */
  runtime: boolean;
  /** A dynamic `import()`. */
  dynamic: boolean;
}

interface Dependency {
  specifier: string;
  code?: { specifier: string };
  type?: { specifier: string };
  isDynamic?: boolean;
}

interface ModuleInfo {
  specifier: string;
  dependencies?: Dependency[];
}

/** The folders whose modules make up the tree, besides `main.ts` and `mod.ts`. */
const TREE_FOLDERS = ["lib", "cmd", "tests", "tools"];

/**
 * The import graph of one entry module, as `deno info --json` reports it.
 *
 * @param root The repository's directory (holding `deno.json`).
 * @param entry The entry module, relative to `root` or absolute.
 * @returns Every edge between modules the entry reaches.
 */
export async function entryGraph(root: string, entry: string): Promise<Edge[]> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json", "--config", join(root, "deno.json"), entry],
    cwd: root,
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!output.success) {
    throw new Error(`deno info ${entry} failed:\n${new TextDecoder().decode(output.stderr)}`);
  }
  const info = JSON.parse(new TextDecoder().decode(output.stdout)) as { modules: ModuleInfo[] };
  const base = pathToFileURL(root.endsWith("/") ? root : `${root}/`).href;
  const name = (specifier: string) =>
    specifier.startsWith(base) ? specifier.slice(base.length) : specifier;
  const edges: Edge[] = [];
  for (const module of info.modules) {
    for (const dep of module.dependencies ?? []) {
      const target = dep.code?.specifier ?? dep.type?.specifier;
      if (!target) continue;
      edges.push({
        from: name(module.specifier),
        to: name(target),
        runtime: dep.code !== undefined,
        dynamic: dep.isDynamic === true,
      });
    }
  }
  return edges;
}

/**
 * The import graph of the whole tree: every `.ts` module of `lib/`, `cmd/`,
 * `tests/`, `tools/`, plus `main.ts` and `mod.ts`, test and bench files
 * included (one `deno info` over a temporary entry importing them all).
 *
 * @param root The repository's directory.
 * @returns Every edge between the tree's modules and to packages.
 */
export async function treeGraph(root: string): Promise<Edge[]> {
  const modules = ["main.ts", "mod.ts"];
  for (const folder of TREE_FOLDERS) modules.push(...await tsFiles(root, folder));
  const dir = await Deno.makeTempDir({ prefix: "atlas-layering-" });
  try {
    const entry = join(dir, "all.ts");
    const lines = modules.map((m) =>
      `import ${JSON.stringify(pathToFileURL(join(root, m)).href)};`
    );
    await Deno.writeTextFile(entry, lines.join("\n") + "\n");
    const edges = await entryGraph(root, entry);
    return edges.filter((e) => !e.from.startsWith("file://"));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

async function tsFiles(root: string, folder: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for await (const entry of Deno.readDir(join(root, dir))) {
      const path = posix.join(dir, entry.name);
      if (entry.isDirectory && entry.name !== "node_modules") await walk(path);
      else if (entry.isFile && path.endsWith(".ts") && !path.endsWith(".d.ts")) found.push(path);
    }
  };
  await walk(folder);
  return found.sort();
}

/**
 * Finds import cycles: one cycle (as a path that ends where it starts) per
 * group of modules that reach each other.
 *
 * @param edges The graph.
 * @returns The cycles, each like `["a.ts", "b.ts", "a.ts"]`.
 */
export function findCycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, []);
    next.get(from)!.push(to);
  }
  // Tarjan's strongly connected components, iteratively (deep graphs, no recursion limit).
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let counter = 0;
  for (const start of [...next.keys()].sort()) {
    if (index.has(start)) continue;
    const work: { node: string; i: number }[] = [{ node: start, i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = next.get(frame.node) ?? [];
      if (frame.i < targets.length) {
        const to = targets[frame.i++];
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, i: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.node);
        const selfLoop = (next.get(frame.node) ?? []).includes(frame.node);
        if (group.length > 1 || selfLoop) groups.push(group);
      }
    }
  }
  return groups.map((group) => cycleWithin(new Set(group), next));
}

/** A path from the group's first module (by name) back to itself, inside the group. */
function cycleWithin(group: Set<string>, next: Map<string, string[]>): string[] {
  const start = [...group].sort()[0];
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of next.get(node) ?? []) {
      if (!group.has(to)) continue;
      if (to === start) {
        const path: string[] = [];
        for (let at = node; at !== start; at = previous.get(at)!) path.unshift(at);
        return [start, ...path, start];
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

const isTestOrBench = (path: string): boolean =>
  path.endsWith("_test.ts") || path.endsWith("_bench.ts");

const inFolder = (path: string, folder: string): boolean => path.startsWith(`${folder}/`);

/**
 * Checks the folder rules of the module doc (all but cycles) on a graph.
 *
 * @param edges The graph.
 * @returns One sentence per edge that breaks a rule (none when all is well).
 */
export function folderViolations(edges: readonly Edge[]): string[] {
  const problems: string[] = [];
  for (const { from, to } of edges) {
    const arrow = `${from} → ${to}`;
    if (inFolder(from, "lib/util") && inFolder(to, "lib") && !inFolder(to, "lib/util")) {
      problems.push(`lib/util is a leaf and imports nothing else from lib/: ${arrow}`);
    }
    for (const leaf of ["lib/archive", "lib/minecraft"]) {
      if (
        inFolder(from, leaf) && inFolder(to, "lib") && !inFolder(to, leaf) &&
        !inFolder(to, "lib/util")
      ) {
        problems.push(`${leaf} imports only lib/util and its own files: ${arrow}`);
      }
    }
    if (inFolder(from, "lib/daemon") && inFolder(to, "lib/demo")) {
      problems.push(`lib/daemon never imports lib/demo (inject it from cmd/daemon.ts): ${arrow}`);
    }
    if (inFolder(from, "lib") && inFolder(to, "tests") && !isTestOrBench(from)) {
      problems.push(`lib/ code imports tests/ only from *_test.ts and *_bench.ts: ${arrow}`);
    }
    if (
      inFolder(from, "tests/helpers") && inFolder(to, "tests") &&
      !inFolder(to, "tests/helpers") && !inFolder(to, "tests/fixtures")
    ) {
      problems.push(`tests/helpers imports only its own files and tests/fixtures: ${arrow}`);
    }
    if (isTestOrBench(to) && !to.includes(":")) {
      problems.push(`nothing imports a test or bench file: ${arrow}`);
    }
    const file = posix.basename(to);
    if (
      file.startsWith("_") && !to.includes(":") && posix.dirname(to) !== posix.dirname(from)
    ) {
      problems.push(`${file} is private to ${posix.dirname(to)}/: ${arrow}`);
    }
  }
  return problems;
}

/**
 * Every layering problem of the tree at `root`: its cycles, then the edges
 * that break a folder rule.
 *
 * @param root The repository's directory.
 * @returns One sentence per problem (none when all is well).
 */
export async function treeViolations(root: string): Promise<string[]> {
  const edges = await treeGraph(root);
  const cycles = findCycles(edges).map((c) => `import cycle: ${c.join(" → ")}`);
  return [...cycles, ...folderViolations(edges)];
}

if (import.meta.main) {
  const root = relative(Deno.cwd(), dirname(dirname(fileURLToPath(import.meta.url)))) || ".";
  const problems = await treeViolations(Deno.realPathSync(root));
  // deno-lint-ignore no-console
  for (const problem of problems) console.log(problem);
  Deno.exitCode = problems.length === 0 ? 0 : 1;
}
