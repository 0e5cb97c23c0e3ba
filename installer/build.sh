#!/bin/sh
# Build the packaged FrontDesk (dist/frontdesk/) with PyInstaller, then smoke-test it.
#   DIST=DIR BUILD=DIR installer/build.sh   puts the bundle in DIR/frontdesk (default dist/)
#                                           and PyInstaller's work files in build/
set -e
cd "$(dirname "$0")/.."
DIST=${DIST:-dist}
BUILD=${BUILD:-build}
make .venv/.installed >/dev/null
# PyInstaller reads what each binary links to with ldd and objdump (binutils).
command -v objdump >/dev/null 2>&1 || scripts/debian-deps package
.venv/bin/python -m pip install --quiet "pyinstaller>=6.10,<7"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath "$DIST" \
  --workpath "$BUILD" installer/frontdesk.spec
echo "Built $DIST/frontdesk/frontdesk"
"$DIST/frontdesk/frontdesk" --version
