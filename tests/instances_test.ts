/**
 * Several servers on one machine: two named daemons (`daemon --name`), each
 * supervising its own demo server, side by side in one set of XDG
 * directories, driven by name through the real CLI (`-s NAME` before or
 * after the subcommand, `ATLAS_RUNNER_NAME`), listed by `atlas-runner list`,
 * and never sharing a data directory or a socket.
 *
 * Kind: the daemons are real `daemon --name` child processes; the CLI runs
 * in this process (`runCliInProcess`) with the fake user's XDG directories
 * as its injected environment.
 *
 * @module
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { writeDemoServerDirectory } from "../lib/demo/mod.ts";
import { cliEnv, type CliResult, runCliInProcess } from "./helpers/cli.ts";
import { daemonCommand } from "./helpers/daemon.ts";
import { freePort, spawnChild } from "./helpers/child.ts";
import type { LineCollector } from "./helpers/lines.ts";
import { withTmpDir } from "./helpers/tmp.ts";

/**
 * The XDG directories of one fake user, under a temp dir (HOME stays: Deno's
 * module cache lives under it, and every path here comes from XDG).
 */
function xdgEnv(root: string): Record<string, string> {
  return {
    XDG_RUNTIME_DIR: join(root, "run"),
    XDG_CONFIG_HOME: join(root, "config"),
    XDG_DATA_HOME: join(root, "data"),
  };
}

/** A named daemon started as users start it: `atlas-runner daemon --name NAME --demo`. */
interface NamedDaemon extends AsyncDisposable {
  readonly name: string;
  readonly log: LineCollector;
}

/**
 * Starts `daemon --name NAME --demo` and waits until it listens. The demo's
 * `server.properties` is seeded with free ports first, so two demos started
 * side by side never race for the vanilla default port.
 */
