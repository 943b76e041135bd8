#!/usr/bin/env bash
# install-check.sh CASE BUILD SOURCE
#
# Installs BUILD (`cmake --install`) into a fresh prefix and runs what was
# installed with `env -i`: no LD_LIBRARY_PATH, no CREDPLUG_PROVIDER_DIR, no
# ldconfig.  Every prefix is created here (mode 0755, under /tmp) and
# removed on exit.  Cases:
#
#   runpath    RUNPATH of the command and of libcredplug-curl; the command
#              starts; a program linked only with -lcredplug-curl starts
#              (libcredplug is found through libcredplug-curl's RUNPATH);
#              no ldconfig for a prefix outside the loader's path
#   providers  the command lists the modules installed in PREFIX and uses
#              them (`headers` with DD_API_KEY); CREDPLUG_PROVIDER_DIR still
#              overrides
#   relocated  the installed tree moved elsewhere still finds its modules
#   plugin     examples/plugin/check.sh against the installed package
#   static     a program linked with libcredplug.a uses the provider directory
#              compiled in for the configured prefix; linked with the shared
#              library, the one beside it (pkg-config --static flags too)
#   ldconfig   `cmake --install --prefix /usr/local` runs ldconfig, and a
#              program linked with plain -lcredplug then starts; in a private
#              mount namespace (tmpfs on /usr/local, overlays on /etc and on
#              the loader's directories) so the machine is not touched
#
# Exit 0 pass, 1 fail, 77 skipped (ctest SKIP_RETURN_CODE).
set -euo pipefail
case=$1
build=$2
src=$3
version=${CP_VERSION:?}
libdir=${CP_LIBDIR:-lib} # CMAKE_INSTALL_LIBDIR, relative to the prefix
with_curl=${CP_WITH_CURL:-ON}
api_key=0123456789abcdef0123456789abcdef

work=$(mktemp -d /tmp/cp-install-test.XXXXXX)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

# expect NAME GOT WANT: exact comparison, both shown on failure.
expect() {
	[ "$2" = "$3" ] && return 0
	printf 'FAIL: %s\n--- got:\n%s\n--- want:\n%s\n' "$1" "$2" "$3" >&2
	exit 1
}

# install PREFIX: cmake --install BUILD into PREFIX; its output in $work.
install_to() {
	mkdir -p "$1"
	chmod 755 "$1"
	cmake --install "$build" --prefix "$1" >"$work/install.log" 2>&1 ||
		{ cat "$work/install.log" >&2; fail "cmake --install failed"; }
}

runpath_of() {
	readelf -d "$1" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]$/\1/p'
}

# run OUT ERR RC CMD...: CMD's stdout, stderr and exit status.
run() {
	local _o=$1 _e=$2 _r=$3 _rc=0
	shift 3
	"$@" >"$work/out" 2>"$work/err" || _rc=$?
	printf -v "$_o" '%s' "$(cat "$work/out")"
	printf -v "$_e" '%s' "$(cat "$work/err")"
	printf -v "$_r" '%s' "$_rc"
}

modules_listing() { # modules_listing DIR: `credplug providers`' second part
	local dir=$1 m state
	printf 'Installed in %s:' "$dir"
	for m in env explicit file http keyring process; do
		case $m in env | explicit | file | keyring) state="in chain    " ;;
		*) state="not in chain" ;;
		esac
		printf '\n  %-12s %s  %s/%s.so' "$m" "$state" "$dir" "$m"
	done
}

case_runpath() {
	local p=$work/prefix out err rc
	install_to "$p"
	grep -qxF -- "-- ldconfig: not run ($p/$libdir is not in the loader's search path)" \
		"$work/install.log" || { cat "$work/install.log" >&2; fail "ldconfig message"; }
	expect "RUNPATH of bin/credplug" "$(runpath_of "$p/bin/credplug")" '$ORIGIN/../'"$libdir"
	run out err rc env -i "$p/bin/credplug" --version
	expect "credplug --version (stdout)" "$out" "credplug $version (libcredplug $version)"
	expect "credplug --version (stderr)" "$err" ""
	expect "credplug --version (exit)" "$rc" 0
	[ "$with_curl" = ON ] || return 0
	expect "RUNPATH of libcredplug-curl" "$(runpath_of "$p/$libdir/libcredplug-curl.so")" '$ORIGIN'
	# Linked with libcredplug-curl only: libcredplug is its dependency, found
	# through its RUNPATH (the program's own RUNPATH does not apply to it).
	cat >"$work/curlonly.c" <<'C'
#include <stdio.h>
#include <credplug/curl.h>
int main(void)
{
	credplug_curl_slist_free_wipe(NULL);
	puts("curl adapter loaded");
	return 0;
}
C
	cc -std=c11 -Wall -Werror -I"$p/include" "$work/curlonly.c" -o "$work/curlonly" \
		-L"$p/$libdir" -Wl,--enable-new-dtags -Wl,-rpath,"$p/$libdir" -lcredplug-curl -lcurl
	grep -q 'NEEDED.*\[libcredplug.so' <<<"$(readelf -d "$work/curlonly")" &&
		fail "curlonly links libcredplug directly; the check needs it indirect"
	run out err rc env -i "$work/curlonly"
	expect "program linked with -lcredplug-curl (stdout)" "$out" "curl adapter loaded"
	expect "program linked with -lcredplug-curl (stderr)" "$err" ""
	expect "program linked with -lcredplug-curl (exit)" "$rc" 0
}

