/*
 * Security finding 3 (issue 10): scrubbing secrets out of messages.
 *
 * cp_scrub() used to search the text again from its start after each
 * replacement, so a value equal to "****" (a valid value) in a message
 * holding "****" (credplug's own mask) looped for ever, holding the
 * context lock.  The unit cases call the scrubber directly (linked from
 * the static library, where cp_* is visible); the resolve cases go
 * through the real host with the mock module.  Every case runs under
 * alarm(): a hang fails the test with SIGALRM instead of the ctest timeout.
 */
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "helpers.h"
#include "internal.h"

#define MOCK T_MODS_DIR "/mock.so"

/* scrub `in` of the values (NULL-terminated) and compare with `want`. */
static void check_scrub(const char *in, const char *const *vals,
                        const char *want)
{
	struct cp_secret_ref refs[8];
	char text[CP_MSG_MAX];
	size_t n = 0;

	for (; vals[n] != NULL; n++)
		refs[n] = (struct cp_secret_ref){vals[n], strlen(vals[n])};
	snprintf(text, sizeof(text), "%s", in);
	alarm(10);
	cp_scrub_all(text, refs, n);
	alarm(0);
	assert_string_equal(text, want);
}

#define SCRUB(in, want, ...)                                                   \
	check_scrub(in, (const char *const[]){__VA_ARGS__, NULL}, want)

/* The finding itself: the value is the mask. */
static void sec03_scrub_mask_value_terminates(void **state)
{
	(void)state;
	SCRUB("key ****abcd is wrong; **** again",
	      "key ****abcd is wrong; "
	      "**** again",
	      "****");
	SCRUB("****", "****", "****");
	SCRUB("********", "****", "****");
	SCRUB("*****", "****", "****");
}

/* Values made only of '*', longer or shorter than the mask. */
static void sec03_scrub_star_values(void **state)
{
	char text[CP_MSG_MAX];

	(void)state;
	SCRUB("x ******** y", "x **** y", "*****");
	SCRUB("x *** y", "x *** y", "*****");
	SCRUB("a ** b", "a ** b", "**"); /* under 4 bytes: not a secret */
	SCRUB("a *** b", "a *** b", "***");
	SCRUB("**x**", "**x**", "****");
	/* A whole message of stars with the mask as a value. */
	memset(text, '*', sizeof(text) - 1);
	text[sizeof(text) - 1] = '\0';
	alarm(10);
	cp_scrub(text, "****", 4);
	alarm(0);
	assert_string_equal(text, "****");
}

/* Overlapping and adjacent occurrences of one value: no piece survives. */
static void sec03_scrub_overlapping(void **state)
{
	(void)state;
	SCRUB("xababab y", "x**** y", "abab");
	SCRUB("KEY1KEY1KEY1 end", "**** end", "KEY1");
	SCRUB("aaaaaaaaaa", "****", "aaaa");
	SCRUB("aaa", "aaa", "aaaa");
	SCRUB("ab**** tail", "ab**** tail", "b****x"); /* no occurrence */
	SCRUB("ab** ab*** ab**", "**** ***** ****", "ab**");
}

/* Several values at once: one's mask must not cut another's occurrence
 * into a piece that survives (in turn, "abcd1" then "d1xyz" left "xyz"). */
static void sec03_scrub_several_values(void **state)
{
	(void)state;
	SCRUB("--abcd1xyz--", "--****--", "abcd1", "d1xyz");
	SCRUB("--abcd1xyz--", "--****--", "d1xyz", "abcd1");
	SCRUB("A=SECRET-ONE B=SECRET-TWO", "A=**** B=****", "SECRET-ONE",
	      "SECRET-TWO");
	SCRUB("SECRET-ONESECRET-TWO!", "****!", "SECRET-ONE", "SECRET-TWO");
	/* The longest value at a position wins, a shorter one inside it too. */
	SCRUB("pre LONG-SECRET-VALUE post", "pre **** post", "SECRET",
	      "LONG-SECRET-VALUE");
	/* The mask itself among the values, with a real key. */
	SCRUB("****7b2d key CANARY-7b2d", "****7b2d key ****", "****",
	      "CANARY-7b2d");
}

static void sec03_scrub_edges(void **state)
{
	struct cp_secret_ref none[2] = {{NULL, 8}, {"abcd", 0}};
	char text[16] = "abcd";

	(void)state;
	SCRUB("", "", "abcd");
	SCRUB("abcd", "****", "abcd");
	SCRUB("abc", "abc", "abcd");
	SCRUB("no secret here", "no secret here", "abcd");
	cp_scrub_all(text, none, 2); /* NULL value, zero length */
	assert_string_equal(text, "abcd");
	cp_scrub(text, NULL, 0);
	assert_string_equal(text, "abcd");
}

/* Through the host: the provider's value is "****" and its message holds
 * "****"; the resolve returns, with the exact status and message. */
static void sec03_resolve_mask_value_terminates(void **state)
{
	struct credplug_ctx *ctx;
	struct json_object *doc;
	int rc;

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'" MOCK "','name':'mock',"
	            "'status':'invalid','api_key':'****',"
	            "'message':'backend says ****abcd and %V'}]}",
	            0);
	alarm(10);
	rc = credplug_resolve(ctx);
	alarm(0);
	assert_int_equal(rc, CREDPLUG_EINVALID);
	assert_string_equal(credplug_errmsg(ctx),
	                    "provider \"mock\" (chain entry 0) invalid: "
	                    "backend says ****abcd and ****");
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "providers/0/message"),
	                    "backend says ****abcd and ****");
	json_object_put(doc);
	credplug_ctx_free(ctx);
}

/* A found "****" value and a later provider whose message holds the mask:
 * scrubbing the later message with the earlier value must end too. */
static void sec03_resolve_mask_value_later_message(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;
	struct json_object *doc;
	int rc;

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'" MOCK "','name':'first',"
	            "'api_key':'****','message':'first ok'},"
	            "{'use':'" MOCK "','name':'second','status':'not_found',"
	            "'message':'nothing for ****, ********* or *****'}]}",
	            0);
	alarm(10);
	rc = credplug_resolve(ctx);
	alarm(0);
	assert_int_equal(rc, CREDPLUG_OK);
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "providers/1/message"),
	                    "nothing for ****, **** or ****");
	json_object_put(doc);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_string_equal(t_header(&c, "DD-API-KEY"), "****");
	credplug_ctx_free(ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(sec03_scrub_mask_value_terminates),
        cmocka_unit_test(sec03_scrub_star_values),
        cmocka_unit_test(sec03_scrub_overlapping),
        cmocka_unit_test(sec03_scrub_several_values),
        cmocka_unit_test(sec03_scrub_edges),
        cmocka_unit_test(sec03_resolve_mask_value_terminates),
        cmocka_unit_test(sec03_resolve_mask_value_later_message),
};

CP_TEST_MAIN("core_scrub", tests, NULL, NULL)
