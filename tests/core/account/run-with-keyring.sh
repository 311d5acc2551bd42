#!/usr/bin/env bash
# Runs one test executable against a real Secret Service (recipe in shared/guides/qt-practices.md): a
# throw-away HOME, a private D-Bus session, gnome-keyring unlocked with a non-empty password (an empty one
# prompts, and writes then fail). Exits 77 when the tools are missing, which ctest reports as skipped
# (SKIP_RETURN_CODE): the test never passes without having run.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 <test-executable> [test arguments...]" >&2
  exit 2
fi

missing=()
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "SKIP: real-keychain test not run: ${missing[*]} not installed (apt-get install gnome-keyring dbus)"
  exit 77
fi

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/runtime"

# Everything the keyring or the test could touch stays below $home, away from the user's own keyring.
env -u DBUS_SESSION_BUS_ADDRESS -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION -u KDE_FULL_SESSION -u DISPLAY \
  HOME="$home" XDG_RUNTIME_DIR="$home/runtime" XDG_DATA_HOME="$home/.local/share" \
  XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" OSM_KEYRING_HARNESS=1 \
  dbus-run-session -- bash -c \
  'eval "$(printf %s test | gnome-keyring-daemon --unlock --components=secrets)"; exec "$@"' \
  keyring-harness "$@"
