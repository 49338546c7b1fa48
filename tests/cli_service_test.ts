/**
 * `dist/atlas-runner.service`: the systemd unit runs the daemon, restarts it
 * on failure, stops it with SIGTERM to the daemon alone, and waits longer
 * than the daemon's own staged stop (the default stop timeout plus the
 * SIGTERM stage) before systemd resorts to SIGKILL.
 *
 * @module
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { parseConfig } from "../lib/daemon/config/store.ts";
import { withTmpDir } from "./helpers.ts";

const UNIT = new URL("../dist/atlas-runner.service", import.meta.url);
/** The supervisor's wait between SIGTERM and SIGKILL (`termTimeoutMs` default). */
const SIGTERM_STAGE_SECONDS = 10;

function parseUnit(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  let section = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      section = header[1];
      continue;
    }
    const eq = line.indexOf("=");
    entries.set(`${section}.${line.slice(0, eq)}`, line.slice(eq + 1));
  }
  return entries;
}

function seconds(value: string): number {
  const match = /^(\d+)(s|min)?$/.exec(value);
  assert.ok(match, `a plain duration, not ${value}`);
  return Number(match[1]) * (match[2] === "min" ? 60 : 1);
}

Deno.test("atlas-runner.service runs the daemon and outwaits its staged stop", async () => {
  const unit = parseUnit(await Deno.readTextFile(UNIT));
  assert.match(unit.get("Service.ExecStart") ?? "", /\/atlas-runner daemon$/);
  assert.equal(unit.get("Service.Restart"), "on-failure");
  assert.equal(unit.get("Service.KillSignal"), "SIGTERM");
  assert.equal(
    unit.get("Service.KillMode"),
    "mixed",
    "SIGTERM goes to the daemon, not the game server",
  );
  const defaults = parseConfig({}, "defaults");
  const daemonStop = defaults.server.stopTimeoutSeconds + SIGTERM_STAGE_SECONDS;
  assert.ok(
    seconds(unit.get("Service.TimeoutStopSec") ?? "0") > daemonStop,
    `TimeoutStopSec must exceed ${daemonStop} s`,
  );
  assert.equal(unit.get("Install.WantedBy"), "default.target");
});

const systemdAnalyze = await new Deno.Command("systemd-analyze", {
  args: ["--version"],
  stdout: "null",
})
  .output().then((o) => o.success, () => false);

Deno.test({
  name: "atlas-runner.service passes systemd-analyze verify",
  ignore: !systemdAnalyze,
  async fn() {
    await using dir = await withTmpDir();
    // verify insists that ExecStart's binary exists: point it at a real one.
    const binary = join(dir.path, "atlas-runner");
    await Deno.writeTextFile(binary, "#!/bin/sh\n");
    await Deno.chmod(binary, 0o755);
    const text = (await Deno.readTextFile(UNIT)).replace("%h/.local/bin/atlas-runner", binary);
    const path = join(dir.path, "atlas-runner.service");
    await Deno.writeTextFile(path, text);
    const out = await new Deno.Command("systemd-analyze", { args: ["verify", path] }).output();
    const stderr = new TextDecoder().decode(out.stderr);
    assert.equal(out.code, 0, stderr);
    assert.equal(stderr.trim(), "");
  },
});
