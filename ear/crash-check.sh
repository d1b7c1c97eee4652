#!/usr/bin/env bash
# Crash check of the questionnaire import (PostgreSQL, a server of its own on ports +400):
# starts a 20,000-row import from the WildFly CLI, kills the server with SIGKILL once some chunks are written,
# starts the server again, restarts the run from the CLI, and then compares the result with an uninterrupted
# run of the same rows (other provider name): same tools, same answers, no duplicate, no lost row.
# Exits non-zero when they differ. Usage: ear/crash-check.sh      (HUB_CRASH_ROWS=20000)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${HUB_CRASH_ROWS:-20000}"
source ear/bench/hub-server.sh
hub_prepare crash 400 hub_crash
trap 'hub_stop; hub_kill9' EXIT
java -cp "$pg_driver" ear/bench/BatchBenchmark.java generate "$hub_base/crashed.csv" "$rows" "Crash Lab"
java -cp "$pg_driver" ear/bench/BatchBenchmark.java generate "$hub_base/straight.csv" "$rows" "Straight Lab"
start_job() {
    hub_cli "/deployment=hub.ear/subdeployment=hub-batch.jar/subsystem=batch-jberet:start-job(job-xml-name=questionnaire-import, properties={file=$1, publish=false, startedBy=crash-check})" | hub_execution_id
}
count() {
    hub_sql "SELECT COUNT(*) FROM tool WHERE import_key LIKE '$1/%'"
}

hub_start
hub_wait_deployed
run=$(start_job "$hub_base/crashed.csv")
deadline=$(( $(date +%s) + 300 ))
until [ "$(count 'crash lab')" -ge 2000 ]; do
    if [ "$(date +%s)" -gt "$deadline" ]; then echo "[crash] the import wrote nothing within 5 minutes"; exit 1; fi
    sleep 0.2
done
hub_kill9
before=$(count 'crash lab')
echo "[crash] killed the server with SIGKILL during run $run: $before of $rows rows were in"
if [ "$before" -ge $(( rows * 99 / 100 )) ]; then
    echo "[crash] the run ended before the kill: nothing was checked"; exit 1
fi

hub_start
hub_wait_deployed
echo "[crash] server back; run $run says $(hub_sql "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $run")"
again=$(hub_cli "/deployment=hub.ear/subdeployment=hub-batch.jar/subsystem=batch-jberet:restart-job(execution-id=$run)" | hub_execution_id)
echo "[crash] restarted as run $again: $(hub_await_job questionnaire-import "$again")"
straight=$(start_job "$hub_base/straight.csv")
echo "[crash] uninterrupted run $straight: $(hub_await_job questionnaire-import "$straight")"

# The state of each provider's tools, written so that the two providers compare equal when nothing went wrong.
state() {
    hub_sql "SELECT t.name, t.summary, t.status, (SELECT string_agg(a.question_id || '=' || a.answer_text, ';' ORDER BY a.question_id)
             FROM answer a WHERE a.tool_id = t.id) FROM tool t WHERE t.import_key LIKE '$1/%' ORDER BY t.name"
}
crashed_state=$(state 'crash lab'); straight_state=$(state 'straight lab')
crashed=$(count 'crash lab'); keys=$(hub_sql "SELECT COUNT(DISTINCT import_key) FROM tool WHERE import_key LIKE 'crash lab/%'")
problems=$(hub_sql "SELECT COUNT(*) FROM import_problem WHERE execution_id IN ($run, $again)")
straight_problems=$(hub_sql "SELECT COUNT(*) FROM import_problem WHERE execution_id = $straight")
echo "[crash] killed and restarted: $crashed tools ($keys keys), $problems problems reported; uninterrupted: $(count 'straight lab') tools, $straight_problems problems"
if [ "$crashed_state" == "$straight_state" ] && [ "$crashed" == "$keys" ] && [ "$problems" == "$straight_problems" ]; then
    echo "[crash] OK: the killed and restarted run ends exactly like the uninterrupted one"
else
    diff <(echo "$crashed_state") <(echo "$straight_state") | head -20 || true
    echo "[crash] FAILED: the states differ"; exit 1
fi
