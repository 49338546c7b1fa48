/**
 * The command line against a real daemon supervising the demo server: every
 * data command in human and `--json` form (parsed and checked), exit codes
 * 0 and 1, and the socket precedence with a live daemon.
 *
 * Kind: in-process tables against a real daemon (a child process, over its
 * real socket): the CLI runs in this process on injected argv, environment
 * and streams (`runCliInProcess`). Only `logs | head -1`, which needs a real
 * pipe closed under a real process, runs `main.ts` as a subprocess.
 *
 * @module
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { cliCommand, cliEnv, type CliResult, runCliInProcess } from "./helpers/cli.ts";
import { startDaemon } from "./helpers/daemon.ts";
import { waitFor } from "./helpers/tmp.ts";
import { defaultFixtureData, UpdateFixtureServer } from "./helpers/update_fixture_server.ts";

function show(args: readonly string[], result: CliResult): string {
  return `atlas-runner ${args.join(" ")} → ${result.code}\n` +
    `stdout: ${result.stdout}\nstderr: ${result.stderr}`;
}

/** Runs the CLI against `socket` and checks the exit code and stderr. */
async function cli(
  socket: string,
  args: string[],
  expectCode = 0,
): Promise<CliResult> {
  const result = await runCliInProcess([...args, "--socket", socket]);
  assert.equal(result.code, expectCode, show(args, result));
  if (expectCode === 0) assert.equal(result.stderr, "", show(args, result));
  else assert.match(result.stderr, /^error: .+\n/, show(args, result));
  return result;
}

