/**
 * The protocol benchmark (`deno task bench:ipc`): client and server in
 * separate processes over a real Unix socket, four load shapes, medians of
 * N runs, printed as one Markdown table.
 *
 * - Our server is `tools/bench_server.ts` (an `IpcServer` answering GetStatus
 *   exactly like the Rust reference's `ref-server`).
 * - Load comes from the Rust reference's neutral `ref-bench`, pointed at our
 *   server and at `ref-server` alternately (order flipped every run), when
 *   its binaries exist (`--ref-dir`, default `/tmp/ref-rust/target/release`);
 *   the ratio ours/Rust is compared with the targets. Our own Deno load
 *   generator (`tools/bench_load.ts`, using `IpcClient`) always runs too.
 *
 *     deno task bench:ipc                 # 3 runs per case, full request counts
 *     deno task bench:ipc --runs 5 --scale 0.2 --no-ref
 *
 * @module
 */

interface Case {
  readonly label: string;
  readonly conns: number;
  readonly depth: number;
  /** Requests per connection (as RESULTS.md of the Rust reference uses). */
  readonly requests: number;
  /** Minimum ratio ours/Rust. */
  readonly target: number;
}

const CASES: readonly Case[] = [
  { label: "1 conn × depth 1", conns: 1, depth: 1, requests: 20_000, target: 0.8 },
  { label: "1 conn × depth 64", conns: 1, depth: 64, requests: 200_000, target: 0.6 },
  { label: "10 conns × depth 1", conns: 10, depth: 1, requests: 5_000, target: 0.8 },
  { label: "100 conns × depth 8", conns: 100, depth: 8, requests: 2_000, target: 0.5 },
];

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  line: string;
  /** The server process's CPU time per request in µs (Linux /proc), or NaN. */
  cpu: number;
}

const args = Deno.args;
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(option("runs") ?? 3);
const scale = Number(option("scale") ?? 1);
const refDir = option("ref-dir") ?? Deno.env.get("ATLAS_REF_RUST_DIR") ??
  "/tmp/ref-rust/target/release";
const root = new URL("../", import.meta.url).pathname;
const decoder = new TextDecoder();

function exists(path: string): boolean {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
}

const haveRef = !args.includes("--no-ref") &&
  ["ref-server", "ref-bench"].every((b) => exists(`${refDir}/${b}`));

/** A server child process, ready once `pattern` appeared on the given stream. */
async function startServer(
  command: string,
  commandArgs: string[],
  stream: "stdout" | "stderr",
): Promise<{ pid: number; stop(): Promise<void> }> {
  const child = new Deno.Command(command, {
    args: commandArgs,
    stdout: stream === "stdout" ? "piped" : "null",
    stderr: stream === "stderr" ? "piped" : "inherit",
  }).spawn();
  const reader = child[stream]!.pipeThrough(new TextDecoderStream()).getReader();
  let seen = "";
  while (!seen.includes("listening")) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`${command} exited before listening: ${seen}`);
    seen += value;
  }
  const drain = (async () => {
    while (!(await reader.read()).done) { /* discard */ }
  })();
  return {
    pid: child.pid,
    async stop() {
      child.kill("SIGTERM");
      await child.status;
      await drain;
    },
  };
}

function parse(line: string): Sample {
  const get = (key: string) => Number(new RegExp(`${key}=([\\d.]+)`).exec(line)?.[1] ?? NaN);
  return {
    rps: get("req/s"),
    p50: get("p50_us"),
    p99: get("p99_us"),
    errors: get("errors"),
    line,
    cpu: NaN,
  };
}

/**
 * CPU seconds (user + system) a process has used, from /proc (read through
 * `cat`: Deno wants --allow-all to read another process's /proc entries);
 * NaN where there is no /proc.
 */
async function cpuSeconds(pid: number): Promise<number> {
  try {
    const { code, stdout } = await new Deno.Command("cat", { args: [`/proc/${pid}/stat`] })
      .output();
    if (code !== 0) return NaN;
    const fields = decoder.decode(stdout).split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}

async function load(
  tool: "ref" | "deno",
  socket: string,
  c: Case,
  serverPid: number,
): Promise<Sample> {
  const loadArgs = [
    "--socket",
    socket,
    "--conns",
    String(c.conns),
    "--depth",
    String(c.depth),
    "--requests",
    String(Math.max(1, Math.round(c.requests * scale))),
  ];
  const cmd = tool === "ref"
    ? new Deno.Command(`${refDir}/ref-bench`, { args: loadArgs, stdout: "piped", stderr: "piped" })
    : new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", `${root}tools/bench_load.ts`, ...loadArgs],
      cwd: root,
      stdout: "piped",
      stderr: "piped",
    });
  const cpuBefore = await cpuSeconds(serverPid);
  const { stdout, stderr } = await cmd.output();
  const cpu = await cpuSeconds(serverPid) - cpuBefore;
  const line = decoder.decode(stdout).trim().split("\n").pop() ?? "";
  if (!line.includes("req/s=")) throw new Error(`${tool} load failed: ${decoder.decode(stderr)}`);
  const sample = parse(line);
  sample.cpu = (cpu * 1e6) / (c.conns * Math.max(1, Math.round(c.requests * scale)));
  return sample;
}

