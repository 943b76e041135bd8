#!/usr/bin/env bash
# Installs the Debian 12 packages credplug builds and tests with, if any is
# missing.  Needs root (or sudo).  Safe to run again: it only acts when a
# package is missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config ca-certificates
  libjson-c-dev libcmocka-dev libcurl4-openssl-dev libsecret-1-dev libkeyutils-dev
  gnome-keyring dbus dbus-x11 libsecret-tools keyutils libglib2.0-bin pass gnupg
  nginx curl openssl python3 valgrind clang-14 libclang-rt-14-dev clang-format man-db groff-base hyperfine
  python3-urllib3 python3-dateutil python3-typing-extensions python3-certifi python3-pip python3-setuptools python3-wheel
)

missing=()
# The Node binding's tests need node >= 18 and npm; a node already on PATH
# (e.g. from nodesource) is kept, else Debian's nodejs 18 and npm 9.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "deps: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
