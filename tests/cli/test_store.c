/*
 * `credplug store` / `erase` through the real file provider, then `list`
 * and `headers` reading it back.  Secrets come from standard input only.
 * Both say where the value went (issue 11 #5): the file (with $HOME as
 * "~"), provider, profile and mode, or that the provider did not say (the
 * core tests' writer10 module, built as an ABI 1.0 provider).
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cp_test.h"
#include "run.h"

static void use_file_provider(struct cp_env *e)
{
	char json[800];

	snprintf(json, sizeof(json),
	         "{\"providers\":[{\"use\":\"explicit\"},{\"use\":\"env\"},"
	         "{\"use\":\"file\",\"path\":\"%s/credentials\"}]}\n",
	         e->dir);
	cp_env_config(e, json);
}

static void store_then_list(void **state)
{
	struct cp_env *e = *state;
	char path[400], expect[600];
	struct cp_run r;
	struct stat st;

	use_file_provider(e);
	CP_RUN(e, &r, CANARY_API "\n", "store", "--field", "api_key",
	       "--provider", "file");
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, "stored api_key in ~/credentials (file "
	                           "provider, profile default, mode 0600)\n");
	assert_int_equal(r.status, 0);
	snprintf(path, sizeof(path), "%s/credentials", e->dir);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 077, 0);

	CP_RUN(e, &r, NULL, "list");
	assert_int_equal(r.status, 0);
	snprintf(expect, sizeof(expect),
	         "\napi_key   ****aaaa          file %s", path);
	assert_non_null(strstr(r.out, expect));
	cp_assert_no_canary(&r);

	CP_RUN(e, &r, NULL, "headers", "--auth", "apiKeyAuth");
	assert_string_equal(r.out, "DD-API-KEY: " CANARY_API "\n");
	assert_int_equal(r.status, 0);
}

static void env_beats_stored(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	use_file_provider(e);
	CP_RUN(e, &r, CANARY_APP, "store", "--field", "app_key");
	assert_string_equal(r.out, "stored app_key in ~/credentials (file "
	                           "provider, profile default, mode 0600)\n");
	assert_int_equal(r.status, 0);
	cp_env_set(e, "DD_APP_KEY", "CANARY-ENV-0008abcd");
	CP_RUN(e, &r, NULL, "headers", "--auth", "appKeyAuth");
	assert_string_equal(r.out, "DD-APPLICATION-KEY: CANARY-ENV-0008abcd\n");
}

static void store_then_erase(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	use_file_provider(e);
	CP_RUN(e, &r, CANARY_PAT, "store", "--field", "pat", "--provider",
	       "file");
	assert_int_equal(r.status, 0);
	CP_RUN(e, &r, NULL, "erase", "--field", "pat", "--provider", "file");
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, "erased pat from ~/credentials (file "
	                           "provider, profile default, mode 0600)\n");
	assert_int_equal(r.status, 0);
	CP_RUN(e, &r, NULL, "list");
	assert_non_null(strstr(r.out, "\npat       <not set>"));
	cp_assert_no_canary(&r);
}

static void value_never_from_argv(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	use_file_provider(e);
	CP_RUN(e, &r, NULL, "store", "--field", "api_key", CANARY_API);
	cp_assert_err(
	        &r, "credplug store: unexpected argument; values are read from "
	            "standard input or a prompt, never from the command line\n"
	            "Try 'credplug store --help'.\n");
	assert_int_equal(r.status, 2);
}

static void bad_arguments(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	CP_RUN(e, &r, "x", "store");
	cp_assert_err(&r,
	              "credplug store: --field is required (api_key, app_key, "
	              "pat or site)\nTry 'credplug store --help'.\n");
	assert_int_equal(r.status, 2);
	CP_RUN(e, &r, "x", "erase", "--field", "password");
	cp_assert_err(
	        &r, "credplug erase: unknown --field 'password'; use api_key, "
	            "app_key, pat or site\nTry 'credplug erase --help'.\n");
	assert_int_equal(r.status, 2);
}

static void empty_value(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	use_file_provider(e);
	CP_RUN(e, &r, "\n", "store", "--field", "api_key", "--provider",
	       "file");
	cp_assert_err(
	        &r, "credplug: error: empty value for api_key: nothing stored; "
	            "to remove it use 'credplug erase --field api_key'\n");
	assert_int_equal(r.status, 1);
}

static void provider_errors(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	/* not in the chain: a configuration problem */
	CP_RUN(e, &r, CANARY_API, "store", "--field", "api_key", "--provider",
	       "keyring");
	cp_assert_err(
	        &r,
	        "credplug: error: cannot store api_key in provider "
	        "keyring: no provider \"keyring\" in the chain can store; see "
	        "`credplug providers`\n");
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 4);
	/* env cannot store */
	CP_RUN(e, &r, CANARY_API, "store", "--field", "api_key", "--provider",
	       "env");
	cp_assert_err(&r,
	              "credplug: error: cannot store api_key in provider env: "
	              "provider \"env\" cannot write values\n");
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 1);
}

