/*
 * Value validation (through credplug_set, env, config options and a
 * provider's set_field) and redaction in explain.  Every message names the
 * source and never the value: each bad value carries a canary.
 */
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "helpers.h"

#define MOCK T_MODS_DIR "/mock.so"

struct bad {
	int field;
	const char *value;
	const char *why;
};

static const struct bad bads[] = {
        {CREDPLUG_API_KEY, CANARY_API "\rX", "contains a line break"},
        {CREDPLUG_API_KEY, CANARY_API "\nX", "contains a line break"},
        {CREDPLUG_APP_KEY, CANARY_APP "\x01X", "contains a control character"},
        {CREDPLUG_APP_KEY, CANARY_APP "\x1fX", "contains a control character"},
        {CREDPLUG_PAT, CANARY_PAT "\x7fX", "contains a control character"},
        {CREDPLUG_API_KEY, CANARY_API "\xe2\x82\xacX",
         "contains a non-ASCII byte"},
        {CREDPLUG_PAT, CANARY_PAT "\xffX", "contains a non-ASCII byte"},
        {CREDPLUG_PAT, "\tX" CANARY_PAT, "has leading or trailing whitespace"},
        {CREDPLUG_API_KEY, " " CANARY_API,
         "has leading or trailing whitespace"},
        {CREDPLUG_API_KEY, CANARY_API " ",
         "has leading or trailing whitespace"},
        {CREDPLUG_SITE, "datadoghq",
         "is not a host name (expected e.g. datadoghq.eu)"},
        {CREDPLUG_SITE, "-x.datadoghq.com",
         "is not a host name (expected e.g. datadoghq.eu)"},
        {CREDPLUG_SITE, "a..datadoghq.com",
         "is not a host name (expected e.g. datadoghq.eu)"},
        {CREDPLUG_SITE, "evil.com/x",
         "is not a host name (expected e.g. datadoghq.eu)"},
        {CREDPLUG_SITE, "evil.com:8080",
         "is not a host name (expected e.g. datadoghq.eu)"},
};

static const char *const field_names[4] = {"api_key", "app_key", "pat", "site"};
static const char *const env_names[4] = {"DD_API_KEY", "DD_APP_KEY",
                                         "DD_BEARER_TOKEN", "DD_SITE"};

static char *long_value(size_t n)
{
	char *v = malloc(n + 1);

	assert_non_null(v);
	memset(v, 'k', n);
	memcpy(v, CANARY_API, strlen(CANARY_API));
	v[n] = '\0';
	return v;
}

static void set_rejects_bad_values(void **state)
{
	struct credplug_ctx *ctx;
	char want[256];

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'explicit'}]}", 0);
	for (size_t i = 0; i < sizeof(bads) / sizeof(bads[0]); i++) {
		assert_int_equal(
		        credplug_set(ctx, bads[i].field, bads[i].value),
		        CREDPLUG_EINVAL);
		snprintf(want, sizeof(want), "credplug_set: %s %s",
		         field_names[bads[i].field], bads[i].why);
		assert_string_equal(credplug_errmsg(ctx), want);
		t_assert_no_canary(credplug_errmsg(ctx));
	}
	/* nothing was stored */
	assert_int_equal(credplug_resolve(ctx), 0);
	{
		struct credplug_collect c;

		assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
		assert_int_equal(c.count, 0);
	}
	credplug_ctx_free(ctx);
}

/* credplug_set on a chain without the explicit provider would be a value
 * that is silently never used: refused, with the fix. */
static void set_without_explicit_provider(void **state)
{
	struct credplug_ctx *ctx;

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'env'}]}", 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API),
	                 CREDPLUG_ENOTFOUND);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_set: the provider chain has no "
	                    "\"explicit\" entry, so the value would never be "
	                    "used; add {\"use\": \"explicit\"} to the config's "
	                    "providers");
	credplug_ctx_free(ctx);
}

static void set_length_limit(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;
	char *ok = long_value(CREDPLUG_VALUE_MAX);
	char *big = long_value(CREDPLUG_VALUE_MAX + 1);

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'explicit'}]}", 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_PAT, big), CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_set: pat is longer than 4096 bytes");
	assert_int_equal(credplug_set(ctx, CREDPLUG_PAT, ok), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, ok), 0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_int_equal(c.count, 2);
	assert_string_equal(t_header(&c, "DD-API-KEY"), ok);
	assert_int_equal(strlen(t_header(&c, "Authorization")), 4096 + 7);
	credplug_ctx_free(ctx);
	free(ok);
	free(big);
}

