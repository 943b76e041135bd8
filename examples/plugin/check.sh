#!/usr/bin/env bash
# check.sh PREFIX [LIBDIR]: build this example against the credplug installed in
# PREFIX (CMake package), check it with the installed `credplug
# check-provider`, install it into that credplug's provider
# directory, then load it by name and by absolute path through a program
# built with pkg-config only, run with `env -i` (no LD_LIBRARY_PATH, no
# CREDPLUG_PROVIDER_DIR), and check the key it supplies is applied.
set -euo pipefail
prefix=$1
libdir=${2:-lib} # the package's CMAKE_INSTALL_LIBDIR
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/cp-plugin.XXXXXX)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
export PKG_CONFIG_PATH="$prefix/$libdir/pkgconfig"
providerdir=$(pkg-config --variable=providerdir credplug)
[ "$providerdir" = "$prefix/$libdir/credplug/providers" ] ||
  { echo "pkg-config providerdir: $providerdir, want $prefix/$libdir/credplug/providers"; exit 1; }

cmake -S "$here" -B "$work/build" -DCMAKE_PREFIX_PATH="$prefix" >"$work/configure.log"
grep -qxF -- "-- credplug provider directory: $providerdir" "$work/configure.log" ||
  { cat "$work/configure.log"; echo "CMake package: wrong CREDPLUG_PROVIDER_DIR"; exit 1; }
cmake --build "$work/build" >/dev/null
mod="$work/build/acme-vault.so"
syms=$(nm -D --defined-only "$mod" | awk '{print $3}' | grep -v '^$')
[ "$syms" = "credplug_provider_entry_v1" ] || { echo "plugin exports: $syms"; exit 1; }
# The author's loop (README.md): the installed command checks the module,
# by path and, once installed, by name.
for m in "$mod" acme-vault; do
  [ "$m" = acme-vault ] && cmake --install "$work/build" >/dev/null
  out=$(env -i ACME_KEY=acme-0123456789abcdef "$prefix/bin/credplug" check-provider "$m" \
          --options '{"key_from_env": "ACME_KEY"}') ||
    { printf '%s\n' "$out"; echo "check-provider $m failed"; exit 1; }
  printf '%s\n' "$out" | grep -qxF "[ ok ] values: 1 set (api_key), each accepted by the host's validation" ||
    { printf '%s\n' "$out"; echo "check-provider $m: no value checked"; exit 1; }
done
[ -f "$providerdir/acme-vault.so" ] || { echo "not installed in $providerdir"; exit 1; }

cat > "$work/use.c" <<'C'
#include <stdio.h>
#include <string.h>
#include <credplug/credplug.h>
int main(int argc, char **argv)
{
	char cfg[1024], err[512] = "";
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_request r = CREDPLUG_REQUEST_INIT;
	struct credplug_sink s;
	struct credplug_collect c;
	struct credplug_ctx *ctx;
	(void)argc;
	snprintf(cfg, sizeof cfg, "{\"providers\":[{\"use\":\"%s\",\"key_from_env\":\"ACME_KEY\"}]}", argv[1]);
	o.config_json = cfg; o.errbuf = err; o.errbuf_len = sizeof err;
	if (credplug_ctx_new(&ctx, &o)) { fprintf(stderr, "%s\n", err); return 1; }
	credplug_collect_sink(&s, &c);
	r.url = "https://api.datadoghq.com/api/v1/validate";
	r.auth = credplug_auth_parse("apiKeyAuth");
	int rc = credplug_apply(ctx, &r, &s);
	int ok = rc == 0 && c.count == 1 && strcmp(c.headers[0].name, "DD-API-KEY") == 0 &&
	         strcmp(c.headers[0].value, "acme-0123456789abcdef") == 0;
	printf("plugin: rc=%d headers=%zu %s\n", rc, c.count, ok ? "ok" : credplug_errmsg(ctx));
	credplug_collect_wipe(&c);
	credplug_ctx_free(ctx);
	return ok ? 0 : 1;
}
C
# What the README tells an application: pkg-config, plus a RUNPATH when the
# library is not in the loader's search path.
# shellcheck disable=SC2046
cc -std=c11 -Wall -Werror "$work/use.c" -o "$work/use" $(pkg-config --cflags --libs credplug) \
  -Wl,-rpath,"$(pkg-config --variable=libdir credplug)"
env -i ACME_KEY=acme-0123456789abcdef "$work/use" acme-vault
env -i ACME_KEY=acme-0123456789abcdef "$work/use" "$mod"
