/*
 * Concurrency (label "concurrency"; run under TSan in build-tsan): two
 * threads apply continuously while a third rotates credentials.  Every
 * apply must see one snapshot: a pair that existed together, never a mix.
 *
 *  - set rotation: the writer sets app = B-<n>-xxxx, then api = A-<n>-xxxx,
 *    so the states that exist are (A-n, B-n) and (A-n, B-(n+1));
 *  - resolve rotation: a built-in mock sets A-<k>-xxxx and B-<k>-xxxx in
 *    the same resolve (k = resolve count), the writer calls
 *    credplug_resolve() and credplug_reject(): every pair has equal k.
 *
 * sec10 (issue 10): 128 threads at once inside sinks, each nesting an
 * apply in its sink, while the snapshot they hold is replaced.
 */
#include "cp_test.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "mock.h"

#define ROTATIONS   1500
#define MAX_APPLIES 2000000

struct shared {
	struct credplug_ctx *ctx;
	atomic_int done;
	int max_skew;   /* allowed n_app - n_api: 1 for set, 0 for resolve */
	char werr[256]; /* the writer's first failure (no cmocka off-main) */
	pthread_barrier_t start;
};

struct applier {
	struct shared *sh;
	long applies;
	char failure[256];
};

/* "X-<n>-xxxx" exactly; returns n or -1. */
static int number_of(const char *v, char x)
{
	char want[64];
	int n;

	if (v == NULL || v[0] != x || sscanf(v + 1, "-%d-", &n) != 1)
		return -1;
	snprintf(want, sizeof(want), "%c-%d-xxxx", x, n);
	return strcmp(v, want) == 0 ? n : -1;
}

static bool check_one(struct applier *a, const struct credplug_collect *c,
                      int *last)
{
	int na, nb;

	if (c->count != 2) {
		snprintf(a->failure, sizeof(a->failure), "%zu headers",
		         c->count);
		return false;
	}
	na = number_of(t_header(c, "DD-API-KEY"), 'A');
	nb = number_of(t_header(c, "DD-APPLICATION-KEY"), 'B');
	if (na < 0 || nb < 0 || nb - na < 0 || nb - na > a->sh->max_skew) {
		snprintf(a->failure, sizeof(a->failure), "mixed pair %s / %s",
		         c->headers[0].value, c->headers[1].value);
		return false;
	}
	if (na < *last) {
		snprintf(a->failure, sizeof(a->failure),
		         "went back from %d to %d", *last, na);
		return false;
	}
	*last = na;
	return true;
}

static void *apply_loop(void *p)
{
	struct applier *a = p;
	struct credplug_collect c;
	int last = 0;

	pthread_barrier_wait(&a->sh->start);
	while (a->applies < MAX_APPLIES) {
		int done = atomic_load(&a->sh->done);
		int rc = t_apply(a->sh->ctx, T_URL, T_ALL, &c);

		a->applies++;
		if (rc != 0) {
			snprintf(a->failure, sizeof(a->failure), "apply %d",
			         rc);
			break;
		}
		if (!check_one(a, &c, &last) || done)
			break;
	}
	credplug_collect_wipe(&c);
	return NULL;
}

/* In writer threads: record the first failure and stop. */
#define W_CHECK(sh, expr)                                                      \
	do {                                                                   \
		int rc_ = (expr);                                              \
		if (rc_ != 0 && (sh)->werr[0] == '\0') {                       \
			snprintf((sh)->werr, sizeof((sh)->werr),               \
			         "%s: %d (%s)", #expr, rc_,                    \
			         credplug_errmsg((sh)->ctx));                  \
			goto out;                                              \
		}                                                              \
	} while (0)

static void *set_writer(void *p)
{
	struct shared *sh = p;
	char v[64];

	pthread_barrier_wait(&sh->start);
	for (int n = 1; n <= ROTATIONS; n++) {
		snprintf(v, sizeof(v), "B-%d-xxxx", n);
		W_CHECK(sh, credplug_set(sh->ctx, CREDPLUG_APP_KEY, v));
		snprintf(v, sizeof(v), "A-%d-xxxx", n);
		W_CHECK(sh, credplug_set(sh->ctx, CREDPLUG_API_KEY, v));
		if (n % 7 == 0)
			W_CHECK(sh, credplug_resolve(sh->ctx));
	}
out:
	atomic_store(&sh->done, 1);
	return NULL;
}

static void *resolve_writer(void *p)
{
	struct shared *sh = p;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	char buf[256];

	req.url = T_URL;
	req.auth = T_ALL;
	pthread_barrier_wait(&sh->start);
	for (int n = 1; n <= ROTATIONS; n++) {
		char *text = NULL;

		if (n % 5 == 0)
			W_CHECK(sh, credplug_reject(sh->ctx, &req, 401));
		else
			W_CHECK(sh, credplug_resolve(sh->ctx));
		if (n % 50 == 0) {
			W_CHECK(sh, credplug_explain_json(sh->ctx, &text));
			credplug_free(text);
			credplug_errmsg_copy(sh->ctx, buf, sizeof(buf));
		}
	}
out:
	atomic_store(&sh->done, 1);
	return NULL;
}

