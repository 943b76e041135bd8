/*
 * "output": "value" against the real `pass` (Debian's pass and gnupg): a
 * throwaway GnuPG home and key made by the test (no passphrase, nothing
 * prompts) and a password store in the test's private directory.  The
 * provider passes PASSWORD_STORE_DIR and GNUPGHOME through its "env"
 * allowlist and nothing else.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "backend_util.h"
#include "cp_test.h"

static char dir[64];

/* `gpgconf --kill gpg-agent` for the agent of GnuPG home dir/<home>. */
static void kill_agent(const char *home)
{
	char cmd[256];

	snprintf(cmd, sizeof(cmd),
	         "GNUPGHOME='%s/%s' gpgconf --kill gpg-agent 2>/dev/null", dir,
	         home);
	if (system(cmd) != 0)
		print_message("could not stop the gpg-agent of %s/%s\n", dir,
		              home);
}

static int setup(void **state)
{
	static const char *const scripts[] = {"pass-init.sh"};
	char cmd[256], path[128];

	(void)state;
	if (access("/usr/bin/pass", X_OK) != 0 ||
	    access("/usr/bin/gpg", X_OK) != 0) {
		print_error("/usr/bin/pass or /usr/bin/gpg missing: install "
		            "pass and gnupg (scripts/deps.sh)\n");
		return -1;
	}
	if (bt_stage_scripts(dir, sizeof(dir), "/tmp/cp-process-pass.XXXXXX",
	                     scripts, 1) != 0)
		return -1;
	snprintf(cmd, sizeof(cmd), "'%s/pass-init.sh' '%s'", dir, dir);
	if (system(cmd) != 0) {
		print_error("pass-init.sh failed; see %s/gpg.log\n", dir);
		return -1;
	}
	snprintf(path, sizeof(path), "%s/gnupg", dir);
	setenv("GNUPGHOME", path, 1);
	snprintf(path, sizeof(path), "%s/store", dir);
	setenv("PASSWORD_STORE_DIR", path, 1);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	kill_agent("gnupg");
	kill_agent("empty");
	unsetenv("GNUPGHOME");
	unsetenv("PASSWORD_STORE_DIR");
	return bt_remove_dir(dir);
}

/* One `pass show ENTRY` entry for `field`, with extra keys `more`. */
#define PASS(entry, field, more)                                               \
	"{\"use\": \"process\", \"command\": [\"/usr/bin/pass\", \"show\", "   \
	"\"" entry "\"], \"output\": \"value\", \"field\": \"" field "\", "    \
	"\"timeout_ms\": 15000" more "}"
#define ALLOW ", \"env\": [\"PASSWORD_STORE_DIR\", \"GNUPGHOME\"]"

static void assert_no_secret(struct bt_ctx *b, const char *msg)
{
	static const char *const secrets[] = {"pass-Secret", "alice-Metadata"};
	char *text = NULL;

	assert_int_equal(credplug_explain_json(b->ctx, &text), CREDPLUG_OK);
	for (size_t i = 0; i < sizeof(secrets) / sizeof(secrets[0]); i++) {
		if (strstr(msg, secrets[i]) != NULL ||
		    strstr(text, secrets[i]) != NULL) {
			print_error("%s leaked: [%s] [%s]\n", secrets[i], msg,
			            text);
			fail();
		}
	}
	credplug_free(text);
}

/* The password line is the value; pass's metadata lines are ignored. */
static void test_pass_show_first_line(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[512];

	(void)state;
	bt_ctx_new(&b, "{\"providers\": [" PASS("dd/api_key", "api_key",
	                                        ALLOW) ", " PASS("dd/app_key",
	                                                         "app_key",
	                                                         ALLOW) "]}");
	assert_int_equal(b.rc, CREDPLUG_OK);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, "pass-Secret-api-value");
	bt_header(&b, "DD-APPLICATION-KEY", v, sizeof(v));
	assert_string_equal(v, CANARY_APP);
	bt_field_info(&b, "api_key", "locator", v, sizeof(v));
	assert_string_equal(v, "/usr/bin/pass (api_key)");
	bt_provider_info(&b, 0, "notes", v, sizeof(v));
	assert_string_equal(v,
	                    "[ \"\\/usr\\/bin\\/pass: the first line of "
	                    "stdout is api_key; 2 further lines ignored\" ]");
	bt_provider_info(&b, 1, "notes", v, sizeof(v));
	assert_string_equal(v, "[ ]");
	assert_no_secret(&b, msg);
	bt_ctx_free(&b);
}

/* A missing entry exits 1: "exit_status" makes it not found, and the chain
 * goes on to `env`. */
static void test_pass_missing_entry_not_found(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[512];

	(void)state;
	setenv("DD_API_KEY", "CANARY-ENV-6a7b8c9d0e1f", 1);
	bt_ctx_new(
	        &b,
	        "{\"providers\": [" PASS(
	                "dd/missing", "api_key",
	                ALLOW
	                ", \"exit_status\": [\"1=not_found\"]") ", {\"use\": "
	                                                        "\"env\"}]}");
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, "CANARY-ENV-6a7b8c9d0e1f");
	bt_provider_info(&b, 0, "status", v, sizeof(v));
	assert_string_equal(v, "not_found");
	bt_provider_info(&b, 0, "message", v, sizeof(v));
	assert_string_equal(v, "process: /usr/bin/pass exited with status 1 "
	                       "(\"exit_status\": not_found); stderr: Error: "
	                       "dd/missing is not in the password store.");
	unsetenv("DD_API_KEY");
	bt_ctx_free(&b);
}

/* Without the allowlist pass sees neither variable (nor HOME): it looks
 * in /.password-store and finds nothing.  Unavailable by default. */
static void test_pass_needs_the_allowlist(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[512];

	(void)state;
	bt_ctx_new(&b,
	           "{\"providers\": [" PASS("dd/api_key", "api_key",
	                                    ", \"on_error\": \"fail\"") "]}");
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EUNAVAILABLE);
	bt_provider_info(&b, 0, "message", v, sizeof(v));
	assert_string_equal(v, "process: /usr/bin/pass exited with status 1; "
	                       "stderr: Error: dd/api_key is not in the "
	                       "password store.");
	bt_ctx_free(&b);
}

/* GnuPG cannot decrypt (a home without the key): gpg exits 2, which
 * "1=not_found" does not cover, so it stays unavailable. */
static void test_pass_decrypt_failure_unavailable(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[512], home[128];

	(void)state;
	snprintf(home, sizeof(home), "%s/empty", dir);
	assert_int_equal(mkdir(home, 0700), 0);
	setenv("GNUPGHOME", home, 1);
	bt_ctx_new(&b, "{\"providers\": [" PASS("dd/api_key", "api_key",
	                                        ALLOW
	                                        ", \"exit_status\": "
	                                        "[\"1=not_found\"], "
	                                        "\"on_error\": \"fail\"") "]}");
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EUNAVAILABLE);
	bt_provider_info(&b, 0, "message", v, sizeof(v));
	assert_string_equal(v, "process: /usr/bin/pass exited with status 2; "
	                       "stderr: gpg: decryption failed: No secret key");
	assert_no_secret(&b, msg);
	snprintf(home, sizeof(home), "%s/gnupg", dir);
	setenv("GNUPGHOME", home, 1);
	bt_ctx_free(&b);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pass_show_first_line),
        cmocka_unit_test(test_pass_missing_entry_not_found),
        cmocka_unit_test(test_pass_needs_the_allowlist),
        cmocka_unit_test(test_pass_decrypt_failure_unavailable),
};

CP_TEST_MAIN("process_value_pass", tests, setup, teardown)
