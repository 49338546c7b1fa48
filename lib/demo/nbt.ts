/**
 * A minimal NBT (Named Binary Tag) writer, enough for the demo world's
 * `level.dat`, player data and region chunks: big-endian, root compound
 * with an empty name, as Minecraft writes them.
 *
 * @module
 */

/** A tagged NBT value. */
export type NbtValue =
  | { type: "byte"; value: number }
  | { type: "int"; value: number }
  | { type: "long"; value: bigint }
  | { type: "double"; value: number }
  | { type: "string"; value: string }
  | { type: "compound"; value: Record<string, NbtValue> };

const TAG_IDS: Record<NbtValue["type"], number> = {
  byte: 1,
  int: 3,
  long: 4,
  double: 6,
  string: 8,
  compound: 10,
};

/** @param value A signed byte. @returns The tag. */
export function nbtByte(value: number): NbtValue {
  return { type: "byte", value };
}
/** @param value A 32-bit integer. @returns The tag. */
export function nbtInt(value: number): NbtValue {
  return { type: "int", value };
}
/** @param value A 64-bit integer. @returns The tag. */
export function nbtLong(value: bigint): NbtValue {
  return { type: "long", value };
}
/** @param value A double. @returns The tag. */
export function nbtDouble(value: number): NbtValue {
  return { type: "double", value };
}
/** @param value A string. @returns The tag. */
export function nbtString(value: string): NbtValue {
  return { type: "string", value };
}
/** @param value The named children. @returns The tag. */
export function nbtCompound(value: Record<string, NbtValue>): NbtValue {
  return { type: "compound", value };
}

/** Grows as needed while the tags are written. */
class ByteSink {
  #bytes = new Uint8Array(256);
  #view = new DataView(this.#bytes.buffer);
  #length = 0;

  /** Makes room for `n` bytes and returns where they go. */
  #reserve(n: number): number {
    if (this.#length + n > this.#bytes.length) {
      const next = new Uint8Array(Math.max(this.#bytes.length * 2, this.#length + n));
      next.set(this.#bytes.subarray(0, this.#length));
      this.#bytes = next;
      this.#view = new DataView(next.buffer);
    }
    const at = this.#length;
    this.#length += n;
    return at;
  }

  u8(v: number): void {
    const at = this.#reserve(1);
    this.#view.setUint8(at, v);
  }
  i8(v: number): void {
    const at = this.#reserve(1);
    this.#view.setInt8(at, v);
  }
  u16(v: number): void {
    const at = this.#reserve(2);
    this.#view.setUint16(at, v, false);
  }
  i32(v: number): void {
    const at = this.#reserve(4);
    this.#view.setInt32(at, v, false);
  }
  i64(v: bigint): void {
    const at = this.#reserve(8);
    this.#view.setBigInt64(at, v, false);
  }
  f64(v: number): void {
    const at = this.#reserve(8);
    this.#view.setFloat64(at, v, false);
  }
  bytes(b: Uint8Array): void {
    const at = this.#reserve(b.length);
    this.#bytes.set(b, at);
  }
  result(): Uint8Array {
    return this.#bytes.slice(0, this.#length);
  }
}

const encoder = new TextEncoder();

function writeName(sink: ByteSink, name: string): void {
  // Java's modified UTF-8 equals UTF-8 for the names and texts used here.
  const bytes = encoder.encode(name);
  sink.u16(bytes.length);
  sink.bytes(bytes);
}

function writePayload(sink: ByteSink, tag: NbtValue): void {
  switch (tag.type) {
    case "byte":
      return sink.i8(tag.value);
    case "int":
      return sink.i32(tag.value);
    case "long":
      return sink.i64(tag.value);
    case "double":
      return sink.f64(tag.value);
    case "string":
      return writeName(sink, tag.value);
    case "compound":
      for (const [name, child] of Object.entries(tag.value)) {
        sink.u8(TAG_IDS[child.type]);
        writeName(sink, name);
        writePayload(sink, child);
      }
      return sink.u8(0); // TAG_End
  }
}

/**
 * Encodes a root compound (named `""`).
 *
 * @param root The root's children.
 * @returns The uncompressed NBT bytes.
 */
export function encodeNbt(root: Record<string, NbtValue>): Uint8Array {
  const sink = new ByteSink();
  sink.u8(TAG_IDS.compound);
  writeName(sink, "");
  writePayload(sink, nbtCompound(root));
  return sink.result();
}

/**
 * Compresses bytes with a Web `CompressionStream`.
 *
 * @param bytes The data.
 * @param format `gzip` (`.dat` files) or `deflate` (zlib, region chunks).
 * @returns The compressed bytes.
 */
export async function compress(
  bytes: Uint8Array,
  format: "gzip" | "deflate",
): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream()
    .pipeThrough(new CompressionStream(format));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
