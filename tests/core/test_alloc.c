/*
 * Allocation-failure sweep (curl's torture idea): an allocator hook fails
 * the Nth allocation, for N = 1, 2, ... until a whole run no longer reaches
 * N.  Each step must succeed or return CREDPLUG_ENOMEM, never crash, and
 * the hook's live-block count must be zero after credplug_ctx_free().
 * Leaks of memory outside the hook are ASan/LSan's job (sanitizer build).
 */
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

#define MAGIC 0x5ca1ab1eu
#define MAX_N 20000

struct hook {
	long count;   /* allocations so far */
	long fail_at; /* fail this one (0: never) */
	long live;    /* blocks not yet freed */
	long failed;  /* allocations refused */
};

struct hdr {
	unsigned magic;
	size_t size;
	max_align_t pad;
};

static void *hook_malloc(size_t n, void *ud)
{
	struct hook *h = ud;
	struct hdr *b;

	if (++h->count == h->fail_at) {
		h->failed++;
		return NULL;
	}
	b = malloc(sizeof(*b) + n);
	if (b == NULL)
		return NULL;
	b->magic = MAGIC;
	b->size = n;
	h->live++;
	return b + 1;
}

static void hook_free(void *p, void *ud)
{
	struct hook *h = ud;
	struct hdr *b = (struct hdr *)p - 1;

	if (b->magic != MAGIC)
		fail_msg(
		        "free of a block the hook did not allocate (or twice)");
	b->magic = 0;
	h->live--;
	free(b);
}

/* OK, or ENOMEM caused by the hook; anything else fails the test. */
static void step_ok(int rc, const struct hook *h, const char *what, long n,
                    struct credplug_ctx *ctx)
{
	if (rc == CREDPLUG_OK)
		return;
	if (rc == CREDPLUG_ENOMEM && h->failed > 0) {
		if (ctx != NULL)
			t_assert_no_canary(credplug_errmsg(ctx));
		return;
	}
	fail_msg("N=%ld: %s returned %d (%s)", n, what, rc,
	         ctx ? credplug_errmsg(ctx) : "");
}

/* One run of the whole sequence; returns true when nothing was refused. */
static bool run_once(long n, const char *cfg, uint32_t flags)
{
	struct hook h = {0, n, 0, 0};
	struct credplug_allocator al = {sizeof(al), hook_malloc, hook_free, &h};
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = NULL;
	struct credplug_collect c;
	struct credplug_sink sink;
	char *json = cfg ? t_json(cfg) : NULL, *text = NULL, err[512];
	int rc;

	o.config_json = json;
	o.provider_dir = CP_TEST_PROVIDER_DIR;
	o.flags = flags | CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.allocator = &al;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	rc = credplug_ctx_new(&ctx, &o);
	free(json);
	step_ok(rc, &h, "ctx_new", n, NULL);
	if (rc == CREDPLUG_OK) {
		req.url = T_URL;
		req.auth = T_ALL;
		credplug_collect_sink(&sink, &c);
		step_ok(credplug_set(ctx, CREDPLUG_APP_KEY, CANARY_APP), &h,
		        "set", n, ctx);
		step_ok(credplug_resolve(ctx), &h, "resolve", n, ctx);
		step_ok(credplug_apply(ctx, &req, &sink), &h, "apply", n, ctx);
		step_ok(credplug_explain_json(ctx, &text), &h, "explain", n,
		        ctx);
		credplug_free(text);
		step_ok(credplug_set(ctx, CREDPLUG_PAT, NULL), &h, "set NULL",
		        n, ctx);
		credplug_collect_sink(&sink, &c);
		step_ok(credplug_apply(ctx, &req, &sink), &h, "apply 2", n,
		        ctx);
		rc = credplug_reject(ctx, &req, 401);
		if (rc != CREDPLUG_EREJECTED)
			step_ok(rc, &h, "reject", n, ctx);
		(void)credplug_site(ctx);
		credplug_collect_wipe(&c);
	}
	credplug_ctx_free(ctx);
	if (h.live != 0)
		fail_msg("N=%ld: %ld blocks still allocated after ctx_free", n,
		         h.live);
	return h.failed == 0;
}

