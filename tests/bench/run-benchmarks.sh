#!/usr/bin/env bash
# Benchmarks, reported as figures (not pass/fail): citoyens-server over TLS on loopback, side by
# side with a bare Qt HttpServer (tests/bench/bench_bare_server.cpp) measured in the same run.
#
#   tests/bench/run-benchmarks.sh [BUILD_DIR] [POSTGRESQL_URL]      (default BUILD_DIR: build-bench)
#
# Builds BUILD_DIR as Release (server only; incremental), starts the bare server and
# citoyens-server (SQLite; also PostgreSQL when a URL is given — an empty database it may fill,
# e.g. postgresql://citoyens@127.0.0.1:5432/bench), creates a citizen with 50 beneficiaries
# through the API, then measures with wrk (2 threads, 20 connections, TLS keep-alive):
#   bare      the bare server's fixed 50-item list
#   me        GET /me
#   list      GET /me/beneficiaries (50 items)
#   304       GET /me/beneficiaries with If-None-Match: its ETag
# and the p99 of GET /me idle vs. while a paced client signs in 20 times per second.
# The machine may be shared and noisy: the runs are interleaved (bare, ours, bare, ours...), each
# of ours is divided by the mean of the two bare runs around it, and the table gives medians.
# Environment: BENCH_SECONDS (10), BENCH_ROUNDS (3), BENCH_SIGNIN_RATE (20), BENCH_JOBS (2).
# Needs wrk, curl and openssl (wrk and curl are installed when missing and running as root).
set -euo pipefail
source "$(dirname "$0")/../../scripts/common.sh"
BUILD=${1:-build-bench}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac
PG_URL=${2:-${CITOYENS_BENCH_PG_URL:-}}
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
ROUNDS=${BENCH_ROUNDS:-3}
SIGNIN_RATE=${BENCH_SIGNIN_RATE:-20}
JOBS=${BENCH_JOBS:-2}

for tool in wrk curl openssl; do
    if ! command -v $tool >/dev/null; then
        if [ "$(id -u)" -eq 0 ] && [ $tool != openssl ]; then
            apt-get install -y -qq $tool >/dev/null || { echo "cannot install $tool: apt-get install -y $tool" >&2; exit 1; }
        else
            echo "$tool is missing: apt-get install -y $tool" >&2
            exit 1
        fi
    fi
done

echo "== building $BUILD (Release, server only, -j$JOBS)"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCITOYENS_BUILD_CLIENT=OFF >/dev/null ||
    { echo "cmake configure failed: run it by hand to see why" >&2; exit 1; }
