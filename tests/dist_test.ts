/**
 * Beyond one machine: `dist/Containerfile`, the compose example and the
 * Kubernetes manifests. The manifests are parsed as YAML and checked for
 * what the README promises (one pod per server, a volume per world, a grace
 * period above the daemon's staged stop, the readiness probe, a non-root
 * user). Where podman or docker can reach the base images, the image is
 * built and run against the demo server, then stopped with SIGTERM; where
 * it cannot, that test is skipped and its name says why.
 *
 * @module
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { parseConfig } from "../lib/daemon/config/store.ts";
import { waitFor } from "./helpers/tmp.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CONTAINERFILE = new URL("../dist/Containerfile", import.meta.url);
const COMPOSE = new URL("../dist/compose.yaml", import.meta.url);
const KUBERNETES = new URL("../dist/kubernetes/statefulset.yaml", import.meta.url);
/** The supervisor's wait between SIGTERM and SIGKILL (`termTimeoutMs` default). */
const SIGTERM_STAGE_SECONDS = 10;
/** How long the daemon may take to stop the server with the default config. */
const DAEMON_STOP_SECONDS = parseConfig({}, "defaults").server.stopTimeoutSeconds +
  SIGTERM_STAGE_SECONDS;

// deno-lint-ignore no-explicit-any
type Yaml = any;

async function yamlDocuments(url: URL): Promise<Yaml[]> {
  const documents = parseAllDocuments(await Deno.readTextFile(url));
  assert.ok(Array.isArray(documents), "a YAML stream");
  return documents.map((document) => {
    assert.deepEqual(document.errors, [], `${url.pathname}: ${document.errors.join("; ")}`);
    return document.toJS();
  });
}

