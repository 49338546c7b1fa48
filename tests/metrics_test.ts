/**
 * The daemon's Prometheus metrics end to end: scraped over the opt-in HTTP
 * listener (`metrics.listen`) and checked by Prometheus's own parser
 * (`promtool check metrics`, Debian's `prometheus` package; skipped with the
 * reason where it is missing), and the same families over the socket with
 * `atlas-runner metrics` (run in-process on injected streams, `runCliInProcess`).
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { runCliInProcess } from "./helpers/cli.ts";
import { daemonCommand, startDaemon } from "./helpers/daemon.ts";
import { freePort, runWithInput } from "./helpers/child.ts";
import { withTmpDir } from "./helpers/tmp.ts";

const havePromtool = (() => {
  try {
    return new Deno.Command("promtool", { args: ["--version"], stdout: "null", stderr: "null" })
      .outputSync().success;
  } catch {
    return false;
  }
})();

/** Runs `promtool check metrics` on the text; returns its complaints (empty when clean). */
async function promtoolCheck(text: string): Promise<string> {
  const { code, stdout, stderr } = await runWithInput(["promtool", "check", "metrics"], text);
  const out = new TextDecoder().decode(stdout) + new TextDecoder().decode(stderr);
  return code === 0 && out.trim() === "" ? "" : `exit ${code}: ${out}`;
}

/** The sample value of a series line `name{labels} value`, or `null` when absent. */
function sample(text: string, series: string): number | null {
  const line = text.split("\n").find((l) => l.startsWith(series + " "));
  return line === undefined ? null : Number(line.slice(series.length + 1));
}

const FAMILIES = [
  "atlas_runner_info",
  "atlas_runner_daemon_resident_memory_bytes",
  "atlas_runner_daemon_heap_total_bytes",
  "atlas_runner_daemon_heap_used_bytes",
  "atlas_runner_daemon_external_memory_bytes",
  "atlas_runner_server_up",
  "atlas_runner_server_state",
  "atlas_runner_server_players_online",
  "atlas_runner_server_players_max",
  "atlas_runner_server_uptime_seconds",
  "atlas_runner_server_resident_memory_bytes",
  "atlas_runner_server_restarts_total",
  "atlas_runner_server_crash_loop_give_ups_total",
  "atlas_runner_backups",
  "atlas_runner_backup_last_success_timestamp_seconds",
  "atlas_runner_backup_last_size_bytes",
  "atlas_runner_backup_last_duration_seconds",
  "atlas_runner_ipc_connections_accepted_total",
  "atlas_runner_ipc_connections_open",
  "atlas_runner_ipc_requests_total",
  "atlas_runner_ipc_responses_total",
  "atlas_runner_ipc_errors_total",
  "atlas_runner_ipc_received_bytes_total",
  "atlas_runner_ipc_sent_bytes_total",
  "atlas_runner_ipc_streams_open",
];

