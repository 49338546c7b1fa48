// deno-lint-ignore-file no-console -- a diagnostic script reports on stdout
/**
 * Heap snapshots of another Deno process, through its inspector (run it with
 * `--inspect=127.0.0.1:PORT`; Deno prints the `ws://…` address on stderr),
 * and a summary of what a snapshot holds, by constructor. Used by
 * `tools/soak.ts --heap-snapshots DIR`; run alone to compare two snapshots:
 *
 *     deno run --allow-read tools/heap_snapshot.ts A.heapsnapshot B.heapsnapshot
 *
 * prints, for the 25 constructors whose self size grew most from A to B,
 * their count and self size in each (a snapshot is taken after a full GC,
 * so it holds only what is reachable).
 *
 * @module
 */

/** A DevTools protocol session over the inspector's WebSocket. */
export class Inspector implements AsyncDisposable {
  readonly #socket: WebSocket;
  readonly #pending = new Map<number, (message: CdpMessage) => void>();
  readonly #events = new Map<string, (params: Record<string, unknown>) => void>();
  #nextId = 1;

  private constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as CdpMessage;
      if (message.id !== undefined) {
        this.#pending.get(message.id)?.(message);
        this.#pending.delete(message.id);
      } else if (message.method !== undefined) {
        this.#events.get(message.method)?.(message.params ?? {});
      }
    };
  }

  /**
   * Connects to an inspector.
   *
   * @param url Its `ws://` address.
   * @returns The session.
   */
  static async connect(url: string): Promise<Inspector> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.onopen = () => resolve();
      socket.onerror = (event) =>
        reject(
          new Error(`Cannot reach the inspector at ${url}`, {
            cause: event,
          }),
        );
    });
    return new Inspector(socket);
  }

  /**
   * Calls a protocol method.
   *
   * @param method E.g. `HeapProfiler.collectGarbage`.
   * @param params Its parameters.
   * @returns Its result.
   */
  call(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = this.#nextId++;
    this.#socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => {
      this.#pending.set(id, (message) => {
        if (message.error) reject(new Error(`${method}: ${JSON.stringify(message.error)}`));
        else resolve(message.result ?? {});
      });
    });
  }

  /**
   * Runs a full garbage collection in the inspected process.
   *
   * @returns Resolves when done.
   */
  async collectGarbage(): Promise<void> {
    await this.call("HeapProfiler.collectGarbage");
  }

  /**
   * Takes a heap snapshot (V8 runs a full GC first) and writes it to `path`.
   *
   * @param path Where to write the `.heapsnapshot` JSON.
   * @returns Resolves once it is written.
   */
  async writeHeapSnapshot(path: string): Promise<void> {
    using file = await Deno.open(path, { write: true, create: true, truncate: true });
    const encoder = new TextEncoder();
    let chain: Promise<unknown> = Promise.resolve();
    this.#events.set("HeapProfiler.addHeapSnapshotChunk", (params) => {
      const bytes = encoder.encode(String(params.chunk));
      chain = chain.then(() => writeAll(file, bytes));
    });
    try {
      await this.call("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
      await chain;
    } finally {
      this.#events.delete("HeapProfiler.addHeapSnapshotChunk");
    }
  }

  async [Symbol.asyncDispose](): Promise<void> {
    if (this.#socket.readyState === WebSocket.CLOSED) return;
    const closed = new Promise((resolve) => this.#socket.onclose = resolve);
    this.#socket.close();
    await closed;
  }
}

interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: unknown;
}

async function writeAll(file: Deno.FsFile, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;) at += await file.write(bytes.subarray(at));
}

/** Count and self size of one kind of object in a snapshot. */
export interface HeapGroup {
  /** Objects of this kind. */
  count: number;
  /** Their own bytes (not what they retain). */
  selfBytes: number;
}

/**
 * Groups a snapshot's objects by node type and name (the constructor for
 * objects, `(string)`-like names for the internal types).
 *
 * @param path A `.heapsnapshot` file.
 * @returns Groups keyed `type name`.
 */
export async function summarizeHeapSnapshot(path: string): Promise<Map<string, HeapGroup>> {
  const snapshot = JSON.parse(await Deno.readTextFile(path)) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf("type");
  const nameAt = fields.indexOf("name");
  const sizeAt = fields.indexOf("self_size");
  const groups = new Map<string, HeapGroup>();
  const { nodes, strings } = snapshot;
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + typeAt]];
    // Strings and code are named by their content: group them by type only.
    const name = type === "object" || type === "closure" || type === "native"
      ? strings[nodes[i + nameAt]].slice(0, 60)
      : "";
    const key = `${type} ${name}`.trim();
    const group = groups.get(key) ?? { count: 0, selfBytes: 0 };
    group.count++;
    group.selfBytes += nodes[i + sizeAt];
    groups.set(key, group);
  }
  return groups;
}

/**
 * The groups whose self size grew most from `a` to `b`, as table lines.
 *
 * @param a The earlier summary.
 * @param b The later one.
 * @param top How many lines.
 * @returns The lines, a header first.
 */
export function compareSummaries(
  a: Map<string, HeapGroup>,
  b: Map<string, HeapGroup>,
  top = 25,
): string[] {
  const total = (m: Map<string, HeapGroup>) =>
    [...m.values()].reduce((sum, g) => sum + g.selfBytes, 0);
  const rows = [...new Set([...a.keys(), ...b.keys()])].map((key) => {
    const before = a.get(key) ?? { count: 0, selfBytes: 0 };
    const after = b.get(key) ?? { count: 0, selfBytes: 0 };
    return { key, before, after, grew: after.selfBytes - before.selfBytes };
  }).sort((x, y) => y.grew - x.grew).slice(0, top);
  const kib = (n: number) => (n / 1024).toFixed(0).padStart(9);
  return [
    `heap total (self sizes): ${kib(total(a))} KiB -> ${kib(total(b))} KiB`,
    `${"count".padStart(9)} ${"".padStart(9)} ${"KiB".padStart(9)} ${"".padStart(9)}  kind`,
    ...rows.map((r) =>
      `${String(r.before.count).padStart(9)} ${String(r.after.count).padStart(9)} ` +
      `${kib(r.before.selfBytes)} ${kib(r.after.selfBytes)}  ${r.key}`
    ),
  ];
}

if (import.meta.main) {
  const [a, b] = Deno.args;
  if (a === undefined || b === undefined) {
    console.error(
      "usage: deno run --allow-read tools/heap_snapshot.ts A.heapsnapshot B.heapsnapshot",
    );
    Deno.exit(2);
  }
  const lines = compareSummaries(await summarizeHeapSnapshot(a), await summarizeHeapSnapshot(b));
  for (const line of lines) console.log(line);
}
