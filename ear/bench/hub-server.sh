# Shared by ear/batch-benchmark.sh and ear/crash-check.sh (source it): a Hub server of its own on PostgreSQL,
# configured with the same CLI scripts IT staff use, in ear/target/<name>-server, with its own database.
#   hub_prepare <name> <port-offset> <database>   fresh base folder and database, EAR deployed
#   hub_start / hub_wait_deployed / hub_kill9 / hub_stop
#   hub_cli <commands>                             jboss-cli against this server
#   hub_sql <sql>                                  psql against its database, unaligned output
#   hub_await_job <job> <execution-id>             waits until the run ends; prints its batch status
server="wildfly-config/target/server/wildfly-39.0.1.Final"
pg_driver="$server/modules/org/postgresql/main/postgresql.jar"

hub_prepare() {
    hub_name="$1"; hub_offset="$2"; hub_db="$3"
    hub_base="$(pwd)/ear/target/$hub_name-server"
    hub_url="jdbc:postgresql://127.0.0.1:5432/$hub_db"
    if [ ! -f ear/target/hub.ear ] || [ ! -d "$server" ]; then
        echo "[$hub_name] Building..."
        mvn -B -q -ntp package -DskipTests
    fi
    psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $hub_db" -c "CREATE DATABASE $hub_db" >/dev/null
    rm -rf "$hub_base"
    cp -r "$server/standalone" "$hub_base"
    { echo "embed-server --std-out=discard"; cat wildfly-config/src/main/cli/use-postgres-job-repository.cli; echo "stop-embedded-server"; } \
        > "$hub_base/postgres-job-repository.cli"
    "$server/bin/jboss-cli.sh" -Djboss.server.base.dir="$hub_base" --file="$hub_base/postgres-job-repository.cli" >/dev/null
    cp ear/target/hub.ear "$hub_base/deployments/"
}

hub_start() {
    rm -f "$hub_base/deployments/hub.ear.deployed" "$hub_base/deployments/hub.ear.failed"
    # LAUNCH_JBOSS_IN_BACKGROUND: standalone.sh then passes our kill on to the server JVM.
    LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="-Xms1g -Xmx2g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true" \
        "$server/bin/standalone.sh" -Djboss.server.base.dir="$hub_base" -Djboss.socket.binding.port-offset="$hub_offset" \
        -Dhub.datasource=java:jboss/datasources/HubPostgresDS -Dhub.db.url="$hub_url" >> "$hub_base/console.log" 2>&1 &
    hub_pid=$!
}

hub_wait_deployed() {
    local start; start=$(date +%s)
    until [ -f "$hub_base/deployments/hub.ear.deployed" ]; do
        if [ -f "$hub_base/deployments/hub.ear.failed" ] || ! kill -0 "$hub_pid" 2>/dev/null || [ $(( $(date +%s) - start )) -gt 600 ]; then
            echo "[$hub_name] The server did not deploy the Hub: see $hub_base/log/server.log"; return 1
        fi
        sleep 1
    done
}

# SIGKILL to the server JVM itself: no shutdown hook, no rollback, no goodbye.
hub_kill9() {
    pkill -9 -f "jboss.server.base.dir=$hub_base" || true
    wait "$hub_pid" 2>/dev/null || true
}

hub_stop() {
    kill "$hub_pid" 2>/dev/null || true
    wait "$hub_pid" 2>/dev/null || true
}

hub_cli() {
    "$server/bin/jboss-cli.sh" -c --controller="localhost:$(( 9990 + hub_offset ))" --commands="$1"
}

hub_sql() {
    psql -h 127.0.0.1 -U postgres -d "$hub_db" -tAq -c "$1"
}

hub_await_job() {
    local status
    for _ in $(seq 1 1800); do
        status=$(hub_sql "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $2")
        case "$status" in COMPLETED|FAILED|STOPPED|ABANDONED) echo "$status"; return 0;; esac
        sleep 0.5
    done
    echo "TIMEOUT"
}

# The job's execution id from the reply of start-job / restart-job ("result" => 7L).
hub_execution_id() {
    grep -o '"result" => [0-9]*' | grep -o '[0-9]*$'
}