/** [argv, check of stdout] — each runs against a daemon with a running server. */
const READ_CASES: [string[], (stdout: string, socket: string) => void][] = [
  [["status"], (out) => {
    assert.match(out, /^state {6}running\n/);
    assert.match(out, /^version {4}1\.21\.4$/m);
    assert.match(out, /^uptime {5}\d+s$/m);
    assert.match(out, /^players {4}0\/20$/m);
    assert.match(out, /^pid {8}\d+$/m);
    assert.match(out, /^restarts {3}0$/m);
    assert.match(out, /^last exit {2}-$/m);
    assert.match(out, /^motd {7}\S/m);
  }],
  [["status", "--json"], (out) => {
    const status = JSON.parse(out);
    assert.deepEqual(Object.keys(status).sort(), [
      "lastExitReason",
      "maxPlayers",
      "memoryUsageMb",
      "motd",
      "pid",
      "playerCount",
      "playerNames",
      "restarts",
      "runStartedAt",
      "state",
      "uptimeSeconds",
      "version",
    ]);
    assert.equal(status.state, "running");
    assert.equal(status.version, "1.21.4");
    assert.equal(status.playerCount, 0);
    assert.equal(status.maxPlayers, 20);
    assert.ok(Number.isInteger(status.uptimeSeconds) && status.uptimeSeconds >= 0);
    assert.ok(Number.isInteger(status.memoryUsageMb) && status.memoryUsageMb > 0);
    assert.ok(Number.isInteger(status.pid) && status.pid > 0);
    assert.deepEqual(status.playerNames, []);
    assert.equal(status.restarts, 0);
    assert.equal(status.lastExitReason, "");
    assert.ok(Math.abs(status.runStartedAt - Date.now() / 1000) < 600, `${status.runStartedAt}`);
  }],
  [
    ["ping"],
    (out, socket) => assert.match(out, new RegExp(`^pong from ${socket} in [\\d.]+ ms\\n$`)),
  ],
  [["ping", "--json"], (out, socket) => {
    const ping = JSON.parse(out);
    assert.equal(ping.socket, socket);
    assert.ok(typeof ping.roundTripMs === "number" && ping.roundTripMs > 0);
  }],
  [["version"], (out, socket) => {
    assert.match(
      out,
      /^atlas-runner (\d+\.\d+\.\d+)\nprotocol {5}runner-ipc-v2 \(version 2\)\ndaemon {7}\1 /,
    );
    assert.ok(out.includes(` (protocol version 2) at ${socket}; round trip `), out);
    assert.match(out, /^server {7}1\.21\.4 \(running\)$/m);
  }],
  [["version", "--json"], (out, socket) => {
    const { cli, protocolVersion, daemon } = JSON.parse(out);
    assert.equal(protocolVersion, 2);
    assert.equal(daemon.socket, socket);
    assert.equal(daemon.reachable, true);
    assert.equal(daemon.version, cli);
    assert.equal(daemon.protocolVersion, 2);
    assert.ok(Array.isArray(daemon.features), out);
    assert.equal(daemon.serverVersion, "1.21.4");
    assert.equal(daemon.serverState, "running");
    assert.ok(daemon.roundTripMs > 0);
  }],
  [["send", "list"], (out) => assert.equal(out, "There are 0 of a max of 20 players online: \n")],
  [["send", "--json", "say", "hello", "from", "the", "cli"], (out) => {
    assert.deepEqual(JSON.parse(out), { success: true, response: "[Server] hello from the cli" });
  }],
  [["send", "--json", "say", "-dash", "words", "--stay"], (out) => {
    assert.deepEqual(JSON.parse(out), { success: true, response: "[Server] -dash words --stay" });
  }],
  [["logs", "-n", "3"], (out) => assert.equal(out.split("\n").filter(Boolean).length, 3)],
  [["logs", "--json", "-n", "2"], (out) => {
    const { lines } = JSON.parse(out);
    assert.equal(lines.length, 2);
    for (const line of lines) assert.match(line, /^\[\d\d:\d\d:\d\d\] \[/);
  }],
  [["logs", "-n", "1000"], (out) => assert.match(out, /Done \([\d.]+s\)! For help, type "help"/)],
  [["config", "get", "server.stopTimeoutSeconds"], (out) => assert.equal(out, "10\n")],
  [["config", "get", "server.stopCommand"], (out) => assert.equal(out, "stop\n")],
  [["config", "get", "server.stopCommand", "--json"], (out) => assert.equal(out, '"stop"\n')],
  [["config", "get", "logs", "--json"], (out) => {
    assert.deepEqual(Object.keys(JSON.parse(out)).sort(), ["bufferLines", "fileMaxBytes", "files"]);
  }],
  [["config", "get"], (out) => assert.equal(JSON.parse(out).server.stopTimeoutSeconds, 10)],
];

Deno.test("data commands print human and --json output from a live daemon", async () => {
  await using daemon = await startDaemon({ startServer: true });
  for (const [args, check] of READ_CASES) {
    const result = await cli(daemon.socketPath, args);
    try {
      check(result.stdout, daemon.socketPath);
    } catch (error) {
      throw new Error(show(args, result), { cause: error });
    }
  }
});

Deno.test("failures exit 1 with the daemon's error and a hint", async () => {
  await using daemon = await startDaemon();
  const cases: [string[], RegExp][] = [
    [["send", "list"], /^error: .*not running.*\nhint: start .*atlas-runner start\n$/],
    [
      ["config", "get", "no.such.key"],
      /^error: the config has no key "no\.such\.key"\nhint: see every/,
    ],
    [["config", "set", "nope", "1"], /^error: invalid config: nope is not a config key\nhint: /],
    [
      ["config", "set", "server.stopTimeoutSeconds", "soon"],
      /^error: invalid config: server\.stopTimeoutSeconds: must be a number, not the string "soon"\n/,
    ],
    [["backup", "restore", "does-not-exist", "--yes"], /^error: .*"does-not-exist"/],
    [["send", "say", "a\u0001b"], /^error: .*control character/],
  ];
  for (const [args, stderr] of cases) {
    const result = await cli(daemon.socketPath, args, 1);
    assert.match(result.stderr, stderr, show(args, result));
    assert.equal(result.stdout, "", show(args, result));
  }
});

Deno.test("config set changes a value and config set --file sends a merge patch", async () => {
  await using daemon = await startDaemon();
  const s = daemon.socketPath;
  const set = await cli(s, ["config", "set", "backups.keep", "3"]);
  assert.match(set.stdout, /backups\.keep/);
  assert.equal((await cli(s, ["config", "get", "backups.keep"])).stdout, "3\n");
  const json = await cli(s, ["config", "set", "--json", "logs.files", "7"]);
  assert.equal(JSON.parse(json.stdout).success, true);
  const patch = join(daemon.dir, "patch.json");
  await Deno.writeTextFile(patch, JSON.stringify({ backups: { keep: 4 }, logs: { files: null } }));
  await cli(s, ["config", "set", "--file", patch]);
  const after = JSON.parse((await cli(s, ["config", "get", "--json"])).stdout);
  assert.equal(after.backups.keep, 4);
  assert.equal(after.logs.files, 5, "null resets a key to its default");
  await cli(s, ["config", "set", "update.channel", "1.20"]);
  assert.equal((await cli(s, ["config", "get", "update.channel"])).stdout, "1.20\n");
});

Deno.test("backup create, list, the id completion helper and restore --yes", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const s = daemon.socketPath;
  assert.deepEqual(JSON.parse((await cli(s, ["backup", "list", "--json"])).stdout), {
    backups: [],
  });
  const empty = await runCliInProcess(["backup", "list", "--socket", s]);
  assert.equal(empty.stdout, "");
  assert.match(empty.stderr, /No backups yet/);

  const created = await cli(s, ["backup", "create", "first"]);
  const id =
    /^Backup (\S+) created: \d+ files, [\d.]+ MiB \(saving was paused for \d+\.\d s while the world was copied\)\n$/
      .exec(created.stdout)
      ?.[1];
  assert.ok(id, created.stdout);
  const second = JSON.parse((await cli(s, ["backup", "create", "--json"])).stdout);
  assert.equal(second.success, true);
  assert.ok(second.backupId);

  const { backups } = JSON.parse((await cli(s, ["backup", "list", "--json"])).stdout);
  const first = backups.find((b: { id: string }) => b.id === id);
  assert.equal(first.name, "first");
  assert.ok(first.sizeBytes > 0);
  assert.ok(Math.abs(first.createdAt - Date.now() / 1000) < 600, "createdAt is in Unix seconds");
  assert.equal(first.createdAtIso, new Date(first.createdAt * 1000).toISOString());

  const table = (await cli(s, ["backup", "list"])).stdout.split("\n").filter(Boolean);
  assert.match(table[0], /^ID\s+NAME\s+CREATED\s+SIZE$/);
  assert.ok(table.some((row) => row.startsWith(id) && row.includes("first")), table.join("\n"));

  const ids = (await cli(s, ["__complete", "backup-ids"])).stdout.split("\n").filter(Boolean);
  assert.deepEqual(ids.sort(), [id, second.backupId].sort());

  const restored = await cli(s, ["backup", "restore", id, "--yes", "--json"]);
  assert.equal(JSON.parse(restored.stdout).success, true);
  const status = JSON.parse((await cli(s, ["status", "--json"])).stdout);
  assert.equal(status.state, "running", "the server runs again after a restore");
});

