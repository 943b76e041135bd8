/*
 * credplug check-provider against mock modules that each break one rule
 * of the plugin ABI (mods/mod.c): the real command runs the real checker,
 * which must name that rule with the exact line, exit 1, and finish in
 * bounded time even when the module blocks or crashes.  The modules are
 * mocks because no real module breaks these rules on purpose.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>

#include "ck_util.h"
#include "cp_test.h"

#define VALUE   "ckmock-0123456789abcdef"
#define OPTIONS "{\"value\": \"" VALUE "\"}"
#define FIX_EXPORT                                                             \
	"export only the entry: build with -fvisibility=hidden "               \
	"(CREDPLUG_PROVIDER_ENTRY marks the entry) or link with a version "    \
	"script { global: credplug_provider_entry_v1; local: *; }"
#define FIX_DEADLINE                                                           \
	"a module must return by host->remaining_ms(): bound every wait by "   \
	"it and return CREDPLUG_PS_TIMED_OUT"
#define FIX_MESSAGE                                                            \
	"never write a value into a message or note; name where it came "      \
	"from (variable, path, item) or mask it as ****"
#define FAILED_SUMMARY "the module does not keep the contract"

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static const char *real(const char *path)
{
	static char buf[PATH_MAX];

	assert_non_null(realpath(path, buf));
	return buf;
}

/* Runs the checker on mock NAME with the working options. */
static void check_mod(struct cp_env *e, struct cp_run *r, const char *name,
                      int want_status)
{
	CK_RUN(e, r, ck_mod(name), "--options", OPTIONS);
	if (r->status != want_status)
		fail_msg("exit %d, want %d:\n%s\nstderr:\n%s", r->status,
		         want_status, r->out, r->err);
	/* the checker never shows a value the module set */
	assert_null(strstr(r->out, VALUE));
	assert_null(strstr(r->err, VALUE));
}

static void good_module_passes(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "good", 0);
	ck_assert_no_fail(&r);
	ck_assert_line(&r, "[ ok ] exports: only credplug_provider_entry_v1");
	ck_assert_line(&r,
	               "[ ok ] descriptor: name \"mock\", version \"1.0.0\", "
	               "summary \"a module for the checker's tests\"");
	ck_assert_line(&r, "[ ok ] capabilities: store and erase, both "
	                   "implemented");
	ck_assert_line(&r, "[ ok ] options: the host refuses an undeclared key "
	                   "(\"credplug_check_undeclared\")");
	ck_assert_line(&r, "[ ok ] leaks: 1000 create/destroy cycles: heap +# "
	                   "bytes (allowed: 8192), no file descriptor or "
	                   "thread left behind");
	ck_assert_line(&r,
	               "[ ok ] resolve: returned found in # ms (deadline 50 "
	               "ms, slack 200 ms)");
	ck_assert_line(&r,
	               "[ ok ] messages: resolve's message and 0 notes hold "
	               "no value and nothing shaped like one");
	ck_assert_line(&r,
	               "[ ok ] values: 1 set (api_key), each accepted by the "
	               "host's validation");
	ck_assert_line(&r,
	               "[ ok ] store: store(app_key) returns ok (it went to "
	               "mock memory) and resolve then finds the value "
	               "stored");
	ck_assert_line(&r, "[ ok ] erase: erase(app_key) returns ok, resolve "
	                   "then no longer finds it, and erasing it again "
	                   "returns not_found");
	ck_assert_line(&r, "# ok, 0 failed, 0 skipped: the module keeps the "
	                   "contract as far as these checks see");
}

static void extra_export(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "extra_export", 1);
	ck_assert_line(&r, "[FAIL] exports: acme_helper besides "
	                   "credplug_provider_entry_v1: " FIX_EXPORT);
	assert_int_equal(ck_count(&r, "[FAIL]"), 1);
}

static void wrong_size(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "wrong_size", 1);
	ck_assert_line(&r, "[FAIL] descriptor: struct_size is 40, less than 88 "
	                   "(the descriptor of ABI 1.0): set .struct_size = "
	                   "sizeof(struct credplug_provider_v1)");
	ck_assert_linef(&r,
	                "[FAIL] host: the host refuses it: %s: descriptor is "
	                "too short (40 bytes, need 88)",
	                real(ck_mod("wrong_size")));
	ck_assert_line(&r, "[skip] create: the host does not load it");
	assert_int_equal(ck_count(&r, "[FAIL]"), 2);
}

