#!/usr/bin/env bash
# Cold start: seconds from starting WildFly (H2 in memory, no demo data, the built EAR in deployments/) to the
# first page served (the login page over HTTPS), as an IT team restarting the server would wait. Prints the
# figure, three runs by default (HUB_COLD_RUNS=n), then stops the server. Needs a build first:
#   mvn -B -ntp package -DskipTests && ear/cold-start.sh
set -euo pipefail
cd "$(dirname "$0")/.."

server="wildfly-config/target/server/wildfly-39.0.1.Final"
base="wildfly-config/target/cold-start"
offset=300                      # ports 8380 / 8743 / 10290: beside a demo and the test server
url="https://localhost:$((8443 + offset))/hub/login.xhtml"
runs="${HUB_COLD_RUNS:-3}"
[ -f ear/target/hub.ear ] || { echo "[cold-start] build first: mvn -B -ntp package -DskipTests"; exit 1; }

figures=()
for run in $(seq 1 "$runs"); do
    rm -rf "$base"
    cp -r "$server/standalone" "$base"
    cp ear/target/hub.ear "$base/deployments/"
    start=$(date +%s%N)
    "$server/bin/standalone.sh" -Djboss.server.base.dir="$(pwd)/$base" -Djboss.socket.binding.port-offset=$offset \
        > "$base/console.log" 2>&1 &
    pid=$!
    served=""
    for _ in $(seq 1 1200); do
        if [ "$(curl -k -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" = "200" ]; then
            served=$(date +%s%N)
            break
        fi
        if [ -f "$base/deployments/hub.ear.failed" ]; then
            break
        fi
        sleep 0.1
    done
    "$server/bin/jboss-cli.sh" --controller=localhost:$((9990 + offset)) -c --command=shutdown >/dev/null 2>&1 \
        || kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ -z "$served" ]; then
        echo "[cold-start] run $run: the login page was not served: see $base/log/server.log"
        exit 1
    fi
    seconds=$(awk "BEGIN { printf \"%.1f\", ($served - $start) / 1e9 }")
    figures+=("$seconds")
    echo "[cold-start] run $run: first page served ${seconds} s after the server was started"
done
echo "[cold-start] cold start (H2, no demo data), ${runs} runs: ${figures[*]} s (aim: 15 s or less)"
