/*
 * The snapshot cache: the one owner of the credential set that requests
 * are signed with (docs/architecture.md, "Cache").
 *
 * A snapshot (struct cp_snapshot) is an immutable merged chain result plus
 * what apply derives from it; the cache (struct cp_cache, one per context)
 * holds the current one, the hazard slots that protect it from appliers,
 * the retired ones still held, and the refresh state: new input, the
 * single-flight flag, the failure backoff, the last status.  Only
 * snapshot.c and cache.c read or write that state; everything else goes
 * through the functions below.  Functions named _locked need ctx->lock.
 */
#ifndef CREDPLUG_CORE_SNAPSHOT_H
#define CREDPLUG_CORE_SNAPSHOT_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "credplug/credplug.h"
#include "field.h"

#define CP_HAZARD_SLOTS 64
#define CP_NO_TIME      INT64_MAX
/* Most applies a thread makes from its slot between two clock reads, for a
 * snapshot that does not expire (cp_cache_fresh). */
#define CP_GRANT_MAX 64
/* The grant for a snapshot that never refreshes: no clock to read. */
#define CP_GRANT_FOREVER INT32_MAX

struct cp_alloc;
struct credplug_ctx;

/* A header apply sends: a field that has a value and a header. */
struct cp_header {
	const char *name;  /* the field table's header */
	const char *value; /* the field's value, or its prefixed copy */
	uint32_t auth;     /* CREDPLUG_AUTH_* schemes that send it */
};

/* An immutable credential set, published to appliers. */
struct cp_snapshot {
	struct cp_field f[CREDPLUG_FIELD_COUNT];
	/* CP_NO_TIME: never; 0: new input, resolve now.  The one mutable
	 * member: a resolve that finds the same credentials reschedules
	 * instead of publishing a copy. */
	_Atomic int64_t refresh_at_ns;
	/* What apply sends, by field (so in the table's order), precomputed
	 * so the hot path only reads (cp_snapshot_finish).  auth 0: not sent
	 * (no value, or a field without a header). */
	uint32_t hdr_auth; /* every scheme some hdr[] answers */
	struct cp_header hdr[CREDPLUG_FIELD_COUNT];
	/* secret copies of "<prefix><value>" ("Bearer <pat>"), or NULL */
	char *prefixed[CREDPLUG_FIELD_COUNT];
	int64_t expires_at_ns;  /* earliest expiry, CP_NO_TIME: never */
	int64_t resolved_at_ns; /* wall clock, for explain */
	/* Numbers the snapshot for slot grants; new input renumbers it,
	 * which voids them. */
	_Atomic uint64_t serial;
	const char *site; /* f[SITE].value or the default */
	char origin[300]; /* "https://api.<site>", apply's fast path */
	size_t origin_len;
	struct cp_snapshot *retired_next;
};

/* One per cache line.  hazard[0..CP_HAZARD_SLOTS-1] each protect one
 * applier's snapshot; hazard[CP_HAZARD_SLOTS] is the shared slot: it counts
 * the appliers that found every other slot held (`shared` marks it).
 * `left`, `grant`, `serial` and `checked_ns` belong to whoever holds `p`
 * (the compare-and-swap that claims it orders them); the shared slot never
 * has a grant. */
struct cp_hazard {
	union {
		struct {
			_Atomic(struct cp_snapshot *) p;
			atomic_size_t readers; /* the shared slot only */
			bool shared;
			int32_t left;       /* applies left; below 0: used up */
			int32_t grant;      /* the last grant's size */
			uint64_t serial;    /* the snapshot the grant is for */
			int64_t checked_ns; /* when this slot read the clock */
		};
		char line[64];
	};
};

struct cp_cache {
	_Atomic(struct cp_snapshot *) current;
	struct cp_hazard *hazard; /* CP_HAZARD_SLOTS + 1, cache-line aligned */
	void *hazard_mem;         /* what was allocated for it */
	struct cp_snapshot *retired; /* swapped out, maybe still read */
	atomic_bool dirty;           /* new input since the last resolve */
	atomic_int refreshing;       /* single-flight flag for refresh-ahead */
	_Atomic int64_t retry_after_ns; /* backoff after a failed refresh */
	int last_status;                /* of the last resolve */
	_Atomic uint64_t resolves; /* successful resolves, for single-flight */
	uint64_t published;        /* snapshots published (serials) */
	uint64_t rng;              /* refresh jitter; seeded per context */
};

/* ---- the object (snapshot.c) ----------------------------------------- */
/* A zeroed snapshot that never refreshes or expires, or NULL. */
struct cp_snapshot *cp_snapshot_new(const struct cp_alloc *a);
/* Wipes and frees `s` and everything it owns; NULL is fine. */
void cp_snapshot_free(const struct cp_alloc *a, struct cp_snapshot *s);
/* Derives the headers (from the field table), site, origin and expiry
 * (ENOMEM). */
int cp_snapshot_finish(const struct cp_alloc *a, struct cp_snapshot *s,
                       const char *default_site);
/* When `s` is due for a resolve (CP_NO_TIME: never), for explain. */
static inline int64_t cp_snapshot_refresh_at(const struct cp_snapshot *s)
{
	return atomic_load(&((struct cp_snapshot *)s)->refresh_at_ns);
}

