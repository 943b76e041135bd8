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
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "internal.h"

#define THREAD_DEADLINE_MS 1000

#ifdef __SANITIZE_THREAD__
/* A ThreadSanitizer build: TSan calls this for every report it prints
 * (a weak hook of its runtime, exported by check.dynlist), so the races
 * it finds while two instances resolve fail the check. */
static atomic_int tsan_reports;
__attribute__((visibility("default"))) void
__tsan_on_report(const void *report);
__attribute__((visibility("default"))) void __tsan_on_report(const void *report)
{
	(void)report;
	atomic_fetch_add(&tsan_reports, 1);
}
#define RACES()    atomic_load(&tsan_reports)
#define RACES_NOTE "ThreadSanitizer reported no data race"
#else
#define RACES() 0
#define RACES_NOTE                                                             \
	"data races show only in a ThreadSanitizer build of the checker "      \
	"and the module"
#endif

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
 * "unchanged" after a found stands for found; timed_out and unavailable
 * say the backend was slow or away, which two calls at once may make it. */
static int odd_status(const struct runner *r, int alone)
{
	for (int t = 0; t < 2; t++)
		for (int i = 0; i < CK_THREAD_ROUNDS; i++) {
			int st = r[t].st[i];

			if ((st == CREDPLUG_PS_UNCHANGED &&
			     alone == CREDPLUG_PS_FOUND) ||
			    st == CREDPLUG_PS_TIMED_OUT ||
			    st == CREDPLUG_PS_UNAVAILABLE)
				continue;
			if (st != alone)
				return st;
		}
	return -1;
}

/* A status by name, or its number when it has none. */
static const char *st_text(int st, char *buf, size_t cap)
{
	if (ck_status_name(st) != NULL)
		return ck_status_name(st);
	snprintf(buf, cap, "%d", st);
	return buf;
}

static void report_threads(struct ck *ck, const struct runner *r, int alone,
                           int races)
{
	int odd = odd_status(r, alone);
	int64_t late = r[0].ms_max > r[1].ms_max ? r[0].ms_max : r[1].ms_max;
	char a[16], b[16];

	if (races > 0)
		ck_report(
		        ck, CK_FAIL, "threads",
		        "ThreadSanitizer reported a data race %d time(s) while "
		        "two instances resolved at once (the reports are on "
		        "standard error): guard what instances share",
		        races);
	else if (odd >= 0)
		ck_report(ck, CK_FAIL, "threads",
		          "resolving on two threads at once returned %s where "
		          "one call alone returns %s: instances must not share "
		          "unguarded state",
		          st_text(odd, a, sizeof(a)),
		          st_text(alone, b, sizeof(b)));
	else if (late > THREAD_DEADLINE_MS + CK_SLACK_MS)
		ck_report(ck, CK_FAIL, "threads",
		          "a resolve on two threads at once took %" PRId64
		          " ms, past its %d ms deadline and %d ms of slack: "
		          "one instance must not wait for another",
		          late, THREAD_DEADLINE_MS, CK_SLACK_MS);
	else
		ck_report(
		        ck, CK_OK, "threads",
		        "two instances, each on its own thread, resolved %d "
		        "times at once and returned %s as one call alone does "
		        "(or timed_out/unavailable; one instance is never "
		        "called on two threads at once, by the host nor "
		        "here; " RACES_NOTE ")",
		        CK_THREAD_ROUNDS, st_text(alone, a, sizeof(a)));
}

void ck_check_threads(struct ck *ck)
{
	struct runner r[2];
	struct credplug_call c;
	char err[2 * CP_MSG_MAX];
	pthread_t th[2];
	int64_t ms;
	int alone, races;

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
	races = RACES();
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
	report_threads(ck, r, alone, RACES() - races);
out:
	credplug_ctx_free(r[0].ctx);
	credplug_ctx_free(r[1].ctx);
}
