/*
 * Refresh and expiry with an injected clock (opts.clock) and the mock
 * provider compiled in as a built-in (its counters are visible here):
 * refresh-ahead, serve-stale until real expiry, single-flight, UNCHANGED
 * reuse, set_recheck; and credplug_reject().
 */
#include "cp_test.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <json-c/json.h>

#include "helpers.h"
#include "mock.h"

#define S  1000000000LL
#define T0 (1800000000LL * S) /* 2027-01-15 */
#define MV "MOCK-API-00000000000000001"

static _Atomic int64_t now_ns;

static int64_t test_clock(void *ud)
{
	(void)ud;
	return atomic_load(&now_ns);
}

static struct credplug_ctx *mock_ctx(const char *opts)
{
	static const struct credplug_builtin b[] = {
	        {"mock", mock_builtin_entry}};
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;
	char cfg[512], err[512], *json;

	t_clear_env();
	atomic_store(&now_ns, T0);
	atomic_store(&mock_stats.resolves, 0);
	atomic_store(&mock_stats.max_concurrent, 0);
	atomic_store(&mock_ctl.status, 0);
	atomic_store(&mock_ctl.rotate, 0);
	snprintf(cfg, sizeof(cfg),
	         "{'providers':[{'use':'mock','api_key':'" MV
	         "','message':'mock'%s}]}",
	         opts);
	json = t_json(cfg);
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

static int resolves(void)
{
	return atomic_load(&mock_stats.resolves);
}

static void at(int64_t offset_ns)
{
	atomic_store(&now_ns, T0 + offset_ns);
}

/* Apply and expect `rc`; with OK, the mock's key (or none when want_none). */
static void apply_expect(struct credplug_ctx *ctx, int rc)
{
	struct credplug_collect c;
	int got = t_apply(ctx, T_URL, T_ALL, &c);

	if (got != rc)
		fail_msg("apply %d (%s), want %d", got, credplug_errmsg(ctx),
		         rc);
	if (rc == CREDPLUG_OK) {
		assert_int_equal(c.count, 1);
		assert_string_equal(t_header(&c, "DD-API-KEY"), MV);
	} else {
		assert_int_equal(c.count, 0);
	}
}

/* A 15-minute credential is refreshed ahead of expiry, once, not on every
 * call: the margin is a fifth of the lifetime (180 s) minus up to a quarter
 * of that as jitter. */
static void refresh_ahead(void **state)
{
	struct credplug_ctx *ctx = mock_ctx(",'expires_in':900");
	struct json_object *doc;

	(void)state;
	apply_expect(ctx, 0);
	assert_int_equal(resolves(), 1);
	for (int64_t t = 0; t <= 670; t += 5) {
		at(t * S);
		apply_expect(ctx, 0);
	}
	assert_int_equal(resolves(), 1);
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "fields/api_key/expires_at"),
	                    "2027-01-15T08:15:00Z");
	json_object_put(doc);
	at(720 *
	   S); /* expiry - 180 s: the refresh is due whatever the jitter */
	apply_expect(ctx, 0);
	assert_int_equal(resolves(), 2);
	for (int i = 0; i < 100; i++)
		apply_expect(ctx, 0);
	at(721 * S);
	apply_expect(ctx, 0);
	assert_int_equal(resolves(), 2);
	credplug_ctx_free(ctx);
}

/* Refresh fails: the last good set is served until it really expires,
 * retries back off, then EEXPIRED; recovery works. */