static void abi_major(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "abi_major", 1);
	ck_assert_line(&r,
	               "[FAIL] descriptor: abi_major is 2, this host speaks "
	               "ABI 1: set .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR");
	ck_assert_linef(&r,
	                "[FAIL] host: the host refuses it: %s: descriptor is "
	                "for ABI 2, this host speaks ABI 1",
	                real(ck_mod("abi_major")));
	assert_int_equal(ck_count(&r, "[FAIL]"), 2);
}

static void summary_not_one_line(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "bad_summary", 1);
	ck_assert_line(&r,
	               "[FAIL] descriptor: summary holds a byte that is not "
	               "printable ASCII: set .summary to one line of "
	               "printable ASCII (at most 200 bytes)");
	assert_int_equal(ck_count(&r, "[FAIL]"), 1);
}

static void option_is_chain_key(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "chain_key", 1);
	ck_assert_line(&r, "[FAIL] options: option_keys holds a chain key, "
	                   "which the host reads itself (\"timeout_ms\")");
	assert_int_equal(ck_count(&r, "[FAIL]"), 1);
}

/* A module that never returns is killed and named; the check ends. */
static void ignores_deadline(void **state)
{
	struct cp_run r;
	int64_t t0 = now_ms();

	check_mod(*state, &r, "blocks", 1);
	assert_true(now_ms() - t0 < 15000);
	ck_assert_line(&r,
	               "[FAIL] resolve: resolve() with a 50 ms deadline did "
	               "not return within 1250 ms; killed it: " FIX_DEADLINE);
	ck_assert_line(&r, "[skip] threads: resolve does not return in time "
	                   "with a status of the ABI");
	ck_assert_line(&r, "[skip] store: resolve does not return in time with "
	                   "a status of the ABI");
	assert_int_equal(ck_count(&r, "[FAIL]"), 1);
}

static void returns_late(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "late", 1);
	ck_assert_line(&r,
	               "[FAIL] resolve: returned found after # ms, past its "
	               "50 ms deadline and 200 ms of slack: " FIX_DEADLINE);
}

static void echoes_value(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "echo", 1);
	ck_assert_line(&r, "[FAIL] messages: resolve's message repeats the "
	                   "api_key value set in the same call: " FIX_MESSAGE);
	assert_int_equal(ck_count(&r, "[FAIL]"), 1);
}

/* Part of a value is caught too, and the checker does not show it. */
static void echoes_part_of_value(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "piece", 1);
	assert_null(strstr(r.out, "ckmock-012"));
	ck_assert_line(&r,
	               "[FAIL] messages: resolve's message holds 10 bytes of "
	               "the api_key value set in the same call: " FIX_MESSAGE);
	ck_assert_line(&r,
	               "[ ok ] resolve: returned found in # ms (deadline 50 "
	               "ms, slack 200 ms): \"(not shown: it holds part of a "
	               "value)\"");
	assert_int_equal(ck_count(&r, "[FAIL]"), 1);
}

static void store_echoes_value(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "store_echo", 1);
	ck_assert_line(&r,
	               "[FAIL] messages: store's message repeats the app_key "
	               "value it was asked to store: " FIX_MESSAGE);
	assert_int_equal(ck_count(&r, "[FAIL]"), 1);
}

/* A create that fails with a credential option in its message: the
 * checker shows it masked, and fails it. */
static void create_echoes_option(void **state)
{
	struct cp_run r;

	CK_RUN(*state, &r, ck_mod("create_echo"), "--options",
	       "{\"token\": \"" VALUE "\"}");
	assert_int_equal(r.status, 1);
	assert_null(strstr(r.out, VALUE));
	ck_assert_line(&r,
	               "[FAIL] create: returned unavailable: mock: cannot "
	               "log in with ****; give --options under which it can "
	               "be created");
	ck_assert_line(&r,
	               "[FAIL] messages: create's message repeats the token "
	               "value (a credential option): never write a "
	               "credential into a message");
	assert_int_equal(ck_count(&r, "[FAIL]"), 2);
}

/* Two instances at once break what one alone does. */
static void shares_state(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "shared", 1);
	ck_assert_line(&r, "[FAIL] threads: resolving on two threads at once "
	                   "returned error where one call alone returns found: "
	                   "instances must not share unguarded state");
	assert_int_equal(ck_count(&r, "[FAIL]"), 1);
}

/* A data race fails the threads check where the checker has race
 * detection (a ThreadSanitizer build), and passes where it has none. */
