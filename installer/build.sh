#!/bin/sh
# Build the packaged FrontDesk (dist/frontdesk/) with PyInstaller, then smoke-test it.
set -e
cd "$(dirname "$0")/.."
make .venv/.installed >/dev/null
.venv/bin/python -m pip install --quiet "pyinstaller>=6.10"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build installer/frontdesk.spec
echo "Built dist/frontdesk/frontdesk"
dist/frontdesk/frontdesk --version
