/**
 * Warnings from the code a client loads (the connection, the client), logged
 * through LogTape loaded on first use: these are rare, and importing LogTape
 * up front costs a short-lived CLI process about 10 ms of its start-up.
 * Private to `lib/protocol`.
 *
 * @module
 */

/**
 * Logs a warning under `["atlas-runner", "protocol", module]`.
 *
 * @param module The module's name (`"client"`, `"connection"`).
 * @param message The constant message, with `{placeholders}`.
 * @param properties The values of the placeholders.
 */
export function warn(module: string, message: string, properties: Record<string, unknown>): void {
  import("@logtape/logtape").then(
    ({ getLogger }) => getLogger(["atlas-runner", "protocol", module]).warn(message, properties),
    // Logging is best effort: a missing logger must not fail the connection.
    () => {},
  );
}
