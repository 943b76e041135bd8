/*
 * libcredplug-curl without a server: argument checks, header list
 * handling, refusals, exported symbols, and a refused connection.
 */
#define _POSIX_C_SOURCE 200809L
#include "cp_test.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "curl_util.h"

#define API_URL "https://api.datadoghq.com/api/v1/validate"

static struct credplug_ctx *ctx_with(const char *json)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;
	char err[512] = "";

	o.config_json = json;
	o.provider_dir = CP_TEST_PROVIDER_DIR;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	if (credplug_ctx_new(&ctx, &o) != CREDPLUG_OK)
		fail_msg("credplug_ctx_new: %s", err);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_APP_KEY, CANARY_APP), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_PAT, CANARY_PAT), 0);
	return ctx;
}

static struct credplug_ctx *ctx_explicit(void)
{
	return ctx_with("{\"providers\": [{\"use\": \"explicit\"}]}");
}

static void apply_null_arguments(void **state)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = ctx_explicit();
	struct curl_slist *list = NULL;
	CURL *h = curl_easy_init();
	unsigned added = 9;

	(void)state;
	req.url = API_URL;
	req.auth = CREDPLUG_AUTH_ALL;
	assert_int_equal(credplug_curl_apply(NULL, h, &req, &list, &added),
	                 CREDPLUG_EINVAL);
	assert_int_equal(added, 0);
	assert_int_equal(credplug_curl_apply(ctx, NULL, &req, &list, NULL),
	                 CREDPLUG_EINVAL);
	assert_int_equal(credplug_curl_apply(ctx, h, NULL, &list, NULL),
	                 CREDPLUG_EINVAL);
	assert_int_equal(credplug_curl_apply(ctx, h, &req, NULL, NULL),
	                 CREDPLUG_EINVAL);
	req.struct_size = 4;
	assert_int_equal(credplug_curl_apply(ctx, h, &req, &list, NULL),
	                 CREDPLUG_EINVAL);
	req.struct_size = sizeof(req);
	req.url = NULL;
	assert_int_equal(credplug_curl_apply(ctx, h, &req, &list, NULL),
	                 CREDPLUG_EINVAL);
	assert_null(list);
	curl_easy_cleanup(h);
	credplug_ctx_free(ctx);
}

/* A caller built against the 0.1 header passes the 0.1 request size:
 * accepted by the adapter as by the core (structs only grow). */
static void apply_accepts_minimum_struct_size(void **state)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = ctx_explicit();
	struct curl_slist *list = NULL;
	CURL *h = curl_easy_init();
	unsigned added = 0;

	(void)state;
	req.struct_size =
	        offsetof(struct credplug_request, auth) + sizeof(uint32_t);
	assert_int_equal(req.struct_size, CREDPLUG_REQUEST_V0_1_SIZE);
	assert_int_equal(CREDPLUG_CURL_RESULT_V0_1_SIZE,
	                 offsetof(struct credplug_curl_result, errmsg) +
	                         CREDPLUG_CURL_ERRMSG_MAX);
	req.url = API_URL;
	req.auth = CREDPLUG_AUTH_API_KEY;
	assert_int_equal(credplug_curl_apply(ctx, h, &req, &list, &added), 0);
	assert_int_equal(added, 1);
	req.struct_size -= 1;
	assert_int_equal(credplug_curl_apply(ctx, h, &req, &list, &added),
	                 CREDPLUG_EINVAL);
	curl_easy_cleanup(h);
	credplug_curl_slist_free_wipe(list);
	credplug_ctx_free(ctx);
}

/* Re-applying replaces stale credential headers, keeps the others. */
static void apply_replaces_credentials(void **state)
{
	static const char *const want[] = {
	        "Accept: text/plain",
	        "X-Trace: 1",
	        "DD-API-KEY: " CANARY_API,
	        "DD-APPLICATION-KEY: " CANARY_APP,
	        "Authorization: Bearer " CANARY_PAT,
	};
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = ctx_explicit();
	struct curl_slist *list = NULL, *p;
	CURL *h = curl_easy_init();
	unsigned added = 0, i = 0;

	(void)state;
	list = curl_slist_append(list, "Accept: text/plain");
	list = curl_slist_append(list, "dd-api-key: stale");
	list = curl_slist_append(list, "X-Trace: 1");
	list = curl_slist_append(list, "authorization: Bearer stale");
	req.url = API_URL;
	req.auth = CREDPLUG_AUTH_ALL;
	assert_int_equal(credplug_curl_apply(ctx, h, &req, &list, &added), 0);
	assert_int_equal(added, 3);
	for (p = list; p; p = p->next, i++) {
		assert_true(i < 5);
		assert_string_equal(p->data, want[i]);
	}
	assert_int_equal(i, 5);
	curl_easy_cleanup(h);
	credplug_curl_slist_free_wipe(list);
	credplug_ctx_free(ctx);
}

