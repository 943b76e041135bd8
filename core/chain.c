/*
 * The chain walk: run each provider instance in order, apply the chain
 * actions to its status, merge fields by precedence.  The snapshot cache
 * (cache.c) publishes the result.  Everything here runs under ctx->lock,
 * from the one entry cp_chain_run_locked (so the static helpers, which
 * read and write the instances' last results, carry no _locked suffix).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "chain.h"
#include "clock.h"
#include "ctx.h"
#include "errors.h"
#include "field.h"
#include "fields.h"
#include "host.h"
#include "instance.h"
#include "memory.h"
#include "values.h"

enum action { ACT_CONTINUE, ACT_STOP, ACT_FAIL };

/* Messages and notes must not carry any value credplug knows of: this
 * call's, earlier providers', this provider's last result, the explicit
 * ones.  A provider is trusted with none of that (backend stderr, HTTP
 * bodies).  All at once: one value's mask must not break up another's
 * occurrence (overlapping values). */
static void scrub_all(struct credplug_ctx *ctx, struct cp_instance *inst,
                      char *text, const struct credplug_call *c,
                      const struct cp_field *merged)
{
	const struct cp_field *sets[] = {c->staged, merged, inst->last,
	                                 ctx->explicit_v};
	struct cp_secret_ref refs[4 * CREDPLUG_FIELD_COUNT];
	size_t n = 0;

	for (size_t k = 0; k < 4; k++)
		for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
			if (cp_fields[i].secret && sets[k][i].value != NULL)
				refs[n++] = (struct cp_secret_ref){
				        sets[k][i].value, sets[k][i].len};
	if (n > 0)
		cp_scrub_all(text, refs, n);
}

static void record(struct credplug_ctx *ctx, struct cp_instance *inst,
                   struct credplug_call *c, const struct cp_field *merged,
                   int st)
{
	if (c->message[0] != '\0')
		scrub_all(ctx, inst, c->message, c, merged);
	for (int i = 0; i < c->n_notes; i++)
		scrub_all(ctx, inst, c->notes[i], c, merged);
	inst->entry_state = CP_ENTRY_RAN;
	inst->status = st;
	inst->oom = c->oom;
	memcpy(inst->message, c->message, strlen(c->message) + 1);
	for (int i = 0; i < c->n_notes; i++)
		memcpy(inst->notes[i], c->notes[i], strlen(c->notes[i]) + 1);
	inst->n_notes = c->n_notes;
}

/* UNCHANGED: the fields of the previous run stand in for this one. */
static int reuse_last(struct credplug_ctx *ctx, struct cp_instance *inst,
                      struct credplug_call *c)
{
	bool any = false;

	if (!inst->have_last) {
		snprintf(c->message, sizeof(c->message),
		         "provider returned \"unchanged\" before any result");
		return CREDPLUG_PS_ERROR;
	}
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		if (inst->last[i].value == NULL)
			continue;
		cp_field_clear(&ctx->alloc, &c->staged[i]);
		c->staged[i] = inst->last[i];
		c->staged[i].borrowed = true;
		any = true;
	}
	if (c->recheck_ms == 0)
		c->recheck_ms = inst->recheck_ms;
	return any ? CREDPLUG_PS_FOUND : CREDPLUG_PS_NOT_FOUND;
}

/* The instance's last result becomes this call's; a new value gets a new
 * number, which this call's copy carries on into the snapshot. */
static int remember(struct credplug_ctx *ctx, struct cp_instance *inst,
                    struct credplug_call *c)
{
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		if (c->staged[i].borrowed) { /* it is last[i]: only metadata */
			inst->last[i].expires_at = c->staged[i].expires_at;
			continue;
		}
		if ((c->staged[i].value == NULL &&
		     inst->last[i].value == NULL) ||
		    cp_field_same(&inst->last[i], &c->staged[i]))
			continue; /* nothing to copy */
		cp_field_clear(&ctx->alloc, &inst->last[i]);
		if (c->staged[i].value != NULL &&
		    cp_field_copy(&ctx->alloc, &inst->last[i], &c->staged[i]) !=
		            0) {
			inst->have_last = false;
			return CREDPLUG_PS_ERROR;
		}
		if (c->staged[i].value != NULL)
			c->staged[i].gen = inst->last[i].gen = ++ctx->field_gen;
	}
	inst->have_last = true;
	inst->recheck_ms = c->recheck_ms;
	return CREDPLUG_PS_FOUND;
}

