/*
 * Merge and precedence: explicit (credplug_set, then config options) beats
 * env, which beats later providers, field by field; fields combine across
 * providers; empty values fall through; credplug_set(NULL) clears.
 */
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "helpers.h"

/* explicit (config api_key), env, a second explicit named "later". */
#define CHAIN_A                                                                \
	"{'providers':["                                                       \
	"{'use':'explicit','api_key':'CFG-API-0000000000000001'},"             \
	"{'use':'env'},"                                                       \
	"{'use':'explicit','name':'later','api_key':'LATER-API-"               \
	"00000000000001',"                                                     \
	"'app_key':'LATER-APP-00000000000001','pat':'LATER-PAT-"               \
	"00000000000001',"                                                     \
	"'site':'datadoghq.eu'}]}"

#define CLEARED "\x01" /* set, then credplug_set(NULL) */

struct row {
	const char *set[4];  /* credplug_set values; NULL: not called */
	const char *env[4];  /* DD_* values; NULL: unset */
	const char *want[4]; /* resulting values */
	const char *prov[4]; /* explain provider of each */
	const char *loc[4];  /* explain locator of each */
};

static const char *const env_names[4] = {"DD_API_KEY", "DD_APP_KEY",
                                         "DD_BEARER_TOKEN", "DD_SITE"};
static const char *const field_names[4] = {"api_key", "app_key", "pat", "site"};

#define CFG     "CFG-API-0000000000000001"
#define LA      "LATER-API-00000000000001"
#define LP      "LATER-APP-00000000000001"
#define LT      "LATER-PAT-00000000000001"
#define SA      "SET-API-0000000000000001"
#define SP      "SET-APP-0000000000000001"
#define ST      "SET-PAT-0000000000000001"
#define EA      "ENV-API-0000000000000001"
#define EP      "ENV-APP-0000000000000001"
#define ET      "ENV-PAT-0000000000000001"
#define SET_LOC "credplug_set()"
#define CFG_LOC "config option api_key"

static const struct row rows[] = {
        /* nothing set: config api_key, the rest from "later" */
        {{0},
         {0},
         {CFG, LP, LT, "datadoghq.eu"},
         {"explicit", "later", "later", "later"},
         {CFG_LOC, "config option app_key", "config option pat",
          "config option site"}},
        /* env fills what explicit lacks; config api_key still beats env */
        {{0},
         {EA, EP, ET, "us3.datadoghq.com"},
         {CFG, EP, ET, "us3.datadoghq.com"},
         {"explicit", "env", "env", "env"},
         {CFG_LOC, "DD_APP_KEY", "DD_BEARER_TOKEN", "DD_SITE"}},
        /* credplug_set beats the config option and env, per field */
        {{SA, SP, 0, 0},
         {EA, EP, ET, 0},
         {SA, SP, ET, "datadoghq.eu"},
         {"explicit", "explicit", "env", "later"},
         {SET_LOC, SET_LOC, "DD_BEARER_TOKEN", "config option site"}},
        /* all set explicitly */
        {{SA, SP, ST, "ap1.datadoghq.com"},
         {EA, EP, ET, "us5.datadoghq.com"},
         {SA, SP, ST, "ap1.datadoghq.com"},
         {"explicit", "explicit", "explicit", "explicit"},
         {SET_LOC, SET_LOC, SET_LOC, SET_LOC}},
        /* empty values fall through: "" from credplug_set and from env */
        {{"", "", 0, 0},
         {"", "", "", ""},
         {CFG, LP, LT, "datadoghq.eu"},
         {"explicit", "later", "later", "later"},
         {CFG_LOC, "config option app_key", "config option pat",
          "config option site"}},
        /* a cleared value is gone: config api_key and env app key show */
        {{CLEARED, CLEARED, CLEARED, CLEARED},
         {0, EP, 0, 0},
         {CFG, EP, LT, "datadoghq.eu"},
         {"explicit", "env", "later", "later"},
         {CFG_LOC, "DD_APP_KEY", "config option pat", "config option site"}},
};

