#!/usr/bin/env bash
# How long a one-line change in insights takes to rebuild (issue 13; docs/development.md).
# Warms the build, then appends one line to the insights trend module, times each of the
# usual rebuilds, and restores the file. Run it on an otherwise idle machine.
# Usage: scripts/build-time.sh [ROUNDS]   (default 3; prints the median of each)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
target=$(find src-tauri -path '*insights/trend.rs' | head -1)
[ -n "$target" ] || { echo "insights/trend.rs not found" >&2; exit 1; }
backup=$(mktemp)
cp "$target" "$backup"
trap 'cp "$backup" "$target"; rm -f "$backup"' EXIT

builds=(
  "core tests|cargo test --locked -p backstory-core --no-run"
  "app binary|cargo build --locked --bin backstory-app"
  "CLI binary|cargo build --locked -p backstory-cli"
  "integration tests|cargo test --locked -p backstory-tests --test core --no-run"
)

echo "warming every build once..."
for entry in "${builds[@]}"; do bash -c "${entry#*|}" >/dev/null 2>&1; done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "| rebuild after a one-line change in $target | median of $rounds |"
echo "|---|---|"
for entry in "${builds[@]}"; do
  name=${entry%%|*}
  command=${entry#*|}
  times=()
  for round in $(seq "$rounds"); do
    echo "// build-time probe $round $RANDOM" >>"$target"
    start=$(date +%s.%N)
    bash -c "$command" >/dev/null 2>&1
    end=$(date +%s.%N)
    cp "$backup" "$target"
    times+=("$(echo "$end - $start" | bc)")
    # Restoring the file is itself a change: rebuild so the next round starts warm.
    bash -c "$command" >/dev/null 2>&1
  done
  printf '| %s (`%s`) | %.1f s |\n' "$name" "$command" "$(printf '%s\n' "${times[@]}" | median)"
done