/* The same values through the environment: the resolve fails closed and
 * the message names the variable. */
static void env_rejects_bad_values(void **state)
{
	char want[512];

	(void)state;
	for (size_t i = 0; i < sizeof(bads) / sizeof(bads[0]); i++) {
		struct credplug_ctx *ctx;
		struct credplug_collect c;
		char *text;

		t_clear_env();
		setenv(env_names[bads[i].field], bads[i].value, 1);
		ctx = t_ctx("{'providers':[{'use':'env'}]}", 0);
		assert_int_equal(credplug_resolve(ctx), CREDPLUG_EINVALID);
		snprintf(want, sizeof(want),
		         "provider \"env\" (chain entry 0) invalid: %s from %s "
		         "%s",
		         field_names[bads[i].field], env_names[bads[i].field],
		         bads[i].why);
		assert_string_equal(credplug_errmsg(ctx), want);
		t_assert_no_canary(credplug_errmsg(ctx));
		assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c),
		                 CREDPLUG_EINVALID);
		assert_int_equal(c.count, 0);
		text = t_explain(ctx);
		t_assert_no_canary(text);
		credplug_free(text);
		credplug_ctx_free(ctx);
	}
	t_clear_env();
}

static void env_length_limit(void **state)
{
	struct credplug_ctx *ctx;
	char *big = long_value(CREDPLUG_VALUE_MAX + 1);

	(void)state;
	t_clear_env();
	setenv("DD_APP_KEY", big, 1);
	ctx = t_ctx("{'providers':[{'use':'env'}]}", 0);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_EINVALID);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "provider \"env\" (chain entry 0) invalid: app_key from "
	        "DD_APP_KEY is longer than 4096 bytes");
	credplug_ctx_free(ctx);
	big[CREDPLUG_VALUE_MAX] = '\0';
	setenv("DD_APP_KEY", big, 1);
	ctx = t_ctx("{'providers':[{'use':'env'}]}", 0);
	assert_int_equal(credplug_resolve(ctx), 0);
	credplug_ctx_free(ctx);
	free(big);
	t_clear_env();
}

/* A NUL inside the length given to set_field is caught. */
static void nul_through_set_field(void **state)
{
	struct credplug_ctx *ctx;

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'" MOCK
	            "','name':'mock','api_key':'" CANARY_API
	            "','nul_at':12,'message':'m'}]}",
	            0);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_EINVALID);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "provider \"mock\" (chain entry 0) invalid: api_key from "
	        "mock-locator contains a NUL byte");
	credplug_ctx_free(ctx);
}

/* Config option values are checked like any other. */
static void config_option_value(void **state)
{
	struct credplug_ctx *ctx;

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'explicit','api_key':' " CANARY_API
	            "'}]}",
	            0);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_EINVALID);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "provider \"explicit\" (chain entry 0) invalid: api_key "
	        "from config option api_key has leading or trailing "
	        "whitespace");
	credplug_ctx_free(ctx);
}

