# Shared by restore-check.sh and deploy-proof.sh (source it): a server configuration's whole management model,
# read in WildFly's embedded (offline) server, as sorted lines that diff compares resource by resource.
#   model_dump JBOSS_HOME CONFIG_NAME DUMP [CLI files run first...]
# CONFIG_NAME is a file in JBOSS_HOME/standalone/configuration; the CLI files change it before it is read.
model_dump() {
    local home="$1" name="$2" dump="$3"; shift 3
    local session; session=$(mktemp)
    {
        echo "embed-server --std-out=discard --server-config=$name"
        for file in "$@"; do cat "$file"; echo; done
        echo "/:read-resource(recursive=true)"
        echo "stop-embedded-server"
    } > "$session"
    "$home/bin/jboss-cli.sh" --file="$session" > "$session.out" 2>&1 || {
        cat "$session.out"; echo "[model] the CLI failed on $name"; rm -f "$session" "$session.out"; return 1; }
    # The model of the last command: from the line that opens its result to the end.
    # A change before the read may leave "reload-required" in the reply's headers: not part of the model.
    awk '/"outcome" => "success",/ { buffer = "" } { buffer = buffer $0 "\n" } END { printf "%s", buffer }' \
        "$session.out" | grep -v '"response-headers" =>' | sed -E 's/^([[:space:]]*)\},$/\1}/' | sort > "$dump"
    rm -f "$session" "$session.out"
}