static void invalid_value(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	use_file_provider(e);
	CP_RUN(e, &r, "CANARY-BAD\x01VALUE-0009\n", "store", "--field",
	       "api_key", "--provider", "file");
	cp_assert_err(
	        &r,
	        "credplug: error: cannot store api_key in provider file: "
	        "refusing to store api_key: it contains a control character\n");
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 1);
}

static void prompt_without_echo(void **state)
{
	struct cp_env *e = *state;
	const char *const args[] = {"store",      "--field", "pat",
	                            "--provider", "file",    NULL};
	struct cp_run r;

	use_file_provider(e);
	cp_env_set(e, "TERM", "xterm");
	cp_run_pty(e, &r, CANARY_PAT "\n", args);
	assert_non_null(strstr(r.out, "Enter pat (input hidden): "));
	assert_non_null(strstr(r.out, "stored pat in ~/credentials (file "
	                              "provider, profile default, mode 0600)"));
	cp_assert_no_canary(&r); /* not echoed */
	assert_int_equal(r.status, 0);
	CP_RUN(e, &r, NULL, "headers", "--auth", "AuthZ");
	assert_string_equal(r.out, "Authorization: Bearer " CANARY_PAT "\n");
}

/* --json: the library's document, with the path in full. */
static void store_and_erase_json(void **state)
{
	struct cp_env *e = *state;
	char want[1200];
	struct cp_run r;

	use_file_provider(e);
	CP_RUN(e, &r, CANARY_API, "--json", "store", "--field", "api_key",
	       "--profile", "prod");
	snprintf(want, sizeof(want),
	         "{\n  \"action\":\"stored\",\n  \"field\":\"api_key\",\n"
	         "  \"provider\":\"file\",\n  \"use\":\"file\",\n"
	         "  \"locator\":\"%s/credentials\",\n"
	         "  \"profile\":\"prod\",\n  \"mode\":\"0600\"\n}\n",
	         e->dir);
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, want);
	assert_int_equal(r.status, 0);
	CP_RUN(e, &r, NULL, "erase", "--json", "--field", "api_key",
	       "--profile", "prod");
	snprintf(want, sizeof(want),
	         "{\n  \"action\":\"erased\",\n  \"field\":\"api_key\",\n"
	         "  \"provider\":\"file\",\n  \"use\":\"file\",\n"
	         "  \"locator\":\"%s/credentials\",\n"
	         "  \"profile\":\"prod\",\n  \"mode\":\"0600\"\n}\n",
	         e->dir);
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, want);
	assert_int_equal(r.status, 0);
}

/* "~" only for a path inside HOME, on a directory boundary. */
static void home_shown_as_tilde_only_inside_it(void **state)
{
	struct cp_env *e = *state;
	char want[800], home[400];
	struct cp_run r;

	use_file_provider(e);
	snprintf(home, sizeof(home), "%s/", e->dir); /* trailing slash */
	cp_env_set(e, "HOME", home);
	CP_RUN(e, &r, CANARY_API, "store", "--field", "api_key", "--profile",
	       "p1");
	assert_string_equal(r.out, "stored api_key in ~/credentials (file "
	                           "provider, profile p1, mode 0600)\n");
	e->n_extra = 0;
	snprintf(home, sizeof(home), "%s/cred", e->dir); /* a prefix only */
	cp_env_set(e, "HOME", home);
	CP_RUN(e, &r, CANARY_API, "store", "--field", "api_key");
	snprintf(want, sizeof(want),
	         "stored api_key in %s/credentials (file provider, profile "
	         "default, mode 0600)\n",
	         e->dir);
	assert_string_equal(r.out, want);
	e->n_extra = 0;
	cp_env_set(e, "HOME", "/");
	CP_RUN(e, &r, NULL, "erase", "--field", "api_key");
	snprintf(want, sizeof(want),
	         "erased api_key from %s/credentials (file provider, profile "
	         "default, mode 0600)\n",
	         e->dir);
	assert_string_equal(r.out, want);
	assert_int_equal(r.status, 0);
}

