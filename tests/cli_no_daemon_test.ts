/**
 * The command line without a daemon: every client command exits 3 with the
 * "no daemon" message, usage errors exit 2 with `error:`/`hint:`, and the
 * socket path follows flag > environment > default.
 *
 * Kind: in-process tables. The cases run the CLI in this process
 * (`runCliInProcess`: injected argv, environment and streams, the exit code
 * returned); what only a process shows is in `cli_process_test.ts`.
 *
 * @module
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { withTmpDir } from "./helpers/tmp.ts";
import { type CliResult, runCliInProcess, type RunCliInProcessOptions } from "./helpers/cli.ts";

/**
 * Runs cases a few at a time. Every case runs to its end even when one
 * fails, so nothing outlives the test; the failures are reported together.
 */
async function runAll<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const failures: unknown[] = [];
  const worker = async (): Promise<void> => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      await run(item).catch((error) => failures.push(error));
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) throw new AggregateError(failures, failures.map(String).join("\n\n"));
}

function show(args: string[], result: CliResult): string {
  return `atlas-runner ${
    args.join(" ")
  } → ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`;
}

const CLIENT_COMMANDS: string[][] = [
  ["status"],
  ["status", "--json"],
  ["status", "--watch"],
  ["start"],
  ["start", "--no-wait", "--json"],
  ["stop"],
  ["stop", "--force", "--timeout", "5"],
  ["restart"],
  ["send", "say", "hello"],
  ["console"],
  ["logs"],
  ["logs", "-f", "-n", "5"],
  ["backup", "create", "nightly"],
  ["backup", "list", "--json"],
  ["backup", "restore", "some-id", "--yes"],
  ["update", "--channel", "snapshot"],
  ["config", "get"],
  ["config", "get", "server.jar"],
  ["config", "set", "backups.keep", "5"],
  ["ping"],
  ["__complete", "backup-ids"],
];

Deno.test("every client command exits 3 with the no-daemon message when nothing listens", async () => {
  await using dir = await withTmpDir();
  const socket = join(dir.path, "absent.sock");
  await runAll(CLIENT_COMMANDS, async (args) => {
    const result = await runCliInProcess([...args, "--socket", socket]);
    assert.equal(result.code, 3, show(args, result));
    assert.equal(result.stdout, "", show(args, result));
    assert.equal(
      result.stderr,
      `error: no daemon is listening on ${socket}\nhint: start one with: atlas-runner daemon\n`,
      show(args, result),
    );
  });
});

/** [argv, exit code, a line stderr must contain] */
const USAGE_CASES: [string[], number, string][] = [
  [["status", "--jsn"], 2, "error: unknown option '--jsn'\nhint: did you mean --json?"],
  [["statu"], 2, "error: unknown command 'statu'\nhint: did you mean status?"],
  [["backup", "lst"], 2, "error: unknown command 'lst'\nhint: did you mean list?"],
  [["backup"], 2, "Usage: atlas-runner backup [options] [command]"],
  [["send"], 2, "error: missing required argument 'command'\nhint: see: atlas-runner send --help"],
  [
    ["logs", "-n", "many"],
    2,
    'error: --lines must be a whole number from 1 to 1000000, not "many"',
  ],
  [["status", "--watch", "--interval", "0"], 2, "error: --interval must be a whole number"],
  [["logs", "-n", "0"], 2, "error: --lines must be a whole number from 1"],
  [["stop", "--timeout", "-1"], 2, "error: --timeout must be a whole number"],
  [["completions", "powershell"], 2, 'error: unknown shell "powershell": choose bash, zsh or fish'],
  [["config", "set", "backups.keep"], 2, "error: config set needs a KEY and a VALUE"],
  [["config", "set", "a", "1", "--file", "x.json"], 2, "error: give either KEY VALUE or --file"],
  [["config", "get", "a..b"], 2, 'error: "a..b" is not a config key'],
  [["config", "set", "--file", "/nonexistent/x.json"], 2, "error: cannot read /nonexistent/x.json"],
  [
    ["backup", "restore", "some-id"],
    2,
    "error: refusing to restore without confirmation: stdin is not a terminal\n" +
    "hint: pass --yes to confirm: atlas-runner backup restore some-id --yes",
  ],
  [["__complete", "players"], 2, 'error: cannot complete "players"'],
];

Deno.test("usage errors exit 2 with error and hint on stderr and nothing on stdout", async () => {
  await using dir = await withTmpDir();
  const socket = join(dir.path, "absent.sock");
  await runAll(USAGE_CASES, async ([args, code, expected]) => {
    const result = await runCliInProcess(args, { env: { ATLAS_RUNNER_SOCKET: socket } });
    assert.equal(result.code, code, show(args, result));
    assert.ok(result.stderr.includes(expected), show(args, result));
    assert.equal(result.stdout, "", show(args, result));
  });
});

