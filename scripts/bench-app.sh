#!/usr/bin/env bash
# App-level benchmark (issue 18): Backstory against a bare Tauri 2 app built in the same
# run (src-tauri/bench/bare-app: one window, one page that calls one command after its
# first paint; same Tauri version, features, lock file and release profile), on generated
# journals (the CLI's fixed-seed `generate`, src-tauri/core/src/bench_data.rs).
#
#   scripts/bench-app.sh            full run: 200k and 1M entries, 7 cold starts each
#   scripts/bench-app.sh --quick    200k only, 3 cold starts, 10 s idle (development)
#   options: --runs N  --sizes "200000 1000000"  --idle S  --unlock-runs N  --no-build
#            --switches N (memory after N scripted view switches, WebDriver; off by default)
#
# Measures, and prints as min/median/max with Backstory / bare ratios:
#   - release binary sizes (stripped by the release profile);
#   - cold start: exec to the first screen with data (the UI's ready hook:
#     src-tauri/src/ready.rs, ui/src/shared/ready.ts), N runs each after one uncounted launch,
#     Backstory and the bare app alternating; any run over 5 s is flagged;
#   - memory: PSS summed over the app and every child (WebKit's web and network
#     processes) from /proc/PID/smaps_rollup, once ready and after --idle seconds;
#   - unlock of the encrypted 200k journal: from the unlock command to the first screen
#     with data (typed through WebDriver, tests/e2e/bench-unlock.mjs), first run not counted.
# Runs under its own Xvfb display and D-Bus session with WEBKIT_DISABLE_DMABUF_RENDERER=1.
# On a shared machine wrap it in `flock /tmp/e2e.lock` so window runs do not overlap.
# Generated journals are cached in $CARGO_TARGET_DIR/bench-app (delete it to regenerate).
# Not part of scripts/test.sh (it takes minutes); docs/performance.md records its figures.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RUNS=7 SIZES="200000 1000000" IDLE=30 UNLOCK_RUNS=5 BUILD=1 SWITCHES=0 QUICK=0
ARGS=("$@")
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1; RUNS=3; SIZES="200000"; IDLE=10; UNLOCK_RUNS=3; shift ;;
    --runs) RUNS="$2"; shift 2 ;;
    --sizes) SIZES="$2"; shift 2 ;;
    --idle) IDLE="$2"; shift 2 ;;
    --unlock-runs) UNLOCK_RUNS="$2"; shift 2 ;;
    --switches) SWITCHES="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    *) sed -n '2,12p' "$0" >&2; exit 2 ;;
  esac
done

# Re-run inside a private X display and D-Bus session (window benchmarks stall without a
# session bus: the portal lookup waits for its 25 s timeout). The session's services log to
# a file; this script's progress goes to fd 3, the report to stdout.
if [ -z "${BENCH_APP_INNER:-}" ]; then
  exec 3>&2
  exec env BENCH_APP_INNER=1 xvfb-run -a -s "-screen 0 1280x860x24" \
    dbus-run-session -- "$0" "${ARGS[@]}" 2>"${TMPDIR:-/tmp}/bench-app-session.log"
fi
export WEBKIT_DISABLE_DMABUF_RENDERER=1
say() { echo "==> $*" >&3; }
T_BEGIN=$(date +%s)

TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
case "$TARGET" in /*) ;; *) TARGET="$ROOT/$TARGET" ;; esac
APP="$TARGET/release/backstory-app"
BARE="$TARGET/release/bare-app"
CLI="$TARGET/release/backstory"
CACHE="$TARGET/bench-app"
WORK="$(mktemp -d)"
cleanup() {
  local pid
  for pid in $(jobs -p); do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
PASSPHRASE="bench passphrase, not a secret"

if [ "$BUILD" = 1 ]; then
  say "UI build, then release builds of Backstory with the bare app (shared Tauri), and the CLI"
  ( cd ui && { [ -d node_modules ] || npm ci --no-audit --no-fund --silent; } && npm run build --silent ) >&3 2>&3
  # The app is built as it ships, without the CLI: built together, cargo would compile the
  # CLI's `scaffolding` feature (benchmark journals) into the core the app links.
  cargo build --release --locked -p backstory -p bare-app >&3 2>&3
  cargo build --release --locked -p backstory-cli >&3 2>&3
fi
for bin in "$APP" "$BARE" "$CLI"; do
  [ -x "$bin" ] || { echo "missing $bin (run without --no-build)" >&2; exit 1; }
done

# A journal of N entries ending yesterday, generated once per day into the cache.
journal_for() {
  local n=$1 dir="$CACHE/plain-$1-$(date +%F)"
  if [ ! -f "$dir/journal.db" ]; then
    rm -rf "$CACHE"/plain-"$n"-*
    say "generating $n entries (fixed seed)"
    "$CLI" --data-dir "$dir.tmp" --json generate --entries "$n" --end "$(date -d tomorrow +%F)" >&3
    mv "$dir.tmp" "$dir"
  fi
  echo "$dir"
}
encrypted_journal_for() {
  local n=$1 dir="$CACHE/encrypted-$1-$(date +%F)"
  if [ ! -f "$dir/journal.db" ]; then
    rm -rf "$CACHE"/encrypted-"$n"-*
    local plain; plain=$(journal_for "$n")
    say "encrypting a copy of the $n-entry journal"
    cp -r "$plain" "$dir.tmp"
    BACKSTORY_NEW_PASSPHRASE="$PASSPHRASE" "$CLI" --data-dir "$dir.tmp" encrypt >/dev/null
    mv "$dir.tmp" "$dir"
  fi
  echo "$dir"
}
# A private copy of a cached journal for this run (the app writes: alerts, backups).
copy_of() { local dest="$WORK/$2"; rm -rf "$dest"; cp -r "$1" "$dest"; echo "$dest"; }

# One start: milliseconds from exec to the ready line (the first screen with data).
start_once() {
  local bin=$1 out="$WORK/start.out" t0 ready
  shift
  t0=$(date +%s%N)
  BACKSTORY_EXIT_WHEN_READY=1 timeout 60 "$bin" "$@" >"$out" 2>"$WORK/start.err" || true
  ready=$(sed -n 's/^backstory-ready unix_ms=\([0-9]*\).*/\1/p' "$out")
  if [ -z "$ready" ]; then
    echo "no ready line from $(basename "$bin"); stderr:" >&3; tail -5 "$WORK/start.err" >&3
    echo 999999; return
  fi
  echo $(( ready - t0 / 1000000 ))
}

# min median max of numbers on stdin
stats() { sort -n | awk '{a[NR]=$1} END {if (NR) printf "%d %d %d\n", a[1], a[int((NR+1)/2)], a[NR]}'; }
median_of() { stats | cut -d' ' -f2; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2fx", a / b; else print "n/a"}'; }

# PSS of a process and everything below it, in KiB.
tree_pids() {
  local pid=$1 child
  echo "$pid"
  for child in $(pgrep -P "$pid" || true); do tree_pids "$child"; done
}
tree_pss_kib() {
  local total=0 pid kib
  for pid in $(tree_pids "$1"); do
    kib=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || true)
    total=$(( total + ${kib:-0} ))
  done
  echo "$total"
}
mib() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }
# "name PSS-MiB" for each process of the tree, on one line.
tree_breakdown() {
  local pid kib
  for pid in $(tree_pids "$1"); do
    kib=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || true)
    printf '%s %s MiB; ' "$(cat "/proc/$pid/comm" 2>/dev/null || echo gone)" "$(mib "${kib:-0}")"
  done
}

# Starts `bin args...`, waits for its ready line, prints "pss_ready_kib pss_idle_kib procs".
memory_of() {
  local bin=$1 out="$WORK/mem.out" pid ready_kib idle_kib procs
  shift
  BACKSTORY_REPORT_READY=1 "$bin" "$@" >"$out" 2>"$WORK/mem.err" &
  pid=$!
  for _ in $(seq 600); do grep -q backstory-ready "$out" 2>/dev/null && break; sleep 0.05; done
  ready_kib=$(tree_pss_kib "$pid")
  sleep "$IDLE"
  idle_kib=$(tree_pss_kib "$pid")
  procs=$(tree_pids "$pid" | wc -l)
  echo "    $(basename "$bin") after idle: $(tree_breakdown "$pid")" >>"$WORK/breakdown"
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$ready_kib $idle_kib $procs"
}

REPORT="$WORK/report"
{
  echo "Backstory app benchmark: $(date -u +%FT%TZ), $(nproc) CPUs, $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes')"
  echo "load before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
  app_b=$(stat -c %s "$APP"); bare_b=$(stat -c %s "$BARE")
  printf 'release binary: Backstory %.2f MB, bare %.2f MB (%s)\n' \
    "$(awk -v b="$app_b" 'BEGIN {print b/1e6}')" "$(awk -v b="$bare_b" 'BEGIN {print b/1e6}')" "$(ratio "$app_b" "$bare_b")"
} >"$REPORT"

