/*
 * `credplug headers`: the endpoint lists of
 * ../shared/reference/datadog-auth.md, explicit beating the environment, empty
 * values, formats, every error exit code.  Runs the real binary.
 */
#include <stdio.h>
#include <string.h>

#include "cp_test.h"
#include "run.h"

#define H_API "DD-API-KEY: " CANARY_API "\n"
#define H_APP "DD-APPLICATION-KEY: " CANARY_APP "\n"
#define H_PAT "Authorization: Bearer " CANARY_PAT "\n"

#define WARN_PREFIX                                                            \
	"credplug: warning: no alternative of the endpoint's security list "   \
	"is fully configured: "
#define WARN_CARRIES                                                           \
	"; the request carries what is configured; --strict makes this "       \
	"exit 3\n"

static void set_all(struct cp_env *e)
{
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	cp_env_set(e, "DD_APP_KEY", CANARY_APP);
	cp_env_set(e, "DD_BEARER_TOKEN", CANARY_PAT);
}

static void expect_ok(const struct cp_run *r, const char *out)
{
	assert_string_equal(r->err, "");
	assert_string_equal(r->out, out);
	assert_int_equal(r->status, 0);
}

static void all_three_default(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers");
	expect_ok(&r, H_API H_APP H_PAT);
}

static void all_three_operation_list(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--auth", "apiKeyAuth,appKeyAuth,AuthZ");
	expect_ok(&r, H_API H_APP H_PAT);
	/* the operations table's own syntax */
	CP_RUN(e, &r, NULL, "headers", "--auth",
	       "apiKeyAuth+appKeyAuth | AuthZ");
	expect_ok(&r, H_API H_APP H_PAT);
}

static void keys_only(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "DD_API_KEY", CANARY_API);
	cp_env_set(e, "DD_APP_KEY", CANARY_APP);
	CP_RUN(e, &r, NULL, "headers", "--auth", "apiKeyAuth,appKeyAuth,AuthZ");
	expect_ok(&r, H_API H_APP);
}

static void pat_only(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "DD_BEARER_TOKEN", CANARY_PAT);
	CP_RUN(e, &r, NULL, "headers", "--auth", "apiKeyAuth,appKeyAuth,AuthZ");
	expect_ok(&r, H_PAT);
}

static void api_key_auth_only(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--auth", "apiKeyAuth");
	expect_ok(&r, H_API);
}

static void api_and_app_key_auth(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--auth", "apiKeyAuth,appKeyAuth");
	expect_ok(&r, H_API H_APP);
}

static void authz_only(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--auth", "AuthZ");
	expect_ok(&r, H_PAT);
	CP_RUN(e, &r, NULL, "headers", "--auth", "bearerAuth");
	expect_ok(&r, H_PAT);
}

static void empty_list(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--auth", "");
	expect_ok(&r, "");
}

static void explicit_beats_env(void **state)
{
	struct cp_env *e = *state;
	const char *f = cp_env_file(e, "api", "CANARY-EXPLICIT-0004dddd\n");
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--api-key-file", f);
	expect_ok(&r, "DD-API-KEY: CANARY-EXPLICIT-0004dddd\n" H_APP H_PAT);
	/* standard input, with a CRLF ending */
	CP_RUN(e, &r, "CANARY-STDIN-0005eeee\r\n", "headers", "--pat-file",
	       "-");
	expect_ok(&r,
	          H_API H_APP "Authorization: Bearer CANARY-STDIN-0005eeee\n");
}

static void explicit_empty_file_is_unset(void **state)
{
	struct cp_env *e = *state;
	const char *f = cp_env_file(e, "empty", "\n");
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--app-key-file", f);
	expect_ok(&r, H_API H_APP H_PAT);
}

static void empty_env_is_unset(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "DD_API_KEY", "");
	cp_env_set(e, "DD_APP_KEY", CANARY_APP);
	cp_env_set(e, "DD_BEARER_TOKEN", "");
	CP_RUN(e, &r, NULL, "headers");
	expect_ok(&r, H_APP);
	/* as an endpoint list, the app key alone satisfies no alternative:
	 * it is still what the request carries (the library's default) */
	CP_RUN(e, &r, NULL, "headers", "--auth", "apiKeyAuth,appKeyAuth");
	assert_string_equal(r.out, H_APP);
	cp_assert_err(&r, WARN_PREFIX "apiKeyAuth+appKeyAuth lacks the API "
	                              "key (DD_API_KEY)" WARN_CARRIES);
	assert_int_equal(r.status, 0);
}