static void run(struct shared *sh, void *(*writer)(void *))
{
	struct applier a[2];
	pthread_t th[3];

	atomic_store(&sh->done, 0);
	pthread_barrier_init(&sh->start, NULL, 3);
	for (int i = 0; i < 2; i++) {
		memset(&a[i], 0, sizeof(a[i]));
		a[i].sh = sh;
		assert_int_equal(
		        pthread_create(&th[i], NULL, apply_loop, &a[i]), 0);
	}
	assert_int_equal(pthread_create(&th[2], NULL, writer, sh), 0);
	for (int i = 0; i < 3; i++)
		pthread_join(th[i], NULL);
	pthread_barrier_destroy(&sh->start);
	if (sh->werr[0])
		fail_msg("writer: %s", sh->werr);
	for (int i = 0; i < 2; i++) {
		if (a[i].failure[0])
			fail_msg("applier %d after %ld applies: %s", i,
			         a[i].applies, a[i].failure);
		print_message("applier %d: %ld applies\n", i, a[i].applies);
		assert_true(a[i].applies > 0);
	}
}

static void apply_while_set(void **state)
{
	struct shared sh = {0};

	(void)state;
	t_clear_env();
	sh.ctx = t_ctx("{'providers':[{'use':'explicit'}]}", 0);
	sh.max_skew = 1;
	assert_int_equal(credplug_set(sh.ctx, CREDPLUG_APP_KEY, "B-0-xxxx"), 0);
	assert_int_equal(credplug_set(sh.ctx, CREDPLUG_API_KEY, "A-0-xxxx"), 0);
	assert_int_equal(credplug_resolve(sh.ctx), 0);
	run(&sh, set_writer);
	credplug_ctx_free(sh.ctx);
}

static void apply_while_resolve_and_reject(void **state)
{
	static const struct credplug_builtin b[] = {
	        {"mock", mock_builtin_entry}};
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct shared sh = {0};
	char err[256];

	(void)state;
	t_clear_env();
	atomic_store(&mock_ctl.rotate, 1);
	o.config_json = "{\"providers\":[{\"use\":\"mock\"}]}";
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE | CREDPLUG_FLAG_NO_MODULES;
	o.builtins = b;
	o.n_builtins = 1;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	assert_int_equal(credplug_ctx_new(&sh.ctx, &o), 0);
	assert_int_equal(credplug_resolve(sh.ctx), 0);
	sh.max_skew = 0;
	run(&sh, resolve_writer);
	assert_true(atomic_load(&mock_stats.resolves) > ROTATIONS);
	assert_int_equal(atomic_load(&mock_stats.max_concurrent), 1);
	credplug_ctx_free(sh.ctx);
	atomic_store(&mock_ctl.rotate, 0);
}

/* ---- sec10: nested applies with every hazard slot held ------------------ */

#define NESTERS 128 /* twice the context's hazard slots */

struct nest_shared {
	struct credplug_ctx *ctx;
	atomic_int inside;   /* outer applies inside their sink now */
	atomic_int peak;     /* most of them at once */
	atomic_int rotated;  /* the main thread replaced the snapshot */
	atomic_int finished; /* threads done */
	pthread_barrier_t start;
};

struct nester {
	struct nest_shared *sh;
	int outer_rc, inner_rc;
	struct credplug_collect outer, inner;
	char failure[128];
};

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Waits (bounded) until `v` reaches `want`; the bound only keeps a design
 * that makes some appliers wait for a slot from hanging the test here. */
static void wait_for(atomic_int *v, int want, int64_t ms)
{
	int64_t end = now_ms() + ms;

	while (atomic_load(v) < want && now_ms() < end)
		usleep(1000);
}

/* The outer apply's sink: on its first header, wait until every thread is
 * inside a sink and the snapshot was replaced, then apply again (nested)
 * on the same context. */
static int nesting_add(void *ud, const char *name, const char *value)
{
	struct nester *n = ud;
	struct credplug_collect *c = &n->outer;

	if (c->count == 0) {
		int in = atomic_fetch_add(&n->sh->inside, 1) + 1;
		int peak = atomic_load(&n->sh->peak);

		while (in > peak &&
		       !atomic_compare_exchange_weak(&n->sh->peak, &peak, in))
			;
		wait_for(&n->sh->inside, NESTERS, 5000);
		wait_for(&n->sh->rotated, 1, 5000);
		n->inner_rc = t_apply(n->sh->ctx, T_URL, T_ALL, &n->inner);
	}
	if (c->count >= CREDPLUG_COLLECT_MAX)
		return -1;
	snprintf(c->headers[c->count].name, sizeof(c->headers[0].name), "%s",
	         name);
	snprintf(c->headers[c->count].value, sizeof(c->headers[0].value), "%s",
	         value);
	c->count++;
	return 0;
}

