#!/usr/bin/env bash
# bench/startup.sh BUILD_DIR [RUNS]
#
# Start-up cost of `credplug headers` against `git credential fill` with
# git's store helper, side by side in one run (bench_startup alternates
# whole-process runs and reports CPU and wall medians and their ratio).
#
#   credplug: DD_API_KEY set, no config (the default chain explicit, env,
#             file, keyring), `credplug headers --auth apiKeyAuth`
#   git:      `printf 'protocol=https\nhost=example.com\n\n' |
#             git credential fill`, credential.helper=store and a one-line
#             ~/.git-credentials
#
# Both run in one throw-away HOME with a minimal environment, in up to
# three settings: no session bus (a server, a container), a session bus
# without a Secret Service (dbus-run-session; a systemd user bus), and a
# real gnome-keyring on a private bus (tests/keyring/with-keyring.sh: the
# keyring provider really asks it, for the fields env did not supply).
# Build BUILD_DIR with -DCMAKE_BUILD_TYPE=Release; RUNS defaults to 200.
set -euo pipefail

build=$(cd "${1:?usage: startup.sh BUILD_DIR [RUNS]}" && pwd)
runs=${2:-200}
src=$(cd "$(dirname "$0")/.." && pwd)
driver=${BENCH_STARTUP:-$build/bench/bench_startup} # another build's: compare
cli=$build/cli/credplug
for f in "$driver" "$cli" "$build/providers/keyring.so"; do
	[ -x "$f" ] || { echo "startup.sh: $f missing; build $build first" >&2; exit 1; }
done

tmp=$(mktemp -d /tmp/credplug-startup.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
home=$tmp/home
mkdir -p "$home"
chmod 700 "$home"
printf 'protocol=https\nhost=example.com\n\n' >"$tmp/git-in"
key=0123456789abcdef0123456789abcdef

# Only what both commands need; no config file, no outer bus or keyring.
run_env() {
	env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$home" LANG=C \
		GIT_CONFIG_NOSYSTEM=1 DD_API_KEY=$key \
		CREDPLUG_PROVIDER_DIR="$build/providers" \
		${DBUS_SESSION_BUS_ADDRESS:+DBUS_SESSION_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS} \
		"$@"
}

run_env git config --global credential.helper store
printf 'https://bench:git-store-secret@example.com\n' >"$home/.git-credentials"
chmod 600 "$home/.git-credentials"

# Each command must do its job before it is timed.
check() {
	local out
	out=$(run_env git credential fill <"$tmp/git-in")
	grep -qx 'password=git-store-secret' <<<"$out" ||
		{ echo "startup.sh: git credential fill did not answer: $out" >&2; exit 1; }
	out=$(run_env "$cli" headers --auth apiKeyAuth)
	[ "$out" = "DD-API-KEY: $key" ] ||
		{ echo "startup.sh: credplug headers printed: $out" >&2; exit 1; }
	run_env "$cli" explain | grep -q '^config:  none (default)' ||
		{ echo "startup.sh: credplug found a config file; not the default chain" >&2; exit 1; }
}

race() { # race TITLE
	echo "== $1"
	check
	run_env "$driver" -n "$runs" -w 5 \
		"$tmp/git-in" git credential fill -- \
		/dev/null "$cli" headers --auth apiKeyAuth
	echo "   keyring: $(run_env "$cli" explain | sed -n '/#3 keyring/,/message/p' |
		sed -n 's/^ *status: *//p')"
}

if [ "${STARTUP_INNER:-}" = 1 ]; then
	race "$STARTUP_TITLE"
	exit 0
fi

echo "credplug $("$cli" --version | head -1); $(git --version); $runs runs each, alternating"
echo "A = git credential fill (store helper), B = credplug headers (DD_API_KEY, default chain)"
unset DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR
race "no session bus"
if command -v dbus-run-session >/dev/null; then
	STARTUP_INNER=1 STARTUP_TITLE="session bus, no Secret Service" \
		dbus-run-session -- "$BASH" "$0" "$build" "$runs" 2> >(grep -v "fd limit" >&2)
fi
if command -v gnome-keyring-daemon >/dev/null; then
	STARTUP_INNER=1 STARTUP_TITLE="session bus with gnome-keyring (Secret Service asked)" \
		"$src/tests/keyring/with-keyring.sh" -- "$BASH" "$0" "$build" "$runs" 2> >(grep -v "fd limit" >&2)
fi