static void races_on_global(void **state)
{
	struct cp_run r;

#ifdef __SANITIZE_THREAD__
	/* The checker must go on after TSan's report to say so: a run with
	 * halt_on_error=1 (scripts/test.sh) would stop it at the race. */
	char *saved =
	        getenv("TSAN_OPTIONS") ? strdup(getenv("TSAN_OPTIONS")) : NULL;

	setenv("TSAN_OPTIONS", "halt_on_error=0", 1);
	check_mod(*state, &r, "racy", 1);
	if (saved != NULL)
		setenv("TSAN_OPTIONS", saved, 1);
	else
		unsetenv("TSAN_OPTIONS");
	free(saved);
	ck_assert_line(&r,
	               "[FAIL] threads: ThreadSanitizer reported a data "
	               "race # time(s) while two instances resolved at once "
	               "(the reports are on standard error): guard what "
	               "instances share");
	assert_non_null(strstr(r.err, "WARNING: ThreadSanitizer: data race"));
#else
	check_mod(*state, &r, "racy", 0);
	ck_assert_line(&r,
	               "[ ok ] threads: two instances, each on its own "
	               "thread, resolved 10 times at once and returned "
	               "found as one call alone does (or "
	               "timed_out/unavailable; one instance is never called "
	               "on two threads at once, by the host nor here; data "
	               "races show only in a ThreadSanitizer build of the "
	               "checker and the module)");
#endif
}

static void target_holds_value(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "target_echo", 1);
	ck_assert_line(&r, "[FAIL] messages: store's set_target() locator or "
	                   "profile repeats the app_key value it was asked to "
	                   "store: say where the value went, never what it is");
	ck_assert_line(&r,
	               "[ ok ] store: store(app_key) returns ok (it went to "
	               "mock memory, now ****) and resolve then finds the "
	               "value stored");
	assert_int_equal(ck_count(&r, "[FAIL]"), 1);
}

static void leaks_per_create(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "leak", 1);
	ck_assert_line(&r,
	               "[FAIL] leaks: the heap grew by # bytes over 1000 "
	               "create/destroy cycles (# per cycle; allowed: 8192 in "
	               "all): destroy() must free what create() allocated");
	assert_int_equal(ck_count(&r, "[FAIL]"), 1);
}

static void bad_status_number(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "bad_status", 1);
	ck_assert_line(&r,
	               "[FAIL] resolve: returned 42, not a status of the ABI "
	               "(CREDPLUG_PS_FOUND 0 to CREDPLUG_PS_UNCHANGED 7): "
	               "return a CREDPLUG_PS_* value");
	ck_assert_line(&r, "[skip] threads: resolve does not return in time "
	                   "with a status of the ABI");
	assert_int_equal(ck_count(&r, "[FAIL]"), 1);
}

static void null_function(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "null_resolve", 1);
	ck_assert_line(&r,
	               "[FAIL] descriptor: resolve is NULL: create, destroy "
	               "and resolve are required");
	ck_assert_linef(&r,
	                "[FAIL] host: the host refuses it: %s: descriptor "
	                "lacks a required function",
	                real(ck_mod("null_resolve")));
	assert_int_equal(ck_count(&r, "[FAIL]"), 2);
}

static void store_declared_missing(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "store_missing", 1);
	ck_assert_line(&r, "[FAIL] capabilities: CREDPLUG_CAP_STORE is set but "
	                   "store is NULL: set .store or clear the bit");
	ck_assert_linef(&r,
	                "[FAIL] host: the host refuses it: %s: descriptor "
	                "claims store/erase without the function",
	                real(ck_mod("store_missing")));
	assert_int_equal(ck_count(&r, "[FAIL]"), 2);
}

static void imports_host_api(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "imports_host", 1);
	ck_assert_line(&r,
	               "[FAIL] imports: credplug_version (binds to the host "
	               "program): a module binds only to the libraries it "
	               "links: never to the host's API (use the services "
	               "table) nor to whatever else the host process "
	               "loaded; link what it uses and build with "
	               "-Wl,--no-undefined");
	assert_int_equal(ck_count(&r, "[FAIL]"), 1);
}

static void value_refused(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "bad_value", 1);
	ck_assert_line(&r,
	               "[FAIL] values: the host refuses the api_key value "
	               "set: it has leading or trailing whitespace; set "
	               "values as the API takes them (no control "
	               "characters, no surrounding whitespace, at most 4096 "
	               "bytes)");
}

static void crashes(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "crash", 1);
	ck_assert_line(&r, "[FAIL] resolve: the module crashed (signal 4, "
	                   "Illegal instruction) in resolve() with a 50 ms "
	                   "deadline");
	assert_int_equal(ck_count(&r, "[FAIL]"), 1);
}

