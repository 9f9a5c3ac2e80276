#!/usr/bin/env bash
# Installs what building, running and testing Citoyens needs. On Debian/Ubuntu it uses apt
# (as root, or through sudo); elsewhere it prints what to install and stops.
set -euo pipefail

APT_PACKAGES=(
    cmake ninja-build g++ pkg-config openssl ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-pdf-dev qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl1-mesa-dev libxkbcommon-dev libargon2-dev libcurl4-openssl-dev
    xvfb xauth dbus gnome-keyring libsecret-tools postgresql
)

missing=()
if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    for p in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    # The OpenAPI linter runs on Node; Debian's nodejs/npm only where no npx exists already
    # (a Node that bundles npm conflicts with Debian's npm package).
    if ! command -v npx >/dev/null 2>&1; then
        missing+=(nodejs npm)
    fi
    if [ ${#missing[@]} -gt 0 ]; then
        echo "citoyens: installation de ${missing[*]}"
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        export DEBIAN_FRONTEND=noninteractive
        $sudo apt-get update -qq
        $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
else
    cat >&2 <<MSG
citoyens: this is not a Debian/Ubuntu system; install these by hand and run again:
  Qt 6.4+ (Core, Gui, Widgets, Pdf, Network, Sql with SQLite and PostgreSQL drivers, HttpServer,
  Concurrent, Test, LinguistTools), QtKeychain for Qt 6, libargon2, libcurl, CMake 3.22+,
  Ninja, a C++17 compiler, OpenSSL (command line), Node.js with npx (for the OpenAPI lint),
  and, for the tests, PostgreSQL 15, D-Bus and gnome-keyring.
MSG
    exit 1
fi
