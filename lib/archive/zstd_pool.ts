/**
 * Parallel zstd: a fixed set of worker threads, each turning a part of the
 * input into one complete zstd frame, or one frame back into its bytes. Frames concatenated in
 * order are one valid zstd stream (RFC 8878 §3.1), so `zstd -d` and
 * `tar --zstd -x` read the result as if one compressor had made it. This is
 * how archiving uses more than one core: `node:zlib` has no multithreaded
 * zstd (`ZSTD_c_nbWorkers` is refused).
 *
 * @module
 */

import type { TarPart } from "./_tar_parts.ts";
import { zstdFrameBound } from "./_zstd_context.ts";

/** What a worker answers: a frame (or content), or why it failed. */
interface Answer {
  id: number;
  data?: Uint8Array;
  /** A `pack` frame's length (the frame is in the job's shared buffer). */
  length?: number;
  /** Archive paths of files that changed size while a `pack` part read them. */
  changed?: string[];
  error?: string;
  name?: string;
}

/** What {@linkcode ZstdPool.pack} returns. */
export interface PackedPart {
  /**
   * The part's zstd frame: a view of one of the pool's output buffers,
   * valid until {@linkcode PackedPart.release}.
   */
  frame: Uint8Array;
  /** Archive paths of files whose size changed while they were read. */
  changed: string[];
  /** Gives the frame's buffer back to the pool, for a later part (call once, when done with it). */
  release(): void;
}

/** A message for a worker, and the memory it hands over. */
interface Job {
  message: Record<string, unknown> & { id: number };
  transfer: Transferable[];
}

/** Options of {@linkcode ZstdPool}. */
export interface ZstdPoolOptions {
  /** Worker threads. @default the number of cores, at most 4 */
  workers?: number;
  /**
   * zstd level, 1 (fast) to 19 (small). @default level 3, as the zstd
   * command, with match tables tuned per part (see `_zstd_worker.ts`)
   */
  level?: number;
  /**
   * The size of the largest part {@linkcode ZstdPool.pack} will be given:
   * buffers (a part buffer per worker, a frame buffer per part in flight)
   * are made this big at once, so each is allocated once and reused rather
   * than replaced by a bigger one as bigger parts come. @default 0 (each
   * as big as the part that needs it)
   */
  partBytes?: number;
}

/** The default number of workers: every core, at most 4. */
export function defaultZstdWorkers(): number {
  return Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1));
}

/**
 * A pool of zstd workers. {@linkcode compress} hands a part to an idle
 * worker (or queues it) and resolves with its frame. Close it with
 * {@linkcode close} (or `using`) to end the threads.
 */
export class ZstdPool implements Disposable {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #queue: Job[] = [];
  readonly #pending = new Map<
    number,
    { resolve: (answer: Answer) => void; reject: (error: Error) => void }
  >();
  readonly #level: number | null;
  readonly #partBytes: number;
  /** Output buffers of `pack` frames given back, for the next parts. */
  readonly #freeOutputs: SharedArrayBuffer[] = [];
  #nextId = 1;
  #closed = false;

