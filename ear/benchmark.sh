#!/usr/bin/env bash
# Catalogue and tool-finder benchmark. Loads 5,000 demo tools into a server of its own (H2, ports +200) and prints:
#  - the catalogue page's median and p95 server time, read from Undertow's access log (%{RESPONSE_TIME_MICROS}),
#    over 320 sequential requests spread over 200 pages and 6 filters, with its SQL statements per request
#    (%{r,hub.sql}, counted by SqlCountFilter);
#  - the same for 200 combined facet queries of the tool finder and 200 guided shortlists (target p95 < 100 ms),
#    and for 200 requests each of the curators' tool list and accounts list (10,000 more demo accounts; target
#    p95 < 100 ms);
#  - the throughput of the first catalogue page under concurrent requests (Java HttpClient load generator
#    in ear/bench/CatalogueBenchmark.java, 8 threads sharing one logged-in session, HTTPS keep-alive);
#  - the same server's throughput for a static file, and the ratio catalogue / static (the tracked figure).
# Usage: ear/benchmark.sh            (HUB_BENCH_TOOLS=5000 HUB_BENCH_ACCOUNTS=10000 HUB_BENCH_THREADS=8 HUB_BENCH_SECONDS=20 HUB_BENCH_CLIENTS=50)
set -euo pipefail
cd "$(dirname "$0")/.."
tools="${HUB_BENCH_TOOLS:-5000}"
accounts="${HUB_BENCH_ACCOUNTS:-10000}"
threads="${HUB_BENCH_THREADS:-8}"
seconds="${HUB_BENCH_SECONDS:-20}"
server="wildfly-config/target/server/wildfly-39.0.1.Final"
base="$(pwd)/ear/target/bench-server"
url="https://localhost:8643/hub/"   # HTTPS (self-signed); HTTP only redirects there

if [ ! -f ear/target/hub.ear ] || [ ! -d "$server" ]; then
    echo "[bench] Building..."
    mvn -B -q -ntp package -DskipTests
fi
rm -rf "$base"
cp -r "$server/standalone" "$base"
# Only the benchmark's server logs access times: the Hub's own configuration keeps no access log.
"$server/bin/jboss-cli.sh" -Djboss.server.base.dir="$base" --commands="embed-server --std-out=discard,\
/subsystem=undertow/server=default-server/http-listener=default:write-attribute(name=record-request-start-time,value=true),\
/subsystem=undertow/server=default-server/https-listener=https:write-attribute(name=record-request-start-time,value=true),\
/subsystem=undertow/server=default-server/host=default-host/setting=access-log:add(pattern=\"%U %s %{RESPONSE_TIME_MICROS} %{r,hub.sql}\",prefix=access,suffix=.log,rotate=false),\
stop-embedded-server" >/dev/null
cp ear/target/hub.ear "$base/deployments/"

echo "[bench] Starting WildFly with $tools demo tools and $accounts more accounts (loading takes a while)..."
# LAUNCH_JBOSS_IN_BACKGROUND: standalone.sh then passes our kill on to the server JVM.
LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="-Xms1g -Xmx2g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true" \
    "$server/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset=200 \
    -Dhub.demo.tools="$tools" -Dhub.demo.accounts="$accounts" > "$base/console.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
start=$(date +%s)
until [ -f "$base/deployments/hub.ear.deployed" ]; do
    if [ -f "$base/deployments/hub.ear.failed" ] || ! kill -0 $pid 2>/dev/null || [ $(( $(date +%s) - start )) -gt 900 ]; then
        echo "[bench] The server did not deploy the Hub: see $base/log/server.log"; exit 1
    fi
    sleep 2
done
echo "[bench] Deployed with $tools tools in $(( $(date +%s) - start )) s; measuring..."
java ear/bench/CatalogueBenchmark.java "$url" "$base/log/access.log" "$threads" "$seconds"
