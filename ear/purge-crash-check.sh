#!/usr/bin/env bash
# Crash check of the retention purge (PostgreSQL, a server of its own on ports +500): seeds expired
# registrations, starts a purge from the WildFly CLI, kills the server with SIGKILL while it erases them, starts
# the server again and checks that the cut-off run is recognised and closed as INTERRUPTED (the job repository
# still says STARTED), that nothing blocks the next purge (the CLI starts one, the admin page would too), and
# that this next run deletes what the killed one left. Exits non-zero otherwise; prints its time.
# Usage: ear/purge-crash-check.sh      (HUB_CRASH_ACCOUNTS=20000)
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
accounts="${HUB_CRASH_ACCOUNTS:-20000}"
source ear/bench/hub-server.sh
hub_prepare purgecrash 500 hub_purge_crash
trap 'hub_stop; hub_kill9' EXIT
start_purge() {
    hub_cli "/deployment=hub.ear/subdeployment=hub-batch.jar/subsystem=batch-jberet:start-job(job-xml-name=retention-purge, properties={categories=UNVERIFIED_REGISTRATION, startedBy=crash-check})" | hub_execution_id
}
deleted() {
    hub_sql "SELECT COALESCE(SUM(item_count), 0) FROM purge_count WHERE execution_id = $1 AND action = 'DELETED'"
}
expired() {
    hub_sql "SELECT COUNT(*) FROM account WHERE status = 'EMAIL_PENDING' AND email LIKE 'applicant%@bench.example'"
}

hub_start
hub_wait_deployed
java -cp "$pg_driver" ear/bench/BatchBenchmark.java seed-purge "$hub_url" postgres 0 "$accounts" >/dev/null
run=$(start_purge)
deadline=$(( $(date +%s) + 300 ))
until [ "$(deleted "$run")" -ge 1000 ]; do
    if [ "$(date +%s)" -gt "$deadline" ]; then echo "[purge-crash] the purge deleted nothing within 5 minutes"; exit 1; fi
    sleep 0.2
done
hub_kill9
left=$(expired)
echo "[purge-crash] killed the server with SIGKILL during purge run $run: $(deleted "$run") deleted, $left expired registrations left"
if [ "$left" -eq 0 ]; then echo "[purge-crash] the purge ended before the kill: nothing was checked"; exit 1; fi

hub_start
hub_wait_deployed
repository=$(hub_sql "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $run")
outcome=$(hub_sql "SELECT COALESCE(outcome, '(none)') FROM purge_run WHERE execution_id = $run")
lease=$(hub_sql "SELECT COALESCE(CAST(holder AS VARCHAR), 'free') FROM purge_lease WHERE id = 1")
echo "[purge-crash] server back: run $run says $repository in the job repository, $outcome in the Hub's report; lease $lease"
next=$(start_purge)
status=$(hub_await_job retention-purge "$next")
next_outcome=$(hub_sql "SELECT outcome FROM purge_run WHERE execution_id = $next")
echo "[purge-crash] next purge run $next: $status, outcome $next_outcome, $(deleted "$next") deleted, $(expired) expired registrations left"
if [ "$outcome" == "INTERRUPTED" ] && [ "$lease" == "free" ] && [ "$status" == "COMPLETED" ] && [ "$next_outcome" == "COMPLETED" ] \
        && [ "$(expired)" -eq 0 ]; then
    echo "[purge-crash] OK: the killed purge was closed as INTERRUPTED and the next one finished its work ($(( $(date +%s) - started )) s)"
else
    echo "[purge-crash] FAILED ($(( $(date +%s) - started )) s)"; exit 1
fi