/* *mono: when the call started on entry, when it ended on return. */
static int call_provider(struct credplug_ctx *ctx, struct cp_instance *inst,
                         struct credplug_call *c, int64_t *mono)
{
	int64_t t0 = c->started_mono_ns, t1;
	int st = inst->desc->resolve(inst->state, &cp_host, c);
	bool any = false;

	t1 = *mono = cp_mono_ns();
	inst->elapsed_us = (t1 - t0) / 1000;
	/* An in-process call cannot be interrupted at its deadline: one that
	 * returns late keeps its status, and explain says by how much (any
	 * part of a millisecond counts as one). */
	inst->overran_ms =
	        t1 > c->deadline_mono_ns
	                ? (t1 - c->deadline_mono_ns + 999999) / 1000000
	                : 0;
	if (st == CREDPLUG_PS_UNCHANGED)
		st = reuse_last(ctx, inst, c);
	else if (st < CREDPLUG_PS_FOUND || st > CREDPLUG_PS_UNCHANGED) {
		snprintf(c->message, sizeof(c->message),
		         "provider returned an unknown status %d", st);
		st = CREDPLUG_PS_ERROR;
	}
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		any = any || c->staged[i].value != NULL;
	if (st == CREDPLUG_PS_FOUND && !any)
		st = CREDPLUG_PS_NOT_FOUND;
	if (st == CREDPLUG_PS_FOUND || st == CREDPLUG_PS_NOT_FOUND)
		if (remember(ctx, inst, c) != CREDPLUG_PS_FOUND) {
			c->oom = true;
			st = CREDPLUG_PS_ERROR;
		}
	return st;
}

static enum action action_for(const struct cp_instance *inst, int st)
{
	switch (st) {
	case CREDPLUG_PS_FOUND:
		return inst->stop_if_found ? ACT_STOP : ACT_CONTINUE;
	case CREDPLUG_PS_NOT_FOUND:
	case CREDPLUG_PS_UNAVAILABLE:
	case CREDPLUG_PS_TIMED_OUT:
		return (inst->critical || inst->on_error == CP_ONERR_FAIL)
		               ? ACT_FAIL
		               : ACT_CONTINUE;
	default: /* invalid, denied, error: fail closed; critical always fails
	          */
		return (inst->on_error == CP_ONERR_CONTINUE && !inst->critical)
		               ? ACT_CONTINUE
		               : ACT_FAIL;
	}
}

/* Fields not set by an earlier provider are taken from this one. */
static void merge(struct cp_field *merged, struct credplug_call *c)
{
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		if (merged[i].value != NULL || c->staged[i].value == NULL)
			continue;
		merged[i] = c->staged[i];
		memset(&c->staged[i], 0, sizeof(c->staged[i]));
	}
}

static bool all_set(const struct cp_field *merged)
{
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		if (merged[i].value == NULL)
			return false;
	return true;
}

/* The resolve's error for the entry that stopped it. */
static int fail_instance(struct credplug_ctx *ctx, size_t i)
{
	const struct cp_instance *inst = &ctx->inst[i];
	int status = cp_entry_to_status(inst);
	/* the provider's status, where it has one that stopped the chain */
	int st = inst->entry_state == CP_ENTRY_RAN ||
	                         inst->entry_state == CP_ENTRY_SETUP_FAILED
	                 ? inst->status
	                 : -1;

	if (st == CREDPLUG_PS_ERROR && inst->oom)
		return cp_fail(ctx, CREDPLUG_ENOMEM,
		               "provider \"%s\" (chain entry "
		               "%zu): out of memory",
		               inst->label, i);
	if (inst->entry_state == CP_ENTRY_EXPIRED)
		return cp_fail(ctx, CREDPLUG_EEXPIRED,
		               "provider \"%s\" (chain entry %zu) %s",
		               inst->label, i, inst->message);
	if (st == CREDPLUG_PS_NOT_FOUND && inst->critical)
		return cp_fail(ctx, CREDPLUG_ENOTFOUND,
		               "provider \"%s\" (chain entry %zu) is critical "
		               "and found "
		               "nothing%s%s",
		               inst->label, i, inst->message[0] ? ": " : "",
		               inst->message);
	return cp_fail(ctx, status, "provider \"%s\" (chain entry %zu) %s: %s",
	               inst->label, i, cp_entry_status_name(inst),
	               inst->message[0] ? inst->message
	                                : credplug_strerror(status));
}

