import assert from "node:assert/strict";
import {
  defaultConfigPath,
  defaultDataDirectory,
  defaultSocketPath,
  instanceDefaults,
  instanceNameProblem,
  resolveConfigPath,
  resolveInstance,
  resolveInstanceSocket,
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

Deno.test("instanceNameProblem() accepts the documented names and refuses the rest", () => {
  for (const name of ["lobby", "a", "survival-2", "test_copy", "0", "a".repeat(32)]) {
    assert.equal(instanceNameProblem(name), undefined, name);
  }
  for (const name of ["", "Lobby", "-lobby", "_x", "a b", "a/b", "..", "a".repeat(33), "é"]) {
    assert.match(instanceNameProblem(name) ?? "", /is not valid: use 1 to 32 lower-case/, name);
  }
  for (const name of ["config", "atlas-runner", "demo", "backups", "logs"]) {
    assert.match(instanceNameProblem(name) ?? "", /is reserved/, name);
  }
});

Deno.test("instanceDefaults() puts a named server's files beside the unnamed one's", () => {
  withEnv({
    XDG_RUNTIME_DIR: "/run/u",
    XDG_CONFIG_HOME: "/cfg",
    XDG_DATA_HOME: "/data",
  }, () => {
    assert.deepEqual(instanceDefaults("lobby"), {
      socketPath: "/run/u/atlas-runner/lobby.sock",
      configPath: "/cfg/atlas-runner/lobby.json",
      dataDirectory: "/data/atlas-runner/lobby",
    });
  });
  withEnv({ XDG_RUNTIME_DIR: undefined, XDG_CONFIG_HOME: undefined, HOME: "/home/u" }, () => {
    assert.equal(
      instanceDefaults("lobby").socketPath,
      `/tmp/atlas-runner-${Deno.uid()}/lobby.sock`,
    );
    assert.equal(instanceDefaults("lobby").configPath, "/home/u/.config/atlas-runner/lobby.json");
  });
});

Deno.test("resolveInstance(): a path beats a name, flags beat the environment", () => {
  // The injected environment is the whole environment: XDG directories too.
  const xdgVars = { XDG_RUNTIME_DIR: "/run/u", XDG_CONFIG_HOME: "/cfg", XDG_DATA_HOME: "/data" };
  const env = (vars: Record<string, string>) => (name: string) =>
    ({ ...xdgVars, ...vars } as Record<string, string | undefined>)[name];
  const none = env({});
  // No name: exactly the unnamed defaults, no data directory override.
  assert.deepEqual(resolveInstance({ env: none }), {
    name: null,
    socketPath: "/run/u/atlas-runner.sock",
    configPath: "/cfg/atlas-runner/config.json",
  });
  const lobby = resolveInstance({ name: "lobby", env: none });
  assert.equal(lobby.socketPath, "/run/u/atlas-runner/lobby.sock");
  assert.equal(lobby.configPath, "/cfg/atlas-runner/lobby.json");
  assert.equal(lobby.dataDirectory, "/data/atlas-runner/lobby");
  // --socket / --config beat the name.
  const explicit = resolveInstance({
    name: "lobby",
    socket: "/s.sock",
    config: "/c.json",
    env: none,
  });
  assert.equal(explicit.socketPath, "/s.sock");
  assert.equal(explicit.configPath, "/c.json");
  assert.equal(explicit.name, "lobby");
  // A name given as a flag beats paths from the environment...
  const vars = env({ ATLAS_RUNNER_SOCKET: "/env.sock", ATLAS_RUNNER_CONFIG: "/env.json" });
  assert.equal(resolveInstance({ name: "lobby", env: vars }).socketPath, lobby.socketPath);
  // ...and a path from the environment beats a name from the environment.
  const both = env({ ATLAS_RUNNER_SOCKET: "/env.sock", ATLAS_RUNNER_NAME: "lobby" });
  assert.equal(resolveInstance({ env: both }).socketPath, "/env.sock");
  assert.equal(resolveInstance({ env: both }).configPath, lobby.configPath);
  assert.equal(resolveInstance({ env: env({ ATLAS_RUNNER_NAME: "lobby" }) }).name, "lobby");
  assert.throws(() => resolveInstance({ name: "Lobby", env: none }), RangeError);
});

Deno.test("resolveInstanceSocket() picks resolveInstance()'s socket and needs no HOME", () => {
  const selections = [
    {},
    { name: "lobby" },
    { socket: "/s.sock", name: "lobby" },
    { vars: { ATLAS_RUNNER_SOCKET: "/env.sock", ATLAS_RUNNER_NAME: "lobby" } },
    { vars: { ATLAS_RUNNER_NAME: "lobby" } },
  ];
  for (const { vars = {}, ...flags } of selections as { vars?: Record<string, string> }[]) {
    const all: Record<string, string> = { XDG_RUNTIME_DIR: "/run/u", HOME: "/home/u", ...vars };
    const full = resolveInstance({ ...flags, env: (name) => all[name] });
    const { HOME: _home, ...noHome } = all;
    const socket = resolveInstanceSocket({ ...flags, env: (name) => noHome[name] });
    assert.deepEqual(
      socket,
      { name: full.name, socketPath: full.socketPath },
      JSON.stringify(flags),
    );
  }
  assert.throws(() => resolveInstanceSocket({ name: "Lobby", env: () => undefined }), RangeError);
});
