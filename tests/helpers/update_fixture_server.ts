/**
 * A loopback HTTP server (`Deno.serve` on 127.0.0.1, port 0) playing
 * Mojang's piston-meta (`/mc/game/version_manifest_v2.json`, per-version
 * JSON, jars) and PaperMC's Fill v3 API (`/v3/projects/paper`, builds,
 * jars), in the real response shapes, serving demo jars (JSON files the
 * demo server treats as jars). Faults can be switched on per kind of
 * request: HTTP errors, a connection cut mid-download, wrong checksums.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { formatDemoJar } from "../../lib/demo/jar.ts";

/** A demo jar to serve. */
export interface FixtureJar {
  /** The version it reports. */
  version: string;
  /** Its protocol number. @default 770 */
  protocol?: number;
  /** Whether it fails during start-up. @default false */
  failStart?: boolean;
}

/** A Mojang version. */
export interface MojangVersion {
  /** The id. */
  id: string;
  /** `release` or `snapshot`. */
  type: "release" | "snapshot";
  /** ISO release time (orders the manifest). */
  releaseTime: string;
  /** The jar. */
  jar: FixtureJar;
}

/** A Paper build. */
export interface PaperBuild {
  /** The build number. */
  id: number;
  /** `STABLE`, `BETA`, `ALPHA`; absent for a mirror that does not name it. */
  channel?: string;
  /** The jar. */
  jar: FixtureJar;
}

/** What can go wrong, per kind of request. */
export type Fault = "404" | "500" | "cut" | "stall" | "bad-checksum" | "bad-meta-sha1";

/** Which requests a fault applies to. */
export type FaultTarget = "manifest" | "version-json" | "jar" | "paper-builds";

/** The fixture data; mutable between requests. */
export interface FixtureData {
  /** Mojang's latest ids. */
  latest: { release: string; snapshot: string };
  /** Mojang's versions, newest first. */
  mojang: MojangVersion[];
  /** Paper's versions by group, newest first (as Fill lists them). */
  paperVersions: Record<string, string[]>;
  /** Paper's builds by version. */
  paperBuilds: Record<string, PaperBuild[]>;
}

/** A request the server saw. */
export interface SeenRequest {
  /** Path and query. */
  path: string;
  /** The User-Agent header. */
  userAgent: string;
}

function sha(algorithm: "sha1" | "sha256", bytes: Uint8Array): string {
  return createHash(algorithm).update(bytes).digest("hex");
}

/** The bytes of a demo jar. */
export function jarBytes(jar: FixtureJar): Uint8Array {
  return new TextEncoder().encode(
    formatDemoJar({
      version: jar.version,
      protocol: jar.protocol ?? 770,
      failStart: jar.failStart,
    }),
  );
}

function json(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value, null, 2), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/** The fixture server. Dispose it to stop it. */
export class UpdateFixtureServer implements AsyncDisposable {
  /** The base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Every request, in order. */
  readonly requests: SeenRequest[] = [];
  /** The data served (change it between requests). */
  data: FixtureData;
  /** Active faults. */
  readonly faults: Map<FaultTarget, Fault> = new Map();
  #server: Deno.HttpServer<Deno.NetAddr>;
  #raw: Deno.Listener<Deno.TcpConn, Deno.NetAddr>;
  #rawLoop: Promise<void>;

