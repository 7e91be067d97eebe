#!/usr/bin/env bash
# Set up a fresh machine: Debian packages (Chromium, fonts, xmllint) and npm dependencies.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
lw_setup
lw_say "Set up. Node for scripts: $("$LW_ROOT/node_modules/.bin/node" --version)"
