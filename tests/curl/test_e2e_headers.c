/*
 * End to end: credentials on the wire, checked by a real nginx on 127.0.0.1
 * that answers 200 only when exactly the expected headers arrive.
 * Runs under tests/harness/nginx-run with tests/curl/nginx.conf.in.
 */
#define _POSIX_C_SOURCE 200809L
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "curl_util.h"

#define SEC_ALL                                                                \
	(CREDPLUG_AUTH_API_KEY | CREDPLUG_AUTH_APP_KEY | CREDPLUG_AUTH_AUTHZ)

static void expect_line(const char *line)
{
	if (cu_count(1, line) != 1) {
		char *log = cu_read_log(1);
		fail_msg("expected one log line '%s' in:\n%s", line, log);
	}
}

static void keys_only(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = cu_ctx("[{\"use\": \"explicit\"}]", 1);

	(void)state;
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_APP_KEY, CANARY_APP), 0);
	assert_int_equal(cu_get(ctx, "/keys", SEC_ALL, &res), CREDPLUG_OK);
	assert_int_equal(res.http_status, 200);
	assert_int_equal(res.sent, 2);
	cu_sync_log(1, "/sync-keys");
	expect_line("GET /keys api=\"" CANARY_API "\" app=\"" CANARY_APP
	            "\" authz=\"-\"");
	credplug_ctx_free(ctx);
}

static void pat_only(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = cu_ctx("[{\"use\": \"explicit\"}]", 1);

	(void)state;
	assert_int_equal(credplug_set(ctx, CREDPLUG_PAT, CANARY_PAT), 0);
	assert_int_equal(cu_get(ctx, "/pat", SEC_ALL, &res), CREDPLUG_OK);
	assert_int_equal(res.http_status, 200);
	assert_int_equal(res.sent, 1);
	cu_sync_log(1, "/sync-pat");
	expect_line("GET /pat api=\"-\" app=\"-\" authz=\"Bearer " CANARY_PAT
	            "\"");
	credplug_ctx_free(ctx);
}

static void all_three(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = cu_ctx_all();

	(void)state;
	assert_int_equal(cu_get(ctx, "/all", SEC_ALL, &res), CREDPLUG_OK);
	assert_int_equal(res.http_status, 200);
	assert_int_equal(res.sent, 3);
	credplug_ctx_free(ctx);
}

static void api_key_only_endpoint(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = cu_ctx_all();

	(void)state;
	assert_int_equal(cu_get(ctx, "/api-only",
	                        credplug_auth_parse("apiKeyAuth"), &res),
	                 CREDPLUG_OK);
	assert_int_equal(res.http_status, 200);
	assert_int_equal(res.sent, 1);
	cu_sync_log(1, "/sync-api-only");
	expect_line("GET /api-only api=\"" CANARY_API
	            "\" app=\"-\" authz=\"-\"");
	credplug_ctx_free(ctx);
}

static void empty_list_sends_nothing(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = cu_ctx_all();

	(void)state;
	assert_int_equal(cu_get(ctx, "/none", credplug_auth_parse(""), &res),
	                 CREDPLUG_OK);
	assert_int_equal(res.http_status, 200);
	assert_int_equal(res.sent, 0);
	credplug_ctx_free(ctx);
}

static void list_count(const struct curl_slist *l, int want)
{
	int n = 0;

	for (; l; l = l->next)
		n++;
	assert_int_equal(n, want);
}

/* Two requests on one handle and one header list, credplug_set between. */
static void rotation_on_one_handle(void **state)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = cu_ctx("[{\"use\": \"explicit\"}]", 1);
	struct curl_slist *list = curl_slist_append(NULL, "Accept: text/plain");
	CURL *h = cu_handle();
	unsigned added = 0;
	long st = 0;

	(void)state;
	assert_int_equal(
	        credplug_set(ctx, CREDPLUG_API_KEY, "CANARY-API-ROT1-a1"), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_APP_KEY, CANARY_APP), 0);
	req.url = cu_url(1, "/rot1");
	req.auth = SEC_ALL;
	assert_int_equal(credplug_curl_apply(ctx, h, &req, &list, &added), 0);
	assert_int_equal(added, 2);
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &st);
	assert_int_equal(st, 200);

	assert_int_equal(
	        credplug_set(ctx, CREDPLUG_API_KEY, "CANARY-API-ROT2-b2"), 0);
	req.url = cu_url(1, "/rot2");
	assert_int_equal(credplug_curl_apply(ctx, h, &req, &list, &added), 0);
	list_count(list, 3); /* Accept + the two keys, old ones replaced */
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &st);
	assert_int_equal(st, 200);
	curl_easy_cleanup(h);
	credplug_curl_slist_free_wipe(list);
	credplug_ctx_free(ctx);
}

/* Without allowed_origins, loopback http is refused and nothing is sent. */
static void default_refuses_loopback(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = cu_ctx("[{\"use\": \"explicit\"}]", 0);
	struct curl_slist *list = NULL;
	CURL *h = cu_handle();
	unsigned added = 7;
	char want[512];

	(void)state;
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	req.url = cu_url(1, "/keys?default-refuses");
	req.auth = SEC_ALL;
	snprintf(
	        want, sizeof(want),
	        "refusing to send credentials to http://127.0.0.1:%s: origin "
	        "is "
	        "not in allowed_origins; if this host is yours, add its origin "
	        "to \"allowed_origins\" in the credplug config",
	        cu_port(1));
	assert_int_equal(credplug_curl_apply(ctx, h, &req, &list, &added),
	                 CREDPLUG_EDESTINATION);
	assert_null(list);
	assert_int_equal(added, 0);
	assert_string_equal(credplug_errmsg(ctx), want);
	assert_int_equal(credplug_curl_perform(ctx, h, &req, NULL, &res),
	                 CREDPLUG_EDESTINATION);
	assert_string_equal(res.errmsg, want);
	assert_int_equal(res.http_status, 0);
	cu_sync_log(1, "/sync-default");
	assert_int_equal(cu_count(1, "default-refuses"), 0);
	curl_easy_cleanup(h);
	credplug_ctx_free(ctx);
}

/* apply + plain curl_easy_perform (no redirect) works on the wire. */
static void apply_then_easy_perform(void **state)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = cu_ctx_all();
	struct curl_slist *list = NULL;
	CURL *h = cu_handle();
	char *explain = NULL;
	long st = 0;

	(void)state;
	req.url = cu_url(1, "/all");
	req.auth = SEC_ALL;
	assert_int_equal(credplug_curl_apply(ctx, h, &req, &list, NULL), 0);
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &st);
	assert_int_equal(st, 200);
	assert_int_equal(credplug_explain_json(ctx, &explain), 0);
	cu_assert_no_canary(explain);
	credplug_free(explain);
	curl_easy_cleanup(h);
	credplug_curl_slist_free_wipe(list);
	credplug_ctx_free(ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(keys_only),
        cmocka_unit_test(pat_only),
        cmocka_unit_test(all_three),
        cmocka_unit_test(api_key_only_endpoint),
        cmocka_unit_test(empty_list_sends_nothing),
        cmocka_unit_test(rotation_on_one_handle),
        cmocka_unit_test(default_refuses_loopback),
        cmocka_unit_test(apply_then_easy_perform),
};

CP_TEST_MAIN("curl_e2e_headers", tests, cu_group_setup, cu_group_teardown)
