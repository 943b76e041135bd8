#!/usr/bin/env bash
# with-keyring.sh [--locked] -- CMD [ARGS...]
#
# Runs CMD inside a private D-Bus session bus with a real gnome-keyring
# daemon (Secret Service component only) and a private, throw-away HOME.
#
#   default    the "login" collection exists and is unlocked (password "pw")
#   --locked   the collection is created, one item is stored in it
#              (service=credplug-locked profile=default field=api_key), and
#              it is locked again through the Secret Service Lock() call
#
# CMD sees DBUS_SESSION_BUS_ADDRESS, HOME, XDG_* pointing into the private
# tree, CP_KEYRING_LOCKED=0|1 and CP_KEYRING_TMP (scratch space).  The
# daemon is killed, the bus stopped and the tree removed whatever CMD does;
# CMD's exit status is returned.  Every wait is bounded.
set -euo pipefail

if [ "${1:-}" = "--inner" ]; then
	shift
	[ "${1:-}" = "--" ] && shift
	gk_pid=
	stop_daemon() {
		if [ -n "$gk_pid" ]; then
			kill "$gk_pid" 2>/dev/null || true
			wait "$gk_pid" 2>/dev/null || true
		fi
	}
	trap stop_daemon EXIT
	printf '%s' pw >"$CP_KEYRING_TMP/pw"
	gnome-keyring-daemon --foreground --unlock --components=secrets \
		<"$CP_KEYRING_TMP/pw" >"$CP_KEYRING_TMP/gk.log" 2>&1 &
	gk_pid=$!
	# Without this wait a second daemon is sometimes auto-started.
	if ! gdbus wait --session --timeout 10 org.freedesktop.secrets; then
		echo "with-keyring: gnome-keyring-daemon did not appear on the bus" >&2
		cat "$CP_KEYRING_TMP/gk.log" >&2 || true
		exit 1
	fi
	coll=/org/freedesktop/secrets/collection/login
	if [ "$CP_KEYRING_LOCKED" = 1 ]; then
		printf '%s' CANARY-LOCKED-5d1e0c77 |
			timeout 10 secret-tool store --label='credplug locked test' \
				service credplug-locked profile default field api_key
		timeout 10 gdbus call --session --dest org.freedesktop.secrets \
			--object-path /org/freedesktop/secrets \
			--method org.freedesktop.Secret.Service.Lock "['$coll']" >/dev/null
		state=$(timeout 10 gdbus call --session --dest org.freedesktop.secrets \
			--object-path "$coll" --method org.freedesktop.DBus.Properties.Get \
			org.freedesktop.Secret.Collection Locked)
		if [ "$state" != "(<true>,)" ]; then
			echo "with-keyring: could not lock $coll (got $state)" >&2
			exit 1
		fi
	fi
	rc=0
	"$@" || rc=$?
	exit "$rc"
fi

locked=0
while [ $# -gt 0 ]; do
	case "$1" in
	--locked) locked=1; shift ;;
	--) shift; break ;;
	*) break ;;
	esac
done
if [ $# -eq 0 ]; then
	echo "usage: with-keyring.sh [--locked] -- CMD [ARGS...]" >&2
	exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon gdbus secret-tool timeout; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "with-keyring: $tool not found; install dbus, gnome-keyring," \
			"libsecret-tools, libglib2.0-bin" >&2
		exit 1
	fi
done

tmp=$(mktemp -d /tmp/cp-keyring.XXXXXX)
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
mkdir -p "$tmp/home/.local/share" "$tmp/home/.config" "$tmp/home/.cache" "$tmp/run"
chmod 700 "$tmp/home" "$tmp/run"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" \
	XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache" \
	XDG_RUNTIME_DIR="$tmp/run" CP_KEYRING_TMP="$tmp" CP_KEYRING_LOCKED="$locked"
# Nothing may reach a desktop session or an outer keyring.
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK \
	DBUS_SESSION_BUS_ADDRESS

rc=0
timeout --kill-after=10 300 dbus-run-session -- "$BASH" "$0" --inner -- "$@" || rc=$?
exit "$rc"
