#!/usr/bin/env bash
# Page weight in Chromium: what the catalogue, a tool page, the finder, the login page and the registration page
# transfer on a first visit with the cache off, and the size of their HTML (PageWeightIT, which also holds each
# to 300 KB on the wire and 60 KB of HTML). Builds, starts the test server, prints the table.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
if ! mvn -B -ntp verify -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false \
        -Dit.test=PageWeightIT -Dfailsafe.failIfNoSpecifiedTests=false >"$log" 2>&1; then
    tail -60 "$log"
    echo "[page-weight] failed: full log in $log"
    exit 1
fi
sed -n '/\[hub\] Page weight/,/^\[INFO\]/p' "$log" | grep -v '^\[INFO\]'
rm -f "$log"
