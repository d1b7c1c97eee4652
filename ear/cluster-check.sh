#!/usr/bin/env bash
# Cluster check: two Hub servers on one PostgreSQL database, started at the same moment, as a cluster runs them.
#  - both deploy the EAR against an empty database at once: the schema migrations run once (Flyway's lock),
#    both answer ready;
#  - mail queued in the shared outbox is sent exactly once across both servers (claims in the database):
#    1,000 mails, each logged by one server only (-Dhub.mail.log=true), none left;
#  - the batch job repository is shared: an import started on one server is seen, finished, from the other's CLI.
# Usage: ear/cluster-check.sh     (builds the EAR when ear/target/hub.ear is missing; ports +400 and +500)
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
source ear/bench/hub-server.sh # server, pg_driver, hub_prepare, hub_sql
db=hub_cluster
mails=1000

hub_prepare cluster-a 400 "$db"
base_a="$hub_base"
hub_prepare cluster-b 500 "$db" # the same (still empty) database, made again
base_b="$hub_base"
pids=()
stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT

start_node() { # name base offset
    LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="-Xms512m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true" \
        "$server/bin/standalone.sh" -Djboss.server.base.dir="$2" -Djboss.socket.binding.port-offset="$3" \
        -Djboss.node.name="$1" -Dhub.mail.log=true \
        -Dhub.datasource=java:jboss/datasources/HubPostgresDS -Dhub.db.url="$hub_url" > "$2/console.log" 2>&1 &
    pids+=($!)
}
await_deployed() { # base
    for _ in $(seq 1 300); do
        [ -f "$1/deployments/hub.ear.deployed" ] && return 0
        if [ -f "$1/deployments/hub.ear.failed" ]; then break; fi
        sleep 1
    done
    echo "[cluster] FAILED: $1 did not deploy the Hub"; tail -40 "$1/log/server.log"; exit 1
}
cli_at() { # offset commands
    "$server/bin/jboss-cli.sh" -c --controller="localhost:$(( 9990 + $1 ))" --commands="$2"
}
check() { # label, text, pattern
    if grep -qE -- "$3" <<<"$2"; then echo "[cluster] ok: $1"; else echo "[cluster] FAILED: $1: $2"; exit 1; fi
}

echo "[cluster] starting two servers (a: ports +400, b: +500) on database $db at once"
start_node a "$base_a" 400
start_node b "$base_b" 500
await_deployed "$base_a"
await_deployed "$base_b"
for offset in 400 500; do
    check "node +$offset ready" "$(curl -sS -o /dev/null -w '%{http_code}' "http://localhost:$(( 9990 + offset ))/health/ready")" '^200$'
done
check "each migration applied once, none failed" \
    "$(hub_sql "SELECT COUNT(*) = COUNT(DISTINCT version) AND BOOL_AND(success) FROM flyway_schema_history WHERE version IS NOT NULL")" '^t$'

# The outbox: mails due now, written straight into the shared table (as any server's transaction would).
hub_sql "INSERT INTO outbox_mail (id, recipient, kind, subject, body, created_at, attempts, next_attempt_at)
         SELECT 900000000 + i, 'cluster-' || i || '@example.org', 'cluster-check', 'Cluster check ' || i, 'Sent once.',
                now() - interval '1 day', 0, now() - interval '1 day'
         FROM generate_series(1, $mails) AS i" > /dev/null
for _ in $(seq 1 90); do
    [ "$(hub_sql "SELECT COUNT(*) FROM outbox_mail WHERE kind = 'cluster-check' AND sent_at IS NULL")" = 0 ] && break
    sleep 1
done
check "every mail sent" "$(hub_sql "SELECT COUNT(*) FROM outbox_mail WHERE kind = 'cluster-check' AND sent_at IS NULL")" '^0$'
logged=$(cat "$base_a"/log/server.log "$base_b"/log/server.log | grep -o '^To: cluster-[0-9]*@example.org' | sort)
check "each mail sent by one server only ($mails mails)" \
    "$(echo "$logged" | wc -l) $(echo "$logged" | uniq | wc -l)" "^$mails $mails\$"
echo "[cluster] mails sent by node: $(hub_sql "SELECT string_agg(claimed_by || '=' || n, ' ') FROM (SELECT claimed_by, COUNT(*) AS n FROM outbox_mail WHERE kind = 'cluster-check' GROUP BY claimed_by ORDER BY claimed_by) AS c")"

# The batch job repository: started on a, followed from b.
csv="$base_a/cluster.csv"
java -cp "$pg_driver" ear/bench/BatchBenchmark.java generate "$csv" 300 "Cluster Lab" > /dev/null
run=$(cli_at 400 "/deployment=hub.ear/subdeployment=hub-batch.jar/subsystem=batch-jberet:start-job(job-xml-name=questionnaire-import, properties={file=$csv, publish=true, startedBy=cluster-check})" | hub_execution_id)
status=""
for _ in $(seq 1 120); do
    status=$(cli_at 500 "/deployment=hub.ear/subdeployment=hub-batch.jar/subsystem=batch-jberet/job=questionnaire-import/execution=$run:read-attribute(name=batch-status)" \
        | grep -o '"result" => "[A-Z]*"' | cut -d'"' -f4 || true)
    case "$status" in COMPLETED|FAILED|STOPPED|ABANDONED) break;; esac
    sleep 1
done
check "an import started on a is seen finished from b's CLI" "$status" '^COMPLETED$'
check "its tools written once" "$(hub_sql "SELECT COUNT(*) FROM tool WHERE import_key LIKE 'cluster lab/%'")" '^297$'

stop_all
pids=()
psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db" > /dev/null
echo "[cluster] done in $(( $(date +%s) - started )) s"
