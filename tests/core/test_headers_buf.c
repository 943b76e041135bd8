/*
 * credplug_headers_buf (issue 13: a binding's per-request call): the exact
 * header block, every refusal with its exact detail and nothing of a
 * header left in the buffer, and CREDPLUG_HEADERS_NOWAIT, which must never
 * resolve: before the first resolve, after new input, and when a refresh
 * is due (the mock provider, built in, counts its resolves; the clock is
 * the context's clock hook, stepped here).  Threads: label concurrency.
 */
#include "cp_test.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "mock.h"

#define URL   T_URL
#define EVIL  "https://evil.example.com/api/v1/validate"
#define CHAIN "{'providers':[{'use':'explicit'},{'use':'env'}]}"
#define BLOCK                                                                  \
	"DD-API-KEY: " CANARY_API "\r\nDD-APPLICATION-KEY: " CANARY_APP        \
	"\r\nAuthorization: Bearer " CANARY_PAT "\r\n"
#define REFUSAL                                                                \
	"refusing to send credentials to https://evil.example.com: origin is " \
	"not in allowed_origins; if this host is yours, add its origin to "    \
	"\"allowed_origins\" in the credplug config"
#define S  1000000000LL
#define T0 (1800000000LL * S)
#define MV "MOCK-API-00000000000000001"

static char buf[CREDPLUG_HEADERS_BUF_SIZE];

static struct credplug_ctx *keys_ctx(void)
{
	struct credplug_ctx *ctx;

	t_clear_env();
	setenv("DD_API_KEY", CANARY_API, 1);
	setenv("DD_APP_KEY", CANARY_APP, 1);
	setenv("DD_BEARER_TOKEN", CANARY_PAT, 1);
	ctx = t_ctx(CHAIN, 0); /* not resolved: env is read on first use */
	return ctx;
}

/* The buffer was fill()ed before a failed call: it now holds "" and no
 * byte of a header (each byte is the fill or the wipe's NUL). */
static void assert_buf_clean(void)
{
	assert_int_equal(buf[0], '\0');
	for (size_t i = 0; i < sizeof(buf); i++)
		if (buf[i] != '\0' && buf[i] != 'x')
			fail_msg("byte %zu of the buffer is 0x%02x after a "
			         "failure",
			         i, (unsigned char)buf[i]);
}

static void fill(void)
{
	memset(buf, 'x', sizeof(buf));
}

/* credplug_headers_buf on T_URL into the whole of `buf`. */
static int hb(struct credplug_ctx *ctx, uint32_t auth, uint32_t flags)
{
	return credplug_headers_buf(ctx, URL, auth, flags, buf, sizeof(buf));
}

/* Three headers in apply's order; each scheme alone; none. */
static void exact_blocks(void **state)
{
	struct credplug_ctx *ctx = keys_ctx();
	int n;

	(void)state;
	n = hb(ctx, T_ALL, 0);
	assert_int_equal(n, (int)strlen(BLOCK));
	assert_string_equal(buf, BLOCK);
	n = hb(ctx, CREDPLUG_AUTH_APP_KEY, CREDPLUG_HEADERS_NOWAIT);
	assert_string_equal(buf, "DD-APPLICATION-KEY: " CANARY_APP "\r\n");
	assert_int_equal(n, (int)strlen(buf));
	fill();
	assert_int_equal(credplug_headers_buf(ctx, URL, 0, 0, buf, 1), 0);
	assert_int_equal(buf[0],
	                 '\0'); /* "" for an endpoint without security */
	/* The same bytes credplug_headers gives as JSON, pair by pair. */
	{
		char *json = NULL;

		assert_int_equal(credplug_headers(ctx, "GET", URL,
		                                  "apiKeyAuth,appKeyAuth,AuthZ",
		                                  &json),
		                 CREDPLUG_OK);
		assert_string_equal(
		        json,
		        "[[\"DD-API-KEY\",\"" CANARY_API
		        "\"],[\"DD-APPLICATION-KEY\",\"" CANARY_APP
		        "\"],[\"Authorization\",\"Bearer " CANARY_PAT "\"]]");
		credplug_headers_free(json);
	}
	credplug_ctx_free(ctx);
}

