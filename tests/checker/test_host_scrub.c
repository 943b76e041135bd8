/*
 * The host masks a credential option a module repeats in its create
 * message (found by `credplug check-provider`'s messages check: the
 * checker fails such a module, and the host must not show the value
 * either).  Uses the checker's create_echo mock module, which declares
 * "token" secret and fails create with "mock: cannot log in with <token>".
 */
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "cp_test.h"
#include "credplug/credplug.h"

#define TOKEN "CANARY-CREATE-TOKEN-7f3a0042dddd"

static void create_message_masks_secret_option(void **state)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;
	struct json_object *doc, *providers, *msg;
	char json[1024], err[1024] = "", *text = NULL;

	(void)state;
	snprintf(json, sizeof(json),
	         "{\"providers\": [{\"use\": \"%s/create_echo.so\", "
	         "\"token\": \"" TOKEN "\", \"critical\": true}]}",
	         CK_MODS_DIR);
	o.config_json = json;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	/* critical: the failed create fails the resolve, with its message */
	assert_int_equal(credplug_ctx_new(&ctx, &o), CREDPLUG_OK);
	assert_int_not_equal(credplug_resolve(ctx), CREDPLUG_OK);
	assert_null(strstr(credplug_errmsg(ctx), TOKEN));
	assert_non_null(
	        strstr(credplug_errmsg(ctx), "mock: cannot log in with ****"));
	credplug_ctx_free(ctx);

	/* not critical: the message is kept for explain */
	snprintf(json, sizeof(json),
	         "{\"providers\": [{\"use\": \"%s/create_echo.so\", "
	         "\"token\": \"" TOKEN "\"}, {\"use\": \"explicit\"}]}",
	         CK_MODS_DIR);
	assert_int_equal(credplug_ctx_new(&ctx, &o), CREDPLUG_OK);
	assert_int_equal(credplug_explain_json(ctx, &text), CREDPLUG_OK);
	assert_null(strstr(text, TOKEN));
	doc = json_tokener_parse(text);
	assert_non_null(doc);
	assert_true(json_object_object_get_ex(doc, "providers", &providers));
	assert_true(json_object_object_get_ex(
	        json_object_array_get_idx(providers, 0), "message", &msg));
	assert_string_equal(json_object_get_string(msg),
	                    "mock: cannot log in with ****");
	json_object_put(doc);
	credplug_free(text);
	credplug_ctx_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(create_message_masks_secret_option),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
