/**
 * Reading typed input: a yes/no confirmation on a terminal, and lines from
 * stdin (a terminal in cooked mode or a pipe).
 *
 * @module
 */
import type { CliIo } from "./io.ts";

/**
 * Splits a byte stream into lines (UTF-8; `\n` or `\r\n`). A last line
 * without a newline is yielded too. The reader's lock is released when the
 * consumer stops.
 *
 * @param readable The bytes.
 * @param signal Stops reading (cancels the stream) when aborted.
 * @returns The lines, without their line endings.
 */
export async function* readLines(
  readable: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncGenerator<string> {
  const reader = readable.getReader();
  const decoder = new TextDecoder();
  const cancel = (): void => void reader.cancel();
  signal?.addEventListener("abort", cancel, { once: true });
  let buffer = "";
  try {
    if (signal?.aborted) return;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let newline;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        yield buffer.slice(0, newline).replace(/\r$/, "");
        buffer = buffer.slice(newline + 1);
      }
    }
    buffer += decoder.decode();
    if (buffer !== "") yield buffer.replace(/\r$/, "");
  } finally {
    signal?.removeEventListener("abort", cancel);
    reader.releaseLock();
  }
}

/**
 * Asks a yes/no question on stderr and reads the answer from stdin. Only
 * `y` or `yes` (any case) says yes; end of input says no.
 *
 * @param io The process's streams.
 * @param question The question, without the `[y/N]` suffix.
 * @returns Whether the answer was yes.
 */
export async function confirm(io: CliIo, question: string): Promise<boolean> {
  await io.stderr.write(`${question} [y/N] `);
  const lines = readLines(io.stdin.readable);
  const first = await lines.next();
  await lines.return(undefined);
  return !first.done && /^\s*y(es)?\s*$/i.test(first.value);
}
