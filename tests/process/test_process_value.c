/*
 * The `process` provider's plain-value mode ("output": "value") through the
 * public API, with real child processes (tests/process/scripts/value.sh,
 * copied into a private 0700 directory, mode 0755): the first line of stdout
 * is one field's value, as password managers print it.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "backend_util.h"
#include "cp_test.h"

static char dir[64];

static int setup(void **state)
{
	static const char *const scripts[] = {"value.sh"};

	(void)state;
	return bt_stage_scripts(dir, sizeof(dir),
	                        "/tmp/cp-process-value.XXXXXX", scripts, 1);
}

static int teardown(void **state)
{
	(void)state;
	return bt_remove_dir(dir);
}

/* A chain of one value-mode entry running dir/value.sh MODE, with extra keys
 * `more`, then `env`. */
#define VALUE(mode, more)                                                      \
	"{\"providers\": [{\"use\": \"process\", \"command\": "                \
	"[\"%s/value.sh\", "                                                   \
	"\"" mode "\"], \"output\": \"value\", \"field\": \"api_key\"" more    \
	"}, {\"use\": \"env\"}]}"

/* What the helper printed never shows up: not in the message, not in
 * explain (the canaries are checked by backend_util as well). */
static void assert_no_secret(struct bt_ctx *b, const char *msg)
{
	static const char *const secrets[] = {"hunter2", "Secret",
	                                      "alice-Metadata"};
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

/* The provider's message in explain must be exactly the printf-style text. */
__attribute__((format(printf, 2, 3))) static void
assert_message(struct bt_ctx *b, const char *fmt, ...)
{
	char want[1024], got[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(want, sizeof(want), fmt, ap);
	va_end(ap);
	bt_provider_info(b, 0, "message", got, sizeof(got));
	assert_string_equal(got, want);
}

static void test_first_line_is_the_value(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[512], want[128];

	(void)state;
	bt_ctx_new(&b, VALUE("one", ""), dir);
	assert_int_equal(b.rc, CREDPLUG_OK);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, "hunter2-Secret");
	bt_field_info(&b, "api_key", "locator", v, sizeof(v));
	snprintf(want, sizeof(want), "%s/value.sh (api_key)", dir);
	assert_string_equal(v, want);
	bt_field_info(&b, "api_key", "expires_at", v, sizeof(v));
	assert_string_equal(v, ""); /* no ttl_ms: no expiry */
	bt_provider_info(&b, 0, "notes", v, sizeof(v));
	assert_string_equal(v, "[ ]");
	bt_ctx_free(&b);

	/* No line ending at all (what `secret-tool lookup` prints to a
	 * pipe), and another field. */
	bt_ctx_new(&b,
	           "{\"providers\": [{\"use\": \"process\", \"command\": "
	           "[\"%s/value.sh\", \"bare\"], \"output\": \"value\", "
	           "\"field\": \"pat\"}]}",
	           dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "Authorization", v, sizeof(v));
	assert_string_equal(v, "Bearer hunter2-Secret");
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, "");
	assert_no_secret(&b, msg);
	bt_ctx_free(&b);
}

/* Two lines: the first is the value, the rest (pass keeps metadata there)
 * is ignored with a note; every line is masked in stderr. */
static void test_two_lines_first_is_used(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[512], want[512], jdir[128];
	size_t k = 0;

	(void)state;
	for (const char *p = dir; *p != '\0' && k + 3 < sizeof(jdir); p++) {
		if (*p == '/')
			jdir[k++] = '\\';
		jdir[k++] = *p;
	}
	jdir[k] = '\0';
	bt_ctx_new(&b, VALUE("two", ""), dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, "hunter2-Secret");
	/* Explain's notes, as JSON (which writes "/" as "\\/"). */
	bt_provider_info(&b, 0, "notes", v, sizeof(v));
	snprintf(want, sizeof(want),
	         "[ \"%s\\/value.sh: the first line of stdout is api_key; 1 "
	         "further line ignored\", \"%s\\/value.sh stderr: helper: read "
	         "**** for ****\" ]",
	         jdir, jdir);
	assert_string_equal(v, want);
	assert_no_secret(&b, msg);
	bt_ctx_free(&b);
}

