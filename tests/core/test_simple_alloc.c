/*
 * Allocation failures on the foreign-caller path (test_alloc.c's sweep,
 * for calls that take no allocator hook).  This program links libcredplug.a
 * with -Wl,--wrap=malloc,--wrap=free: every malloc the library makes comes
 * here, and the Nth fails, for N = 1, 2, ... until a whole run no longer
 * reaches N.  Each call must succeed or return CREDPLUG_ENOMEM (the status
 * it would have returned otherwise, where that one needs no memory), never
 * crash, and every block the library took from malloc must be back when
 * the contexts are freed.
 */
#include "cp_test.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

#define MAX_N    5000
#define MAX_LIVE 4096
#define URL      T_URL
#define EVIL     "https://evil.example.com/api/v1/validate"
#define CHAIN    "{\"providers\":[{\"use\":\"explicit\"},{\"use\":\"env\"}]}"
#define BUILTIN  (CREDPLUG_FLAG_NO_CONFIG_FILE | CREDPLUG_FLAG_NO_MODULES)
#define HEADERS                                                                \
	"[[\"DD-API-KEY\",\"" CANARY_API                                       \
	"\"],[\"Authorization\",\"Bearer " CANARY_PAT "\"]]"
#define REFUSAL                                                                \
	"refusing to send credentials to https://evil.example.com: origin is " \
	"not in allowed_origins; if this host is yours, add its origin to "    \
	"\"allowed_origins\" in the credplug config"
#define BAD_KEY                                                                \
	"config_json:1:35: /sitee: unknown key (expected site, "               \
	"allowed_origins, providers, strict, timeout_ms)"

void *__real_malloc(size_t n);
void __real_free(void *p);
void *__wrap_malloc(size_t n);
void __wrap_free(void *p);

static struct {
	bool armed;
	long count, fail_at, failed;
	void *live[MAX_LIVE]; /* blocks from malloc while armed */
	size_t n_live;
	bool overflow;
} w;

void *__wrap_malloc(size_t n)
{
	void *p;

	if (!w.armed)
		return __real_malloc(n);
	if (++w.count == w.fail_at) {
		w.failed++;
		return NULL;
	}
	p = __real_malloc(n);
	if (p != NULL && w.n_live < MAX_LIVE)
		w.live[w.n_live++] = p;
	else if (p != NULL)
		w.overflow = true;
	return p;
}

void __wrap_free(void *p)
{
	for (size_t i = 0; p != NULL && i < w.n_live; i++)
		if (w.live[i] == p) {
			w.live[i] = w.live[--w.n_live];
			break;
		}
	__real_free(p);
}

/* `rc` is `want`, or ENOMEM after a refused allocation. */
static void step(int rc, int want, const char *what, long n)
{
	if (rc == want || (rc == CREDPLUG_ENOMEM && w.failed > 0))
		return;
	fail_msg("N=%ld: %s returned %d, expected %d", n, what, rc, want);
}

/* The detail of an allocation failure says so, and names no value. */
static void oom_detail(const char *text)
{
	if (strstr(text, "out of memory") == NULL)
		fail_msg("ENOMEM detail without \"out of memory\": %s", text);
	t_assert_no_canary(text);
}

/* credplug_headers: on success the exact text; on failure the detail,
 * or NULL when the copy itself ran out of memory. */
static void headers(struct credplug_ctx *ctx, const char *url, int want,
                    const char *text, long n)
{
	char *out = (char *)1;
	int rc = credplug_headers(ctx, "GET", url, "apiKeyAuth,AuthZ", &out);

	step(rc, want, url, n);
	if (rc == CREDPLUG_OK)
		assert_string_equal(out, text);
	else if (rc == want && out != NULL)
		assert_string_equal(out, text);
	else if (out != NULL)
		oom_detail(out);
	if (out == NULL && w.failed == 0)
		fail_msg("N=%ld: no text without an allocation failure", n);
	credplug_headers_free(out);
}

/* What a failed open hands back: the detail, reported again by headers. */
static void failed_open(struct credplug_ctx *ctx, int rc, long n)
{
	char *d = (char *)1;

	if (ctx == NULL) {
		if (w.failed == 0)
			fail_msg("N=%ld: no failed context", n);
		return;
	}
	if (rc == CREDPLUG_ENOMEM)
		oom_detail(credplug_errmsg(ctx));
	assert_int_equal(credplug_headers(ctx, "GET", URL, "", &d), rc);
	if (d != NULL)
		assert_string_equal(d, credplug_errmsg(ctx));
	credplug_headers_free(d);
	credplug_ctx_free(ctx);
}

