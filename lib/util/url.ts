/**
 * Which addresses the daemon fetches server jars and their metadata from:
 * `https:` anywhere, plain `http:` only to this machine (test fixtures, a
 * mirror on the same host), since a jar fetched in the clear can be swapped
 * by anyone on the path and then runs as the server.
 *
 * @module
 */

/**
 * Whether `text` is an address the daemon may download from.
 *
 * @example Usage
 * ```ts
 * import { isTrustedDownloadUrl } from "./url.ts";
 * console.assert(isTrustedDownloadUrl("https://fill.papermc.io/v3"));
 * console.assert(isTrustedDownloadUrl("http://127.0.0.1:8080/"));
 * console.assert(!isTrustedDownloadUrl("http://mirror.example/"));
 * ```
 *
 * @param text The address.
 * @returns `true` for `https:`, and for `http:` to a loopback host.
 */
export function isTrustedDownloadUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol === "https:") return true;
  if (url.protocol !== "http:") return false;
  const host = url.hostname;
  return host === "localhost" || host === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
