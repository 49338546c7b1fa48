/**
 * The accept loop the demo's two TCP ports (game port and RCON) share:
 * each connection is served by its own task and closed when that task
 * ends; shutting down stops accepting first, then the owner closes the
 * connections still open, in its own way (RCON prints a line per client).
 * Private to `lib/demo/`.
 *
 * @module
 */

/** A connection being served. */
export interface ServedConnection {
  /** The connection. */
  readonly conn: Deno.TcpConn;
  /** Settles once its handler has returned and the connection is closed. */
  readonly done: Promise<void>;
}

/** Serves every connection a TCP listener accepts, until stopped. */
export class AcceptLoop {
  #listener: Deno.TcpListener;
  #open = new Set<ServedConnection>();
  #accepting: Promise<void>;

  /**
   * Starts accepting.
   *
   * @param listener The listener (closed by {@linkcode AcceptLoop.stop}).
   * @param serve Serves one connection; the connection is closed when it settles.
   * @param onAcceptError Told why accepting ended, unless it ended by `stop()`.
   */
  constructor(
    listener: Deno.TcpListener,
    serve: (conn: Deno.TcpConn) => Promise<void>,
    onAcceptError: (error: unknown) => void,
  ) {
    this.#listener = listener;
    this.#accepting = this.#accept(serve, onAcceptError);
  }

  /** The bound port. */
  get port(): number {
    return this.#listener.addr.port;
  }

  /** The connections still open, oldest first. */
  get open(): ServedConnection[] {
    return [...this.#open];
  }

  /** Closes the listener and waits for the loop to end; open connections stay open. */
  async stop(): Promise<void> {
    try {
      this.#listener.close();
    } catch { /* already closed */ }
    await this.#accepting;
  }

  /** Closes every open connection and waits for their handlers. */
  async closeAll(): Promise<void> {
    const open = this.open;
    for (const served of open) closeQuietly(served.conn);
    await Promise.all(open.map((served) => served.done));
  }

  async #accept(
    serve: (conn: Deno.TcpConn) => Promise<void>,
    onAcceptError: (error: unknown) => void,
  ): Promise<void> {
    try {
      for await (const conn of this.#listener) {
        const served: ServedConnection = {
          conn,
          done: serve(conn).finally(() => {
            closeQuietly(conn);
            this.#open.delete(served);
          }),
        };
        this.#open.add(served);
      }
    } catch (error) {
      // BadResource: the listener was closed by stop().
      if (!(error instanceof Deno.errors.BadResource)) onAcceptError(error);
    }
  }
}

/**
 * Closes a connection that may be closed already.
 *
 * @param conn The connection.
 */
export function closeQuietly(conn: Deno.Conn): void {
  try {
    conn.close();
  } catch { /* already closed */ }
}
