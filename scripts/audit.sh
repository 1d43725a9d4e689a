#!/usr/bin/env bash
# cargo deny over the dependency graph (deny.toml): RustSec advisories, licences, banned
# crates (fs/shell/http/sql plugins, HTTP clients), crate sources. cargo deny fetches the
# advisory database from GitHub, or quietly keeps its last copy when offline, so the date
# of the copy in use is printed. With neither, advisories are reported as NOT checked and
# the other three checks still run.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v cargo-deny >/dev/null; then
  echo "cargo-deny is not installed (scripts/deps.sh test installs it)" >&2
  exit 1
fi
# --frozen reads the whole lock file offline, including crates only other targets build
# (wasm-bindgen, android_system_properties, ...): a fresh machine has downloaded only this
# target's, so fetch them all first (cargo fetch without --target takes every target).
cargo fetch --locked --quiet
dbs="${CARGO_HOME:-$HOME/.cargo}/advisory-dbs"
cargo deny fetch db >/dev/null 2>&1 || true
db=$(ls -d "$dbs"/*/ 2>/dev/null | head -1 || true)
if [ -n "$db" ]; then
  echo "advisory database: $(git -C "$db" log -1 --format='%h of %cd' 2>/dev/null || echo unknown)"
  cargo deny --frozen check
else
  echo "cargo deny: no advisory database (offline, never fetched): advisories NOT checked" >&2
  cargo deny --frozen check bans licenses sources
fi
