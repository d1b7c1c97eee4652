#!/usr/bin/env bash
# Deploy proof: the README's IT procedure ("Deploying on an existing WildFly 39"), step by step and with its
# own commands, on a freshly unpacked WildFly 39 and a new PostgreSQL database (127.0.0.1:5432, superuser
# postgres), as IT staff would follow it. Then it checks the login page over HTTPS, the certificate recipe,
# the first administrator, a CLI import and a purge dry run; restores the server with restore-hub.cli, checks
# that only the Hub's credential store and key are left of the Hub (resource by resource against WildFly's
# own standalone.xml) and that the server boots clean (no ERROR in its log). Needs hub.ear (mvn package
# -DskipTests). The server uses ports +500 (HTTPS 8943, management 10490). Prints its time.
# HUB_PROOF_KEEP=1 keeps the server folder (logs) for a look afterwards.
set -Eeuo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
repo=$(pwd)
ear="$repo/ear/target/hub.ear"
[ -f "$ear" ] || { echo "[deploy-proof] build first: mvn -B -ntp package -DskipTests"; exit 1; }
dist=$(find ~/.m2/repository/org/wildfly/wildfly-dist -name "wildfly-dist-39*.zip" | head -1)
driver=$(find ~/.m2/repository/org/postgresql/postgresql -name "postgresql-42*.jar" | sort | tail -1)
work=$(mktemp -d)
home="$work/wildfly-39.0.1.Final"
offset=500
db=hub_proof
db_password="proof-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
owner_password="owner-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mgmt_password="Mgmt-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')!"
say() { echo "[deploy-proof] $*"; }
server_pid=""
cleanup() {
    [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS $db" \
        -c "DROP ROLE IF EXISTS ${db}_owner" >/dev/null 2>&1 || true
    if [ -n "${HUB_PROOF_KEEP:-}" ]; then say "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
# No step fails silently: the failing line, its command and the end of the server's log.
failed() {
    say "FAILED at line $1: $2"
    [ ! -f "$home/standalone/log/server.log" ] || tail -20 "$home/standalone/log/server.log"
}
trap 'failed "$LINENO" "$BASH_COMMAND"' ERR

# The CLI as IT staff use it against a server elsewhere: a management user over the remote protocol (README,
# "CLI against a remote server"), not the local user's silent login.
cli() {
    "$home/bin/jboss-cli.sh" --connect --controller="remote+http://localhost:$((9990 + offset))" \
        --user=hubadmin --password="$mgmt_password" --no-local-auth "$@"
}
quiet() { # runs a command; shows its output only when it fails
    if ! "$@" > "$work/last.out" 2>&1; then
        cat "$work/last.out"; say "FAILED: $*"; exit 1
    fi
}
running() { cli --command=":read-attribute(name=server-state)" 2>/dev/null | grep -q '"result" => "running"'; }
await_running() {
    for _ in $(seq 1 120); do running && return 0; sleep 1; done
    say "the server did not come up: $home/standalone/log/server.log"; tail -30 "$home/standalone/log/server.log"; exit 1
}
start_server() {
    LAUNCH_JBOSS_IN_BACKGROUND=1 "$home/bin/standalone.sh" -Djboss.socket.binding.port-offset=$offset \
        > "$work/console.log" 2>&1 &
    server_pid=$!
    await_running
}
# The CLI may lose its connection while the server goes down and then reports a failure although the
# operation ran: what counts is what the server does next (stops, or comes back running).
stop_server() {
    cli --command=":shutdown" > "$work/stop.out" 2>&1 || say "note: $(tail -1 "$work/stop.out")"
    for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$server_pid" 2>/dev/null; then say "FAILED: the server did not stop within 60 s"; exit 1; fi
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}
reload() {
    cli --command=":reload" > "$work/reload.out" 2>&1 || say "note: $(tail -1 "$work/reload.out")"
    sleep 2
    await_running
}
batch_job() { # job properties → the run's exit status, once it has ended
    local run status=""
    run=$(cli --command="/deployment=hub.ear/subdeployment=hub-batch.jar/subsystem=batch-jberet:start-job(job-xml-name=$1, properties={$2})" \
        | grep -o '"result" => [0-9]*' | grep -o '[0-9]*$')
    for _ in $(seq 1 120); do
        status=$(cli --command="/deployment=hub.ear/subdeployment=hub-batch.jar/subsystem=batch-jberet/job=$1/execution=$run:read-attribute(name=batch-status)" \
            | grep -o '"result" => "[A-Z]*"' | cut -d'"' -f4)
        case "$status" in COMPLETED|FAILED|STOPPED|ABANDONED) break;; esac
        sleep 1
    done
    cli --command="/deployment=hub.ear/subdeployment=hub-batch.jar/subsystem=batch-jberet/job=$1/execution=$run:read-attribute(name=exit-status)" \
        | sed -n -E 's/.*"result" => "(.*)"$/\1/p'
}
expect() { # label, text, pattern
    if grep -qE -- "$3" <<<"$2"; then say "ok: $1"; else say "FAILED: $1: $2"; exit 1; fi
}

say "a fresh WildFly ($(basename "$dist")) in $work, database $db"
unzip -q "$dist" -d "$work"
cp "$home/standalone/configuration/standalone.xml" "$work/pristine.xml"

# Step 1, least privilege: a role that owns the database (the migrations run as it) and the Hub's own role,
# which reads and writes rows and makes only the job repository's tables.
psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS $db" -c "DROP ROLE IF EXISTS ${db}_owner" \
    -c "CREATE ROLE ${db}_owner LOGIN PASSWORD '$owner_password'" -c "CREATE ROLE $db LOGIN PASSWORD '$db_password'" \
    -c "CREATE DATABASE $db OWNER ${db}_owner" > /dev/null
psql -h 127.0.0.1 -U postgres -d "$db" -q -c "GRANT USAGE, CREATE ON SCHEMA public TO $db" \
    -c "ALTER DEFAULT PRIVILEGES FOR ROLE ${db}_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO $db" \
    -c "ALTER DEFAULT PRIVILEGES FOR ROLE ${db}_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO $db" > /dev/null

# Step 2. The PostgreSQL driver as a module (no server needed).
"$home/bin/jboss-cli.sh" --command="module add --name=org.postgresql --resources=$driver --dependencies=java.sql,java.naming,java.logging,jakarta.transaction.api" > /dev/null
# A management user for the CLI (README: bin/add-user.sh asks for the password instead).
"$home/bin/add-user.sh" -s -u hubadmin -p "$mgmt_password"

# Step 3. Start the server.
start_server
say "ok: server up, CLI connected as a management user over remote+http"

# Step 4. The Hub's configuration and its secrets.
quiet cli --file=wildfly-config/src/main/cli/configure-hub.cli
quiet cli --file=wildfly-config/src/main/cli/configure-datasource-postgres.cli
wildfly-config/hub-secrets.sh "$home" --connect --controller="remote+http://localhost:$((9990 + offset))" \
    --user=hubadmin --password="$mgmt_password" --no-local-auth

# Step 5. System properties, kept in standalone.xml; the database password sealed (never on a command line).
cli --commands="/system-property=hub.datasource:add(value=java:jboss/datasources/HubPostgresDS),/system-property=hub.db.url:add(value=\"jdbc:postgresql://127.0.0.1:5432/$db\"),/system-property=hub.db.user:add(value=$db),/system-property=hub.public.url:add(value=\"https://localhost:$((8443 + offset))/hub\"),/system-property=hub.db.owner:add(value=${db}_owner),/system-property=hub.migration.datasource:add(value=java:jboss/datasources/HubPostgresMigrationDS)" > /dev/null
printf '%s\n' "$owner_password" | wildfly-config/hub-secrets.sh "$home" --seal-property hub.db.owner-password \
    --connect --controller="remote+http://localhost:$((9990 + offset))" --user=hubadmin --password="$mgmt_password" --no-local-auth
printf '%s\n' "$db_password" | wildfly-config/hub-secrets.sh "$home" --seal-property hub.db.password \
    --connect --controller="remote+http://localhost:$((9990 + offset))" --user=hubadmin --password="$mgmt_password" --no-local-auth
grep -q "$db_password" "$home/standalone/configuration/standalone.xml" && { say "FAILED: the password is in clear in standalone.xml"; exit 1; }

# Step 6. Reload: properties and descriptor replacement take effect; then the job repository in PostgreSQL.
reload
quiet cli --file=wildfly-config/src/main/cli/use-postgres-job-repository.cli
reload
say "ok: configured and reloaded"

# Step 7. Deploy.
quiet cli --command="deploy $ear"
expect "deployed" "$(cli --command='/deployment=hub.ear:read-attribute(name=status)')" '"result" => "OK"'
expect "server.log says so" "$(cat "$home/standalone/log/server.log")" 'WFLYSRV0010: Deployed "hub.ear"'
expect "hub.log has the schema" "$(cat "$home/standalone/log/hub.log")" 'Schema at version [0-9]+'
expect "the Hub's role cannot change the schema" \
    "$(psql -h 127.0.0.1 -U "$db" -d "$db" -c 'ALTER TABLE account ADD COLUMN proof INTEGER' 2>&1 || true)" 'must be owner'
expect "no EclipseLink stack trace" "$(grep -c 'Oracle21JsonPlatform' "$home/standalone/log/server.log" || true)" '^0$'

# Step 8. The login page over HTTPS.
expect "login page over HTTPS" "$(curl -ksS "https://localhost:$((8443 + offset))/hub/login.xhtml")" 'id="loginForm"'

# Health on the management interface: ready, and not ready while the database does not answer.
health="http://localhost:$((9990 + offset))/health"
expect "ready: database, schema and job repository" "$(curl -sS "$health/ready" | tr -d ' \n')" \
    '"name":"hub","status":"UP","data":\{.*"database":"reachable"'
expect "live, with the outbox" "$(curl -sS "$health/live")" 'mailsWaiting'
# Metrics on the management interface (Prometheus format): the login page counted, the outbox measured.
metrics="$(curl -sS "http://localhost:$((9990 + offset))/prometheus")"
expect "metrics: pages timed" "$metrics" 'hub_requests_seconds_count\{.*page="/login.xhtml"'
expect "metrics: the outbox" "$metrics" '^hub_mail_waiting'
psql -h 127.0.0.1 -U postgres -q -c "ALTER DATABASE $db ALLOW_CONNECTIONS false" \
    -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$db'" > /dev/null
expect "not ready without its database" "$(curl -sS -o /dev/null -w '%{http_code}' "$health/ready")" '^503$'
psql -h 127.0.0.1 -U postgres -q -c "ALTER DATABASE $db ALLOW_CONNECTIONS true" > /dev/null
for _ in $(seq 1 30); do
    [ "$(curl -sS -o /dev/null -w '%{http_code}' "$health/ready")" = 200 ] && break
    sleep 1
done
expect "ready again once the database answers" "$(curl -sS -o /dev/null -w '%{http_code}' "$health/ready")" '^200$'

# Step 9. The certificate recipe: the agency's own PKCS12 key store; a missing file now fails loudly.
keytool -genkeypair -keystore "$work/hub.p12" -storetype PKCS12 -storepass "$db_password" -keypass "$db_password" \
    -alias hub -dname "CN=hub-proof.agency.example" -keyalg RSA -keysize 2048 -validity 30 2>/dev/null
printf '%s\n' "$db_password" | wildfly-config/hub-secrets.sh "$home" --seal-property hub.tls.password \
    --connect --controller="remote+http://localhost:$((9990 + offset))" --user=hubadmin --password="$mgmt_password" --no-local-auth
cat > "$work/certificate.cli" <<EOF
batch
/subsystem=elytron/key-store=applicationKS:write-attribute(name=path, value="$work/hub.p12")
/subsystem=elytron/key-store=applicationKS:undefine-attribute(name=relative-to)
/subsystem=elytron/key-store=applicationKS:write-attribute(name=type, value=PKCS12)
/subsystem=elytron/key-store=applicationKS:write-attribute(name=required, value=true)
/subsystem=elytron/key-store=applicationKS:write-attribute(name=credential-reference, value={clear-text="\${hub.tls.password}"})
/subsystem=elytron/key-manager=applicationKM:write-attribute(name=credential-reference, value={clear-text="\${hub.tls.password}"})
/subsystem=elytron/key-manager=applicationKM:undefine-attribute(name=generate-self-signed-certificate-host)
run-batch
EOF
quiet cli --file="$work/certificate.cli"
reload
expect "the agency's certificate is served" \
    "$(openssl s_client -connect "localhost:$((8443 + offset))" -servername localhost </dev/null 2>/dev/null | openssl x509 -noout -subject)" \
    'hub-proof.agency.example'

# Step 10. The first administrator, from the CLI.
expect "first administrator" "$(batch_job first-administrator 'email=proof-admin@agency.example, name="Proof Admin", agency="Proof Agency", country=KE, phone="+254 20 000 0000", startedBy=deploy-proof')" \
    '^LINK https://localhost:8943/hub/reset.xhtml\?token=[A-Za-z0-9_-]+ \(new account\)$'

expect "security.log has it for a SIEM" "$(cat "$home/standalone/log/security.log")" \
    'event=administrator.created subject=Account/[0-9]+ actor="console:deploy-proof"'

# A CLI import and a purge dry run.
tools="$work/tools.csv"
{
    echo "tool_key,tool_name,summary,provider_name,provider_type,provider_country,provider_region,purposes"
    for i in 1 2 3; do echo "proof-$i,Proof Tool $i,Sorts seized media.,Proof Lab,COMPANY,KE,AFRICA,MEDIA_TRIAGE"; done
} > "$tools"
expect "CLI import" "$(batch_job questionnaire-import "file=$tools, publish=false, startedBy=deploy-proof")" \
    '^COMPLETED: 3 rows read, 3 written, 0 skipped$'
expect "purge dry run" "$(batch_job retention-purge 'dryRun=true, startedBy=deploy-proof')" \
    '^COMPLETED: [0-9]+ records in [0-9]+ categories \(dry run: nothing deleted\)$'

# Step 11. Rotating the key that seals secrets at rest (hub-secrets.sh --rotate, README "secrets"): a seed written in
# clear (as by a version before sealing) is sealed at the next start, re-sealed with the new key after a rotation,
# and a second rotation is refused while the previous key is still bound.
seed_of() { psql -h 127.0.0.1 -U postgres -d "$db" -tAq -c "SELECT totp_secret FROM account WHERE email = 'proof-admin@agency.example'"; }
# The sealing line of the latest start only: lines of hub.log after the mark taken before the reload.
mark_log() { log_mark=$(wc -l < "$home/standalone/log/hub.log"); }
last_sealing() { tail -n +"$(( log_mark + 1 ))" "$home/standalone/log/hub.log" | grep 'Secrets at rest:' | tail -1; }
psql -h 127.0.0.1 -U postgres -d "$db" -q -c "UPDATE account SET totp_secret = 'JBSWY3DPEHPK3PXP' WHERE email = 'proof-admin@agency.example'"
mark_log
reload
expect "a seed in clear is sealed at start" "$(last_sealing)" ': 1 accounts. TOTP seeds sealed or re-sealed with the current key, [0-9]+ with seeds in all; 0 that no key'
sealed_before="$(seed_of)"
expect "sealed in the database" "$sealed_before" '^[^J]'
hub_secrets=(wildfly-config/hub-secrets.sh "$home" --rotate --connect --controller="remote+http://localhost:$((9990 + offset))"
    --user=hubadmin --password="$mgmt_password" --no-local-auth)
expect "key rotated" "$("${hub_secrets[@]}")" 'new key bound'
mark_log
reload
expect "re-sealed with the new key at start" "$(last_sealing)" ': 1 accounts. TOTP seeds sealed or re-sealed with the current key, [0-9]+ with seeds in all; 0 that no key'
[ "$(seed_of)" != "$sealed_before" ] || { say "FAILED: the seed was not re-sealed"; exit 1; }
expect "a second rotation waits for the previous key's removal" "$("${hub_secrets[@]}" || true)" 'a previous key is still bound'
quiet cli --command='/subsystem=naming/binding=java\:global\/hub\/secret\/at-rest-key-previous:remove'
mark_log
reload
expect "nothing left under the previous key" "$(last_sealing)" ': 0 accounts. TOTP seeds sealed or re-sealed with the current key, [0-9]+ with seeds in all; 0 that no key'
expect "ready after the rotation" "$(curl -sS -o /dev/null -w '%{http_code}' "$health/ready")" '^200$'

# Restore: the certificate settings were the agency's, not the Hub's: they go back by hand first.
cat > "$work/certificate-back.cli" <<EOF
batch
/subsystem=elytron/key-store=applicationKS:write-attribute(name=path, value=application.keystore)
/subsystem=elytron/key-store=applicationKS:write-attribute(name=relative-to, value=jboss.server.config.dir)
/subsystem=elytron/key-store=applicationKS:write-attribute(name=type, value=JKS)
/subsystem=elytron/key-store=applicationKS:undefine-attribute(name=required)
/subsystem=elytron/key-store=applicationKS:write-attribute(name=credential-reference, value={clear-text=password})
/subsystem=elytron/key-manager=applicationKM:write-attribute(name=credential-reference, value={clear-text=password})
/subsystem=elytron/key-manager=applicationKM:write-attribute(name=generate-self-signed-certificate-host, value=localhost)
/system-property=hub.tls.password:remove
run-batch
EOF
quiet cli --file="$work/certificate-back.cli"
# As the README says: restore, reload, and once more (the driver goes once the datasources are gone).
quiet cli --file=wildfly-config/src/main/cli/restore-hub.cli
reload
quiet cli --file=wildfly-config/src/main/cli/restore-hub.cli
reload
stop_server

# Back to WildFly's own configuration, except the Hub's credential store and key (kept on purpose).
source wildfly-config/model.sh
cp "$work/pristine.xml" "$home/standalone/configuration/proof-pristine.xml"
cp "$home/standalone/configuration/standalone.xml" "$home/standalone/configuration/proof-restored.xml"
cat > "$work/kept.cli" <<'EOF'
/subsystem=naming/binding=java\:global\/hub\/secret\/at-rest-key:remove
/subsystem=elytron/expression=encryption:remove
/subsystem=elytron/secret-key-credential-store=hub-secrets:remove
EOF
model_dump "$home" proof-pristine.xml "$work/expected.txt"
model_dump "$home" proof-restored.xml "$work/restored.txt" "$work/kept.cli"
if ! diff "$work/expected.txt" "$work/restored.txt" > "$work/restored.diff"; then
    say "FAILED: the restored server differs from WildFly's own configuration (beyond the kept secrets):"
    head -40 "$work/restored.diff"; exit 1
fi
say "ok: restored to WildFly's own configuration; kept: credential store hub-secrets, resolver hub, at-rest-key"

# Boots clean.
mv "$home/standalone/log/server.log" "$work/server-before-restore.log"
start_server
stop_server
errors=$(grep -c ' ERROR ' "$home/standalone/log/server.log" || true)
expect "boots clean after the restore" "$errors ERROR lines" '^0 ERROR lines$'
say "done in $(( $(date +%s) - start )) s"
