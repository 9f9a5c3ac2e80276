#!/usr/bin/env bash
# Installs what building, running and testing Citoyens needs. On Debian/Ubuntu it uses apt
# (as root, or through sudo); elsewhere it prints what to install and stops.
# A failing step says which one, shows the end of its log, and how to go on.
set -euo pipefail

APT_PACKAGES=(
    cmake ninja-build g++ lld pkg-config openssl ca-certificates tzdata
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-pdf-dev qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl1-mesa-dev libxkbcommon-dev libargon2-dev libcurl4-openssl-dev
    xvfb xauth dbus gnome-keyring libsecret-tools postgresql nginx
    g++-mingw-w64-x86-64-posix
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    cat >&2 <<MSG
citoyens: this is not a Debian/Ubuntu system; install these by hand and run again:
  Qt 6.4+ (Core, Gui, Widgets, Pdf, Network, Sql with SQLite and PostgreSQL drivers, HttpServer,
  Concurrent, Test, LinguistTools), QtKeychain for Qt 6, libargon2, libcurl, CMake 3.22+,
  Ninja, a C++17 compiler, OpenSSL (command line), Node.js with npx (for the OpenAPI lint),
  and, for the tests, PostgreSQL 15, nginx, D-Bus and gnome-keyring.
MSG
    exit 1
fi

missing=()
for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The OpenAPI linter runs on Node; Debian's nodejs/npm only where no npx exists already
# (a Node that bundles npm conflicts with Debian's npm package).
if ! command -v npx >/dev/null 2>&1; then
    missing+=(nodejs npm)
fi
[ ${#missing[@]} -gt 0 ] || exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "citoyens: ${missing[*]} are missing and this is not root (no sudo either)." >&2
        echo "  Hint: run as root, or install them: apt-get install ${missing[*]}" >&2
        exit 1
    fi
    sudo="sudo"
fi

log=$(mktemp /tmp/citoyens-apt.XXXXXX.log)
apt_failed() {
    echo "citoyens: step '$1' failed; the end of its log ($log):" >&2
    tail -n 25 "$log" | sed 's/^/  | /' >&2
    cat >&2 <<MSG
  Hint: apt must reach its mirrors (network, proxy, /etc/apt/sources.list) and no other apt
  may be running. By hand: ${sudo:+$sudo }apt-get update && ${sudo:+$sudo }apt-get install ${missing[*]}
MSG
    exit 1
}

# Installing nginx (or postgresql) starts its service from the package's postinst; nginx's
# default site would then listen on port 80. Nothing here wants a system service: the tests
# start their own private instances. A policy-rc.d that answers 101 ("action forbidden")
# keeps invoke-rc.d/deb-systemd-invoke from starting anything during this install; it is
# removed afterwards, and one that was already there (containers have one) is left alone.
policy=/usr/sbin/policy-rc.d
own_policy=""
if [ ! -e "$policy" ]; then
    $sudo sh -c "printf '#!/bin/sh\n# citoyens install-deps.sh: no service starts during this install\nexit 101\n' >$policy && chmod 755 $policy"
    own_policy=yes
fi
remove_policy() { [ -z "$own_policy" ] || $sudo rm -f "$policy"; }
trap remove_policy EXIT

echo "citoyens: installation de ${missing[*]} (journal : $log)"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >"$log" 2>&1 || apt_failed "apt-get update"
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$log" 2>&1 || apt_failed "apt-get install"

# Not at boot either, when we are the ones who installed it (systemd machines only).
if [[ " ${missing[*]} " == *" nginx "* ]] && [ -d /run/systemd/system ]; then
    $sudo systemctl disable --now nginx >>"$log" 2>&1 || true
fi
if [[ " ${missing[*]} " == *" nginx "* ]] && command -v ss >/dev/null 2>&1 && ss -Hltn 'sport = :80' | grep -q .; then
    echo "citoyens: warning: something listens on port 80 after installing nginx; the tests do not need it:" >&2
    echo "  Hint: systemctl disable --now nginx (or: nginx -s stop)" >&2
fi
rm -f "$log"
