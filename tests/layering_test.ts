/**
 * Layering, checked on the real module graph (`deno info --json`), not on
 * trust: no import cycle anywhere, the folder rules of `tools/layering.ts`
 * (util a leaf, archive and minecraft on util only, no daemon → demo, no
 * lib → tests outside tests, `_` files private to their folder), client
 * commands never load daemon or demo code, `lib/protocol` knows nothing of
 * the daemon or the command line, and `mod.ts` exposes only `lib/protocol`.
 * The rules themselves are shown to fail: on fixture graphs, and on a copy
 * of the tree with a forbidden import planted in it.
 *
 * @module
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath as fromFileUrl } from "node:url";
import {
  type Edge,
  entryGraph,
  findCycles,
  folderViolations,
  treeGraph,
  treeViolations,
} from "../tools/layering.ts";
import { withTmpDir } from "./helpers/tmp.ts";

const ROOT: string = fromFileUrl(new URL("../", import.meta.url));

const graph = (entry: string): Promise<Edge[]> => entryGraph(ROOT, entry);

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
  const lazy = edges.filter((e) => e.from === "cmd/fast.ts" && e.to === "cmd/status.ts");
  assert.ok(lazy.length > 0 && lazy.every((e) => e.dynamic), "cmd/fast.ts imports status lazily");
  // Deno walks every string-literal import(), lazy ones included, before it
  // runs anything: main.ts reaches the commander program by a computed
  // specifier (a type-only edge here), so that walk stays off the fast path.
  const walked = new Set(["main.ts"]);
  const queue = ["main.ts"];
  while (queue.length > 0) {
    const from = queue.pop()!;
    for (const e of edges) {
      if (e.from === from && e.runtime && !walked.has(e.to)) queue.push(walked.add(e.to) && e.to);
    }
  }
  assert.deepEqual(
    [...walked].filter((p) => p.includes("commander") || p === "cmd/mod.ts" || isServerSide(p)),
    [],
  );
  assert.ok(edges.some((e) => e.from === "main.ts" && e.to === "cmd/mod.ts" && !e.runtime));
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

Deno.test("the tree has no import cycle and keeps the folder rules", async () => {
  const edges = await treeGraph(ROOT);
  // The sanity check that the walk sees the whole tree, tests and tools included.
  for (
    const path of ["lib/util/bytes.ts", "cmd/mod.ts", "tests/helpers/tmp.ts", "tools/layering.ts"]
  ) {
    assert.ok(edges.some((e) => e.from === path || e.to === path), `${path} is in the graph`);
  }
  assert.deepEqual(findCycles(edges), []);
  assert.deepEqual(folderViolations(edges), []);
});

/** A fixture edge (a runtime, static import). */
const edge = (from: string, to: string): Edge => ({ from, to, runtime: true, dynamic: false });

Deno.test("findCycles() reports each cycle once, as a path back to its start", () => {
  const cycles = findCycles([
    edge("a.ts", "b.ts"),
    edge("b.ts", "c.ts"),
    edge("c.ts", "a.ts"),
    edge("c.ts", "d.ts"),
    edge("e.ts", "e.ts"),
    { from: "f.ts", to: "g.ts", runtime: false, dynamic: false },
    { from: "g.ts", to: "f.ts", runtime: true, dynamic: true },
  ]);
  assert.deepEqual(cycles.map((c) => c.join(" → ")).sort(), [
    "a.ts → b.ts → c.ts → a.ts",
    "e.ts → e.ts",
    "f.ts → g.ts → f.ts",
  ]);
  assert.deepEqual(findCycles([edge("a.ts", "b.ts"), edge("b.ts", "c.ts")]), []);
});

