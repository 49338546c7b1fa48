/**
 * The CLI's version, in a module of its own so `atlas-runner --version`
 * loads nothing else.
 *
 * @module
 */
import denoConfig from "../deno.json" with { type: "json" };

/** The CLI's version, from deno.json (embedded at build time, not read at run time). */
export const CLI_VERSION: string = denoConfig.version;
