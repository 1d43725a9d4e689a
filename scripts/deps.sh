#!/usr/bin/env bash
# Installs what Backstory needs on Debian/Ubuntu. Sourced by run.sh and test.sh.
#   install_deps app   -> build prerequisites (WebKitGTK, compilers) + UI packages
#   install_deps test  -> the above + Xvfb, WebKit WebDriver, tauri-driver, e2e packages,
#                         cargo-deny, and nightly + cargo-fuzz for the fuzz smoke
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_missing() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  echo "${missing[@]:-}"
}

install_apt() {
  command -v apt-get >/dev/null || { echo "Not a Debian/Ubuntu system: install the packages listed in README.md by hand." >&2; return 0; }
  local missing
  missing=$(apt_missing "$@")
  if [ -n "$missing" ]; then
    echo "==> apt-get install $missing"
    as_root apt-get update -qq
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  fi
}

need_node() {
  if ! command -v node >/dev/null; then
    echo "Node.js 20.19 or newer is required (https://nodejs.org or your distribution's nodejs package)." >&2
    exit 1
  fi
  local major minor
  major=$(node -p 'process.versions.node.split(".")[0]')
  minor=$(node -p 'process.versions.node.split(".")[1]')
  if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 19 ]; }; then
    echo "Node.js $(node --version) is too old: Vite needs 20.19 or newer." >&2
    exit 1
  fi
}

need_rust() {
  if ! command -v cargo >/dev/null; then
    if [ -x "$HOME/.cargo/bin/cargo" ]; then
      export PATH="$HOME/.cargo/bin:$PATH"
    else
      echo "==> installing Rust with rustup"
      curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c clippy,rustfmt
      export PATH="$HOME/.cargo/bin:$PATH"
    fi
  fi
}

npm_install() {
  local dir=$1
  # Reinstall only when the lock file changed since the last install.
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "==> npm ci in ${dir#"$ROOT"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# The independent FHIR R4 validator (scripts/fhir_validate.py): the pypi `fhir.resources`
# 6.1 models, the last line that models R4 (4.0.1; 6.2+ model R4B, 7+ R5), on pydantic 1.
# In a venv under the user's cache (Debian's system pip is externally managed).
FHIR_VENV="${XDG_CACHE_HOME:-$HOME/.cache}/backstory/fhir-venv"
FHIR_PYTHON="$FHIR_VENV/bin/python"
install_fhir_validator() {
  if "$FHIR_PYTHON" -c 'import fhir.resources as f; assert f.__fhir_version__ == "4.0.1"' 2>/dev/null; then
    return
  fi
  if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    install_apt python3-venv
  fi
  echo "==> python venv with fhir.resources 6.1.0 (FHIR R4 validator) in ${FHIR_VENV}"
  rm -rf "$FHIR_VENV"
  python3 -m venv "$FHIR_VENV"
  "$FHIR_VENV/bin/pip" install --quiet --disable-pip-version-check "fhir.resources==6.1.0" "pydantic>=1.10,<2"
}

install_deps() {
  local mode=${1:-app}
  # libayatana-appindicator3-1: the tray icon (loaded at run time; without it there is no
  # tray and closing the window quits).
  install_apt build-essential pkg-config curl file libssl-dev libwebkit2gtk-4.1-dev librsvg2-dev \
    libayatana-appindicator3-1
  if [ "$mode" = test ]; then
    install_apt xvfb xauth webkit2gtk-driver dbus-x11 poppler-utils imagemagick strace fonts-noto-cjk
    # The signed-share interop check (scripts/interop_share.py): the Go age tool and
    # Python's cryptography (Ed25519), implementations independent of Backstory's crates.
    install_apt age python3-cryptography
    # xdotool: the quick-log shortcut test presses the keys as a person would (XTest).
    install_apt xdotool
  fi
  need_rust
  need_node
  npm_install "$ROOT/ui"
  if [ "$mode" = test ]; then
    npm_install "$ROOT/tests/e2e"
    if ! command -v tauri-driver >/dev/null; then
      echo "==> cargo install tauri-driver"
      cargo install tauri-driver --locked --version '^2'
    fi
    if ! command -v cargo-deny >/dev/null; then
      echo "==> cargo install cargo-deny (once, about 2-3 minutes)"
      cargo install cargo-deny --locked
    fi
    # The fuzz smoke needs nightly (libFuzzer and the sanitizers) and cargo-fuzz.
    if ! cargo +nightly --version >/dev/null 2>&1; then
      command -v rustup >/dev/null || { echo "rustup is needed to install the nightly toolchain for fuzzing" >&2; exit 1; }
      echo "==> rustup toolchain install nightly (once, for the fuzz smoke)"
      rustup toolchain install nightly --profile minimal
    fi
    if ! command -v cargo-fuzz >/dev/null; then
      echo "==> cargo install cargo-fuzz (once, about 1-2 minutes)"
      cargo install cargo-fuzz --locked
    fi
    install_fhir_validator
  fi
}