static void prints_to_stdout(void **state)
{
	struct cp_run r;

	check_mod(*state, &r, "prints", 1);
	assert_null(strstr(r.out, "debug: resolving"));
	ck_assert_line(&r,
	               "[FAIL] stdout: the module wrote # bytes to standard "
	               "output: a module never prints (the host's standard "
	               "output may be its data, as with credplug headers)");
	assert_int_equal(ck_count(&r, "[FAIL]"), 1);
}

/* The host's path checks, with the exact fix. */
static void path_group_writable(void **state)
{
	struct cp_env *e = *state;
	char dir[400], mod[500], cmd[1200];
	struct cp_run r;

	snprintf(dir, sizeof(dir), "%s/mods", e->dir);
	snprintf(mod, sizeof(mod), "%s/good.so", dir);
	snprintf(cmd, sizeof(cmd), "mkdir -p '%s' && cp '%s' '%s'", dir,
	         ck_mod("good"), mod);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(chmod(dir, 0775), 0);
	CK_RUN(e, &r, mod);
	assert_int_equal(r.status, 1);
	ck_assert_linef(&r,
	                "[FAIL] path: directory %s: writable by its group "
	                "(mode 0775); run: chmod go-w %s (the host loads no "
	                "module that someone else could replace)",
	                dir, dir);
	ck_assert_line(&r, "[skip] load: the host loads no module from that "
	                   "path");
	assert_int_equal(chmod(dir, 0755), 0);
	CK_RUN(e, &r, mod);
	assert_int_equal(r.status, 0);
}

static void path_file_owner_and_mode(void **state)
{
	struct cp_env *e = *state;
	char mod[400], cmd[1000];
	struct cp_run r;

	snprintf(mod, sizeof(mod), "%s/theirs.so", e->dir);
	snprintf(cmd, sizeof(cmd), "cp '%s' '%s'", ck_mod("good"), mod);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(chmod(mod, 0664), 0);
	CK_RUN(e, &r, mod);
	assert_int_equal(r.status, 1);
	ck_assert_linef(&r,
	                "[FAIL] path: %s: writable by its group (mode 0664); "
	                "run: chmod go-w %s (the host loads no module that "
	                "someone else could replace)",
	                mod, mod);
	assert_int_equal(chmod(mod, 0644), 0);
	assert_int_equal(chown(mod, 65534, (gid_t)-1), 0);
	CK_RUN(e, &r, mod);
	assert_int_equal(r.status, 1);
	ck_assert_linef(&r,
	                "[FAIL] path: %s: owned by uid 65534, neither root nor "
	                "the current user (uid %u); run: chown %u %s (the host "
	                "loads no module that someone else could replace)",
	                mod, (unsigned)geteuid(), (unsigned)geteuid(), mod);
}

static void path_foreign_symlink(void **state)
{
	struct cp_env *e = *state;
	char link[400];
	struct cp_run r;

	snprintf(link, sizeof(link), "%s/link.so", e->dir);
	assert_int_equal(symlink(ck_mod("good"), link), 0);
	assert_int_equal(lchown(link, 65534, (gid_t)-1), 0);
	CK_RUN(e, &r, link);
	assert_int_equal(r.status, 1);
	ck_assert_linef(&r,
	                "[FAIL] path: symlink %s: owned by uid 65534, neither "
	                "root nor the current user (uid %u); run: chown -h %u "
	                "%s (the host loads no module that someone else could "
	                "replace)",
	                link, (unsigned)geteuid(), (unsigned)geteuid(), link);
}

static void missing_module(void **state)
{
	struct cp_env *e = *state;
	char path[400];
	struct cp_run r;

	snprintf(path, sizeof(path), "%s/nothing.so", e->dir);
	CK_RUN(e, &r, path);
	assert_int_equal(r.status, 1);
	ck_assert_linef(&r, "[FAIL] path: %s: No such file or directory", path);
}

/* Without --options the round trip, which writes, does not run. */
static void no_options_no_store(void **state)
{
	struct cp_run r;

	CK_RUN(*state, &r, ck_mod("good"));
	assert_int_equal(r.status, 0);
	ck_assert_line(&r,
	               "[skip] store: no --options: the round trip writes "
	               "where the options point; name a scratch location "
	               "(e.g. {\"path\": \"/tmp/scratch.json\"} for the file "
	               "provider)");
	ck_assert_line(&r, "[skip] values: the module set no value with these "
	                   "options (give options under which it finds one to "
	                   "check them)");
}

