#!/usr/bin/env bash
# App-level benchmark (issue 8): release binary and .deb size, cold start to the first
# rendered data, idle memory (PSS over the app and its WebKit processes), and memory after
# scripted view switches. Runs under its own Xvfb display and D-Bus session.
#
#   scripts/bench-app.sh [--entries N] [--runs N] [--switches N] [--no-build]
#
# Defaults: 200000 entries, 10 cold starts, 1000 view switches. Figures are printed at
# the end; docs/performance.md records them. Not part of scripts/test.sh (it takes minutes).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

ENTRIES=200000 RUNS=10 SWITCHES=1000 BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --entries) ENTRIES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --switches) SWITCHES="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    *) echo "usage: $0 [--entries N] [--runs N] [--switches N] [--no-build]" >&2; exit 2 ;;
  esac
done

# Re-run inside a private X display and D-Bus session (window benchmarks stall without a
# session bus: the portal lookup waits for its 25 s timeout).
# The session's services (portal, accessibility bus) log to stderr: that goes to a file,
# this script's own progress to fd 3.
if [ -z "${BENCH_APP_INNER:-}" ]; then
  exec 3>&2
  exec env BENCH_APP_INNER=1 xvfb-run -a -s "-screen 0 1280x860x24" \
    dbus-run-session -- "$0" --entries "$ENTRIES" --runs "$RUNS" --switches "$SWITCHES" \
    $([ "$BUILD" = 0 ] && echo --no-build) 2>"${TMPDIR:-/tmp}/bench-app-session.log"
fi
export WEBKIT_DISABLE_DMABUF_RENDERER=1

TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
APP="$TARGET/release/backstory-app"
CLI="$TARGET/release/backstory"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

say() { echo "==> $*" >&3; }

if [ "$BUILD" = 1 ]; then
  say "release build and .deb (npx --prefix ui tauri build --bundles deb)"
  npx --prefix ui tauri build --bundles deb >&3 2>&3
  cargo build --release -p backstory-cli >&3 2>&3
fi
DEB="$(ls -t "$TARGET"/release/bundle/deb/*.deb | head -1)"
bin_bytes=$(stat -c %s "$APP")
deb_bytes=$(stat -c %s "$DEB")

say "generating a journal of about $ENTRIES entries ending yesterday"
DATA="$WORK/data"
"$CLI" --data-dir "$DATA" --json generate --entries "$ENTRIES" --end "$(date -d tomorrow +%F)" >"$WORK/generated.json"
entries=$(sed -n 's/.*"entries": \([0-9]*\).*/\1/p' "$WORK/generated.json")

# One start: prints the milliseconds from exec to the first rendered data.
start_once() {
  local dir="$1" out="$WORK/start.out" t0 ready
  t0=$(date +%s%N)
  BACKSTORY_EXIT_WHEN_READY=1 timeout 60 "$APP" --data-dir "$dir" >"$out" 2>"$WORK/start.err" || true
  ready=$(sed -n 's/^backstory-ready unix_ms=\([0-9]*\).*/\1/p' "$out")
  if [ -z "$ready" ]; then
    echo "no readiness line; stderr:" >&3; cat "$WORK/start.err" >&3; return 1
  fi
  echo $(( ready - t0 / 1000000 ))
}

say "first start on the new data folder"
first_ms=$(start_once "$DATA")
say "  ${first_ms} ms"
say "$RUNS cold starts (new process each time, file cache warm)"
starts=()
for _ in $(seq "$RUNS"); do
  ms=$(start_once "$DATA")
  starts+=("$ms")
  echo "  $ms ms" >&3
done
sorted=$(printf '%s\n' "${starts[@]}" | sort -n)
p50=$(echo "$sorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
max=$(echo "$sorted" | tail -1)
min=$(echo "$sorted" | head -1)
over5=$(echo "$sorted" | awk '$1 > 5000' | wc -l)

# PSS of a process and everything below it (MiB), and of the process alone.
tree_pids() {
  local pid=$1 child
  echo "$pid"
  for child in $(pgrep -P "$pid"); do tree_pids "$child"; done
}
pss_kib() { awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
tree_pss_mib() {
  local total=0 pid
  for pid in $(tree_pids "$1"); do total=$(( total + $(pss_kib "$pid") )); done
  awk -v k="$total" 'BEGIN {printf "%.1f", k / 1024}'
}

say "idle memory: start, wait for the first data, 10 s idle"
BACKSTORY_REPORT_READY=1 "$APP" --data-dir "$DATA" >"$WORK/idle.out" 2>/dev/null &
app_pid=$!
for _ in $(seq 300); do grep -q backstory-ready "$WORK/idle.out" 2>/dev/null && break; sleep 0.1; done
sleep 10
idle_total=$(tree_pss_mib "$app_pid")
idle_app=$(awk -v k="$(pss_kib "$app_pid")" 'BEGIN {printf "%.1f", k / 1024}')
idle_procs=$(tree_pids "$app_pid" | wc -l)
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true

say "memory after $SWITCHES view switches (WebDriver)"
switch_json=$( cd tests/e2e && BACKSTORY_APP="$APP" DATA_DIR="$DATA" SWITCHES="$SWITCHES" node bench-switches.mjs )

cat <<REPORT

Backstory app benchmark — $(date -u +%FT%TZ), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)
journal: $entries entries ($(du -m "$DATA/journal.db" | cut -f1) MB file)
release binary:   $bin_bytes bytes ($(awk -v b="$bin_bytes" 'BEGIN {printf "%.2f MB", b/1e6}'))
.deb:             $deb_bytes bytes ($(awk -v b="$deb_bytes" 'BEGIN {printf "%.2f MB", b/1e6}')) $(basename "$DEB")
cold start:       p50 $p50 ms, min $min ms, max $max ms over $RUNS runs; runs over 5 s: $over5
first start on a new data folder: $first_ms ms
idle memory:      $idle_total MiB PSS over $idle_procs processes; app process $idle_app MiB
view switches:    $switch_json
REPORT
