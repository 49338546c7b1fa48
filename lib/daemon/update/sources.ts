/**
 * Where server jars come from: resolving a channel to one download (url,
 * size, checksum) at Mojang (`version_manifest_v2.json` → the version's JSON,
 * whose sha1 the manifest gives → `downloads.server`) or at PaperMC (the
 * Fill v3 API: `/v3/projects/paper`, `…/versions/{v}/builds`, a build's
 * `downloads["server:default"]` with `checksums.sha256`).
 *
 * @module
 */
import { createHash } from "node:crypto";
import { IpcError } from "../../protocol/errors.ts";
import { compareVersions } from "./version.ts";

/** Mojang's metadata host (the manifest is at `/mc/game/version_manifest_v2.json` below it). */
export const MOJANG_BASE_URL = "https://piston-meta.mojang.com";
/** PaperMC's downloads service (Fill). */
export const PAPER_BASE_URL = "https://fill.papermc.io";

/** One jar to download. */
export interface UpdateTarget {
  /** Where it comes from. */
  source: "mojang" | "paper";
  /** The Minecraft version. */
  version: string;
  /** Paper's build number. */
  build?: number;
  /** What `installed.json` and the answer call it: `1.21.4`, or `1.21.4-232` for Paper. */
  label: string;
  /** The download address. */
  url: string;
  /** Its size in bytes, when the source says. */
  size?: number;
  /** Its checksum. */
  checksum: { algorithm: "sha1" | "sha256"; hex: string };
}

/** How sources make their requests. */
export interface FetchContext {
  /** The source's base address. */
  baseUrl: string;
  /** The User-Agent header (PaperMC asks for one that names the software and a contact). */
  userAgent: string;
  /** Deadline of each metadata request. */
  timeoutMs: number;
  /** Aborts everything. */
  signal?: AbortSignal;
}

/**
 * GETs a URL and returns its body, mapping failures to `IpcError`s.
 *
 * @param url The address.
 * @param context Headers, deadline, signal.
 * @param what What is fetched, for messages (`"the version manifest"`).
 * @returns The body's bytes.
 * @throws {IpcError} `NOT_FOUND` on HTTP 404, `FAILED` on other HTTP errors or
 *   network failures, `TIMEOUT` after the deadline.
 */
export async function fetchBytes(
  url: string,
  context: FetchContext,
  what: string,
): Promise<Uint8Array> {
  const timeout = AbortSignal.timeout(context.timeoutMs);
  const signal = context.signal ? AbortSignal.any([context.signal, timeout]) : timeout;
  try {
    const response = await fetch(url, { headers: { "user-agent": context.userAgent }, signal });
    if (!response.ok) {
      await response.body?.cancel();
      throw new IpcError(
        response.status === 404 ? "NOT_FOUND" : "FAILED",
        `Cannot fetch ${what}: HTTP ${response.status} from ${url}`,
      );
    }
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof IpcError) throw error;
    if (context.signal?.aborted) throw context.signal.reason;
    if (timeout.aborted) {
      throw new IpcError(
        "TIMEOUT",
        `Cannot fetch ${what}: no answer from ${url} within ${context.timeoutMs} ms`,
      );
    }
    throw new IpcError("FAILED", `Cannot fetch ${what} from ${url}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new IpcError("FAILED", `Cannot read ${what}: not valid JSON`);
  }
}

function invalid(what: string): never {
  throw new IpcError("FAILED", `Cannot read ${what}: unexpected content`);
}

interface MojangEntry {
  id: string;
  type: string;
  url: string;
  sha1: string;
  releaseTime?: string;
}

/** What {@linkcode resolveMojang} found. */
export interface MojangResolution {
  /** The jar to install. */
  target: UpdateTarget;
  /**
   * Compares two version ids by the manifest's release times when it lists
   * both, else with {@linkcode compareVersions}.
   */
  compare(a: string, b: string): -1 | 0 | 1 | null;
}

/**
 * Resolves a Mojang channel: `release`, `snapshot` (the newest of any kind),
 * or a version id.
 *
 * @param channel The channel.
 * @param context Where and how to fetch (base address: the metadata host,
 *   or a full URL ending in `.json` for the manifest itself).
 * @returns The jar and a version comparison.
 * @throws {IpcError} `NOT_FOUND` for an unknown version, `FAILED` when a
 *   checksum or the metadata is wrong, as {@linkcode fetchBytes} does.
 */
export async function resolveMojang(
  channel: string,
  context: FetchContext,
): Promise<MojangResolution> {
  const base = context.baseUrl.replace(/\/+$/, "");
  const manifestUrl = base.endsWith(".json") ? base : `${base}/mc/game/version_manifest_v2.json`;
  const manifest = parseJson(
    await fetchBytes(manifestUrl, context, "the version manifest"),
    "the version manifest",
  ) as {
    latest?: { release?: string; snapshot?: string };
    versions?: MojangEntry[];
  };
  if (!Array.isArray(manifest?.versions)) invalid("the version manifest");
  const id = channel === "release" || channel === "snapshot" ? manifest.latest?.[channel] : channel;
  if (typeof id !== "string") invalid("the version manifest");
  const entry = manifest.versions.find((v) => v?.id === id);
  if (!entry || typeof entry.url !== "string" || typeof entry.sha1 !== "string") {
    throw new IpcError("NOT_FOUND", `Version "${id}" is not in Mojang's version manifest`, {
      hint: 'use "release", "snapshot" or a version id such as 1.21.4',
    });
  }
  const bytes = await fetchBytes(entry.url, context, `the metadata of ${id}`);
  const sha1 = createHash("sha1").update(bytes).digest("hex");
  if (sha1 !== entry.sha1.toLowerCase()) {
    throw new IpcError(
      "FAILED",
      `The metadata of ${id} does not match its checksum in the manifest`,
      {
        details: `expected sha1 ${entry.sha1}, got ${sha1}`,
      },
    );
  }
  const server = (parseJson(bytes, `the metadata of ${id}`) as {
    downloads?: { server?: { url?: string; sha1?: string; size?: number } };
  })?.downloads?.server;
  if (!server || typeof server.url !== "string" || typeof server.sha1 !== "string") {
    throw new IpcError("NOT_FOUND", `Version ${id} has no server download`);
  }
  const times = new Map(manifest.versions.map((v) => [v.id, Date.parse(v.releaseTime ?? "")]));
  return {
    target: {
      source: "mojang",
      version: id,
      label: id,
      url: server.url,
      size: typeof server.size === "number" ? server.size : undefined,
      checksum: { algorithm: "sha1", hex: server.sha1.toLowerCase() },
    },
    compare(a, b) {
      const ta = times.get(a);
      const tb = times.get(b);
      if (ta !== undefined && tb !== undefined && !isNaN(ta) && !isNaN(tb)) {
        return ta < tb ? -1 : ta > tb ? 1 : compareVersions(a, b) ?? 0;
      }
      return compareVersions(a, b);
    },
  };
}

