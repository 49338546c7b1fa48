/**
 * A spinner with the elapsed time, on stderr, only when stderr is a
 * terminal: scripts and pipes see nothing of it.
 *
 * @module
 */
import type { CliIo } from "./io.ts";
import { colorEnabled } from "./output.ts";

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
const INTERVAL_MS = 80;

/** A running spinner; disposing it stops it and clears its line. */
export interface Spinner extends AsyncDisposable {
  /** Milliseconds since the spinner started. */
  elapsedMs(): number;
}

/**
 * Starts a spinner showing `label` and the elapsed seconds. Without a
 * terminal on stderr it shows nothing but still measures the time.
 *
 * @param io The process's streams.
 * @param label What is happening, e.g. "Starting the server".
 * @returns The spinner; dispose it when the wait is over.
 */
export function startSpinner(io: CliIo, label: string): Spinner {
  const started = performance.now();
  const elapsedMs = (): number => performance.now() - started;
  if (!io.stderr.isTerminal) {
    return { elapsedMs, [Symbol.asyncDispose]: () => Promise.resolve() };
  }
  const color = colorEnabled(io, "stderr");
  let frame = 0;
  // Writes are chained so that frames never interleave and the final clear
  // comes after the last frame.
  let pending = io.stderr.write("\x1b[?25l");
  const draw = (): void => {
    const glyph = FRAMES[frame++ % FRAMES.length];
    const seconds = (elapsedMs() / 1000).toFixed(1);
    const shown = color ? `\x1b[36m${glyph}\x1b[39m` : glyph;
    pending = pending.then(() => io.stderr.write(`\r\x1b[2K${shown} ${label}… ${seconds}s`));
  };
  draw();
  const timer = setInterval(draw, INTERVAL_MS);
  return {
    elapsedMs,
    async [Symbol.asyncDispose]() {
      clearInterval(timer);
      pending = pending.then(() => io.stderr.write("\r\x1b[2K\x1b[?25h"));
      await pending;
    },
  };
}
