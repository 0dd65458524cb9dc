#!/usr/bin/env bash
# Install deskapp with its test tools and run the checks and the whole test suite
# (SQLite and a throwaway PostgreSQL server, widgets offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/system-packages.sh --test
bash installer/venv.sh --test
.venv/bin/ruff check src tests bench
.venv/bin/mypy
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
