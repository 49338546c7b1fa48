import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { isIpcError } from "../../protocol/errors.ts";
import { type FetchContext, resolveMojang, resolvePaper } from "./sources.ts";

/**
 * Runs `test` against a real HTTP server on loopback that answers each path
 * (with its query, or without) with the JSON body `bodies(baseUrl)` gives it.
 */
async function withMetadata(
  bodies: (baseUrl: string) => Record<string, unknown>,
  test: (context: FetchContext) => Promise<void>,
): Promise<void> {
  const controller = new AbortController();
  let table: Record<string, unknown> = {};
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: controller.signal, onListen: () => {} },
    (request) => {
      const url = new URL(request.url);
      const body = table[url.pathname + url.search] ?? table[url.pathname];
      if (body === undefined) return new Response("not found", { status: 404 });
      return new Response(typeof body === "string" ? body : JSON.stringify(body));
    },
  );
  const baseUrl = `http://127.0.0.1:${server.addr.port}`;
  table = bodies(baseUrl);
  try {
    await test({ baseUrl, userAgent: "atlas-runner-test", timeoutMs: 10_000 });
  } finally {
    controller.abort();
    await server.finished;
  }
}

const MANIFEST = "/mc/game/version_manifest_v2.json";
const BUILDS = "/v3/projects/paper/versions/1.21.4/builds?channel=STABLE";

/** Matches the FAILED error of metadata whose shape is wrong. */
const unexpected = (what: RegExp) => (error: unknown): boolean =>
  isIpcError(error) && error.code === "FAILED" && /unexpected content/.test(error.message) &&
  what.test(error.message);

/** A manifest listing one version whose JSON is `metadata`. */
function mojang(metadata: unknown): (base: string) => Record<string, unknown> {
  const text = JSON.stringify(metadata);
  const sha1 = createHash("sha1").update(text).digest("hex");
  return (base) => ({
    [MANIFEST]: {
      latest: { release: "1.21.4", snapshot: "25w01a" },
      versions: [{ id: "1.21.4", type: "release", url: `${base}/v.json`, sha1, extra: true }],
    },
    "/v.json": text,
  });
}

Deno.test("resolveMojang() refuses a manifest of the wrong shape as unexpected content", async () => {
  for (const manifest of [{}, { versions: "1.21.4" }, { versions: [{ url: "x" }] }, []]) {
    await withMetadata(() => ({ [MANIFEST]: manifest }), async (context) => {
      await assert.rejects(resolveMojang("1.21.4", context), unexpected(/version manifest/));
    });
  }
});

Deno.test("resolveMojang() refuses a server download without a checksum as unexpected content", async () => {
  const metadata = { downloads: { server: { url: "https://example.org/s.jar" } } };
  await withMetadata(mojang(metadata), async (context) => {
    await assert.rejects(resolveMojang("release", context), unexpected(/metadata of 1\.21\.4/));
  });
});

Deno.test("resolveMojang() reads a well-formed manifest and version, other keys ignored", async () => {
  const metadata = {
    id: "1.21.4",
    downloads: { server: { url: "https://example.org/s.jar", sha1: "AB12", size: 42 } },
  };
  await withMetadata(mojang(metadata), async (context) => {
    const { target } = await resolveMojang("release", context);
    assert.deepEqual(target, {
      source: "mojang",
      version: "1.21.4",
      label: "1.21.4",
      url: "https://example.org/s.jar",
      size: 42,
      checksum: { algorithm: "sha1", hex: "ab12" },
    });
  });
});

Deno.test("resolvePaper() refuses versions, builds and downloads of the wrong shape", async () => {
  await withMetadata(() => ({ [BUILDS]: { builds: [] } }), async (context) => {
    await assert.rejects(
      resolvePaper("1.21.4", "STABLE", context),
      unexpected(/builds of 1\.21\.4/),
    );
  });
  const noChecksum = [{ id: 7, channel: "STABLE", downloads: { "server:default": { url: "u" } } }];
  await withMetadata(() => ({ [BUILDS]: noChecksum }), async (context) => {
    await assert.rejects(
      resolvePaper("1.21.4", "STABLE", context),
      unexpected(/Paper build 1\.21\.4-7/),
    );
  });
  const project = { versions: { "1.21": [1, 2] } };
  await withMetadata(() => ({ "/v3/projects/paper": project }), async (context) => {
    await assert.rejects(resolvePaper("latest", "STABLE", context), unexpected(/Paper's versions/));
  });
});
