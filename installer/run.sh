#!/usr/bin/env bash
# Install deskapp on a Debian/Ubuntu PC and start it on the embedded SQLite database.
# Arguments go to deskapp: `bash installer/run.sh --demo` opens the demo site instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/system-packages.sh
bash installer/venv.sh
exec .venv/bin/deskapp "$@"
