/*
 * The `process` provider through the public API, with real child processes
 * (tests/process/scripts, copied into a private 0700 directory, mode 0755).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "backend_util.h"
#include "cp_test.h"

static char dir[64];

static const char *const scripts[] = {"ok.sh",   "error.sh", "malformed.sh",
                                      "huge.sh", "hang.sh",  "grandchild.sh",
                                      "fail.sh", "env.sh",   "expiring.sh"};

static int setup(void **state)
{
	(void)state;
	return bt_stage_scripts(dir, sizeof(dir), "/tmp/cp-process.XXXXXX",
	                        scripts, sizeof(scripts) / sizeof(scripts[0]));
}

static int teardown(void **state)
{
	(void)state;
	return bt_remove_dir(dir);
}

/* A one-entry chain running dir/<script> with extra keys `more`. */
#define ONE(script_args, more)                                                 \
	"{\"providers\": [{\"use\": \"process\", \"command\": [" script_args   \
	"]" more "}]}"

static void test_success_sets_fields_and_expiry(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[256];

	bt_ctx_new(&b, ONE("\"%s/ok.sh\"", ""), dir);
	assert_int_equal(b.rc, CREDPLUG_OK);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, CANARY_API);
	bt_header(&b, "Authorization", v, sizeof(v));
	assert_string_equal(v, "Bearer " CANARY_PAT);
	/* 2099-01-01T01:00:00+01:00 is midnight UTC. */
	bt_field_info(&b, "api_key", "expires_at", v, sizeof(v));
	assert_string_equal(v, "2099-01-01T00:00:00Z");
	bt_field_info(&b, "pat", "expires_at", v, sizeof(v));
	assert_string_equal(v, "2099-01-01T00:00:00Z");
	bt_field_info(&b, "app_key", "provider", v, sizeof(v));
	assert_string_equal(v, "process");
	bt_field_info(&b, "app_key", "locator", v, sizeof(v));
	bt_assert_contains(v, "/ok.sh (app_key)");
	bt_provider_info(&b, 0, "notes", v, sizeof(v));
	bt_assert_contains(v, "stderr: dd-creds: fetched lease 42");
	bt_ctx_free(&b);
}

static void test_error_document_maps_status(void **state)
{
	struct bt_ctx b;
	char msg[1024];

	bt_ctx_new(&b, ONE("\"%s/error.sh\", \"denied\"", ""), dir);
	assert_int_equal(b.rc, CREDPLUG_OK);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EDENIED);
	bt_assert_contains(msg,
	                   "/error.sh reported \"denied\": vault said no for "
	                   "path secret/dd");
	bt_ctx_free(&b);
}

static void test_error_not_found_chain_goes_on(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[256];

	setenv("DD_API_KEY", "CANARY-ENV-1d2c3b4a5f6e", 1);
	bt_ctx_new(&b,
	           "{\"providers\": [{\"use\": \"process\", \"command\": "
	           "[\"%s/error.sh\", \"not_found\", \"1\"]}, {\"use\": "
	           "\"env\"}]}",
	           dir);
	assert_int_equal(b.rc, CREDPLUG_OK);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, "CANARY-ENV-1d2c3b4a5f6e");
	bt_provider_info(&b, 0, "status", v, sizeof(v));
	assert_string_equal(v, "not_found");
	bt_provider_info(&b, 0, "message", v, sizeof(v));
	bt_assert_contains(v, "reported \"not_found\": vault said no");
	unsetenv("DD_API_KEY");
	bt_ctx_free(&b);
}

static void test_malformed_json_is_invalid(void **state)
{
	struct bt_ctx b;
	char msg[1024];

	bt_ctx_new(&b, ONE("\"%s/malformed.sh\"", ""), dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EINVALID);
	bt_assert_contains(msg, "/malformed.sh printed an unusable document on "
	                        "stdout: malformed JSON at line 3, column 1: "
	                        "unexpected end of document");
	bt_ctx_free(&b);
}