# check_providers PREFIX: the installed command finds PREFIX's modules.
check_providers() {
	local p=$1 dir=$1/$libdir/credplug/providers out err rc want
	run out err rc env -i "$p/bin/credplug" providers
	want="$(modules_listing "$dir")"
	expect "credplug providers (exit)" "$rc" 0
	expect "credplug providers (stderr)" "$err" ""
	expect "credplug providers: installed modules" "${out#*$'\n\n'}" "$want"
	grep -qxF "  2  file         $version    1   not_found     $dir/file.so" <<<"$out" ||
		fail "credplug providers: chain entry for file: $out"
	run out err rc env -i DD_API_KEY=$api_key "$p/bin/credplug" headers --auth apiKeyAuth
	expect "credplug headers (stdout)" "$out" "DD-API-KEY: $api_key"
	expect "credplug headers (stderr)" "$err" ""
	expect "credplug headers (exit)" "$rc" 0
}

case_providers() {
	local p=$work/prefix out err rc
	install_to "$p"
	check_providers "$p"
	# The override still wins (an absolute path, read with secure_getenv).
	mkdir -m 755 "$work/empty"
	run out err rc env -i CREDPLUG_PROVIDER_DIR="$work/empty" "$p/bin/credplug" providers
	expect "CREDPLUG_PROVIDER_DIR override (exit)" "$rc" 0
	expect "CREDPLUG_PROVIDER_DIR override" "${out#*$'\n\n'}" "Installed in $work/empty:
  (none)"
	grep -qxF "  2  file         -        -1  not_installed -" <<<"$out" ||
		fail "override: chain entry for file: $out"
}

case_relocated() {
	install_to "$work/a"
	mv "$work/a" "$work/moved"
	check_providers "$work/moved"
}

case_plugin() {
	install_to "$work/prefix"
	bash "$src/examples/plugin/check.sh" "$work/prefix" "$libdir"
}

# Linked with libcredplug.a the library cannot know where the program was
# installed: it uses the directory compiled in for the configured prefix
# (CP_CONFIGURED_PROVIDER_DIR), while the shared library of the same tree
# uses the one beside itself.
case_static() {
	local p=$work/prefix out err rc
	install_to "$p"
	cat >"$work/dir.c" <<'C'
#include <stdio.h>
#include <string.h>
#include <json-c/json.h>
#include <credplug/credplug.h>
int main(void)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx;
	struct json_object *doc, *cfg, *dir;
	char *ex = NULL;

	o.config_json = "{\"providers\": [{\"use\": \"env\"}]}";
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	if (credplug_ctx_new(&ctx, &o) != CREDPLUG_OK ||
	    credplug_explain_json(ctx, &ex) != CREDPLUG_OK)
		return 1;
	doc = json_tokener_parse(ex);
	if (!json_object_object_get_ex(doc, "config", &cfg) ||
	    !json_object_object_get_ex(cfg, "provider_dir", &dir))
		return 1;
	puts(json_object_get_string(dir));
	json_object_put(doc);
	credplug_free(ex);
	credplug_ctx_free(ctx);
	return 0;
}
C
	export PKG_CONFIG_PATH="$p/$libdir/pkgconfig"
	expect "pkg-config --static --libs" "$(pkg-config --static --libs credplug | sed "s/ *$//")" \
		"-L$p/$libdir -lcredplug -ldl -pthread -ljson-c"
	# shellcheck disable=SC2046
	cc -std=c11 -Wall -Werror "$work/dir.c" -o "$work/dir-static" $(pkg-config --cflags credplug) \
		"$p/$libdir/libcredplug.a" -ldl -pthread -ljson-c
	# shellcheck disable=SC2046
	cc -std=c11 -Wall -Werror "$work/dir.c" -o "$work/dir-shared" $(pkg-config --cflags --libs credplug) \
		-ljson-c -Wl,-rpath,"$p/$libdir"
	grep -q 'NEEDED.*\[libcredplug' <<<"$(readelf -d "$work/dir-static")" &&
		fail "dir-static links libcredplug.so"
	run out err rc env -i "$work/dir-static"
	expect "provider_dir, libcredplug.a" "$out" "${CP_CONFIGURED_PROVIDER_DIR:?}"
	expect "provider_dir, libcredplug.a (exit)" "$rc" 0
	run out err rc env -i "$work/dir-shared"
	expect "provider_dir, libcredplug.so" "$out" "$p/$libdir/credplug/providers"
	expect "provider_dir, libcredplug.so (exit)" "$rc" 0
}

