/*
 * The cache's policy: a chain result becomes the published snapshot (or
 * reschedules an unchanged one), refresh planning, the backoff after a
 * failed resolve, invalidation on new input, and apply's slow path, which
 * decides when a request must wait for a resolve and when the clock needs
 * reading at all.  Functions named _locked need ctx->lock; the slow path
 * (cp_cache_refresh, grant) runs without it until it resolves.
 */
#include <stdio.h>
#include <string.h>

#include "cache.h"
#include "chain.h"
#include "clock.h"
#include "ctx.h"
#include "errors.h"
#include "field.h"
#include "memory.h"
#include "origin.h"
#include "reject.h"
#include "snapshot.h"

#define MAX_REFRESH_MARGIN_NS (300LL * 1000000000)
#define MIN_REFRESH_GAP_NS    (1LL * 1000000000)
/* A slot whose grant was used up within this long gets a bigger one. */
#define GRANT_WINDOW_NS (1000000LL)

/* xorshift64*, seeded per context: fleets must not refresh in lockstep,
 * and the host's random() sequence is not ours to disturb. */
static int64_t jitter_locked(struct cp_cache *c, int64_t span)
{
	uint64_t x = c->rng;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	c->rng = x;
	return span > 0
	               ? (int64_t)((x * 0x2545F4914F6CDD1Dull) % (uint64_t)span)
	               : 0;
}

/* Refresh ahead of the earliest expiry: at most 5 minutes or a fifth of
 * the remaining lifetime early, minus up to a quarter of that as jitter;
 * not sooner than a second from now, never after the expiry itself.  All
 * in the scheduling clock. */
static void plan_refresh_locked(struct cp_cache *c, struct cp_snapshot *s,
                                int64_t now, uint32_t recheck_ms)
{
	int64_t at = CP_NO_TIME;

	if (s->expires_at_ns != CP_NO_TIME) {
		int64_t life = s->expires_at_ns - now;
		int64_t margin = life / 5 < MAX_REFRESH_MARGIN_NS
		                         ? life / 5
		                         : MAX_REFRESH_MARGIN_NS;

		at = s->expires_at_ns - margin - jitter_locked(c, margin / 4);
		if (at < now + MIN_REFRESH_GAP_NS)
			at = now + MIN_REFRESH_GAP_NS;
		if (at > s->expires_at_ns)
			at = s->expires_at_ns;
	}
	if (recheck_ms > 0 && now + (int64_t)recheck_ms * 1000000 < at)
		at = now + (int64_t)recheck_ms * 1000000;
	atomic_store(&s->refresh_at_ns, at);
}

