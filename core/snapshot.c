/*
 * Snapshot publication without locks on the read side.
 *
 * Appliers protect the snapshot they read with a hazard pointer: a slot in
 * a small per-context array, claimed with one compare-and-swap on a cache
 * line of its own.  The writer (always under ctx->lock) swaps the current
 * pointer and frees a retired snapshot only once no slot holds it.  No
 * reference count is touched on the hot path, so appliers on different
 * cores do not contend.
 */
#include <limits.h>

#include "internal.h"

static _Thread_local unsigned tl_slot = UINT_MAX;
static atomic_uint next_slot;

struct cp_set *cp_snapshot_acquire(struct credplug_ctx *ctx,
                                   struct cp_hazard **slot)
{
	unsigned h = tl_slot;

	if (h == UINT_MAX)
		h = tl_slot = atomic_fetch_add_explicit(&next_slot, 1,
		                                        memory_order_relaxed) %
		              CP_HAZARD_SLOTS;
	for (;;) {
		struct cp_hazard *hz = &ctx->hazard[h];
		struct cp_set *s = atomic_load_explicit(&ctx->current,
		                                        memory_order_acquire);
		struct cp_set *expect = NULL;

		if (s == NULL)
			return NULL;
		if (!atomic_compare_exchange_strong(&hz->p, &expect, s)) {
			/* Another thread holds this slot: move on, remember. */
			h = tl_slot = (h + 1) % CP_HAZARD_SLOTS;
			continue;
		}
		if (atomic_load(&ctx->current) == s) {
			*slot = hz;
			return s;
		}
		atomic_store_explicit(&hz->p, NULL, memory_order_release);
	}
}

void cp_snapshot_release(struct cp_hazard *slot)
{
	atomic_store_explicit(&slot->p, NULL, memory_order_release);
}

static bool in_use(struct credplug_ctx *ctx, const struct cp_set *s)
{
	for (int i = 0; i < CP_HAZARD_SLOTS; i++)
		if (atomic_load(&ctx->hazard[i].p) == s)
			return true;
	return false;
}

/* Frees retired snapshots no applier holds (all of them when `all`). */
void cp_snapshot_reclaim(struct credplug_ctx *ctx, bool all)
{
	struct cp_set **pp = &ctx->retired;

	while (*pp != NULL) {
		struct cp_set *r = *pp;

		if (!all && in_use(ctx, r)) {
			pp = &r->retired_next;
			continue;
		}
		*pp = r->retired_next;
		cp_set_free(&ctx->alloc, r);
	}
}

/* Caller holds ctx->lock.  Takes ownership of `s`.  Cannot fail. */
void cp_snapshot_publish(struct credplug_ctx *ctx, struct cp_set *s)
{
	struct cp_set *old = atomic_exchange(&ctx->current, s);

	if (old != NULL) {
		old->retired_next = ctx->retired;
		ctx->retired = old;
	}
	cp_snapshot_reclaim(ctx, false);
}
