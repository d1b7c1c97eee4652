#!/usr/bin/env bash
# Batch benchmark (PostgreSQL, a server of its own on ports +300). Prints:
#  - the questionnaire import of a generated 20,000-row CSV (1 in 100 rows breaks the schema and is skipped):
#    rows per second, from the job's own start and end times, on a warm server (after a first import of 5,000
#    rows of another provider, whose cold figure is printed too);
#  - the old baseline: a plain JDBC batch insert of one scratch row per CSV line, rows per second;
#  - the honest baseline: exactly the rows the import wrote (tools, labels, answers, versions, audit entries,
#    problem report), deleted and written again with plain JDBC batches in the same database;
#  - both ratios: import / old baseline, and import / honest baseline (the figure we track, goal >= 0.5);
#  - the retention purge of 100,000 expired audit events and 5,000 expired registrations: records per second.
# Usage: ear/batch-benchmark.sh   (HUB_BENCH_ROWS=20000 HUB_BENCH_WARM_ROWS=5000 HUB_BENCH_EVENTS=100000 HUB_BENCH_ACCOUNTS=5000)
set -euo pipefail
shopt -s inherit_errexit # a failure inside $(...) stops the script too
cd "$(dirname "$0")/.."
rows="${HUB_BENCH_ROWS:-20000}"
warm_rows="${HUB_BENCH_WARM_ROWS:-5000}"
events="${HUB_BENCH_EVENTS:-100000}"
accounts="${HUB_BENCH_ACCOUNTS:-5000}"
source ear/bench/hub-server.sh
hub_prepare bench-batch 300 hub_bench
trap 'hub_stop' EXIT
csv="$hub_base/bench-$rows.csv"
java -cp "$pg_driver" ear/bench/BatchBenchmark.java generate "$csv" "$rows" "Bench Lab"

warm="$hub_base/warm-$warm_rows.csv"
java -cp "$pg_driver" ear/bench/BatchBenchmark.java generate "$warm" "$warm_rows" "Warm Lab"

echo "[bench] Starting WildFly on PostgreSQL..."
hub_start
hub_wait_deployed
import_run() { # <file>: starts the import from the CLI, waits for its end, prints its execution id
    local run status
    run=$(hub_cli "/deployment=hub.ear/subdeployment=hub-batch.jar/subsystem=batch-jberet:start-job(job-xml-name=questionnaire-import, properties={file=$1, publish=true, startedBy=benchmark})" | hub_execution_id)
    [ -n "$run" ] || { echo "[bench] the import of $1 did not start" >&2; return 1; }
    status=$(hub_await_job questionnaire-import "$run")
    [ "$status" = COMPLETED ] || { echo "[bench] the import of $1 ended $status" >&2; return 1; }
    echo "$run"
}
run_seconds() { hub_sql "SELECT EXTRACT(EPOCH FROM endtime - starttime) FROM job_execution WHERE jobexecutionid = $1"; }
# A first, smaller import on the fresh server: the JVM compiles the import's code (JIT) during it. The figure
# we track is the next import's, on a warm server as in production; the cold one is printed too.
cold=$(import_run "$warm")
cold_seconds=$(run_seconds "$cold")
awk -v r="$warm_rows" -v s="$cold_seconds" 'BEGIN { printf "[bench] cold server, first import: %d rows in %.2f s = %.0f rows/s (not tracked: JIT compilation)\n", r, s, r / s }'
run=$(import_run "$csv")
status=$(hub_sql "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $run")
read -r seconds written <<< "$(hub_sql "SELECT EXTRACT(EPOCH FROM endtime - starttime), (SELECT COUNT(*) FROM tool WHERE import_key LIKE 'bench lab/%') FROM job_execution WHERE jobexecutionid = $run" | tr '|' ' ')"
skipped=$(hub_sql "SELECT COUNT(DISTINCT line_number) FROM import_problem WHERE execution_id = $run")
import_rate=$(awk -v r="$rows" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')
echo "[bench] questionnaire import (warm server): $status, $rows rows ($written tools written, $skipped rows skipped) in ${seconds} s = $import_rate rows/s"
jdbc=$(java -cp "$pg_driver" ear/bench/BatchBenchmark.java jdbc "$csv" "$hub_url" postgres)
echo "$jdbc"
jdbc_rate=$(echo "$jdbc" | grep -o '= [0-9]*' | grep -o '[0-9]*')
honest=$(java -cp "$pg_driver" ear/bench/BatchBenchmark.java honest "$hub_url" postgres "Bench Lab" "$run")
echo "$honest"
honest_seconds=$(echo "$honest" | grep -o 'in [0-9.]* s' | grep -o '[0-9.]*')
awk -v i="$import_rate" -v j="$jdbc_rate" 'BEGIN { printf "[bench] ratio import / old baseline (one scratch row per CSV line): %.3f\n", i / j }'
awk -v b="$honest_seconds" -v s="$seconds" 'BEGIN { printf "[bench] ratio import / honest baseline (the same rows in the same tables, plain JDBC): %.3f (goal >= 0.5)\n", b / s }'

java -cp "$pg_driver" ear/bench/BatchBenchmark.java seed-purge "$hub_url" postgres "$events" "$accounts"
for category in AUDIT_EVENT UNVERIFIED_REGISTRATION; do
    run=$(hub_cli "/deployment=hub.ear/subdeployment=hub-batch.jar/subsystem=batch-jberet:start-job(job-xml-name=retention-purge, properties={categories=$category, startedBy=benchmark})" | hub_execution_id)
    status=$(hub_await_job retention-purge "$run")
    read -r seconds deleted <<< "$(hub_sql "SELECT EXTRACT(EPOCH FROM e.endtime - e.starttime), c.item_count FROM job_execution e JOIN purge_count c ON c.execution_id = e.jobexecutionid AND c.action = 'DELETED' WHERE e.jobexecutionid = $run" | tr '|' ' ')"
    awk -v c="$category" -v st="$status" -v n="$deleted" -v s="$seconds" 'BEGIN { printf "[bench] retention purge %s: %s, %d deleted in %.2f s = %.0f records/s\n", c, st, n, s, n / s }'
done