over5=0
for n in $SIZES; do
  data=$(copy_of "$(journal_for "$n")" "plain-$n")
  say "cold starts at $n entries: one uncounted launch each, then $RUNS alternating runs"
  start_once "$APP" --data-dir "$data" >/dev/null
  start_once "$BARE" >/dev/null
  app_ms=() bare_ms=()
  for i in $(seq "$RUNS"); do
    a=$(start_once "$APP" --data-dir "$data"); b=$(start_once "$BARE")
    app_ms+=("$a"); bare_ms+=("$b")
    echo "  run $i: Backstory $a ms, bare $b ms" >&3
    if [ "$a" -gt 5000 ]; then over5=$((over5 + 1)); echo "  FLAG: Backstory run over 5 s ($a ms)" >&3; fi
    if [ "$b" -gt 5000 ]; then over5=$((over5 + 1)); echo "  FLAG: bare run over 5 s ($b ms)" >&3; fi
  done
  read -r amin amed amax < <(printf '%s\n' "${app_ms[@]}" | stats)
  read -r bmin bmed bmax < <(printf '%s\n' "${bare_ms[@]}" | stats)
  {
    echo "cold start, $n entries ($(du -m "$data/journal.db" | cut -f1) MB journal), $RUNS runs:"
    echo "  Backstory min/median/max $amin / $amed / $amax ms; bare $bmin / $bmed / $bmax ms; median ratio $(ratio "$amed" "$bmed")"
  } >>"$REPORT"

  say "memory at $n entries: once ready and after $IDLE s idle (Backstory, then bare)"
  read -r ar ai ap < <(memory_of "$APP" --data-dir "$data")
  read -r br bi bp < <(memory_of "$BARE")
  {
    echo "memory (PSS over the process tree), $n entries:"
    echo "  once ready: Backstory $(mib "$ar") MiB ($ap processes), bare $(mib "$br") MiB ($bp processes), ratio $(ratio "$ar" "$br")"
    echo "  after $IDLE s idle: Backstory $(mib "$ai") MiB, bare $(mib "$bi") MiB, ratio $(ratio "$ai" "$bi")"
    cat "$WORK/breakdown"; rm -f "$WORK/breakdown"
  } >>"$REPORT"
done

if [ "$UNLOCK_RUNS" -gt 0 ]; then
  [ -d tests/e2e/node_modules ] || (cd tests/e2e && npm ci --no-audit --no-fund --silent) >&3 2>&3
  enc=$(copy_of "$(encrypted_journal_for 200000)" "encrypted-200000")
  say "unlock of the encrypted 200000-entry journal: $UNLOCK_RUNS runs after one uncounted (WebDriver)"
  ( cd tests/e2e && BACKSTORY_APP="$APP" DATA_DIR="$enc" RUNS=$((UNLOCK_RUNS + 1)) \
      BENCH_PASSPHRASE="$PASSPHRASE" BACKSTORY_REPORT_READY=1 \
      BACKSTORY_READY_FILE="$WORK/unlock.out" node bench-unlock.mjs ) \
      >"$WORK/unlock.log" 2>&1 || { tail -20 "$WORK/unlock.log" >&3; }
  sed -n 's/.*since_unlock_ms=\([0-9]*\).*/\1/p' "$WORK/unlock.out" 2>/dev/null | tail -n +2 >"$WORK/unlock.ms" || true
  sed 's/^/  /' "$WORK/unlock.ms" >&3
  read -r umin umed umax < <(stats <"$WORK/unlock.ms"; echo) || true
  echo "unlock, encrypted 200000 entries, $(wc -l <"$WORK/unlock.ms") runs (unlock command to first screen with data): min/median/max ${umin:-?} / ${umed:-?} / ${umax:-?} ms" >>"$REPORT"
fi

if [ "$SWITCHES" -gt 0 ]; then
  say "memory after $SWITCHES view switches (WebDriver)"
  data=$(copy_of "$(journal_for 200000)" "switches")
  sw=$( cd tests/e2e && BACKSTORY_APP="$APP" DATA_DIR="$data" SWITCHES="$SWITCHES" node bench-switches.mjs )
  echo "view switches: $sw" >>"$REPORT"
fi

echo "runs over 5 s: $over5; whole benchmark took $(( $(date +%s) - T_BEGIN )) s; load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$REPORT"
echo
cat "$REPORT"
