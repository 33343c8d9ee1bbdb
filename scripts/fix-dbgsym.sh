#!/usr/bin/env bash
# Makes CPack's -dbgsym package what Debian's own tools (dh_strip) make, so lintian accepts it:
#   scripts/fix-dbgsym.sh PACKAGE-dbgsym_VERSION_ARCH.ddeb
# CMake 3.25's CPackDeb writes md5sums with absolute build-tree paths, leaves the .debug files
# executable and gives the package no documentation directory; a dbgsym package's doc directory
# is a link to its main package's (which it depends on, version for version).
set -euo pipefail
ddeb=$1
package=$(dpkg-deb -f "$ddeb" Package)
main=${package%-dbgsym}
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -R "$ddeb" "$root"
find "$root/usr/lib/debug" -type f -name '*.debug' -exec chmod 0644 {} +
mkdir -p "$root/usr/share/doc"
ln -sfn "$main" "$root/usr/share/doc/$package"
(cd "$root" && find usr -type f -printf '%P\n' | sort | sed 's|^|usr/|' | xargs md5sum) \
    >"$root/DEBIAN/md5sums"
dpkg-deb --root-owner-group -Zxz -b "$root" "$ddeb" >/dev/null
