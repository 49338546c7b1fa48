/**
 * A supervisor on a fake server process and a manual clock, for unit tests
 * of its state machine: the config, log buffer, server folder and
 * `server.pid` are real (in a temporary directory); the process and the
 * time are the test's (see `fake_server.ts`, `manual_clock.ts`).
 *
 * @module
 */
import { join } from "node:path";
import { ConfigStore } from "../../lib/daemon/config/store.ts";
import { LogBuffer } from "../../lib/daemon/console/log_buffer.ts";
import type { CrashPolicyOptions } from "../../lib/daemon/server/crash_policy.ts";
import { Supervisor } from "../../lib/daemon/server/supervisor.ts";
import type { ServerState } from "../../lib/daemon/server/types.ts";
import { FakeServers } from "./fake_server.ts";
import { ManualClock } from "./manual_clock.ts";
import { withTmpDir } from "./tmp.ts";

/** The vanilla ready line (matches the default `server.readyPattern`). */
export const READY_LINE = 'Done (4.2s)! For help, type "help"';

/** What {@linkcode withFakeSupervisor} sets up. */
export interface FakeSupervisor extends AsyncDisposable {
  /** The supervisor under test. */
  readonly supervisor: Supervisor;
  /** Its clock. */
  readonly clock: ManualClock;
  /** Its server processes. */
  readonly servers: FakeServers;
  /** Its console lines. */
  readonly logs: LogBuffer;
  /** The data directory (holding `server.pid`). */
  readonly dataDirectory: string;
  /** Each state change so far as `PREVIOUS→STATE`, in order. */
  readonly transitions: string[];
  /**
   * Waits until the state is `state` (at once if it is).
   *
   * @param state The state.
   */
  until(state: ServerState): Promise<void>;
}

/** Options of {@linkcode withFakeSupervisor}. */
export interface FakeSupervisorOptions {
  /** `server.*` config keys (merged over a fake command and `restartOnCrash: false`). */
  server?: Record<string, unknown>;
  /** The supervisor's crash policy. */
  crashPolicy?: CrashPolicyOptions;
  /** The supervisor's SIGTERM → SIGKILL wait. */
  termTimeoutMs?: number;
}

/**
 * Sets up a supervisor with a fake process and a manual clock. Disposing
 * kills what still runs and shuts the supervisor down.
 *
 * @param options Config keys and internal timings.
 * @returns The supervisor and its test handles.
 */
export async function withFakeSupervisor(
  options: FakeSupervisorOptions = {},
): Promise<FakeSupervisor> {
  const dir = await withTmpDir("atlas-supervisor-state-");
  const configPath = join(dir.path, "config.json");
  await Deno.mkdir(join(dir.path, "server"));
  await Deno.writeTextFile(
    configPath,
    JSON.stringify({
      dataDirectory: "data",
      server: {
        directory: "server",
        command: ["fake-server", "nogui"],
        restartOnCrash: false,
        ...options.server,
      },
    }),
  );
  const config = await ConfigStore.open(configPath);
  const dataDirectory = config.get().dataDirectory;
  await Deno.mkdir(dataDirectory, { recursive: true });
  const clock = new ManualClock();
  const servers = new FakeServers(clock);
  const logs = new LogBuffer(100);
  const supervisor = new Supervisor({
    config,
    logs,
    dataDirectory,
    crashPolicy: options.crashPolicy,
    termTimeoutMs: options.termTimeoutMs,
    spawn: servers.spawn,
    clock,
  });
  const transitions: string[] = [];
  const waiters: Array<{ state: ServerState; resolve: () => void }> = [];
  supervisor.onStateChange((state, previous) => {
    transitions.push(`${previous}→${state}`);
    for (const w of waiters.splice(0)) {
      if (w.state === state) w.resolve();
      else waiters.push(w);
    }
  });
  return {
    supervisor,
    clock,
    servers,
    logs,
    dataDirectory,
    transitions,
    until(state) {
      if (supervisor.state === state) return Promise.resolve();
      const { promise, resolve } = Promise.withResolvers<void>();
      waiters.push({ state, resolve });
      return promise;
    },
    async [Symbol.asyncDispose]() {
      try {
        for (const process of servers.spawned) process.signal("SIGKILL");
        await supervisor.shutdown();
      } finally {
        await dir[Symbol.asyncDispose]();
      }
    },
  };
}
