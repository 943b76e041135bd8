/*
 * `credplug list`, `explain`, `providers`, help and usage errors, config
 * errors.  Runs the real binary; canary values are grepped in every output.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "cp_test.h"
#include "run.h"

static void set_keys(struct cp_env *e)
{
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	cp_env_set(e, "DD_APP_KEY", CANARY_APP);
}

static void list_rows(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_keys(e);
	cp_env_set(e, "DD_SITE", "datadoghq.eu");
	CP_RUN(e, &r, NULL, "list");
	assert_string_equal(r.err, "");
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "FIELD     VALUE             SOURCE"));
	assert_non_null(
	        strstr(r.out, "\napi_key   ****aaaa          env DD_API_KEY"));
	assert_non_null(
	        strstr(r.out, "\napp_key   ****bbbb          env DD_APP_KEY"));
	assert_non_null(strstr(r.out, "\npat       <not set>         -"));
	assert_non_null(
	        strstr(r.out, "\nsite      datadoghq.eu      env DD_SITE"));
	cp_assert_no_canary(&r);
}

static void list_json(void **state)
{
	struct cp_env *e = *state;
	struct json_object *doc, *f, *v;
	struct cp_run r;

	set_keys(e);
	CP_RUN(e, &r, NULL, "list", "--json");
	assert_int_equal(r.status, 0);
	cp_assert_no_canary(&r);
	doc = json_tokener_parse(r.out);
	assert_non_null(doc);
	assert_true(json_object_object_get_ex(doc, "api_key", &f));
	assert_true(json_object_object_get_ex(f, "value", &v));
	assert_string_equal(json_object_get_string(v), "****aaaa");
	assert_true(json_object_object_get_ex(doc, "pat", &f));
	assert_true(json_object_object_get_ex(f, "set", &v));
	assert_false(json_object_get_boolean(v));
	json_object_put(doc);
}

static void list_invalid_env_value(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "DD_API_KEY", " " CANARY_API);
	CP_RUN(e, &r, NULL, "list");
	cp_assert_err(
	        &r,
	        "credplug: error: the provider chain failed: provider "
	        "\"env\" (chain entry 1) invalid: api_key from DD_API_KEY has "
	        "leading or trailing whitespace\n");
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 1);
}

static void explain_human(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_keys(e);
	cp_env_set(e, "DD_BEARER_TOKEN", CANARY_PAT);
	CP_RUN(e, &r, NULL, "explain");
	assert_string_equal(r.err, "");
	assert_int_equal(r.status, 0);
	assert_non_null(
	        strstr(r.out, "Providers, in chain order:\n  #0 explicit "));
	assert_non_null(strstr(r.out, "\n  #1 env "));
	assert_non_null(strstr(r.out, "      module:  " CP_TEST_PROVIDER_DIR
	                              "/env.so"));
	assert_non_null(
	        strstr(r.out, "  api_key  ****aaaa from env (DD_API_KEY)\n"));
	assert_non_null(strstr(
	        r.out, "  pat      ****cccc from env (DD_BEARER_TOKEN)\n"));
	cp_assert_no_canary(&r);
}

static void explain_json(void **state)
{
	struct cp_env *e = *state;
	struct json_object *doc, *provs;
	struct cp_run r;

	set_keys(e);
	CP_RUN(e, &r, NULL, "explain", "--json");
	assert_int_equal(r.status, 0);
	cp_assert_no_canary(&r);
	doc = json_tokener_parse(r.out);
	assert_non_null(doc);
	assert_true(json_object_object_get_ex(doc, "providers", &provs));
	assert_int_equal(json_object_array_length(provs), 2);
	json_object_put(doc);
}

static void providers_table(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_keys(e);
	CP_RUN(e, &r, NULL, "providers");
	assert_string_equal(r.err, "");
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(
	        r.out, "Configured chain:\n  #  NAME         VERSION  ABI "));
	assert_non_null(strstr(r.out, "\n  1  env          "));
	assert_non_null(
	        strstr(r.out, "Installed in " CP_TEST_PROVIDER_DIR ":\n"));
	assert_non_null(strstr(
	        r.out, "  env          in chain      " CP_TEST_PROVIDER_DIR
	               "/env.so\n"));
	cp_assert_no_canary(&r);
}

/* The listing is what the library would load by name: NAME.so with NAME
 * of [a-z0-9_-], files and symbolic links, no directories.  The command
 * used to list every "*.so" (here Bad, a.b and sub too), names the loader
 * refuses as "neither a provider name nor an absolute module path". */
