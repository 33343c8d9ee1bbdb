#!/usr/bin/env bash
# Vitrine's one entry point for a fresh Debian bookworm machine.
#   scripts/dev.sh run      install what building and running need, build, start Vitrine on its
#                           embedded demo store
#   scripts/dev.sh test     the same plus the test tools, then the whole test suite through CTest
#                           (with CI set, a compiler warning is an error, and clang-tidy checks
#                           the sources after the tests: scripts/clang-tidy.sh, docs/testing.md)
#   scripts/dev.sh package  a release build and its Debian package (build/release/*.deb), checked
#                           with lintian
# All are idempotent: installed packages are skipped, the build is incremental. The packages are
# listed by purpose in scripts/debian-packages.txt.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

# install_packages SECTION...: the packages of those sections of scripts/debian-packages.txt.
install_packages() {
    local missing=() section="" wanted=" $* "
    while read -r pkg; do
        [[ -z "$pkg" || "$pkg" == \#* ]] && continue
        if [[ "$pkg" == \[*\] ]]; then
            section=${pkg//[\[\]]/}
            continue
        fi
        [[ "$wanted" == *" $section "* ]] || continue
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done < scripts/debian-packages.txt
    if ((${#missing[@]})); then
        echo "Installing: ${missing[*]}" >&2
        local sudo=""
        if [[ $(id -u) -ne 0 ]]; then
            if ! command -v sudo >/dev/null; then
                echo "These Debian packages are missing: ${missing[*]}" >&2
                echo "Install them as root (apt-get install ${missing[*]}), or install sudo, then run this again." >&2
                exit 1
            fi
            sudo="sudo"
        fi
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
    fi
}

# CI sets CI (to true): there a compiler warning fails the build. A local build keeps warnings as
# warnings, so that work in progress still compiles.
in_ci() { [[ -n "${CI:-}" && "${CI}" != false && "${CI}" != 0 ]]; }

build() {
    local preset=$1
    shift
    local werror=OFF
    in_ci && werror=ON
    cmake --preset "$preset" -DVITRINE_WERROR=$werror "$@" >/dev/null
    cmake --build --preset "$preset" -j "$(nproc)"
}

case "${1:-}" in
run)
    shift
    install_packages build run
    build dev
    exec ./build/dev/app/vitrine --demo "$@"
    ;;
test)
    shift
    install_packages build run test
    build dev
    # Each test chooses its platform: offscreen by default, a real X server (xvfb-run) for the
    # few that need one (real mouse drag and drop).
    QT_QPA_PLATFORM=offscreen ctest --preset dev -j "$(nproc)" "$@"
    # After the tests, so that a failing test is reported first; any finding fails the command.
    # CI checks the product's sources, not tests/: every file would take longer than CI's budget
    # allows (docs/testing.md has the figures).
    if in_ci; then
        scripts/clang-tidy.sh build/dev '!^tests/'
    fi
    ;;
package)
    shift
    install_packages build run package
    build release -DBUILD_TESTING=OFF
    (cd build/release && rm -f ./*.deb ./*.ddeb && cpack -G DEB)
    for ddeb in build/release/*.ddeb; do scripts/fix-dbgsym.sh "$ddeb"; done
    # Errors and warnings a Debian maintainer would have to fix fail the command.
    lintian --fail-on error,warning build/release/*.deb
    ls build/release/*.deb build/release/*.ddeb
    ;;
*)
    echo "usage: scripts/dev.sh run|test|package [args]" >&2
    exit 2
    ;;
esac
