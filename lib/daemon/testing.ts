/**
 * The daemon's one internal option for tests, {@linkcode DaemonTesting}:
 * timings shortened and crash points to park at. Never a config key, never
 * a flag: users cannot set these. Only `cmd/daemon.ts` (from
 * `ATLAS_RUNNER_TEST_PAUSE`, for tests that run the daemon as a child) and
 * tests running it in-process fill it in.
 *
 * @module
 */
import { getLogger } from "@logtape/logtape";
import type { SavingTimeouts } from "./backup/saving_off.ts";
import type { SwapProbe } from "./backup/restore_journal.ts";
import type { CrashPolicyOptions } from "./server/crash_policy.ts";
import type { ReplyTimings } from "./console/service.ts";

const log = getLogger(["atlas-runner", "daemon", "testing"]);

/**
 * Internal knobs for tests.
 *
 * @internal
 */
export interface DaemonTesting {
  /** Crash restart timings. */
  crashPolicy?: CrashPolicyOptions;
  /** Wait between SIGTERM and SIGKILL in a staged stop. @default 10000 */
  termTimeoutMs?: number;
  /** Extra environment of the server (demo hooks per daemon). */
  serverEnv?: Record<string, string>;
  /** Console timeouts of backups. */
  savingTimeouts?: SavingTimeouts;
  /** Called at each crash-test step (`backup:flushed`, `backup:archived`, `restore:<swap step>`). */
  probe?: SwapProbe;
  /**
   * Steps at which the daemon logs `Test pause at <step>` and never goes on,
   * so a test can kill -9 it at a known point (used when `probe` is unset).
   */
  pauseAt?: readonly string[];
  /** Update metadata request deadline. */
  requestTimeoutMs?: number;
  /** Update download stall timeout. */
  idleTimeoutMs?: number;
  /** The length of a `backups.intervalMinutes` minute. */
  minuteMs?: number;
  /** How long SendCommand collects console lines (longer, so a loaded machine cannot cut a reply short). */
  consoleReply?: ReplyTimings;
}

/**
 * The crash-test probe of {@linkcode DaemonTesting}: its own `probe`, else
 * one that parks for good at the `pauseAt` steps, else none.
 *
 * @param testing The testing option.
 * @returns The probe, or `undefined`.
 */
export function testProbe(testing: DaemonTesting | undefined): SwapProbe | undefined {
  if (testing?.probe) return testing.probe;
  const steps = new Set(testing?.pauseAt ?? []);
  if (steps.size === 0) return undefined;
  return (step) => {
    if (!steps.has(step)) return;
    log.warn("Test pause at {step}", { step });
    return new Promise<void>(() => {});
  };
}
