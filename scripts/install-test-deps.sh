#!/usr/bin/env bash
# Installs the system packages the build and the tests need on a fresh Debian machine:
# SQLite's headers for the build, and for the browser tests (scripts/browser-tests.sh)
# Chromium, its WebDriver and Python's venv. Safe to run again: it installs only what is missing.
set -euo pipefail

packages=(libsqlite3-dev chromium chromium-driver python3-venv)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    SUDO=""
    [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
