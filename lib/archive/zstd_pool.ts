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

/** What a worker answers: a frame, or why it failed. */
interface Answer {
  id: number;
  data?: Uint8Array;
  error?: string;
}

/** Options of {@linkcode ZstdPool}. */
export interface ZstdPoolOptions {
  /** Worker threads. @default the number of cores, at most 4 */
  workers?: number;
  /** zstd level, 1 (fast) to 19 (small). @default 3, as the zstd command */
  level?: number;
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
  readonly #queue: { id: number; op: "compress" | "decompress"; data: Uint8Array; max: number }[] =
    [];
  readonly #pending = new Map<
    number,
    { resolve: (frame: Uint8Array) => void; reject: (error: Error) => void }
  >();
  readonly #level: number;
  #nextId = 1;
  #closed = false;

  /**
   * @param options Workers and level.
   */
  constructor(options: ZstdPoolOptions = {}) {
    this.#level = options.level ?? 3;
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
  compress(data: Uint8Array): Promise<Uint8Array> {
    return this.#submit("compress", data, 0);
  }

  /**
   * Decompresses one whole frame. The frame's memory is handed to the worker.
   *
   * @param frame One complete zstd frame.
   * @param maxOutput The most bytes it may decompress to (a memory bound).
   * @returns Its content.
   */
  decompress(frame: Uint8Array, maxOutput: number): Promise<Uint8Array> {
    return this.#submit("decompress", frame, maxOutput);
  }

  #submit(op: "compress" | "decompress", data: Uint8Array, max: number): Promise<Uint8Array> {
    if (this.#closed) return Promise.reject(new Error("zstd pool is closed"));
    const id = this.#nextId++;
    const result = new Promise<Uint8Array>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
    });
    this.#queue.push({ id, op, data, max });
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
      const data = job.data.byteOffset === 0 && job.data.byteLength === job.data.buffer.byteLength
        ? job.data
        : job.data.slice();
      worker.postMessage(
        { id: job.id, op: job.op, data, level: this.#level, maxOutput: job.max },
        [data.buffer as ArrayBuffer],
      );
    }
  }

  #answer(worker: Worker, answer: Answer): void {
    const pending = this.#pending.get(answer.id);
    this.#pending.delete(answer.id);
    this.#idle.push(worker);
    if (pending) {
      if (answer.data) pending.resolve(answer.data);
      else pending.reject(new Error(`zstd: ${answer.error}`));
    }
    this.#dispatch();
  }

  #failAll(error: Error): void {
    this.#queue.length = 0;
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }
}