Deno.test("folderViolations() flags each forbidden arrow and lets the allowed ones pass", () => {
  const forbidden: [string, string, RegExp][] = [
    ["lib/util/bytes.ts", "lib/protocol/errors.ts", /lib\/util is a leaf/],
    ["lib/archive/pack.ts", "lib/daemon/mod.ts", /lib\/archive imports only lib\/util/],
    ["lib/minecraft/rcon.ts", "lib/daemon/console/service.ts", /lib\/minecraft imports only/],
    ["lib/minecraft/rcon.ts", "lib/protocol/errors.ts", /lib\/minecraft imports only/],
    ["lib/daemon/mod.ts", "lib/demo/mod.ts", /never imports lib\/demo/],
    ["lib/daemon/backup/service.ts", "tests/helpers/tmp.ts", /only from \*_test.ts/],
    ["tests/helpers/daemon.ts", "tests/shared_state.ts", /tests\/helpers imports only/],
    ["tests/cli_daemon_test.ts", "tests/backup_create_test.ts", /nothing imports a test/],
    ["lib/protocol/client.ts", "lib/util/_private.ts", /private to lib\/util\//],
    ["cmd/status.ts", "lib/protocol/_session.ts", /_session.ts is private to lib\/protocol\//],
  ];
  for (const [from, to, why] of forbidden) {
    const problems = folderViolations([edge(from, to)]);
    assert.equal(problems.length, 1, `${from} → ${to}: ${problems.join("; ")}`);
    assert.match(problems[0], why);
    assert.ok(problems[0].endsWith(`${from} → ${to}`), problems[0]);
  }
  const allowed: [string, string][] = [
    ["lib/util/temp.ts", "lib/util/bytes.ts"],
    ["lib/util/temp.ts", "npm:/@logtape/logtape@2.4.2"],
    ["lib/archive/pack.ts", "lib/util/bytes.ts"],
    ["lib/minecraft/slp.ts", "lib/minecraft/slp_codec.ts"],
    ["lib/daemon/mod.ts", "lib/protocol/server.ts"],
    ["lib/daemon/backup/store_test.ts", "tests/helpers/tmp.ts"],
    ["tests/helpers/cli.ts", "tests/helpers/child.ts"],
    ["tests/helpers/protocol.ts", "tests/fixtures/ipc_server_child.ts"],
    ["lib/demo/spam_bench.ts", "tests/helpers/demo.ts"],
    ["lib/protocol/client.ts", "lib/protocol/_session.ts"],
    ["cmd/daemon.ts", "lib/demo/mod.ts"],
  ];
  for (const [from, to] of allowed) assert.deepEqual(folderViolations([edge(from, to)]), []);
});

Deno.test("treeViolations() fails on a forbidden import planted in a copy of the tree", async () => {
  await using tmp = await withTmpDir("atlas-layering-copy-");
  for (
    const name of ["lib", "cmd", "tests", "tools", "main.ts", "mod.ts", "deno.json", "deno.lock"]
  ) {
    await copy(join(ROOT, name), join(tmp.path, name));
  }
  assert.deepEqual(await treeViolations(tmp.path), [], "the copy is clean before the plant");
  // The leaf now reaches into the daemon, which imports it back: two rules break.
  const planted = join(tmp.path, "lib/util/bytes.ts");
  await Deno.writeTextFile(
    planted,
    `import "../daemon/operation_lock.ts";\n${await Deno.readTextFile(planted)}`,
  );
  await Deno.writeTextFile(
    join(tmp.path, "lib/daemon/operation_lock.ts"),
    `import "../util/bytes.ts";\n` +
      await Deno.readTextFile(join(tmp.path, "lib/daemon/operation_lock.ts")),
  );
  const problems = await treeViolations(tmp.path);
  assert.deepEqual(problems, [
    "import cycle: lib/daemon/operation_lock.ts → lib/util/bytes.ts → lib/daemon/operation_lock.ts",
    "lib/util is a leaf and imports nothing else from lib/: lib/util/bytes.ts → lib/daemon/operation_lock.ts",
  ]);
});

/** Copies a file or a folder tree (regular files and folders only). */
async function copy(from: string, to: string): Promise<void> {
  const info = await Deno.stat(from);
  if (info.isFile) return await Deno.copyFile(from, to);
  await Deno.mkdir(to, { recursive: true });
  for await (const entry of Deno.readDir(from)) {
    if (entry.name === "node_modules") continue;
    await copy(join(from, entry.name), join(to, entry.name));
  }
}
