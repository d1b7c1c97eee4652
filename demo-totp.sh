#!/usr/bin/env bash
# Prints the current login code of a demo account (agent, curator, admin, provider or provider2), as an authenticator app would.
# DEMO ONLY: real accounts enrol their own authenticator at the first login.
set -euo pipefail
case "${1:-agent}" in
    agent) secret=HUBAGENTDEMOSECRETAAAAAAAAAAAAAA ;;
    curator) secret=HUBCURATORDEMOSECRETAAAAAAAAAAAA ;;
    admin) secret=HUBADMINDEMOSECRETAAAAAAAAAAAAAA ;;
    provider) secret=HUBPROVIDERDEMOSECRETAAAAAAAAAAA ;;
    provider2) secret=HUBPROVIDERTWODEMOSECRETAAAAAAAA ;;
    *) echo "usage: $0 agent|curator|admin|provider|provider2" >&2; exit 2 ;;
esac
java -cp "$(dirname "$0")/ejb/target/classes" org.globalhub.demo.TotpCode "$secret"
