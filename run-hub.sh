#!/usr/bin/env bash
# Builds the Hub, starts WildFly with it on H2 with the demo data, prints the URL and the demo logins,
# and stays in the foreground until Ctrl-C. Needs only a JDK 17+ and Maven.
#   HUB_DEMO_TOOLS=5000 ./run-hub.sh     more demo tools (default 48)
#   HUB_SKIP_BUILD=1 ./run-hub.sh        start the last build again (the demo database starts empty again)
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${HUB_SKIP_BUILD:-}" ]; then
    echo "[hub] Building (the first build downloads WildFly and the libraries; later builds take ~30 s)..."
    mvn -B -q -ntp package -DskipTests
fi

server="wildfly-config/target/server/wildfly-39.0.1.Final"
# The demo gets a server base folder of its own (configuration, data, logs, deployments), so that the
# integration tests, which use the same server installation, never see its state.
base="wildfly-config/target/demo"
port="${HUB_PORT:-8080}"
offset=$((port - 8080))
https_port=$((8443 + offset))
# HTTPS with the certificate WildFly generates for localhost (self-signed: the browser asks once to accept
# it); plain HTTP on ${port} redirects there.
url="https://localhost:${https_port}/hub/"
rm -rf "$base"
cp -r "$server/standalone" "$base"
cp ear/target/hub.ear "$base/deployments/"

(
    for _ in $(seq 1 180); do
        if curl -k -s -o /dev/null -w '%{http_code}' "${url}login.xhtml" 2>/dev/null | grep -q 200 \
                && [ -f "$base/deployments/hub.ear.deployed" ]; then
            cat <<MSG

============================================================================
  Global Hub is running:  ${url}
  (self-signed certificate for localhost: accept it once in the browser)
  Demo logins: official e-mail / password, then the code of the second factor,
  which ./demo-totp.sh agent|curator|admin|provider|provider2 prints (as an authenticator app would):
    agent@hub.example   / agent-demo-2026     browse, give feedback, report concerns
    curator@hub.example / curator-demo-2026   curation, vetting of applications, accounts
    admin@hub.example   / admin-demo-2026     administrator: roles, security events
    provider@hub.example  / provider-demo-2026  a provider organisation: its tools, new versions for review
    provider2@hub.example / provider2-demo-2026 a second provider organisation (one version waiting for review)
  Two applicants wait in the vetting queue. Register a new one at ${url}register.xhtml:
  the Hub's mails (with their links) are printed in this console instead of being sent.
  Catalogue without a browser:  ./demo-catalogue.sh  (logs in with curl and prints it)
  Stop with Ctrl-C.
============================================================================
MSG
            exit 0
        fi
        if [ -f "$base/deployments/hub.ear.failed" ]; then
            echo "[hub] Deployment failed: see $base/log/server.log"
            exit 1
        fi
        sleep 1
    done
    echo "[hub] The Hub did not answer within 3 minutes: see $base/log/server.log"
) &

exec "$server/bin/standalone.sh" -Djboss.server.base.dir="$(pwd)/$base" -Djboss.socket.binding.port-offset="$offset" \
    -Dhub.demo.tools="${HUB_DEMO_TOOLS:-48}" -Dhub.mail.log=true -Dhub.public.url="${url%/}" "$@"
