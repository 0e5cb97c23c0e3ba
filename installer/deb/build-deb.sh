#!/bin/sh
# Wrap the PyInstaller bundle into a .deb for Debian and Ubuntu:
#   /opt/frontdesk/            the bundle (dist/frontdesk/)
#   /usr/bin/frontdesk         a symlink to /opt/frontdesk/frontdesk
#   /usr/share/applications/frontdesk.desktop, the icon in the hicolor theme (scalable)
# No maintainer scripts: dpkg's triggers refresh the menus and icon caches, and removal never
# touches anyone's data folder (~/.local/share/FrontDesk).
#   installer/deb/build-deb.sh [BUNDLE_DIR [OUT_DIR]]   (defaults: dist/frontdesk, dist)
# Prints the path of the .deb on its last line.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=$(cd "${1:-$root/dist/frontdesk}" && pwd)
out=${2:-$root/dist}
test -x "$bundle/frontdesk" || { echo "No bundle at $bundle: run installer/build.sh first" >&2; exit 1; }
version=$(python3 -c "import sys, tomllib; print(tomllib.load(open(sys.argv[1], 'rb'))['project']['version'])" "$root/pyproject.toml")
arch=$(dpkg --print-architecture)
maintainer=${MAINTAINER:-FrontDesk developers <frontdesk@example.org>}
stage=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-deb.XXXXXX")
trap 'rm -rf "$stage"' EXIT

mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/doc/frontdesk"
cp -a "$bundle" "$stage/opt/frontdesk"
ln -s /opt/frontdesk/frontdesk "$stage/usr/bin/frontdesk"
install -m 644 "$here/frontdesk.desktop" "$stage/usr/share/applications/frontdesk.desktop"
install -m 644 "$root/resources/frontdesk.svg" \
  "$stage/usr/share/icons/hicolor/scalable/apps/frontdesk.svg"
install -m 644 "$here/copyright" "$stage/usr/share/doc/frontdesk/copyright"
printf 'frontdesk (%s) unstable; urgency=medium\n\n  * Built from the FrontDesk source tree; its history is the change log.\n\n -- %s  %s\n' \
  "$version" "$maintainer" "$(date -R)" | gzip -9n > "$stage/usr/share/doc/frontdesk/changelog.gz"
# Debian's modes: folders 755, files 644 (shared libraries too), the program 755.
find "$stage/opt" "$stage/usr" -type d -exec chmod 755 {} +
find "$stage/opt" -type f -exec chmod 644 {} +
chmod 755 "$stage/opt/frontdesk/frontdesk"

size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
# The bundle's binaries need at least the C library they were built against.
glibc=$(dpkg-query -W -f='${source:Upstream-Version}' libc6)
depends="libc6 (>= $glibc), $("$root/scripts/debian-deps" depends)"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
    -e "s/@DEPENDS@/$depends/" -e "s|@MAINTAINER@|$maintainer|" \
    "$here/control.in" > "$stage/DEBIAN/control"
(cd "$stage" && find opt usr -type f -exec md5sum {} + | sort -k2 > DEBIAN/md5sums)
chmod 644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

mkdir -p "$out"
deb="$(cd "$out" && pwd)/frontdesk_${version}_${arch}.deb"
dpkg-deb --build --root-owner-group -Zxz -z${XZ_LEVEL:-6} "$stage" "$deb" >/dev/null
echo "$deb"