Deno.test("the metrics listener serves Prometheus text that promtool accepts, and `metrics` prints the same families", async () => {
  const port = freePort();
  await using daemon = await startDaemon({
    startServer: true,
    env: { ATLAS_DEMO_PLAYERS: "Alex,Steve" },
    config: { metrics: { listen: `127.0.0.1:${port}` } },
  });
  const client = await daemon.client();
  const backup = await client.createBackup({ name: "for-metrics" });
  assert.equal(backup.success, true);

  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("content-type"), "text/plain; version=0.0.4; charset=utf-8");
  const text = await response.text();
  for (const family of FAMILIES) {
    assert.ok(text.includes(`# TYPE ${family} `), `${family} in:\n${text}`);
  }
  assert.equal(sample(text, "atlas_runner_server_up"), 1);
  assert.equal(sample(text, 'atlas_runner_server_state{state="running"}'), 1);
  assert.equal(sample(text, 'atlas_runner_server_state{state="stopped"}'), 0);
  assert.equal(sample(text, "atlas_runner_server_players_online"), 2);
  assert.equal(sample(text, "atlas_runner_server_players_max"), 20);
  assert.ok(sample(text, "atlas_runner_server_resident_memory_bytes")! > 1024 * 1024);
  // The daemon's own memory: a Deno process is tens of MiB resident, its heap a few MiB used.
  const daemonRss = sample(text, "atlas_runner_daemon_resident_memory_bytes")!;
  const heapUsed = sample(text, "atlas_runner_daemon_heap_used_bytes")!;
  const heapTotal = sample(text, "atlas_runner_daemon_heap_total_bytes")!;
  assert.ok(daemonRss > 10 * 1024 * 1024, `${daemonRss}`);
  assert.ok(heapUsed > 1024 * 1024 && heapUsed <= heapTotal && heapTotal < daemonRss, text);
  assert.ok(sample(text, "atlas_runner_daemon_external_memory_bytes")! > 0);
  assert.equal(sample(text, "atlas_runner_backups"), 1);
  assert.ok(sample(text, "atlas_runner_backup_last_size_bytes")! > 0);
  const finished = sample(text, "atlas_runner_backup_last_success_timestamp_seconds")!;
  assert.ok(Math.abs(finished - Date.now() / 1000) < 600, `${finished}`);
  assert.ok(sample(text, 'atlas_runner_ipc_requests_total{type="createBackup"}')! >= 1);
  assert.ok(sample(text, 'atlas_runner_ipc_requests_total{type="startServer"}')! >= 1);
  assert.equal(sample(text, 'atlas_runner_ipc_errors_total{code="INTERNAL"}'), 0);
  assert.match(text, /^atlas_runner_info\{version="\d+\.\d+\.\d+",protocol_version="2"\} 1$/m);
  if (havePromtool) assert.equal(await promtoolCheck(text), "");
  assert.equal(
    await fetch(`http://127.0.0.1:${port}/other`).then(async (r) => {
      await r.body?.cancel();
      return r.status;
    }),
    404,
  );

  const cli = await runCliInProcess(["metrics", "--socket", daemon.socketPath]);
  assert.equal(cli.code, 0, cli.stderr);
  for (const family of FAMILIES) assert.ok(cli.stdout.includes(`# TYPE ${family} `), family);
  assert.ok(sample(cli.stdout, 'atlas_runner_ipc_requests_total{type="getMetrics"}')! >= 1);
  if (havePromtool) assert.equal(await promtoolCheck(cli.stdout), "");
});

Deno.test({
  name:
    "promtool check metrics accepts the exposition of a stopped server (skipped without promtool)",
  ignore: !havePromtool,
  async fn() {
    const port = freePort();
    await using daemon = await startDaemon({
      config: { metrics: { listen: `127.0.0.1:${port}` } },
    });
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    assert.equal(sample(text, "atlas_runner_server_up"), 0);
    // No backup yet under this daemon: the last-backup gauges have no sample.
    assert.equal(sample(text, "atlas_runner_backup_last_size_bytes"), null);
    assert.equal(await promtoolCheck(text), "");
    assert.match(daemon.stderr(), /Metrics on http/);
  },
});

Deno.test("a daemon without metrics.listen opens no HTTP port, and status lists the metrics feature", async () => {
  await using daemon = await startDaemon();
  const client = await daemon.client();
  const info = await client.daemonInfo();
  assert.deepEqual(info.features, ["metrics"]);
  const { text } = await client.getMetrics();
  assert.match(text, /^# HELP atlas_runner_info /m);
  assert.doesNotMatch(daemon.stderr(), /Metrics on http/);
});

/** Runs a daemon with this config until it exits; its exit code and stderr. */
async function daemonFailing(dir: string, config: unknown): Promise<{ code: number; err: string }> {
  const configPath = join(dir, "config.json");
  await Deno.writeTextFile(configPath, JSON.stringify(config));
  const [program, ...args] = daemonCommand([
    "--config",
    configPath,
    "--socket",
    join(dir, "s.sock"),
  ]);
  const output = await new Deno.Command(program, {
    args,
    env: { NO_COLOR: "1" },
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).output();
  return { code: output.code, err: new TextDecoder().decode(output.stderr) };
}

Deno.test("the daemon refuses a non-loopback metrics.listen, and a busy port, at start with a hint", async () => {
  await using dir = await withTmpDir();
  const remote = await daemonFailing(dir.path, {
    dataDirectory: "data",
    metrics: { listen: "0.0.0.0:9940" },
  });
  assert.equal(remote.code, 1, remote.err);
  assert.match(remote.err, /metrics\.listen: must be a loopback address .* metrics\.allowRemote/);

  using taken = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const busy = await daemonFailing(dir.path, {
    dataDirectory: "data",
    metrics: { listen: `127.0.0.1:${taken.addr.port}` },
  });
  assert.equal(busy.code, 1, busy.err);
  assert.match(
    busy.err,
    new RegExp(`^error: cannot listen for metrics on 127\\.0\\.0\\.1:${taken.addr.port}: `, "m"),
  );
  assert.match(busy.err, /hint: .*metrics\.listen/);
});
