/**
 * Byte helpers shared by the wire codecs.
 *
 * @module
 */

/**
 * Writes every byte (a single `write` may write fewer).
 *
 * @param conn The connection.
 * @param bytes The bytes.
 */
export async function writeAll(conn: Deno.Conn, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.length) written += await conn.write(bytes.subarray(written));
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
