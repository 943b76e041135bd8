/*
 * The one carrier of error text before a context exists (struct cp_diag,
 * core/errors.h): the first failure's status and text win, later ones do
 * not overwrite them (curl's rule).  The unit cases call cp_diag_set
 * directly (linked from the static library, where cp_* is visible); the
 * others go through credplug_ctx_new / credplug_ctx_open with the real
 * mock module, whose create reads every option even after a bad one.
 */
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "internal.h"

#define MOCK T_MODS_DIR "/mock.so"

static void first_failure_wins(void **state)
{
	struct cp_diag d = {0};

	(void)state;
	assert_false(d.set);
	assert_int_equal(cp_diag_set(&d, CREDPLUG_ECONFIG, "first %d", 1),
	                 CREDPLUG_ECONFIG);
	/* a later failure returns its own status but changes nothing */
	assert_int_equal(cp_diag_set(&d, CREDPLUG_ENOMEM, "second %d", 2),
	                 CREDPLUG_ENOMEM);
	assert_true(d.set);
	assert_int_equal(d.status, CREDPLUG_ECONFIG);
	assert_string_equal(d.msg, "first 1");
}

/* Cut at CP_DIAG_MAX - 1 bytes, as a context's errmsg is. */
static void long_text_is_cut(void **state)
{
	struct cp_diag d = {0};
	char big[3 * CP_DIAG_MAX];

	(void)state;
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	cp_diag_set(&d, CREDPLUG_ECONFIG, "%s", big);
	assert_int_equal(strlen(d.msg), CP_DIAG_MAX - 1);
	assert_int_equal(CP_DIAG_MAX,
	                 sizeof(((struct credplug_ctx *)0)->errmsg));
}

/* Nothing recorded: the context's error text is left alone. */
static void unset_is_not_copied(void **state)
{
	struct credplug_ctx *ctx = t_ctx("{'providers': [{'use': 'env'}]}", 0);
	struct cp_diag d = {0};

	(void)state;
	cp_fail(ctx, CREDPLUG_EINVAL, "kept");
	cp_diag_to_ctx(ctx, &d);
	assert_string_equal(credplug_errmsg(ctx), "kept");
	cp_diag_set(&d, CREDPLUG_ECONFIG, "copied");
	cp_diag_to_ctx(ctx, &d);
	assert_string_equal(credplug_errmsg(ctx), "copied");
	credplug_ctx_free(ctx);
}

/* Two options of the wrong type: the first the module asks for is
 * reported (the mock asks for "status" before "message"), and it beats
 * create's own INVALID, which came after it. */
#define TWO_BAD                                                                \
	"{'providers': [{'use': '" MOCK "', 'message': 2, 'status': 1}]}"

static void option_errors_first_wins(void **state)
{
	struct credplug_ctx *ctx = NULL;
	char err[CP_DIAG_MAX], want[CP_DIAG_MAX];
	const char *col;
	int n;

	(void)state;
	/* the column of "status" in the config text, counted by hand: */
	col = strstr(TWO_BAD, "'status'");
	n = snprintf(want, sizeof(want),
	             "config_json:1:%d: /providers/0/status: expected a string "
	             "(provider \"mock\")",
	             (int)(col - TWO_BAD) + 1);
	assert_true(n > 0);
	assert_int_equal(t_ctx_new(&ctx, TWO_BAD, 0, err, sizeof(err)),
	                 CREDPLUG_ECONFIG);
	assert_null(ctx);
	assert_string_equal(err, want);
}

/* credplug_ctx_open's failed context takes the carrier's status and text
 * once; what fails on it later reports that first failure again. */
static void open_failure_is_copied_once(void **state)
{
	struct credplug_ctx *ctx = NULL;
	char *json = t_json("{'providers': [{'use': 'env', 'allow_file': 1}]}");
	const char *want = "config_json:1:31: /providers/0/allow_file: "
	                   "expected true or false (provider \"env\")";

	(void)state;
	assert_int_equal(credplug_ctx_open(&ctx, NULL, json, 0),
	                 CREDPLUG_ECONFIG);
	free(json);
	assert_non_null(ctx);
	assert_string_equal(credplug_errmsg(ctx), want);
	assert_int_equal(credplug_set(ctx, 99, "x"), CREDPLUG_ECONFIG);
	assert_string_equal(credplug_errmsg(ctx), want);
	credplug_ctx_free(ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(first_failure_wins),
        cmocka_unit_test(long_text_is_cut),
        cmocka_unit_test(unset_is_not_copied),
        cmocka_unit_test(option_errors_first_wins),
        cmocka_unit_test(open_failure_is_copied_once),
};

CP_TEST_MAIN("core_diag", tests, NULL, NULL)
