/**
 * The worker thread of `ZstdPool`: compresses each part it is sent into one
 * complete zstd frame (with a checksum), or decompresses one whole frame,
 * and sends the result back, transferring its memory instead of copying it.
 * A part of a tar stream (`pack`) arrives as a plan (header bytes and file
 * ranges) with a shared output buffer: the worker reads the files itself,
 * into a buffer it keeps, and writes the frame into the shared buffer with a
 * compression context it keeps (`_zstd_context.ts`), so neither the file
 * content nor the frame is copied between threads, and no memory is
 * allocated per part.
 *
 * @module
 */
import { constants, zstdCompressSync, zstdDecompressSync } from "node:zlib";
import { fillPart, type TarPart } from "./_tar_parts.ts";
import { ZstdContexts, zstdFrameBound, type ZstdParams } from "./_zstd_context.ts";

/** A part to compress, a tar part to read and compress, or a frame to decompress. */
type Job =
  | { id: number; op: "compress"; data: Uint8Array; level: number | null }
  | {
    id: number;
    op: "pack";
    part: TarPart;
    level: number | null;
    /** Where the frame goes. */
    out: SharedArrayBuffer;
    /** The part buffer's size when it must grow (the largest part to come). */
    reserve: number;
  }
  | { id: number; op: "decompress"; data: Uint8Array; maxOutput: number };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Job>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

/** The tar part being compressed: kept between parts, grown when needed. */
let partBuffer = new Uint8Array(0);

/** Compression contexts, kept between parts (one per parameter set). */
const contexts = new ZstdContexts();

/** Results in buffers up to this size are copied, not transferred (see below). */
const SMALL_BYTES = 64 * 1024;

/** Bytes of a part the compressibility probe samples, in {@linkcode PROBE_SLICES} slices. */
const PROBE_BYTES = 256 * 1024;
const PROBE_SLICES = 4;
/** Above this ratio (compressed/original, level 1) a part is treated as already compressed. */
const INCOMPRESSIBLE_RATIO = 0.75;

/**
 * The zstd parameters for a part. An explicit level is used as it is. The
 * default (`null`) is level 3, as the zstd command, tuned per part:
 *
 * - a part that is mostly already-compressed data (region files hold zlib
 *   chunks) gets small match tables and a 512 KiB window: on such data the
 *   tables are probed at almost every byte and find nothing, so small ones
 *   (which stay in the CPU's cache) make it about 40 % faster, and the zero
 *   runs between chunks are found just as well (measured: a few bytes
 *   smaller);
 * - any other part gets a window as large as the part (16 MiB at most, so
 *   `zstd -d` and `tar --zstd -x` need no option): a part is a separate
 *   frame that starts with an empty window, which costs ratio against one
 *   long stream; reaching back across the whole part wins that back, so the
 *   archive is no larger than `zstd -3` of the same tar (see BENCHMARKS.md,
 *   issue 13), for about the time of level 3.
 */
function paramsFor(data: Uint8Array, level: number | null): ZstdParams {
  const params: ZstdParams = { [constants.ZSTD_c_checksumFlag]: 1 };
  if (level !== null) {
    params[constants.ZSTD_c_compressionLevel] = level;
    return params;
  }
  params[constants.ZSTD_c_compressionLevel] = 3;
  if (probeRatio(data) > INCOMPRESSIBLE_RATIO) {
    params[constants.ZSTD_c_hashLog] = 13;
    params[constants.ZSTD_c_chainLog] = 11;
    params[constants.ZSTD_c_windowLog] = 19;
  } else {
    params[constants.ZSTD_c_windowLog] = 24;
  }
  return params;
}

/** Level 1, for the probe. */
const PROBE_PARAMS: ZstdParams = { [constants.ZSTD_c_compressionLevel]: 1 };
/** The probe's output, kept. */
const probeOut = new Uint8Array(zstdFrameBound(PROBE_BYTES / PROBE_SLICES));

/** The level-1 ratio of a few evenly spaced slices of `data` (cheap: a fraction of a percent). */
function probeRatio(data: Uint8Array): number {
  const slice = Math.min(PROBE_BYTES / PROBE_SLICES, Math.floor(data.length / PROBE_SLICES));
  if (slice < 1024) return 0;
  let input = 0;
  let output = 0;
  for (let i = 0; i < PROBE_SLICES; i++) {
    const start = Math.floor((data.length - slice) * i / (PROBE_SLICES - 1));
    const sample = data.subarray(start, start + slice);
    output += contexts.compressInto(sample, PROBE_PARAMS, probeOut);
    input += sample.length;
  }
  return output / input;
}

function compress(data: Uint8Array, level: number | null): Uint8Array {
  // One output chunk big enough for any frame of `data` (zstd's bound), so
  // no chunks are concatenated; only the pages written are ever touched.
  return zstdCompressSync(data, {
    params: paramsFor(data, level),
    chunkSize: zstdFrameBound(data.length),
  });
}

/** Reads a tar part and writes its frame into the shared `out`: the frame's length. */
function pack(job: Extract<Job, { op: "pack" }>): { length: number; changed: string[] } {
  if (partBuffer.length < job.part.length) {
    partBuffer = new Uint8Array(Math.max(job.part.length, job.reserve));
  }
  const changed = fillPart(job.part, partBuffer);
  const data = partBuffer.subarray(0, job.part.length);
  const length = contexts.compressInto(data, paramsFor(data, job.level), new Uint8Array(job.out));
  return { length, changed };
}

function run(job: Exclude<Job, { op: "pack" }>): { data: Uint8Array } {
  if (job.op === "decompress") {
    return { data: zstdDecompressSync(job.data, { maxOutputLength: job.maxOutput }) };
  }
  return { data: compress(job.data, job.level) };
}

scope.onmessage = ({ data: job }) => {
  try {
    if (job.op === "pack") {
      // The frame is in the shared buffer already: only its length goes back.
      scope.postMessage({ id: job.id, ...pack(job) });
      return;
    }
    const { data } = run(job);
    // The frame's whole buffer is transferred (a view of it is sent). Small
    // results may sit in Buffer's shared 8 KiB pool, which must not be
    // detached: those few bytes are copied instead.
    const out = data.buffer.byteLength <= SMALL_BYTES
      ? new Uint8Array(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    scope.postMessage({ id: job.id, data: out }, [out.buffer as ArrayBuffer]);
  } catch (error) {
    const { name, message } = error as Error;
    scope.postMessage({ id: job.id, error: message ?? String(error), name });
  }
};
