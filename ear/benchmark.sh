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
#  - the same server's throughput for a static file, and the ratio catalogue / static (the tracked figure);
#  - p50 and p99 of the first catalogue page with 50 concurrent clients.
# Then the scale curve: for each database (H2, and PostgreSQL at 127.0.0.1:5432 in a database of its own,
# hub_bench_catalogue) and each catalogue size (500, 5,000, 50,000 tools), a fresh server: the catalogue's p50/p95
# server time, statements, throughput and ratio, one line each, and a table at the end.
# Usage: ear/benchmark.sh   (HUB_BENCH_TOOLS=5000 HUB_BENCH_ACCOUNTS=10000 HUB_BENCH_THREADS=8 HUB_BENCH_SECONDS=20
#                            HUB_BENCH_CLIENTS=50 HUB_BENCH_CURVE="500 5000 50000" HUB_BENCH_DATABASES="h2 postgres";
#                            HUB_BENCH_CURVE= skips the curve, HUB_BENCH_CURVE_ONLY=1 runs only the curve,
#                            HUB_BENCH_POINTS="postgres:500 h2:50000" only those points of it)
set -euo pipefail
cd "$(dirname "$0")/.."
tools="${HUB_BENCH_TOOLS:-5000}"
accounts="${HUB_BENCH_ACCOUNTS:-10000}"
threads="${HUB_BENCH_THREADS:-8}"
seconds="${HUB_BENCH_SECONDS:-20}"
curve="${HUB_BENCH_CURVE-500 5000 50000}"
databases="${HUB_BENCH_DATABASES:-h2 postgres}"
source ear/bench/hub-server.sh # server, pg_driver, hub_prepare (PostgreSQL)
url="https://localhost:8643/hub/"   # HTTPS (self-signed); HTTP only redirects there

if [ ! -f ear/target/hub.ear ] || [ ! -d "$server" ]; then
    echo "[bench] Building..."
    mvn -B -q -ntp package -DskipTests
fi

# A fresh server on ports +200: bench_start <h2|postgres> <tools> <accounts>; sets base and pid.
bench_start() {
    local database="$1" n="$2" more="$3" props=()
    if [ "$database" = postgres ]; then
        hub_prepare bench-catalogue 200 hub_bench_catalogue >/dev/null # fresh database, job repository, EAR
        base="$hub_base"
        props=(-Dhub.datasource=java:jboss/datasources/HubPostgresDS -Dhub.db.url="$hub_url")
    else
        base="$(pwd)/ear/target/bench-server"
        rm -rf "$base"
        cp -r "$server/standalone" "$base"
        cp ear/target/hub.ear "$base/deployments/"
    fi
    # Only the benchmark's servers log access times: the Hub's own configuration keeps no access log.
    "$server/bin/jboss-cli.sh" -Djboss.server.base.dir="$base" --commands="embed-server --std-out=discard,\
/subsystem=undertow/server=default-server/http-listener=default:write-attribute(name=record-request-start-time,value=true),\
/subsystem=undertow/server=default-server/https-listener=https:write-attribute(name=record-request-start-time,value=true),\
/subsystem=undertow/server=default-server/host=default-host/setting=access-log:add(pattern=\"%U %s %{RESPONSE_TIME_MICROS} %{r,hub.sql}\",prefix=access,suffix=.log,rotate=false),\
stop-embedded-server" >/dev/null
    echo "[bench] Starting WildFly ($database) with $n demo tools and $more more accounts (loading takes a while)..."
    # LAUNCH_JBOSS_IN_BACKGROUND: standalone.sh then passes our kill on to the server JVM.
    # 2 GB of heap; 6 GB above 10,000 tools (the read model holds every published tool). The demo loader writes
    # 1,000 tools per transaction, at deployment: WildFly's deployment timeout (300 s) is raised for big catalogues.
    local heap=2g
    if [ "$n" -gt 10000 ]; then heap=6g; props+=(-Djboss.as.management.blocking.timeout=3600); fi
    LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="-Xms1g -Xmx$heap -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true" \
        "$server/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset=200 \
        -Dhub.demo.tools="$n" -Dhub.demo.accounts="$more" "${props[@]}" > "$base/console.log" 2>&1 &
    pid=$!
    local start; start=$(date +%s)
    until [ -f "$base/deployments/hub.ear.deployed" ]; do
        if [ -f "$base/deployments/hub.ear.failed" ] || ! kill -0 $pid 2>/dev/null || [ $(( $(date +%s) - start )) -gt 3600 ]; then
            echo "[bench] The server did not deploy the Hub: see $base/log/server.log"; exit 1
        fi
        sleep 2
    done
    echo "[bench] Deployed ($database) with $n tools in $(( $(date +%s) - start )) s; measuring..."
}

bench_stop() {
    if [ -n "${pid:-}" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        pid=
    fi
}
trap 'bench_stop' EXIT

if [ -z "${HUB_BENCH_CURVE_ONLY:-}" ]; then
    bench_start h2 "$tools" "$accounts"
    java ear/bench/CatalogueBenchmark.java "$url" "$base/log/access.log" "$threads" "$seconds"
    bench_stop
fi

points=()
# HUB_BENCH_POINTS="postgres:500 h2:50000" measures just those points, in that order.
order="${HUB_BENCH_POINTS:-}"
if [ -z "$order" ]; then
    for database in $databases; do
        for n in $curve; do order="$order $database:$n"; done
    done
fi
for point in $order; do
        database="${point%%:*}" n="${point##*:}"
        bench_start "$database" "$n" 0
        line=$(HUB_BENCH_CURVE="$database $n" java ear/bench/CatalogueBenchmark.java "$url" "$base/log/access.log" "$threads" "$seconds" | grep '^\[curve\]')
        echo "$line"
        points+=("$line")
        bench_stop
done
if [ ${#points[@]} -gt 0 ]; then
    echo
    echo "Scale curve (catalogue page, server time from the access log; throughput with $threads threads x $seconds s):"
    printf '%s\n' "${points[@]}"
fi
