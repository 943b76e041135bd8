/*
 * `credplug exec`: the environment the child sees and its exit status,
 * passed through.  Runs the real binary and a real /bin/sh child.
 */
#include <stdio.h>
#include <string.h>

#include "cp_test.h"
#include "run.h"

#define SHOW_ENV                                                               \
	"printf '%s|%s|%s|%s|%s\\n' \"${DD_API_KEY-unset}\" "                  \
	"\"${DD_APP_KEY-unset}\" "                                             \
	"\"${DD_BEARER_TOKEN-unset}\" \"${DD_SITE-unset}\" \"$HOME\""

static void set_all(struct cp_env *e)
{
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	cp_env_set(e, "DD_APP_KEY", CANARY_APP);
	cp_env_set(e, "DD_BEARER_TOKEN", CANARY_PAT);
}

static void passes_environment(void **state)
{
	struct cp_env *e = *state;
	char expect[600];
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "exec", "--", "/bin/sh", "-c", SHOW_ENV);
	snprintf(expect, sizeof(expect), "%s|%s|%s|datadoghq.com|%s\n",
	         CANARY_API, CANARY_APP, CANARY_PAT, e->dir);
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, expect);
	assert_int_equal(r.status, 0);
}

static void auth_list_removes_others(void **state)
{
	struct cp_env *e = *state;
	char expect[600];
	struct cp_run r;

	set_all(e);
	cp_env_set(e, "DD_SITE", "datadoghq.eu");
	CP_RUN(e, &r, NULL, "exec", "--auth", "apiKeyAuth", "--", "/bin/sh",
	       "-c", SHOW_ENV);
	snprintf(expect, sizeof(expect), "%s|unset|unset|datadoghq.eu|%s\n",
	         CANARY_API, e->dir);
	assert_string_equal(r.out, expect);
	assert_int_equal(r.status, 0);
}

static void explicit_file(void **state)
{
	struct cp_env *e = *state;
	const char *f = cp_env_file(e, "pat", "CANARY-EXPLICIT-0007abcd");
	struct cp_run r;

	cp_env_set(e, "DD_API_KEY", CANARY_API);
	CP_RUN(e, &r, NULL, "exec", "--pat-file", f, "--", "/bin/sh", "-c",
	       "printf '%s' \"$DD_BEARER_TOKEN\"");
	assert_string_equal(r.out, "CANARY-EXPLICIT-0007abcd");
	assert_int_equal(r.status, 0);
}

static void exit_status_passed_through(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "exec", "--", "/bin/sh", "-c", "exit 7");
	assert_int_equal(r.status, 7);
	CP_RUN(e, &r, NULL, "exec", "--", "/bin/sh", "-c", "kill -TERM $$");
	assert_int_equal(r.status, 128 + 15);
	/* arguments after the command are the command's, not credplug's */
	CP_RUN(e, &r, NULL, "exec", "/bin/sh", "-c", "printf '%s' \"$0\"",
	       "--help");
	assert_string_equal(r.out, "--help");
	assert_int_equal(r.status, 0);
}

static void profile_option(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "DD_API_KEY", CANARY_API);
	CP_RUN(e, &r, NULL, "--profile", "prod", "exec", "--", "/bin/sh", "-c",
	       "printf '%s' \"$CREDPLUG_PROFILE\"");
	assert_string_equal(r.out, "prod");
	assert_int_equal(r.status, 0);
}

static void command_not_found(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "exec", "--", "no-such-command-cp");
	cp_assert_err(
	        &r, "credplug: error: cannot run 'no-such-command-cp': No such "
	            "file or directory; check the command name and PATH\n");
	assert_int_equal(r.status, 127);
}

static void missing_command(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	CP_RUN(e, &r, NULL, "exec", "--");
	cp_assert_err(&r,
	              "credplug exec: missing command to run, e.g. 'credplug "
	              "exec -- datadog-ci ...'\nTry 'credplug exec --help'.\n");
	assert_int_equal(r.status, 2);
}

static void no_credential(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "DD_APP_KEY", CANARY_APP);
	/* the library's default: warn, run the command with what there is */
	CP_RUN(e, &r, NULL, "exec", "--auth", "apiKeyAuth", "--",
	       "/usr/bin/env");
	assert_string_equal(
	        r.err, "credplug: warning: no alternative of the endpoint's "
	               "security list is fully configured: apiKeyAuth lacks "
	               "the API key (DD_API_KEY); the request carries no "
	               "credential; --strict makes this exit 3\n");
	assert_null(strstr(r.out, "DD_API_KEY="));
	assert_null(strstr(r.out, CANARY_APP)); /* not accepted: removed */
	assert_int_equal(r.status, 0);
	CP_RUN(e, &r, NULL, "exec", "--strict", "--auth", "apiKeyAuth", "--",
	       "/bin/true");
	assert_non_null(strstr(r.err,
	                       "credplug: error: no credential satisfies the "
	                       "endpoint: "));
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 3);
}

static void destination_refused(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "exec", "--url", "http://api.datadoghq.com/", "--",
	       "/bin/sh", "-c", SHOW_ENV);
	assert_string_equal(r.out, "");
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 5);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(passes_environment, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(auth_list_removes_others, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(explicit_file, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(exit_status_passed_through,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(profile_option, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(command_not_found, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(missing_command, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(no_credential, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(destination_refused, cp_env_setup,
                                        cp_env_teardown),
};

CP_TEST_MAIN("cli_exec", tests, NULL, NULL)
