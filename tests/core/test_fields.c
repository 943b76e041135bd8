/*
 * The field table (common/fields.h) and what derives from it: the public
 * names, the headers apply sends and their order, the env provider's
 * variables and options, the explicit provider's secret options, and the
 * lists written into messages.  Every case walks the table, so a new row
 * is tested without touching this file; the first case pins today's rows.
 */
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "fields.h"
#include "helpers.h"

#define EXPLICIT_ONLY "{'providers':[{'use':'explicit'}]}"
#define ENV_ONLY      "{'providers':[{'use':'env'}]}"

/* A value for field `i` that passes its validation. */
static const char *value_of(int i, char *buf, size_t cap)
{
	if (!cp_fields[i].secret)
		return "datadoghq.eu"; /* the site: a host name */
	snprintf(buf, cap, "CANARY-%s-0123456789abcdef", cp_fields[i].name);
	return buf;
}

/* Today's vocabulary, literally: a changed row fails here first. */
static void rows_pinned(void **state)
{
	(void)state;
	assert_string_equal(CP_FIELD_NAME_LIST, "api_key, app_key, pat, site");
	assert_string_equal(CP_FIELD_ENV_LIST,
	                    "DD_API_KEY, DD_APP_KEY, DD_BEARER_TOKEN, DD_SITE");
	assert_string_equal(cp_fields[CREDPLUG_API_KEY].header, "DD-API-KEY");
	assert_string_equal(cp_fields[CREDPLUG_APP_KEY].header,
	                    "DD-APPLICATION-KEY");
	assert_string_equal(cp_fields[CREDPLUG_PAT].header, "Authorization");
	assert_null(cp_fields[CREDPLUG_SITE].header);
	assert_string_equal(cp_fields[CREDPLUG_PAT].prefix, "Bearer ");
	assert_int_equal(cp_fields[CREDPLUG_PAT].auth,
	                 CREDPLUG_AUTH_BEARER | CREDPLUG_AUTH_AUTHZ);
	assert_int_equal(CP_SECRET_FIELDS_MASK, 0x7);
	assert_string_equal(cp_fields[CREDPLUG_APP_KEY].other_env[1],
	                    "DD_APPLICATION_KEY");
}

/* The compile-time lists follow the rows in enum order, and each row is
 * consistent with itself and with the public names. */
static void rows_consistent(void **state)
{
	char names[256], envs[256];
	unsigned secret = 0;

	(void)state;
	cp_fields_join(names, sizeof(names), CP_ALL_FIELDS_MASK,
	               CP_FIELD_COL(name), ", ", ", ");
	cp_fields_join(envs, sizeof(envs), CP_ALL_FIELDS_MASK,
	               CP_FIELD_COL(env), ", ", ", ");
	assert_string_equal(names, CP_FIELD_NAME_LIST);
	assert_string_equal(envs, CP_FIELD_ENV_LIST);
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		const struct cp_field_desc *d = &cp_fields[i];

		assert_string_equal(credplug_field_name(i), d->name);
		assert_int_equal(credplug_field_from_name(d->name), i);
		assert_int_equal(d->prefix_len, strlen(d->prefix));
		/* sent exactly when it has a header, and only secrets are */
		assert_int_equal(d->header != NULL, d->auth != 0);
		assert_true(d->header == NULL || d->secret);
		assert_true(d->header == NULL ||
		            cp_field_by_header(d->header) == i);
		if (d->secret)
			secret |= 1u << i;
		for (int k = 0; k < i; k++)
			assert_string_not_equal(cp_fields[k].name, d->name);
	}
	assert_int_equal(secret, CP_SECRET_FIELDS_MASK);
	assert_false(cp_fields[CREDPLUG_SITE].secret);
	assert_null(credplug_field_name(CREDPLUG_FIELD_COUNT));
	assert_int_equal(credplug_field_from_name("apikey"), -1);
}

/* Every sent field, set at once: one header each, in table order, the
 * value behind the row's prefix. */
static void apply_sends_table_headers_in_order(void **state)
{
	struct credplug_collect c;
	char buf[CREDPLUG_FIELD_COUNT][64], want[128];
	struct credplug_ctx *ctx;
	size_t k = 0;

	(void)state;
	t_clear_env();
	ctx = t_ctx(EXPLICIT_ONLY, 0);
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		if (cp_fields[i].secret)
			assert_int_equal(
			        credplug_set(ctx, i, value_of(i, buf[i], 64)),
			        CREDPLUG_OK);
	assert_int_equal(t_apply(ctx, T_URL, CREDPLUG_AUTH_ALL, &c),
	                 CREDPLUG_OK);
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		if (cp_fields[i].header == NULL)
			continue;
		assert_true(k < c.count);
		snprintf(want, sizeof(want), "%s%s", cp_fields[i].prefix,
		         buf[i]);
		assert_string_equal(c.headers[k].name, cp_fields[i].header);
		assert_string_equal(c.headers[k].value, want);
		k++;
	}
	assert_int_equal(c.count, k);
	credplug_collect_wipe(&c);
	credplug_ctx_free(ctx);
}

