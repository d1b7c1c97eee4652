#!/usr/bin/env bash
# Batch benchmark (PostgreSQL, a server of its own on ports +300). Prints:
#  - the questionnaire import of a generated 20,000-row CSV (1 in 100 rows breaks the schema and is skipped):
#    rows per second, from the job's own start and end times;
#  - the old baseline: a plain JDBC batch insert of one scratch row per CSV line, rows per second;
#  - the honest baseline: exactly the rows the import wrote (tools, labels, answers, versions, audit entries,
#    problem report), deleted and written again with plain JDBC batches in the same database;
#  - both ratios: import / old baseline, and import / honest baseline (the figure we track, goal >= 0.5);
#  - the retention purge of 100,000 expired audit events and 5,000 expired registrations: records per second.
# Usage: ear/batch-benchmark.sh        (HUB_BENCH_ROWS=20000 HUB_BENCH_EVENTS=100000 HUB_BENCH_ACCOUNTS=5000)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${HUB_BENCH_ROWS:-20000}"
events="${HUB_BENCH_EVENTS:-100000}"
accounts="${HUB_BENCH_ACCOUNTS:-5000}"
source ear/bench/hub-server.sh
hub_prepare bench-batch 300 hub_bench
trap 'hub_stop' EXIT
csv="$hub_base/bench-$rows.csv"
java -cp "$pg_driver" ear/bench/BatchBenchmark.java generate "$csv" "$rows" "Bench Lab"

echo "[bench] Starting WildFly on PostgreSQL..."
hub_start
hub_wait_deployed
run=$(hub_cli "/deployment=hub.ear/subdeployment=hub-batch.jar/subsystem=batch-jberet:start-job(job-xml-name=questionnaire-import, properties={file=$csv, publish=true, startedBy=benchmark})" | hub_execution_id)
status=$(hub_await_job questionnaire-import "$run")
read -r seconds written <<< "$(hub_sql "SELECT EXTRACT(EPOCH FROM endtime - starttime), (SELECT COUNT(*) FROM tool WHERE import_key LIKE 'bench lab/%') FROM job_execution WHERE jobexecutionid = $run" | tr '|' ' ')"
skipped=$(hub_sql "SELECT COUNT(DISTINCT line_number) FROM import_problem WHERE execution_id = $run")
import_rate=$(awk -v r="$rows" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')
echo "[bench] questionnaire import: $status, $rows rows ($written tools written, $skipped rows skipped) in ${seconds} s = $import_rate rows/s"
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
