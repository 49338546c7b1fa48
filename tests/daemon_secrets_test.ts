/**
 * Secrets go only where they belong: the RCON password is sent only to a
 * listener held by the server's own process group, at the address the
 * server binds. A local "squatter" listens where the daemon used to connect
 * and records what it receives.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { startDaemon } from "./helpers/daemon.ts";

/** Listens on `hostname:port` and keeps every byte any client sends. */
function squat(hostname: string, port: number): { received: () => number } & Disposable {
  const listener = Deno.listen({ hostname, port });
  let bytes = 0;
  const conns: Deno.Conn[] = [];
  (async () => {
    for await (const conn of listener) {
      conns.push(conn);
      (async () => {
        for await (const chunk of conn.readable) bytes += chunk.length;
      })().catch(() => {});
    }
  })().catch(() => {});
  return {
    received: () => bytes,
    [Symbol.dispose]() {
      listener.close();
      for (const conn of conns) {
        try {
          conn.close();
        } catch { /* closed by its reader */ }
      }
    },
  };
}

async function setServerIp(serverDir: string, ip: string): Promise<void> {
  const path = join(serverDir, "server.properties");
  const text = await Deno.readTextFile(path);
  await Deno.writeTextFile(path, text.replace(/^server-ip=.*$/m, `server-ip=${ip}`));
}

Deno.test({
  name: "send uses RCON at server-ip, never the password on a loopback squatter",
  ignore: Deno.build.os !== "linux",
  async fn() {
    await using daemon = await startDaemon({ rconPassword: "s3cret" });
    // The server binds 127.0.0.2 (server-ip); a local user takes 127.0.0.1 on the same port.
    await setServerIp(daemon.serverDir, "127.0.0.2");
    using squatter = squat("127.0.0.1", daemon.ports.rcon);
    const client = await daemon.client({ timeoutMs: 60_000 });
    const started = await client.startServer({ waitForReady: true });
    assert.equal(started.success, true, started.message);
    const reply = await client.sendCommand({ command: "list" });
    assert.match(reply.response, /There are 0 of a max of \d+ players online/);
    const logs = await client.getLogs({ lines: 200 });
    assert.ok(logs.lines.some((l) => /Thread RCON Client .* started/.test(l)), "went over RCON");
    assert.equal(squatter.received(), 0, "the squatter received bytes");
    assert.doesNotMatch(daemon.stderr(), /Not sending the RCON password/);
  },
});

Deno.test({
  name: "send falls back to the console when another process holds the RCON port",
  ignore: Deno.build.os !== "linux",
  async fn() {
    await using daemon = await startDaemon({ rconPassword: "s3cret" });
    // Taken before the server starts: its RCON cannot bind, the squatter keeps the port.
    using squatter = squat("127.0.0.1", daemon.ports.rcon);
    const client = await daemon.client({ timeoutMs: 60_000 });
    const started = await client.startServer({ waitForReady: true });
    assert.equal(started.success, true, started.message);
    const reply = await client.sendCommand({ command: "list" });
    assert.match(reply.response, /There are 0 of a max of \d+ players online/);
    assert.equal(squatter.received(), 0, "the squatter received bytes");
    assert.match(
      daemon.stderr(),
      /Not sending the RCON password: another process, not the server, listens on the RCON port/,
    );
  },
});

Deno.test({
  name: "getStatus() does not ping another process that holds the server's port",
  ignore: Deno.build.os !== "linux",
  async fn() {
    // A server that opens no status port (a proxy, a modded server mid-restart): a local user holds it.
    const command = ["sh", "-c", `echo 'Done (0.1s)! For help, type "help"'; exec sleep 1000`];
    await using daemon = await startDaemon({ config: { server: { command } } });
    using squatter = squat("127.0.0.1", daemon.ports.server);
    const client = await daemon.client({ timeoutMs: 60_000 });
    const started = await client.startServer({ waitForReady: true });
    assert.equal(started.success, true, started.message);
    const status = await client.getStatus();
    assert.equal(status.motd, "An Atlas Runner demo server"); // from server.properties
    assert.equal(squatter.received(), 0, "the squatter was pinged");
    assert.match(daemon.stderr(), /Another process, not the server, listens on the server's port/);
    await client.stopServer({ force: true });
  },
});