static void good_config(long n)
{
	struct credplug_ctx *ctx = NULL;
	char *d;
	int rc = credplug_ctx_open(&ctx, NULL, CHAIN, BUILTIN);

	step(rc, CREDPLUG_OK, "ctx_open", n);
	if (rc != CREDPLUG_OK) {
		failed_open(ctx, rc, n);
		return;
	}
	headers(ctx, URL, CREDPLUG_OK, HEADERS, n);
	headers(ctx, EVIL, CREDPLUG_EDESTINATION, REFUSAL, n);
	headers(ctx, URL, CREDPLUG_OK, HEADERS, n);
	rc = credplug_reject_request(ctx, "GET", URL, "apiKeyAuth", 401);
	step(rc, CREDPLUG_EREJECTED, "reject_request", n);
	d = credplug_errmsg_dup(ctx, rc);
	if (d == NULL && w.failed == 0)
		fail_msg("N=%ld: errmsg_dup returned NULL", n);
	credplug_free(d);
	credplug_ctx_free(ctx);
}

static void bad_config(long n)
{
	struct credplug_ctx *ctx = NULL;
	int rc = credplug_ctx_open(
	        &ctx, NULL,
	        "{\"providers\":[{\"use\":\"explicit\"}],\"sitee\":\"x\"}",
	        BUILTIN);

	step(rc, CREDPLUG_ECONFIG, "bad ctx_open", n);
	if (rc == CREDPLUG_ECONFIG && ctx != NULL)
		assert_string_equal(credplug_errmsg(ctx), BAD_KEY);
	failed_open(ctx, rc, n);
}

/* One run; true when nothing was refused. */
static bool run_once(long n)
{
	memset(&w, 0, sizeof(w));
	w.armed = true;
	w.fail_at = n;
	good_config(n);
	bad_config(n);
	w.armed = false;
	if (w.overflow)
		fail_msg("N=%ld: more than %d live blocks", n, MAX_LIVE);
	if (w.n_live != 0)
		fail_msg("N=%ld: %zu blocks from malloc never freed", n,
		         w.n_live);
	return w.failed == 0;
}

static void sweep(void **state)
{
	long n;

	(void)state;
	t_clear_env();
	setenv("DD_API_KEY", CANARY_API, 1);
	setenv("DD_BEARER_TOKEN", CANARY_PAT, 1);
	for (n = 1; n < MAX_N; n++)
		if (run_once(n))
			break;
	print_message("sweep: %ld allocations in a full run\n", n - 1);
	assert_true(n > 20); /* the wrap really sees the library */
	assert_true(n < MAX_N);
	t_clear_env();
}

/* credplug_headers_buf on a warm context, its NOWAIT form and its
 * refusals take no memory at all (issue 13: a binding's per-request
 * call): the wrap counts every malloc while armed. */
static void headers_buf_allocates_nothing(void **state)
{
	static char buf[CREDPLUG_HEADERS_BUF_SIZE];
	struct credplug_ctx *ctx = NULL;
	uint32_t all = CREDPLUG_AUTH_API_KEY | CREDPLUG_AUTH_AUTHZ;

	(void)state;
	t_clear_env();
	setenv("DD_API_KEY", CANARY_API, 1);
	setenv("DD_BEARER_TOKEN", CANARY_PAT, 1);
	assert_int_equal(credplug_ctx_open(&ctx, NULL, CHAIN, BUILTIN),
	                 CREDPLUG_OK);
	assert_true(credplug_headers_buf(ctx, URL, all, 0, buf, sizeof(buf)) >
	            0);
	memset(&w, 0, sizeof(w));
	w.armed = true;
	for (int i = 0; i < 1000; i++) {
		assert_true(credplug_headers_buf(ctx, URL, all, i & 1, buf,
		                                 sizeof(buf)) > 0);
		assert_int_equal(credplug_headers_buf(ctx, EVIL, all, 0, buf,
		                                      sizeof(buf)),
		                 CREDPLUG_EDESTINATION);
		assert_int_equal(
		        credplug_headers_buf(ctx, URL, all, 0, buf, 20),
		        CREDPLUG_ESINK);
	}
	w.armed = false;
	assert_int_equal(w.count, 0);
	credplug_ctx_free(ctx);
	t_clear_env();
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(sweep),
        cmocka_unit_test(headers_buf_allocates_nothing),
};

CP_TEST_MAIN("core_simple_alloc", tests, NULL, NULL)