static void serve_stale_then_expired(void **state)
{
	struct credplug_ctx *ctx = mock_ctx(",'expires_in':900");

	(void)state;
	apply_expect(ctx, 0);
	atomic_store(&mock_ctl.status, CREDPLUG_PS_INVALID + 1);
	at(800 * S);
	apply_expect(ctx, 0); /* refresh attempted, failed, stale served */
	assert_int_equal(resolves(), 2);
	at(801 * S);
	apply_expect(ctx, 0); /* backoff: (900-800)/10 = 10 s */
	assert_int_equal(resolves(), 2);
	at(899 * S);
	apply_expect(ctx, 0);
	assert_int_equal(resolves(), 3);
	at(900 * S);
	apply_expect(ctx, CREDPLUG_EEXPIRED);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "credentials expired and could not be refreshed "
	        "(provider \"mock\" (chain entry 0) invalid: mock); see "
	        "`credplug explain`");
	at(900 * S + S / 2);
	apply_expect(ctx, CREDPLUG_EEXPIRED);
	atomic_store(&mock_ctl.status, 0);
	at(905 * S);
	apply_expect(ctx, 0);
	credplug_ctx_free(ctx);
}

/* The backend is unreachable at refresh time (unavailable, timed out): the
 * chain goes on, and the still-valid credential must not vanish. */
static void refresh_unavailable_keeps_credential(void **state)
{
	static const int st[] = {CREDPLUG_PS_UNAVAILABLE,
	                         CREDPLUG_PS_TIMED_OUT};

	(void)state;
	for (int i = 0; i < 2; i++) {
		struct credplug_ctx *ctx = mock_ctx(",'expires_in':900");
		struct credplug_collect c;
		struct json_object *doc;

		apply_expect(ctx, 0);
		atomic_store(&mock_ctl.status, st[i] + 1);
		at(800 * S);
		apply_expect(ctx, 0);
		assert_int_equal(resolves(), 2);
		doc = t_explain_doc(ctx);
		assert_string_equal(t_jstr(doc, "providers/0/status"),
		                    i ? "timed_out" : "unavailable");
		assert_string_equal(t_jstr(doc, "providers/0/notes/0"),
		                    "serving the last result until it expires");
		assert_string_equal(t_jstr(doc, "fields/api_key/provider"),
		                    "mock");
		json_object_put(doc);
		/* really expired and still unreachable: a clear failure, not a
		 * request that silently goes out without the credential */
		at(900 * S);
		assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c),
		                 CREDPLUG_EEXPIRED);
		assert_int_equal(c.count, 0);
		assert_string_equal(
		        credplug_errmsg(ctx),
		        "credentials expired and could not be refreshed "
		        "(provider \"mock\" (chain entry 0) its api_key "
		        "expired and it cannot be renewed: mock); see "
		        "`credplug explain`");
		credplug_ctx_free(ctx);
	}
}

/* A value that is already expired when returned fails the resolve. */
static void expired_when_returned(void **state)
{
	struct credplug_ctx *ctx = mock_ctx(",'expires_in':-10");

	(void)state;
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_EEXPIRED);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "api_key from provider \"mock\" (mock-locator) had "
	        "already expired when it was returned; renew it at its "
	        "source or check this machine's clock");
	apply_expect(ctx, CREDPLUG_EEXPIRED);
	credplug_ctx_free(ctx);
}

struct racer {
	struct credplug_ctx *ctx;
	pthread_barrier_t *bar;
	int rc;
	int64_t took_ms;
};

static int64_t mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void *race_apply(void *p)
{
	struct racer *r = p;
	struct credplug_collect c;
	int64_t t;

	pthread_barrier_wait(r->bar);
	t = mono_ms();
	r->rc = t_apply(r->ctx, T_URL, T_ALL, &c);
	r->took_ms = mono_ms() - t;
	return NULL;
}

/* Two threads hit the refresh point together: one refreshes (the mock
 * sleeps 400 ms), the other keeps applying the current set at once. */