static void sweep(const char *cfg, uint32_t flags)
{
	long n;

	t_clear_env();
	setenv("DD_API_KEY", CANARY_API, 1);
	setenv("DD_BEARER_TOKEN", CANARY_PAT, 1);
	for (n = 1; n < MAX_N; n++)
		if (run_once(n, cfg, flags))
			break;
	print_message("sweep: %ld allocations in a full run\n", n - 1);
	assert_true(n > 10); /* the sweep really exercised something */
	assert_true(n < MAX_N);
	t_clear_env();
}

static void sweep_modules(void **state)
{
	(void)state;
	sweep("{'site':'datadoghq.eu','allowed_origins':['https://"
	      "*.example.internal'],"
	      "'providers':[{'use':'explicit','name':'args'},{'use':'env'},"
	      "{'use':'" T_MODS_DIR
	      "/mock.so','api_key':'MOCK-API-000000000001',"
	      "'expires_in':900,'recheck_ms':60000}]}",
	      0);
}

static void sweep_builtins(void **state)
{
	(void)state;
	sweep("{'providers':[{'use':'explicit'},{'use':'env'}]}",
	      CREDPLUG_FLAG_NO_MODULES);
}

static void sweep_default_chain(void **state)
{
	(void)state;
	sweep(NULL, 0);
}

/* Secret copies normally live in the slab (mmap); with this flag they go
 * through the hook again, so their failure paths are swept too. */
static void sweep_dumpable_secrets(void **state)
{
	(void)state;
	sweep("{'providers':[{'use':'explicit'},{'use':'env'}]}",
	      CREDPLUG_FLAG_NO_MODULES | CREDPLUG_FLAG_DUMPABLE_SECRETS);
}

/* The hook really sees the context's memory (so the sweep means something). */
static void hook_is_used(void **state)
{
	struct hook h = {0, 0, 0, 0};
	struct credplug_allocator al = {sizeof(al), hook_malloc, hook_free, &h};
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx;

	(void)state;
	o.allocator = &al;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.provider_dir = CP_TEST_PROVIDER_DIR;
	assert_int_equal(credplug_ctx_new(&ctx, &o), 0);
	assert_true(h.live > 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	assert_int_equal(credplug_resolve(ctx), 0);
	credplug_ctx_free(ctx);
	assert_int_equal(h.live, 0);
	assert_true(h.count > 5);
}

/* The hook's struct is read against its first-published size (types.h),
 * not the library's sizeof: a caller built against a later header (a
 * longer struct) is accepted, a shorter one refused. */
static void allocator_first_published_size(void **state)
{
	struct {
		struct credplug_allocator al;
		char later_members[16];
	} big = {{0, hook_malloc, hook_free, NULL}, {0}};
	const uint32_t sizes[] = {CREDPLUG_ALLOCATOR_V0_1_SIZE,
	                          CREDPLUG_ALLOCATOR_V0_1_SIZE + 16,
	                          CREDPLUG_ALLOCATOR_V0_1_SIZE - 1};
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx;

	(void)state;
	o.allocator = &big.al;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.provider_dir = CP_TEST_PROVIDER_DIR;
	for (size_t i = 0; i < 3; i++) {
		struct hook h = {0, 0, 0, 0};

		big.al.struct_size = sizes[i];
		big.al.user_data = &h;
		ctx = (struct credplug_ctx *)1;
		assert_int_equal(credplug_ctx_new(&ctx, &o),
		                 i < 2 ? CREDPLUG_OK : CREDPLUG_EINVAL);
		assert_true(i < 2 ? h.live > 0 : ctx == NULL);
		credplug_ctx_free(ctx);
		assert_int_equal(h.live, 0);
	}
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(allocator_first_published_size),
        cmocka_unit_test(hook_is_used),
        cmocka_unit_test(sweep_modules),
        cmocka_unit_test(sweep_builtins),
        cmocka_unit_test(sweep_default_chain),
        cmocka_unit_test(sweep_dumpable_secrets),
};

CP_TEST_MAIN("core_alloc", tests, NULL, NULL)
