/*
 * End to end, security finding 1 of issue 10: options already on the easy
 * handle must not take the credentials somewhere other than the URL
 * credplug checked.  Each case puts one such option on the handle before
 * credplug_curl_apply() + curl_easy_perform() or credplug_curl_perform()
 * for PORT1 /all (200 only with all three credentials), then reads the
 * access logs: the allowed origin got the request with the credentials,
 * the listener the option points at got no credential byte at all.
 * Listeners: PORT2 (another port), 4 (PORT1 on 127.0.0.2) and 5 (a unix
 * socket), see nginx.conf.in.  Runs under tests/harness/nginx-run.
 */
#define _POSIX_C_SOURCE 200809L
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "curl_util.h"

#define SEC_ALL                                                                \
	(CREDPLUG_AUTH_API_KEY | CREDPLUG_AUTH_APP_KEY | CREDPLUG_AUTH_AUTHZ)
#define ALL_CREDS                                                              \
	"api=\"" CANARY_API "\" app=\"" CANARY_APP                             \
	"\" authz=\"Bearer " CANARY_PAT "\""

static long port_num(int n)
{
	return strtol(cu_port(n), NULL, 10);
}

/* "127.0.0.1:PORT1:<to>": CURLOPT_RESOLVE / CONNECT_TO entries. */
static struct curl_slist *pair_list(const char *to)
{
	struct curl_slist *l;
	char entry[128];

	snprintf(entry, sizeof(entry), "127.0.0.1:%s:%s", cu_port(1), to);
	l = curl_slist_append(NULL, entry);
	assert_non_null(l);
	return l;
}

static struct curl_slist *resolve_elsewhere(void)
{
	return pair_list("127.0.0.2");
}

static const char *socket_path(void)
{
	static char path[512];

	snprintf(path, sizeof(path), "%s/p5.sock", getenv("CP_NGINX_PREFIX"));
	return path;
}

/* A plain request to listener 4 or 5, then wait until it is logged. */
static void sync_other(int n, const char *path)
{
	struct curl_slist *resolve = resolve_elsewhere();
	CURL *h = cu_handle();

	if (n == 4)
		curl_easy_setopt(h, CURLOPT_RESOLVE, resolve);
	else
		curl_easy_setopt(h, CURLOPT_UNIX_SOCKET_PATH, socket_path());
	curl_easy_setopt(h, CURLOPT_URL, cu_url(1, path));
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	curl_easy_cleanup(h);
	curl_slist_free_all(resolve);
	cu_wait_logged(n, path);
}

/* Listener `n` received no credential byte and, besides `lines` requests
 * without credentials, only the sync request. */
static void expect_untouched(int n, int lines)
{
	char *log;

	if (n == 4 || n == 5)
		sync_other(n, "/sync-other");
	else
		cu_sync_log(n, "/sync-other");
	log = cu_read_log(n);
	if (strstr(log, "CANARY"))
		fail_msg("a credential reached listener %d:\n%s", n, log);
	free(log);
	assert_int_equal(cu_count(n, ""), lines + 1);
}

/* The allowed origin got /all exactly `times` times, with all three. */
static void expect_origin(int times)
{
	cu_sync_log(1, "/sync-origin");
	assert_int_equal(cu_count(1, "GET /all " ALL_CREDS), times);
}

/* credplug_curl_apply() for PORT1 /all, then curl_easy_perform(). */
static void apply_then_perform(struct credplug_ctx *ctx, CURL *h)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct curl_slist *list = NULL;
	unsigned added = 0;
	long status = 0;

	req.method = "GET";
	req.url = cu_url(1, "/all");
	req.auth = SEC_ALL;
	assert_int_equal(credplug_curl_apply(ctx, h, &req, &list, &added),
	                 CREDPLUG_OK);
	assert_int_equal(added, 3);
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	assert_int_equal(status, 200);
	curl_easy_cleanup(h);
	credplug_curl_slist_free_wipe(list);
}