static void single_flight(void **state)
{
	struct credplug_ctx *ctx = mock_ctx(",'expires_in':900,'sleep_ms':400");
	pthread_barrier_t bar;
	struct racer r[2];
	pthread_t th[2];

	(void)state;
	apply_expect(ctx, 0);
	assert_int_equal(resolves(), 1);
	at(800 * S);
	pthread_barrier_init(&bar, NULL, 2);
	for (int i = 0; i < 2; i++) {
		r[i] = (struct racer){ctx, &bar, -1, 0};
		assert_int_equal(
		        pthread_create(&th[i], NULL, race_apply, &r[i]), 0);
	}
	for (int i = 0; i < 2; i++)
		pthread_join(th[i], NULL);
	pthread_barrier_destroy(&bar);
	assert_int_equal(r[0].rc, 0);
	assert_int_equal(r[1].rc, 0);
	assert_int_equal(resolves(), 2);
	assert_int_equal(atomic_load(&mock_stats.max_concurrent), 1);
	/* one waited for the refresh, the other did not */
	assert_true(r[0].took_ms >= 350 || r[1].took_ms >= 350);
	assert_true(r[0].took_ms < 200 || r[1].took_ms < 200);
	credplug_ctx_free(ctx);
}

/* UNCHANGED on refresh: the last fields stand, the set is rescheduled. */
static void unchanged_reuse(void **state)
{
	struct credplug_ctx *ctx = mock_ctx(",'expires_in':900");
	struct json_object *doc;

	(void)state;
	apply_expect(ctx, 0);
	atomic_store(&mock_ctl.status, CREDPLUG_PS_UNCHANGED + 1);
	at(800 * S);
	apply_expect(ctx, 0); /* the mock set nothing: the host reused */
	assert_int_equal(resolves(), 2);
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "providers/0/status"), "found");
	assert_string_equal(t_jstr(doc, "fields/api_key/provider"), "mock");
	json_object_put(doc);
	at(801 * S);
	apply_expect(ctx, 0); /* rescheduled: no resolve on every call */
	assert_int_equal(resolves(), 2);
	credplug_ctx_free(ctx);
}

/* set_recheck: resolved again after the interval, not before. */
static void recheck(void **state)
{
	struct credplug_ctx *ctx = mock_ctx(",'recheck_ms':1000");

	(void)state;
	apply_expect(ctx, 0);
	for (int i = 0; i < 50; i++)
		apply_expect(ctx, 0);
	at(S / 2);
	apply_expect(ctx, 0);
	assert_int_equal(resolves(), 1);
	at(S + S / 100);
	apply_expect(ctx, 0);
	assert_int_equal(resolves(), 2);
	at(S + S / 2);
	apply_expect(ctx, 0);
	assert_int_equal(resolves(), 2);
	at(2 * S + S / 10);
	apply_expect(ctx, 0);
	assert_int_equal(resolves(), 3);
	credplug_ctx_free(ctx);
}

/* No expiry, no recheck: apply never resolves again. */
static void no_expiry_no_refresh(void **state)
{
	struct credplug_ctx *ctx = mock_ctx("");

	(void)state;
	apply_expect(ctx, 0);
	at(1000000 * S);
	apply_expect(ctx, 0);
	assert_int_equal(resolves(), 1);
	credplug_ctx_free(ctx);
}

/* ---- credplug_reject ----------------------------------------------------- */

static struct credplug_request api_req(void)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;

	req.url = T_URL;
	req.auth = T_ALL;
	return req;
}

static void reject_same_value(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_request req = api_req();
	struct credplug_collect c;

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'explicit'}]}", 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_int_equal(credplug_reject(ctx, &req, 401), CREDPLUG_EREJECTED);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "the server answered HTTP 401 to api_key from provider "
	        "\"explicit\" (credplug_set()), and resolving again gave "
	        "the same value, which is no longer sent; replace the "
	        "credential at its source, then retry");
	/* invalidated: the refused value is not replayed */
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_int_equal(c.count, 0);
	/* a further rejection (of a request without it) does not loop */
	assert_int_equal(credplug_reject(ctx, &req, 403), CREDPLUG_EREJECTED);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "the server answered HTTP 403 to api_key from provider "
	        "\"explicit\" (credplug_set()), and resolving again gave "
	        "the same value, which is no longer sent; replace the "
	        "credential at its source, then retry");
	credplug_ctx_free(ctx);
}

