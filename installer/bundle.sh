#!/usr/bin/env bash
# Builds the one-folder frozen app (dist/deskapp/) from installer/deskapp.spec and runs its self-check:
# the same spec Windows builds with (installer/build-windows.ps1). CI runs this after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x .venv/bin/python ]] || bash installer/venv.sh
.venv/bin/python -m pip install -q -e ".[build]"
rm -rf build/pyinstaller dist/deskapp
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller --distpath dist \
    installer/deskapp.spec
QT_QPA_PLATFORM=offscreen dist/deskapp/deskapp --self-check
du -sh dist/deskapp | awk '{print "bundle size: " $1}'
