/**
 * The benchmark server: an {@linkcode IpcServer} whose handler answers
 * GetStatus exactly like the Rust reference's `ref-server` (RUNNING,
 * "1.20.1", 3600 s, 2048 MB, 5/20 players, "Test Server") and every other
 * request with `NOT_IMPLEMENTED`. Run by `tools/bench_ipc.ts` in a process
 * of its own; prints `listening <path>` once ready and exits on SIGTERM/SIGINT.
 *
 *     deno run -A tools/bench_server.ts --socket /tmp/atlas-bench.sock
 *
 * @module
 */
import { IpcError, IpcServer, type RequestHandler } from "../mod.ts";
import { STATUS } from "../tests/helpers/protocol.ts";

function notImplemented(): never {
  throw new IpcError("NOT_IMPLEMENTED", "Not implemented by the benchmark server");
}

const handler: RequestHandler = {
  getStatus: () => STATUS,
  startServer: notImplemented,
  stopServer: notImplemented,
  sendCommand: notImplemented,
  getLogs: notImplemented,
  createBackup: notImplemented,
  listBackups: notImplemented,
  restoreBackup: notImplemented,
  updateServer: notImplemented,
  getConfig: notImplemented,
  setConfig: notImplemented,
};

const i = Deno.args.indexOf("--socket");
const path = i >= 0 ? Deno.args[i + 1] : undefined;
if (!path) {
  Deno.stderr.writeSync(new TextEncoder().encode("usage: bench_server.ts --socket PATH\n"));
  Deno.exit(2);
}
const server = await IpcServer.listen({ path, handler, maxConnections: 4096 });
const stop = () => server.close().then(() => Deno.exit(0));
Deno.addSignalListener("SIGTERM", stop);
Deno.addSignalListener("SIGINT", stop);
Deno.stdout.writeSync(new TextEncoder().encode(`listening ${path}\n`));
