/**
 * Byte helpers shared by the wire codecs and the backup archive writer.
 *
 * @module
 */

/**
 * Writes every byte (a single `write` may write fewer).
 *
 * @param writer A connection, a file, or anything whose `write` says how much it wrote.
 * @param bytes The bytes.
 */
export async function writeAll(
  writer: { write(bytes: Uint8Array): Promise<number> },
  bytes: Uint8Array,
): Promise<void> {
  let written = 0;
  while (written < bytes.length) written += await writer.write(bytes.subarray(written));
}

/**
 * Concatenates byte arrays.
 *
 * @param parts The arrays.
 * @returns One array with all their bytes.
 */
export function concatBytes(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
