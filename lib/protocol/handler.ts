/**
 * The interface a daemon implements to answer requests: one optional method
 * per request payload, named after it.
 *
 * @module
 */
import type { atlas } from "./messages.ts";

/** What a handler learns about the request besides its payload. */
export interface HandlerContext {
  /** The request's id, exact over the whole uint64 range. */
  readonly requestId: bigint;
  /** A number identifying the connection within this server (for logs). */
  readonly connectionId: number;
  /** Fires when the connection closes or the server shuts down. */
  readonly signal: AbortSignal;
  /**
   * Fires once the peer has stopped sending (the end of its stream), the
   * connection closes, or the server shuts down. A request still waiting
   * for its turn (a start queued behind a backup) may then be dropped: a
   * client that hung up no longer wants it.
   */
  readonly peerEnded: AbortSignal;
}

/** A value, or a promise of it. */
export type Awaitable<T> = T | Promise<T>;

/**
 * Answers requests. Each method receives its request payload and a
 * {@linkcode HandlerContext} and returns the response (a message instance or
 * a plain object of the same shape). A method that is missing answers
 * `UNKNOWN_REQUEST`; a method that throws answers an `ErrorResponse` with the
 * `IpcError`'s code, or `INTERNAL` for any other error.
 *
 * `getLogs` may return an async iterable: each item is sent as its own
 * `Response` frame with the request's id (a stream; an item with more than
 * 512 KiB of lines is split over several frames, each sent once the previous
 * one was written); if the last item does not have `eof: true`, a final
 * empty frame with `eof: true` follows. If the iterable throws, its
 * `ErrorResponse` ends the stream and nothing follows it for that id.
 */
export interface RequestHandler {
  /** Answers `StartServerRequest`. */
  startServer?(
    request: atlas.ipc.StartServerRequest,
    context: HandlerContext,
  ): Awaitable<atlas.ipc.StartServerResponse.$Properties>;
  /** Answers `StopServerRequest`. */
  stopServer?(
    request: atlas.ipc.StopServerRequest,
    context: HandlerContext,
  ): Awaitable<atlas.ipc.StopServerResponse.$Properties>;
  /** Answers `GetStatusRequest`. */
  getStatus?(
    request: atlas.ipc.GetStatusRequest,
    context: HandlerContext,
  ): Awaitable<atlas.ipc.GetStatusResponse.$Properties>;
  /** Answers `SendCommandRequest` (already validated: non-empty, ≤ 1000 chars, no control characters). */
  sendCommand?(
    request: atlas.ipc.SendCommandRequest,
    context: HandlerContext,
  ): Awaitable<atlas.ipc.SendCommandResponse.$Properties>;
  /** Answers `GetLogsRequest`, once or as a stream. */
  getLogs?(
    request: atlas.ipc.GetLogsRequest,
    context: HandlerContext,
  ):
    | Awaitable<atlas.ipc.GetLogsResponse.$Properties>
    | AsyncIterable<atlas.ipc.GetLogsResponse.$Properties>;
  /** Answers `CreateBackupRequest`. */
  createBackup?(
    request: atlas.ipc.CreateBackupRequest,
    context: HandlerContext,
  ): Awaitable<atlas.ipc.CreateBackupResponse.$Properties>;
  /** Answers `ListBackupsRequest`. */
  listBackups?(
    request: atlas.ipc.ListBackupsRequest,
    context: HandlerContext,
  ): Awaitable<atlas.ipc.ListBackupsResponse.$Properties>;
  /** Answers `RestoreBackupRequest`. */
  restoreBackup?(
    request: atlas.ipc.RestoreBackupRequest,
    context: HandlerContext,
  ): Awaitable<atlas.ipc.RestoreBackupResponse.$Properties>;
  /** Answers `UpdateServerRequest`. */
  updateServer?(
    request: atlas.ipc.UpdateServerRequest,
    context: HandlerContext,
  ): Awaitable<atlas.ipc.UpdateServerResponse.$Properties>;
  /** Answers `GetConfigRequest`. */
  getConfig?(
    request: atlas.ipc.GetConfigRequest,
    context: HandlerContext,
  ): Awaitable<atlas.ipc.GetConfigResponse.$Properties>;
  /** Answers `SetConfigRequest` (already validated: `configJson` is valid JSON). */
  setConfig?(
    request: atlas.ipc.SetConfigRequest,
    context: HandlerContext,
  ): Awaitable<atlas.ipc.SetConfigResponse.$Properties>;
  /**
   * Answers `GetMetricsRequest` (daemon 0.2.0). A daemon that implements it
   * lists the `"metrics"` feature in its status.
   */
  getMetrics?(
    request: atlas.ipc.GetMetricsRequest,
    context: HandlerContext,
  ): Awaitable<atlas.ipc.GetMetricsResponse.$Properties>;
}
