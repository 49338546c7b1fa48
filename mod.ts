/**
 * Atlas Runner's wire protocol, runner-ipc-v2, as a library: a client and a
 * server for the length-prefixed protobuf frames that the `atlas-runner`
 * daemon and its command line exchange over a Unix socket, the frame codec,
 * the generated message types (`atlas.ipc.*`, `atlas.common.*`) and the
 * error family with its stable codes.
 *
 * A frame is a 4-byte big-endian length followed by one protobuf
 * `atlas.ipc.Request` (client to daemon) or `atlas.ipc.Response` (back, with
 * the same uint64 `id`), at most 10 MiB.
 *
 * Importing this module patches protobufjs: it replaces
 * `protobuf.util.oneOfSetter` (process-wide, in the protobufjs copy this
 * package resolves) with one that deletes only the oneof members an object
 * actually has. The result is the same as the stock setter's, only cheaper
 * (it was most of the cost of decoding a request); a program that also uses
 * that protobufjs copy directly gets the patched setter too.
 *
 * @example Talking to a running daemon
 * ```ts ignore
 * import { IpcClient, isIpcError } from "@atlas/runner";
 *
 * const client = await IpcClient.connect("/run/user/1000/atlas-runner.sock", { retries: 3 });
 * try {
 *   const status = await client.getStatus();
 *   console.log(`${status.version}: ${status.playerCount}/${status.maxPlayers} players`);
 *   await client.sendCommand({ command: "say Backup in 5 minutes" });
 *   for await (const line of client.followLogs(20)) console.log(line);
 * } catch (error) {
 *   if (isIpcError(error)) console.error(`${error.code}: ${error.message}`);
 *   else throw error;
 * } finally {
 *   await client.close();
 * }
 * ```
 *
 * @example A long-lived client that survives daemon restarts
 * ```ts ignore
 * import { IpcClient, IpcPool } from "@atlas/runner";
 *
 * const socket = "/run/user/1000/atlas-runner.sock";
 * // Reads are sent again after a lost connection; changes never are.
 * await using client = await IpcClient.connect(socket, { reconnect: true });
 * const info = await client.debugInfo();
 * console.log(`daemon ${info.daemonVersion}, protocol ${info.protocolVersion}`);
 * const [status, backups] = await client.batch([{ getStatus: {} }, { listBackups: {} }]);
 * console.log(status.getStatus?.playerCount, backups.listBackups?.backups.length);
 *
 * // Many concurrent callers (a bot, a web back end) on four connections:
 * await using pool = await IpcPool.connect(socket, { size: 4 });
 * await Promise.all(["alice", "bob"].map((name) => pool.sendCommand({ command: `say hi ${name}` })));
 * ```
 *
 * @module
 */
export { IpcClient, RECONNECTED_PREFIX } from "./lib/protocol/client.ts";
export type {
  BatchRequest,
  CallOptions,
  DebugInfo,
  FollowLogsOptions,
  IpcClientOptions,
} from "./lib/protocol/client.ts";
export { IpcPool } from "./lib/protocol/pool.ts";
export type { IpcPoolOptions, PoolRunOptions } from "./lib/protocol/pool.ts";
export { IpcServer } from "./lib/protocol/server.ts";
export type { IpcServerMetrics, IpcServerOptions } from "./lib/protocol/server.ts";
export type { RateLimit } from "./lib/protocol/rate_limit.ts";
export type { Awaitable, HandlerContext, RequestHandler } from "./lib/protocol/handler.ts";
export { encodeFrame, FrameDecoder, MAX_FRAME_BYTES } from "./lib/protocol/frame.ts";
export type { FrameDecoderOptions } from "./lib/protocol/frame.ts";
export {
  fromErrorResponse,
  IpcError,
  isIpcError,
  isWireErrorCode,
  LOCAL_ERROR_CODES,
  toErrorResponse,
  WIRE_ERROR_CODES,
} from "./lib/protocol/errors.ts";
export type {
  IpcErrorCode,
  IpcErrorOptions,
  LocalErrorCode,
  WireErrorCode,
} from "./lib/protocol/errors.ts";
export { atlas, idToBigInt, idToLong, MAX_ID, REQUEST_NAMES } from "./lib/protocol/messages.ts";
export type { Long, RequestName, ResponseName, WireId } from "./lib/protocol/messages.ts";
export {
  assertDaemonFeature,
  DAEMON_FEATURES,
  daemonInfoFromStatus,
  PROTOCOL_VERSION,
} from "./lib/protocol/version.ts";
export type { DaemonFeature, DaemonInfo } from "./lib/protocol/version.ts";
export {
  MAX_CONSOLE_COMMAND_LENGTH,
  validateConfigJson,
  validateConsoleCommand,
} from "./lib/protocol/validate.ts";
