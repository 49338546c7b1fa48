/**
 * The daemon as a process: SIGTERM, a second daemon, a stale socket, a
 * server orphaned by a killed daemon, bad and missing config files, --demo.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { atlas } from "../lib/protocol/messages.ts";
import { pathExists } from "../lib/util/fs.ts";
import { daemonCommand, NO_PROC_PERMISSIONS, startDaemon } from "./helpers/daemon.ts";
import { isProcessAlive, spawnChild } from "./helpers/child.ts";
import { waitFor, withTmpDir } from "./helpers/tmp.ts";

const { ServerState } = atlas.common;
/** Asks about the entry itself (lstat): "removed" means no entry at all, not even a link. */
const NO_FOLLOW = { followSymlinks: false };

/** Runs `main.ts daemon …` to its end (for daemons that refuse to start). */
async function runDaemonToEnd(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stderr: string }> {
  const [program, ...rest] = daemonCommand(args);
  const output = await new Deno.Command(program, {
    args: rest,
    env: { NO_COLOR: "1", ...env },
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).output();
  return { code: output.code, stderr: new TextDecoder().decode(output.stderr) };
}

Deno.test("SIGTERM stops the server gracefully, removes the socket and exits 0", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const pid = JSON.parse(await Deno.readTextFile(join(daemon.dataDir, "server.pid"))).pid;
  const status = await daemon.stop("SIGTERM");
  assert.equal(status.code, 0, daemon.stderr());
  assert.equal(await isProcessAlive(pid), false);
  assert.equal(await pathExists(daemon.socketPath, NO_FOLLOW), false);
  assert.equal(await pathExists(join(daemon.dataDir, "server.pid"), NO_FOLLOW), false);
  assert.equal(await pathExists(join(daemon.dataDir, "atlas-runner.pid"), NO_FOLLOW), false);
  const console = await Deno.readTextFile(join(daemon.dataDir, "logs", "console.log"));
  assert.match(console, /Stopping the server/);
  assert.match(daemon.stderr(), /Server stopped: .*Stopped by "stop"/);
});

Deno.test("a second daemon on the same config and socket is refused clearly", async () => {
  await using daemon = await startDaemon();
  const second = await runDaemonToEnd([
    "--config",
    daemon.configPath,
    "--socket",
    daemon.socketPath,
  ]);
  assert.equal(second.code, 1);
  assert.match(second.stderr, /another daemon \(pid \d+\) is already running with data directory/i);
  // The first one is unharmed.
  const client = await daemon.client();
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STOPPED);
});

Deno.test("a daemon on another data directory but the same socket is refused", async () => {
  await using daemon = await startDaemon();
  await using tmp = await withTmpDir();
  const config = join(tmp.path, "config.json");
  await Deno.writeTextFile(config, JSON.stringify({ dataDirectory: join(tmp.path, "data") }));
  const second = await runDaemonToEnd(["--config", config, "--socket", daemon.socketPath]);
  assert.equal(second.code, 1);
  assert.match(second.stderr, /a daemon is already listening on/i);
});

Deno.test("a stale socket left by a killed daemon is replaced", async () => {
  await using tmp = await withTmpDir();
  {
    await using first = await startDaemon({ dir: tmp.path });
    await first.stop("SIGKILL");
    assert.equal(await pathExists(first.socketPath, NO_FOLLOW), true);
  }
  await using second = await startDaemon({ dir: tmp.path });
  const client = await second.client();
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STOPPED);
});

Deno.test("a server orphaned by a killed daemon is stopped by the next daemon first", async () => {
  await using tmp = await withTmpDir();
  // Disposed last: its safety net would otherwise kill the orphan itself.
  await using first = await startDaemon({ dir: tmp.path, startServer: true });
  const orphan = JSON.parse(await Deno.readTextFile(join(first.dataDir, "server.pid"))).pid;
  await first.stop("SIGKILL");
  assert.equal(await isProcessAlive(orphan), true, "the server died with its daemon");
  await using second = await startDaemon({ dir: tmp.path });
  // "Daemon listening" comes only after the orphan is gone.
  assert.equal(await isProcessAlive(orphan), false);
  assert.match(
    second.stderr(),
    new RegExp(`Found the server \\(pid ${orphan}\\) of a daemon that died`),
  );
  const client = await second.client();
  assert.equal((await client.getStatus()).state, ServerState.SERVER_STATE_STOPPED);
  assert.equal((await client.startServer({ waitForReady: true })).success, true);
});