static void reject_rotated_value(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_request req = api_req();
	struct credplug_collect c;

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'explicit'}]}", 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_PAT, CANARY_PAT), 0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_int_equal(
	        credplug_set(ctx, CREDPLUG_API_KEY, "ROTATED-API-0000000001"),
	        0);
	assert_int_equal(
	        credplug_set(ctx, CREDPLUG_PAT, "ROTATED-PAT-0000000001"), 0);
	assert_int_equal(credplug_reject(ctx, &req, 401), 0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_string_equal(t_header(&c, "DD-API-KEY"),
	                    "ROTATED-API-0000000001");
	/* only the PAT rotated: a new combination is worth a retry, and the
	 * unchanged API key goes out with the new PAT */
	assert_int_equal(
	        credplug_set(ctx, CREDPLUG_PAT, "ROTATED-PAT-0000000002"), 0);
	assert_int_equal(credplug_reject(ctx, &req, 401), 0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_string_equal(t_header(&c, "DD-API-KEY"),
	                    "ROTATED-API-0000000001");
	assert_string_equal(t_header(&c, "Authorization"),
	                    "Bearer ROTATED-PAT-0000000002");
	/* nothing rotated since: the same combination again is held back */
	assert_int_equal(credplug_reject(ctx, &req, 401), CREDPLUG_EREJECTED);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "the server answered HTTP 401 to api_key from provider "
	        "\"explicit\" (credplug_set()), and resolving again gave "
	        "the same value, which is no longer sent; replace the "
	        "credential at its source, then retry");
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_int_equal(c.count, 0);
	/* a new API key lifts the hold on the group; a request that carried
	 * nothing (everything was held back) is still not worth a retry */
	req.auth = CREDPLUG_AUTH_AUTHZ;
	assert_int_equal(
	        credplug_set(ctx, CREDPLUG_API_KEY, "ROTATED-API-0000000003"),
	        0);
	assert_int_equal(credplug_reject(ctx, &req, 403), CREDPLUG_EREJECTED);
	assert_string_equal(credplug_errmsg(ctx),
	                    "the server answered HTTP 403, but the request "
	                    "carried no credential from credplug; nothing to "
	                    "retry with");
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_string_equal(t_header(&c, "DD-API-KEY"),
	                    "ROTATED-API-0000000003");
	assert_string_equal(t_header(&c, "Authorization"),
	                    "Bearer ROTATED-PAT-0000000002");
	req.auth = T_ALL;
	/* a provider that rotates on every resolve */
	credplug_ctx_free(ctx);
	ctx = mock_ctx("");
	atomic_store(&mock_ctl.rotate, 1);
	assert_int_equal(credplug_resolve(ctx), 0);
	assert_int_equal(credplug_reject(ctx, &req, 401), 0);
	assert_int_equal(resolves(), 2);
	credplug_ctx_free(ctx);
}

static void reject_not_a_rejection(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_request req = api_req();

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'explicit'}]}", 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	assert_int_equal(credplug_reject(ctx, &req, 500), CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_reject: HTTP 500 is not "
	                    "a rejection (expected 401 or 403)");
	assert_int_equal(credplug_reject(ctx, &req, 200), CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_reject: HTTP 200 is not "
	                    "a rejection (expected 401 or 403)");
	assert_int_equal(credplug_reject(NULL, &req, 401), CREDPLUG_EINVAL);
	assert_int_equal(credplug_reject(ctx, NULL, 401), CREDPLUG_EINVAL);
	credplug_ctx_free(ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(refresh_ahead),
        cmocka_unit_test(serve_stale_then_expired),
        cmocka_unit_test(refresh_unavailable_keeps_credential),
        cmocka_unit_test(expired_when_returned),
        cmocka_unit_test(single_flight),
        cmocka_unit_test(unchanged_reuse),
        cmocka_unit_test(recheck),
        cmocka_unit_test(no_expiry_no_refresh),
        cmocka_unit_test(reject_same_value),
        cmocka_unit_test(reject_rotated_value),
        cmocka_unit_test(reject_not_a_rejection),
};

CP_TEST_MAIN("core_refresh", tests, NULL, NULL)
