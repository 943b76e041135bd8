/*
 * credplug_store_json() / credplug_erase_json() and the host service they
 * rest on, set_target (plugin ABI 1.1), through the writer test module
 * (tests/core/mods/writer.c): what a provider reports, what the host
 * refuses, and a provider built for ABI 1.0 that never reports.  The file
 * and keyring providers' own reports are tested with the real backends
 * (tests/file/test_file_report.c, tests/keyring/test_keyring_cli.c).
 */
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include <credplug/provider.h>

#include "helpers.h"

#define WRITER   T_MODS_DIR "/writer.so"
#define WRITER10 T_MODS_DIR "/writer10.so"

/* A context whose chain is env, then the module at `use` with `opts`
 * (",'key':'value'..." or ""). */
static struct credplug_ctx *writer_ctx(const char *use, const char *opts)
{
	char json[1024];

	t_clear_env();
	snprintf(json, sizeof(json),
	         "{'providers':[{'use':'env'},{'use':'%s','name':'w'%s}]}", use,
	         opts);
	return t_ctx(json, 0);
}

/* The store document for `opts`, asserting success. */
static char *store_doc(const char *use, const char *opts, const char *profile)
{
	struct credplug_ctx *ctx = writer_ctx(use, opts);
	char *out = (char *)1;

	assert_int_equal(credplug_store_json(ctx, NULL, profile,
	                                     CREDPLUG_API_KEY, CANARY_API,
	                                     &out),
	                 CREDPLUG_OK);
	assert_non_null(out);
	credplug_ctx_free(ctx);
	return out;
}

static void expect_store(const char *opts, const char *profile,
                         const char *want)
{
	char *out = store_doc(WRITER, opts, profile);

	assert_string_equal(out, want);
	t_assert_no_canary(out);
	credplug_free(out);
}

static void reports_locator_profile_mode(void **state)
{
	(void)state;
	expect_store(",'locator':'/srv/creds.json','mode':'0640'", NULL,
	             "{\"action\":\"stored\",\"field\":\"api_key\","
	             "\"provider\":\"w\",\"use\":\"" WRITER "\","
	             "\"locator\":\"/srv/creds.json\",\"profile\":\"default\","
	             "\"mode\":\"0640\"}");
	/* the profile argument reaches the provider, which reports it */
	expect_store("", "prod",
	             "{\"action\":\"stored\",\"field\":\"api_key\","
	             "\"provider\":\"w\",\"use\":\"" WRITER "\","
	             "\"locator\":\"writer:item\",\"profile\":\"prod\","
	             "\"mode\":null}");
	/* a provider without profiles says NULL */
	expect_store(",'profile':''", NULL,
	             "{\"action\":\"stored\",\"field\":\"api_key\","
	             "\"provider\":\"w\",\"use\":\"" WRITER "\","
	             "\"locator\":\"writer:item\",\"profile\":null,"
	             "\"mode\":null}");
}

static void erase_reports_too(void **state)
{
	struct credplug_ctx *ctx = writer_ctx(WRITER, ",'mode':'0600'");
	char *out = NULL;

	(void)state;
	assert_int_equal(
	        credplug_erase_json(ctx, "w", "staging", CREDPLUG_PAT, &out),
	        CREDPLUG_OK);
	assert_string_equal(out, "{\"action\":\"erased\",\"field\":\"pat\","
	                         "\"provider\":\"w\",\"use\":\"" WRITER "\","
	                         "\"locator\":\"writer:item\","
	                         "\"profile\":\"staging\",\"mode\":\"0600\"}");
	credplug_free(out);
	/* NULL out: plain erase */
	assert_int_equal(
	        credplug_erase_json(ctx, "w", NULL, CREDPLUG_PAT, NULL),
	        CREDPLUG_OK);
	credplug_ctx_free(ctx);
}

/* A module built for ABI 1.0 never reports: every detail is null. */
static void abi_1_0_module_says_nothing(void **state)
{
	char *out = store_doc(WRITER10, "", "prod");

	(void)state;
	assert_string_equal(out, "{\"action\":\"stored\",\"field\":\"api_key\","
	                         "\"provider\":\"w\",\"use\":\"" WRITER10 "\","
	                         "\"locator\":null,\"profile\":null,"
	                         "\"mode\":null}");
	credplug_free(out);
}