  /**
   * @param options Workers and level.
   */
  constructor(options: ZstdPoolOptions = {}) {
    this.#level = options.level ?? null;
    this.#partBytes = options.partBytes ?? 0;
    const count = Math.max(1, options.workers ?? defaultZstdWorkers());
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL("./_zstd_worker.ts", import.meta.url), {
        type: "module",
      });
      worker.onmessage = (event: MessageEvent<Answer>) => this.#answer(worker, event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.#failAll(new Error(`zstd worker failed: ${event.message}`));
      };
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
  }

  /** How many parts can be compressed at once. */
  get size(): number {
    return this.#workers.length;
  }

  /**
   * Compresses one part into one zstd frame. The part's memory is handed to
   * the worker: do not use `data` afterwards.
   *
   * @param data The bytes (not empty).
   * @returns The frame.
   */
  async compress(data: Uint8Array): Promise<Uint8Array> {
    const owned = ownedWhole(data);
    const answer = await this.#submit({ op: "compress", data: owned, level: this.#level }, [
      owned.buffer as ArrayBuffer,
    ]);
    return answer.data!;
  }

  /**
   * Reads a part of a tar stream (its file ranges are read on the worker)
   * and compresses it into one zstd frame, written by the worker straight
   * into an output buffer shared with it. Buffers are reused: each part
   * takes a buffer given back by {@linkcode PackedPart.release} (or a new
   * one), so the pool holds as many as parts were packed and not yet
   * released; the caller bounds that.
   *
   * @param part The part's plan.
   * @returns The frame, the files that changed size while they were read, and `release`.
   * @throws {Error} When a file cannot be read (with the file system's message and error name).
   */
  async pack(part: TarPart): Promise<PackedPart> {
    const reserve = Math.max(part.length, this.#partBytes);
    const out = this.#takeOutput(zstdFrameBound(reserve));
    // On failure the buffer is dropped, not reused: after a pool-wide
    // failure a worker may still be writing into it.
    const answer = await this.#submit({ op: "pack", part, level: this.#level, out, reserve }, []);
    let released = false;
    return {
      frame: new Uint8Array(out, 0, answer.length!),
      changed: answer.changed ?? [],
      release: () => {
        if (released) return;
        released = true;
        this.#freeOutputs.push(out);
      },
    };
  }

  /**
   * A free output buffer of at least `bytes`, else a new one (rounded up to
   * a MiB, so that parts of similar size share buffers). Pages are touched
   * only where frames are written.
   */
  #takeOutput(bytes: number): SharedArrayBuffer {
    const index = this.#freeOutputs.findIndex((b) => b.byteLength >= bytes);
    if (index >= 0) return this.#freeOutputs.splice(index, 1)[0];
    // None fits: a smaller free one is dropped rather than kept beside a new one.
    this.#freeOutputs.pop();
    const mib = 1024 * 1024;
    return new SharedArrayBuffer(Math.ceil(bytes / mib) * mib);
  }

  /**
   * Decompresses one whole frame. The frame's memory is handed to the worker.
   *
   * @param frame One complete zstd frame.
   * @param maxOutput The most bytes it may decompress to (a memory bound).
   * @returns Its content.
   */
  async decompress(frame: Uint8Array, maxOutput: number): Promise<Uint8Array> {
    const owned = ownedWhole(frame);
    const answer = await this.#submit({ op: "decompress", data: owned, maxOutput }, [
      owned.buffer as ArrayBuffer,
    ]);
    return answer.data!;
  }

  #submit(message: Record<string, unknown>, transfer: Transferable[]): Promise<Answer> {
    if (this.#closed) return Promise.reject(new Error("zstd pool is closed"));
    const id = this.#nextId++;
    const result = new Promise<Answer>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
    });
    this.#queue.push({ message: { ...message, id }, transfer });
    this.#dispatch();
    return result;
  }

  /** Ends the workers; parts still pending fail. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const worker of this.#workers) worker.terminate();
    this.#failAll(new Error("zstd pool is closed"));
  }

  [Symbol.dispose](): void {
    this.close();
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop()!;
      const job = this.#queue.shift()!;
      worker.postMessage(job.message, job.transfer);
    }
  }

  #answer(worker: Worker, answer: Answer): void {
    const pending = this.#pending.get(answer.id);
    this.#pending.delete(answer.id);
    this.#idle.push(worker);
    if (pending) {
      if (answer.data || answer.length !== undefined) pending.resolve(answer);
      else pending.reject(workerError(answer));
    }
    this.#dispatch();
  }

  #failAll(error: Error): void {
    this.#queue.length = 0;
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }
}

/** `data`, or a copy of it that owns its whole buffer (so the buffer can be transferred). */
function ownedWhole(data: Uint8Array): Uint8Array {
  return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : data.slice();
}

/**
 * The error a worker reported. A file system error keeps its message and
 * name (`NotFound`, `PermissionDenied`), as if it had been thrown here.
 */
function workerError(answer: Answer): Error {
  if (answer.name && answer.name in Deno.errors) {
    const ErrorClass = Deno.errors[answer.name as keyof typeof Deno.errors];
    return new ErrorClass(answer.error);
  }
  return new Error(`zstd: ${answer.error}`);
}