/* credplug_curl_perform() for PORT1 /all; returns its status. */
static int perform_all(struct credplug_ctx *ctx, CURL *h,
                       struct credplug_curl_result *res)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	int rc;

	req.method = "GET";
	req.url = cu_url(1, "/all");
	req.auth = SEC_ALL;
	rc = credplug_curl_perform(ctx, h, &req, NULL, res);
	cu_assert_no_canary(res->errmsg);
	return rc;
}

/* perform_all() must succeed at the allowed origin: sent=3 dropped=0. */
static void perform_ok(struct credplug_ctx *ctx, CURL *h)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;

	assert_int_equal(perform_all(ctx, h, &res), CREDPLUG_OK);
	assert_int_equal(res.http_status, 200);
	assert_int_equal(res.sent, 3);
	assert_int_equal(res.credentials_dropped, 0);
	assert_int_equal(res.redirects, 0);
	assert_string_equal(res.errmsg, "");
	curl_easy_cleanup(h);
}

/* A handle whose CURLOPT_CURLU names PORT2. */
static CURL *curlu_handle(CURLU **u)
{
	CURL *h = cu_handle();

	*u = curl_url();
	assert_non_null(*u);
	assert_int_equal(
	        curl_url_set(*u, CURLUPART_URL, cu_url(2, "/curlu"), 0),
	        CURLUE_OK);
	assert_int_equal(curl_easy_setopt(h, CURLOPT_CURLU, *u), CURLE_OK);
	return h;
}

static void sec01_curlu_overrides_url_apply(void **state)
{
	struct credplug_ctx *ctx = cu_ctx_all();
	CURLU *u;

	(void)state;
	apply_then_perform(ctx, curlu_handle(&u));
	expect_untouched(2, 0);
	expect_origin(1);
	curl_url_cleanup(u);
	credplug_ctx_free(ctx);
}

static void sec01_curlu_overrides_url_perform(void **state)
{
	struct credplug_ctx *ctx = cu_ctx_all();
	CURLU *u;

	(void)state;
	perform_ok(ctx, curlu_handle(&u));
	expect_untouched(2, 0);
	expect_origin(1);
	curl_url_cleanup(u);
	credplug_ctx_free(ctx);
}

/* A handle whose CURLOPT_PORT is PORT2's. */
static CURL *port_handle(void)
{
	CURL *h = cu_handle();

	assert_int_equal(curl_easy_setopt(h, CURLOPT_PORT, port_num(2)),
	                 CURLE_OK);
	return h;
}

static void sec01_port_overrides_url_apply(void **state)
{
	struct credplug_ctx *ctx = cu_ctx_all();

	(void)state;
	apply_then_perform(ctx, port_handle());
	expect_untouched(2, 0);
	expect_origin(1);
	credplug_ctx_free(ctx);
}

static void sec01_port_overrides_url_perform(void **state)
{
	struct credplug_ctx *ctx = cu_ctx_all();

	(void)state;
	perform_ok(ctx, port_handle());
	expect_untouched(2, 0);
	expect_origin(1);
	credplug_ctx_free(ctx);
}

/* CURLOPT_CONNECT_TO "127.0.0.1:PORT1:127.0.0.1:PORT2". */
static CURL *connect_to_handle(struct curl_slist **l)
{
	char to[64];
	CURL *h = cu_handle();

	snprintf(to, sizeof(to), "127.0.0.1:%s", cu_port(2));
	*l = pair_list(to);
	assert_int_equal(curl_easy_setopt(h, CURLOPT_CONNECT_TO, *l), CURLE_OK);
	return h;
}

static void sec01_connect_to_reset_apply(void **state)
{
	struct credplug_ctx *ctx = cu_ctx_all();
	struct curl_slist *l;

	(void)state;
	apply_then_perform(ctx, connect_to_handle(&l));
	expect_untouched(2, 0);
	expect_origin(1);
	curl_slist_free_all(l);
	credplug_ctx_free(ctx);
}