/* NAME_FILE variants: trailing newline stripped; missing file fails. */
static void env_file_variant(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;
	struct json_object *doc;
	char dir[64], path[128], loc[200], want[512];

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/api", dir);
	t_write_file(path, CANARY_API "\n", 0600);
	setenv("DD_API_KEY_FILE", path, 1);
	ctx = t_ctx("{'providers':[{'use':'env'}]}", 0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_string_equal(t_header(&c, "DD-API-KEY"), CANARY_API);
	doc = t_explain_doc(ctx);
	snprintf(loc, sizeof(loc), "DD_API_KEY_FILE=%s", path);
	assert_string_equal(t_jstr(doc, "fields/api_key/locator"), loc);
	json_object_put(doc);
	credplug_ctx_free(ctx);
	/* both set */
	setenv("DD_API_KEY", CANARY_API, 1);
	ctx = t_ctx("{'providers':[{'use':'env'}]}", 0);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_EINVALID);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "provider \"env\" (chain entry 0) invalid: both "
	        "DD_API_KEY and DD_API_KEY_FILE are set; unset one of them");
	credplug_ctx_free(ctx);
	/* a container secret (0444, ours) is fine; one others can write is not
	 */
	unsetenv("DD_API_KEY");
	assert_int_equal(chmod(path, 0444), 0);
	ctx = t_ctx("{'providers':[{'use':'env'}]}", 0);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_OK);
	credplug_ctx_free(ctx);
	assert_int_equal(chmod(path, 0646), 0);
	ctx = t_ctx("{'providers':[{'use':'env'}]}", 0);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_EDENIED);
	snprintf(want, sizeof(want),
	         "provider \"env\" (chain entry 0) denied: "
	         "%s: writable by other users (mode 0646); run: chmod go-w %s",
	         path, path);
	assert_string_equal(credplug_errmsg(ctx), want);
	credplug_ctx_free(ctx);
	/* missing file */
	unlink(path);
	ctx = t_ctx("{'providers':[{'use':'env'}]}", 0);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_EINVALID);
	snprintf(want, sizeof(want),
	         "provider \"env\" (chain entry 0) invalid: "
	         "DD_API_KEY_FILE names %s, which does not exist; fix or "
	         "unset DD_API_KEY_FILE",
	         path);
	assert_string_equal(credplug_errmsg(ctx), want);
	credplug_ctx_free(ctx);
	t_rmrf(dir);
	t_clear_env();
}

/* Redaction: "****" plus the last 4 characters, fewer for short values. */
static void redaction_lengths(void **state)
{
	static const struct {
		const char *v;
		const char *shown;
	} r[] = {
	        {CANARY_API, "****4a60"},         /* 27 chars */
	        {"ABCDEFGHIJKLMNOP", "****MNOP"}, /* 16: 4 */
	        {"ABCDEFGHIJKLMNO", "****MNO"},   /* 15: 3 */
	        {"ABCDEFGH", "****GH"},           /* 8: 2 */
	        {"ABCDEFG", "****G"},             /* 7: 1 */
	        {"ABC", "****"},                  /* 3: none */
	        {"A", "****"},
	};

	(void)state;
	t_clear_env();
	for (size_t i = 0; i < sizeof(r) / sizeof(r[0]); i++) {
		struct credplug_ctx *ctx =
		        t_ctx("{'providers':[{'use':'explicit'}]}", 0);
		struct json_object *doc;

		assert_int_equal(credplug_set(ctx, CREDPLUG_PAT, r[i].v), 0);
		doc = t_explain_doc(ctx);
		assert_string_equal(t_jstr(doc, "fields/pat/value"),
		                    r[i].shown);
		assert_string_equal(t_jstr(doc, "fields/pat/locator"),
		                    "credplug_set()");
		json_object_put(doc);
		credplug_ctx_free(ctx);
	}
}

/* The whole explain text holds no canary, from any provider. */
static void explain_has_no_canary(void **state)
{
	struct credplug_ctx *ctx;
	char *text;

	(void)state;
	t_clear_env();
	setenv("DD_APP_KEY", CANARY_APP, 1);
	ctx = t_ctx("{'providers':[{'use':'explicit'},{'use':'env'},"
	            "{'use':'" MOCK "','pat':'" CANARY_PAT
	            "','message':'saw %V'}]}",
	            0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	text = t_explain(ctx);
	t_assert_no_canary(text);
	assert_non_null(strstr(text, "\"****4a60\""));
	assert_non_null(strstr(text, "\"****7e35\""));
	assert_non_null(strstr(text, "\"****6a12\""));
	credplug_free(text);
	credplug_ctx_free(ctx);
	t_clear_env();
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(set_rejects_bad_values),
        cmocka_unit_test(set_without_explicit_provider),
        cmocka_unit_test(set_length_limit),
        cmocka_unit_test(env_rejects_bad_values),
        cmocka_unit_test(env_length_limit),
        cmocka_unit_test(nul_through_set_field),
        cmocka_unit_test(config_option_value),
        cmocka_unit_test(env_file_variant),
        cmocka_unit_test(redaction_lengths),
        cmocka_unit_test(explain_has_no_canary),
};

CP_TEST_MAIN("core_values", tests, NULL, NULL)