# Overlay DIR (a private upper layer, in $work) in this mount namespace.
overlay() {
	local d=$1 n
	n=$(printf '%s' "$d" | tr / _)
	mkdir -p "$work/ov/$n/up" "$work/ov/$n/work"
	mount -t overlay overlay -o "lowerdir=$d,upperdir=$work/ov/$n/up,workdir=$work/ov/$n/work" "$d"
}

# Runs inside `unshare -m`: everything ldconfig may write is private.
ldconfig_inner() {
	local dirs d real roots=() r under out err rc
	mount --make-rprivate /
	mount -t tmpfs -o mode=755 tmpfs /usr/local
	# ldconfig writes /etc/ld.so.cache and may (re)make links in every
	# directory it scans: give each an upper layer of its own.
	dirs=$(ldconfig -v -N -X 2>/dev/null | sed -n 's/^\(\/[^:]*\):.*/\1/p')
	for d in /etc $dirs; do
		real=$(realpath -e "$d" 2>/dev/null) || continue
		case $real in /usr/local | /usr/local/*) continue ;; esac
		roots+=("$real")
	done
	while read -r r; do
		under=0
		for d in ${done_roots[@]+"${done_roots[@]}"}; do
			case $r in "$d"/*) under=1 ;; esac
		done
		[ $under = 1 ] && continue
		overlay "$r"
		done_roots+=("$r")
	done < <(printf '%s\n' "${roots[@]}" | sort -u)

	cmake --install "$build" --prefix /usr/local >"$work/install.log" 2>&1 ||
		{ cat "$work/install.log" >&2; fail "cmake --install --prefix /usr/local"; }
	grep -qxF -- "-- ldconfig: updated the loader cache for /usr/local/$libdir" "$work/install.log" ||
		{ cat "$work/install.log" >&2; fail "install did not run ldconfig"; }
	# (not `ldconfig -p | grep -q`: with pipefail, grep leaving early makes
	# ldconfig die of SIGPIPE and the pipeline fail)
	grep -qE "^\s+libcredplug\.so\.0 \(.*\) => /usr/local/$libdir/libcredplug\.so\.0\$" <<<"$(ldconfig -p)" ||
		fail "the loader cache has no /usr/local/$libdir/libcredplug.so.0"
	# No RUNPATH: found through the cache alone.
	cat >"$work/plain.c" <<'C'
#include <stdio.h>
#include <credplug/credplug.h>
int main(void)
{
	printf("libcredplug %s\n", credplug_version());
	return 0;
}
C
	cc -std=c11 -Wall -Werror -I/usr/local/include "$work/plain.c" -o "$work/plain" \
		-L/usr/local/$libdir -lcredplug
	run out err rc env -i "$work/plain"
	expect "program linked with plain -lcredplug (stdout)" "$out" "libcredplug $version"
	expect "program linked with plain -lcredplug (stderr)" "$err" ""
	expect "program linked with plain -lcredplug (exit)" "$rc" 0
	check_providers /usr/local
}

case_ldconfig() {
	if ! unshare -m --propagation private true 2>/dev/null; then
		echo "SKIP: no private mount namespace here (unshare -m failed)"
		exit 77
	fi
	CP_INSTALL_WORK=$work unshare -m --propagation private \
		bash "$0" ldconfig-inner "$build" "$src"
}

case $case in
runpath | providers | relocated | plugin | static | ldconfig) "case_$case" ;;
ldconfig-inner)
	rm -rf "$work"
	work=$CP_INSTALL_WORK
	trap - EXIT
	done_roots=()
	ldconfig_inner
	;;
*) fail "unknown case $case" ;;
esac
echo "ok: install.$case"
