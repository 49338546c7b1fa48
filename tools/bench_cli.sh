#!/usr/bin/env bash
# Measures `atlas-runner status` end to end (process start to exit) with
# hyperfine, against a real daemon supervising the demo server, with a warm
# Deno cache. Also measures, in the same run, the floor (`deno run` of an
# empty script) and the CLI without a request (`--version`), so the figures
# say where the time goes. Writes nothing outside a temp dir.
#
#   tools/bench_cli.sh [--runs N] [--export-json FILE]
#
# Needs: deno, hyperfine. Results go in BENCHMARKS.md under "## CLI".
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=30
EXPORT=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --export-json) EXPORT=(--export-json "$2"); shift 2 ;;
    *) echo "usage: $0 [--runs N] [--export-json FILE]" >&2; exit 2 ;;
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
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load: $(cut -d' ' -f1-3 /proc/loadavg)"
deno --version | head -1
hyperfine -N --warmup 5 --runs "$RUNS" "${EXPORT[@]}" \
  -n "deno run (empty script)" "deno run $PERMS $TMP/empty.ts" \
  -n "atlas-runner --version" "deno run $PERMS main.ts --version" \
  -n "atlas-runner status" "deno run $PERMS main.ts status --socket $SOCK" \
  -n "atlas-runner status --json" "deno run $PERMS main.ts status --json --socket $SOCK"