  /**
   * Starts serving.
   *
   * @param data The fixture data.
   */
  constructor(data: FixtureData) {
    this.data = data;
    this.#server = Deno.serve(
      { hostname: "127.0.0.1", port: 0, onListen: () => {} },
      (request) => this.#handle(request),
    );
    this.url = `http://127.0.0.1:${this.#server.addr.port}`;
    this.#raw = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    this.#rawLoop = this.#serveCut();
  }

  /** The address of the raw server that cuts downloads off halfway. */
  get #cutUrl(): string {
    return `http://127.0.0.1:${this.#raw.addr.port}`;
  }

  /**
   * A raw HTTP/1.1 responder for the "cut" and "stall" faults: it announces
   * the whole length, sends half the body, and closes the connection, as a
   * dropped download looks to a client ("cut"), or keeps it open without
   * sending more until the client goes ("stall").
   */
  async #serveCut(): Promise<void> {
    for await (const conn of this.#raw) {
      try {
        const buffer = new Uint8Array(8192);
        let text = "";
        while (!text.includes("\r\n\r\n")) {
          const n = await conn.read(buffer);
          if (n === null) break;
          text += new TextDecoder().decode(buffer.subarray(0, n));
        }
        const path = /^GET (\S+)/.exec(text)?.[1] ?? "";
        this.requests.push({
          path: `cut:${path}`,
          userAgent: /user-agent: (.*)\r/i.exec(text)?.[1] ?? "",
        });
        const match = /^\/jars\/(mojang|paper)\/(.+)\.jar$/.exec(path);
        const jar = match ? this.#findJar(match[1], match[2]) : undefined;
        const bytes = jar ? jarBytes(jar) : new Uint8Array(100);
        const head =
          `HTTP/1.1 200 OK\r\ncontent-length: ${bytes.length}\r\nconnection: close\r\n\r\n`;
        await conn.write(new TextEncoder().encode(head));
        await conn.write(bytes.slice(0, bytes.length >> 1));
        if (this.faults.get("jar") === "stall") {
          // The rest never comes; the connection stays open until the client goes.
          while ((await conn.read(buffer)) !== null) {
            // Whatever the client sends is ignored.
          }
        }
      } catch {
        // The client may go first; either way the connection ends here.
      } finally {
        conn.close();
      }
    }
  }

  /** Requests whose path matches. */
  seen(pattern: RegExp): SeenRequest[] {
    return this.requests.filter((r) => pattern.test(r.path));
  }

  async [Symbol.asyncDispose](): Promise<void> {
    this.#raw.close();
    await this.#rawLoop;
    await this.#server.shutdown();
  }

  /** Where jars are downloaded from (the raw server while a "cut" or "stall" fault is on). */
  #jarBase(): string {
    const fault = this.faults.get("jar");
    return fault === "cut" || fault === "stall" ? this.#cutUrl : this.url;
  }

  #handle(request: Request): Response {
    const url = new URL(request.url);
    const path = url.pathname;
    this.requests.push({
      path: path + url.search,
      userAgent: request.headers.get("user-agent") ?? "",
    });
    if (path === "/mc/game/version_manifest_v2.json") {
      return this.#faulty("manifest") ?? this.#manifest();
    }
    let match = /^\/v1\/packages\/[0-9a-f]+\/(.+)\.json$/.exec(path);
    if (match) return this.#faulty("version-json") ?? this.#versionJson(match[1]);
    match = /^\/jars\/(mojang|paper)\/(.+)\.jar$/.exec(path);
    if (match) return this.#jar(match[1], match[2]);
    if (path === "/v3/projects/paper") {
      return json({ project: { id: "paper", name: "Paper" }, versions: this.data.paperVersions });
    }
    match = /^\/v3\/projects\/paper\/versions\/([^/]+)\/builds$/.exec(path);
    if (match) {
      return this.#faulty("paper-builds") ??
        this.#paperBuilds(match[1], url.searchParams.get("channel"));
    }
    return json({ error: "Not found" }, 404);
  }

  #faulty(target: FaultTarget): Response | null {
    const fault = this.faults.get(target);
    if (fault === "404") return json({ error: "Not found" }, 404);
    if (fault === "500") return json({ error: "Internal Server Error" }, 500);
    return null;
  }

  #versionJsonBytes(version: MojangVersion): Uint8Array {
    const jar = jarBytes(version.jar);
    const body = {
      id: version.id,
      type: version.type,
      releaseTime: version.releaseTime,
      time: version.releaseTime,
      mainClass: "net.minecraft.client.main.Main",
      javaVersion: { component: "java-runtime-delta", majorVersion: 21 },
      downloads: {
        client: {
          sha1: "0".repeat(40),
          size: 1,
          url: `${this.url}/jars/mojang/${version.id}-client.jar`,
        },
        server: {
          sha1: sha(
            "sha1",
            this.faults.get("jar") === "bad-checksum" ? jarBytes({ version: "other" }) : jar,
          ),
          size: jar.length,
          url: `${this.#jarBase()}/jars/mojang/${version.id}.jar`,
        },
      },
    };
    return new TextEncoder().encode(JSON.stringify(body, null, 2));
  }

  #manifest(): Response {
    return json({
      latest: this.data.latest,
      versions: this.data.mojang.map((v) => {
        const bytes = this.#versionJsonBytes(v);
        const sha1 = this.faults.get("version-json") === "bad-meta-sha1"
          ? "f".repeat(40)
          : sha("sha1", bytes);
        return {
          id: v.id,
          type: v.type,
          url: `${this.url}/v1/packages/${sha("sha1", bytes)}/${v.id}.json`,
          time: v.releaseTime,
          releaseTime: v.releaseTime,
          sha1,
          complianceLevel: 1,
        };
      }),
    });
  }

  #versionJson(id: string): Response {
    const version = this.data.mojang.find((v) => v.id === id);
    if (!version) return json({ error: "Not found" }, 404);
    return new Response(this.#versionJsonBytes(version) as Uint8Array<ArrayBuffer>);
  }

  #findJar(source: string, name: string): FixtureJar | undefined {
    if (source === "mojang") return this.data.mojang.find((v) => v.id === name)?.jar;
    for (const [version, builds] of Object.entries(this.data.paperBuilds)) {
      const build = builds.find((b) => `paper-${version}-${b.id}` === name);
      if (build) return build.jar;
    }
    return undefined;
  }

  #jar(source: string, name: string): Response {
    const fault = this.#faulty("jar");
    if (fault) return fault;
    const jar = this.#findJar(source, name);
    if (!jar) return json({ error: "Not found" }, 404);
    return new Response(jarBytes(jar) as Uint8Array<ArrayBuffer>);
  }

  #paperBuilds(version: string, channel: string | null): Response {
    const builds = this.data.paperBuilds[version];
    if (!builds) return json({ ok: false, message: "Version not found." }, 404);
    return json(
      builds
        // A build without a channel is listed whatever is asked (as a sloppy mirror does).
        .filter((b) => channel === null || b.channel === undefined || b.channel === channel)
        .sort((a, b) => b.id - a.id)
        .map((b) => {
          const bytes = jarBytes(b.jar);
          const good = sha("sha256", bytes);
          return {
            id: b.id,
            time: "2025-01-01T00:00:00Z",
            channel: b.channel,
            commits: [{ sha: "0".repeat(40), time: "2025-01-01T00:00:00Z", message: "Build" }],
            downloads: {
              "server:default": {
                name: `paper-${version}-${b.id}.jar`,
                checksums: {
                  sha256: this.faults.get("jar") === "bad-checksum"
                    ? sha("sha256", jarBytes({ version: "x" }))
                    : good,
                },
                size: bytes.length,
                url: `${this.#jarBase()}/jars/paper/paper-${version}-${b.id}.jar`,
              },
            },
          };
        }),
    );
  }
}

