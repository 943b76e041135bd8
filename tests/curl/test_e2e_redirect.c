/*
 * End to end: redirects never carry a credential off the allowed origin.
 * PORT1 (allowed) redirects to PORT2, a foreign origin whose nginx access
 * log records the three credential headers; the tests read it back.
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
#define NO_CREDS "api=\"-\" app=\"-\" authz=\"-\""
#define ALL_CREDS                                                              \
	"api=\"" CANARY_API "\" app=\"" CANARY_APP                             \
	"\" authz=\"Bearer " CANARY_PAT "\""

/* The foreign listener got `lines` requests, none with a credential. */
static void assert_foreign_clean(const char *sync, int lines)
{
	char *log;

	cu_sync_log(2, sync);
	log = cu_read_log(2);
	if (strstr(log, "CANARY"))
		fail_msg("a credential reached the foreign origin:\n%s", log);
	free(log);
	assert_int_equal(cu_count(2, NO_CREDS), lines + 1); /* + the sync */
}

static void cross_origin_302_drops_credentials(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = cu_ctx_all();

	(void)state;
	assert_int_equal(cu_get(ctx, "/redirect-away", SEC_ALL, &res),
	                 CREDPLUG_OK);
	assert_int_equal(res.http_status, 200);
	assert_int_equal(res.redirects, 1);
	assert_int_equal(res.credentials_dropped, 1);
	assert_int_equal(res.sent, 0);
	assert_foreign_clean("/sync-away", 1);
	assert_int_equal(cu_count(2, "GET /landing " NO_CREDS), 1);
	/* the allowed origin did get them */
	cu_sync_log(1, "/sync-away-1");
	assert_int_equal(cu_count(1, "GET /redirect-away " ALL_CREDS), 1);
	credplug_ctx_free(ctx);
}

static void same_origin_302_keeps_credentials(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = cu_ctx("[{\"use\": \"explicit\"}]", 1);

	(void)state;
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_APP_KEY, CANARY_APP), 0);
	assert_int_equal(cu_get(ctx, "/redirect-same", SEC_ALL, &res),
	                 CREDPLUG_OK);
	assert_int_equal(res.http_status, 200);
	assert_int_equal(res.redirects, 1);
	assert_int_equal(res.credentials_dropped, 0);
	assert_int_equal(res.sent, 2);
	credplug_ctx_free(ctx);
}

/* Foreign origin redirects back: credentials are not re-added. */
static void bounce_back_stays_dropped(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = cu_ctx_all();

	(void)state;
	assert_int_equal(cu_get(ctx, "/redirect-bounce", SEC_ALL, &res),
	                 CREDPLUG_OK);
	assert_int_equal(res.http_status, 401); /* /keys without keys */
	assert_int_equal(res.redirects, 2);
	assert_int_equal(res.credentials_dropped, 1);
	assert_int_equal(res.retries, 0);
	assert_foreign_clean("/sync-bounce", 1);
	cu_sync_log(1, "/sync-bounce-1");
	assert_int_equal(cu_count(1, "GET /keys " NO_CREDS), 1);
	credplug_ctx_free(ctx);
}

static void easy_follow(CURL *h, long maxredirs, CURLcode want)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = cu_ctx_all();
	struct curl_slist *list = NULL;
	CURLcode cc;

	req.url = cu_url(1, "/redirect-away");
	req.auth = SEC_ALL;
	assert_int_equal(credplug_curl_apply(ctx, h, &req, &list, NULL), 0);
	curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L); /* the mistake */
	if (maxredirs >= 0)
		curl_easy_setopt(h, CURLOPT_MAXREDIRS, maxredirs);
	cc = curl_easy_perform(h);
	assert_int_equal(cc, want);
	assert_string_equal(
	        credplug_curl_strerror(h, (int)cc),
	        "credplug: refused to let libcurl follow a redirect "
	        "on a handle carrying credentials (libcurl would "
	        "replay DD-API-KEY to the new host); leave "
	        "CURLOPT_FOLLOWLOCATION off and use "
	        "credplug_curl_perform(), which re-checks every hop");
	curl_easy_cleanup(h);
	credplug_curl_slist_free_wipe(list);
	credplug_ctx_free(ctx);
}

