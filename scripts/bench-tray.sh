#!/usr/bin/env bash
# Memory of Backstory in the tray (started as at login: --tray, no window) against the same
# process once its main window is open (issue 19). PSS summed over the app and every child
# (WebKit's web and network processes) from /proc/PID/smaps_rollup, as scripts/bench-app.sh
# measures it, after --idle seconds in each state, on a new empty journal.
#
#   scripts/bench-tray.sh [--debug] [--idle S] [--runs N]
# Runs under its own Xvfb display and D-Bus session; wrap it in `flock /tmp/e2e.lock` on a
# shared machine. Uses the release build unless --debug (build it first:
# cargo build --release --locked -p backstory).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROFILE=release IDLE=15 RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --debug) PROFILE=debug; shift ;;
    --idle) IDLE="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --inner) INNER=1; shift ;;
    *) sed -n '2,10p' "$0" >&2; exit 2 ;;
  esac
done
APP="${CARGO_TARGET_DIR:-$ROOT/target}/$PROFILE/backstory-app"
[ -x "$APP" ] || { echo "not built: $APP" >&2; exit 1; }
if [ -z "${INNER:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- "$0" --inner --idle "$IDLE" --runs "$RUNS" $([ "$PROFILE" = debug ] && echo --debug)
fi
export WEBKIT_DISABLE_DMABUF_RENDERER=1

tree_pids() { local pid=$1 child; echo "$pid"; for child in $(pgrep -P "$pid" || true); do tree_pids "$child"; done; }
tree_pss_kib() {
  local total=0 pid kib
  for pid in $(tree_pids "$1"); do
    kib=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || true)
    total=$(( total + ${kib:-0} ))
  done
  echo "$total"
}
names() { for pid in $(tree_pids "$1"); do printf '%s ' "$(cat "/proc/$pid/comm" 2>/dev/null)"; done; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }

echo "Backstory tray-only vs window: $(date -u +%FT%TZ), $PROFILE build $(stat -c %s "$APP") B, load $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$RUNS"); do
  dir=$(mktemp -d)
  # The autostart entry's command line.
  "$APP" --tray --data-dir "$dir" >/dev/null 2>&1 &
  pid=$!
  sleep "$IDLE"
  tray=$(tree_pss_kib "$pid"); tray_procs=$(names "$pid")
  # A second launch opens the main window in the running app.
  "$APP" --data-dir "$dir" >/dev/null 2>&1
  sleep "$IDLE"
  window=$(tree_pss_kib "$pid"); window_procs=$(names "$pid")
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
  echo "run $run: tray only $(mib "$tray") MiB [$tray_procs]; window $(mib "$window") MiB [$window_procs]"
done
