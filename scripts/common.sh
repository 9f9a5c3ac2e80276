# Shared by scripts/demo and scripts/test. Sourced, not run.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Where each step writes its log (scripts/test: the build folder; scripts/demo: .demo/).
CITOYENS_LOGS=${CITOYENS_LOGS:-"${TMPDIR:-/tmp}/citoyens-logs"}

# run_step NAME HINT COMMAND [ARGS...]: runs COMMAND with its output in $CITOYENS_LOGS/NAME.log.
# On failure it says which step failed, shows the end of that log and the hint, and stops
# the script: nothing fails silently.
run_step() {
    local name=$1 hint=$2
    shift 2
    mkdir -p "$CITOYENS_LOGS"
    local log="$CITOYENS_LOGS/$name.log"
    echo "citoyens: $name (journal : $log)"
    "$@" >"$log" 2>&1 || step_failed "$name" "$?" "$log" "$hint"
}

# step_failed NAME EXIT_CODE LOG HINT: the failure report of run_step, for steps run otherwise.
step_failed() {
    {
        echo
        echo "citoyens: step '$1' FAILED (exit code $2). The end of its log, $3:"
        tail -n 40 "$3" 2>/dev/null | sed 's/^/  | /'
        echo "  Hint: $4"
    } >&2
    exit 1
}

# configure_and_build BUILD_DIR [cmake args...]
# With BUILD_TESTS_MATCHING=REGEX set, builds only what the tests ctest -R REGEX selects run.
configure_and_build() {
    local dir=$1
    shift
    local tag
    tag=$(basename "$dir")
    run_step "configure-$tag" \
        "CMake could not configure $dir: a missing package is named above (scripts/install-deps.sh installs them); by hand: cmake -S $ROOT -B $dir -G Ninja $*" \
        cmake -S "$ROOT" -B "$dir" -G Ninja "$@"
    local targets=()
    if [ -n "${BUILD_TESTS_MATCHING:-}" ]; then
        run_step "targets-$tag" \
            "cmake/TestExecutables.cmake could not list what the tests matching '$BUILD_TESTS_MATCHING' run in $dir" \
            cmake -DBUILD="$dir" -DREGEX="$BUILD_TESTS_MATCHING" -DOUT="$dir/test-executables.txt" \
            -P "$ROOT/cmake/TestExecutables.cmake"
        mapfile -t targets <"$dir/test-executables.txt"
        targets=(--target "${targets[@]}")
    fi
    run_step "build-$tag" \
        "the compiler's first error is above (search the log for 'error:'); by hand: cmake --build $dir ${targets[*]}" \
        cmake --build "$dir" -j "$(nproc 2>/dev/null || echo 2)" "${targets[@]}"
}

# make_dev_certificates DIR: a development CA and a server certificate for localhost signed
# by it, made once. The client trusts the CA with --ca-file; nothing ignores TLS errors.
make_dev_certificates() {
    local dir=$1
    mkdir -p "$dir"
    [ -f "$dir/server.pem" ] && [ -f "$dir/ca.pem" ] && return 0
    run_step certificates "the openssl command line (package openssl) must be installed; remove $dir and run again" \
        make_dev_certificates_now "$dir"
}

make_dev_certificates_now() {
    local dir=$1
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 -days 3650 \
        -subj "/CN=Citoyens development CA" -keyout "$dir/ca.key" -out "$dir/ca.pem" &&
        openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 \
            -subj "/CN=localhost" -keyout "$dir/server.key" -out "$dir/server.csr" &&
        printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
            >"$dir/server.ext" &&
        openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial \
            -days 825 -sha256 -extfile "$dir/server.ext" -out "$dir/server.pem" &&
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