Deno.test("without /proc (as on macOS) memory and orphans come from ps", async () => {
  await using tmp = await withTmpDir();
  // Disposed last: its safety net would otherwise kill the orphan itself.
  await using first = await startDaemon({
    dir: tmp.path,
    permissions: NO_PROC_PERMISSIONS,
    startServer: true,
  });
  const status = await (await first.client()).getStatus();
  assert.ok(Number(status.memoryUsageMb) > 0, `memory ${status.memoryUsageMb}`);
  const record = JSON.parse(await Deno.readTextFile(join(first.dataDir, "server.pid")));
  assert.equal(record.startTimeSource, "ps");
  await first.stop("SIGKILL");
  assert.equal(await isProcessAlive(record.pid), true, "the server died with its daemon");
  await using second = await startDaemon({ dir: tmp.path, permissions: NO_PROC_PERMISSIONS });
  assert.equal(await isProcessAlive(record.pid), false);
  assert.match(second.stderr(), new RegExp(`Found the server \\(pid ${record.pid}\\)`));
  assert.doesNotMatch(second.stderr(), /Cannot see processes/);
});

Deno.test("an invalid config stops the daemon at start, naming field, problem and file", async () => {
  await using tmp = await withTmpDir();
  const config = join(tmp.path, "config.json");
  await Deno.writeTextFile(
    config,
    JSON.stringify({ dataDirectory: "data", server: { stopTimeoutSeconds: -5 } }),
  );
  const result = await runDaemonToEnd(["--config", config, "--socket", join(tmp.path, "s.sock")]);
  assert.equal(result.code, 1);
  assert.ok(result.stderr.includes(config), result.stderr);
  assert.match(result.stderr, /server\.stopTimeoutSeconds: must be more than 0/);
  assert.equal(await pathExists(join(tmp.path, "s.sock"), NO_FOLLOW), false);
});

Deno.test("a missing config file is created with the defaults, and the daemon says where", async () => {
  await using tmp = await withTmpDir();
  const config = join(tmp.path, "conf", "config.json");
  const socket = join(tmp.path, "s.sock");
  await using child = spawnChild(daemonCommand(["--socket", socket]), {
    name: "daemon",
    env: { NO_COLOR: "1", ATLAS_RUNNER_CONFIG: config, XDG_DATA_HOME: join(tmp.path, "xdg") },
    stdout: "null",
    detached: true,
  });
  const log = child.stderr;
  try {
    await log.waitForLine(/Daemon listening on/);
    assert.ok(
      log.text().includes(`Created a config file with the defaults at "${config}"`),
      log.text(),
    );
    const written = JSON.parse(await Deno.readTextFile(config));
    assert.equal(written.dataDirectory, join(tmp.path, "xdg", "atlas-runner"));
    assert.deepEqual(written.server.command, [
      "java",
      "-Xms1G",
      "-Xmx2G",
      "-jar",
      "server.jar",
      "nogui",
    ]);
  } finally {
    assert.equal((await child.stop("SIGTERM")).code, 0, child.describe());
  }
});

Deno.test("daemon --demo sets up the demo server, starts it and prints what to try", async () => {
  await using tmp = await withTmpDir();
  const socket = join(tmp.path, "s.sock");
  await using child = spawnChild(daemonCommand(["--demo", "--socket", socket]), {
    name: "daemon",
    env: {
      NO_COLOR: "1",
      ATLAS_DEMO_START_DELAY_MS: "50",
      XDG_CONFIG_HOME: join(tmp.path, "config"),
      XDG_DATA_HOME: join(tmp.path, "data"),
    },
    detached: true,
  });
  const out = child.stdout;
  try {
    await out.waitForLine(/deno task cli status/);
    assert.match(out.text(), /export ATLAS_RUNNER_SOCKET=/);
    const { IpcClient } = await import("../lib/protocol/client.ts");
    const client = await IpcClient.connect(socket);
    try {
      await waitFor(
        async () => (await client.getStatus()).state === ServerState.SERVER_STATE_RUNNING,
        {
          what: "the demo server running",
        },
      );
      assert.equal((await client.getStatus()).version, "1.21.4");
    } finally {
      await client.close();
    }
    const properties = join(tmp.path, "data", "atlas-runner", "demo", "server.properties");
    assert.ok(await pathExists(properties, NO_FOLLOW));
  } finally {
    assert.equal((await child.stop("SIGTERM")).code, 0, child.describe());
  }
});

Deno.test("a second SIGTERM during a slow shutdown kills the server at once", async () => {
  await using daemon = await startDaemon({
    env: { ATLAS_DEMO_IGNORE_STOP: "1", ATLAS_DEMO_IGNORE_SIGTERM: "1" },
    config: { server: { stopTimeoutSeconds: 2 } },
    startServer: true,
  });
  daemon.process.kill("SIGTERM");
  // Past the stop command's 2 s: now the daemon waits up to 10 s on SIGTERM, which is ignored.
  await daemon.log.waitForLine(/sending SIGTERM/);
  daemon.process.kill("SIGTERM");
  await daemon.log.waitForLine(/Second signal; killing the server now/);
  const status = await daemon.process.status;
  assert.equal(status.code, 0, daemon.stderr());
  assert.match(daemon.stderr(), /Server stopped: .*Killed by SIGKILL in \d/);
});
