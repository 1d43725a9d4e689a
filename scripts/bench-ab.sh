#!/usr/bin/env bash
# Compares the core's criterion benchmarks of two commits in the same run: BASE (built in a
# temporary worktree) and the working tree, alternating base/head and head/base by round so
# a load that drifts over the run hits both sides alike. Prints each benchmark's medians per
# run and the ratio of the medians (head / base). No timing assertion anywhere.
#
#   scripts/bench-ab.sh BASE [ROUNDS] [BENCH:FILTER ...]
#   scripts/bench-ab.sh b6c5ed5 4 journal:dashboards journal:views red_flags:red_flags
#
# Needs the release build of both sides (a few minutes each the first time).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=${1:?usage: bench-ab.sh BASE [ROUNDS] [BENCH:FILTER ...]}
rounds=${2:-2}
shift $(( $# >= 2 ? 2 : 1 ))
pairs=("$@")
[ ${#pairs[@]} -gt 0 ] || pairs=(red_flags:red_flags journal:dashboards journal:views insights:insights)
head_target=${CARGO_TARGET_DIR:-$root/target}
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add -q --detach "$work/base" "$base"
# The base side keeps its own target folder between runs (keyed by commit).
base_target=${BENCH_AB_BASE_TARGET:-$HOME/.cache/backstory/bench-ab-$(git -C "$root" rev-parse --short "$base")}
log=$work/log

run() { # side bench filter
  local side=$1 bench=$2 filter=$3 dir target
  if [ "$side" = base ]; then dir=$work/base target=$base_target; else dir=$root target=$head_target; fi
  echo "=== $side $bench $filter load=$(cut -d' ' -f1 /proc/loadavg) $(date +%T)" | tee -a "$log"
  (cd "$dir" && CARGO_TARGET_DIR=$target cargo bench -q -p backstory-core --bench "$bench" --locked -- \
    "$filter" --warm-up-time 1 --measurement-time 3 2>&1 | grep -E "time:|^[a-z_0-9]+/" | tee -a "$log")
}
for round in $(seq 1 "$rounds"); do
  for pair in "${pairs[@]}"; do
    bench=${pair%%:*} filter=${pair#*:}
    if [ $((round % 2)) = 1 ]; then run base "$bench" "$filter"; run head "$bench" "$filter"
    else run head "$bench" "$filter"; run base "$bench" "$filter"; fi
  done
done
python3 - "$log" "$base" <<'PY'
import re, sys, statistics as st
from collections import defaultdict
res = defaultdict(lambda: defaultdict(list))
side = name = None
for line in open(sys.argv[1]):
    m = re.match(r'=== (\w+) ', line)
    if m:
        side = m.group(1); continue
    m = re.match(r'^([a-z_0-9]+/[a-z_0-9]+)', line)
    if m:
        name = m.group(1)
    m = re.search(r'time:\s+\[\S+ \S+ (\S+) (\S+)', line)
    if m and name:
        v = float(m.group(1)) * {'ns': 1e-6, 'µs': 1e-3, 'ms': 1.0, 's': 1e3}[m.group(2)]
        res[name][side].append(v); name = None
print(f"\n| benchmark | base {sys.argv[2]}: medians per run, ms | head: medians per run, ms | head / base (median of runs) |")
print("|---|---|---|---|")
for n, d in res.items():
    b, h = d['base'], d['head']
    if b and h:
        print(f"| {n} | {', '.join(f'{x:.3g}' for x in b)} | {', '.join(f'{x:.3g}' for x in h)} | {st.median(h) / st.median(b):.2f} |")
PY
