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

struct cp_alloc;
struct credplug_ctx;

/* An immutable credential set, published to appliers. */
struct cp_snapshot {
	struct cp_field f[CREDPLUG_FIELD_COUNT];
	char *bearer; /* "Bearer <pat>", precomputed for apply */
	size_t bearer_len;
	/* CP_NO_TIME: never; 0: new input, resolve now.  The one mutable
	 * member: a resolve that finds the same credentials reschedules
	 * instead of publishing a copy. */
	_Atomic int64_t refresh_at_ns;
	int64_t expires_at_ns;  /* earliest expiry, CP_NO_TIME: never */
	int64_t resolved_at_ns; /* wall clock, for explain */
	uint64_t serial;        /* publication number (slot grants) */
	const char *site;       /* f[SITE].value or the default */
	char origin[300];       /* "https://api.<site>", apply's fast path */
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
			uint32_t left;  /* applies left before a clock read */
			uint32_t grant; /* the last grant's size */
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
	atomic_bool dirty;     /* new input since the last resolve */
	atomic_int refreshing; /* single-flight flag for refresh-ahead */
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
/* Derives the bearer header, site, origin and expiry (ENOMEM). */
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

/* Cold: cp_cache_acquire with every slot held. */
struct cp_snapshot *cp_cache_acquire_shared(struct cp_cache *c,
                                            struct cp_hazard **slot);

/* The current snapshot, held in *slot until cp_cache_release; NULL when
 * nothing was published (then no slot is held). */
static inline struct cp_snapshot *cp_cache_acquire(struct cp_cache *c,
                                                   struct cp_hazard **slot)
{
	unsigned h = cp_slot_hint(), tried = 0;

	for (;;) {
		struct cp_hazard *hz = &c->hazard[h];
		struct cp_snapshot *s =
		        atomic_load_explicit(&c->current, memory_order_acquire);
		struct cp_snapshot *expect = NULL;

		if (s == NULL)
			return NULL;
		if (!atomic_compare_exchange_strong(&hz->p, &expect, s)) {
			if (++tried == CP_HAZARD_SLOTS)
				return cp_cache_acquire_shared(c, slot);
			h = (h + 1) % CP_HAZARD_SLOTS;
			continue;
		}
		if (atomic_load(&c->current) == s) {
			*slot = hz;
			return s;
		}
		atomic_store_explicit(&hz->p, NULL, memory_order_release);
	}
}

static inline void cp_cache_release(struct cp_hazard *slot)
{
	if (__builtin_expect(slot->shared, 0))
		atomic_fetch_sub(&slot->readers, 1);
	else
		atomic_store_explicit(&slot->p, NULL, memory_order_release);
}

/* May `s`, held in `slot`, be applied without cp_cache_refresh?  Yes when
 * it never refreshes; when it is due for a recheck only (it does not
 * expire), yes for the applies the slot was granted at its last clock
 * read.  No with new input (refresh_at_ns 0), and always no for a
 * snapshot that expires: its clock is read on every apply. */
static inline bool cp_cache_fresh(const struct cp_snapshot *s,
                                  struct cp_hazard *slot)
{
	int64_t r = atomic_load(&((struct cp_snapshot *)s)->refresh_at_ns);

	if (__builtin_expect(r == CP_NO_TIME, 1))
		return true;
	if (r == 0 || s->expires_at_ns != CP_NO_TIME ||
	    slot->serial != s->serial || slot->left == 0)
		return false;
	slot->left--;
	return true;
}

/* ---- refresh, publish, invalidation (cache.c) ------------------------ */
/* Apply's slow path: resolve on first use, after new input, or when *sp
 * (held in *slot, or NULL) is due.  On success *sp is held in *slot; on
 * failure no slot is held.  Takes ctx->lock when it resolves. */
int cp_cache_refresh(struct credplug_ctx *ctx, struct cp_snapshot **sp,
                     struct cp_hazard **slot);
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