/* Each refusal: its status, its exact detail, and an empty buffer. */
static void refusals(void **state)
{
	struct credplug_ctx *ctx = keys_ctx();
	char *d;

	(void)state;
	assert_int_equal(credplug_headers_buf(NULL, URL, T_ALL, 0, buf, 9),
	                 CREDPLUG_EINVAL);
	fill();
	assert_int_equal(
	        credplug_headers_buf(ctx, NULL, T_ALL, 0, buf, sizeof(buf)),
	        CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_headers_buf: url is NULL");
	assert_int_equal(buf[0], '\0');
	assert_int_equal(credplug_headers_buf(ctx, URL, T_ALL, 0, NULL, 99),
	                 CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_headers_buf: buf is NULL");
	assert_int_equal(credplug_headers_buf(ctx, URL, T_ALL, 0, buf, 0),
	                 CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_headers_buf: cap is 0");
	assert_int_equal(hb(ctx, T_ALL | CREDPLUG_AUTH_UNKNOWN, 0),
	                 CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_headers_buf: auth carries "
	                    "CREDPLUG_AUTH_UNKNOWN (a scheme "
	                    "credplug_auth_parse() did not know); pass the "
	                    "known bits");
	assert_int_equal(hb(ctx, T_ALL, 6), CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_headers_buf: unknown flag bits 0x6 "
	                    "(known: 0x1)");
	/* Another origin: nothing at all, the refusal as apply words it. */
	fill();
	assert_int_equal(
	        credplug_headers_buf(ctx, EVIL, T_ALL, 0, buf, sizeof(buf)),
	        CREDPLUG_EDESTINATION);
	assert_string_equal(credplug_errmsg(ctx), REFUSAL);
	assert_int_equal(buf[0], '\0');
	t_assert_no_canary(buf);
	/* Too small after the first header fitted: that header is wiped. */
	fill();
	assert_int_equal(credplug_headers_buf(ctx, URL, T_ALL, 0, buf, 60),
	                 CREDPLUG_ESINK);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_headers_buf: 60 bytes are too few for "
	                    "the headers; pass CREDPLUG_HEADERS_BUF_SIZE "
	                    "(17408)");
	assert_buf_clean();
	d = credplug_errmsg_dup(ctx, CREDPLUG_ESINK);
	t_assert_no_canary(d);
	credplug_free(d);
	credplug_ctx_free(ctx);
}

/* NOWAIT never resolves where nothing is published or new input waits,
 * and the call without it then does. */
static void nowait_first_and_new_input(void **state)
{
	struct credplug_ctx *ctx = keys_ctx();

	(void)state;
	fill();
	assert_int_equal(hb(ctx, T_ALL, CREDPLUG_HEADERS_NOWAIT),
	                 CREDPLUG_EWOULDBLOCK);
	assert_buf_clean();
	assert_string_equal(credplug_status_name(CREDPLUG_EWOULDBLOCK),
	                    "CREDPLUG_EWOULDBLOCK");
	assert_int_equal(hb(ctx, T_ALL, 0), (int)strlen(BLOCK));
	assert_int_equal(hb(ctx, T_ALL, CREDPLUG_HEADERS_NOWAIT),
	                 (int)strlen(BLOCK));
	assert_string_equal(buf, BLOCK);
	/* New input: the next call resolves, so NOWAIT declines again. */
	assert_int_equal(
	        credplug_set(ctx, CREDPLUG_API_KEY, "NEWKEY-0123456789abcdef"),
	        CREDPLUG_OK);
	fill();
	assert_int_equal(
	        hb(ctx, CREDPLUG_AUTH_API_KEY, CREDPLUG_HEADERS_NOWAIT),
	        CREDPLUG_EWOULDBLOCK);
	assert_buf_clean();
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_OK);
	assert_int_equal(
	        hb(ctx, CREDPLUG_AUTH_API_KEY, CREDPLUG_HEADERS_NOWAIT),
	        (int)strlen("DD-API-KEY: NEWKEY-0123456789abcdef\r\n"));
	assert_string_equal(buf, "DD-API-KEY: NEWKEY-0123456789abcdef\r\n");
	credplug_ctx_free(ctx);
}

static _Atomic int64_t now_ns;

static int64_t test_clock(void *ud)
{
	(void)ud;
	return atomic_load(&now_ns);
}

static struct credplug_ctx *mock_ctx(void)
{
	static const struct credplug_builtin b[] = {
	        {"mock", mock_builtin_entry}};
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;
	char err[512], *json;

	t_clear_env();
	atomic_store(&now_ns, T0);
	atomic_store(&mock_stats.resolves, 0);
	atomic_store(&mock_ctl.status, 0);
	atomic_store(&mock_ctl.rotate, 0);
	json = t_json("{'providers':[{'use':'mock','api_key':'" MV
	              "','expires_in':900}]}");
	o.config_json = json;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE | CREDPLUG_FLAG_NO_MODULES;
	o.builtins = b;
	o.n_builtins = 1;
	o.clock = test_clock;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	if (credplug_ctx_new(&ctx, &o) != CREDPLUG_OK)
		fail_msg("ctx_new: %s", err);
	free(json);
	return ctx;
}

/* A 15-minute credential: NOWAIT serves it until the refresh is due
 * (expiry - 180 s at the latest), then declines without resolving; the
 * blocking call refreshes; past the expiry NOWAIT still declines. */
static void nowait_refresh_due(void **state)
{
	struct credplug_ctx *ctx = mock_ctx();
	const char *want = "DD-API-KEY: " MV "\r\n";

	(void)state;
	assert_int_equal(hb(ctx, T_ALL, 0), (int)strlen(want));
	assert_int_equal(atomic_load(&mock_stats.resolves), 1);
	atomic_store(&now_ns, T0 + 600 * S); /* before any refresh point */
	assert_int_equal(hb(ctx, T_ALL, CREDPLUG_HEADERS_NOWAIT),
	                 (int)strlen(want));
	atomic_store(&now_ns, T0 + 720 * S); /* the refresh is due */
	fill();
	assert_int_equal(hb(ctx, T_ALL, CREDPLUG_HEADERS_NOWAIT),
	                 CREDPLUG_EWOULDBLOCK);
	assert_buf_clean();
	assert_int_equal(atomic_load(&mock_stats.resolves), 1);
	assert_int_equal(hb(ctx, T_ALL, 0), (int)strlen(want));
	assert_int_equal(atomic_load(&mock_stats.resolves), 2);
	assert_int_equal(hb(ctx, T_ALL, CREDPLUG_HEADERS_NOWAIT),
	                 (int)strlen(want));
	atomic_store(&now_ns, T0 + 720 * S + 901 * S); /* past the new expiry */
	assert_int_equal(hb(ctx, T_ALL, CREDPLUG_HEADERS_NOWAIT),
	                 CREDPLUG_EWOULDBLOCK);
	assert_int_equal(atomic_load(&mock_stats.resolves), 2);
	credplug_ctx_free(ctx);
}

/* A first resolve that failed: NOWAIT declines (the blocking call would
 * take the lock), never turns the failure into a loop of declines: the
 * blocking call gives the failure, within the backoff without asking the
 * provider again, after it with one more try; once the provider answers,
 * NOWAIT serves. */
static void nowait_failed_resolve(void **state)
{
	struct credplug_ctx *ctx = mock_ctx();
	const char *want = "DD-API-KEY: " MV "\r\n";
	int fail;

	(void)state;
	atomic_store(&mock_ctl.status, CREDPLUG_PS_ERROR + 1);
	fail = hb(ctx, T_ALL, 0);
	assert_int_equal(fail, CREDPLUG_EPROVIDER);
	assert_int_equal(atomic_load(&mock_stats.resolves), 1);
	fill();
	assert_int_equal(hb(ctx, T_ALL, CREDPLUG_HEADERS_NOWAIT),
	                 CREDPLUG_EWOULDBLOCK);
	assert_buf_clean();
	assert_int_equal(hb(ctx, T_ALL, 0),
	                 fail); /* the backoff (1 s): no second try */
	assert_int_equal(atomic_load(&mock_stats.resolves), 1);
	atomic_store(&now_ns, T0 + 2 * S);
	assert_int_equal(hb(ctx, T_ALL, CREDPLUG_HEADERS_NOWAIT),
	                 CREDPLUG_EWOULDBLOCK);
	assert_int_equal(atomic_load(&mock_stats.resolves), 1);
	atomic_store(&mock_ctl.status, 0);
	assert_int_equal(hb(ctx, T_ALL, 0), (int)strlen(want));
	assert_int_equal(atomic_load(&mock_stats.resolves), 2);
	assert_int_equal(hb(ctx, T_ALL, CREDPLUG_HEADERS_NOWAIT),
	                 (int)strlen(want));
	credplug_ctx_free(ctx);
}

/* A refresh that failed: NOWAIT serves the set through the backoff as
 * the blocking call does (a tenth of the 180 s left: 18 s), declines
 * after it, and past the expiry declines where the blocking call says
 * CREDPLUG_EEXPIRED. */
static void nowait_refresh_failed(void **state)
{
	struct credplug_ctx *ctx = mock_ctx();
	const char *want = "DD-API-KEY: " MV "\r\n";

	(void)state;
	assert_int_equal(hb(ctx, T_ALL, 0), (int)strlen(want));
	atomic_store(&mock_ctl.status, CREDPLUG_PS_ERROR + 1);
	atomic_store(&now_ns, T0 + 720 * S); /* the refresh is due */
	assert_int_equal(hb(ctx, T_ALL, 0),
	                 (int)strlen(want)); /* failed: the set is served */
	assert_int_equal(atomic_load(&mock_stats.resolves), 2);
	atomic_store(&now_ns, T0 + 730 * S);
	assert_int_equal(hb(ctx, T_ALL, CREDPLUG_HEADERS_NOWAIT),
	                 (int)strlen(want));
	atomic_store(&now_ns, T0 + 739 * S);
	assert_int_equal(hb(ctx, T_ALL, CREDPLUG_HEADERS_NOWAIT),
	                 CREDPLUG_EWOULDBLOCK);
	atomic_store(&now_ns, T0 + 901 * S);
	fill();
	assert_int_equal(hb(ctx, T_ALL, CREDPLUG_HEADERS_NOWAIT),
	                 CREDPLUG_EWOULDBLOCK);
	assert_buf_clean();
	assert_int_equal(atomic_load(&mock_stats.resolves), 2);
	assert_int_equal(hb(ctx, T_ALL, 0), CREDPLUG_EEXPIRED);
	assert_int_equal(atomic_load(&mock_stats.resolves), 3);
	atomic_store(&mock_ctl.status, 0);
	credplug_ctx_free(ctx);
}

/* The failed context of credplug_ctx_open: NOWAIT declines, the call
 * without it gives the open's status and leaves its detail. */
static void nowait_failed_open(void **state)
{
	struct credplug_ctx *ctx = NULL;
	const char *detail = "config_json:1:2: /sitee: unknown key (expected "
	                     "site, allowed_origins, providers, strict, "
	                     "timeout_ms)";

	(void)state;
	assert_int_equal(credplug_ctx_open(&ctx, NULL, "{\"sitee\":\"x\"}",
	                                   CREDPLUG_FLAG_NO_CONFIG_FILE),
	                 CREDPLUG_ECONFIG);
	assert_non_null(ctx);
	fill();
	assert_int_equal(hb(ctx, T_ALL, CREDPLUG_HEADERS_NOWAIT),
	                 CREDPLUG_EWOULDBLOCK);
	assert_buf_clean();
	assert_int_equal(hb(ctx, T_ALL, 0), CREDPLUG_ECONFIG);
	assert_int_equal(buf[0], '\0');
	assert_string_equal(credplug_errmsg(ctx), detail);
	credplug_ctx_free(ctx);
}

/* Eight threads, each with its own buffer, on one warm context: every
 * block is whole and the same (label concurrency: TSan runs it). */
struct worker {
	struct credplug_ctx *ctx;
	int bad;
};

static void *work(void *arg)
{
	struct worker *w = arg;
	char mine[CREDPLUG_HEADERS_BUF_SIZE];

	for (int i = 0; i < 2000; i++) {
		int n = credplug_headers_buf(
		        w->ctx, URL, T_ALL, i % 2 ? CREDPLUG_HEADERS_NOWAIT : 0,
		        mine, sizeof(mine));

		if (n != (int)strlen(BLOCK) || strcmp(mine, BLOCK) != 0)
			w->bad++;
	}
	return NULL;
}

static void threads(void **state)
{
	struct credplug_ctx *ctx = keys_ctx();
	struct worker w[8];
	pthread_t t[8];

	(void)state;
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_OK);
	for (int i = 0; i < 8; i++) {
		w[i].ctx = ctx;
		w[i].bad = 0;
		assert_int_equal(pthread_create(&t[i], NULL, work, &w[i]), 0);
	}
	for (int i = 0; i < 8; i++) {
		pthread_join(t[i], NULL);
		assert_int_equal(w[i].bad, 0);
	}
	credplug_ctx_free(ctx);
}

/* CP_TEST_MAIN: ctest's entry per case runs that case alone. */
static const struct CMUnitTest tests[] = {
        cmocka_unit_test(exact_blocks),
        cmocka_unit_test(refusals),
        cmocka_unit_test(nowait_first_and_new_input),
        cmocka_unit_test(nowait_refresh_due),
        cmocka_unit_test(nowait_failed_resolve),
        cmocka_unit_test(nowait_refresh_failed),
        cmocka_unit_test(nowait_failed_open),
        cmocka_unit_test(threads),
};

CP_TEST_MAIN("core_headers_buf", tests, NULL, NULL)