static void check_row(const struct row *r, size_t idx)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;
	struct json_object *doc;
	char bearer[64], path[64], all[512];

	t_clear_env();
	for (int i = 0; i < 4; i++)
		if (r->env[i] != NULL)
			setenv(env_names[i], r->env[i], 1);
	ctx = t_ctx(CHAIN_A, 0);
	for (int i = 0; i < 4; i++) {
		if (r->set[i] == NULL)
			continue;
		if (strcmp(r->set[i], CLEARED) == 0) {
			assert_int_equal(
			        credplug_set(ctx, i,
			                     i == CREDPLUG_SITE
			                             ? "us5.datadoghq.com"
			                             : "SOMETHING-TO-CLEAR-01"),
			        0);
			assert_int_equal(credplug_resolve(ctx), 0);
			assert_int_equal(credplug_set(ctx, i, NULL), 0);
		} else {
			assert_int_equal(credplug_set(ctx, i, r->set[i]), 0);
		}
	}
	assert_int_equal(t_apply(ctx, "https://api.datadoghq.com/x", T_ALL, &c),
	                 0);
	snprintf(bearer, sizeof(bearer), "Bearer %s", r->want[2]);
	snprintf(all, sizeof(all),
	         "DD-API-KEY=%s;DD-APPLICATION-KEY=%s;"
	         "Authorization=%s",
	         r->want[0], r->want[1], bearer);
	{
		char got[512];

		if (strcmp(t_headers(&c, got, sizeof(got)), all) != 0)
			fail_msg("row %zu: headers %s, want %s", idx, got, all);
	}
	assert_string_equal(credplug_site(ctx), r->want[3]);
	doc = t_explain_doc(ctx);
	for (int i = 0; i < 4; i++) {
		const char *p, *l;

		snprintf(path, sizeof(path), "fields/%s/provider",
		         field_names[i]);
		p = t_jstr(doc, path);
		snprintf(path, sizeof(path), "fields/%s/locator",
		         field_names[i]);
		l = t_jstr(doc, path);
		if (p == NULL || strcmp(p, r->prov[i]) != 0 || l == NULL ||
		    strcmp(l, r->loc[i]) != 0)
			fail_msg("row %zu field %s: provider %s (%s), want %s "
			         "(%s)",
			         idx, field_names[i], p ? p : "null",
			         l ? l : "null", r->prov[i], r->loc[i]);
	}
	json_object_put(doc);
	credplug_collect_wipe(&c);
	credplug_ctx_free(ctx);
}

static void precedence_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
		check_row(&rows[i], i);
	t_clear_env();
}

/* Fields combine: API key from env, PAT from a later provider, app key from
 * credplug_set; each header carries its own source's value. */
static void fields_combine(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;
	struct json_object *doc;

	(void)state;
	t_clear_env();
	setenv("DD_API_KEY", EA, 1);
	ctx = t_ctx("{'providers':[{'use':'explicit'},{'use':'env'},"
	            "{'use':'explicit','name':'vault','pat':'" LT "'}]}",
	            0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_APP_KEY, SP), 0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_int_equal(c.count, 3);
	assert_string_equal(c.headers[0].name, "DD-API-KEY");
	assert_string_equal(c.headers[0].value, EA);
	assert_string_equal(c.headers[1].name, "DD-APPLICATION-KEY");
	assert_string_equal(c.headers[1].value, SP);
	assert_string_equal(c.headers[2].name, "Authorization");
	assert_string_equal(c.headers[2].value, "Bearer " LT);
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "providers/0/fields/0"), "app_key");
	assert_string_equal(t_jstr(doc, "providers/1/fields/0"), "api_key");
	assert_string_equal(t_jstr(doc, "providers/2/fields/0"), "pat");
	assert_string_equal(t_jstr(doc, "providers/2/name"), "vault");
	assert_string_equal(t_jstr(doc, "fields/site/provider"), "default");
	assert_string_equal(t_jstr(doc, "fields/site/value"), "datadoghq.com");
	json_object_put(doc);
	credplug_ctx_free(ctx);
	t_clear_env();
}

