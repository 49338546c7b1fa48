/**
 * Layering, checked on the real module graph (`deno info --json`), not on
 * trust: client commands never load daemon or demo code, `lib/protocol`
 * knows nothing of the daemon or the command line, and `mod.ts` exposes
 * only `lib/protocol`.
 *
 * @module
 */
import assert from "node:assert/strict";
import { fileURLToPath as fromFileUrl } from "node:url";

const ROOT = new URL("../", import.meta.url).href;

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

/** One edge of the graph, with repository-relative paths. */
interface Edge {
  from: string;
  to: string;
  /** A runtime import (`import`/`export from`), not a type-only one. */
  runtime: boolean;
  dynamic: boolean;
}

async function graph(entry: string): Promise<Edge[]> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json", entry],
    cwd: fromFileUrl(ROOT),
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(output.code, 0, new TextDecoder().decode(output.stderr));
  const info = JSON.parse(new TextDecoder().decode(output.stdout)) as { modules: ModuleInfo[] };
  const edges: Edge[] = [];
  for (const module of info.modules) {
    for (const dep of module.dependencies ?? []) {
      const target = dep.code?.specifier ?? dep.type?.specifier;
      if (!target) continue;
      edges.push({
        from: relative(module.specifier),
        to: relative(target),
        runtime: dep.code !== undefined,
        dynamic: dep.isDynamic === true,
      });
    }
  }
  return edges;
}

function relative(specifier: string): string {
  return specifier.startsWith(ROOT) ? specifier.slice(ROOT.length) : specifier;
}

/** Every module `entry` loads at start-up: static runtime imports, transitively. */
function staticallyLoaded(edges: Edge[], entry: string): Set<string> {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    const from = queue.pop()!;
    for (const edge of edges) {
      if (edge.from === from && edge.runtime && !edge.dynamic && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return seen;
}

const isServerSide = (path: string): boolean =>
  path.startsWith("lib/daemon/") || path.startsWith("lib/demo/");

Deno.test("main.ts loads no daemon or demo code at start-up", async () => {
  const edges = await graph("main.ts");
  // What `status` loads: main.ts, then the fast path's lazy cmd/status.ts.
  const loaded = [
    ...staticallyLoaded(edges, "main.ts"),
    ...staticallyLoaded(edges, "cmd/status.ts"),
  ];
  assert.deepEqual(loaded.filter(isServerSide), []);
  // The sanity check that the walk sees the client path at all.
  assert.ok(loaded.includes("lib/protocol/client.ts"), loaded.join("\n"));
});

Deno.test("main.ts and cmd/ reach daemon and demo code only through the lazy imports", async () => {
  const edges = await graph("main.ts");
  const offending = edges.filter((e) =>
    (e.from === "main.ts" || e.from.startsWith("cmd/")) && isServerSide(e.to) &&
    !(e.dynamic && (e.from === "cmd/daemon.ts" || e.from === "cmd/demo_server.ts"))
  );
  assert.deepEqual(offending, []);
  const lazy = edges.filter((e) => e.from === "cmd/daemon.ts" && e.to === "lib/daemon/mod.ts");
  assert.ok(
    lazy.length > 0 && lazy.every((e) => e.dynamic),
    "cmd/daemon.ts imports lib/daemon lazily",
  );
});

Deno.test("lib/protocol imports nothing from lib/daemon, lib/demo or cmd", async () => {
  for (const entry of ["main.ts", "mod.ts"]) {
    const edges = await graph(entry);
    const offending = edges.filter((e) =>
      e.from.startsWith("lib/protocol/") &&
      (isServerSide(e.to) || e.to.startsWith("cmd/") || e.to === "main.ts")
    );
    assert.deepEqual(offending, [], `in the graph of ${entry}`);
  }
});

Deno.test("mod.ts loads only lib/protocol (and its npm packages)", async () => {
  const edges = await graph("mod.ts");
  const local = [...staticallyLoaded(edges, "mod.ts")].filter((p) =>
    !p.startsWith("npm:") && !p.startsWith("node:") && p !== "mod.ts"
  );
  assert.deepEqual(local.filter((p) => !p.startsWith("lib/protocol/")), []);
});

Deno.test("main.ts loads neither commander nor LogTape at start-up: status and --version run on the fast path", async () => {
  const edges = await graph("main.ts");
  const heavy = (p: string): boolean => p.includes("commander") || p.includes("logtape");
  // --version: nothing of the client either.
  const loaded = [...staticallyLoaded(edges, "main.ts")];
  assert.deepEqual(loaded.filter((p) => heavy(p) || p.includes("protobufjs")), []);
  // status: the client, still without commander or LogTape.
  const status = [...staticallyLoaded(edges, "cmd/status.ts")];
  assert.ok(status.includes("lib/protocol/client.ts"), status.join("\n"));
  assert.deepEqual(status.filter(heavy), []);
  for (const [from, to] of [["main.ts", "cmd/mod.ts"], ["cmd/fast.ts", "cmd/status.ts"]]) {
    const lazy = edges.filter((e) => e.from === from && e.to === to);
    assert.ok(lazy.length > 0 && lazy.every((e) => e.dynamic), `${from} imports ${to} lazily`);
  }
});
