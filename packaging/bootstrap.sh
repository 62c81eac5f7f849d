#!/usr/bin/env bash
# Prepares this checkout on a fresh machine, and does nothing on the second run:
#  - as root on Debian/Ubuntu, the system libraries Qt needs (and Xvfb for real-window runs);
#  - a virtual environment in .venv with the application and its test tools.
# Sourced by packaging/launch.sh and tests/run.sh; safe to run by hand.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

debian_packages=(
  python3-venv
  # Qt's xcb and offscreen platforms, fontconfig, EGL/GL, D-Bus
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
  # PDF text and pictures for report checks
  poppler-utils
  # a real print queue for the printing test: CUPS with the cups-pdf printer
  cups printer-driver-cups-pdf
  # the bundle: PyInstaller reads and strips libraries with binutils; appstreamcli checks the
  # AppStream metainfo of packaging/linux
  binutils appstream
)
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
  missing=()
  for p in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "bootstrap: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null; }
  fi
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "bootstrap: Python 3.11 or newer is needed ($python is older)" >&2; exit 2; }
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip 2>/dev/null || true
fi
# Reinstall only when the project's metadata changed since the last install.
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q -e '.[test]' 2> >(grep -v "^WARNING: Location" >&2)
  rm -f .venv/.installed-*
  touch "$stamp"
fi
# The window's translations: .qm built from the .ts sources (build output, not in git).
.venv/bin/python packaging/update_translations.py --release
