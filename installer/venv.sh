#!/usr/bin/env bash
# Creates .venv at the top of the checkout and installs deskapp into it (editable).
#   venv.sh          the app
#   venv.sh --test   the app and what its tests need
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x .venv/bin/python ]] || python3 -m venv .venv
extra=""
[[ "${1:-}" == "--test" ]] && extra="[test]"
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${extra}"
