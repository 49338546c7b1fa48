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
import { z } from "zod";
import { IpcError } from "../../protocol/errors.ts";
import { concatBytes } from "../../util/bytes.ts";
import { isTrustedDownloadUrl } from "../../util/url.ts";
import { compareVersions } from "./version.ts";

/** Mojang's metadata host (the manifest is at `/mc/game/version_manifest_v2.json` below it). */
export const MOJANG_BASE_URL = "https://piston-meta.mojang.com";
/** PaperMC's downloads service (Fill). */
export const PAPER_BASE_URL = "https://fill.papermc.io";
/** The largest metadata answer read (manifests and build lists are a few hundred KiB). */
export const MAX_METADATA_BYTES = 8 * 1024 * 1024;

/** Most redirects followed for one download. */
const MAX_REDIRECTS = 5;

/**
 * `fetch()` that follows redirects itself, refusing any hop to an address
 * {@linkcode assertTrustedUrl} refuses (an https: mirror redirecting to
 * plain http: elsewhere would hand the jar to whoever is on the path).
 *
 * @param url The first address.
 * @param init Headers and signal (redirects are handled here).
 * @param what What is fetched, in words.
 * @returns The final response.
 * @throws {IpcError} `FAILED` for an untrusted address or too many redirects.
 */
export async function fetchTrusted(
  url: string,
  init: RequestInit,
  what: string,
): Promise<Response> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    assertTrustedUrl(current, what);
    const response = await fetch(current, { ...init, redirect: "manual" });
    const location = response.headers.get("location");
    if (response.status < 300 || response.status > 399 || location === null) return response;
    await response.body?.cancel();
    current = new URL(location, current).href;
  }
  throw new IpcError("FAILED", `Cannot fetch ${what}: more than ${MAX_REDIRECTS} redirects`);
}

/**
 * Refuses an address the daemon must not download from: anything but
 * `https:`, or plain `http:` to this machine.
 *
 * @param url The address (`update.url`, or one named by metadata).
 * @param what What it is for, in words.
 * @throws {IpcError} `FAILED` for any other address.
 */
export function assertTrustedUrl(url: string, what: string): void {
  if (isTrustedDownloadUrl(url)) return;
  throw new IpcError("FAILED", `Refusing to fetch ${what} from ${url}: not an https: address`, {
    hint: "updates are fetched over https: only (plain http: only from this machine); " +
      "check update.url, or the mirror's metadata",
  });
}

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

/** What to do when the update source cannot be reached or fails. */
const UNREACHABLE_HINT =
  "check that this machine can reach it and try again later, or use a mirror: atlas-runner config set update.url https://…";

/** What to do when the update source has no such file. */
const NOT_FOUND_HINT =
  "check the channel or version asked for (update.channel, update --channel) and update.url: atlas-runner config get update";

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
    const headers = { "user-agent": context.userAgent };
    const response = await fetchTrusted(url, { headers, signal }, what);
    if (!response.ok) {
      await response.body?.cancel();
      throw new IpcError(
        response.status === 404 ? "NOT_FOUND" : "FAILED",
        `Cannot fetch ${what}: HTTP ${response.status} from ${url}`,
        { hint: response.status === 404 ? NOT_FOUND_HINT : UNREACHABLE_HINT },
      );
    }
    return await readCapped(response, what, url);
  } catch (error) {
    if (error instanceof IpcError) throw error;
    if (context.signal?.aborted) throw context.signal.reason;
    if (timeout.aborted) {
      throw new IpcError(
        "TIMEOUT",
        `Cannot fetch ${what}: no answer from ${url} within ${context.timeoutMs} ms`,
        { hint: UNREACHABLE_HINT },
      );
    }
    throw new IpcError("FAILED", `Cannot fetch ${what} from ${url}: ${(error as Error).message}`, {
      cause: error,
      hint: UNREACHABLE_HINT,
    });
  }
}