/** Fixture data most tests start from: Mojang 1.21.4 → 1.21.5 and a snapshot, Paper 1.21.4/1.21.5. */
export function defaultFixtureData(): FixtureData {
  return {
    latest: { release: "1.21.5", snapshot: "25w14a" },
    mojang: [
      {
        id: "25w14a",
        type: "snapshot",
        releaseTime: "2025-04-02T12:00:00+00:00",
        jar: { version: "25w14a", protocol: 1073742070 },
      },
      {
        id: "1.21.5",
        type: "release",
        releaseTime: "2025-03-25T12:00:00+00:00",
        jar: { version: "1.21.5" },
      },
      {
        id: "1.21.4",
        type: "release",
        releaseTime: "2024-12-03T10:00:00+00:00",
        jar: { version: "1.21.4", protocol: 769 },
      },
    ],
    paperVersions: { "1.21": ["1.21.6", "1.21.5", "1.21.4"], "1.20": ["1.20.6"] },
    paperBuilds: {
      "1.21.6": [{ id: 3, channel: "ALPHA", jar: { version: "1.21.6", protocol: 771 } }],
      "1.21.5": [
        { id: 101, channel: "STABLE", jar: { version: "1.21.5" } },
        { id: 102, channel: "BETA", jar: { version: "1.21.5" } },
      ],
      "1.21.4": [
        { id: 231, channel: "STABLE", jar: { version: "1.21.4", protocol: 769 } },
        { id: 232, channel: "STABLE", jar: { version: "1.21.4", protocol: 769 } },
      ],
      "1.20.6": [{ id: 151, channel: "STABLE", jar: { version: "1.20.6", protocol: 766 } }],
    },
  };
}
