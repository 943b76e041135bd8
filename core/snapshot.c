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
#include <sched.h>

#include "internal.h"

void cp_slot_wait(void)
{
	sched_yield();
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

/* The hot path checks one word of the snapshot to leave it: a pending
 * change is signalled there too (refresh due "now"), besides ctx->dirty. */
void cp_mark_dirty(struct credplug_ctx *ctx)
{
	struct cp_set *cur = atomic_load(&ctx->current);

	atomic_store(&ctx->dirty, true);
	atomic_store(&ctx->retry_after_ns, 0); /* new input: worth a try now */
	if (cur != NULL)
		atomic_store(&cur->refresh_at_ns, 0);
}
