/**
 * The completion scripts, run in the real shells: bash (`COMP_WORDS` and
 * the completion function), fish (`complete -C`), zsh (the function with
 * zsh's completion builtins replaced by printers, since completion proper
 * needs an interactive line editor). A shell that is not installed skips its
 * test. The last test completes backup ids from a live daemon.
 *
 * Kind: subprocess: the shells run the real `main.ts` (the scripts are built
 * in-process).
 *
 * @module
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { completionScript, type Shell } from "../cmd/completions.ts";
import { buildProgram } from "../cmd/mod.ts";
import { cliCommand, memoryIo } from "./helpers/cli.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { withTmpDir } from "./helpers/tmp.ts";

async function installed(shell: string): Promise<boolean> {
  try {
    const out = await new Deno.Command(shell, {
      args: ["-c", "exit 0"],
      stdout: "null",
      stderr: "null",
    })
      .output();
    return out.success;
  } catch {
    // Not installed: the test for this shell is skipped, which is reported.
    return false;
  }
}

async function writeScript(dir: string, shell: Shell): Promise<string> {
  const path = join(dir, `atlas-runner.${shell}`);
  await Deno.writeTextFile(path, completionScript(buildProgram(memoryIo()), shell));
  return path;
}

async function run(
  shell: string,
  script: string,
  env: Record<string, string> = {},
): Promise<string> {
  const out = await new Deno.Command(shell, { args: ["-c", script], env }).output();
  const stderr = new TextDecoder().decode(out.stderr);
  assert.equal(out.code, 0, stderr);
  assert.equal(stderr, "");
  return new TextDecoder().decode(out.stdout);
}

/** [words typed, the word being completed (last), expected subset, words that must not appear] */
const CASES: [string[], string[], string[]][] = [
  [["atlas-runner", ""], ["status", "start", "backup", "config", "completions", "--debug"], [
    "__complete",
    "help",
    "create",
  ]],
  [["atlas-runner", "ba"], ["backup"], ["status"]],
  [["atlas-runner", "backup", ""], ["create", "list", "restore", "--help"], ["status"]],
  [["atlas-runner", "logs", "-"], ["-n", "--lines", "-f", "--follow", "--json", "--socket"], [
    "--watch",
  ]],
  [["atlas-runner", "--socket", "/x.sock", "st"], ["status", "start", "stop"], ["send"]],
  [["atlas-runner", "logs", "-n", "5", "--"], ["--follow"], []],
  [["atlas-runner", "completions", ""], ["bash", "zsh", "fish"], ["status"]],
  [["atlas-runner", "config", "set", "--"], ["--file", "--json", "--socket"], ["--yes"]],
  [["atlas-runner", "backup", "restore", "--"], ["--yes", "--json"], []],
  [["atlas-runner", "status", "--"], ["--server", "--socket", "--json"], ["--debug"]],
  [["atlas-runner", "-s", "lobby", "st"], ["status", "start", "stop"], ["send"]],
];

const bash = await installed("bash");

Deno.test({
  name: "completionScript('bash') completes commands, flags and choices in bash",
  ignore: !bash,
  async fn() {
    await using dir = await withTmpDir();
    const script = await writeScript(dir.path, "bash");
    for (const [words, expected, absent] of CASES) {
      const quoted = words.map((w) => `'${w}'`).join(" ");
      const output = await run(
        "bash",
        `source '${script}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; ` +
          `_atlas_runner; printf '%s\\n' "\${COMPREPLY[@]}"`,
      );
      const got = output.split("\n").filter(Boolean);
      for (const word of expected) assert.ok(got.includes(word), `${words.join(" ")} → ${got}`);
      for (const word of absent) assert.ok(!got.includes(word), `${words.join(" ")} → ${got}`);
    }
  },
});

