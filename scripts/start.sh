#!/usr/bin/env bash
# The README's main command: set up, then run the product. Until the course app lands this is
# the component workshop (Storybook); the course issue switches it to the course in a local preview LMS.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
lw_setup
cd "$LW_ROOT"
port="${PORT:-6006}"
lw_say "Starting Storybook at http://127.0.0.1:${port}/ (Ctrl+C to stop)"
exec npx --no storybook dev --port "$port" --host 127.0.0.1 --no-open --ci --quiet
