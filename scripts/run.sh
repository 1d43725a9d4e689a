#!/usr/bin/env bash
# Installs what is missing, builds the UI and launches Backstory.
# Extra arguments go to the app, e.g. `scripts/run.sh --demo` or `--data-dir DIR`.
set -euo pipefail
source "$(dirname "$0")/deps.sh"
install_deps app
cd "$ROOT"
(cd ui && npm run build --silent)
cargo run --release --bin backstory-app -- "$@"