/* Nothing printed: not set, the chain goes on to `env`. */
static void test_empty_output_is_not_found(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[512];

	(void)state;
	setenv("DD_API_KEY", "CANARY-ENV-3e4f5a6b7c8d", 1);
	bt_ctx_new(&b, VALUE("empty", ""), dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, "CANARY-ENV-3e4f5a6b7c8d");
	bt_provider_info(&b, 0, "status", v, sizeof(v));
	assert_string_equal(v, "not_found");
	assert_message(&b,
	               "process: %s/value.sh printed nothing on stdout: "
	               "api_key is not set (an empty value means not "
	               "set)",
	               dir);
	bt_ctx_free(&b);

	/* An empty first line over metadata: not set either. */
	bt_ctx_new(&b, VALUE("blank", ""), dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_provider_info(&b, 0, "status", v, sizeof(v));
	assert_string_equal(v, "not_found");
	assert_message(&b,
	               "process: %s/value.sh printed an empty first line "
	               "on stdout: api_key is not set (an empty value "
	               "means not set; 1 further line ignored)",
	               dir);
	assert_no_secret(&b, msg);
	bt_ctx_free(&b);

	/* A line ending alone. */
	bt_ctx_new(&b, VALUE("newline", ""), dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_provider_info(&b, 0, "status", v, sizeof(v));
	assert_string_equal(v, "not_found");
	assert_message(&b,
	               "process: %s/value.sh printed an empty first line on "
	               "stdout: api_key is not set (an empty value means not "
	               "set)",
	               dir);
	unsetenv("DD_API_KEY");
	bt_ctx_free(&b);
}

/* "\r\n" is a line ending; a carriage return inside the line is refused
 * (the resolve fails closed) without showing the value. */
static void test_carriage_return(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[512];

	(void)state;
	bt_ctx_new(&b, VALUE("crlf", ""), dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, "hunter2-Secret");
	bt_ctx_free(&b);

	bt_ctx_new(&b, VALUE("cr", ""), dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EINVALID);
	bt_provider_info(&b, 0, "status", v, sizeof(v));
	assert_string_equal(v, "invalid");
	assert_message(&b,
	               "process: the first line %s/value.sh printed on "
	               "stdout (the value of api_key) contains a carriage "
	               "return; a value has no control characters (only a "
	               "\"\\r\\n\" line ending is removed); stderr: "
	               "helper: read ****",
	               dir);
	assert_no_secret(&b, msg);
	bt_ctx_free(&b);
}

/* The host's own validation still applies (surrounding whitespace). */
static void test_surrounding_space_is_invalid(void **state)
{
	struct bt_ctx b;
	char msg[1024];

	(void)state;
	bt_ctx_new(&b, VALUE("space", ""), dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EINVALID);
	assert_message(&b,
	               "api_key from %s/value.sh (api_key) has leading or "
	               "trailing whitespace",
	               dir);
	assert_no_secret(&b, msg);
	bt_ctx_free(&b);
}

/* Exit 1: unavailable by default (the chain goes on); "exit_status" maps
 * it to another status. */
static void test_exit_1(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[512];

	(void)state;
	bt_ctx_new(&b, VALUE("exit1", ", \"on_error\": \"fail\""), dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EUNAVAILABLE);
	assert_message(&b,
	               "process: %s/value.sh exited with status 1; stderr: "
	               "Error: dd/api_key is not in the password store.",
	               dir);
	bt_ctx_free(&b);

	setenv("DD_API_KEY", "CANARY-ENV-3e4f5a6b7c8d", 1);
	bt_ctx_new(&b, VALUE("exit1", ", \"exit_status\": [\"1=not_found\"]"),
	           dir);
	assert_int_equal(b.rc, CREDPLUG_OK);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, "CANARY-ENV-3e4f5a6b7c8d");
	bt_provider_info(&b, 0, "status", v, sizeof(v));
	assert_string_equal(v, "not_found");
	assert_message(&b,
	               "process: %s/value.sh exited with status 1 "
	               "(\"exit_status\": not_found); stderr: Error: "
	               "dd/api_key is not in the password store.",
	               dir);
	unsetenv("DD_API_KEY");
	bt_ctx_free(&b);

	/* Mapped to denied: fails closed, env is not consulted. */
	bt_ctx_new(&b,
	           VALUE("exit1", ", \"exit_status\": [\"2=invalid\", "
	                          "\"1=denied\"]"),
	           dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EDENIED);
	bt_ctx_free(&b);
}

/* Past max_output the command is killed; the message says what fits. */
static void test_overflow_is_invalid(void **state)
{
	struct bt_ctx b;
	char msg[1024];

	(void)state;
	bt_ctx_new(&b, VALUE("one", ", \"max_output\": 8"), dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EINVALID);
	assert_message(&b,
	               "process: output of %s/value.sh exceeds 8 bytes; it "
	               "must print one value on its first line (or raise "
	               "\"max_output\")",
	               dir);
	assert_no_secret(&b, msg);
	bt_ctx_free(&b);
}

/* ttl_ms gives the value an expiry; the core re-reads it ahead of time
 * from apply alone (no credplug_resolve after the first). */
static void test_ttl_refreshes_ahead(void **state)
{
	struct bt_ctx b;
	char v[512], first[64];
	int64_t t0, changed = -1;

	(void)state;
	bt_ctx_new(&b, VALUE("counter\", \"%s/count", ", \"ttl_ms\": 1500"),
	           dir, dir);
	assert_int_equal(b.rc, CREDPLUG_OK);
	t0 = bt_now_ms();
	bt_header(&b, "DD-API-KEY", first, sizeof(first));
	assert_string_equal(first, "rotated-value-1");
	bt_field_info(&b, "api_key", "expires_at", v, sizeof(v));
	assert_true(strlen(v) == 20 && v[19] == 'Z'); /* RFC 3339, seconds */
	while (bt_now_ms() - t0 < 5000) {
		bt_header(&b, "DD-API-KEY", v, sizeof(v));
		if (strcmp(v, first) != 0) {
			changed = bt_now_ms() - t0;
			break;
		}
		usleep(20 * 1000);
	}
	/* Expiry: now + 1.5 s rounded up to the second (1.5 to 2.5 s later);
	 * the refresh is planned at least 1 s after the read and before the
	 * expiry (the bound allows for a loaded machine). */
	print_message("value changed after %lld ms\n", (long long)changed);
	assert_string_equal(v, "rotated-value-2");
	assert_true(changed >= 1000);
	assert_true(changed <= 3500);
	bt_ctx_free(&b);
}

static void test_option_errors(void **state)
{
	static const struct {
		const char *more, *want;
	} cases[] = {
	        {", \"output\": \"plain\"",
	         "process: \"output\" must be \"document\" (one JSON "
	         "credential document, the default) or \"value\" (the first "
	         "line of stdout is the value of \"field\"), not \"plain\""},
	        {", \"output\": \"value\"",
	         "process: \"output\": \"value\" needs \"field\", the field "
	         "the "
	         "command prints: one of api_key, app_key, pat, site"},
	        {", \"output\": \"value\", \"field\": \"apikey\"",
	         "process: \"field\" must be one of api_key, app_key, pat, "
	         "site, not \"apikey\""},
	        {", \"field\": \"api_key\"",
	         "process: \"field\" applies only with \"output\": \"value\" "
	         "(a credential document names its own fields)"},
	        {", \"ttl_ms\": 60000",
	         "process: \"ttl_ms\" applies only with \"output\": \"value\" "
	         "(a credential document carries its own \"expires_at\")"},
	        {", \"output\": \"value\", \"field\": \"pat\", \"ttl_ms\": 999",
	         "process: \"ttl_ms\" must be between 1000 and 31622400000 "
	         "(366 days), not 999"},
	        {", \"exit_status\": [\"1=nope\"]",
	         "process: \"exit_status\" entry \"1=nope\" must be "
	         "CODE=STATUS with CODE 1 to 255 and STATUS one of not_found, "
	         "unavailable, timed_out, invalid, denied, internal (e.g. "
	         "\"1=not_found\")"},
	        {", \"exit_status\": [\"0=not_found\"]",
	         "\"exit_status\" entry \"0=not_found\" must be CODE=STATUS"},
	        {", \"exit_status\": [\"256=not_found\"]",
	         "\"exit_status\" entry \"256=not_found\" must be CODE=STATUS"},
	        {", \"exit_status\": [\"x1=not_found\"]",
	         "\"exit_status\" entry \"x1=not_found\" must be CODE=STATUS"},
	        {", \"exit_status\": [\"not_found\"]",
	         "\"exit_status\" entry \"not_found\" must be CODE=STATUS"},
	        {", \"exit_status\": [\"1=not_found\", \"1=denied\"]",
	         "process: \"exit_status\" maps exit code 1 twice"},
	        {", \"exit_status\": \"1=not_found\"", "exit_status"},
	        {", \"outptu\": \"value\"", "outptu"},
	};
	struct bt_ctx b;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		bt_ctx_new(&b,
		           "{\"providers\": [{\"use\": \"process\", "
		           "\"command\": [\"/bin/true\"]%s}]}",
		           cases[i].more);
		if (b.rc != CREDPLUG_ECONFIG)
			print_error("case %zu: rc %d [%s]\n", i, b.rc, b.err);
		assert_int_equal(b.rc, CREDPLUG_ECONFIG);
		bt_assert_contains(b.err, cases[i].want);
		assert_null(b.ctx);
	}
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_line_is_the_value),
        cmocka_unit_test(test_two_lines_first_is_used),
        cmocka_unit_test(test_empty_output_is_not_found),
        cmocka_unit_test(test_carriage_return),
        cmocka_unit_test(test_surrounding_space_is_invalid),
        cmocka_unit_test(test_exit_1),
        cmocka_unit_test(test_overflow_is_invalid),
        cmocka_unit_test(test_ttl_refreshes_ahead),
        cmocka_unit_test(test_option_errors),
};

CP_TEST_MAIN("process_value", tests, setup, teardown)
