/**
 * The JSR package is exactly the library: `deno publish --dry-run` (offline)
 * lists `mod.ts`, `lib/protocol/` without its tests and benches, the README,
 * the LICENSE and `deno.json`, and nothing of the daemon, the CLI, the demo
 * or the tests.
 *
 * @module
 */
import assert from "node:assert/strict";
import { fileURLToPath as fromFileUrl } from "node:url";

const ROOT = new URL("../", import.meta.url).href;

Deno.test("deno publish --dry-run lists only the library's files", async () => {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["publish", "--dry-run", "--allow-dirty"],
    cwd: fromFileUrl(ROOT),
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(output.stdout) + new TextDecoder().decode(output.stderr);
  assert.equal(output.code, 0, text);
  const files = [...text.matchAll(/^\s+(file:\/\/\S+)/gm)].map((m) => m[1].slice(ROOT.length));
  assert.ok(files.includes("mod.ts"), text);
  assert.ok(files.includes("lib/protocol/client.ts"), text);
  assert.ok(
    files.includes("lib/protocol/gen/ipc.js") && files.includes("lib/protocol/gen/ipc.d.ts"),
  );
  const library = (path: string): boolean =>
    ["mod.ts", "README.md", "LICENSE", "deno.json"].includes(path) ||
    (path.startsWith("lib/protocol/") && !/_(test|bench)\.ts$/.test(path));
  assert.deepEqual(files.filter((path) => !library(path)), []);
});
