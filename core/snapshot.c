/*
 * Snapshot publication without locks on the read side.
 *
 * Appliers protect the snapshot they read with a hazard pointer: a slot in
 * a small per-context array, claimed with one compare-and-swap on a cache
 * line of its own.  The writer (always under ctx->lock) swaps the current
 * pointer and frees a retired snapshot only once no slot holds it.  No
 * reference count is touched on the hot path, so appliers on different
 * cores do not contend.
 *
 * An applier that finds every slot held is counted in the shared slot
 * instead (a lock-free counter): while it is non-zero no retired snapshot
 * is freed at all, since the counter does not say which one its readers
 * hold.  Waiting for a slot instead could wait forever: nested applies in
 * sinks are allowed, and the holders may be waiting themselves.
 */
#include "internal.h"

/* Cold: only with every slot held.  Seq-cst order makes this safe: a
 * snapshot this reader loads was still current after its increment, so
 * the writer that retires it sees the count when it decides to free. */
struct cp_set *cp_snapshot_acquire_shared(struct credplug_ctx *ctx,
                                          struct cp_hazard **slot)
{
	struct cp_hazard *sh = &ctx->hazard[CP_HAZARD_SLOTS];
	struct cp_set *s;

	atomic_fetch_add(&sh->readers, 1);
	s = atomic_load(&ctx->current);
	if (s == NULL) {
		atomic_fetch_sub(&sh->readers, 1);
		return NULL;
	}
	*slot = sh;
	return s;
}

static bool in_use(struct credplug_ctx *ctx, const struct cp_set *s)
{
	if (atomic_load(&ctx->hazard[CP_HAZARD_SLOTS].readers) != 0)
		return true;
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
