#!/usr/bin/env bash
# Installs the Debian 12 packages OSM Desk needs to build, test and run, skipping those already present.
# Runs apt-get directly as root, through sudo otherwise.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  libqt6sql6-sqlite libxkbcommon-dev
  # Tests: a real Secret Service for the keychain test, and a display server for the window smoke test.
  gnome-keyring dbus dbus-daemon xvfb xauth
  # The install test validates the desktop entry, the AppStream metadata and the man page (help2man writes it);
  # packaging needs dpkg-shlibdeps.
  desktop-file-utils appstream dpkg-dev help2man
  # docs screenshots (scripts/screenshots.sh): drive and capture the app under Xvfb; a CJK font with Hangul.
  xdotool imagemagick fonts-wqy-microhei
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
