#!/usr/bin/env bash
# Restore check: restore-hub.cli takes the server back to WildFly's own configuration, from any state. On
# throw-away copies of the configuration, in WildFly's embedded (offline) server, it
#   1. fully configures (configure-hub.cli, both datasource scripts, the PostgreSQL job repository), restores,
#   2. half configures (configure-hub.cli only, as when a later script failed), restores,
#   3. restores a server that was never configured,
# and compares each result with WildFly's own standalone.xml, resource by resource
# (:read-resource(recursive=true)). Needs the build's server (mvn package -DskipTests). Prints its time.
set -euo pipefail
cd "$(dirname "$0")"
start=$(date +%s)
server="target/server/wildfly-39.0.1.Final"
cli="src/main/cli"
config="$server/standalone/configuration"
work=$(mktemp -d)
trap 'rm -rf "$work"; rm -f "$config"/restore-check-*.xml' EXIT
[ -d "$server" ] || { echo "[restore-check] build first: mvn -B -ntp package -DskipTests"; exit 1; }

# WildFly's own configuration, straight from the distribution (the build's copy is configured).
dist=$(find ~/.m2/repository/org/wildfly/wildfly-dist -name "wildfly-dist-*.zip" | head -1)
unzip -p "$dist" "wildfly-39.0.1.Final/standalone/configuration/standalone.xml" > "$work/pristine.xml"

# shellcheck source=model.sh
source ./model.sh
session() { model_dump "$server" "$@"; }

cp "$work/pristine.xml" "$config/restore-check-pristine.xml"
session restore-check-pristine.xml "$work/expected.txt"

check() {
    local label="$1"; shift
    cp "$work/pristine.xml" "$config/restore-check-$label.xml"
    session "restore-check-$label.xml" "$work/$label.txt" "$@" "$cli/restore-hub.cli"
    if ! diff "$work/expected.txt" "$work/$label.txt" > "$work/$label.diff"; then
        echo "[restore-check] $label: the restored server differs from WildFly's own configuration:"
        head -40 "$work/$label.diff"
        exit 1
    fi
    echo "[restore-check] $label: configured and restored, back to WildFly's own configuration"
}

check full "$cli/configure-hub.cli" "$cli/configure-datasource-h2.cli" "$cli/configure-datasource-postgres.cli" \
    "$cli/use-postgres-job-repository.cli"
check half "$cli/configure-hub.cli"
check never
echo "[restore-check] done in $(( $(date +%s) - start )) s"