Deno.test("config set --file refuses a file that is not a JSON object", async () => {
  await using dir = await withTmpDir();
  const cases: [string, string][] = [
    ["{not json", "is not valid JSON"],
    ["[1, 2]", "must hold a JSON object"],
  ];
  for (const [content, expected] of cases) {
    const file = join(dir.path, "patch.json");
    await Deno.writeTextFile(file, content);
    const result = await runCliInProcess([
      "config",
      "set",
      "--file",
      file,
      "--socket",
      join(dir.path, "x"),
    ]);
    assert.equal(result.code, 2, show(["config", "set", "--file", file], result));
    assert.ok(result.stderr.includes(expected), result.stderr);
  }
});

Deno.test("help, --version, version and completions work without a daemon", async () => {
  await using dir = await withTmpDir();
  const socket = join(dir.path, "absent.sock");
  const cases: [string[], (r: CliResult) => void][] = [
    [["--help"], (r) => assert.match(r.stdout, /^Usage: atlas-runner \[options\] \[command\]/)],
    [["status", "--help"], (r) => assert.match(r.stdout, /--watch/)],
    [["--version"], (r) => assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/)],
    [["version", "--socket", socket], (r) => {
      assert.match(
        r.stdout,
        /^atlas-runner \d+\.\d+\.\d+\nprotocol {5}runner-ipc-v2 \(version 2\)\n/,
      );
      assert.ok(r.stdout.includes(`daemon       not reachable at ${socket}`), r.stdout);
    }],
    [["version", "--json", "--socket", socket], (r) => {
      const json = JSON.parse(r.stdout);
      assert.equal(json.protocol, "runner-ipc-v2");
      assert.equal(json.protocolVersion, 2);
      assert.match(json.cli, /^\d+\.\d+\.\d+$/);
      assert.deepEqual(json.daemon, {
        socket,
        reachable: false,
        version: null,
        protocolVersion: null,
        features: [],
        roundTripMs: null,
        serverVersion: null,
        serverState: null,
      });
    }],
    [
      ["completions", "bash"],
      (r) => assert.match(r.stdout, /complete -F _atlas_runner atlas-runner\n$/),
    ],
    [["completions", "zsh"], (r) => assert.match(r.stdout, /^#compdef atlas-runner\n/)],
    [["completions", "fish"], (r) => assert.match(r.stdout, /complete -c atlas-runner -f\n/)],
  ];
  await runAll(cases, async ([args, check]) => {
    const result = await runCliInProcess(args);
    assert.equal(result.code, 0, show(args, result));
    assert.equal(result.stderr, "", show(args, result));
    check(result);
  });
});

Deno.test("the socket path is --socket, else ATLAS_RUNNER_SOCKET, else the XDG default", async () => {
  await using dir = await withTmpDir();
  const flag = join(dir.path, "flag.sock");
  const env = join(dir.path, "env.sock");
  const runtime = join(dir.path, "runtime");
  const cases: [string, string[], RunCliInProcessOptions, string][] = [
    ["flag over env", ["--socket", flag], { env: { ATLAS_RUNNER_SOCKET: env } }, flag],
    ["env over default", [], { env: { ATLAS_RUNNER_SOCKET: env, XDG_RUNTIME_DIR: runtime } }, env],
    [
      "empty env is unset",
      [],
      { env: { ATLAS_RUNNER_SOCKET: "", XDG_RUNTIME_DIR: runtime } },
      join(runtime, "atlas-runner.sock"),
    ],
    ["XDG default", [], { env: { XDG_RUNTIME_DIR: runtime } }, join(runtime, "atlas-runner.sock")],
  ];
  await runAll(cases, async ([name, args, options, expected]) => {
    const result = await runCliInProcess(["ping", ...args], options);
    assert.equal(result.code, 3, `${name}\n${result.stderr}`);
    assert.ok(
      result.stderr.startsWith(`error: no daemon is listening on ${expected}\n`),
      `${name}\n${result.stderr}`,
    );
  });
});

Deno.test("client commands find their socket without HOME (a bare container, a service unit)", async () => {
  await using dir = await withTmpDir();
  const socket = join(dir.path, "absent.sock");
  const runtime = join(dir.path, "run");
  const unsetEnv = ["HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"];
  const cases: [string[], Record<string, string>, string][] = [
    [["logs", "--socket", socket], {}, socket],
    [["send", "list"], { ATLAS_RUNNER_SOCKET: socket }, socket],
    [
      ["-s", "lobby", "logs"],
      { XDG_RUNTIME_DIR: runtime },
      join(runtime, "atlas-runner", "lobby.sock"),
    ],
  ];
  for (const [args, env, expected] of cases) {
    const result = await runCliInProcess(args, { env, unsetEnv });
    assert.equal(result.code, 3, show(args, result));
    assert.ok(result.stderr.includes(expected), show(args, result));
  }
});