async function startNamed(root: string, name: string, args: string[] = []): Promise<NamedDaemon> {
  const env = xdgEnv(root);
  await writeDemoServerDirectory(join(env.XDG_DATA_HOME, "atlas-runner", name, "demo"), {
    port: freePort(),
    rconPort: freePort(),
    rconPassword: `pw-${name}`,
  });
  const child = spawnChild(daemonCommand(["--name", name, "--demo", ...args]), {
    name: `daemon ${name}`,
    env: cliEnv({ env: { ...env, ATLAS_DEMO_START_DELAY_MS: "50", NO_COLOR: "1" } }),
    clearEnv: true,
    stdout: "null",
    detached: true,
  });
  const log = child.stderr;
  const dispose = async () => {
    const status = await child.stop("SIGTERM");
    assert.equal(status.code, 0, `daemon ${name} exited with ${status.code}: ${child.describe()}`);
  };
  try {
    await log.waitForLine(/Daemon listening on/);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { name, log, [Symbol.asyncDispose]: dispose };
}

/** Runs the CLI as the fake user and checks the exit code. */
async function cli(
  root: string,
  args: string[],
  expectCode = 0,
  env: Record<string, string> = {},
): Promise<CliResult> {
  const result = await runCliInProcess(args, { env: { ...xdgEnv(root), ...env } });
  assert.equal(
    result.code,
    expectCode,
    `atlas-runner ${args.join(" ")} → ${result.code}\n${result.stdout}\n${result.stderr}`,
  );
  return result;
}

/** The `servers` of `list --json`, by name (`null` for the unnamed one). */
async function listed(root: string): Promise<Map<string | null, Record<string, unknown>>> {
  const { stdout } = await cli(root, ["list", "--json", "--timeout", "60"]);
  const { servers } = JSON.parse(stdout) as { servers: Record<string, unknown>[] };
  return new Map(servers.map((s) => [s.name as string | null, s]));
}

Deno.test("two named daemons run side by side and the CLI drives each by name", async () => {
  await using dir = await withTmpDir();
  const root = dir.path;
  await using lobby = await startNamed(root, "lobby");
  await using survival = await startNamed(root, "survival");

  // Each has its own config file, socket and data directory.
  const env = xdgEnv(root);
  for (const name of [lobby.name, survival.name]) {
    const config = JSON.parse(
      await Deno.readTextFile(join(env.XDG_CONFIG_HOME, "atlas-runner", `${name}.json`)),
    );
    assert.equal(config.dataDirectory, join(env.XDG_DATA_HOME, "atlas-runner", name));
    assert.equal(config.server.directory, join(env.XDG_DATA_HOME, "atlas-runner", name, "server"));
    const socket = await Deno.lstat(join(env.XDG_RUNTIME_DIR, "atlas-runner", `${name}.sock`));
    assert.ok(!socket.isFile && !socket.isDirectory);
  }
  const socketDir = await Deno.stat(join(env.XDG_RUNTIME_DIR, "atlas-runner"));
  assert.equal(socketDir.mode! & 0o777, 0o700);

  // --demo starts each demo server; -s before the subcommand, --server after
  // it, and the environment variable all pick one.
  await lobby.log.waitForLine(/Server is running/);
  await survival.log.waitForLine(/Server is running/);
  await cli(root, ["send", "say", "only in the lobby", "-s", "lobby"]);
  // After `--`, a console command's own `-s` is a word of the command.
  await cli(root, ["send", "-s", "lobby", "--", "say", "-s", "is", "a", "word"]);
  const lobbyLogs = await cli(root, ["logs", "-n", "200"], 0, { ATLAS_RUNNER_NAME: "lobby" });
  const survivalLogs = await cli(root, ["-s", "survival", "logs", "-n", "200"]);
  assert.match(lobbyLogs.stdout, /only in the lobby/);
  assert.match(lobbyLogs.stdout, /-s is a word/);
  assert.doesNotMatch(survivalLogs.stdout, /only in the lobby/);

  // Stop one: the other keeps running.
  await cli(root, ["stop", "--server", "survival"]);
  const lobbyStatus = JSON.parse((await cli(root, ["-s", "lobby", "status", "--json"])).stdout);
  const survivalStatus = JSON.parse(
    (await cli(root, ["status", "--json", "--server=survival"])).stdout,
  );
  assert.equal(lobbyStatus.state, "running");
  assert.equal(survivalStatus.state, "stopped");

  const servers = await listed(root);
  assert.deepEqual([...servers.keys()], [null, "lobby", "survival"]);
  assert.equal(servers.get(null)!.daemonUp, false);
  assert.equal(servers.get("lobby")!.daemonUp, true);
  assert.equal(servers.get("lobby")!.state, "running");
  assert.equal(servers.get("lobby")!.version, "1.21.4");
  assert.equal(servers.get("lobby")!.maxPlayers, 20);
  assert.equal(servers.get("survival")!.daemonUp, true);
  assert.equal(servers.get("survival")!.state, "stopped");

  const table = (await cli(root, ["list"])).stdout.split("\n");
  assert.match(table[0], /^NAME +DAEMON +STATE +VERSION +PLAYERS +UPTIME$/);
  assert.match(table[1], /^\(default\) +down +- /);
  assert.match(table[2], /^lobby +up +running +1\.21\.4 +0\/20 +\d+s$/);
  assert.match(table[3], /^survival +up +stopped +1\.21\.4 +- +-$/);

  await cli(root, ["-s", "survival", "start"]);
  const restarted = JSON.parse(
    (await cli(root, ["status", "--json"], 0, {
      ATLAS_RUNNER_NAME: "survival",
    })).stdout,
  );
  assert.equal(restarted.state, "running");

  // The completion helper offers both names.
  const names = (await cli(root, ["__complete", "servers"])).stdout;
  assert.equal(names, "lobby\nsurvival\n");
});

Deno.test("a named server whose daemon is down is listed and named in the error", async () => {
  await using dir = await withTmpDir();
  const root = dir.path;
  const env = xdgEnv(root);
  await Deno.mkdir(join(env.XDG_CONFIG_HOME, "atlas-runner"), { recursive: true });
  await Deno.writeTextFile(join(env.XDG_CONFIG_HOME, "atlas-runner", "creative.json"), "{}");
  // Not instance configs: the unnamed one, and a file whose name is not a valid name.
  await Deno.writeTextFile(join(env.XDG_CONFIG_HOME, "atlas-runner", "config.json"), "{}");
  await Deno.writeTextFile(join(env.XDG_CONFIG_HOME, "atlas-runner", "Not A Name.json"), "{}");

  const servers = await listed(root);
  assert.deepEqual([...servers.keys()], [null, "creative"]);
  assert.equal(servers.get("creative")!.daemonUp, false);
  assert.equal(
    servers.get("creative")!.config,
    join(env.XDG_CONFIG_HOME, "atlas-runner", "creative.json"),
  );
  assert.equal(servers.get(null)!.config, join(env.XDG_CONFIG_HOME, "atlas-runner", "config.json"));

  const socket = join(env.XDG_RUNTIME_DIR, "atlas-runner", "creative.sock");
  const down = await cli(root, ["status", "-s", "creative"], 3);
  assert.equal(
    down.stderr,
    `error: no daemon for server 'creative' is listening on ${socket}\n` +
      "hint: start it with: atlas-runner daemon --name creative (see all with: atlas-runner list)\n",
  );
  // --socket is global too, and beats the name.
  const other = join(root, "other.sock");
  const bySocket = await cli(root, ["--socket", other, "-s", "creative", "status"], 3);
  assert.match(
    bySocket.stderr,
    new RegExp(`^error: no daemon for server 'creative' is listening on ${other}\n`),
  );

  // A socket in a named-servers folder others can write to is neither asked nor used.
  const folder = join(env.XDG_RUNTIME_DIR, "atlas-runner");
  await Deno.mkdir(folder, { recursive: true });
  await Deno.chmod(folder, 0o777);
  using _rogue = Deno.listen({ transport: "unix", path: join(folder, "rogue.sock") });
  const withRogue = await listed(root);
  assert.equal(withRogue.get("rogue")!.daemonUp, false);
  assert.match(String(withRogue.get("rogue")!.problem), /other users have access to it/);
  const refused = await cli(root, ["-s", "rogue", "status"], 1);
  assert.match(refused.stderr, /^error: refusing to connect through .*atlas-runner: other users/);

  const bad = await cli(root, ["status", "-s", "Lobby"], 2);
  assert.match(bad.stderr, /^error: the server name "Lobby" is not valid: /);
  const reserved = await cli(root, ["-s", "config", "status"], 2);
  assert.match(reserved.stderr, /^error: the server name "config" is reserved: /);
  // The daemon refuses a bad name the same way: a usage error, exit 2.
  const badDaemon = await cli(root, ["daemon", "--name", "Bad!"], 2);
  assert.match(badDaemon.stderr, /^error: the server name "Bad!" is not valid: /);
});

Deno.test("a second daemon for the same name or socket is refused", async () => {
  await using dir = await withTmpDir();
  const root = dir.path;
  await using _lobby = await startNamed(root, "lobby");
  const env = xdgEnv(root);

  const again = async (args: string[]): Promise<string> => {
    const [program, ...rest] = daemonCommand(args);
    const out = await new Deno.Command(program, {
      args: rest,
      env: cliEnv({ env: { ...env, NO_COLOR: "1" } }),
      clearEnv: true,
      stdin: "null",
      stdout: "null",
      stderr: "piped",
    }).output();
    const stderr = new TextDecoder().decode(out.stderr);
    assert.notEqual(out.code, 0, stderr);
    return stderr;
  };
  // Same name: same data directory, whose lock the first daemon holds.
  assert.match(
    await again(["--name", "lobby"]),
    /already running with data directory .*atlas-runner\/lobby/,
  );
  // Another name on the first one's socket: its own data, but the socket is taken.
  const socket = join(env.XDG_RUNTIME_DIR, "atlas-runner", "lobby.sock");
  assert.match(
    await again(["--name", "arena", "--socket", socket]),
    /already listening on/,
  );
});