static void test_huge_output_is_capped(void **state)
{
	struct bt_ctx b;
	char msg[1024];
	int64_t ms;

	bt_ctx_new(&b, ONE("\"%s/huge.sh\"", ", \"timeout_ms\": 5000"), dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), &ms),
	                 CREDPLUG_EINVALID);
	bt_assert_contains(msg,
	                   "/huge.sh exceeds 65536 bytes; it must print one "
	                   "small JSON document (or raise \"max_output\")");
	assert_true(ms < 4000);
	assert_true(bt_no_children());
	bt_ctx_free(&b);
}

static void test_max_output_option(void **state)
{
	struct bt_ctx b;
	char msg[1024];

	bt_ctx_new(&b, ONE("\"%s/ok.sh\"", ", \"max_output\": 16"), dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EINVALID);
	bt_assert_contains(msg, "exceeds 16 bytes");
	bt_ctx_free(&b);
}

static int read_pids(const char *path, int *a, int *b)
{
	FILE *f = fopen(path, "r");
	int n;

	if (f == NULL)
		return 0;
	n = fscanf(f, "%d %d", a, b);
	fclose(f);
	return n;
}

static void test_hang_killed_at_deadline(void **state)
{
	struct bt_ctx b;
	char msg[1024], pidfile[128];
	int sh = 0, sleeper = 0, fds = bt_count_fds();
	int64_t ms;

	snprintf(pidfile, sizeof(pidfile), "%s/hang.pids", dir);
	bt_ctx_new(&b,
	           ONE("\"%s/hang.sh\", \"%s\"", ", \"timeout_ms\": 300, "
	                                         "\"on_error\": \"fail\""),
	           dir, pidfile);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), &ms),
	                 CREDPLUG_ETIMEDOUT);
	bt_assert_contains(msg, "/hang.sh did not finish within its deadline");
	bt_assert_contains(msg, "its process group was killed");
	assert_true(ms >= 250 && ms < 300 + 1500);
	assert_int_equal(read_pids(pidfile, &sh, &sleeper), 2);
	assert_true(bt_no_children()); /* the direct child was reaped */
	assert_true(bt_wait_dead(sh, 2000));
	assert_true(bt_wait_dead(sleeper, 2000)); /* the whole group died */
	assert_int_equal(bt_count_fds(), fds);    /* no pipe left open */
	bt_ctx_free(&b);
}

static void test_grandchild_holding_stdout(void **state)
{
	struct bt_ctx b;
	char msg[1024], pidfile[128], v[128];
	int gc = 0, unused = 0, fds = bt_count_fds();
	int64_t ms;

	snprintf(pidfile, sizeof(pidfile), "%s/gc.pid", dir);
	bt_ctx_new(
	        &b,
	        ONE("\"%s/grandchild.sh\", \"%s\"", ", \"timeout_ms\": 5000"),
	        dir, pidfile);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), &ms), CREDPLUG_OK);
	assert_true(ms < 1500); /* did not wait for the grandchild's EOF */
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, CANARY_API);
	assert_int_equal(read_pids(pidfile, &gc, &unused), 1);
	assert_true(bt_wait_dead(gc, 2000));
	assert_true(bt_no_children());
	assert_int_equal(bt_count_fds(), fds);
	bt_ctx_free(&b);
}

static void test_nonzero_exit_shows_redacted_stderr(void **state)
{
	struct bt_ctx b;
	char msg[1024];

	bt_ctx_new(&b, ONE("\"%s/fail.sh\"", ", \"on_error\": \"fail\""), dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EUNAVAILABLE);
	bt_assert_contains(msg, "/fail.sh exited with status 3; stderr: vault: "
	                        "login failed [31m for token **** vault: "
	                        "permission denied on secret/dd");
	assert_null(strchr(msg, '\033'));
	assert_null(strstr(msg, "9f8e7d6c5b4a"));
	bt_ctx_free(&b);
}

static void test_relative_command_refused(void **state)
{
	struct bt_ctx b;

	bt_ctx_new(&b, ONE("\"bin/dd-creds\", \"--json\"", ""));
	assert_int_equal(b.rc, CREDPLUG_ECONFIG);
	bt_assert_contains(b.err,
	                   "process: command \"bin/dd-creds\" is not an "
	                   "absolute path; no shell or PATH search is used");
	assert_null(b.ctx);
}

