#!/usr/bin/env bash
# Logs in to the running demo Hub as a demo user with curl (password, then the TOTP code) and prints the
# catalogue page's text. Usage: ./demo-catalogue.sh [agent|curator|admin] [https://localhost:8443/hub]
set -euo pipefail
cd "$(dirname "$0")"
user="${1:-agent}"
hub="${2:-https://localhost:8443/hub}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//' | head -1; }
nonce() { grep -o "PrimeFaces.csp.init('[^']*')" | sed "s/.*init('//; s/')$//" | head -1; }  # PrimeFaces CSP mode
submit() { # page form button field=value...
    local page=$1 form=$2 button=$3; shift 3
    local html; html=$(curl -ksS -c "$jar" -b "$jar" "$hub/$page")
    local args=(--data-urlencode "$form=$form" --data-urlencode "$form:$button=" \
        --data-urlencode "jakarta.faces.ViewState=$(state <<<"$html")" --data-urlencode "primefaces.nonce=$(nonce <<<"$html")")
    for field in "$@"; do args+=(--data-urlencode "$form:$field"); done
    curl -ksS -L -c "$jar" -b "$jar" "${args[@]}" "$hub/$page"
}
submit login.xhtml loginForm loginButton "email=$user@hub.example" "password=$user-demo-2026" >/dev/null
code=$(./demo-totp.sh "$user" | cut -d' ' -f1)
submit login-code.xhtml codeForm codeButton "code=$code" \
    | sed -e 's/<[^>]*>/ /g' -e 's/&amp;/\&/g' -e 's/[[:space:]]\+/ /g' | grep -v '^ *$' | fold -s -w 120
