/**
 * The supervisor in-process with real child processes (`sh` servers) and a
 * `server.pid` layer that fails or holds its removal, to test the faults
 * a disk can cause and the order of an exit against a new start.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { ConfigStore } from "../config/store.ts";
import { LogBuffer } from "../console/log_buffer.ts";
import { readServerPid, type ServerPidStore, serverPidStore } from "./pid_file.ts";
import { Supervisor } from "./supervisor.ts";
import type { ServerState } from "./types.ts";

/** Prints the ready line, then exits 0 on `stop` (read from its console). */
const SH_SERVER = [
  "sh",
  "-c",
  `echo 'Done (0.1s)! For help, type "help"'; while read line; do [ "$line" = stop ] && exit 0; done`,
];

async function withSupervisor(
  pidStore: (dataDirectory: string) => ServerPidStore,
  fn: (supervisor: Supervisor, dataDirectory: string) => Promise<void>,
): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "atlas-supervisor-" });
  try {
    await Deno.mkdir(join(dir, "server"));
    const configPath = join(dir, "config.json");
    await Deno.writeTextFile(
      configPath,
      JSON.stringify({
        dataDirectory: "data",
        server: { directory: "server", command: SH_SERVER, restartOnCrash: false },
      }),
    );
    const config = await ConfigStore.open(configPath);
    const dataDirectory = config.get().dataDirectory;
    await Deno.mkdir(dataDirectory, { recursive: true });
    const supervisor = new Supervisor({
      config,
      logs: new LogBuffer(100),
      dataDirectory,
      pidStore: pidStore(dataDirectory),
    });
    try {
      await fn(supervisor, dataDirectory);
    } finally {
      await supervisor.shutdown();
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

function nextState(supervisor: Supervisor, wanted: ServerState): Promise<void> {
  const { promise, resolve } = Promise.withResolvers<void>();
  const off = supervisor.onStateChange((state) => {
    if (state !== wanted) return;
    off();
    resolve();
  });
  return promise;
}

Deno.test("Supervisor.start() keeps the server supervised when server.pid cannot be written", async () => {
  const failing = (dataDirectory: string): ServerPidStore => ({
    write: () => Promise.reject(new Error("No space left on device (os error 28)")),
    remove: serverPidStore(dataDirectory).remove,
  });
  await withSupervisor(failing, async (supervisor) => {
    const started = await supervisor.start({ waitForReady: true });
    assert.equal(started.success, true, started.message);
    assert.match(
      started.message,
      /^Running after \d+\.\d s; warning: its pid could not be recorded/,
    );
    assert.match(started.message, /No space left on device/);
    assert.equal(supervisor.state, "RUNNING");
    const stopped = await supervisor.stop();
    assert.equal(stopped.stage, "stop-command");
    assert.equal(supervisor.state, "STOPPED");
    const again = await supervisor.start({ waitForReady: false });
    assert.equal(again.success, true);
    assert.match(again.message, /^Starting \(pid \d+\); warning: its pid could not be recorded/);
    const shut = await supervisor.shutdown();
    assert.equal(shut.stage, "stop-command");
  });
});

Deno.test("Supervisor: an exit's state is set before a new start, whose server.pid the old run keeps", async () => {
  const removing = Promise.withResolvers<void>();
  const gate = Promise.withResolvers<void>();
  const held = (dataDirectory: string): ServerPidStore => {
    const real = serverPidStore(dataDirectory);
    return {
      write: real.write,
      async remove() {
        // The crashed run's removal is held until the new run has started.
        removing.resolve();
        await gate.promise;
        await real.remove();
      },
    };
  };
  await withSupervisor(held, async (supervisor, dataDirectory) => {
    const first = await supervisor.start({ waitForReady: true });
    assert.equal(first.success, true, first.message);
    const errored = nextState(supervisor, "ERROR");
    Deno.kill(-first.pid!, "SIGKILL");
    await removing.promise;
    // The exit is handled in full before its file work: no window for a start.
    assert.equal(supervisor.state, "ERROR");
    await errored;
    const starting = nextState(supervisor, "STARTING");
    const second = supervisor.start({ waitForReady: true });
    await starting;
    gate.resolve();
    const result = await second;
    assert.equal(result.success, true, result.message);
    assert.notEqual(result.pid, first.pid);
    assert.equal(supervisor.state, "RUNNING");
    const record = await readServerPid(dataDirectory);
    assert.equal(record?.pid, result.pid, "the new run's server.pid survives the old exit");
  });
});

Deno.test("Supervisor.stop() drops a request whose client gave up while it waited", async () => {
  await withSupervisor(serverPidStore, async (supervisor) => {
    const started = await supervisor.start({ waitForReady: true });
    assert.equal(started.success, true, started.message);
    const release = Promise.withResolvers<void>();
    const entered = Promise.withResolvers<void>();
    // A long backup holds the power lock.
    const backup = supervisor.exclusive(async () => {
      entered.resolve();
      await release.promise;
    });
    await entered.promise;
    const gaveUp = new AbortController();
    const stop = supervisor.stop({ signal: gaveUp.signal });
    const start = supervisor.start({ signal: gaveUp.signal });
    gaveUp.abort();
    release.resolve();
    await backup;
    await assert.rejects(stop, /Dropped: the client gave up/);
    await assert.rejects(start, /Dropped: the client gave up/);
    assert.equal(supervisor.state, "RUNNING");
    assert.equal(supervisor.process?.pid, started.pid);
  });
});