static void sec01_connect_to_reset_perform(void **state)
{
	struct credplug_ctx *ctx = cu_ctx_all();
	struct curl_slist *l;

	(void)state;
	perform_ok(ctx, connect_to_handle(&l));
	expect_untouched(2, 0);
	expect_origin(1);
	curl_slist_free_all(l);
	credplug_ctx_free(ctx);
}

/* CURLOPT_RESOLVE "127.0.0.1:PORT1:127.0.0.2", not yet used. */
static CURL *resolve_handle(struct curl_slist **l)
{
	CURL *h = cu_handle();

	*l = resolve_elsewhere();
	assert_int_equal(curl_easy_setopt(h, CURLOPT_RESOLVE, *l), CURLE_OK);
	return h;
}

static void sec01_resolve_reset_apply(void **state)
{
	struct credplug_ctx *ctx = cu_ctx_all();
	struct curl_slist *l;

	(void)state;
	apply_then_perform(ctx, resolve_handle(&l));
	expect_untouched(4, 0);
	expect_origin(1);
	curl_slist_free_all(l);
	credplug_ctx_free(ctx);
}

static void sec01_resolve_reset_perform(void **state)
{
	struct credplug_ctx *ctx = cu_ctx_all();
	struct curl_slist *l;

	(void)state;
	perform_ok(ctx, resolve_handle(&l));
	expect_untouched(4, 0);
	expect_origin(1);
	curl_slist_free_all(l);
	credplug_ctx_free(ctx);
}

/* CURLOPT_UNIX_SOCKET_PATH naming listener 5. */
static CURL *socket_handle(void)
{
	CURL *h = cu_handle();

	assert_int_equal(
	        curl_easy_setopt(h, CURLOPT_UNIX_SOCKET_PATH, socket_path()),
	        CURLE_OK);
	return h;
}

static void sec01_unix_socket_reset_apply(void **state)
{
	struct credplug_ctx *ctx = cu_ctx_all();

	(void)state;
	apply_then_perform(ctx, socket_handle());
	expect_untouched(5, 0);
	expect_origin(1);
	credplug_ctx_free(ctx);
}

static void sec01_unix_socket_reset_perform(void **state)
{
	struct credplug_ctx *ctx = cu_ctx_all();

	(void)state;
	perform_ok(ctx, socket_handle());
	expect_untouched(5, 0);
	expect_origin(1);
	credplug_ctx_free(ctx);
}

/* CURLOPT_PRE_PROXY naming PORT3 as a SOCKS proxy: with CURLOPT_PROXY ""
 * libcurl would still tunnel plain http, headers included, through it.
 * NOPROXY is back to its default (cu_handle() sets "*", which would
 * disable every proxy by itself) and the environment names none. */
static CURL *pre_proxy_handle(void)
{
	char url[64];
	CURL *h = cu_handle();

	unsetenv("no_proxy");
	unsetenv("NO_PROXY");
	curl_easy_setopt(h, CURLOPT_NOPROXY, (char *)NULL);
	snprintf(url, sizeof(url), "socks5://127.0.0.1:%s", cu_port(3));
	assert_int_equal(curl_easy_setopt(h, CURLOPT_PRE_PROXY, url), CURLE_OK);
	return h;
}

static void sec01_pre_proxy_reset_apply(void **state)
{
	struct credplug_ctx *ctx = cu_ctx_all();

	(void)state;
	apply_then_perform(ctx, pre_proxy_handle());
	expect_untouched(3, 0);
	expect_origin(1);
	credplug_ctx_free(ctx);
}

static void sec01_pre_proxy_reset_perform(void **state)
{
	struct credplug_ctx *ctx = cu_ctx_all();

	(void)state;
	perform_ok(ctx, pre_proxy_handle());
	expect_untouched(3, 0);
	expect_origin(1);
	credplug_ctx_free(ctx);
}