/* The current snapshot or NULL; valid while the caller holds ctx->lock
 * (only the lock's holders retire snapshots). */
static inline const struct cp_snapshot *
cp_cache_current_locked(struct cp_cache *c)
{
	return atomic_load(&c->current);
}

/* ---- lifetime (snapshot.c) ------------------------------------------- */
/* Sets up an empty cache (CREDPLUG_ENOMEM). */
int cp_cache_init(struct cp_cache *c, const struct cp_alloc *a);
/* Frees every snapshot and the slots; no applier may be left. */
void cp_cache_free(struct cp_cache *c, const struct cp_alloc *a);
/* cache.c only: makes `s` current (owning it) and retires the old one. */
void cp_cache_swap_locked(struct cp_cache *c, const struct cp_alloc *a,
                          struct cp_snapshot *s);

/* ---- the read side: hazard pointers, inline for the apply hot path ---
 * A thread starts probing at a slot derived from its stack address (no
 * thread-local storage, so the library stays dlopen-friendly) and claims
 * the first free slot with one compare-and-swap.  With every slot busy
 * (more than CP_HAZARD_SLOTS appliers inside sinks at once, nested applies
 * included) it is counted in the shared slot instead: it never waits for
 * another applier to leave its sink, which could be waiting in turn. */
static inline unsigned cp_slot_hint(void)
{
	char here;

	/* Thread stacks sit whole pages apart: the page number spreads them. */
	return (unsigned)((uintptr_t)&here >> 12) % CP_HAZARD_SLOTS;
}

/* A snapshot and the slot that protects it; s NULL: none held.  Passed by
 * value so that the hot path keeps both in registers. */
struct cp_held {
	struct cp_snapshot *s;
	struct cp_hazard *slot;
};

/* Cold: cp_cache_acquire when the first slot tried was held or the
 * snapshot changed meanwhile; probes on from `h`, then the shared slot. */
struct cp_held cp_cache_acquire_probe(struct cp_cache *c, unsigned h);

/* The current snapshot, held until cp_cache_release; .s is NULL when
 * nothing was published (then no slot is held).  The first attempt is
 * straight-line code, the probe loop is out of line. */
static inline struct cp_held cp_cache_acquire(struct cp_cache *c)
{
	unsigned h = cp_slot_hint();
	struct cp_hazard *hz = &c->hazard[h];
	struct cp_snapshot *s =
	        atomic_load_explicit(&c->current, memory_order_acquire);
	struct cp_snapshot *expect = NULL;

	if (__builtin_expect(s != NULL, 1) &&
	    __builtin_expect(atomic_compare_exchange_strong(&hz->p, &expect, s),
	                     1)) {
		if (__builtin_expect(atomic_load(&c->current) == s, 1))
			return (struct cp_held){s, hz};
		atomic_store_explicit(&hz->p, NULL, memory_order_release);
	}
	if (s == NULL)
		return (struct cp_held){NULL, NULL};
	return cp_cache_acquire_probe(c, h);
}

static inline void cp_cache_release(struct cp_hazard *slot)
{
	if (__builtin_expect(slot->shared, 0))
		atomic_fetch_sub(&slot->readers, 1);
	else
		atomic_store_explicit(&slot->p, NULL, memory_order_release);
}

/* May the held snapshot be applied without cp_cache_refresh?  Yes for the
 * applies its slot was granted for it at the last visit of the slow path
 * (cache.c, grant): unlimited for a snapshot that never refreshes, a few
 * between rechecks, none for one that expires (its clock is read on every
 * apply).  New input renumbers the snapshot, which voids every grant.  The
 * shared slot never has a grant, so nothing here writes to it. */
static inline bool cp_cache_fresh(struct cp_held h)
{
	struct cp_hazard *slot = h.slot;

	return slot->serial == atomic_load_explicit(&h.s->serial,
	                                            memory_order_relaxed) &&
	       --slot->left >= 0;
}

/* ---- refresh, publish, invalidation (cache.c) ------------------------ */
/* Apply's slow path: resolve on first use, after new input, or when the
 * held snapshot (h.s may be NULL) is due.  Returns the snapshot to apply,
 * held; on failure .s is NULL, no slot is held and *rc says why.  Takes
 * ctx->lock when it resolves. */
struct cp_held cp_cache_refresh(struct credplug_ctx *ctx, struct cp_held h,
                                int *rc);
/* cp_cache_refresh without I/O or lock: CREDPLUG_EWOULDBLOCK (nothing
 * held) where that would resolve. */
struct cp_held cp_cache_refresh_nowait(struct credplug_ctx *ctx,
                                       struct cp_held h, int *rc);
/* Walks the chain and publishes the result, or reschedules an unchanged
 * one; a failure sets the backoff and the last status. */
int cp_cache_resolve_locked(struct credplug_ctx *ctx);
/* Resolves when nothing is published or new input arrived; else returns
 * the last resolve's status. */
int cp_cache_ensure_locked(struct credplug_ctx *ctx);
/* New input (credplug_set, store, erase): the next apply resolves, at once
 * (any backoff is lifted). */
void cp_cache_invalidate_locked(struct credplug_ctx *ctx);

#endif
