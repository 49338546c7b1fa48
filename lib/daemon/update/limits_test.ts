/**
 * Where and how much the update code fetches: https: only (plain http:
 * only to this machine, redirects included), metadata capped at 8 MiB, a
 * jar of unknown size capped at 1 GiB. Real local HTTP servers.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { withTmpDir } from "../../../tests/helpers/tmp.ts";
import { isIpcError } from "../../protocol/errors.ts";
import { downloadJar } from "./download.ts";
import { fetchBytes, type FetchContext, MAX_METADATA_BYTES, type UpdateTarget } from "./sources.ts";

const context = (baseUrl: string): FetchContext => ({
  baseUrl,
  userAgent: "atlas-runner-test",
  timeoutMs: 10_000,
});

function failed(pattern: RegExp): (error: unknown) => boolean {
  return (error) => {
    assert.ok(isIpcError(error) && error.code === "FAILED", String(error));
    assert.match(error.message, pattern);
    return true;
  };
}

Deno.test("fetchBytes() refuses plain http: to another machine before connecting", async () => {
  await assert.rejects(
    fetchBytes("http://mirror.example/manifest.json", context(""), "the version manifest"),
    failed(
      /^Refusing to fetch the version manifest from http:\/\/mirror\.example\/manifest\.json: not an https: address$/,
    ),
  );
  await assert.rejects(
    fetchBytes("file:///etc/passwd", context(""), "the version manifest"),
    failed(/not an https: address/),
  );
});

Deno.test("fetchBytes() refuses a redirect from this machine to plain http: elsewhere", async () => {
  await using server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    () =>
      new Response(null, { status: 302, headers: { location: "http://mirror.example/x.json" } }),
  );
  const url = `http://127.0.0.1:${server.addr.port}/manifest.json`;
  await assert.rejects(
    fetchBytes(url, context(url), "the version manifest"),
    failed(/from http:\/\/mirror\.example\/x\.json: not an https: address/),
  );
});

Deno.test("fetchBytes() refuses metadata over 8 MiB, announced or streamed", async () => {
  const big = new Uint8Array(MAX_METADATA_BYTES + 1);
  await using server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (request) => {
    if (request.url.endsWith("/sized")) return new Response(big);
    // Streamed without a length: the cap must hold while reading.
    return new Response(ReadableStream.from([big.subarray(0, 1 << 20), big.subarray(1 << 20)]));
  });
  for (const path of ["sized", "streamed"]) {
    const url = `http://127.0.0.1:${server.addr.port}/${path}`;
    await assert.rejects(
      fetchBytes(url, context(url), "the version manifest"),
      failed(/the answer from .* is larger than 8388608 bytes/),
      path,
    );
  }
});

/** An HTTP server that announces a body of `length` bytes and sends a little of it. */
function hugeJarServer(length: number): { url: string } & Disposable {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const conns: Deno.Conn[] = [];
  (async () => {
    for await (const conn of listener) {
      conns.push(conn);
      const head = `HTTP/1.1 200 OK\r\ncontent-length: ${length}\r\nconnection: close\r\n\r\n`;
      await conn.write(new TextEncoder().encode(head + "x".repeat(1024))).catch(() => {});
    }
  })().catch(() => {});
  return {
    url: `http://127.0.0.1:${(listener.addr as Deno.NetAddr).port}/server.jar`,
    [Symbol.dispose]() {
      listener.close();
      for (const conn of conns) {
        try {
          conn.close();
        } catch { /* closed already */ }
      }
    },
  };
}

Deno.test("downloadJar() refuses a jar of unknown size announced over 1 GiB", async () => {
  await using dir = await withTmpDir();
  using server = hugeJarServer(2 * 1024 * 1024 * 1024);
  const target: UpdateTarget = {
    source: "paper",
    version: "1.21.4",
    label: "1.21.4-1",
    url: server.url,
    checksum: { algorithm: "sha256", hex: "0".repeat(64) },
  };
  const temp = join(dir.path, "server.jar.part");
  await assert.rejects(
    downloadJar(target, temp, { userAgent: "atlas-runner-test" }),
    failed(/^Download of 1\.21\.4-1 is announced at 2147483648 bytes, more than 1073741824$/),
  );
  await assert.rejects(Deno.stat(temp), Deno.errors.NotFound);
});

Deno.test("fetchBytes() failures carry a hint: a mirror when unreachable, the channel on 404", async () => {
  // A loopback port nobody listens on: the connection is refused.
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const closed = `http://127.0.0.1:${listener.addr.port}/manifest.json`;
  listener.close();
  await assert.rejects(fetchBytes(closed, context(closed), "the version manifest"), (error) => {
    assert.ok(isIpcError(error) && error.code === "FAILED", String(error));
    assert.match(error.hint ?? "", /config set update\.url/);
    return true;
  });
  await using server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    () => new Response("no", { status: 404 }),
  );
  const missing = `http://127.0.0.1:${server.addr.port}/v/1.99.json`;
  await assert.rejects(fetchBytes(missing, context(missing), "version 1.99"), (error) => {
    assert.ok(isIpcError(error) && error.code === "NOT_FOUND", String(error));
    assert.match(error.hint ?? "", /update\.channel/);
    return true;
  });
});