static void format_curl(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--format", "curl", "--unsafe-argv");
	expect_ok(&r, "-H 'DD-API-KEY: " CANARY_API
	              "' -H 'DD-APPLICATION-KEY: " CANARY_APP
	              "' -H 'Authorization: Bearer " CANARY_PAT "'\n");
}

static void format_json(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "DD_API_KEY", CANARY_API);
	CP_RUN(e, &r, NULL, "headers", "--format", "json");
	expect_ok(&r, "{\"DD-API-KEY\": \"" CANARY_API "\"}\n");
	CP_RUN(e, &r, NULL, "--json", "headers", "--auth", "");
	expect_ok(&r, "{}\n");
}

static void unknown_scheme(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--auth", "apiKeyAuth,basicAuth");
	cp_assert_err(
	        &r,
	        "credplug headers: unknown security scheme 'basicAuth' "
	        "in --auth; use apiKeyAuth, appKeyAuth, bearerAuth or AuthZ "
	        "(comma-separated)\nTry 'credplug headers --help'.\n");
	assert_string_equal(r.out, "");
	assert_int_equal(r.status, 2);
}

static void bad_format(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	CP_RUN(e, &r, NULL, "headers", "--format", "xml");
	cp_assert_err(&r,
	              "credplug headers: unknown --format 'xml'; use http, "
	              "curl-config or json\nTry 'credplug headers --help'.\n");
	assert_int_equal(r.status, 2);
}

static void unknown_option(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	CP_RUN(e, &r, NULL, "headers", "--bogus");
	cp_assert_err(&r, "credplug headers: unrecognized option '--bogus'\n"
	                  "Try 'credplug headers --help'.\n");
	assert_int_equal(r.status, 2);
}

static void two_stdin_files(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	CP_RUN(e, &r, "x", "headers", "--api-key-file", "-", "--pat-file", "-");
	cp_assert_err(
	        &r, "credplug headers: only one of --api-key-file, "
	            "--app-key-file, --pat-file can read standard input ('-')\n"
	            "Try 'credplug headers --help'.\n");
	assert_int_equal(r.status, 2);
}

static void no_credential(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "DD_BEARER_TOKEN", CANARY_PAT);
	CP_RUN(e, &r, NULL, "headers", "--auth", "apiKeyAuth");
	assert_string_equal(r.out, "");
	cp_assert_err(&r,
	              WARN_PREFIX "apiKeyAuth lacks the API key "
	                          "(DD_API_KEY); the request carries no "
	                          "credential; --strict makes this exit 3\n");
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 0);
	CP_RUN(e, &r, NULL, "headers", "--strict", "--auth", "apiKeyAuth");
	assert_string_equal(r.out, "");
	cp_assert_err(
	        &r, "credplug: error: no credential satisfies the endpoint: "
	            "the endpoint accepts apiKeyAuth, but the configured "
	            "credentials "
	            "(pat) satisfy none of these; set the missing ones "
	            "(DD_API_KEY, "
	            "DD_APP_KEY, DD_BEARER_TOKEN) or run `credplug explain`\n");
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 3);
}

/* Issue 11 #3: the official clients send DD-API-KEY alone here. */
static void partial_alternative_sends_what_is_set(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "DD_API_KEY", CANARY_API);
	CP_RUN(e, &r, NULL, "headers", "--auth", "apiKeyAuth,appKeyAuth");
	assert_string_equal(r.out, H_API);
	cp_assert_err(&r,
	              WARN_PREFIX "apiKeyAuth+appKeyAuth lacks the "
	                          "application key (DD_APP_KEY)" WARN_CARRIES);
	assert_int_equal(r.status, 0);
	/* every alternative of the list is named with what it lacks */
	CP_RUN(e, &r, NULL, "headers", "--auth",
	       "apiKeyAuth+appKeyAuth | AuthZ");
	assert_string_equal(r.out, H_API);
	cp_assert_err(&r, WARN_PREFIX
	              "apiKeyAuth+appKeyAuth lacks the application key "
	              "(DD_APP_KEY); AuthZ lacks the personal access token "
	              "(DD_BEARER_TOKEN)" WARN_CARRIES);
	assert_int_equal(r.status, 0);
	/* one whole alternative: no warning */
	cp_env_set(e, "DD_BEARER_TOKEN", CANARY_PAT);
	CP_RUN(e, &r, NULL, "headers", "--auth", "apiKeyAuth,appKeyAuth,AuthZ");
	expect_ok(&r, H_API H_PAT);
}

