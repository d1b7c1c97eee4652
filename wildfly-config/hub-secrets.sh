#!/usr/bin/env bash
# The Hub's one credential store for its secrets, and the key that seals secrets at rest (TOTP seeds).
#
#   wildfly-config/hub-secrets.sh JBOSS_HOME [--rotate] [CLI options]
#   wildfly-config/hub-secrets.sh JBOSS_HOME --seal-property NAME [CLI options]   (the value is read from stdin)
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
# --seal-property NAME sets the system property NAME (e.g. hub.db.password, which the Hub's datasources read) to
# a value typed or piped in, written into standalone.xml only as ${ENC::hub:...}: never on a command line (ps),
# never in clear in the configuration. Set it again the same way to change it; reload the server afterwards.
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
property=""
if [ "${1:-}" = "--seal-property" ]; then property="${2:?--seal-property needs a property name}"; shift 2; fi
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
if [ -n "$property" ]; then
    [[ "$property" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "[hub-secrets] not a property name: $property"; exit 1; }
    # IFS= and the || keep a value exactly as typed or piped, also without a final newline.
    if [ -t 0 ]; then
        IFS= read -r -s -p "Value of $property (not shown): " value || [ -n "$value" ]; echo
    else
        IFS= read -r value || [ -n "$value" ]
    fi
    [ -n "$value" ] || { echo "[hub-secrets] no value given"; exit 1; }
    case "$value" in *'"'*) echo "[hub-secrets] a value with a double quote cannot pass through the CLI"; exit 1;; esac
    case "$value" in [[:space:]]*|*[[:space:]]) echo "[hub-secrets] a value cannot start or end with a space"; exit 1;; esac
    # A backslash is unescaped twice on its way: by the properties file, then by the CLI's quoted string.
    printf 'hub.new.key=%s\n' "${value//\\/\\\\\\\\}" > "$work/key.properties"
    unset value
else
    printf 'hub.new.key=%s\n' "$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" > "$work/key.properties"
fi

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
/subsystem=elytron/expression=encryption:create-expression(resolver=hub, clear-text="\${hub.new.key}")
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

if [ -n "$property" ]; then
    cat > "$work/session.cli" <<EOF
if (outcome == success) of /system-property=$property:read-resource
    /system-property=$property:remove
end-if
/system-property=$property:add(value="$expression")
EOF
    run "$@"
    echo "[hub-secrets] system property $property set, sealed; reload the server"
    exit 0
fi
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
batch
$previous:add(binding-type=simple, value="$current")
$key:write-attribute(name=value, value="$expression")
run-batch
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
