/**
 * Streaming through a `node:zlib` transform with backpressure on both sides,
 * as archiving (gzip) and extraction (gunzip) both do.
 *
 * @module
 */
import { once } from "node:events";
import type { Transform } from "node:stream";

/**
 * Writes `input` into `transform` (waiting for `drain` when it is full)
 * while `consume` reads its output, and settles when both are done. The
 * first failure of either side or of the transform stops both and is
 * thrown; later ones are consequences of it.
 *
 * @param transform A zlib stream, e.g. `createGzip()`.
 * @param input What to compress or decompress.
 * @param consume Reads the output to its end. `failed()` tells whether
 *   something failed meanwhile, e.g. before judging a short output final.
 * @throws The first failure.
 */
export async function pipeThroughZlib(
  transform: Transform,
  input: AsyncIterable<Uint8Array>,
  consume: (output: AsyncIterable<Uint8Array>, failed: () => boolean) => Promise<void>,
): Promise<void> {
  let failure: unknown;
  transform.on("error", (error: unknown) => failure ??= error);
  const consumer = consume(transform as AsyncIterable<Uint8Array>, () => !!failure)
    .catch((error) => {
      failure ??= error;
      transform.destroy(error);
    });
  try {
    for await (const chunk of input) {
      if (failure) break;
      if (!transform.write(chunk)) await once(transform, "drain");
    }
    transform.end();
  } catch (error) {
    failure ??= error;
    transform.destroy(error as Error);
  }
  await consumer;
  if (failure) throw failure;
}
