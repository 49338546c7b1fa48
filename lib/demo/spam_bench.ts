/**
 * How fast the demo server prints console lines (the `ATLAS_DEMO_SPAM_LINES`
 * hook) into a pipe: the ceiling for the daemon's end-to-end log throughput.
 * Each iteration starts a demo server, waits for its 200 000th line, and
 * stops it; start-up is part of the time, so lines/s is a lower bound.
 *
 * @module
 */
import { startDemo } from "../../tests/helpers/demo.ts";

const LINES = 200_000;

Deno.bench({
  name: `demo server prints ${LINES} console lines into a pipe (incl. start-up)`,
  n: 5,
  warmup: 1,
  async fn() {
    await using demo = await startDemo({ env: { ATLAS_DEMO_SPAM_LINES: String(LINES) } });
    await demo.stdout.waitForLine(`Spam line ${LINES} of ${LINES}`);
    await demo.send("stop");
    await demo.status();
  },
});
