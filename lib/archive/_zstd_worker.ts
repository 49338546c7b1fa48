/**
 * The worker thread of `ZstdPool`: compresses each part it is sent into one
 * complete zstd frame (with a checksum), or decompresses one whole frame,
 * and sends the result back, transferring its memory instead of copying it.
 *
 * @module
 */
import { constants, zstdCompressSync, zstdDecompressSync } from "node:zlib";

/** A part to compress or a frame to decompress, as the pool sends it. */
interface Job {
  id: number;
  op: "compress" | "decompress";
  data: Uint8Array;
  /** zstd level (compress). */
  level: number;
  /** The most bytes a frame may decompress to (decompress). */
  maxOutput: number;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Job>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

scope.onmessage = ({ data: job }) => {
  try {
    const out = job.op === "decompress"
      ? zstdDecompressSync(job.data, { maxOutputLength: job.maxOutput })
      : zstdCompressSync(job.data, {
        params: {
          [constants.ZSTD_c_compressionLevel]: job.level,
          [constants.ZSTD_c_checksumFlag]: 1,
        },
      });
    // Transfer only a buffer the frame owns whole; a pooled slice is copied.
    const owned = out.byteOffset === 0 && out.byteLength === out.buffer.byteLength
      ? new Uint8Array(out.buffer, 0, out.byteLength)
      : new Uint8Array(out);
    scope.postMessage({ id: job.id, data: owned }, [owned.buffer as ArrayBuffer]);
  } catch (error) {
    scope.postMessage({ id: job.id, error: (error as Error).message ?? String(error) });
  }
};