cmake --build "$BUILD" -j "$JOBS" --target citoyens-server bench_bare_server bench_paced_signin >"$BUILD/bench-build.log" 2>&1 ||
    { tail -n 30 "$BUILD/bench-build.log" >&2; echo "the build failed (log: $BUILD/bench-build.log)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/citoyens-bench.XXXXXX)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
make_dev_certificates "$WORK/tls"
ca=(--cacert "$WORK/tls/ca.pem")

wait_for_url() { # LOG PID NAME
    local url=""
    for _ in $(seq 1 300); do
        url=$(sed -n "s/^$3 listening on \(https:\/\/[^ ]*\).*/\1/p" "$1" | head -n 1)
        [ -n "$url" ] && { echo "$url"; return 0; }
        kill -0 "$2" 2>/dev/null || break
        sleep 0.1
    done
    echo "$3 did not start; its log:" >&2
    cat "$1" >&2
    return 1
}

"$BUILD/tests/bench/bench_bare_server" --tls-cert "$WORK/tls/server.pem" --tls-key "$WORK/tls/server.key" \
    >"$WORK/bare.log" 2>&1 &
pids+=($!)
bare_url=$(wait_for_url "$WORK/bare.log" "$!" bench_bare_server)/api/v1/bench/list

# start_server NAME DB_URL: starts citoyens-server with the default log level (info: one access
# log line per request, as deployed), its log in a file.
declare -A api spid
start_server() {
    mkdir -p "$WORK/$1"
    "$BUILD/server/citoyens-server" --listen 127.0.0.1:0 --tls-cert "$WORK/tls/server.pem" \
        --tls-key "$WORK/tls/server.key" --db "$2" --data-dir "$WORK/$1/data" \
        --mail-drop "$WORK/$1/mail" >"$WORK/$1/server.log" 2>&1 &
    pids+=($!)
    spid[$1]=$!
    api[$1]=$(wait_for_url "$WORK/$1/server.log" "$!" citoyens-server)/api/v1
}

PASSWORD='Banc-Essai-2026!'
declare -A token etag email
# prepare NAME: a citizen registered through the API (code read from the mail drop), signed in,
# with 50 beneficiaries.
prepare() {
    local a=${api[$1]} e="bench.$1.$RANDOM$RANDOM@example.org" code="" reply i
    curl -sf "${ca[@]}" -o /dev/null -H 'Content-Type: application/json' \
        -d "{\"email\":\"$e\",\"civility\":\"Mme\",\"firstName\":\"Bench\",\"lastName\":\"Mark\",\"password\":\"$PASSWORD\",\"acceptTerms\":true}" \
        "$a/auth/register" || { echo "$1: POST /auth/register failed" >&2; return 1; }
    for _ in $(seq 1 100); do
        code=$(cat "$WORK/$1/mail"/*.eml 2>/dev/null | sed -n 's/^Votre code : \([0-9]\{6\}\).*/\1/p' | tail -n 1)
        [ -n "$code" ] && break
        sleep 0.1
    done
    [ -n "$code" ] || { echo "$1: no registration code in the mail drop" >&2; return 1; }
    reply=$(curl -sf "${ca[@]}" -H 'Content-Type: application/json' -d "{\"email\":\"$e\",\"code\":\"$code\"}" \
        "$a/auth/register/verify") || { echo "$1: POST /auth/register/verify failed" >&2; return 1; }
    token[$1]=$(sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p' <<<"$reply")
    email[$1]=$e
    for i in $(seq 1 50); do
        curl -sf "${ca[@]}" -o /dev/null -H "Authorization: Bearer ${token[$1]}" -H 'Content-Type: application/json' \
            -d "{\"lastName\":\"Mark\",\"firstName\":\"Enfant $i\",\"birthDate\":\"2015-03-14\",\"relation\":\"Enfant\",\"schoolClass\":\"CE2\"}" \
            "$a/me/beneficiaries" || { echo "$1: POST /me/beneficiaries failed" >&2; return 1; }
    done
    etag[$1]=$(curl -sf "${ca[@]}" -D - -o "$WORK/$1/list.json" -H "Authorization: Bearer ${token[$1]}" \
        "$a/me/beneficiaries" | sed -n 's/^[Ee][Tt][Aa][Gg]: *\([^\r]*\).*/\1/p')
    local n
    n=$(grep -o '"firstName"' "$WORK/$1/list.json" | wc -l)
    [ "$n" -eq 50 ] && [ -n "${etag[$1]}" ] || { echo "$1: GET /me/beneficiaries gave $n items, ETag '${etag[$1]}'" >&2; return 1; }
    [ "$(curl -s "${ca[@]}" -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${token[$1]}" \
        -H "If-None-Match: ${etag[$1]}" "$a/me/beneficiaries")" = 304 ] || { echo "$1: no 304 for its ETag" >&2; return 1; }
}

backends=(sqlite)
start_server sqlite "sqlite:$WORK/sqlite/bench.db"
if [ -n "$PG_URL" ]; then
    backends+=(pg)
    start_server pg "$PG_URL"
fi
for b in "${backends[@]}"; do prepare "$b"; done

# wrk_run LABEL URL [wrk args...]: prints "RPS P99_MS" and keeps wrk's output; a run whose
# answers are not all 2xx/3xx, or that has socket errors, stops the benchmark (it would measure
# error pages).
run_no=0
wrk_run() {
    local label=$1 url=$2 out
    shift 2
    run_no=$((run_no + 1))
    out="$WORK/wrk-$run_no-$label.txt"
    # --timeout 10s: a slow answer is measured (and shows in the p99), not dropped.
    wrk -t2 -c20 -d"${SECONDS_PER_RUN}s" --timeout 10s --latency "$@" "$url" >"$out" 2>&1 ||
        { cat "$out" >&2; echo "wrk failed ($label)" >&2; exit 1; }
    if grep -q 'Non-2xx' "$out"; then
        cat "$out" >&2
        echo "wrk $label: error answers (the figures would measure error pages); see above" >&2
        exit 1
    fi
    grep -q 'Socket errors' "$out" && echo "   note: $label: $(grep 'Socket errors' "$out" | sed 's/^ *//')" >&2
    awk '/Requests\/sec/ {rps=$2}
         $1=="99%" {v=$2; u=v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
                    p99 = (u=="us") ? v/1000 : (u=="s") ? v*1000 : (u=="m") ? v*60000 : v}
         END {printf "%.1f %.2f\n", rps, p99}' "$out"
}

rps_of() { cut -d' ' -f1 <<<"$1"; }
p99_of() { cut -d' ' -f2 <<<"$1"; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

echo "== $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)," \
    "wrk -t2 -c20 -d${SECONDS_PER_RUN}s, $ROUNDS rounds, backends: ${backends[*]}"
declare -A samples ratios
for round in $(seq 1 "$ROUNDS"); do
    prev=$(rps_of "$(wrk_run bare "$bare_url")")
    samples[bare]+="$prev "
    for b in "${backends[@]}"; do
        a=${api[$b]}
        auth=(-H "Authorization: Bearer ${token[$b]}")
        for what in me list 304; do
            case $what in
            me) r=$(wrk_run "$b-me" "$a/me" "${auth[@]}") ;;
            list) r=$(wrk_run "$b-list" "$a/me/beneficiaries" "${auth[@]}") ;;
            304) r=$(wrk_run "$b-304" "$a/me/beneficiaries" "${auth[@]}" -H "If-None-Match: ${etag[$b]}") ;;
            esac
            next=$(rps_of "$(wrk_run bare "$bare_url")")
            samples[bare]+="$next "
            samples[$b-$what]+="$(rps_of "$r") "
            ratios[$b-$what]+="$(awk -v x="$(rps_of "$r")" -v p="$prev" -v n="$next" 'BEGIN {printf "%.4f", 2*x/(p+n)}') "
            prev=$next
        done
    done
    echo "   round $round/$ROUNDS done"
done

# p99 of GET /me, idle then under the paced sign-ins (same wrk settings), once per round.
declare -A p99idle p99load signin
for b in "${backends[@]}"; do
    a=${api[$b]}
    for round in $(seq 1 "$ROUNDS"); do
        idle=$(p99_of "$(wrk_run "$b-me-idle" "$a/me" -H "Authorization: Bearer ${token[$b]}")")
        "$BUILD/tests/bench/bench_paced_signin" --url "$a" --ca "$WORK/tls/ca.pem" --email "${email[$b]}" \
            --password "$PASSWORD" --rate "$SIGNIN_RATE" --seconds $((SECONDS_PER_RUN + 1)) \
            >"$WORK/signin-$b-$round.txt" 2>&1 &
        load_pid=$!
        sleep 0.5 # the paced load is running before wrk starts, and goes on until after it ends
        loaded=$(p99_of "$(wrk_run "$b-me-signins" "$a/me" -H "Authorization: Bearer ${token[$b]}")")
        wait "$load_pid" || { cat "$WORK/signin-$b-$round.txt" >&2; echo "$b: the paced sign-ins failed" >&2; exit 1; }
        p99idle[$b]+="$idle "
        p99load[$b]+="$loaded "
        ratios[$b-p99]+="$(awk -v l="$loaded" -v i="$idle" 'BEGIN {printf "%.4f", l/i}') "
        signin[$b]+="$(sed -n 's/.* rate=\([0-9.]*\)\/s.*/\1/p' "$WORK/signin-$b-$round.txt") "
    done
done

med() { tr ' ' '\n' <<<"$1" | grep -v '^$' | median; }
bare_rps=$(med "${samples[bare]}")
echo
printf '%-34s %12s %10s %10s  %s\n' "measure (medians)" "req/s" "× bare" "target" "met"
printf '%-34s %12.0f %10s %10s\n' "bare Qt HttpServer, 50-item list" "$bare_rps" "1.00" ""
verdict() { awk -v r="$1" -v t="$2" -v op="$3" 'BEGIN {print ((op==">=" ? r>=t : r<t) ? "yes" : "NO")}'; }
for b in "${backends[@]}"; do
    for what in me list 304; do
        case $what in
        me) label="GET /me" target=0.5 ;;
        list) label="GET /me/beneficiaries (50)" target=0.3 ;;
        304) label="GET /me/beneficiaries -> 304" target=0.5 ;;
        esac
        r=$(med "${ratios[$b-$what]}")
        printf '%-34s %12.0f %10.3f %10s  %s\n' "[$b] $label" "$(med "${samples[$b-$what]}")" "$r" "≥ $target" \
            "$(verdict "$r" "$target" ">=")"
    done
    r=$(med "${ratios[$b-p99]}")
    printf '%-34s %12s %10s %10s  %s\n' "[$b] GET /me p99 idle / signins" \
        "$(med "${p99idle[$b]}")/$(med "${p99load[$b]}")ms" "$(printf '%.2f×' "$r")" "< 5×" "$(verdict "$r" 5 "<")"
    printf '%-34s %12s/s (asked %s/s)\n' "[$b] sign-ins achieved" "$(med "${signin[$b]}")" "$SIGNIN_RATE"
done
echo
echo "per-run ratios:"
for k in $(printf '%s\n' "${!ratios[@]}" | sort); do echo "  $k: ${ratios[$k]}"; done
for b in "${backends[@]}"; do
    echo "[$b] server RSS after the runs: $(ps -o rss= -p "${spid[$b]}" | awk '{printf "%.1f MB", $1/1024}')"
done