static void *nester_main(void *p)
{
	struct nester *n = p;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_sink sink = CREDPLUG_SINK_INIT;

	req.url = T_URL;
	req.auth = T_ALL;
	sink.add_header = nesting_add;
	sink.user_data = n;
	pthread_barrier_wait(&n->sh->start);
	n->outer_rc = credplug_apply(n->sh->ctx, &req, &sink);
	atomic_fetch_add(&n->sh->finished, 1);
	return NULL;
}

/* What one thread saw: its outer apply the first pair throughout (the
 * snapshot it held stayed alive while replaced), the nested one the new. */
static void check_nester(const struct nester *n, int i)
{
	if (n->outer_rc != 0 || n->inner_rc != 0)
		fail_msg("thread %d: outer apply %d, nested apply %d", i,
		         n->outer_rc, n->inner_rc);
	assert_int_equal(n->outer.count, 2);
	assert_string_equal(t_header(&n->outer, "DD-API-KEY"), "A-0-xxxx");
	assert_string_equal(t_header(&n->outer, "DD-APPLICATION-KEY"),
	                    "B-0-xxxx");
	assert_int_equal(n->inner.count, 2);
	assert_string_equal(t_header(&n->inner, "DD-API-KEY"), "A-3-xxxx");
	assert_string_equal(t_header(&n->inner, "DD-APPLICATION-KEY"),
	                    "B-3-xxxx");
}

/* Replaces the snapshot three times while the threads are in their sinks
 * (the old ones are retired, still held). */
static void rotate(struct credplug_ctx *ctx)
{
	char v[32];

	for (int k = 1; k <= 3; k++) {
		snprintf(v, sizeof(v), "A-%d-xxxx", k);
		assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, v), 0);
		snprintf(v, sizeof(v), "B-%d-xxxx", k);
		assert_int_equal(credplug_set(ctx, CREDPLUG_APP_KEY, v), 0);
		assert_int_equal(credplug_resolve(ctx), 0);
	}
}

/* Nested applies are allowed in sinks.  With more threads inside sinks
 * than the context has hazard slots, every apply still gets through, at
 * once: none waits for another to leave its sink (the 0.1.0 code spun
 * forever here once 64 threads held every slot and nested). */
static void sec10_nested_apply_128_threads(void **state)
{
	static struct nester n[NESTERS];
	static struct nest_shared sh;
	pthread_t th[NESTERS];
	int64_t end;

	(void)state;
	t_clear_env();
	memset(&sh, 0, sizeof(sh));
	sh.ctx = t_ctx("{'providers':[{'use':'explicit'}]}", 0);
	assert_int_equal(credplug_set(sh.ctx, CREDPLUG_API_KEY, "A-0-xxxx"), 0);
	assert_int_equal(credplug_set(sh.ctx, CREDPLUG_APP_KEY, "B-0-xxxx"), 0);
	assert_int_equal(credplug_resolve(sh.ctx), 0);
	pthread_barrier_init(&sh.start, NULL, NESTERS + 1);
	for (int i = 0; i < NESTERS; i++) {
		memset(&n[i], 0, sizeof(n[i]));
		n[i].sh = &sh;
		n[i].outer_rc = n[i].inner_rc = 1;
		assert_int_equal(
		        pthread_create(&th[i], NULL, nester_main, &n[i]), 0);
	}
	pthread_barrier_wait(&sh.start);
	wait_for(&sh.inside, NESTERS, 5000);
	rotate(sh.ctx);
	atomic_store(&sh.rotated, 1);
	/* a livelocked apply never returns: fail instead of hanging */
	end = now_ms() + 30000;
	while (atomic_load(&sh.finished) < NESTERS && now_ms() < end)
		usleep(2000);
	if (atomic_load(&sh.finished) < NESTERS)
		fail_msg("%d of %d applies still running after 30 s (peak %d "
		         "inside sinks)",
		         NESTERS - atomic_load(&sh.finished), NESTERS,
		         atomic_load(&sh.peak));
	for (int i = 0; i < NESTERS; i++)
		pthread_join(th[i], NULL);
	pthread_barrier_destroy(&sh.start);
	for (int i = 0; i < NESTERS; i++)
		check_nester(&n[i], i);
	assert_int_equal(atomic_load(&sh.peak), NESTERS);
	for (int i = 0; i < NESTERS; i++) {
		credplug_collect_wipe(&n[i].outer);
		credplug_collect_wipe(&n[i].inner);
	}
	credplug_ctx_free(sh.ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(apply_while_set),
        cmocka_unit_test(apply_while_resolve_and_reject),
        cmocka_unit_test(sec10_nested_apply_128_threads),
};

CP_TEST_MAIN("core_threads", tests, NULL, NULL)
