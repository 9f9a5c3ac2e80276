# Shared by scripts/demo and scripts/test. Sourced, not run.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# configure_and_build BUILD_DIR [cmake args...]
configure_and_build() {
    local dir=$1
    shift
    cmake -S "$ROOT" -B "$dir" -G Ninja "$@" >/dev/null
    cmake --build "$dir" -j "$(nproc 2>/dev/null || echo 2)"
}

# make_dev_certificates DIR: a development CA and a server certificate for localhost signed
# by it, made once. The client trusts the CA with --ca-file; nothing ignores TLS errors.
make_dev_certificates() {
    local dir=$1
    mkdir -p "$dir"
    [ -f "$dir/server.pem" ] && [ -f "$dir/ca.pem" ] && return 0
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 -days 3650 \
        -subj "/CN=Citoyens development CA" -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 \
        -subj "/CN=localhost" -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
        >"$dir/server.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial \
        -days 825 -sha256 -extfile "$dir/server.ext" -out "$dir/server.pem" 2>/dev/null
    chmod 600 "$dir"/*.key
}

# wait_for_listen_line LOGFILE PID: prints the server's https URL once it listens.
wait_for_listen_line() {
    local log=$1 pid=$2 url=""
    for _ in $(seq 1 300); do
        url=$(sed -n 's/^citoyens-server listening on \(https\?:\/\/[^ ]*\).*/\1/p' "$log" | head -n 1)
        [ -n "$url" ] && { echo "$url"; return 0; }
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}