/* The instance's name in the chain, not the module's. */
static void named_instance(void **state)
{
	struct cp_env *e = *state;
	char json[800];
	struct cp_run r;

	snprintf(json, sizeof(json),
	         "{\"providers\":[{\"use\":\"file\",\"name\":\"work\","
	         "\"path\":\"%s/w.json\",\"profile\":\"ci\"}]}\n",
	         e->dir);
	cp_env_config(e, json);
	CP_RUN(e, &r, CANARY_PAT, "store", "--field", "pat", "--provider",
	       "work");
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, "stored pat in ~/w.json (work provider, "
	                           "profile ci, mode 0600)\n");
	assert_int_equal(r.status, 0);
}

#define WRITER_DIR CP_TEST_BINARY_DIR "/tests/mods/"

/* A provider built for plugin ABI 1.0 does not report: said so. */
static void provider_that_does_not_say(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_config(e, "{\"providers\":[{\"use\":\"" WRITER_DIR
	                 "writer10.so\",\"name\":\"vault\"}]}\n");
	CP_RUN(e, &r, CANARY_API, "store", "--field", "api_key");
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, "stored api_key in provider \"vault\" (it "
	                           "did not say where)\n");
	assert_int_equal(r.status, 0);
	CP_RUN(e, &r, NULL, "erase", "--field", "api_key", "--profile", "x");
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, "erased api_key from provider \"vault\" "
	                           "(it did not say where)\n");
	assert_int_equal(r.status, 0);
	CP_RUN(e, &r, CANARY_API, "store", "--json", "--field", "api_key");
	assert_string_equal(r.out, "{\n  \"action\":\"stored\",\n"
	                           "  \"field\":\"api_key\",\n"
	                           "  \"provider\":\"vault\",\n"
	                           "  \"use\":\"" WRITER_DIR "writer10.so\",\n"
	                           "  \"locator\":null,\n  \"profile\":null,\n"
	                           "  \"mode\":null\n}\n");
	assert_int_equal(r.status, 0);
	cp_assert_no_canary(&r);
}

/* A provider's report never brings terminal escapes or the value to the
 * screen: the host refuses a control character (so nothing is reported)
 * and masks the value. */
static void provider_report_is_sanitised(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_config(e, "{\"providers\":[{\"use\":\"" WRITER_DIR
	                 "writer.so\",\"name\":\"w\","
	                 "\"locator\":\"\\u001b]0;owned\\u0007/x\"}]}\n");
	CP_RUN(e, &r, CANARY_API, "store", "--field", "api_key");
	assert_string_equal(r.out, "stored api_key in provider \"w\" (it did "
	                           "not say where)\n");
	assert_int_equal(r.status, 0);
	cp_env_config(e, "{\"providers\":[{\"use\":\"" WRITER_DIR
	                 "writer.so\",\"name\":\"w\","
	                 "\"locator\":\"/kv/%V\",\"mode\":\"0400\"}]}\n");
	CP_RUN(e, &r, CANARY_API, "store", "--field", "api_key");
	assert_string_equal(r.out, "stored api_key in /kv/**** (w provider, "
	                           "profile default, mode 0400)\n");
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 0);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(store_and_erase_json, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(home_shown_as_tilde_only_inside_it,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(named_instance, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(provider_that_does_not_say,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(provider_report_is_sanitised,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(store_then_list, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(env_beats_stored, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(store_then_erase, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(prompt_without_echo, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(value_never_from_argv, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(bad_arguments, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(empty_value, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(provider_errors, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(invalid_value, cp_env_setup,
                                        cp_env_teardown),
};

CP_TEST_MAIN("cli_store", tests, NULL, NULL)