/** Reads a body of at most {@linkcode MAX_METADATA_BYTES}: a mirror must not fill the daemon's memory. */
async function readCapped(response: Response, what: string, url: string): Promise<Uint8Array> {
  const tooLarge = () =>
    new IpcError(
      "FAILED",
      `Cannot fetch ${what}: the answer from ${url} is larger than ${MAX_METADATA_BYTES} bytes`,
      { hint: "check update.url: it should name the metadata of Mojang or Paper, or a mirror" },
    );
  const announced = Number(response.headers.get("content-length") ?? NaN);
  if (announced > MAX_METADATA_BYTES) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body ?? []) {
    total += chunk.length;
    if (total > MAX_METADATA_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return concatBytes(chunks);
}

/** Parses JSON metadata and checks its shape: the parts this module reads, other keys ignored. */
function parseJson<T>(bytes: Uint8Array, what: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new IpcError("FAILED", `Cannot read ${what}: not valid JSON`);
  }
  const result = schema.safeParse(value);
  if (!result.success) invalid(what);
  return result.data;
}

function invalid(what: string): never {
  throw new IpcError("FAILED", `Cannot read ${what}: unexpected content`);
}

/** Mojang's `version_manifest_v2.json`. */
const MojangManifest = z.object({
  latest: z.object({ release: z.string(), snapshot: z.string() }).partial().optional(),
  versions: z.array(z.object({
    id: z.string(),
    url: z.string().optional(),
    sha1: z.string().optional(),
    releaseTime: z.string().optional(),
  })),
});

/** A version's JSON at Mojang (only its server download matters). */
const MojangVersion = z.object({
  downloads: z.object({
    server: z.object({ url: z.string(), sha1: z.string(), size: z.number().optional() })
      .optional(),
  }).optional(),
});

/** PaperMC's project: its Minecraft versions, grouped by version family. */
const PaperProject = z.object({ versions: z.record(z.string(), z.array(z.string())) });

/** A build's server jar at PaperMC. */
const PaperDownload = z.object({
  url: z.string(),
  size: z.number().optional(),
  checksums: z.object({ sha256: z.string() }),
});

/** PaperMC's builds of one version. */
const PaperBuilds = z.array(z.object({
  id: z.number(),
  channel: z.string().optional(),
  downloads: z.record(z.string(), z.unknown()).optional(),
}));

type PaperBuild = z.output<typeof PaperBuilds>[number];

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
    MojangManifest,
  );
  const id = channel === "release" || channel === "snapshot" ? manifest.latest?.[channel] : channel;
  if (id === undefined) invalid("the version manifest");
  const entry = manifest.versions.find((v) => v.id === id);
  if (entry?.url === undefined || entry.sha1 === undefined) {
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
  const server = parseJson(bytes, `the metadata of ${id}`, MojangVersion).downloads?.server;
  if (!server) {
    throw new IpcError("NOT_FOUND", `Version ${id} has no server download`);
  }
  const times = new Map(manifest.versions.map((v) => [v.id, Date.parse(v.releaseTime ?? "")]));
  return {
    target: {
      source: "mojang",
      version: id,
      label: id,
      url: server.url,
      size: server.size,
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
    const parsed = PaperDownload.safeParse(build.downloads?.["server:default"]);
    if (!parsed.success) invalid(`Paper build ${version}-${build.id}`);
    const download = parsed.data;
    return {
      source: "paper",
      version,
      build: build.id,
      label: `${version}-${build.id}`,
      url: download.url,
      size: download.size,
      checksum: { algorithm: "sha256", hex: download.checksums.sha256.toLowerCase() },
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
    PaperProject,
  );
  const all = Object.values(project.versions).flat();
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
  const builds = parseJson(bytes, `Paper's builds of ${version}`, PaperBuilds);
  // A build that does not name its channel is not taken for the one asked for.
  const matching = builds.filter((b) => b.channel === buildChannel);
  return matching.reduce<PaperBuild | null>((best, b) => (best && best.id > b.id ? best : b), null);
}
