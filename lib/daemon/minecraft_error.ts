/**
 * The daemon's edge towards `lib/minecraft`: a failure talking RCON or
 * Server List Ping to the game server becomes an {@linkcode IpcError} with a
 * code the wire carries, so a client sees what happened (a dropped RCON
 * connection is `FAILED` with a hint, not `INTERNAL`).
 *
 * @module
 */
import { IpcError, type WireErrorCode } from "../protocol/errors.ts";
import { MinecraftError, type MinecraftErrorCode } from "../minecraft/errors.ts";

const MAPPING: Record<MinecraftErrorCode, { code: WireErrorCode; hint?: string }> = {
  CONNECTION_CLOSED: {
    code: "FAILED",
    hint: "the server may be stopping or restarting: check `atlas-runner status`, then try again",
  },
  TIMEOUT: { code: "TIMEOUT" },
  AUTH_FAILED: { code: "FAILED", hint: "check rcon.password in server.properties" },
  INVALID_COMMAND: { code: "VALIDATION" },
  MALFORMED: {
    code: "FAILED",
    hint: "check that rcon.port in server.properties is the server's RCON port",
  },
};

/**
 * Maps a {@linkcode MinecraftError} to the {@linkcode IpcError} a client
 * gets; any other error is returned as it is.
 *
 * @param error Whatever an RCON or Server List Ping call threw.
 * @returns The error to throw on.
 */
export function fromMinecraftError(error: unknown): unknown {
  if (!(error instanceof MinecraftError)) return error;
  const { code, hint } = MAPPING[error.code];
  return new IpcError(code, error.message, {
    hint: error.hint ?? hint,
    details: error.details,
    cause: error,
  });
}