/* perform_all() must be stopped by the connection check before sending. */
static void expect_refused(struct credplug_ctx *ctx, CURL *h)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	char want[CREDPLUG_CURL_ERRMSG_MAX];

	assert_int_equal(perform_all(ctx, h, &res), CREDPLUG_EDESTINATION);
	assert_int_equal(res.curl_code, CURLE_ABORTED_BY_CALLBACK);
	assert_int_equal(res.http_status, 0);
	assert_int_equal(res.sent, 0);
	assert_int_equal(res.retries, 0);
	snprintf(want, sizeof(want),
	         "libcurl connected to 127.0.0.2 port %s, not to "
	         "http://127.0.0.1:%s the credentials are for (a "
	         "CURLOPT_RESOLVE entry in the handle's or a shared DNS "
	         "cache does this); the request was not sent",
	         cu_port(1), cu_port(1));
	assert_string_equal(res.errmsg, want);
}

/* An earlier transfer on the same handle left a CURLOPT_RESOLVE entry in
 * its DNS cache (and a live connection): resetting the option cannot
 * remove either, the connection check refuses to send. */
static void sec01_prereq_aborts_cached_resolve(void **state)
{
	struct credplug_ctx *ctx = cu_ctx_all();
	struct curl_slist *l;
	CURL *h = resolve_handle(&l);

	(void)state;
	curl_easy_setopt(h, CURLOPT_URL, cu_url(1, "/warm"));
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	expect_refused(ctx, h);
	/* The check is gone with the call: a plain transfer still runs. */
	curl_easy_setopt(h, CURLOPT_URL, cu_url(1, "/after"));
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	curl_easy_cleanup(h);
	expect_untouched(4, 2); /* /warm and /after, no credential */
	assert_int_equal(cu_count(4, "GET /warm "), 1);
	assert_int_equal(cu_count(4, "GET /after "), 1);
	expect_origin(0);
	curl_slist_free_all(l);
	credplug_ctx_free(ctx);
}

/* Another handle put the entry into a DNS cache shared through CURLSH:
 * a fresh connection on our handle goes to 127.0.0.2 and is refused. */
static void sec01_prereq_aborts_shared_dns(void **state)
{
	struct credplug_ctx *ctx = cu_ctx_all();
	CURLSH *sh = curl_share_init();
	struct curl_slist *l;
	CURL *other = resolve_handle(&l), *h = cu_handle();

	(void)state;
	assert_non_null(sh);
	curl_share_setopt(sh, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
	curl_easy_setopt(other, CURLOPT_SHARE, sh);
	curl_easy_setopt(other, CURLOPT_URL, cu_url(1, "/warm"));
	assert_int_equal(curl_easy_perform(other), CURLE_OK);
	curl_easy_cleanup(other);
	curl_easy_setopt(h, CURLOPT_SHARE, sh);
	expect_refused(ctx, h);
	curl_easy_cleanup(h);
	curl_share_cleanup(sh);
	expect_untouched(4, 1);
	expect_origin(0);
	curl_slist_free_all(l);
	credplug_ctx_free(ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(sec01_curlu_overrides_url_apply),
        cmocka_unit_test(sec01_curlu_overrides_url_perform),
        cmocka_unit_test(sec01_port_overrides_url_apply),
        cmocka_unit_test(sec01_port_overrides_url_perform),
        cmocka_unit_test(sec01_connect_to_reset_apply),
        cmocka_unit_test(sec01_connect_to_reset_perform),
        cmocka_unit_test(sec01_resolve_reset_apply),
        cmocka_unit_test(sec01_resolve_reset_perform),
        cmocka_unit_test(sec01_unix_socket_reset_apply),
        cmocka_unit_test(sec01_unix_socket_reset_perform),
        cmocka_unit_test(sec01_pre_proxy_reset_apply),
        cmocka_unit_test(sec01_pre_proxy_reset_perform),
        cmocka_unit_test(sec01_prereq_aborts_cached_resolve),
        cmocka_unit_test(sec01_prereq_aborts_shared_dns),
};

CP_TEST_MAIN("curl_e2e_handle", tests, cu_group_setup, cu_group_teardown)