/* Each scheme sends the fields whose row names it, and nothing else. */
static void apply_follows_auth_column(void **state)
{
	static const uint32_t schemes[] = {
	        CREDPLUG_AUTH_API_KEY, CREDPLUG_AUTH_APP_KEY,
	        CREDPLUG_AUTH_BEARER, CREDPLUG_AUTH_AUTHZ};
	struct credplug_collect c;
	char buf[CREDPLUG_FIELD_COUNT][64];
	struct credplug_ctx *ctx;

	(void)state;
	t_clear_env();
	ctx = t_ctx(EXPLICIT_ONLY, 0);
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		if (cp_fields[i].secret)
			credplug_set(ctx, i, value_of(i, buf[i], 64));
	for (size_t s = 0; s < sizeof(schemes) / sizeof(*schemes); s++) {
		unsigned want = cp_fields_sent_by(schemes[s]), got = 0;

		assert_int_equal(t_apply(ctx, T_URL, schemes[s], &c),
		                 CREDPLUG_OK);
		for (size_t k = 0; k < c.count; k++)
			got |= 1u << cp_field_by_header(c.headers[k].name);
		assert_int_equal(got, want);
		assert_int_equal(c.count, __builtin_popcount(want));
		credplug_collect_wipe(&c);
	}
	credplug_ctx_free(ctx);
}

/* The env provider reads each row's variable, and names it as locator. */
static void env_reads_table_vars(void **state)
{
	char buf[CREDPLUG_FIELD_COUNT][64], path[64];
	struct credplug_ctx *ctx;
	struct json_object *doc;

	(void)state;
	t_clear_env();
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		setenv(cp_fields[i].env, value_of(i, buf[i], 64), 1);
	ctx = t_ctx(ENV_ONLY, 0);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_OK);
	doc = t_explain_doc(ctx);
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		snprintf(path, sizeof(path), "fields/%s/locator",
		         cp_fields[i].name);
		assert_non_null(t_jstr(doc, path));
		assert_string_equal(t_jstr(doc, path), cp_fields[i].env);
		snprintf(path, sizeof(path), "fields/%s/provider",
		         cp_fields[i].name);
		assert_string_equal(t_jstr(doc, path), "env");
	}
	json_object_put(doc);
	credplug_ctx_free(ctx);
	t_clear_env();
}

/* "<name>_var" renames each row's variable. */
static void env_rename_options_follow_rows(void **state)
{
	char cfg[1024], buf[64], var[64], path[64];
	struct credplug_ctx *ctx;
	struct json_object *doc;
	size_t n;

	(void)state;
	t_clear_env();
	n = (size_t)snprintf(cfg, sizeof(cfg), "{'providers':[{'use':'env'");
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		snprintf(var, sizeof(var), "CPT_FIELDS_%d", i);
		n += (size_t)snprintf(cfg + n, sizeof(cfg) - n,
		                      ",'%s_var':'%s'", cp_fields[i].name, var);
		setenv(var, value_of(i, buf, sizeof(buf)), 1);
	}
	snprintf(cfg + n, sizeof(cfg) - n, "}]}");
	ctx = t_ctx(cfg, 0);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_OK);
	doc = t_explain_doc(ctx);
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		snprintf(var, sizeof(var), "CPT_FIELDS_%d", i);
		snprintf(path, sizeof(path), "fields/%s/locator",
		         cp_fields[i].name);
		assert_non_null(t_jstr(doc, path));
		assert_string_equal(t_jstr(doc, path), var);
		unsetenv(var);
	}
	json_object_put(doc);
	credplug_ctx_free(ctx);
}

/* A config holding a secret row's explicit option must be private; the
 * site's option is a setting and need not be. */
static void explicit_secret_options_follow_rows(void **state)
{
	char dir[128], path[192], text[256], err[512], buf[64];
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/config.json", dir);
	o.config_path = path;
	o.provider_dir = CP_TEST_PROVIDER_DIR;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		snprintf(text, sizeof(text),
		         "{\"providers\":[{\"use\":\"explicit\",\"%s\":\"%s\"}]"
		         "}",
		         cp_fields[i].name, value_of(i, buf, sizeof(buf)));
		t_write_file(path, text, 0644);
		err[0] = '\0';
		assert_int_equal(credplug_ctx_new(&ctx, &o),
		                 cp_fields[i].secret ? CREDPLUG_EDENIED
		                                     : CREDPLUG_OK);
		credplug_ctx_free(ctx);
		ctx = NULL;
	}
	t_rmrf(dir);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(rows_pinned),
        cmocka_unit_test(rows_consistent),
        cmocka_unit_test(apply_sends_table_headers_in_order),
        cmocka_unit_test(apply_follows_auth_column),
        cmocka_unit_test(env_reads_table_vars),
        cmocka_unit_test(env_rename_options_follow_rows),
        cmocka_unit_test(explicit_secret_options_follow_rows),
};

CP_TEST_MAIN("core_fields", tests, NULL, NULL)
