#!/usr/bin/env bash
# The steps of scripts/test.sh that read the crate registry, run from an EMPTY cargo home:
# a warm ~/.cargo (every developer's, and a long-lived CI machine's) hides a step that
# works only because an earlier build happened to download something. Issue 12: on a
# fresh clone `cargo deny --frozen` failed, because a build fetches only this target's
# crates and --frozen reads the whole lock file offline.
# Cost: about 10-20 s here (downloads only; nothing is compiled).
set -euo pipefail
cd "$(dirname "$0")/.."
home=$(mktemp -d "${TMPDIR:-/tmp}/backstory-cargo-home.XXXXXX")
trap 'rm -rf "$home"' EXIT
# Only the cargo home changes: PATH keeps rustup's cargo (and cargo-deny, cargo-fuzz in the
# usual ~/.cargo/bin), RUSTUP_HOME keeps the installed toolchains.
export CARGO_HOME="$home"
echo "empty cargo home: $home"

echo "-- the audit exactly as scripts/test.sh runs it (fetch, then cargo deny --frozen)"
bash scripts/audit.sh

echo "-- after that fetch the whole lock file (every target) resolves offline"
cargo metadata --locked --offline --format-version 1 >/dev/null

echo "-- the fuzz crate's own lock file: fetched, then resolved offline"
cargo fetch --locked --quiet --manifest-path fuzz/Cargo.toml
cargo metadata --locked --offline --format-version 1 --manifest-path fuzz/Cargo.toml >/dev/null

echo "fresh cargo home: every registry-reading step works"
