/*
 * keyring provider, Secret Service backend, through the public API against
 * a real gnome-keyring on a private bus (run under with-keyring.sh).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cp_test.h"
#include "kr_util.h"

#define CANARY      "CANARY-PAT-7f3a91c2e4"
#define CANARY_TOOL "CANARY-API-b81d0e55aa"

static char cfg[512];

/* A generous deadline: scripts/test.sh runs ss_round_trip under valgrind,
 * where the first call also pays for loading libsecret and GLib (the
 * backend object is loaded on demand, inside the call's deadline). */
static const char *ss_config(const char *profile)
{
	snprintf(cfg, sizeof(cfg),
	         "{\"providers\": [{\"use\": \"keyring\", "
	         "\"backend\": \"secret-service\", \"profile\": \"%s\", "
	         "\"timeout_ms\": 20000}]}",
	         profile);
	return cfg;
}

static int tool(const char *in, char *out, size_t len, const char *verb,
                const char *profile, const char *field)
{
	char *argv[] = {"secret-tool", (char *)verb, "--label=test",  "service",
	                "credplug",    "profile",    (char *)profile, "field",
	                (char *)field, NULL};

	if (strcmp(verb, "store") != 0)
		memmove(&argv[2], &argv[3], 7 * sizeof(char *));
	return kr_run(in, out, len, argv);
}

static void ss_round_trip(void **state)
{
	const char *p = kr_profile();
	struct credplug_ctx *ctx = kr_ctx(ss_config(p), 0);
	char hdrs[1024], buf[256], want[256], *doc;

	assert_non_null(ctx);
	assert_int_equal(
	        credplug_store(ctx, "keyring", NULL, CREDPLUG_PAT, CANARY),
	        CREDPLUG_OK);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_OK);
	assert_int_equal(kr_apply(ctx, hdrs, sizeof(hdrs)), CREDPLUG_OK);
	assert_string_equal(hdrs, "Authorization: Bearer " CANARY "\n");
	doc = kr_explain(ctx);
	assert_non_null(doc);
	assert_null(strstr(doc, CANARY));
	kr_field_str(doc, "pat", "locator", buf, sizeof(buf));
	snprintf(want, sizeof(want),
	         "secret-service:service=credplug,profile=%s,"
	         "field=pat",
	         p);
	assert_string_equal(buf, want);
	kr_field_str(doc, "pat", "provider", buf, sizeof(buf));
	assert_string_equal(buf, "keyring");
	free(doc);

	assert_int_equal(credplug_erase(ctx, "keyring", NULL, CREDPLUG_PAT),
	                 CREDPLUG_OK);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_OK);
	assert_int_equal(kr_apply(ctx, hdrs, sizeof(hdrs)), CREDPLUG_OK);
	assert_string_equal(hdrs, "");
	assert_int_equal(credplug_erase(ctx, "keyring", NULL, CREDPLUG_PAT),
	                 CREDPLUG_ENOTFOUND);
	snprintf(want, sizeof(want),
	         "provider \"keyring\" could not erase pat: "
	         "keyring: no Secret Service item service=credplug,profile=%s,"
	         "field=pat to erase",
	         p);
	assert_string_equal(credplug_errmsg(ctx), want);
	credplug_ctx_free(ctx);
}

/* secret-tool stores, credplug reads; credplug stores, secret-tool reads. */
static void ss_interop_secret_tool(void **state)
{
	const char *p = kr_profile();
	struct credplug_ctx *ctx;
	char out[256], hdrs[1024];

	assert_int_equal(tool(CANARY_TOOL, NULL, 0, "store", p, "api_key"), 0);
	ctx = kr_ctx(ss_config(p), 0);
	assert_non_null(ctx);
	assert_int_equal(kr_apply(ctx, hdrs, sizeof(hdrs)), CREDPLUG_OK);
	assert_string_equal(hdrs, "DD-API-KEY: " CANARY_TOOL "\n");

	assert_int_equal(
	        credplug_store(ctx, "keyring", NULL, CREDPLUG_APP_KEY, CANARY),
	        CREDPLUG_OK);
	assert_int_equal(tool(NULL, out, sizeof(out), "lookup", p, "app_key"),
	                 0);
	assert_string_equal(out, CANARY);
	/* Storing again replaces secret-tool's item instead of adding one. */
	assert_int_equal(
	        credplug_store(ctx, "keyring", NULL, CREDPLUG_API_KEY, CANARY),
	        CREDPLUG_OK);
	assert_int_equal(tool(NULL, out, sizeof(out), "lookup", p, "api_key"),
	                 0);
	assert_string_equal(out, CANARY);
	assert_int_equal(credplug_erase(ctx, "keyring", NULL, CREDPLUG_API_KEY),
	                 CREDPLUG_OK);
	assert_int_equal(tool(NULL, out, sizeof(out), "lookup", p, "api_key"),
	                 1);
	credplug_ctx_free(ctx);
}