Deno.test({
  name: "completionScript('bash') completes file names after --socket and nothing after -n",
  ignore: !bash,
  async fn() {
    await using dir = await withTmpDir();
    const script = await writeScript(dir.path, "bash");
    await Deno.writeTextFile(join(dir.path, "daemon.sock"), "");
    const complete = (words: string[]) =>
      run(
        "bash",
        `source '${script}'; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); ` +
          `COMP_CWORD=${words.length - 1}; _atlas_runner; printf '%s\\n' "\${COMPREPLY[@]}"`,
      );
    assert.equal(
      await complete(["atlas-runner", "status", "--socket", join(dir.path, "dae")]),
      `${join(dir.path, "daemon.sock")}\n`,
    );
    assert.equal(await complete(["atlas-runner", "logs", "-n", ""]), "\n");
  },
});

const fish = await installed("fish");

Deno.test({
  name: "completionScript('fish') completes commands, flags and choices in fish",
  ignore: !fish,
  async fn() {
    await using dir = await withTmpDir();
    const script = await writeScript(dir.path, "fish");
    for (const [words, expected, absent] of CASES) {
      const line = words.join(" ");
      const output = await run("fish", `source '${script}'; complete -C '${line}'`, {
        HOME: dir.path,
        XDG_CONFIG_HOME: dir.path,
      });
      // complete -C prints "candidate<TAB>description" lines; fish offers
      // flags only once a "-" is typed.
      const got = output.split("\n").filter(Boolean).map((l) => l.split("\t")[0]);
      const typed = words.at(-1)!;
      const offered = expected.filter((w) => typed.startsWith("-") || !w.startsWith("-"));
      for (const word of offered) assert.ok(got.includes(word), `${line} → ${got}`);
      for (const word of absent) assert.ok(!got.includes(word), `${line} → ${got}`);
    }
  },
});

const zsh = await installed("zsh");

Deno.test({
  name: "completionScript('zsh') offers the right words for each command path",
  ignore: !zsh,
  async fn() {
    await using dir = await withTmpDir();
    const script = await writeScript(dir.path, "zsh");
    // zsh's completion builtins only work inside its line editor; these
    // stand-ins print what the function hands them.
    const harness = [
      "compdef() { :; }",
      // Like the real one, it offers only what matches the word typed.
      `_describe() { local -a arr; arr=("\${(@P)\${@[-1]}}"); arr=("\${arr[@]%%:*}"); ` +
      `print -l -- "\${(M)arr[@]:#\${words[CURRENT]}*}"; }`,
      "_files() { print -- FILES; }",
      `compadd() { shift; print -l -- "\${(@P)1}"; }`,
      `source '${script}'`,
    ].join("\n");
    for (const [words, expected, absent] of CASES) {
      const array = words.map((w) => `'${w}'`).join(" ");
      const output = await run(
        "zsh",
        `${harness}\nwords=(${array}); CURRENT=${words.length}; _atlas_runner`,
      );
      const got = output.split("\n").filter(Boolean).map((w) => w.replaceAll("\\:", ":"));
      for (const word of expected) assert.ok(got.includes(word), `${words.join(" ")} → ${got}`);
      for (const word of absent) assert.ok(!got.includes(word), `${words.join(" ")} → ${got}`);
    }
  },
});

