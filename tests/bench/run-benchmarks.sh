#!/usr/bin/env bash
# Benchmarks, reported as figures (not pass/fail): the reference server over TLS on
# loopback. Usage: tests/bench/run-benchmarks.sh [BUILD_DIR]   (default: build-ci)
# Needs wrk and curl (installed here when missing, on Debian/Ubuntu).
set -euo pipefail
source "$(dirname "$0")/../../scripts/common.sh"
BUILD=${1:-"$ROOT/build-ci"}
for tool in wrk curl; do
    command -v $tool >/dev/null || { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq $tool >/dev/null; }
done

WORK=$(mktemp -d /tmp/citoyens-bench.XXXXXX)
trap 'kill "$server_pid" 2>/dev/null || true; rm -rf "$WORK"' EXIT
make_dev_certificates "$WORK/tls"
"$BUILD/server/citoyens-server" --listen 127.0.0.1:0 --tls-cert "$WORK/tls/server.pem" \
    --tls-key "$WORK/tls/server.key" --db "sqlite:$WORK/bench.db" --data-dir "$WORK/up" \
    --mail-drop "$WORK/mail" --demo-data --log-level warning >"$WORK/server.log" 2>&1 &
server_pid=$!
url=$(wait_for_listen_line "$WORK/server.log" "$server_pid")
api="$url/api/v1"
ca=(--cacert "$WORK/tls/ca.pem")

echo "== citoyens-server $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, SQLite"
login_body='{"email":"marie.dupont@example.org","password":"Citoyens-2026!","remember":false}'
# Sign-in latency (Argon2id verification dominates): 10 sequential sign-ins.
times=()
for _ in $(seq 1 10); do
    t=$(curl -s -o /dev/null -w '%{time_total}' "${ca[@]}" -H 'Content-Type: application/json' \
        -d "$login_body" "$api/auth/login")
    times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "sign-in latency: median %.1f ms, max %.1f ms (n=%d)\n", a[int((NR+1)/2)]*1000, a[NR]*1000, NR}'

token=$(curl -s "${ca[@]}" -H 'Content-Type: application/json' -d "$login_body" "$api/auth/login" |
    sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "sign-in failed"; exit 1; }
echo "-- GET /health, 2 threads, 20 connections, 5 s (TLS keep-alive)"
wrk -t2 -c20 -d5s "$api/health" | grep -E 'Requests/sec|Latency|requests in'
echo "-- GET /me with a bearer token (token lookup + sliding expiry write)"
wrk -t2 -c20 -d5s -H "Authorization: Bearer $token" "$api/me" | grep -E 'Requests/sec|Latency|requests in'
echo "-- server RSS after the run: $(ps -o rss= -p "$server_pid" | awk '{printf "%.1f MB", $1/1024}')"
