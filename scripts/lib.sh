#!/usr/bin/env bash
# Shared setup for the README's two commands and CI: system packages, then npm dependencies.
# Idempotent: a second run on a set-up machine installs nothing and takes a second.
set -euo pipefail

LW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export TURBO_TELEMETRY_DISABLED=1
export STORYBOOK_DISABLE_TELEMETRY=1
export NEXT_TELEMETRY_DISABLED=1

lw_say() { printf '\033[1m▸ %s\033[0m\n' "$*"; }
lw_fail() { printf '\033[31m✗ %s\033[0m\n' "$*" >&2; exit 1; }

# Debian packages the browser tests, screenshots and manifest validation need.
LW_APT_PACKAGES=(chromium fonts-dejavu-core fonts-liberation2 libxml2-utils)

lw_missing_system_packages() {
  local missing=()
  local chromium="${LEVELWISE_CHROMIUM:-/usr/bin/chromium}"
  [ -x "$chromium" ] || missing+=(chromium)
  command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
  if command -v dpkg-query >/dev/null 2>&1; then
    for p in fonts-dejavu-core fonts-liberation2; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
  fi
  echo "${missing[@]:-}"
}

lw_ensure_system_packages() {
  local missing
  missing="$(lw_missing_system_packages)"
  [ -z "$missing" ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    lw_fail "Missing system packages: $missing. Install Chromium and xmllint with your package manager, and set LEVELWISE_CHROMIUM=/path/to/chromium if it is not /usr/bin/chromium."
  fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      lw_fail "Missing system packages: $missing. Run: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${LW_APT_PACKAGES[*]}"
    fi
  fi
  lw_say "Installing system packages: $missing"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${LW_APT_PACKAGES[@]}" >/dev/null \
    || lw_fail "apt-get could not install ${LW_APT_PACKAGES[*]}. Install them by hand and run this again."
}

lw_ensure_node_modules() {
  cd "$LW_ROOT"
  command -v npm >/dev/null 2>&1 || lw_fail "npm is not installed. Install Node.js 20.19 or newer (with npm 10+) and run this again."
  local stamp="node_modules/.levelwise-lock-hash"
  local want
  want="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x node_modules/.bin/node ]; then
    return 0
  fi
  lw_say "Installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error || lw_fail "npm ci failed: see the messages above."
  # Node 24 arrives as a devDependency; npm scripts run on it whatever the system Node is.
  "$LW_ROOT/node_modules/.bin/node" --version >/dev/null 2>&1 || lw_fail "The Node 24 devDependency did not install (node_modules/.bin/node). Check that npm may run its install script."
  echo "$want" > "$stamp"
}

lw_setup() {
  lw_ensure_system_packages
  lw_ensure_node_modules
}
