#!/usr/bin/env bash
# The README's main command: set up, build the course for the default area (Telford & Wrekin, SCORM 2004) as a
# real SCORM package, and serve it in the local preview LMS (test/lms: the stand-in LMS page hosting the real
# scorm-again API). Prints the address; the learner's progress and the SCORM data (cmi) are shown on that page.
#   PORT=8787 (default)   LEVELWISE_AREA=<area> to preview another area   LEVELWISE_SCORM=1.2 for SCORM 1.2
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
lw_setup
cd "$LW_ROOT"
area="${LEVELWISE_AREA:-telford-wrekin}"
standard="${LEVELWISE_SCORM:-2004}"
port="${PORT:-8787}"
zip="dist/packages/levelwise-${area}-scorm${standard/./}.zip"
lw_say "Building the course for ${area} (SCORM ${standard})"
npm run --silent package -w @levelwise/course -- --area "$area" --scorm "$standard" --no-workshop \
  || lw_fail "The course did not build: see the messages above."
lw_say "Serving ${zip} in the local preview LMS (Ctrl+C to stop)"
exec node test/lms/serve.ts --zip "$zip" --port "$port"