static void partial_alternative_strict(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;
	static const char err[] =
	        "credplug: error: no credential satisfies the endpoint: the "
	        "endpoint accepts apiKeyAuth+appKeyAuth, but the configured "
	        "credentials (api_key) satisfy none of these; set the missing "
	        "ones (DD_API_KEY, DD_APP_KEY, DD_BEARER_TOKEN) or run "
	        "`credplug explain`\n";

	cp_env_set(e, "DD_API_KEY", CANARY_API);
	CP_RUN(e, &r, NULL, "headers", "--strict", "--auth",
	       "apiKeyAuth,appKeyAuth");
	assert_string_equal(r.out, "");
	cp_assert_err(&r, err);
	assert_int_equal(r.status, 3);
	/* the config's "strict": true is the same */
	cp_env_config(e, "{\"strict\": true, \"providers\": [{\"use\": "
	                 "\"explicit\"}, {\"use\": \"env\"}]}");
	CP_RUN(e, &r, NULL, "headers", "--auth", "apiKeyAuth,appKeyAuth");
	assert_string_equal(r.out, "");
	cp_assert_err(&r, err);
	assert_int_equal(r.status, 3);
}

static void nothing_configured(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "DD_API_KEY", "");
	CP_RUN(e, &r, NULL, "headers");
	cp_assert_err(
	        &r,
	        "credplug: error: no credential found; set DD_API_KEY and "
	        "DD_APP_KEY (or DD_BEARER_TOKEN), or see 'credplug explain'\n");
	assert_string_equal(r.out, "");
	assert_int_equal(r.status, 3);
}

static void destination_refused(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--url", "https://api.evil.example/");
	assert_string_equal(r.out, "");
	cp_assert_err(&r, "credplug: error: refusing to send credentials to "
	                  "https://api.evil.example: origin is not in "
	                  "allowed_origins; if "
	                  "this host is yours, add its origin to "
	                  "\"allowed_origins\" in the "
	                  "credplug config\n");
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 5);
}

static void allowed_url(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--auth", "apiKeyAuth", "--url",
	       "https://api.datadoghq.eu/api/v1/validate");
	expect_ok(&r, H_API);
}

static void bad_value_in_file(void **state)
{
	struct cp_env *e = *state;
	const char *f = cp_env_file(e, "bad", "CANARY-BAD\tVALUE-0006ffff\n");
	char expect[700];
	struct cp_run r;

	CP_RUN(e, &r, NULL, "headers", "--api-key-file", f);
	snprintf(expect, sizeof(expect),
	         "credplug: error: the API key from "
	         "--api-key-file %s is not usable: credplug_set: api_key "
	         "contains a "
	         "control character\n",
	         f);
	cp_assert_err(&r, expect);
	cp_assert_no_canary(&r);
	assert_string_equal(r.out, "");
	assert_int_equal(r.status, 1);
}

static void missing_file(void **state)
{
	struct cp_env *e = *state;
	char path[400], expect[900];
	struct cp_run r;

	snprintf(path, sizeof(path), "%s/nope", e->dir);
	CP_RUN(e, &r, NULL, "headers", "--app-key-file", path);
	snprintf(expect, sizeof(expect),
	         "credplug: error: cannot read application "
	         "key from file '%s': No such file or directory; check that it "
	         "exists and is readable\n",
	         path);
	cp_assert_err(&r, expect);
	assert_int_equal(r.status, 1);
}

static void value_too_long(void **state)
{
	struct cp_env *e = *state;
	static char big[5000];
	const char *f;
	struct cp_run r;

	memset(big, 'A', sizeof(big) - 1);
	f = cp_env_file(e, "big", big);
	CP_RUN(e, &r, NULL, "headers", "--pat-file", f);
	assert_non_null(strstr(r.err,
	                       "is longer than 4096 bytes; it must hold only "
	                       "the value\n"));
	assert_null(strstr(r.err, "AAAA"));
	assert_int_equal(r.status, 1);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(all_three_default, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(all_three_operation_list, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(keys_only, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(pat_only, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(api_key_auth_only, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(api_and_app_key_auth, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(authz_only, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(empty_list, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(explicit_beats_env, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(explicit_empty_file_is_unset,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(empty_env_is_unset, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(format_curl, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(format_json, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(unknown_scheme, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(bad_format, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(unknown_option, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(two_stdin_files, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(no_credential, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(partial_alternative_sends_what_is_set,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(partial_alternative_strict,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(nothing_configured, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(destination_refused, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(allowed_url, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(bad_value_in_file, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(missing_file, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(value_too_long, cp_env_setup,
                                        cp_env_teardown),
};

CP_TEST_MAIN("cli_headers", tests, NULL, NULL)
