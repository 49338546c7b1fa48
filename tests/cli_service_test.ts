/**
 * `dist/atlas-runner.service`: the systemd unit runs the daemon, restarts it
 * on failure, stops it with SIGTERM to the daemon alone, and waits longer
 * than the daemon's own staged stop (the default stop timeout plus the
 * SIGTERM stage) before systemd resorts to SIGKILL. The template unit
 * `dist/atlas-runner@.service` does the same for `daemon --name %i`.
 *
 * @module
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { parseConfig } from "../lib/daemon/config/store.ts";
import { withTmpDir } from "./helpers/tmp.ts";

const UNIT = new URL("../dist/atlas-runner.service", import.meta.url);
const TEMPLATE = new URL("../dist/atlas-runner@.service", import.meta.url);
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

Deno.test("atlas-runner@.service runs `daemon --name %i` with the plain unit's stop semantics", async () => {
  const plain = parseUnit(await Deno.readTextFile(UNIT));
  const template = parseUnit(await Deno.readTextFile(TEMPLATE));
  assert.match(template.get("Service.ExecStart") ?? "", /\/atlas-runner daemon --name %i$/);
  for (
    const key of [
      "Service.Type",
      "Service.Restart",
      "Service.RestartSec",
      "Service.KillSignal",
      "Service.KillMode",
      "Service.TimeoutStopSec",
      "Service.UMask",
      "Install.WantedBy",
    ]
  ) {
    assert.equal(template.get(key), plain.get(key), key);
  }
  assert.match(template.get("Unit.Description") ?? "", /%i/);
});

Deno.test({
  name:
    "atlas-runner@.service passes systemd-analyze verify for an instance (needs systemd-analyze)",
  ignore: !systemdAnalyze,
  async fn() {
    await using dir = await withTmpDir();
    // %h is the home directory: give verify one holding the binary ExecStart names.
    const bin = join(dir.path, "home", ".local", "bin");
    await Deno.mkdir(bin, { recursive: true });
    await Deno.writeTextFile(join(bin, "atlas-runner"), "#!/bin/sh\n");
    await Deno.chmod(join(bin, "atlas-runner"), 0o755);
    const units = join(dir.path, "units");
    await Deno.mkdir(units);
    await Deno.copyFile(TEMPLATE, join(units, "atlas-runner@.service"));
    await Deno.symlink("atlas-runner@.service", join(units, "atlas-runner@lobby.service"));
    const runtime = join(dir.path, "run");
    await Deno.mkdir(runtime, { mode: 0o700 });
    for (const unit of ["atlas-runner@.service", "atlas-runner@lobby.service"]) {
      const out = await new Deno.Command("systemd-analyze", {
        args: ["--user", "verify", join(units, unit)],
        env: { HOME: join(dir.path, "home"), XDG_RUNTIME_DIR: runtime },
      }).output();
      const stderr = new TextDecoder().decode(out.stderr);
      assert.equal(out.code, 0, stderr);
      assert.equal(stderr.trim(), "", unit);
    }
  },
});
