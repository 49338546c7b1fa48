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

/** What a worker answers: a frame (or content), or why it failed. */
interface Answer {
  id: number;
  data?: Uint8Array;
  /** Archive paths of files that changed size while a `pack` part read them. */
  changed?: string[];
  error?: string;
  name?: string;
}

/** What {@linkcode ZstdPool.pack} returns. */
export interface PackedPart {
  /** The part's zstd frame. */
  frame: Uint8Array;
  /** Archive paths of files whose size changed while they were read. */
  changed: string[];
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
  #nextId = 1;
  #closed = false;

  /**
   * @param options Workers and level.
   */
  constructor(options: ZstdPoolOptions = {}) {
    this.#level = options.level ?? null;
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
   * and compresses it into one zstd frame.
   *
   * @param part The part's plan.
   * @returns The frame, and the files that changed size while they were read.
   * @throws {Error} When a file cannot be read (with the file system's message and error name).
   */
  async pack(part: TarPart): Promise<PackedPart> {
    const answer = await this.#submit({ op: "pack", part, level: this.#level }, []);
    return { frame: answer.data!, changed: answer.changed ?? [] };
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
      if (answer.data) pending.resolve(answer);
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