static void providers_lists_loadable_names(void **state)
{
	struct cp_env *e = *state;
	static const char *const files[] = {"good.so", "also_ok-2.so", "Bad.so",
	                                    "a.b.so",  ".hidden.so",   "x.txt"};
	char dir[300], sub[320], link[320], expect[2000];
	struct cp_run r;

	snprintf(dir, sizeof(dir), "%s/mods", e->dir);
	assert_int_equal(mkdir(dir, 0755), 0);
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		char name[64];

		snprintf(name, sizeof(name), "mods/%s", files[i]);
		cp_env_file(e, name, "");
	}
	snprintf(sub, sizeof(sub), "%s/sub.so", dir);
	assert_int_equal(mkdir(sub, 0755), 0);
	snprintf(link, sizeof(link), "%s/linked.so", dir);
	assert_int_equal(symlink("good.so", link), 0);
	cp_env_set(e, "CREDPLUG_PROVIDER_DIR", dir);
	CP_RUN(e, &r, NULL, "providers");
	assert_string_equal(r.err, "");
	assert_int_equal(r.status, 0);
	snprintf(expect, sizeof(expect),
	         "\n\nInstalled in %s:\n"
	         "  also_ok-2    not in chain  %s/also_ok-2.so\n"
	         "  good         not in chain  %s/good.so\n"
	         "  linked       not in chain  %s/linked.so\n",
	         dir, dir, dir, dir);
	if (strstr(r.out, expect) == NULL ||
	    strcmp(strstr(r.out, expect), expect) != 0)
		fail_msg("listing:\n%s\nwant its end to be:\n%s", r.out,
		         expect);
}

static void config_malformed(void **state)
{
	struct cp_env *e = *state;
	char expect[600];
	struct cp_run r;

	set_keys(e);
	cp_env_config(e, "{\"providers\": [\n  {\"use\": \"env\"}\n}\n");
	CP_RUN(e, &r, NULL, "list");
	snprintf(expect, sizeof(expect),
	         "credplug: error: %s:3:1: array value "
	         "separator ',' expected\n",
	         e->config);
	cp_assert_err(&r, expect);
	assert_string_equal(r.out, "");
	assert_int_equal(r.status, 4);
	CP_RUN(e, &r, NULL, "headers");
	assert_int_equal(r.status, 4);
	cp_assert_no_canary(&r);
}

static void config_unknown_key(void **state)
{
	struct cp_env *e = *state;
	char expect[800];
	struct cp_run r;

	cp_env_config(
	        e, "{\"providers\": [{\"use\": \"env\", \"prefxi\": \"X\"}]}");
	CP_RUN(e, &r, NULL, "explain");
	snprintf(expect, sizeof(expect),
	         "credplug: error: %s:1:31: /providers/0/"
	         "prefxi: unknown option for provider \"env\" (it accepts: "
	         "api_key_var, app_key_var, pat_var, site_var, allow_file; "
	         "chain "
	         "keys: use, name, on_error, stop_if_found, critical, "
	         "timeout_ms, optional)\n",
	         e->config);
	cp_assert_err(&r, expect);
	assert_int_equal(r.status, 4);
}

/* Issue 11 #4: a typo in "use" is an error that names the closest
 * provider, exit 4; "optional": true skips a provider that is absent. */
