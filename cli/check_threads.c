/*
 * credplug check-provider — two instances resolving at once, each on its
 * own thread, as two contexts of one application do.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "internal.h"

#define THREAD_DEADLINE_MS 1000

struct runner {
	struct credplug_ctx *ctx;
	int st[CK_THREAD_ROUNDS];
	int64_t ms_max;
};

static void *run_rounds(void *p)
{
	struct runner *r = p;
	struct credplug_call c;
	int64_t ms;

	for (int i = 0; i < CK_THREAD_ROUNDS; i++) {
		r->st[i] = ck_resolve_once(r->ctx, &c, THREAD_DEADLINE_MS, &ms);
		cp_call_done(&c);
		if (ms > r->ms_max)
			r->ms_max = ms;
	}
	return NULL;
}

/* A status that differs from what one call alone returned; -1: none.
 * "unchanged" after a found stands for found. */
static int odd_status(const struct runner *r, int alone)
{
	for (int t = 0; t < 2; t++)
		for (int i = 0; i < CK_THREAD_ROUNDS; i++) {
			int st = r[t].st[i];

			if (st == CREDPLUG_PS_UNCHANGED &&
			    alone == CREDPLUG_PS_FOUND)
				continue;
			if (st != alone)
				return st;
		}
	return -1;
}

static void report_threads(struct ck *ck, const struct runner *r, int alone)
{
	int odd = odd_status(r, alone);
	int64_t late = r[0].ms_max > r[1].ms_max ? r[0].ms_max : r[1].ms_max;

	if (odd >= 0)
		ck_report(ck, CK_FAIL, "threads",
		          "resolving on two threads at once returned %s%s%d, "
		          "where one call alone returns %s: instances must not "
		          "share unguarded state",
		          ck_status_name(odd) ? ck_status_name(odd) : "",
		          ck_status_name(odd) ? " = " : "", odd,
		          ck_status_name(alone));
	else if (late > THREAD_DEADLINE_MS + CK_SLACK_MS)
		ck_report(ck, CK_FAIL, "threads",
		          "a resolve on two threads at once took %" PRId64
		          " ms, past its %d ms deadline and %d ms of slack: "
		          "one instance must not wait for another",
		          late, THREAD_DEADLINE_MS, CK_SLACK_MS);
	else
		ck_report(ck, CK_OK, "threads",
		          "two instances, each on its own thread, resolved %d "
		          "times at once: each call returned %s, as one call "
		          "alone does (one instance is never called on two "
		          "threads at once, by the host nor here; data races "
		          "show only in a ThreadSanitizer build)",
		          CK_THREAD_ROUNDS, ck_status_name(alone));
}

void ck_check_threads(struct ck *ck)
{
	struct runner r[2];
	struct credplug_call c;
	char err[2 * CP_MSG_MAX];
	pthread_t th[2];
	int64_t ms;
	int alone;

	memset(r, 0, sizeof(r));
	for (int t = 0; t < 2; t++)
		if (ck_ctx_new(ck, NULL, true, &r[t].ctx, err, sizeof(err)) !=
		            CREDPLUG_OK ||
		    !r[t].ctx->inst[0].created) {
			ck_report(ck, CK_FAIL, "threads",
			          "create failed for instance %d: %s", t + 1,
			          r[t].ctx ? r[t].ctx->inst[0].message : err);
			goto out;
		}
	ck_host_init();
	ck_phase("threads", "resolve() on two threads at once", CK_FIX_DEADLINE,
	         CK_THREAD_ROUNDS * (THREAD_DEADLINE_MS + CK_SLACK_MS) + 2000);
	alone = ck_resolve_once(r[0].ctx, &c, THREAD_DEADLINE_MS, &ms);
	cp_call_done(&c);
	if (pthread_create(&th[0], NULL, run_rounds, &r[0]) != 0) {
		ck_report(ck, CK_FAIL, "threads", "cannot start a thread");
		goto out;
	}
	if (pthread_create(&th[1], NULL, run_rounds, &r[1]) != 0)
		run_rounds(&r[1]); /* alongside the first, still */
	else
		pthread_join(th[1], NULL);
	pthread_join(th[0], NULL);
	ck_phase_end();
	ck_watch_reset();
	report_threads(ck, r, alone);
out:
	credplug_ctx_free(r[0].ctx);
	credplug_ctx_free(r[1].ctx);
}
