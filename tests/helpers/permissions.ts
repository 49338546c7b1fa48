/**
 * Every Deno permission but all-access, as a leaf module (no imports) so
 * any test helper can use it without an import cycle. Without all-access
 * Deno refuses reads of /proc, so a daemon run with these uses `ps` for
 * process facts, as it does on macOS.
 *
 * @module
 */

/** `--allow-read`, `--allow-write`, `--allow-run`, `--allow-env`, `--allow-net`, `--allow-sys`. */
export const NARROW_PERMISSIONS: readonly string[] = [
  "--allow-read",
  "--allow-write",
  "--allow-run",
  "--allow-env",
  "--allow-net",
  "--allow-sys",
];
