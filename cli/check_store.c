/*
 * credplug check-provider — the store/erase round trip, when the module
 * declares them, against the location the options name: store a value
 * made for the check, resolve it back, erase it, resolve it gone, erase
 * it again (nothing there: not found).  It writes, so it runs only with
 * --options, and only on a field the location does not hold yet.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include "check.h"
#include "fields.h"
#include "internal.h"

#define WRITE_DEADLINE_MS 2000

struct trip {
	struct ck *ck;
	struct credplug_ctx *ctx;
	uint32_t field;
	const char *fname;
	char value[40];
	struct cp_target target; /* where the last write said it went */
};

/* store() or erase() as credplug_store()/credplug_erase() call it. */
static int write_call(struct trip *t, bool store, struct credplug_call *c)
{
	struct cp_instance *inst = &t->ctx->inst[0];
	int st;

	inst->timeout_ms = WRITE_DEADLINE_MS;
	memset(&t->target, 0, sizeof(t->target));
	pthread_mutex_lock(&t->ctx->lock);
	cp_call_init(c, t->ctx, inst, CP_PHASE_STORE);
	c->target = &t->target; /* host->set_target (ABI 1.1) */
	ck_phase(store ? "store" : "erase", store ? "store()" : "erase()",
	         CK_FIX_DEADLINE, WRITE_DEADLINE_MS + CK_KILL_MS);
	st = store ? inst->desc->store(inst->state, &ck_host, c, t->field,
	                               t->value, strlen(t->value))
	           : inst->desc->erase(inst->state, &ck_host, c, t->field);
	ck_phase_end();
	pthread_mutex_unlock(&t->ctx->lock);
	return st;
}

/* Resolves; 1 when the field holds the check's value, 0 when it holds
 * none, 2 when another one. */
static int holds(struct trip *t, int *st)
{
	struct credplug_call c;
	const struct cp_field *f;
	int64_t ms;
	int r;

	ck_phase("store", "resolve()", CK_FIX_DEADLINE,
	         WRITE_DEADLINE_MS + CK_KILL_MS);
	*st = ck_resolve_once(t->ctx, &c, WRITE_DEADLINE_MS, &ms);
	ck_phase_end();
	f = &c.staged[t->field];
	r = f->value == NULL ? 0
	    : f->len == strlen(t->value) &&
	                    memcmp(f->value, t->value, f->len) == 0
	            ? 1
	            : 2;
	cp_call_done(&c);
	ck_watch_reset();
	return r;
}

static const char *name_of(int st)
{
	return ck_status_name(st) ? ck_status_name(st) : "a bad status";
}

/* What set_target said must not hold the value either. */
static void check_target(struct trip *t, const struct ck_value *v)
{
	char why[400];

	if (!t->target.set)
		return;
	ck_message_problem(t->target.locator, v, 1, why, sizeof(why));
	if (why[0] == '\0')
		ck_message_problem(t->target.profile, v, 1, why, sizeof(why));
	if (why[0] != '\0')
		ck_report(t->ck, CK_FAIL, "messages",
		          "store's set_target() locator or profile %s: say "
		          "where the value went, never what it is",
		          why);
}

/* Writes; reports the call's failure or a message holding the value. */
static int written(struct trip *t, bool store, const char *check)
{
	struct ck_value v = {t->fname, t->value, strlen(t->value),
	                     " it was asked to store"};
	struct credplug_call c;
	int st = write_call(t, store, &c);

	if (store) {
		ck_check_messages(t->ck, &c, "store", &v, 1);
		check_target(t, &v);
	}
	if (st != CREDPLUG_PS_OK)
		ck_report(t->ck, CK_FAIL, check, "%s(%s) returned %s: %s",
		          check, t->fname, name_of(st),
		          c.message[0] ? c.message : "(no message)");
	cp_call_done(&c);
	ck_watch_reset();
	return st;
}

/* 1 when the value was stored (whatever resolve then says). */
static int trip_store(struct trip *t)
{
	struct ck_value v = {t->fname, t->value, strlen(t->value), ""};
	char where[300] = "";
	int st, r;

	if (written(t, true, "store") != CREDPLUG_PS_OK)
		return 0;
	if (t->target.set) /* what set_target said, masked */
		snprintf(where, sizeof(where), " (it went to %s)",
		         ck_masked(t->target.locator, &v, 1));
	r = holds(t, &st);
	if (r == 1)
		ck_report(t->ck, CK_OK, "store",
		          "store(%s) returns ok%s and resolve then finds the "
		          "value stored",
		          t->fname, where);
	else
		ck_report(t->ck, CK_FAIL, "store",
		          "store(%s) returned ok, but resolve then returned %s "
		          "%s: what is stored must be what resolve finds",
		          t->fname, name_of(st),
		          r == 0 ? "without that field" : "with another value");
	return 1;
}

