#!/bin/sh
# Runs a test inside its own D-Bus session with a real Secret Service (gnome-keyring), unlocked
# with a throw-away password, in throw-away directories: the keychain code is tested against the
# service it talks to on a desktop, not a stand-in. Nothing of the user's keyring is touched.
#   with-keyring.sh PROGRAM [ARGS...]
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/data" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime"
export VITRINE_REAL_KEYCHAIN=1
exec dbus-run-session -- sh -c '
    printf %s vitrine-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
