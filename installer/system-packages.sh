#!/usr/bin/env bash
# The Debian/Ubuntu packages deskapp needs, installed only where missing.
#   system-packages.sh          what the app needs to show its window (Qt's libraries, a CJK font)
#   system-packages.sh --test   also what the tests need (a PostgreSQL server, poppler for PDF checks)
set -euo pipefail

packages=(
  # Qt 6 (PySide6 wheels) on X11 or offscreen
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libdbus-1-3 libcups2
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-xinerama0 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0
  # Chinese on screen (printouts embed their own font from resources/)
  fonts-wqy-microhei
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(postgresql poppler-utils)
fi
if ! python3 -c "import venv, ensurepip" 2>/dev/null; then
  packages+=(python3-venv python3-pip)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian/Ubuntu system: install the equivalents of ${packages[*]} yourself." >&2
  exit 0
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