/** `90s`, `1m30s`, `2m` → seconds. */
function composeSeconds(value: string): number {
  const match = /^(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  assert.ok(match && value !== "", `a compose duration, not ${value}`);
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

Deno.test("dist/kubernetes: one pod per server, a claim per world, a grace period above the stop", async () => {
  const docs = await yamlDocuments(KUBERNETES);
  const set = docs.find((d) => d.kind === "StatefulSet");
  assert.ok(set, "a StatefulSet");
  assert.equal(set.apiVersion, "apps/v1");
  assert.equal(set.spec.replicas, 1, "two daemons must not share a world");
  const pod = set.spec.template.spec;
  assert.ok(
    pod.terminationGracePeriodSeconds > DAEMON_STOP_SECONDS,
    `terminationGracePeriodSeconds must exceed ${DAEMON_STOP_SECONDS} s`,
  );
  assert.equal(pod.securityContext.runAsNonRoot, true);
  assert.notEqual(pod.securityContext.runAsUser, 0);
  const [container] = pod.containers;
  assert.deepEqual(container.readinessProbe.exec.command, ["atlas-runner", "status"]);
  const claim = set.spec.volumeClaimTemplates[0];
  assert.deepEqual(claim.spec.accessModes, ["ReadWriteOnce"]);
  const mount = container.volumeMounts.find((m: Yaml) => m.name === claim.metadata.name);
  assert.equal(mount?.mountPath, "/data", "the claim holds /data: config, world and backups");
  assert.deepEqual(container.args, ["daemon", "--start"]);
  // The pods' labels match the selectors of the StatefulSet and the Services.
  const labels = set.spec.template.metadata.labels;
  for (
    const selector of [
      set.spec.selector.matchLabels,
      ...docs.filter((d) => d.kind === "Service").map((s) => s.spec.selector),
    ]
  ) {
    for (const [key, value] of Object.entries(selector)) assert.equal(labels[key], value, key);
  }
  const headless = docs.find((d) =>
    d.kind === "Service" && d.metadata.name === set.spec.serviceName
  );
  assert.equal(headless?.spec.clusterIP, "None", "serviceName names a headless Service");
});

Deno.test("dist/compose.yaml: one service and volume per server, a grace period above the stop", async () => {
  const [compose] = await yamlDocuments(COMPOSE);
  const services = Object.entries(compose.services) as [string, Yaml][];
  assert.ok(services.length >= 2, "the example runs two servers");
  const volumes = new Set<string>();
  for (const [name, service] of services) {
    assert.ok(
      composeSeconds(service.stop_grace_period) > DAEMON_STOP_SECONDS,
      `${name}: stop_grace_period must exceed ${DAEMON_STOP_SECONDS} s`,
    );
    assert.equal(service.stop_signal, "SIGTERM");
    const [volume, path] = String(service.volumes[0]).split(":");
    assert.equal(path, "/data", name);
    assert.ok(!volumes.has(volume), `${name} shares the volume ${volume}`);
    volumes.add(volume);
    assert.ok(volume in compose.volumes, `${volume} is declared`);
  }
  assert.equal(compose.services.lobby.build.dockerfile, "dist/Containerfile");
});

/** The Containerfile's instructions (continuation lines joined, comments dropped). */
function instructions(text: string): { op: string; args: string }[] {
  const joined = text.split("\n").filter((line) => !/^\s*#/.test(line)).join("\n")
    .replaceAll(/\\\n/g, " ");
  return joined.split("\n").map((line) => line.trim()).filter(Boolean).map((line) => {
    const space = line.indexOf(" ");
    return { op: line.slice(0, space).toUpperCase(), args: line.slice(space + 1).trim() };
  });
}

Deno.test("dist/Containerfile: compiled from source, non-root, /data volume, health check, SIGTERM", async () => {
  const steps = instructions(await Deno.readTextFile(CONTAINERFILE));
  const of = (op: string) => steps.filter((s) => s.op === op).map((s) => s.args);
  assert.ok(of("RUN").some((r) => /deno compile .*--output \S*atlas-runner main\.ts/.test(r)));
  const froms = of("FROM");
  assert.equal(froms.length, 2, "a build stage and a runtime stage");
  assert.match(froms[1], /jre/, "the runtime stage has a Java runtime, not a JDK");
  assert.ok(of("COPY").some((c) => /--from=build .*atlas-runner/.test(c)));
  const user = of("USER").at(-1);
  assert.ok(user && user !== "root" && user !== "0", "the daemon does not run as root");
  assert.deepEqual(of("VOLUME"), ['["/data"]']);
  assert.match(of("HEALTHCHECK")[0], /CMD \["atlas-runner", "status", "--json"\]$/);
  assert.deepEqual(of("STOPSIGNAL"), ["SIGTERM"]);
  assert.deepEqual(of("ENTRYPOINT"), ['["atlas-runner"]'], "the daemon is PID 1");
  assert.deepEqual(of("CMD"), ['["daemon", "--start"]']);
});

/** Runs a command; never throws for a missing program (the result says so). */
async function run(
  program: string,
  args: string[],
  timeoutMs = 1_800_000,
): Promise<{ code: number; stdout: string; stderr: string }> {
  // The deadline kills a command that hangs (a registry that never answers).
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  try {
    const out = await new Deno.Command(program, { args, stdin: "null", signal: deadline.signal })
      .output();
    const decoder = new TextDecoder();
    return {
      code: out.code,
      stdout: decoder.decode(out.stdout),
      stderr: deadline.signal.aborted
        ? `${program} ${args[0]} did not finish within ${timeoutMs / 1000} s`
        : decoder.decode(out.stderr),
    };
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    return { code: 127, stdout: "", stderr: `${program} is not installed` };
  } finally {
    clearTimeout(timer);
  }
}

function lastLine(text: string): string {
  return text.trim().split("\n").at(-1) ?? "";
}

/** The base images the Containerfile builds from, its ARG defaults filled in. */
async function baseImages(): Promise<string[]> {
  const steps = instructions(await Deno.readTextFile(CONTAINERFILE));
  const args = new Map<string, string>();
  for (const step of steps) {
    const arg = /^(\w+)=(\S+)$/.exec(step.op === "ARG" ? step.args : "");
    if (arg) args.set(arg[1], arg[2]);
  }
  return steps.filter((s) => s.op === "FROM").map((s) =>
    s.args.split(/\s+/)[0].replaceAll(/\$\{(\w+)\}/g, (_, name) => args.get(name) ?? "")
  );
}

/**
 * podman or docker, when it runs and has (or can pull) every base image;
 * else the reason it cannot, for the skipped test's name.
 */
async function containerEngine(): Promise<{ engine: string } | { reason: string }> {
  const reasons: string[] = [];
  for (const engine of ["podman", "docker"]) {
    const info = await run(engine, ["info"], 60_000);
    if (info.code !== 0) {
      reasons.push(`${engine}: ${lastLine(info.stderr) || `info exited with ${info.code}`}`);
      continue;
    }
    let missing: string | undefined;
    for (const image of await baseImages()) {
      if ((await run(engine, ["image", "inspect", image], 60_000)).code === 0) continue;
      const pull = await run(engine, ["pull", "--quiet", image], 600_000);
      if (pull.code !== 0) {
        missing = `${engine} cannot pull ${image}: ${lastLine(pull.stderr)}`;
        break;
      }
    }
    if (missing === undefined) return { engine };
    reasons.push(missing);
  }
  return { reason: reasons.join("; ") };
}

const engine = await containerEngine();

Deno.test({
  name: "dist/Containerfile builds, runs the demo server as PID 1 and stops it on SIGTERM" +
    ("reason" in engine ? ` [skipped: ${engine.reason}]` : ""),
  ignore: "reason" in engine,
  async fn() {
    const tool = (engine as { engine: string }).engine;
    const tag = `localhost/atlas-runner-test:${crypto.randomUUID().slice(0, 8)}`;
    const name = `atlas-runner-test-${crypto.randomUUID().slice(0, 8)}`;
    const volume = `${name}-data`;
    const must = async (args: string[]) => {
      const result = await run(tool, args);
      assert.equal(result.code, 0, `${tool} ${args.join(" ")}:\n${result.stdout}${result.stderr}`);
      return result.stdout;
    };
    try {
      // podman keeps a HEALTHCHECK only in the docker image format (OCI has none).
      const format = tool === "podman" ? ["--format", "docker"] : [];
      await must(["build", ...format, "-f", fileURLToPath(CONTAINERFILE), "-t", tag, ROOT]);
      await must([
        "run",
        "-d",
        "--name",
        name,
        "--stop-timeout",
        "90",
        "-v",
        `${volume}:/data`,
        tag,
        "daemon",
        "--demo",
      ]);
      const status = await waitFor(async () => {
        const result = await run(tool, ["exec", name, "atlas-runner", "status", "--json"]);
        if (result.code !== 0) return null;
        const json = JSON.parse(result.stdout);
        return json.state === "running" ? json : null;
      }, { timeoutMs: 120_000, what: "the demo server to run in the container" });
      assert.equal(status.version, "1.21.4");
      assert.notEqual((await must(["exec", name, "id", "-u"])).trim(), "0");
      assert.equal((await must(["exec", name, "cat", "/proc/1/cmdline"])).split("\0")[1], "daemon");
      if (tool === "podman") await must(["healthcheck", "run", name]);
      await must(["stop", "-t", "90", name]);
      const exitCode = (await must(["inspect", "--format", "{{.State.ExitCode}}", name])).trim();
      const logs = await run(tool, ["logs", name]);
      assert.equal(exitCode, "0", logs.stdout + logs.stderr);
      assert.match(logs.stdout + logs.stderr, /Daemon stopped/);
    } finally {
      await run(tool, ["rm", "-f", name]);
      await run(tool, ["volume", "rm", "-f", volume]);
      await run(tool, ["rmi", "-f", tag]);
    }
  },
});

Deno.test("every deno compile names the modules loaded by computed specifiers (task, release, image)", async () => {
  // main.ts imports cmd/mod.ts by a computed URL and archives start the zstd
  // worker with new Worker(): deno compile leaves both out unless told.
  const needed = ["cmd/mod.ts", "lib/archive/_zstd_worker.ts"];
  const sources = {
    "deno.json compile task": JSON.parse(await Deno.readTextFile("deno.json")).tasks.compile,
    "release workflow": await Deno.readTextFile(".github/workflows/release.yml"),
    "dist/Containerfile": instructions(await Deno.readTextFile(CONTAINERFILE))
      .filter((s) => s.op === "RUN").map((s) => s.args).join("\n"),
  };
  for (const [where, text] of Object.entries(sources)) {
    assert.match(text, /deno compile/, where);
    for (const module of needed) {
      assert.ok(text.includes(`--include ${module}`), `${where} lacks --include ${module}`);
    }
  }
});

Deno.test("every deno compile bakes in the daemon's V8 heap sizing (task, release, image, demo)", async () => {
  // 4 MiB semi-spaces: the daemon's young set is a few MiB, and V8's default
  // 32 MiB ones only held garbage (BENCHMARKS.md, issue 9: soak peak +173 → +114 MiB).
  // Old generation grown to 1.2× what survived a full GC, not V8's up to 4×,
  // and freed pages returned at once, not pooled (5-minute soak: +166 → +70 MiB).
  const flag = "--v8-flags=--max-semi-space-size=4,--heap-growing-percent=20,--no-memory-pool";
  const tasks = JSON.parse(await Deno.readTextFile("deno.json")).tasks;
  const sources = {
    "deno.json compile task": tasks.compile,
    "deno.json demo task": tasks.demo,
    "release workflow": await Deno.readTextFile(".github/workflows/release.yml"),
    "dist/Containerfile": instructions(await Deno.readTextFile(CONTAINERFILE))
      .filter((s) => s.op === "RUN").map((s) => s.args).join("\n"),
  };
  for (const [where, text] of Object.entries(sources)) {
    assert.ok(text.includes(flag), `${where} lacks ${flag}`);
  }
});