interface PaperBuild {
  id: number;
  channel?: string;
  downloads?: Record<
    string,
    { name?: string; url?: string; size?: number; checksums?: { sha256?: string } }
  >;
}

/** How many Minecraft versions "latest" tries when the newest has no build in the channel yet. */
const LATEST_TRIES = 5;

/**
 * Resolves a Paper channel: a Minecraft version, or `latest` (the newest
 * version that has a build in `buildChannel`), to that version's newest
 * build in `buildChannel`.
 *
 * @param channel A Minecraft version or `latest`.
 * @param buildChannel Paper's build channel (`STABLE`, `BETA`, `ALPHA`).
 * @param context Where and how to fetch.
 * @returns The jar.
 * @throws {IpcError} `NOT_FOUND` for an unknown version or one without a
 *   build in the channel, `FAILED` for unexpected metadata.
 */
export async function resolvePaper(
  channel: string,
  buildChannel: string,
  context: FetchContext,
): Promise<UpdateTarget> {
  const base = `${context.baseUrl.replace(/\/+$/, "")}/v3/projects/paper`;
  const versions = channel === "latest" ? await paperVersions(base, context) : [channel];
  for (const version of versions.slice(0, LATEST_TRIES)) {
    const build = await newestBuild(base, version, buildChannel, context);
    if (!build) continue;
    const download = build.downloads?.["server:default"];
    const sha256 = download?.checksums?.sha256;
    if (!download || typeof download.url !== "string" || typeof sha256 !== "string") {
      invalid(`Paper build ${version}-${build.id}`);
    }
    return {
      source: "paper",
      version,
      build: build.id,
      label: `${version}-${build.id}`,
      url: download.url,
      size: typeof download.size === "number" ? download.size : undefined,
      checksum: { algorithm: "sha256", hex: sha256.toLowerCase() },
    };
  }
  throw new IpcError("NOT_FOUND", `Paper has no ${buildChannel} build for ${channel}`, {
    hint: "set update.paperChannel (e.g. BETA) or choose another version",
  });
}

/** Every Minecraft version Paper has, newest first. */
async function paperVersions(base: string, context: FetchContext): Promise<string[]> {
  const project = parseJson(
    await fetchBytes(base, context, "Paper's versions"),
    "Paper's versions",
  ) as {
    versions?: Record<string, unknown>;
  };
  if (typeof project?.versions !== "object" || project.versions === null) {
    invalid("Paper's versions");
  }
  const all = Object.values(project.versions).flat().filter((v): v is string =>
    typeof v === "string"
  );
  return all.sort((a, b) => -(compareVersions(a, b) ?? 0));
}

async function newestBuild(
  base: string,
  version: string,
  buildChannel: string,
  context: FetchContext,
): Promise<PaperBuild | null> {
  const url = `${base}/versions/${encodeURIComponent(version)}/builds?channel=${
    encodeURIComponent(buildChannel)
  }`;
  let bytes: Uint8Array;
  try {
    bytes = await fetchBytes(url, context, `Paper's builds of ${version}`);
  } catch (error) {
    if (error instanceof IpcError && error.code === "NOT_FOUND") {
      throw new IpcError("NOT_FOUND", `Paper has no version "${version}"`, { cause: error });
    }
    throw error;
  }
  const builds = parseJson(bytes, `Paper's builds of ${version}`);
  if (!Array.isArray(builds)) invalid(`Paper's builds of ${version}`);
  const matching = (builds as PaperBuild[]).filter((b) =>
    typeof b?.id === "number" && (b.channel === undefined || b.channel === buildChannel)
  );
  return matching.reduce<PaperBuild | null>((best, b) => (best && best.id > b.id ? best : b), null);
}
