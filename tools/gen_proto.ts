// deno-lint-ignore-file no-console -- a build script reports on stderr
/**
 * Regenerates `lib/protocol/gen/ipc.js` and `ipc.d.ts` from `proto/*.proto`
 * with protobufjs-cli (`deno task gen`), or with `--check` verifies that the
 * checked-in files are exactly what the generator writes now
 * (`deno task gen:check`, part of `deno task check`).
 *
 * Two deterministic fix-ups follow the generator, so that the output works
 * under Deno and publishes to JSR with types:
 * - the module gets a `// @ts-self-types="./ipc.d.ts"` header;
 * - the declaration's `import Long = require("long")` (CommonJS syntax that
 *   Deno's type checker and JSR's no-slow-types check refuse in an ES module)
 *   becomes `import type Long from "long"`.
 *
 * @module
 */

const PBJS = "npm:protobufjs-cli@2.7.1/pbjs";
const root = new URL("../", import.meta.url);
const protoDir = new URL("proto/", root).pathname;
const genDir = new URL("lib/protocol/gen/", root).pathname;
const protos = ["ipc.proto", "common.proto"].map((f) => protoDir + f);

async function generate(outDir: string): Promise<void> {
  const out = `${outDir}/ipc.js`;
  const cmd = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--allow-read",
      "--allow-write",
      "--allow-env",
      "--allow-sys",
      "--allow-run",
      "--node-modules-dir=auto",
      PBJS,
      "-t",
      "static-module",
      "-w",
      "esm",
      "--dependency",
      "protobufjs/minimal.js",
      "-p",
      protoDir,
      "-o",
      out,
      "-d",
      ...protos,
    ],
    cwd: root.pathname,
    stdout: "inherit",
    stderr: "inherit",
  });
  const { code } = await cmd.output();
  if (code !== 0) throw new Error(`pbjs exited with code ${code}`);
  const js = await Deno.readTextFile(out);
  await Deno.writeTextFile(out, `// @ts-self-types="./ipc.d.ts"\n${js}`);
  const dtsPath = `${outDir}/ipc.d.ts`;
  const dts = await Deno.readTextFile(dtsPath);
  const fixed = documentDeclarations(
    dts.replace('import Long = require("long");', 'import type { Long } from "../messages.ts";'),
  );
  await Deno.writeTextFile(dtsPath, fixed);
}

/**
 * Adds the JSDoc that `deno doc --lint mod.ts` asks for and pbts leaves out:
 * on each message's namespace (its `$Properties`/`$Shape` types) and on the
 * second overload of `create`.
 */
function documentDeclarations(dts: string): string {
  return dts
    .replace(
      /\n\n(\s*)namespace (\w+) \{/g,
      (_, indent, name) =>
        `\n\n${indent}/** Types that belong to {@link ${name}}. */\n${indent}namespace ${name} {`,
    )
    .replace(
      /(\n(\s*)static create\(properties: ([\w.]+)\.\$Shape\): [^\n]*\n)(\s*static create\(properties\?)/g,
      (_, first, indent, type, second) =>
        `${first}${indent}/** Creates a new ${
          type.split(".").pop()
        } instance using the specified properties. */\n${second}`,
    );
}

if (Deno.args.includes("--check")) {
  const tmp = await Deno.makeTempDir({ prefix: "atlas-gen-" });
  try {
    await generate(tmp);
    let stale = false;
    for (const name of ["ipc.js", "ipc.d.ts"]) {
      const want = await Deno.readTextFile(`${tmp}/${name}`);
      const have = await Deno.readTextFile(genDir + name).catch(() => "");
      if (want !== have) {
        console.error(`lib/protocol/gen/${name} is stale: run \`deno task gen\``);
        stale = true;
      }
    }
    if (stale) Deno.exit(1);
    console.error("lib/protocol/gen/ is up to date");
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
} else {
  await generate(genDir);
  console.error("wrote lib/protocol/gen/ipc.js and ipc.d.ts");
}