/* CURLOPT_FOLLOWLOCATION turned back on: refused, nothing reaches PORT2. */
static void followlocation_refused(void **state)
{
	(void)state;
	easy_follow(cu_handle(), -1, CURLE_TOO_MANY_REDIRECTS);
	assert_foreign_clean("/sync-follow", 0);
}

/* ... even when MAXREDIRS is raised too. */
static void followlocation_maxredirs_refused(void **state)
{
	(void)state;
	easy_follow(cu_handle(), 10, CURLE_UNSUPPORTED_PROTOCOL);
	assert_foreign_clean("/sync-follow-max", 0);
}

static void redirect_loop_is_bounded(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = cu_ctx_all();
	char want[256];

	(void)state;
	assert_int_equal(cu_get(ctx, "/loop", SEC_ALL, &res), CREDPLUG_EIO);
	assert_int_equal(res.curl_code, CURLE_TOO_MANY_REDIRECTS);
	assert_int_equal(res.redirects, CREDPLUG_CURL_MAX_REDIRECTS);
	snprintf(want, sizeof(want),
	         "too many redirects (%d) starting at http://127.0.0.1:%s; "
	         "raise "
	         "credplug_curl_result.max_redirects or fix the server",
	         CREDPLUG_CURL_MAX_REDIRECTS, cu_port(1));
	assert_string_equal(res.errmsg, want);
	cu_sync_log(1, "/sync-loop");
	assert_int_equal(cu_count(1, "GET /loop "),
	                 CREDPLUG_CURL_MAX_REDIRECTS + 1);
	credplug_ctx_free(ctx);
}

static void max_redirects_zero_returns_3xx(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = cu_ctx_all();

	(void)state;
	res.max_redirects = 0;
	assert_int_equal(cu_get(ctx, "/redirect-away", SEC_ALL, &res),
	                 CREDPLUG_OK);
	assert_int_equal(res.http_status, 302);
	assert_int_equal(res.redirects, 0);
	assert_foreign_clean("/sync-zero", 0);
	credplug_ctx_free(ctx);
}

static void redirect_to_other_scheme_refused(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = cu_ctx_all();
	char want[256];

	(void)state;
	assert_int_equal(cu_get(ctx, "/to-ftp", SEC_ALL, &res), CREDPLUG_EIO);
	assert_int_equal(res.curl_code, CURLE_UNSUPPORTED_PROTOCOL);
	snprintf(want, sizeof(want),
	         "redirect from http://127.0.0.1:%s to a non-http(s) URL "
	         "refused",
	         cu_port(1));
	assert_string_equal(res.errmsg, want);
	credplug_ctx_free(ctx);
}

/* 303 after a POST: the next hop is a GET, still with credentials. */
static void see_other_post_becomes_get(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = cu_ctx("[{\"use\": \"explicit\"}]", 1);
	CURL *h = cu_handle();

	(void)state;
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_APP_KEY, CANARY_APP), 0);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, "x=1");
	req.method = "POST";
	req.url = cu_url(1, "/see-other");
	req.auth = SEC_ALL;
	assert_int_equal(credplug_curl_perform(ctx, h, &req, NULL, &res), 0);
	assert_int_equal(res.http_status, 200);
	cu_sync_log(1, "/sync-303");
	assert_int_equal(cu_count(1, "POST /see-other "), 1);
	assert_int_equal(cu_count(1, "GET /keys api=\"" CANARY_API "\""), 1);
	curl_easy_cleanup(h);
	credplug_ctx_free(ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(cross_origin_302_drops_credentials),
        cmocka_unit_test(same_origin_302_keeps_credentials),
        cmocka_unit_test(bounce_back_stays_dropped),
        cmocka_unit_test(followlocation_refused),
        cmocka_unit_test(followlocation_maxredirs_refused),
        cmocka_unit_test(redirect_loop_is_bounded),
        cmocka_unit_test(max_redirects_zero_returns_3xx),
        cmocka_unit_test(redirect_to_other_scheme_refused),
        cmocka_unit_test(see_other_post_becomes_get),
};

CP_TEST_MAIN("curl_e2e_redirect", tests, cu_group_setup, cu_group_teardown)
