/*
 * Turning a merged chain result into the published snapshot: expiry checks,
 * rejected values held back, refresh planning, and the backoff after a
 * failed resolve.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

#define MAX_REFRESH_MARGIN_NS (300LL * 1000000000)
#define MIN_REFRESH_GAP_NS    (1LL * 1000000000)

/* xorshift64*, seeded per context: fleets must not refresh in lockstep,
 * and the host's random() sequence is not ours to disturb. */
static int64_t jitter(struct credplug_ctx *ctx, int64_t span)
{
	uint64_t x = ctx->rng;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	ctx->rng = x;
	return span > 0
	               ? (int64_t)((x * 0x2545F4914F6CDD1Dull) % (uint64_t)span)
	               : 0;
}

/* Refresh ahead of the earliest expiry: at most 5 minutes or a fifth of
 * the remaining lifetime early, minus up to a quarter of that as jitter;
 * not sooner than a second from now, never after the expiry itself.  All
 * in the scheduling clock. */
static void plan_refresh(struct credplug_ctx *ctx, struct cp_set *s,
                         int64_t now, uint32_t recheck_ms)
{
	int64_t at = CP_NO_TIME;

	if (s->expires_at_ns != CP_NO_TIME) {
		int64_t life = s->expires_at_ns - now;
		int64_t margin = life / 5 < MAX_REFRESH_MARGIN_NS
		                         ? life / 5
		                         : MAX_REFRESH_MARGIN_NS;

		at = s->expires_at_ns - margin - jitter(ctx, margin / 4);
		if (at < now + MIN_REFRESH_GAP_NS)
			at = now + MIN_REFRESH_GAP_NS;
		if (at > s->expires_at_ns)
			at = s->expires_at_ns;
	}
	if (recheck_ms > 0 && now + (int64_t)recheck_ms * 1000000 < at)
		at = now + (int64_t)recheck_ms * 1000000;
	s->refresh_at_ns = at;
}

static int check_expiry(struct credplug_ctx *ctx, const struct cp_field *merged,
                        int64_t now)
{
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		const struct cp_field *f = &merged[i];

		if (f->value != NULL && f->expires_at > 0 &&
		    cp_s_to_ns(f->expires_at) <= now)
			return cp_fail(ctx, CREDPLUG_EEXPIRED,
			               "%s from provider \"%s\" (%s) had "
			               "already expired "
			               "when it was returned; renew it at its "
			               "source or "
			               "check this machine's clock",
			               credplug_field_name(i), f->source,
			               f->locator ? f->locator : "no locator");
	}
	return CREDPLUG_OK;
}

/* Values the server refused together (credplug_reject) are held back as a
 * group until the chain returns something different for any of them: the
 * server did not say which one it disliked, so a new API key is tried with
 * the same application key, but the very same combination is never
 * replayed. */
static void drop_rejected(struct credplug_ctx *ctx, struct cp_field *merged)
{
	bool any = false, changed = false;

	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		const struct cp_field *r = &ctx->rejected[i], *f = &merged[i];

		if (r->value == NULL)
			continue;
		any = true;
		if (f->value == NULL ||
		    !cp_ct_equal(f->value, f->len, r->value, r->len))
			changed = true;
	}
	for (int i = 0; any && i < CREDPLUG_FIELD_COUNT; i++) {
		if (ctx->rejected[i].value == NULL)
			continue;
		cp_field_clear(&ctx->alloc,
		               changed ? &ctx->rejected[i] : &merged[i]);
	}
}

static bool same_as_current(const struct credplug_ctx *ctx,
                            const struct cp_field *merged)
{
	const struct cp_set *cur = atomic_load(&ctx->current);

	if (cur == NULL)
		return false;
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		if (!cp_field_same(&cur->f[i], &merged[i]) ||
		    cur->f[i].source != merged[i].source)
			return false;
	return true;
}

/* A snapshot outlives the resolve: borrowed fields become its own. */
static int own_fields(struct credplug_ctx *ctx, struct cp_field *merged)
{
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		struct cp_field t;

		if (!merged[i].borrowed)
			continue;
		if (cp_field_copy(&ctx->alloc, &t, &merged[i]) != CREDPLUG_OK)
			return CREDPLUG_ENOMEM;
		merged[i] = t;
	}
	return CREDPLUG_OK;
}

/* The set's derived values that depend on the context. */
static void bind_set(struct credplug_ctx *ctx, struct cp_set *s, int64_t wall,
                     int64_t sched)
{
	char url[sizeof(s->origin) + 1];
	const char *why;

	/* The fast path may only shortcut an origin the list allows. */
	snprintf(url, sizeof(url), "%s/", s->origin);
	if (s->origin_len == 0 || !cp_origin_allowed(&ctx->origins, url, &why))
		s->origin_len = 0;
	if (s->expires_at_ns !=
	    CP_NO_TIME) /* wall instant -> scheduling clock */
		s->expires_at_ns = sched + (s->expires_at_ns - wall);
}

int cp_publish(struct credplug_ctx *ctx, struct cp_field *merged,
               uint32_t recheck)
{
	int64_t now = cp_now_ns(ctx), sched = cp_sched_ns(ctx);
	struct cp_set *s;
	int rc = check_expiry(ctx, merged, now);

	if (rc != CREDPLUG_OK)
		return rc;
	drop_rejected(ctx, merged);
	if (same_as_current(ctx, merged)) {
		/* Nothing changed (the usual recheck): reschedule only. */
		plan_refresh(ctx, atomic_load(&ctx->current), sched, recheck);
		return CREDPLUG_OK;
	}
	if (own_fields(ctx, merged) != CREDPLUG_OK)
		return cp_fail(ctx, CREDPLUG_ENOMEM, "out of memory");
	s = cp_set_new(&ctx->alloc);
	if (s == NULL)
		return cp_fail(ctx, CREDPLUG_ENOMEM, "out of memory");
	memcpy(s->f, merged, sizeof(s->f));
	memset(merged, 0, sizeof(s->f));
	if (cp_set_finish(&ctx->alloc, s,
	                  ctx->config_site ? ctx->config_site
	                                   : CP_DEFAULT_SITE) != 0) {
		cp_set_free(&ctx->alloc, s);
		return cp_fail(ctx, CREDPLUG_ENOMEM, "out of memory");
	}
	bind_set(ctx, s, now, sched);
	s->resolved_at_ns = now;
	plan_refresh(ctx, s, sched, recheck);
	cp_snapshot_publish(ctx, s);
	return CREDPLUG_OK;
}

void cp_after_failure(struct credplug_ctx *ctx)
{
	struct cp_set *cur = atomic_load(&ctx->current);
	int64_t now = cp_sched_ns(ctx), wait = MIN_REFRESH_GAP_NS;

	if (cur != NULL && cur->expires_at_ns != CP_NO_TIME) {
		wait = (cur->expires_at_ns - now) / 10;
		if (wait < MIN_REFRESH_GAP_NS)
			wait = MIN_REFRESH_GAP_NS;
		if (wait > 30 * MIN_REFRESH_GAP_NS)
			wait = 30 * MIN_REFRESH_GAP_NS;
	}
	atomic_store(&ctx->retry_after_ns, now + wait);
}
