import assert from "node:assert/strict";
import {
  defaultConfigPath,
  defaultDataDirectory,
  defaultSocketPath,
  resolveConfigPath,
  resolveSocketPath,
} from "./paths.ts";

/** Runs `fn` with some environment variables set (undefined = unset), restoring them after. */
function withEnv(vars: Record<string, string | undefined>, fn: () => void): void {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, Deno.env.get(k)]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) Deno.env.delete(k);
      else Deno.env.set(k, v);
    }
  };
  apply(vars);
  try {
    fn();
  } finally {
    apply(saved);
  }
}

Deno.test("defaultSocketPath() uses XDG_RUNTIME_DIR when set", () => {
  withEnv({ XDG_RUNTIME_DIR: "/run/user/1234" }, () => {
    assert.equal(defaultSocketPath(), "/run/user/1234/atlas-runner.sock");
  });
});

Deno.test("defaultSocketPath() falls back to a per-uid /tmp directory", () => {
  withEnv({ XDG_RUNTIME_DIR: undefined }, () => {
    assert.equal(defaultSocketPath(), `/tmp/atlas-runner-${Deno.uid()}/atlas-runner.sock`);
  });
  // A relative XDG value is invalid per the XDG spec and ignored.
  withEnv({ XDG_RUNTIME_DIR: "relative/dir" }, () => {
    assert.equal(defaultSocketPath(), `/tmp/atlas-runner-${Deno.uid()}/atlas-runner.sock`);
  });
});

Deno.test("defaultConfigPath() and defaultDataDirectory() follow XDG, else HOME", () => {
  withEnv({ XDG_CONFIG_HOME: "/cfg", XDG_DATA_HOME: "/data", HOME: "/home/u" }, () => {
    assert.equal(defaultConfigPath(), "/cfg/atlas-runner/config.json");
    assert.equal(defaultDataDirectory(), "/data/atlas-runner");
  });
  withEnv({ XDG_CONFIG_HOME: "", XDG_DATA_HOME: undefined, HOME: "/home/u" }, () => {
    assert.equal(defaultConfigPath(), "/home/u/.config/atlas-runner/config.json");
    assert.equal(defaultDataDirectory(), "/home/u/.local/share/atlas-runner");
  });
});

Deno.test("resolveSocketPath() prefers flag, then env, then default", () => {
  withEnv({ ATLAS_RUNNER_SOCKET: "/env.sock", XDG_RUNTIME_DIR: "/run/u" }, () => {
    assert.equal(resolveSocketPath("/flag.sock"), "/flag.sock");
    assert.equal(resolveSocketPath(), "/env.sock");
    assert.equal(resolveSocketPath(""), "/env.sock");
  });
  withEnv({ ATLAS_RUNNER_SOCKET: undefined, XDG_RUNTIME_DIR: "/run/u" }, () => {
    assert.equal(resolveSocketPath(), "/run/u/atlas-runner.sock");
    assert.equal(resolveSocketPath("rel.sock"), `${Deno.cwd()}/rel.sock`);
  });
});

Deno.test("resolveConfigPath() prefers flag, then env, then default", () => {
  withEnv({ ATLAS_RUNNER_CONFIG: "/env.json", XDG_CONFIG_HOME: "/cfg" }, () => {
    assert.equal(resolveConfigPath("/flag.json"), "/flag.json");
    assert.equal(resolveConfigPath(), "/env.json");
  });
  withEnv({ ATLAS_RUNNER_CONFIG: undefined, XDG_CONFIG_HOME: "/cfg" }, () => {
    assert.equal(resolveConfigPath(), "/cfg/atlas-runner/config.json");
  });
});