Deno.test("update installs the newest release, then says it is up to date, and fails with exit 1", async () => {
  await using fixture = new UpdateFixtureServer(defaultFixtureData());
  await using daemon = await startDaemon({ config: { update: { url: fixture.url } } });
  const s = daemon.socketPath;
  const first = await cli(s, ["update"]);
  assert.match(first.stdout, /^Updated .* → 1\.21\.5\n$/);
  const again = JSON.parse((await cli(s, ["update", "--json", "--channel", "release"])).stdout);
  assert.deepEqual(Object.keys(again).sort(), ["message", "newVersion", "oldVersion", "success"]);
  assert.equal(again.success, true);
  assert.equal(again.oldVersion, "1.21.5");
  assert.equal(again.newVersion, "1.21.5");
  const human = await cli(s, ["update"]);
  assert.match(human.stdout, /up to date/i);
  fixture.faults.set("manifest", "500");
  const failed = await cli(s, ["update", "--channel", "snapshot"], 1);
  assert.equal(failed.stderr.split("\n").filter((l) => l.startsWith("error: ")).length, 1);
  assert.equal(failed.stdout, "");
});

Deno.test("the socket is found through the flag, then the environment, with a live daemon", async () => {
  await using daemon = await startDaemon();
  const env = { ATLAS_RUNNER_SOCKET: daemon.socketPath };
  const viaEnv = await runCliInProcess(["status", "--json"], { env });
  assert.equal(viaEnv.code, 0, viaEnv.stderr);
  assert.equal(JSON.parse(viaEnv.stdout).state, "stopped");
  const absent = join(daemon.dir, "absent.sock");
  const flagWins = await runCliInProcess(["status", "--socket", absent], { env });
  assert.equal(flagWins.code, 3);
  assert.ok(flagWins.stderr.startsWith(`error: no daemon is listening on ${absent}\n`));
  const viaFlag = await runCliInProcess(["ping", "--socket", daemon.socketPath], {
    env: { ATLAS_RUNNER_SOCKET: absent },
  });
  assert.equal(viaFlag.code, 0, viaFlag.stderr);
});

Deno.test("logs into a pipe closed early (| head -1) exits 0 without an error", async () => {
  await using daemon = await startDaemon({
    startServer: true,
    env: { ATLAS_DEMO_SPAM_LINES: "5000" },
  });
  const client = await daemon.client();
  // Wait until the spam is in the buffer: more than a pipe buffer (64 KiB) of lines.
  await waitFor(async () => (await client.getLogs({ lines: 5000 })).lines.length >= 5000, {
    what: "the demo's 5000 lines",
  });
  const quoted = cliCommand(["logs", "-n", "5000", "--socket", daemon.socketPath])
    .map((w) => `'${w}'`).join(" ");
  const out = await new Deno.Command("bash", {
    args: ["-c", `${quoted} | head -1; echo "cli exit: \${PIPESTATUS[0]}" >&2`],
    env: cliEnv(),
    clearEnv: true,
  }).output();
  const stderr = new TextDecoder().decode(out.stderr);
  assert.equal(new TextDecoder().decode(out.stdout).split("\n").length, 2);
  assert.equal(stderr, "cli exit: 0\n");
});
