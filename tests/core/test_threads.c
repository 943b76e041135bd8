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
 */
#include "cp_test.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
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

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(apply_while_set),
        cmocka_unit_test(apply_while_resolve_and_reject),
};

CP_TEST_MAIN("core_threads", tests, NULL, NULL)