static void config_provider_typo(void **state)
{
	struct cp_env *e = *state;
	char expect[1200];
	struct cp_run r;

	cp_env_config(e, "{\"providers\": [{\"use\": \"env\"}, "
	                 "{\"use\": \"keyrng\"}]}");
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	CP_RUN(e, &r, NULL, "headers");
	snprintf(expect, sizeof(expect),
	         "credplug: error: %s:1:40: /providers/1/use: provider "
	         "\"keyrng\" is not installed (looked for %s/keyrng.so); did "
	         "you mean \"keyring\"?; fix \"use\", install the provider, "
	         "or add \"optional\": true to skip it when it is not "
	         "installed\n",
	         e->config, CP_TEST_PROVIDER_DIR);
	cp_assert_err(&r, expect);
	assert_string_equal(r.out, "");
	assert_int_equal(r.status, 4);

	cp_env_config(e, "{\"providers\": [{\"use\": \"env\"}, "
	                 "{\"use\": \"keyrng\", \"optional\": true}]}");
	CP_RUN(e, &r, NULL, "headers");
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, "DD-API-KEY: " CANARY_API "\n");
	assert_int_equal(r.status, 0);
}

static void config_option_path(void **state)
{
	struct cp_env *e = *state;
	char path[400], expect[600];
	struct cp_run r;

	snprintf(path, sizeof(path), "%s/missing.json", e->dir);
	CP_RUN(e, &r, NULL, "--config", path, "list");
	snprintf(expect, sizeof(expect),
	         "credplug: error: %s: cannot open config: "
	         "No such file or directory\n",
	         path);
	cp_assert_err(&r, expect);
	assert_int_equal(r.status, 4);
}

static void help_and_version(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	CP_RUN(e, &r, NULL, "--help");
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "Usage: credplug [OPTIONS] COMMAND"));
	assert_non_null(
	        strstr(r.out, "  3  no credential satisfies the endpoint\n"));
	CP_RUN(e, &r, NULL, "help", "headers");
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "Usage: credplug headers [--auth LIST]"));
	CP_RUN(e, &r, NULL, "exec", "--help");
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "Usage: credplug exec"));
	CP_RUN(e, &r, NULL, "--version");
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "credplug 0.1.0 (libcredplug 0.1.0)\n");
}

static void usage_errors(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	CP_RUN(e, &r, NULL, "frobnicate");
	cp_assert_err(&r, "credplug: no such command 'frobnicate'\n"
	                  "Try 'credplug --help'.\n");
	assert_int_equal(r.status, 2);
	CP_RUN(e, &r, NULL, "--json");
	cp_assert_err(
	        &r, "credplug: missing command (one of list, explain, headers, "
	            "exec, store, erase, providers, doctor, check-provider)\n"
	            "Try 'credplug --help'.\n");
	assert_int_equal(r.status, 2);
	CP_RUN(e, &r, NULL, "list", "extra");
	cp_assert_err(&r, "credplug list: unexpected argument 'extra'\n"
	                  "Try 'credplug list --help'.\n");
	assert_int_equal(r.status, 2);
	CP_RUN(e, &r, NULL, "--bogus", "list");
	cp_assert_err(&r, "credplug: unrecognized option '--bogus'\n"
	                  "Try 'credplug --help'.\n");
	assert_int_equal(r.status, 2);
}

static void colour_only_on_terminal(void **state)
{
	struct cp_env *e = *state;
	const char *const args[] = {"list", NULL};
	const char *const no_color[] = {"--no-color", "list", NULL};
	struct cp_run r;

	cp_env_set(e, "DD_API_KEY", CANARY_API);
	cp_env_set(e, "TERM", "xterm");
	cp_run_pty(e, &r, NULL, args);
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "\033[1mFIELD"));
	cp_assert_no_canary(&r);
	cp_run_pty(e, &r, NULL, no_color);
	assert_int_equal(r.status, 0);
	assert_null(strchr(r.out, '\033'));
	/* a pipe gets no colour */
	CP_RUN(e, &r, NULL, "list");
	assert_null(strchr(r.out, '\033'));
	cp_env_set(e, "NO_COLOR", "1");
	cp_run_pty(e, &r, NULL, args);
	assert_non_null(strstr(r.out, "FIELD"));
	assert_null(strchr(r.out, '\033'));
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(list_rows, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(list_json, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(list_invalid_env_value, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(explain_human, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(explain_json, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(providers_table, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(providers_lists_loadable_names,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(config_malformed, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(config_unknown_key, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(config_provider_typo, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(config_option_path, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(colour_only_on_terminal, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(help_and_version, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(usage_errors, cp_env_setup,
                                        cp_env_teardown),
};

CP_TEST_MAIN("cli_list", tests, NULL, NULL)