/* UNAVAILABLE / TIMED_OUT after an earlier result: the backend could not be
 * asked, which does not make what it returned go away.  Its last fields
 * stand until they really expire (serve stale), noted in explain; once
 * they have expired the resolve fails clearly instead of going on without
 * them.  Returns 1 serving stale, 0 nothing to serve, -1 expired. */
static int serve_stale(struct credplug_ctx *ctx, struct cp_instance *inst,
                       struct credplug_call *c)
{
	int64_t now = cp_now_ns(ctx);

	if (!inst->have_last)
		return 0;
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		const struct cp_field *f = &inst->last[i];

		if (f->value != NULL && f->expires_at > 0 &&
		    cp_s_to_ns(f->expires_at) <= now) {
			snprintf(c->notes[0], CP_NOTE_MAX, "%s", c->message);
			snprintf(c->message, sizeof(c->message),
			         "its %s expired and it cannot be renewed: "
			         "%.300s",
			         credplug_field_name(i), c->notes[0]);
			c->n_notes = 0;
			return -1;
		}
	}
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		cp_field_clear(&ctx->alloc, &c->staged[i]);
	if (reuse_last(ctx, inst, c) != CREDPLUG_PS_FOUND) {
		for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
			cp_field_clear(&ctx->alloc, &c->staged[i]);
		return 0;
	}
	if (c->n_notes < CP_NOTES_MAX)
		snprintf(c->notes[c->n_notes++], CP_NOTE_MAX,
		         "serving the last result until it expires");
	return 1;
}

/* Runs one instance; merged fields and the recheck interval accumulate;
 * *mono is the monotonic clock, read when the previous call ended.  The
 * outcome is left in the instance (entry_state, status). */
static enum action run_one(struct credplug_ctx *ctx, size_t i,
                           struct cp_field *merged, uint32_t *recheck,
                           int64_t *mono)
{
	struct cp_instance *inst = &ctx->inst[i];
	struct credplug_call c;
	bool stale;
	int st;

	if (inst->state == NULL && !inst->created) {
		/* not installed or failed to load: recorded at creation */
		return inst->critical ? ACT_FAIL : ACT_CONTINUE;
	}
	cp_call_init_at(&c, ctx, inst, CP_PHASE_RESOLVE, *mono);
	st = call_provider(ctx, inst, &c, mono);
	stale = false;
	if ((st == CREDPLUG_PS_UNAVAILABLE || st == CREDPLUG_PS_TIMED_OUT) &&
	    action_for(inst, st) == ACT_CONTINUE) {
		int r = serve_stale(ctx, inst, &c);

		if (r < 0) {
			record(ctx, inst, &c, merged, st);
			inst->entry_state = CP_ENTRY_EXPIRED;
			cp_call_done(&c);
			return ACT_FAIL;
		}
		stale = r > 0;
	}
	record(ctx, inst, &c, merged, st);
	if (st == CREDPLUG_PS_FOUND || stale)
		merge(merged, &c);
	/* A provider that found nothing may still ask to look again (a file
	 * that does not exist yet). */
	if ((st == CREDPLUG_PS_FOUND || st == CREDPLUG_PS_NOT_FOUND || stale) &&
	    c.recheck_ms && (*recheck == 0 || c.recheck_ms < *recheck))
		*recheck = c.recheck_ms;
	cp_call_done(&c);
	return action_for(inst, st);
}

int cp_chain_run_locked(struct credplug_ctx *ctx, struct cp_field *merged,
                        uint32_t *recheck, int64_t *mono)
{
	int rc = CREDPLUG_OK;
	bool stop = false;

	memset(merged, 0, CREDPLUG_FIELD_COUNT * sizeof(*merged));
	*recheck = 0;
	*mono = cp_mono_ns();
	for (size_t i = 0; i < ctx->n_inst && rc == CREDPLUG_OK; i++) {
		struct cp_instance *inst = &ctx->inst[i];

		if (stop || all_set(merged)) {
			if (inst->created)
				inst->entry_state = CP_ENTRY_SKIPPED;
			continue;
		}
		switch (run_one(ctx, i, merged, recheck, mono)) {
		case ACT_STOP:
			stop = true;
			break;
		case ACT_FAIL:
			rc = fail_instance(ctx, i);
			break;
		case ACT_CONTINUE:
			break;
		}
	}
	return rc;
}
