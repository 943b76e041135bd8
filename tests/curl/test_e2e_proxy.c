/*
 * End to end: proxies from the environment never see credentials.  A
 * plain-http allowed origin (PORT1) is requested while http_proxy and
 * HTTP_PROXY name a second nginx listener (PORT3) that records whatever it
 * is handed.  Runs under tests/harness/nginx-run with tests/curl/nginx.conf.in.
 */
#define _POSIX_C_SOURCE 200809L
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "curl_util.h"

#define SEC_ALL                                                                \
	(CREDPLUG_AUTH_API_KEY | CREDPLUG_AUTH_APP_KEY | CREDPLUG_AUTH_AUTHZ)

static char proxy_url[64];

/* The environment names PORT3 as the proxy for every scheme. */
static void env_proxy(void)
{
	snprintf(proxy_url, sizeof(proxy_url), "http://127.0.0.1:%s",
	         cu_port(3));
	setenv("http_proxy", proxy_url, 1);
	setenv("HTTP_PROXY", proxy_url, 1);
	setenv("https_proxy", proxy_url, 1);
	unsetenv("no_proxy");
	unsetenv("NO_PROXY");
	unsetenv("all_proxy");
	unsetenv("ALL_PROXY");
}

/* A handle that, unlike cu_handle(), lets libcurl read the environment. */
static CURL *env_handle(void)
{
	CURL *h = cu_handle();

	curl_easy_setopt(h, CURLOPT_NOPROXY, (char *)NULL);
	return h;
}

static void expect_count(int port, const char *needle, int want)
{
	if (cu_count(port, needle) != want) {
		char *log = cu_read_log(port);
		fail_msg("expected %d line(s) with '%s' on port %d in:\n%s",
		         want, needle, port, log);
	}
}

/* Every earlier request is in both logs, then: origin got exactly the
 * keys, the proxy got nothing carrying a credential. */
static void expect_direct(const char *path)
{
	char line[256];

	cu_sync_log(1, "/sync-origin");
	cu_sync_log(3, "/sync-proxy");
	snprintf(line, sizeof(line),
	         "GET %s api=\"" CANARY_API "\" app=\"" CANARY_APP
	         "\" authz=\"-\"",
	         path);
	expect_count(1, line, 1);
	expect_count(3, "CANARY", 0);
	expect_count(3, path, 0);
}

static void perform_http_bypasses_env_proxy(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = cu_ctx_all();
	CURL *h;

	(void)state;
	env_proxy();
	h = env_handle();
	req.method = "GET";
	req.url = cu_url(1, "/keys");
	req.auth = credplug_auth_parse("apiKeyAuth+appKeyAuth");
	assert_int_equal(credplug_curl_perform(ctx, h, &req, NULL, &res),
	                 CREDPLUG_OK);
	assert_int_equal(res.http_status, 200);
	assert_int_equal(res.sent, 2);
	cu_assert_no_canary(res.errmsg);
	expect_direct("/keys");
	/* Afterwards the handle is back to libcurl's default: a request
	 * without credentials goes through the environment's proxy again. */
	curl_easy_setopt(h, CURLOPT_URL, cu_url(2, "/after"));
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, (struct curl_slist *)NULL);
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	cu_sync_log(3, "/sync-after");
	expect_count(3, "/after api=\"-\" app=\"-\" authz=\"-\"", 1);
	curl_easy_cleanup(h);
	credplug_ctx_free(ctx);
}

static void apply_http_bypasses_env_proxy(void **state)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = cu_ctx_all();
	struct curl_slist *list = NULL;
	long status = 0;
	unsigned added = 0;
	CURL *h;

	(void)state;
	env_proxy();
	h = env_handle();
	req.method = "GET";
	req.url = cu_url(1, "/keys");
	req.auth = credplug_auth_parse("apiKeyAuth+appKeyAuth");
	assert_int_equal(credplug_curl_apply(ctx, h, &req, &list, &added),
	                 CREDPLUG_OK);
	assert_int_equal(added, 2);
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	assert_int_equal(status, 200);
	expect_direct("/keys");
	curl_easy_cleanup(h);
	credplug_curl_slist_free_wipe(list);
	credplug_ctx_free(ctx);
}

/* The documented opt-in: a proxy set after credplug_curl_apply() is the
 * caller's explicit choice and is used. */
static void explicit_proxy_after_apply_is_used(void **state)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = cu_ctx_all();
	struct curl_slist *list = NULL;
	CURL *h;

	(void)state;
	env_proxy();
	unsetenv("http_proxy");
	unsetenv("HTTP_PROXY");
	h = cu_handle();
	req.url = cu_url(1, "/keys");
	req.auth = credplug_auth_parse("apiKeyAuth+appKeyAuth");
	assert_int_equal(credplug_curl_apply(ctx, h, &req, &list, NULL),
	                 CREDPLUG_OK);
	curl_easy_setopt(h, CURLOPT_NOPROXY, (char *)NULL);
	curl_easy_setopt(h, CURLOPT_PROXY, proxy_url);
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	cu_sync_log(1, "/sync-origin");
	cu_sync_log(3, "/sync-proxy");
	expect_count(3, "api=\"" CANARY_API "\" app=\"" CANARY_APP "\"", 1);
	expect_count(1, "GET /keys ", 0);
	curl_easy_cleanup(h);
	credplug_curl_slist_free_wipe(list);
	credplug_ctx_free(ctx);
}

/* https keeps using the environment's proxy: a CONNECT tunnel, whose
 * request carries no credential (CURLHEADER_SEPARATE).  PORT3 is no real
 * proxy, so the transfer fails after the CONNECT. */
static void https_env_proxy_sees_only_connect(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx;
	char providers[256], url[128];
	CURL *h;

	(void)state;
	env_proxy();
	snprintf(url, sizeof(url), "https://127.0.0.1:%s/keys", cu_port(1));
	snprintf(providers, sizeof(providers),
	         "[{\"use\": \"explicit\"}], "
	         "\"allowed_origins\": [\"https://127.0.0.1:%s\"]",
	         cu_port(1));
	ctx = cu_ctx(providers, 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	h = env_handle();
	req.url = url;
	req.auth = CREDPLUG_AUTH_API_KEY;
	assert_int_equal(credplug_curl_perform(ctx, h, &req, NULL, &res),
	                 CREDPLUG_EIO);
	cu_assert_no_canary(res.errmsg);
	cu_sync_log(3, "/sync-proxy");
	expect_count(3,
	             "api=\"-\" app=\"-\" authz=\"-\" req=\"CONNECT "
	             "127.0.0.1:",
	             1);
	expect_count(3, "CANARY", 0);
	curl_easy_cleanup(h);
	credplug_ctx_free(ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(perform_http_bypasses_env_proxy),
        cmocka_unit_test(apply_http_bypasses_env_proxy),
        cmocka_unit_test(explicit_proxy_after_apply_is_used),
        cmocka_unit_test(https_env_proxy_sees_only_connect),
};

CP_TEST_MAIN("curl_e2e_proxy", tests, cu_group_setup, cu_group_teardown)