/* A provider that puts the value in its report: the host masks it. */
static void value_in_locator_is_masked(void **state)
{
	char *out = store_doc(WRITER,
	                      ",'locator':'/kv/%V/x','profile':'p-%V',"
	                      "'mode':'%V'",
	                      NULL);

	(void)state;
	assert_string_equal(out, "{\"action\":\"stored\",\"field\":\"api_key\","
	                         "\"provider\":\"w\",\"use\":\"" WRITER "\","
	                         "\"locator\":\"/kv/****/x\","
	                         "\"profile\":\"p-****\",\"mode\":\"****\"}");
	t_assert_no_canary(out);
	credplug_free(out);
}

/* What set_target refuses, as the module saw it (its report "rc=N"). */
static void probe(const char *what, int want)
{
	char opts[128], json[600];
	char *out;

	snprintf(opts, sizeof(opts), ",'probe':'%s'", what);
	out = store_doc(WRITER, opts, NULL);
	snprintf(json, sizeof(json),
	         "{\"action\":\"stored\",\"field\":\"api_key\","
	         "\"provider\":\"w\",\"use\":\"" WRITER "\","
	         "\"locator\":\"rc=%d\",\"profile\":null,\"mode\":null}",
	         want);
	assert_string_equal(out, json);
	credplug_free(out);
}

static void set_target_refusals(void **state)
{
	(void)state;
	probe("null_call", CREDPLUG_PS_ERROR);
	probe("null_locator", CREDPLUG_PS_INVALID);
	probe("empty_locator", CREDPLUG_PS_INVALID);
	probe("control", CREDPLUG_PS_INVALID); /* one line, no escapes */
	probe("long_locator", CREDPLUG_PS_INVALID);
	probe("long_mode", CREDPLUG_PS_INVALID);
}

/* A refused second call leaves the first report as it was. */
static void refused_call_keeps_earlier_report(void **state)
{
	(void)state;
	expect_store(",'probe':'keep','mode':'0600'", NULL,
	             "{\"action\":\"stored\",\"field\":\"api_key\","
	             "\"provider\":\"w\",\"use\":\"" WRITER "\","
	             "\"locator\":\"writer:item\",\"profile\":\"default\","
	             "\"mode\":\"0600\"}");
}

/* Only store() and erase() may report; resolve() gets CREDPLUG_PS_ERROR. */
static void set_target_outside_store_refused(void **state)
{
	struct credplug_ctx *ctx = writer_ctx(WRITER, "");
	struct json_object *doc;

	(void)state;
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_OK);
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "providers/1/message"),
	                    "set_target in resolve: 6");
	json_object_put(doc);
	credplug_ctx_free(ctx);
}

/* A failed store gives no document, whatever the provider reported. */
static void failure_gives_no_document(void **state)
{
	struct credplug_ctx *ctx = writer_ctx(WRITER, ",'fail':true");
	char *out = (char *)1;

	(void)state;
	assert_int_equal(credplug_store_json(ctx, "w", NULL, CREDPLUG_API_KEY,
	                                     CANARY_API, &out),
	                 CREDPLUG_EUNAVAILABLE);
	assert_null(out);
	assert_string_equal(credplug_errmsg(ctx),
	                    "provider \"w\" could not store api_key: writer: "
	                    "backend went away");
	out = (char *)1;
	assert_int_equal(
	        credplug_erase_json(ctx, "nope", NULL, CREDPLUG_PAT, &out),
	        CREDPLUG_ENOTFOUND);
	assert_null(out);
	out = (char *)1;
	assert_int_equal(credplug_store_json(ctx, "w", NULL, CREDPLUG_API_KEY,
	                                     NULL, &out),
	                 CREDPLUG_EINVAL);
	assert_null(out);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_store: bad field or value");
	out = (char *)1;
	assert_int_equal(credplug_store_json(NULL, "w", NULL, CREDPLUG_API_KEY,
	                                     CANARY_API, &out),
	                 CREDPLUG_EINVAL);
	assert_null(out);
	credplug_ctx_free(ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(reports_locator_profile_mode),
        cmocka_unit_test(erase_reports_too),
        cmocka_unit_test(abi_1_0_module_says_nothing),
        cmocka_unit_test(value_in_locator_is_masked),
        cmocka_unit_test(set_target_refusals),
        cmocka_unit_test(refused_call_keeps_earlier_report),
        cmocka_unit_test(set_target_outside_store_refused),
        cmocka_unit_test(failure_gives_no_document),
};

CP_TEST_MAIN("core_store", tests, NULL, NULL)