static void json_output(void **state)
{
	struct json_object *doc, *checks, *first, *v;
	struct cp_run r;

	CK_RUN(*state, &r, "--json", ck_mod("extra_export"));
	assert_int_equal(r.status, 1);
	doc = json_tokener_parse(r.out);
	assert_non_null(doc);
	assert_true(json_object_object_get_ex(doc, "failed", &v));
	assert_int_equal(json_object_get_int(v), 1);
	assert_true(json_object_object_get_ex(doc, "module", &v));
	assert_string_equal(json_object_get_string(v), ck_mod("extra_export"));
	assert_true(json_object_object_get_ex(doc, "checks", &checks));
	first = json_object_array_get_idx(checks, 0);
	assert_true(json_object_object_get_ex(first, "check", &v));
	assert_string_equal(json_object_get_string(v), "path");
	assert_true(json_object_object_get_ex(first, "result", &v));
	assert_string_equal(json_object_get_string(v), "ok");
	json_object_put(doc);
}

static void usage_errors(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	CP_RUN(e, &r, NULL, "check-provider");
	assert_int_equal(r.status, 2);
	cp_assert_err(&r, "credplug check-provider: missing MODULE\n"
	                  "Try 'credplug check-provider --help'.\n");
	CK_RUN(e, &r, ck_mod("good"), "--options", "[1]");
	assert_int_equal(r.status, 2);
	cp_assert_err(&r, "credplug check-provider: --options: not a JSON "
	                  "object\n"
	                  "Try 'credplug check-provider --help'.\n");
	CK_RUN(e, &r, ck_mod("good"), "--options", "{\"value\": ");
	assert_int_equal(r.status, 2);
	cp_assert_err(&r, "credplug check-provider: --options: not JSON "
	                  "(unexpected end of data)\n"
	                  "Try 'credplug check-provider --help'.\n");
	CK_RUN(e, &r, ck_mod("good"), "--options", "{\"use\": \"env\"}");
	assert_int_equal(r.status, 2);
	cp_assert_err(&r, "credplug check-provider: --options: no \"use\": the "
	                  "module is named by MODULE\n"
	                  "Try 'credplug check-provider --help'.\n");
	CP_RUN(e, &r, NULL, "--config", "/x", "check-provider", "m.so");
	assert_int_equal(r.status, 2);
	CK_RUN(e, &r, "--help");
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "Usage: credplug check-provider MODULE"));
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(good_module_passes,
	                                        cp_env_setup, cp_env_teardown),
	        cmocka_unit_test_setup_teardown(extra_export, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(wrong_size, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(abi_major, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(summary_not_one_line,
	                                        cp_env_setup, cp_env_teardown),
	        cmocka_unit_test_setup_teardown(option_is_chain_key,
	                                        cp_env_setup, cp_env_teardown),
	        cmocka_unit_test_setup_teardown(ignores_deadline, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(returns_late, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(echoes_value, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(echoes_part_of_value,
	                                        cp_env_setup, cp_env_teardown),
	        cmocka_unit_test_setup_teardown(store_echoes_value,
	                                        cp_env_setup, cp_env_teardown),
	        cmocka_unit_test_setup_teardown(create_echoes_option,
	                                        cp_env_setup, cp_env_teardown),
	        cmocka_unit_test_setup_teardown(shares_state, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(races_on_global, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(target_holds_value,
	                                        cp_env_setup, cp_env_teardown),
	        cmocka_unit_test_setup_teardown(leaks_per_create, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(bad_status_number, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(null_function, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(store_declared_missing,
	                                        cp_env_setup, cp_env_teardown),
	        cmocka_unit_test_setup_teardown(imports_host_api, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(value_refused, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(crashes, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(prints_to_stdout, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(path_group_writable,
	                                        cp_env_setup, cp_env_teardown),
	        cmocka_unit_test_setup_teardown(path_file_owner_and_mode,
	                                        cp_env_setup, cp_env_teardown),
	        cmocka_unit_test_setup_teardown(path_foreign_symlink,
	                                        cp_env_setup, cp_env_teardown),
	        cmocka_unit_test_setup_teardown(missing_module, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(no_options_no_store,
	                                        cp_env_setup, cp_env_teardown),
	        cmocka_unit_test_setup_teardown(json_output, cp_env_setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(usage_errors, cp_env_setup,
	                                        cp_env_teardown),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests_name("checker_mods", tests, NULL, NULL);
}