Deno.test({
  name: "completion scripts complete backup ids from a live daemon (bash, fish)",
  ignore: !bash,
  async fn() {
    await using daemon = await startDaemon({ startServer: true });
    const client = await daemon.client();
    const ids = [
      (await client.createBackup({ name: "one" })).backupId,
      (await client.createBackup({ name: "two" })).backupId,
    ].sort();
    await using dir = await withTmpDir();
    // The scripts call `atlas-runner` from PATH: here, this source tree.
    const bin = join(dir.path, "bin");
    await Deno.mkdir(bin);
    const quoted = cliCommand([]).map((w) => `'${w}'`).join(" ");
    await Deno.writeTextFile(join(bin, "atlas-runner"), `#!/bin/sh\nexec ${quoted} "$@"\n`);
    await Deno.chmod(join(bin, "atlas-runner"), 0o755);
    const env = {
      PATH: `${bin}:${Deno.env.get("PATH")}`,
      HOME: dir.path,
      XDG_CONFIG_HOME: dir.path,
    };
    const words = ["atlas-runner", "backup", "restore", "--socket", daemon.socketPath, ""];

    const bashScript = await writeScript(dir.path, "bash");
    const fromBash = await run(
      "bash",
      `source '${bashScript}'; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); ` +
        `COMP_CWORD=${words.length - 1}; _atlas_runner; printf '%s\\n' "\${COMPREPLY[@]}"`,
      env,
    );
    assert.deepEqual(fromBash.split("\n").filter(Boolean).sort(), ids);

    if (fish) {
      const fishScript = await writeScript(dir.path, "fish");
      const fromFish = await run(
        "fish",
        `source '${fishScript}'; complete -C '${words.join(" ")}'`,
        env,
      );
      const got = fromFish.split("\n").filter(Boolean).map((l) => l.split("\t")[0]).sort();
      assert.deepEqual(got, ids);
    }
  },
});

Deno.test({
  name: "completion scripts offer server names after -s/--server (bash, zsh, fish)",
  ignore: !bash,
  async fn() {
    await using dir = await withTmpDir();
    // Two named servers known by their config files, one by its socket.
    const configs = join(dir.path, "config", "atlas-runner");
    await Deno.mkdir(configs, { recursive: true });
    await Deno.writeTextFile(join(configs, "lobby.json"), "{}");
    await Deno.writeTextFile(join(configs, "survival.json"), "{}");
    await Deno.writeTextFile(join(configs, "config.json"), "{}");
    const runtime = join(dir.path, "run");
    await Deno.mkdir(join(runtime, "atlas-runner"), { recursive: true });
    using _socket = Deno.listen({
      transport: "unix",
      path: join(runtime, "atlas-runner", "arena.sock"),
    });
    const bin = join(dir.path, "bin");
    await Deno.mkdir(bin);
    const quoted = cliCommand([]).map((w) => `'${w}'`).join(" ");
    await Deno.writeTextFile(join(bin, "atlas-runner"), `#!/bin/sh\nexec ${quoted} "$@"\n`);
    await Deno.chmod(join(bin, "atlas-runner"), 0o755);
    const env = {
      PATH: `${bin}:${Deno.env.get("PATH")}`,
      HOME: dir.path,
      XDG_CONFIG_HOME: join(dir.path, "config"),
      XDG_RUNTIME_DIR: runtime,
    };
    const names = ["arena", "lobby", "survival"];
    const words = ["atlas-runner", "status", "-s", ""];
    const bashScript = await writeScript(dir.path, "bash");
    const fromBash = await run(
      "bash",
      `source '${bashScript}'; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); ` +
        `COMP_CWORD=${words.length - 1}; _atlas_runner; printf '%s\\n' "\${COMPREPLY[@]}"`,
      env,
    );
    assert.deepEqual(fromBash.split("\n").filter(Boolean).sort(), names);
    if (zsh) {
      const zshScript = await writeScript(dir.path, "zsh");
      const fromZsh = await run(
        "zsh",
        `compdef() { :; }\ncompadd() { shift; print -l -- "\${(@P)1}"; }\nsource '${zshScript}'\n` +
          `words=('atlas-runner' '--server' ''); CURRENT=3; _atlas_runner`,
        env,
      );
      assert.deepEqual(fromZsh.split("\n").filter(Boolean).sort(), names);
    }
    if (fish) {
      const fishScript = await writeScript(dir.path, "fish");
      const fromFish = await run(
        "fish",
        `source '${fishScript}'; complete -C 'atlas-runner -s '`,
        env,
      );
      const got = fromFish.split("\n").filter(Boolean).map((l) => l.split("\t")[0]).sort();
      assert.deepEqual(got, names);
    }
  },
});