/* Chain order decides between two instances of the same provider. */
static void chain_order(void **state)
{
	static const char *const chains[2] = {
	        "{'providers':[{'use':'explicit','name':'one','app_key':'ONE-"
	        "APP-00000001'},"
	        "{'use':'explicit','name':'two','app_key':'TWO-APP-00000002'}]"
	        "}",
	        "{'providers':[{'use':'explicit','name':'two','app_key':'TWO-"
	        "APP-00000002'},"
	        "{'use':'explicit','name':'one','app_key':'ONE-APP-00000001'}]"
	        "}",
	};
	static const char *const want[2] = {"ONE-APP-00000001",
	                                    "TWO-APP-00000002"};

	(void)state;
	t_clear_env();
	for (int i = 0; i < 2; i++) {
		struct credplug_ctx *ctx = t_ctx(chains[i], 0);
		struct credplug_collect c;
		struct json_object *doc;

		assert_int_equal(t_apply(ctx, T_URL, CREDPLUG_AUTH_APP_KEY, &c),
		                 0);
		assert_int_equal(c.count, 1);
		assert_string_equal(t_header(&c, "DD-APPLICATION-KEY"),
		                    want[i]);
		doc = t_explain_doc(ctx);
		assert_string_equal(t_jstr(doc, "fields/app_key/provider"),
		                    i == 0 ? "one" : "two");
		assert_string_equal(t_jstr(doc, "fields/app_key/locator"),
		                    "config option app_key");
		/* the second ran (not all fields set) but supplied nothing */
		assert_string_equal(t_jstr(doc, "providers/1/status"), "found");
		assert_null(t_jstr(doc, "providers/1/fields/0"));
		json_object_put(doc);
		credplug_ctx_free(ctx);
	}
}

/* Once every field is set, the rest of the chain is skipped. */
static void all_set_skips_rest(void **state)
{
	struct credplug_ctx *ctx;
	struct json_object *doc;

	(void)state;
	t_clear_env();
	setenv("DD_API_KEY", EA, 1);
	ctx = t_ctx("{'providers':[{'use':'explicit','api_key':'" CFG
	            "','app_key':'" LP "','pat':'" LT
	            "','site':'datadoghq.eu'},{'use':'env'}]}",
	            0);
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "providers/0/status"), "found");
	assert_string_equal(t_jstr(doc, "providers/1/status"), "skipped");
	assert_string_equal(t_jstr(doc, "fields/api_key/provider"), "explicit");
	json_object_put(doc);
	credplug_ctx_free(ctx);
	t_clear_env();
}

/* A set value replaces the previous one at the next apply (no stale cache). */
static void set_takes_effect(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'explicit'}]}", 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, SA), 0);
	assert_int_equal(t_apply(ctx, T_URL, CREDPLUG_AUTH_API_KEY, &c), 0);
	assert_string_equal(t_header(&c, "DD-API-KEY"), SA);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, EA), 0);
	assert_int_equal(t_apply(ctx, T_URL, CREDPLUG_AUTH_API_KEY, &c), 0);
	assert_string_equal(t_header(&c, "DD-API-KEY"), EA);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, NULL), 0);
	assert_int_equal(t_apply(ctx, T_URL, CREDPLUG_AUTH_API_KEY, &c), 0);
	assert_int_equal(c.count, 0);
	credplug_ctx_free(ctx);
}

static void set_bad_field(void **state)
{
	struct credplug_ctx *ctx;

	(void)state;
	ctx = t_ctx("{'providers':[{'use':'explicit'}]}", 0);
	assert_int_equal(credplug_set(ctx, 7, "x"), CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx), "credplug_set: no field 7");
	assert_int_equal(credplug_set(ctx, -1, "x"), CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx), "credplug_set: no field -1");
	assert_int_equal(credplug_set(NULL, 0, "x"), CREDPLUG_EINVAL);
	credplug_ctx_free(ctx);
}

/* Environment only: the default names, no config. */
static void env_only(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;

	(void)state;
	t_clear_env();
	setenv("DD_API_KEY", EA, 1);
	setenv("DD_APP_KEY", EP, 1);
	setenv("DD_BEARER_TOKEN", ET, 1);
	ctx = t_ctx("{'providers':[{'use':'env'}]}", 0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_int_equal(c.count, 3);
	assert_string_equal(t_header(&c, "Authorization"), "Bearer " ET);
	credplug_ctx_free(ctx);
	t_clear_env();
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(precedence_table),
        cmocka_unit_test(fields_combine),
        cmocka_unit_test(chain_order),
        cmocka_unit_test(all_set_skips_rest),
        cmocka_unit_test(set_takes_effect),
        cmocka_unit_test(set_bad_field),
        cmocka_unit_test(env_only),
};

CP_TEST_MAIN("core_merge", tests, NULL, NULL)
