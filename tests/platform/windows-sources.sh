#!/usr/bin/env bash
# The Windows-only sources (the session lock watcher, the clipboard's exclusion format) checked
# by a Windows compiler (MinGW-w64) against the Windows SDK headers: the Win32 calls, their
# types and constants. -fsyntax-only with this machine's Qt headers: nothing is linked.
# Usage: windows-sources.sh SOURCE_DIR QT_INCLUDE_DIRS(colon-separated). Exit 77 (skipped)
# when no MinGW-w64 compiler is installed.
set -euo pipefail
src=$1
IFS=: read -r -a qt_dirs <<<"$2"
cxx=$(command -v x86_64-w64-mingw32-g++-posix || command -v x86_64-w64-mingw32-g++ || true)
if [ -z "$cxx" ]; then
    echo "no MinGW-w64 C++ compiler (g++-mingw-w64-x86-64-posix): skipped"
    exit 77
fi
includes=()
for d in "${qt_dirs[@]}"; do
    includes+=("-I$d")
    case "$d" in */QtCore) includes+=("-I${d%/QtCore}/QtGui");; esac
done
status=0
for f in app/platform/WindowsSessionLockWatcher.cpp app/platform/SessionLockWatcher.cpp \
         ui/assisted/SensitiveClipboard.cpp; do
    echo "== $f"
    # Qt's own headers, made for Linux here, warn about dllimport: only our code is judged.
    if ! "$cxx" -std=c++17 -fsyntax-only -Wall -Wextra -Wno-attributes -Werror \
            -DQT_CORE_LIB -DQT_GUI_LIB "${includes[@]}" -I"$src" -I"$src/app" -I"$src/ui" "$src/$f"; then
        status=1
    fi
done
exit $status
