#!/usr/bin/env bash
# Runs every cargo-fuzz target for SECONDS each (default 15), starting from the committed
# seeds (fuzz/seeds) plus whatever earlier runs found (fuzz/corpus). Needs nightly and
# cargo-fuzz; see fuzz/README.md. Fails on a crash or a build error.
set -euo pipefail
SECONDS_PER_TARGET=${1:-15}
cd "$(dirname "$0")/../fuzz"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for target in export_file age_file ipc_json backup_file signed_share; do
  mkdir -p "corpus/$target"
  echo "==> fuzz $target for ${SECONDS_PER_TARGET}s"
  status=0
  cargo +nightly fuzz run "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1 || status=$?
  grep -E '^(Done|stat::number_of_executed_units)|ERROR|panicked|SUMMARY|^error' "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$log" >&2
    echo "fuzz: $target failed (exit $status); a crash input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
done