static void trip_erase(struct trip *t, bool stored)
{
	struct credplug_call c;
	int st, r;

	if (stored) {
		if (written(t, false, "erase") != CREDPLUG_PS_OK)
			return;
		r = holds(t, &st);
		if (r != 0) {
			ck_report(t->ck, CK_FAIL, "erase",
			          "erase(%s) returned ok, but resolve still "
			          "finds a value",
			          t->fname);
			return;
		}
	}
	st = write_call(t, false, &c);
	cp_call_done(&c);
	ck_watch_reset();
	if (st != CREDPLUG_PS_NOT_FOUND)
		ck_report(
		        t->ck, CK_FAIL, "erase",
		        "erase(%s) of a field that is not stored returned %s: "
		        "return CREDPLUG_PS_NOT_FOUND (nothing to erase)",
		        t->fname, name_of(st));
	else if (stored)
		ck_report(t->ck, CK_OK, "erase",
		          "erase(%s) returns ok, resolve then no longer finds "
		          "it, and erasing it again returns not_found",
		          t->fname);
	else
		ck_report(t->ck, CK_OK, "erase",
		          "erase(%s) of a field that is not stored returns "
		          "not_found",
		          t->fname);
}

/* The first credential field the location does not hold; -1: none. */
static int free_field(struct trip *t)
{
	struct credplug_call c;
	int64_t ms;
	int f = -1;

	ck_phase("store", "resolve()", CK_FIX_DEADLINE,
	         WRITE_DEADLINE_MS + CK_KILL_MS);
	ck_resolve_once(t->ctx, &c, WRITE_DEADLINE_MS, &ms);
	ck_phase_end();
	for (int i = CREDPLUG_FIELD_COUNT - 1; i >= 0; i--)
		if (cp_fields[i].secret && c.staged[i].value == NULL)
			f = i;
	cp_call_done(&c);
	ck_watch_reset();
	return f;
}

/* A value no backend holds already, shaped like an API key (32 hex
 * digits; made for the check, not a secret). */
static void make_value(char *buf, size_t cap)
{
	uint64_t r[2] = {0, 0};

	if (getrandom(r, sizeof(r), 0) != (ssize_t)sizeof(r)) {
		r[0] = (uint64_t)cp_mono_ns();
		r[1] = (uint64_t)getpid() * 0x9e3779b97f4a7c15u;
	}
	snprintf(buf, cap, "%016llx%016llx", (unsigned long long)r[0],
	         (unsigned long long)r[1]);
}

void ck_check_store(struct ck *ck)
{
	struct trip t = {.ck = ck};
	char err[2 * CP_MSG_MAX];
	uint32_t caps;
	bool stored;
	int f;

	if (ck_ctx_new(ck, NULL, true, &t.ctx, err, sizeof(err)) !=
	            CREDPLUG_OK ||
	    !t.ctx->inst[0].created) {
		ck_report(ck, CK_FAIL, "store", "create failed this time: %s",
		          t.ctx ? t.ctx->inst[0].message : err);
		credplug_ctx_free(t.ctx);
		return;
	}
	caps = t.ctx->inst[0].caps;
	ck_host_init();
	f = free_field(&t);
	if (f < 0) {
		ck_report(
		        ck, CK_SKIP, "store",
		        "the location the options name already holds api_key, "
		        "app_key and pat; point them at a scratch location");
	} else {
		t.field = (uint32_t)f;
		t.fname = credplug_field_name(f);
		make_value(t.value, sizeof(t.value));
		stored = (caps & CREDPLUG_CAP_STORE) && trip_store(&t);
		if ((caps & CREDPLUG_CAP_ERASE) &&
		    (stored || !(caps & CREDPLUG_CAP_STORE)))
			trip_erase(&t, stored);
		else if (caps & CREDPLUG_CAP_ERASE)
			ck_report(ck, CK_SKIP, "erase", "store failed");
	}
	explicit_bzero(t.value, sizeof(t.value));
	credplug_ctx_free(t.ctx);
}
