/**
 * File hashing, streamed (a world backup or a server jar never sits in memory).
 *
 * @module
 */
import { createHash } from "node:crypto";

/** Read size of {@linkcode hashFile}. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Hashes a file's content.
 *
 * @param path The file.
 * @param algorithm The digest. @default "sha256"
 * @returns The digest, lower-case hex.
 * @throws {Deno.errors.NotFound} When there is no such file (and other read errors).
 *
 * @example Hashing a file
 * ```ts
 * import { hashFile } from "./hash.ts";
 *
 * const path = await Deno.makeTempFile();
 * await Deno.writeTextFile(path, "abc");
 * console.assert(
 *   await hashFile(path) === "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
 * );
 * await Deno.remove(path);
 * ```
 */
export async function hashFile(
  path: string,
  algorithm: "sha1" | "sha256" = "sha256",
): Promise<string> {
  const hash = createHash(algorithm);
  using file = await Deno.open(path, { read: true });
  const buffer = new Uint8Array(CHUNK_BYTES);
  for (;;) {
    const n = await file.read(buffer);
    if (n === null) break;
    hash.update(buffer.subarray(0, n));
  }
  return hash.digest("hex");
}