static void test_missing_command_option(void **state)
{
	struct bt_ctx b;

	bt_ctx_new(&b, "{\"providers\": [{\"use\": \"process\"}]}");
	assert_int_equal(b.rc, CREDPLUG_ECONFIG);
	bt_assert_contains(b.err, "process: option \"command\" is required");
	bt_ctx_new(&b, ONE("\"/bin/true\"", ", \"env\": [\"NOT-A-NAME\"]"));
	assert_int_equal(b.rc, CREDPLUG_ECONFIG);
	bt_assert_contains(b.err, "\"env\" entry \"NOT-A-NAME\" is not an "
	                          "environment variable name");
}

static void test_world_writable_refused(void **state)
{
	struct bt_ctx b;
	char msg[1024], from[128], to[128];

	snprintf(from, sizeof(from), "%s/ok.sh", dir);
	snprintf(to, sizeof(to), "%s/ww.sh", dir);
	assert_int_equal(bt_copy_file(from, to, 0757), 0);
	bt_ctx_new(&b, ONE("\"%s\"", ""), to);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EDENIED);
	bt_assert_contains(msg, "/ww.sh: writable by other users (mode 0757); "
	                        "run: chmod go-w");
	bt_ctx_free(&b);
	unlink(to);
}

static void test_missing_command_unavailable(void **state)
{
	struct bt_ctx b;
	char msg[1024];

	bt_ctx_new(&b, ONE("\"%s/absent.sh\"", ", \"on_error\": \"fail\""),
	           dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EUNAVAILABLE);
	bt_assert_contains(msg, "/absent.sh does not exist; install it or fix "
	                        "\"command\"");
	bt_ctx_free(&b);
}

static void test_env_allowlist_and_stdin(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[128];

	setenv("CP_TEST_ALLOWED", "CANARY-ENV-0a9b8c7d6e5f", 1);
	setenv("CP_TEST_NOT_ALLOWED", "leak", 1);
	setenv("HOME", "/root", 1);
	bt_ctx_new(&b,
	           ONE("\"%s/env.sh\"", ", \"env\": [\"CP_TEST_ALLOWED\"], "
	                                "\"on_error\": \"fail\""),
	           dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, "CANARY-ENV-0a9b8c7d6e5f");
	bt_ctx_free(&b);
	/* Without the allowlist the variable is not passed: empty api_key. */
	bt_ctx_new(&b, ONE("\"%s/env.sh\"", ""), dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_provider_info(&b, 0, "status", v, sizeof(v));
	assert_string_equal(v, "not_found");
	bt_ctx_free(&b);
	unsetenv("CP_TEST_ALLOWED");
	unsetenv("CP_TEST_NOT_ALLOWED");
}

static void test_expired_document_unavailable(void **state)
{
	struct bt_ctx b;
	char msg[1024];

	bt_ctx_new(&b,
	           ONE("\"%s/expiring.sh\", \"2000-01-01T00:00:00.25Z\"",
	               ", \"on_error\": \"fail\""),
	           dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EUNAVAILABLE);
	bt_assert_contains(msg, "/expiring.sh: the credentials it returned "
	                        "expired at 2000-01-01T00:00:00Z");
	bt_ctx_free(&b);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_success_sets_fields_and_expiry),
        cmocka_unit_test(test_error_document_maps_status),
        cmocka_unit_test(test_error_not_found_chain_goes_on),
        cmocka_unit_test(test_malformed_json_is_invalid),
        cmocka_unit_test(test_huge_output_is_capped),
        cmocka_unit_test(test_max_output_option),
        cmocka_unit_test(test_hang_killed_at_deadline),
        cmocka_unit_test(test_grandchild_holding_stdout),
        cmocka_unit_test(test_nonzero_exit_shows_redacted_stderr),
        cmocka_unit_test(test_relative_command_refused),
        cmocka_unit_test(test_missing_command_option),
        cmocka_unit_test(test_world_writable_refused),
        cmocka_unit_test(test_missing_command_unavailable),
        cmocka_unit_test(test_env_allowlist_and_stdin),
        cmocka_unit_test(test_expired_document_unavailable),
};

CP_TEST_MAIN("process", tests, setup, teardown)
