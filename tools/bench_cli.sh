#!/usr/bin/env bash
# Measures `atlas-runner status` end to end (process start to exit) with
# hyperfine, against a real daemon supervising the demo server, with a warm
# Deno cache. Also measures, in the same run, the floor (`deno run` of an
# empty script) and the CLI without a request (`--version`), so the figures
# say where the time goes. With --baseline REF, the same commands of another
# commit (`git archive REF`) are measured in the same run; the commands
# alternate in blocks (--rounds blocks of --runs runs each), so a machine
# that other work slows down slows both alike. Writes nothing outside a
# temp dir.
#
#   tools/bench_cli.sh [--runs N] [--rounds R] [--baseline REF] [--export-json FILE]
#
# Needs: deno, hyperfine, git (for --baseline). Results go in BENCHMARKS.md under "## CLI".
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=30
ROUNDS=1
BASELINE=""
EXPORT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --baseline) BASELINE="$2"; shift 2 ;;
    --export-json) EXPORT="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--rounds R] [--baseline REF] [--export-json FILE]" >&2; exit 2 ;;
  esac
done

PERMS="--allow-read --allow-write --allow-run --allow-env --allow-net --allow-sys"
TMP=$(mktemp -d -t atlas-bench-cli-XXXXXX)
SOCK="$TMP/atlas.sock"
DAEMON_PID=""

cleanup() {
  if [ -n "$DAEMON_PID" ] && kill -0 "$DAEMON_PID" 2>/dev/null; then
    kill -TERM "$DAEMON_PID" 2>/dev/null || true
    wait "$DAEMON_PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT

# The daemon's default config, data and runtime dirs all live in the temp dir.
export XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data" XDG_RUNTIME_DIR="$TMP"
export ATLAS_DEMO_START_DELAY_MS=50
unset ATLAS_RUNNER_SOCKET ATLAS_RUNNER_CONFIG

# shellcheck disable=SC2086 # PERMS is a list of flags
deno run $PERMS main.ts daemon --demo --socket "$SOCK" >"$TMP/daemon.out" 2>"$TMP/daemon.err" &
DAEMON_PID=$!

# Wait (with a deadline) until the daemon answers, then start the server so
# `status` reports a running server, as it would in use.
for _ in $(seq 1 300); do
  # shellcheck disable=SC2086
  if deno run $PERMS main.ts ping --socket "$SOCK" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$DAEMON_PID" 2>/dev/null; then cat "$TMP/daemon.err" >&2; exit 1; fi
  sleep 0.1
done
# shellcheck disable=SC2086
deno run $PERMS main.ts start --socket "$SOCK" >/dev/null 2>&1 || true
# shellcheck disable=SC2086
deno run $PERMS main.ts status --socket "$SOCK"

echo 'Deno.exit(0);' >"$TMP/empty.ts"
COMMANDS=(
  -n "deno run (empty script)" "deno run $PERMS $TMP/empty.ts"
  -n "atlas-runner --version" "deno run $PERMS main.ts --version"
  -n "atlas-runner status" "deno run $PERMS main.ts status --socket $SOCK"
  -n "atlas-runner status --json" "deno run $PERMS main.ts status --json --socket $SOCK"
)
if [ -n "$BASELINE" ]; then
  mkdir "$TMP/baseline"
  git archive "$BASELINE" | tar -x -C "$TMP/baseline"
  echo "baseline: $BASELINE = $(git rev-parse --short "$BASELINE")"
  COMMANDS+=(
    -n "baseline --version" "deno run $PERMS $TMP/baseline/main.ts --version"
    -n "baseline status" "deno run $PERMS $TMP/baseline/main.ts status --socket $SOCK"
    -n "baseline status --json" "deno run $PERMS $TMP/baseline/main.ts status --json --socket $SOCK"
  )
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load: $(cut -d' ' -f1-3 /proc/loadavg)"
deno --version | head -1
for round in $(seq 1 "$ROUNDS"); do
  hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$TMP/round-$round.json" "${COMMANDS[@]}" \
    >"$TMP/round-$round.txt"
  if [ "$ROUNDS" -eq 1 ]; then cat "$TMP/round-$round.txt"; fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
# Pools every round's runs per command: median, mean ± σ, min … max, in ms.
deno run --allow-read="$TMP" --allow-write="${EXPORT:-$TMP}" - "$TMP" "$ROUNDS" "$EXPORT" <<'TS'
const [dir, rounds, exportTo] = Deno.args;
const times = new Map<string, number[]>();
for (let r = 1; r <= Number(rounds); r++) {
  const { results } = JSON.parse(await Deno.readTextFile(`${dir}/round-${r}.json`));
  for (const { command, times: t } of results) {
    times.set(command, [...(times.get(command) ?? []), ...t.map((s: number) => s * 1000)]);
  }
}
const rows = [...times].map(([command, t]) => {
  const sorted = [...t].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const mean = t.reduce((a, b) => a + b, 0) / t.length;
  const sd = Math.sqrt(t.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, t.length - 1));
  return { command, runs: t.length, median, mean, sd, min: sorted[0], max: sorted.at(-1)! };
});
console.log(`\n| command | runs | median | mean ± σ | min … max |\n| --- | --- | --- | --- | --- |`);
const f = (n: number) => n.toFixed(1);
for (const r of rows) {
  console.log(`| ${r.command} | ${r.runs} | ${f(r.median)} ms | ${f(r.mean)} ± ${f(r.sd)} ms | ${f(r.min)} … ${f(r.max)} ms |`);
}
if (exportTo) await Deno.writeTextFile(exportTo, JSON.stringify(rows, null, 2));
TS