/* Voids the grants given for `s` (cp_cache_fresh compares numbers). */
static void renumber_locked(struct cp_cache *c, struct cp_snapshot *s)
{
	atomic_store(&s->serial, ++c->published);
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

/* Copies of one remembered result (same number) hold the same bytes:
 * only the expiry, which a provider may say again, needs comparing. */
static bool same_field(const struct cp_field *cur, const struct cp_field *m)
{
	if (m->gen != 0 && m->gen == cur->gen)
		return m->expires_at == cur->expires_at;
	return cp_field_same(cur, m);
}

static bool same_as_current(const struct cp_snapshot *cur,
                            const struct cp_field *merged)
{
	if (cur == NULL)
		return false;
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		if (cur->f[i].source != merged[i].source ||
		    !same_field(&cur->f[i], &merged[i]))
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

/* The snapshot's derived values that depend on the context. */
static void bind_snapshot(struct credplug_ctx *ctx, struct cp_snapshot *s,
                          int64_t wall, int64_t sched)
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

/* The merged fields become the snapshot, or reschedule the current one. */
static int publish_locked(struct credplug_ctx *ctx, struct cp_field *merged,
                          uint32_t recheck, int64_t mono)
{
	struct cp_cache *c = &ctx->cache;
	struct cp_snapshot *cur = atomic_load(&c->current), *s;
	/* The scheduling clock is the monotonic one unless hooked: the walk
	 * read it as it ended. */
	int64_t now = cp_now_ns(ctx),
	        sched = ctx->clock != NULL ? cp_sched_ns(ctx) : mono;
	int rc = check_expiry(ctx, merged, now);

	if (rc != CREDPLUG_OK)
		return rc;
	cp_rejected_drop_locked(ctx, merged);
	if (same_as_current(cur, merged)) {
		/* Nothing changed (the usual recheck): reschedule only; grants
		 * given for a later time do not hold for a sooner one. */
		int64_t before = atomic_load(&cur->refresh_at_ns);

		plan_refresh_locked(c, cur, sched, recheck);
		if (atomic_load(&cur->refresh_at_ns) < before)
			renumber_locked(c, cur);
		return CREDPLUG_OK;
	}
	if (own_fields(ctx, merged) != CREDPLUG_OK)
		return cp_fail(ctx, CREDPLUG_ENOMEM, "out of memory");
	s = cp_snapshot_new(&ctx->alloc);
	if (s == NULL)
		return cp_fail(ctx, CREDPLUG_ENOMEM, "out of memory");
	memcpy(s->f, merged, sizeof(s->f));
	memset(merged, 0, sizeof(s->f));
	if (cp_snapshot_finish(&ctx->alloc, s,
	                       ctx->config_site ? ctx->config_site
	                                        : CP_DEFAULT_SITE) != 0) {
		cp_snapshot_free(&ctx->alloc, s);
		return cp_fail(ctx, CREDPLUG_ENOMEM, "out of memory");
	}
	bind_snapshot(ctx, s, now, sched);
	s->resolved_at_ns = now;
	plan_refresh_locked(c, s, sched, recheck);
	cp_cache_swap_locked(c, &ctx->alloc, s);
	return CREDPLUG_OK;
}

/* Wait a tenth of the remaining lifetime (1-30 s) before trying again. */
static void back_off_locked(struct credplug_ctx *ctx)
{
	struct cp_cache *c = &ctx->cache;
	struct cp_snapshot *cur = atomic_load(&c->current);
	int64_t now = cp_sched_ns(ctx), wait = MIN_REFRESH_GAP_NS;

	if (cur != NULL && cur->expires_at_ns != CP_NO_TIME) {
		wait = (cur->expires_at_ns - now) / 10;
		if (wait < MIN_REFRESH_GAP_NS)
			wait = MIN_REFRESH_GAP_NS;
		if (wait > 30 * MIN_REFRESH_GAP_NS)
			wait = 30 * MIN_REFRESH_GAP_NS;
	}
	atomic_store(&c->retry_after_ns, now + wait);
}

int cp_cache_resolve_locked(struct credplug_ctx *ctx)
{
	struct cp_cache *c = &ctx->cache;
	struct cp_field merged[CREDPLUG_FIELD_COUNT];
	uint32_t recheck = 0;
	int64_t mono = 0;
	bool was_dirty;
	int rc;

	if (ctx->open_status != CREDPLUG_OK) /* a failed credplug_ctx_open */
		return ctx->open_status;
	was_dirty = atomic_exchange(&c->dirty, false);
	rc = cp_chain_run_locked(ctx, merged, &recheck, &mono);

	if (rc == CREDPLUG_OK)
		rc = publish_locked(ctx, merged, recheck, mono);
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		cp_field_clear(&ctx->alloc, &merged[i]);
	c->last_status = rc;
	if (rc != CREDPLUG_OK) {
		/* New explicit values must not be hidden by the old snapshot.
		 */
		if (was_dirty)
			atomic_store(&c->dirty, true);
		back_off_locked(ctx);
	} else {
		atomic_store(&c->retry_after_ns, 0);
		atomic_fetch_add(&c->resolves, 1);
	}
	return rc;
}

int cp_cache_ensure_locked(struct credplug_ctx *ctx)
{
	struct cp_cache *c = &ctx->cache;

	if (atomic_load(&c->current) == NULL || atomic_load(&c->dirty))
		return cp_cache_resolve_locked(ctx);
	return c->last_status;
}

/* The hot path checks the snapshot's refresh time and number to leave it:
 * a pending change is signalled there too (refresh due "now", no grant
 * valid), besides `dirty`. */
void cp_cache_invalidate_locked(struct credplug_ctx *ctx)
{
	struct cp_cache *c = &ctx->cache;
	struct cp_snapshot *cur = atomic_load(&c->current);

	atomic_store(&c->dirty, true);
	atomic_store(&c->retry_after_ns, 0); /* new input: worth a try now */
	if (cur != NULL) {
		renumber_locked(c, cur);
		atomic_store(&cur->refresh_at_ns, 0);
	}
}

/* ---- apply's slow path ------------------------------------------------ */

__attribute__((noinline, cold)) static int
refresh_failed(struct credplug_ctx *ctx)
{
	char last[2 * CP_MSG_MAX];

	credplug_errmsg_copy(ctx, last, sizeof(last));
	return cp_fail(ctx, CREDPLUG_EEXPIRED,
	               "credentials expired and could not be refreshed (%s); "
	               "see `credplug explain`",
	               last[0] ? last
	                       : credplug_strerror(ctx->cache.last_status));
}

/* Walks the chain unless another thread resolved since `seen`, or a failed
 * attempt asked to wait (then its status stands). */
static int resolve_unless_done(struct credplug_ctx *ctx, uint64_t seen)
{
	struct cp_cache *c = &ctx->cache;
	int rc;

	pthread_mutex_lock(&ctx->lock);
	if (atomic_load(&c->current) != NULL && !atomic_load(&c->dirty) &&
	    atomic_load(&c->resolves) != seen)
		rc = CREDPLUG_OK;
	else if (cp_sched_ns(ctx) < atomic_load(&c->retry_after_ns))
		rc = c->last_status != CREDPLUG_OK ? c->last_status
		                                   : CREDPLUG_EUNAVAILABLE;
	else
		rc = cp_cache_resolve_locked(ctx);
	pthread_mutex_unlock(&ctx->lock);
	return rc;
}

/* The held snapshot needs no resolve before `until`, as the clock read
 * `now` says: grant its slot applies that skip the slow path.  A snapshot
 * that never refreshes gets them all (until new input renumbers it).  One
 * due for a recheck only (it cannot expire) may notice it a few applies
 * late: the grant doubles (up to CP_GRANT_MAX) while the slot used the last
 * one up within GRANT_WINDOW_NS, and is 0 (the clock on every apply) once
 * it did not, so at a steady rate a due recheck is noticed within about
 * two windows, and a thread that stops applying often is at most
 * CP_GRANT_MAX applies late, once.  None with a clock hook (the library
 * cannot tell how it moves: tests step it) or an expiry (a hard limit). */
static void grant(const struct credplug_ctx *ctx, struct cp_held h,
                  int64_t until, int64_t now)
{
	struct cp_hazard *slot = h.slot;
	uint64_t serial = atomic_load(&h.s->serial);
	int32_t g = 0;

	if (slot->shared)
		return;
	if (until == CP_NO_TIME)
		g = CP_GRANT_FOREVER;
	else if (ctx->clock != NULL || h.s->expires_at_ns != CP_NO_TIME)
		g = 0;
	else if (slot->serial == serial &&
	         now - slot->checked_ns < GRANT_WINDOW_NS)
		g = slot->grant == 0                  ? 1
		    : slot->grant >= CP_GRANT_MAX / 2 ? CP_GRANT_MAX
		                                      : 2 * slot->grant;
	slot->serial = serial;
	slot->grant = slot->left = g;
	slot->checked_ns = now;
}

static const struct cp_held none = {NULL, NULL};

/* No snapshot yet, or new input: resolve (unless another thread just did)
 * and hold what is current then.  *seen: the resolves counted after it. */
static struct cp_held resolve_and_hold(struct credplug_ctx *ctx,
                                       struct cp_held h, uint64_t *seen,
                                       int *rc)
{
	if (h.s != NULL)
		cp_cache_release(h.slot);
	*rc = resolve_unless_done(ctx, *seen);
	if (*rc != CREDPLUG_OK)
		return none;
	*seen = atomic_load(&ctx->cache.resolves);
	h = cp_cache_acquire(&ctx->cache);
	if (h.s == NULL)
		*rc = CREDPLUG_EINVAL;
	return h;
}

/* The held snapshot is due and this thread refreshes it (`mine`: it holds
 * the single-flight flag).  A failed refresh serves the set until it
 * really expires. */
static struct cp_held refresh_due(struct credplug_ctx *ctx, struct cp_held h,
                                  uint64_t seen, bool mine, int *rc)
{
	struct cp_cache *c = &ctx->cache;

	cp_cache_release(h.slot);
	*rc = resolve_unless_done(ctx, seen);
	if (mine)
		atomic_store(&c->refreshing, 0);
	h = cp_cache_acquire(c);
	if (h.s == NULL) {
		if (*rc == CREDPLUG_OK)
			*rc = CREDPLUG_EINVAL;
		return none;
	}
	*rc = CREDPLUG_OK;
	if (cp_sched_ns(ctx) >= h.s->expires_at_ns) {
		cp_cache_release(h.slot);
		*rc = refresh_failed(ctx);
		return none;
	}
	return h;
}

/* What a caller that must not block gets where a resolve is due: nothing
 * held, CREDPLUG_EWOULDBLOCK. */
static struct cp_held would_block(struct cp_held h, int *rc)
{
	if (h.s != NULL)
		cp_cache_release(h.slot);
	*rc = CREDPLUG_EWOULDBLOCK;
	return none;
}

/* cp_cache_refresh and its non-blocking form: the same decisions, but
 * without `wait` every one that would resolve (no snapshot, new input, a
 * refresh this thread would run, a set past its expiry) is would_block,
 * so that form does no I/O and never takes ctx->lock. */
static struct cp_held refresh(struct credplug_ctx *ctx, struct cp_held h,
                              int *rc, bool wait)
{
	struct cp_cache *c = &ctx->cache;
	uint64_t seen = atomic_load(&c->resolves);
	int64_t at, now;

	*rc = CREDPLUG_OK;
	if (h.s == NULL || atomic_load(&c->dirty)) {
		if (!wait)
			return would_block(h, rc);
		h = resolve_and_hold(ctx, h, &seen, rc);
		if (h.s == NULL)
			return none;
	}
	at = atomic_load(&h.s->refresh_at_ns);
	if (at == CP_NO_TIME) {
		grant(ctx, h, at, 0);
		return h;
	}
	now = cp_sched_ns(ctx);
	if (now < at || (now < atomic_load(&c->retry_after_ns) &&
	                 now < h.s->expires_at_ns)) {
		grant(ctx, h, at, now);
		return h;
	}
	/* Single-flight: one thread refreshes while the others keep applying
	 * the current set until it really expires.  A caller that must not
	 * block never takes the flag. */
	if (!wait && !atomic_load(&c->refreshing))
		return would_block(h, rc);
	if (wait && atomic_exchange(&c->refreshing, 1) == 0)
		return refresh_due(ctx, h, seen, true, rc);
	if (now < h.s->expires_at_ns) {
		grant(ctx, h, at, now);
		return h;
	}
	return wait ? refresh_due(ctx, h, seen, false, rc) : would_block(h, rc);
}

struct cp_held cp_cache_refresh(struct credplug_ctx *ctx, struct cp_held h,
                                int *rc)
{
	return refresh(ctx, h, rc, true);
}

struct cp_held cp_cache_refresh_nowait(struct credplug_ctx *ctx,
                                       struct cp_held h, int *rc)
{
	return refresh(ctx, h, rc, false);
}