/* An item whose value has a line break is invalid: the resolve fails and
 * the message names the item, never the value. */
static void ss_invalid_value(void **state)
{
	const char *p = kr_profile();
	struct credplug_ctx *ctx;
	char want[256], *doc;

	assert_int_equal(tool(CANARY "\nX", NULL, 0, "store", p, "pat"), 0);
	ctx = kr_ctx(ss_config(p), 0);
	assert_non_null(ctx);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_EINVALID);
	snprintf(
	        want, sizeof(want),
	        "provider \"keyring\" (chain entry 0) invalid: pat from "
	        "secret-service:service=credplug,profile=%s,field=pat contains "
	        "a line break",
	        p);
	assert_string_equal(credplug_errmsg(ctx), want);
	doc = kr_explain(ctx);
	assert_null(strstr(doc, CANARY));
	free(doc);
	credplug_ctx_free(ctx);
	assert_int_equal(tool(NULL, NULL, 0, "clear", p, "pat"), 0);
}

/* The default chain (explicit, env, file, keyring) with only a keyring
 * item present: the keyring supplies it and explain names backend + item. */
static void ss_default_chain(void **state)
{
	struct credplug_ctx *ctx;
	char hdrs[1024], buf[256];

	unsetenv("DD_API_KEY");
	unsetenv("DD_APP_KEY");
	unsetenv("DD_BEARER_TOKEN");
	unsetenv("CREDPLUG_PROFILE");
	assert_int_equal(tool(CANARY, NULL, 0, "store", "default", "pat"), 0);
	ctx = kr_ctx("{}", 0);
	assert_non_null(ctx);
	assert_int_equal(kr_apply(ctx, hdrs, sizeof(hdrs)), CREDPLUG_OK);
	assert_string_equal(hdrs, "Authorization: Bearer " CANARY "\n");
	char *doc = kr_explain(ctx);
	assert_null(strstr(doc, CANARY));
	kr_field_str(doc, "pat", "provider", buf, sizeof(buf));
	assert_string_equal(buf, "keyring");
	kr_field_str(doc, "pat", "locator", buf, sizeof(buf));
	assert_string_equal(buf,
	                    "secret-service:service=credplug,profile=default,"
	                    "field=pat");
	free(doc);
	credplug_ctx_free(ctx);
	assert_int_equal(tool(NULL, NULL, 0, "clear", "default", "pat"), 0);
}

static void ss_bad_option(void **state)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;
	char err[512] = "";

	o.provider_dir = CP_TEST_PROVIDER_DIR;
	o.config_json = "{\"providers\": [{\"use\": \"keyring\", \"backend\": "
	                "\"gnome\"}]}";
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	assert_int_equal(credplug_ctx_new(&ctx, &o), CREDPLUG_ECONFIG);
	assert_null(ctx);
	assert_string_equal(err,
	                    "/providers/0: provider \"keyring\": keyring: "
	                    "option \"backend\" is \"gnome\"; use \"auto\", "
	                    "\"secret-service\" or \"kernel\"");
}

static void ss_bad_profile(void **state)
{
	struct credplug_ctx *ctx = kr_ctx(ss_config(kr_profile()), 0);

	assert_non_null(ctx);
	assert_int_equal(
	        credplug_store(ctx, "keyring", "a:b", CREDPLUG_PAT, CANARY),
	        CREDPLUG_EINVALID);
	assert_string_equal(credplug_errmsg(ctx),
	                    "provider \"keyring\" could not "
	                    "store pat: keyring: the profile (from the caller) "
	                    "must be 1-64 characters of A-Z a-z 0-9 . _ - @ +; "
	                    "fix the name");
	credplug_ctx_free(ctx);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(ss_round_trip),
	        cmocka_unit_test(ss_interop_secret_tool),
	        cmocka_unit_test(ss_invalid_value),
	        cmocka_unit_test(ss_default_chain),
	        cmocka_unit_test(ss_bad_option),
	        cmocka_unit_test(ss_bad_profile),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests_name("keyring_ss", tests, NULL, NULL);
}
