#!/usr/bin/env bash
# The one test command: installs what is missing, then runs every check and test.
# CI (.ci/run) calls exactly this.
set -euo pipefail
source "$(dirname "$0")/deps.sh"
install_deps test
cd "$ROOT"

step() { echo; echo "==> $*"; }

# Every process this run starts carries this marker in its environment. Some can outlive
# their step: the accessibility bus WebKit's web process starts (at-spi-bus-launcher, its
# dbus-daemon and registry) is re-parented to init with this script's stdout open, and a
# caller that reads the output to its end (CI does) then waits forever. On exit, stop
# whatever still carries the marker.
export BACKSTORY_TEST_RUN="$$-${RANDOM}"
stop_leftovers() {
  local proc pid left=()
  for proc in /proc/[0-9]*; do
    pid=${proc#/proc/}
    [ "$pid" = "$$" ] && continue
    if grep -qzx "BACKSTORY_TEST_RUN=$BACKSTORY_TEST_RUN" "$proc/environ" 2>/dev/null; then
      left+=("$pid $({ tr '\0' ' ' <"$proc/cmdline"; } 2>/dev/null | cut -c1-80)")
      kill -TERM "$pid" 2>/dev/null || true
    fi
  done
  if [ ${#left[@]} -gt 0 ]; then
    echo "stopped ${#left[@]} leftover process(es) from this run:" >&2
    printf '  %s\n' "${left[@]}" >&2
  fi
}
trap stop_leftovers EXIT

# First, so a stale lock file or a crate only a warm cache holds fails
# within a minute rather than after the whole build.
step "registry-reading steps from an empty cargo home (what a fresh clone on a new machine sees)"
bash scripts/fresh-cargo-home.sh

step "UI build"
(cd ui && npm run build --silent)

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test (core, shell, CLI, integration); regenerates TypeScript bindings"
cargo test --workspace --locked

step "benchmarks compile and run once (small journals, one iteration each, no timing)"
# Criterion runs each benchmark once under `cargo test` (dev profile and the workspace's
# features, so it reuses the test build above; no release/LTO build).
# BACKSTORY_BENCH_SMOKE shrinks the generated journals (src-tauri/core/benches/support).
bench_fixtures="$(mktemp -d)"
BACKSTORY_BENCH_SMOKE=1 BACKSTORY_BENCH_FIXTURES="$bench_fixtures" \
  cargo test --locked --workspace --benches
rm -rf "$bench_fixtures"

step "cargo deny: advisories, licences, banned crates, sources"
bash scripts/audit.sh

fuzz_seconds=${BACKSTORY_FUZZ_SECONDS:-10}
step "fuzz smoke: every cargo-fuzz target for ${fuzz_seconds} s from its seeds (nightly)"
if [ "$fuzz_seconds" = 0 ]; then
  # A developer's explicit opt-out; CI never takes it.
  if [ -n "${CI:-}" ] && [ "${CI}" != false ]; then
    echo "BACKSTORY_FUZZ_SECONDS=0 is not allowed under CI" >&2
    exit 1
  fi
  echo "!!!!! fuzz smoke NOT RUN (BACKSTORY_FUZZ_SECONDS=0) !!!!!" >&2
elif cargo +nightly --version >/dev/null 2>&1 && command -v cargo-fuzz >/dev/null; then
  bash scripts/fuzz.sh "$fuzz_seconds"
else
  echo "fuzz smoke cannot run: needs the nightly toolchain and cargo-fuzz (scripts/deps.sh test installs both)" >&2
  exit 1
fi

step "FHIR R4: the golden bundle and a fresh CLI export pass an independent validator"
fhir_dir=$(mktemp -d)
cargo build --locked -p backstory-cli
cli="${CARGO_TARGET_DIR:-target}/debug/backstory"
"$cli" --data-dir "$fhir_dir" generate --entries 8000 >/dev/null
"$cli" --data-dir "$fhir_dir" add-peg --pain 6 --enjoyment 5 --activity 5 >/dev/null
# Relief entries (not in the generator): a rated medicine, a timed heat pack, an unrated rest.
"$cli" --data-dir "$fhir_dir" log-relief --what medicine --medicine Paracetamol --dose "1 g" --relief 5 >/dev/null
"$cli" --data-dir "$fhir_dir" log-relief --what heat --duration 20 --relief 7 >/dev/null
"$cli" --data-dir "$fhir_dir" log-relief --what rest >/dev/null
"$cli" --data-dir "$fhir_dir" export --fhir --include all --patient-name "Test Patient" \
  --from 2025-07-01 --out "$fhir_dir/all.json"
"$cli" --data-dir "$fhir_dir" export --fhir --from 2025-07-01 --out "$fhir_dir/default.json"
"$FHIR_PYTHON" scripts/fhir_validate.py tests/data/fhir/golden-bundle.json \
  "$fhir_dir/all.json" "$fhir_dir/default.json"
rm -rf "$fhir_dir"

step "Signed shares: the Go age tool decrypts one and Python's cryptography verifies it, and a share they make imports"
python3 scripts/interop_share.py "$cli"

step "TypeScript bindings are current"
if ! git diff --exit-code --stat -- ui/src/bindings || [ -n "$(git ls-files --others --exclude-standard ui/src/bindings)" ]; then
  echo "ui/src/bindings differ from the Rust types: run cargo test and commit the result." >&2
  exit 1
fi

step "svelte-check"
(cd ui && npm run check --silent)

step "vitest (screens with mocked IPC)"
(cd ui && npm test --silent)

step "end-to-end: the real app window under Xvfb"
cargo build --locked --bin backstory-app
export BACKSTORY_E2E_REQUIRED=1
# A private D-Bus session and no DMABUF renderer keep WebKitGTK quick and stable under Xvfb.
export WEBKIT_DISABLE_DMABUF_RENDERER=1
(cd tests/e2e && xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- \
  npm test --silent -- $(ls -- *.test.mjs | grep -vx privacy.test.mjs))
# The privacy journey runs in its own X display and D-Bus session. It passes alone, but
# after the other files in a shared session its "Turn encryption on" step timed out (seen
# 3 times, session 5; cause not yet found: see the session-5 note). A fresh session is
# also the cleaner ground for a scan of every file the webview wrote.
(cd tests/e2e && xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- \
  npm test --silent -- privacy.test.mjs)