function median(samples: Sample[]): Sample {
  const sorted = [...samples].sort((a, b) => a.rps - b.rps);
  return sorted[Math.floor(sorted.length / 2)];
}

async function machine(): Promise<string> {
  const run = async (cmd: string, cmdArgs: string[]) => {
    try {
      return decoder.decode((await new Deno.Command(cmd, { args: cmdArgs }).output()).stdout);
    } catch {
      return "";
    }
  };
  const lscpu = await run("lscpu", []);
  const pick = (key: string) =>
    new RegExp(`^${key}:\\s*(.*)$`, "m").exec(lscpu)?.[1]?.trim() ?? "?";
  return [
    `${(await run("uname", ["-srvm"])).trim()}`,
    `CPU: ${pick("Model name")}, ${pick("CPU\\(s\\)")} CPUs (${
      pick("Thread\\(s\\) per core")
    } thread(s) per core)`,
    `Deno ${Deno.version.deno}, V8 ${Deno.version.v8}`,
  ].join("\n");
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const dir = await Deno.makeTempDir({ prefix: "atlas-bench-" });
const ours = `${dir}/ours.sock`;
const ref = `${dir}/ref.sock`;
const oursServer = await startServer(Deno.execPath(), [
  "run",
  "-A",
  `${root}tools/bench_server.ts`,
  "--socket",
  ours,
], "stdout");
const servers = [oursServer];
if (haveRef) servers.push(await startServer(`${refDir}/ref-server`, ["--socket", ref], "stderr"));
const oursPid = oursServer.pid;
const refPid = servers[1]?.pid ?? 0;

const out: string[] = [];
const log = (text = "") => out.push(text);
const progress = (text: string) => Deno.stderr.writeSync(new TextEncoder().encode(text + "\n"));

try {
  log(`runs per cell: ${runs}, request scale: ${scale}, ref-bench: ${haveRef ? refDir : "absent"}`);
  log("raw lines (ref-bench format):");
  // Warm-up (as the Rust reference's bench.sh does), not recorded.
  const warm: Case = { label: "warm-up", conns: 4, depth: 8, requests: 20_000, target: 0 };
  await load(haveRef ? "ref" : "deno", ours, warm, oursPid);
  if (haveRef) await load("ref", ref, warm, refPid);

  const rows: string[] = [];
  const cpuRows: string[] = [];
  for (const c of CASES) {
    const viaRef: Sample[] = [];
    const rust: Sample[] = [];
    const viaDeno: Sample[] = [];
    for (let r = 0; r < runs; r++) {
      if (haveRef) {
        // Alternate which server goes first, so drift in the machine's load hits both.
        if (r % 2 === 0) {
          viaRef.push(await load("ref", ours, c, oursPid));
          rust.push(await load("ref", ref, c, refPid));
        } else {
          rust.push(await load("ref", ref, c, refPid));
          viaRef.push(await load("ref", ours, c, oursPid));
        }
      }
      viaDeno.push(await load("deno", ours, c, oursPid));
    }
    for (
      const [who, list] of [["ours/ref-bench", viaRef], ["rust/ref-bench", rust], [
        "ours/deno-load",
        viaDeno,
      ]] as const
    ) {
      for (const s of list) {
        log(`    ${who.padEnd(15)} ${s.line} server_cpu_us=${s.cpu.toFixed(2)}`);
      }
    }
    progress(`done: ${c.label}`);
    const d = median(viaDeno);
    if (haveRef) {
      const o = median(viaRef);
      const rr = median(rust);
      const ratio = o.rps / rr.rps;
      const cpu = (list: Sample[]) =>
        list.map((x) => x.cpu).sort((a, b) => a - b)[list.length >> 1];
      cpuRows.push(
        `| ${c.label} | ${cpu(viaRef).toFixed(2)} | ${cpu(rust).toFixed(2)} | ${
          (cpu(viaRef) / cpu(rust)).toFixed(1)
        }× |`,
      );
      rows.push(
        `| ${c.label} | ${fmt(o.rps)} | ${o.p50} / ${o.p99} | ${
          fmt(rr.rps)
        } | ${rr.p50} / ${rr.p99} | **${ratio.toFixed(2)}** | ${c.target} | ${
          ratio >= c.target ? "met" : "missed"
        } | ${fmt(d.rps)} | ${d.p50} / ${d.p99} |`,
      );
    } else {
      rows.push(
        `| ${c.label} | – | – | – | – | – | ${c.target} | – | ${
          fmt(d.rps)
        } | ${d.p50} / ${d.p99} |`,
      );
    }
  }
  log();
  log("```");
  log(await machine());
  log("```");
  log();
  log(
    "| case | ours via ref-bench req/s | p50 / p99 µs | ref-server req/s | p50 / p99 µs | ratio | target | | ours via Deno client req/s | p50 / p99 µs |",
  );
  log("|---|---|---|---|---|---|---|---|---|---|");
  for (const row of rows) log(row);
  if (cpuRows.length > 0) {
    log();
    log("Server CPU time per request (µs, median of the runs; less sensitive to a busy machine):");
    log();
    log("| case | ours | ref-server | ours/ref |");
    log("|---|---|---|---|");
    for (const row of cpuRows) log(row);
  }
  await Deno.stdout.write(new TextEncoder().encode(out.join("\n") + "\n"));
} finally {
  for (const s of servers) await s.stop();
  await Deno.remove(dir, { recursive: true });
}
