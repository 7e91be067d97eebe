#!/usr/bin/env bash
# The README's test command: set up, then every test through Turborepo (typecheck, lint, unit,
# story/axe tests in Chromium, visual regression, LMS harness, package validation).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
lw_setup
cd "$LW_ROOT"
lw_say "Running every test"
start=$(date +%s)
log="$(mktemp)"
set +e
npx --no turbo run typecheck lint test typecheck:root lint:root test:stories test:visual \
  --concurrency=2 --continue --output-logs=full "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line over every Vitest run (cached runs replay their logs, so they count too).
sed -e 's/\x1b\[[0-9;]*m//g' "$log" | awk '
  /^[^ ]*:? *Tests +[0-9]+/ {
    for (i = 1; i <= NF; i++) {
      if ($(i+1) ~ /^passed/) passed += $i
      if ($(i+1) ~ /^failed/) failed += $i
      if ($(i+1) ~ /^skipped/) skipped += $i
    }
  }
  END { printf "%d passed, %d failed", passed, failed; if (skipped) printf ", %d skipped", skipped; printf "\n" }'
rm -f "$log"
[ "$status" = 0 ] || lw_fail "Some tests failed (turbo exit $status): see above."
lw_say "All tests passed in $(( $(date +%s) - start ))s"
