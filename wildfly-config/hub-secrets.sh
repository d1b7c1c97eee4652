#!/usr/bin/env bash
# The Hub's one credential store for its secrets, and the key that seals secrets at rest (TOTP seeds).
#
#   wildfly-config/hub-secrets.sh JBOSS_HOME [--rotate] [CLI options]
#
# CLI options reach a running server as for any jboss-cli.sh call, e.g. --connect (local) or
# --connect --controller=remote+https://host:9993 --user=admin ; with --embedded [CONFIG.xml] the server must be
# stopped and its configuration file is changed directly (the build uses this).
#
# It makes, only where they are missing (run it again at any time: it changes nothing that exists):
#   - the Elytron secret-key credential store "hub-secrets" (file configuration/hub-secrets.cs, a random AES key);
#   - the expression resolver "hub" of /subsystem=elytron/expression=encryption, which decrypts ${ENC::hub:...};
#   - the JNDI binding java:global/hub/secret/at-rest-key: the Hub's own random 256-bit key, written into
#     standalone.xml only as an encrypted expression that the store's key opens.
# Back up configuration/hub-secrets.cs together with standalone.xml, apart from the database backups: without
# both, sealed secrets cannot be opened (every person would have to set up the authenticator app again).
# No script of the Hub ever deletes the store or the key (restore-hub.cli keeps them).
#
# --rotate makes a new key: the current one becomes java:global/hub/secret/at-rest-key-previous. Reload the
# server; the Hub re-seals every secret with the new key at start ("Secrets at rest: N re-sealed ... 0 left
# under the previous key" in hub.log); then the previous binding may be removed by hand:
#   /subsystem=naming/binding=java\:global\/hub\/secret\/at-rest-key-previous:remove
set -euo pipefail
home="${1:?usage: hub-secrets.sh JBOSS_HOME [--rotate] [--embedded [CONFIG.xml] | CLI options]}"
shift
rotate=false
if [ "${1:-}" = "--rotate" ]; then rotate=true; shift; fi
embedded=""
if [ "${1:-}" = "--embedded" ]; then
    embedded="embed-server --std-out=discard --server-config=${2:-standalone.xml}"
    shift $(( $# >= 2 ? 2 : 1 ))
fi
work=$(mktemp -d)
chmod 700 "$work"
trap 'rm -rf "$work"' EXIT
key='/subsystem=naming/binding=java\:global\/hub\/secret\/at-rest-key'
previous='/subsystem=naming/binding=java\:global\/hub\/secret\/at-rest-key-previous'

# The new key's clear text reaches the CLI in a file only this user reads, never on a command line (ps).
printf 'hub.new.key=%s\n' "$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" > "$work/key.properties"

cli() { # one CLI session over the commands in $work/session.cli
    { [ -z "$embedded" ] || echo "$embedded"; cat "$work/session.cli"; [ -z "$embedded" ] || echo "stop-embedded-server"; } \
        > "$work/run.cli"
    "$home/bin/jboss-cli.sh" "$@" --file="$work/run.cli" --properties="$work/key.properties"
}

cat > "$work/session.cli" <<'EOF'
if (outcome != success) of /subsystem=elytron/secret-key-credential-store=hub-secrets:read-resource
    /subsystem=elytron/secret-key-credential-store=hub-secrets:add(path=hub-secrets.cs, relative-to=jboss.server.config.dir, create=true, populate=true)
end-if
if (outcome != success) of /subsystem=elytron/expression=encryption:read-resource
    /subsystem=elytron/expression=encryption:add(resolvers=[{name=hub, credential-store=hub-secrets, secret-key=key}])
end-if
if (outcome != success) of /subsystem=elytron/expression=encryption:create-expression(resolver=hub, clear-text=probe)
    /subsystem=elytron/expression=encryption:list-add(name=resolvers, value={name=hub, credential-store=hub-secrets, secret-key=key})
end-if
EOF
cat >> "$work/session.cli" <<EOF
if (outcome == success) of $key:read-resource
    echo HUB-KEY-PRESENT
    $key:read-attribute(name=value)
end-if
/subsystem=elytron/expression=encryption:create-expression(resolver=hub, clear-text=\${hub.new.key})
EOF
run() { # the session, failing on any failed operation
    cli "$@" > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; echo "[hub-secrets] the CLI failed"; exit 1; }
    if grep -q '"outcome" => "failed"' "$work/out.txt"; then
        cat "$work/out.txt"; echo "[hub-secrets] the CLI failed"; exit 1
    fi
}
run --resolve-parameter-values "$@" # ${hub.new.key} from the file
expression=$(grep -o '\${ENC::hub:[^}]*}' "$work/out.txt" | tail -1)
current=$(grep -o '\${ENC::hub:[^}]*}' "$work/out.txt" | head -1)
[ -n "$expression" ] || { cat "$work/out.txt"; echo "[hub-secrets] no encrypted expression came back"; exit 1; }

if grep -q HUB-KEY-PRESENT "$work/out.txt" && [ "$rotate" = false ]; then
    echo "[hub-secrets] the credential store and the Hub's key exist: nothing changed"
    exit 0
fi
if [ "$rotate" = true ]; then
    grep -q HUB-KEY-PRESENT "$work/out.txt" || { echo "[hub-secrets] no key to rotate: run without --rotate"; exit 1; }
    cat > "$work/session.cli" <<EOF
if (outcome == success) of $previous:read-resource
    echo HUB-PREVIOUS-PRESENT
end-if
EOF
    run "$@"
    if grep -q HUB-PREVIOUS-PRESENT "$work/out.txt"; then
        echo "[hub-secrets] a previous key is still bound: let the Hub re-seal everything with the current key and"
        echo "              remove at-rest-key-previous first (see the top of this script)"
        exit 1
    fi
    cat > "$work/session.cli" <<EOF
$previous:add(binding-type=simple, value="$current")
$key:write-attribute(name=value, value="$expression")
EOF
else
    cat > "$work/session.cli" <<EOF
$key:add(binding-type=simple, value="$expression")
EOF
fi
run "$@"
if [ "$rotate" = true ]; then
    echo "[hub-secrets] new key bound; the previous one is at-rest-key-previous. Reload the server."
else
    echo "[hub-secrets] credential store and the Hub's key made (configuration/hub-secrets.cs: back it up)"
fi