/* A refused destination changes nothing. */
static void apply_refused_leaves_list(void **state)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = ctx_explicit();
	struct curl_slist *list = curl_slist_append(NULL, "Accept: text/plain");
	struct curl_slist *before = list;
	CURL *h = curl_easy_init();
	unsigned added = 5;

	(void)state;
	req.url = "https://evil.example/steal";
	req.auth = CREDPLUG_AUTH_ALL;
	assert_int_equal(credplug_curl_apply(ctx, h, &req, &list, &added),
	                 CREDPLUG_EDESTINATION);
	assert_ptr_equal(list, before);
	assert_null(list->next);
	assert_string_equal(list->data, "Accept: text/plain");
	assert_int_equal(added, 0);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "refusing to send credentials to https://evil.example: "
	        "origin is not in allowed_origins; if this host is "
	        "yours, add its origin to \"allowed_origins\" in the "
	        "credplug config");
	curl_easy_cleanup(h);
	credplug_curl_slist_free_wipe(list);
	credplug_ctx_free(ctx);
}

static void perform_refuses_credential_headers(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = ctx_explicit();
	struct curl_slist *list = curl_slist_append(NULL, "DD-API-KEY: mine");
	CURL *h = curl_easy_init();

	(void)state;
	req.url = API_URL;
	req.auth = CREDPLUG_AUTH_ALL;
	assert_int_equal(credplug_curl_perform(ctx, h, &req, list, &res),
	                 CREDPLUG_EINVAL);
	assert_string_equal(
	        res.errmsg,
	        "credplug_curl_perform: the caller's header list "
	        "carries a credential header (DD-API-KEY, "
	        "DD-APPLICATION-KEY or Authorization); remove it and "
	        "let credplug add credentials per hop");
	assert_int_equal(res.http_status, 0);
	curl_easy_cleanup(h);
	curl_slist_free_all(list);
	credplug_ctx_free(ctx);
}

static void perform_bad_arguments(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = ctx_explicit();
	CURL *h = curl_easy_init();

	(void)state;
	assert_int_equal(credplug_curl_perform(ctx, h, &req, NULL, NULL),
	                 CREDPLUG_EINVAL);
	assert_int_equal(credplug_curl_perform(ctx, h, &req, NULL, &res),
	                 CREDPLUG_EINVAL);
	assert_string_equal(
	        res.errmsg,
	        "credplug_curl_perform: ctx, handle, request and its "
	        "url must be set (initialise with CREDPLUG_REQUEST_INIT)");
	req.url = "not a url";
	assert_int_equal(credplug_curl_perform(ctx, h, &req, NULL, &res),
	                 CREDPLUG_EINVAL);
	assert_string_equal(res.errmsg,
	                    "credplug_curl_perform: the request URL is not an "
	                    "absolute http(s) URL");
	res.struct_size = 8;
	req.url = API_URL;
	assert_int_equal(credplug_curl_perform(ctx, h, &req, NULL, &res),
	                 CREDPLUG_EINVAL);
	curl_easy_cleanup(h);
	credplug_ctx_free(ctx);
}

/* Nothing listens on port 1: a clear EIO, the CURLcode, no secret. */
static void perform_connection_refused(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx =
	        ctx_with("{\"allowed_origins\": [\"http://127.0.0.1:1\"], "
	                 "\"providers\": [{\"use\": \"explicit\"}]}");
	CURL *h = cu_handle();

	(void)state;
	req.url = "http://127.0.0.1:1/x";
	req.auth = CREDPLUG_AUTH_ALL;
	assert_int_equal(credplug_curl_perform(ctx, h, &req, NULL, &res),
	                 CREDPLUG_EIO);
	assert_int_equal(res.curl_code, CURLE_COULDNT_CONNECT);
	assert_string_equal(
	        res.errmsg,
	        "curl: Couldn't connect to server (CURLcode 7) talking "
	        "to http://127.0.0.1:1; check that the server is "
	        "reachable and the URL is right");
	cu_assert_no_canary(res.errmsg);
	curl_easy_cleanup(h);
	credplug_ctx_free(ctx);
}

static void strerror_passes_through(void **state)
{
	(void)state;
	assert_string_equal(credplug_curl_strerror(NULL, CURLE_COULDNT_CONNECT),
	                    curl_easy_strerror(CURLE_COULDNT_CONNECT));
	credplug_curl_slist_free_wipe(NULL);
}

/* The shared library exports the public API and nothing internal. */
static void exports_only_public_symbols(void **state)
{
	void *so = dlopen(CP_CREDPLUG_CURL_SO, RTLD_NOW | RTLD_LOCAL);

	(void)state;
	if (!so)
		fail_msg("dlopen %s: %s", CP_CREDPLUG_CURL_SO, dlerror());
	assert_non_null(dlsym(so, "credplug_curl_apply"));
	assert_non_null(dlsym(so, "credplug_curl_perform"));
	assert_non_null(dlsym(so, "credplug_curl_slist_free_wipe"));
	assert_non_null(dlsym(so, "credplug_curl_strerror"));
	assert_null(dlsym(so, "cp_curl_guard"));
	assert_null(dlsym(so, "cp_curl_credentials"));
	dlclose(so);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(apply_null_arguments),
        cmocka_unit_test(apply_accepts_minimum_struct_size),
        cmocka_unit_test(apply_replaces_credentials),
        cmocka_unit_test(apply_refused_leaves_list),
        cmocka_unit_test(perform_refuses_credential_headers),
        cmocka_unit_test(perform_bad_arguments),
        cmocka_unit_test(perform_connection_refused),
        cmocka_unit_test(strerror_passes_through),
        cmocka_unit_test(exports_only_public_symbols),
};

CP_TEST_MAIN("curl_unit", tests, cu_group_setup, cu_group_teardown)
