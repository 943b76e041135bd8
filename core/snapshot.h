/*
 * The snapshot cache's hot path: its types and the inline read side apply
 * runs (docs/architecture.md, "Cache"); the rest of its functions are
 * cache.h's.  Only snapshot.c and cache.c write the state below.
 */
#ifndef CREDPLUG_CORE_SNAPSHOT_H
#define CREDPLUG_CORE_SNAPSHOT_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "credplug/types.h"
#include "field.h"

#define CP_HAZARD_SLOTS 64
#define CP_NO_TIME      INT64_MAX

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
	/* CP_NO_TIME: never; 0: resolve now.  The one mutable member: an
	 * unchanged resolve reschedules instead of publishing a copy. */
	_Atomic int64_t refresh_at_ns;
	/* What apply sends, by field (the table's order), precomputed by
	 * cp_snapshot_finish; auth 0: not sent (no value, or no header). */
	uint32_t hdr_auth; /* every scheme some hdr[] answers */
	struct cp_header hdr[CREDPLUG_FIELD_COUNT];
	/* secret copies of "<prefix><value>" ("Bearer <pat>"), or NULL */
	char *prefixed[CREDPLUG_FIELD_COUNT];
	int64_t expires_at_ns;   /* earliest expiry, CP_NO_TIME: never */
	int64_t resolved_at_ns;  /* wall clock, for explain */
	_Atomic uint64_t serial; /* for slot grants; renumbered: void */
	const char *site;        /* f[SITE].value or the default */
	char origin[300];        /* "https://api.<site>", apply's fast path */
	size_t origin_len;
	struct cp_snapshot *retired_next;
};

/* One per cache line: hazard[0..CP_HAZARD_SLOTS-1] protect an applier's
 * snapshot each, hazard[CP_HAZARD_SLOTS] (`shared`) counts the others and
 * has no grant.  The grant (left...checked_ns) is p's holder's. */
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

/* ctx->cache (docs/architecture.md names each member's one writer). */
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

/* ---- the read side: hazard pointers, inline for the apply hot path ---
 * A thread probes from the page number of its stack (no TLS: dlopen-safe),
 * claiming a slot with one compare-and-swap; with every slot busy it is
 * counted in the shared slot: it never waits for a sink to return. */
static inline unsigned cp_slot_hint(void)
{
	char here;

	return (unsigned)((uintptr_t)&here >> 12) % CP_HAZARD_SLOTS;
}

/* A snapshot and its slot (s NULL: none held), by value: in registers. */
struct cp_held {
	struct cp_snapshot *s;
	struct cp_hazard *slot;
};

/* Cold: acquire's probe on from slot `h`, then the shared slot. */
struct cp_held cp_cache_acquire_probe(struct cp_cache *c, unsigned h);

/* The current snapshot, held until cp_cache_release; .s NULL: nothing
 * published, no slot held.  The probe loop is out of line. */
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

/* Lets go of what cp_cache_acquire held. */
static inline void cp_cache_release(struct cp_hazard *slot)
{
	if (__builtin_expect(slot->shared, 0))
		atomic_fetch_sub(&slot->readers, 1);
	else
		atomic_store_explicit(&slot->p, NULL, memory_order_release);
}

/* May the held snapshot be applied without cp_cache_refresh?  For the
 * applies its slot was granted by the slow path (cache.c, grant): all, a
 * few between rechecks, or none if it expires; renumbering voids them. */
static inline bool cp_cache_fresh(struct cp_held h)
{
	struct cp_hazard *slot = h.slot;

	return slot->serial == atomic_load_explicit(&h.s->serial,
	                                            memory_order_relaxed) &&
	       --slot->left >= 0;
}

/* Apply's slow path (cache.c): resolves on first use, after new input, or
 * when h.s (may be NULL) is due; returns the snapshot to apply, held, or
 * .s NULL (no slot held) and *rc.  Takes ctx->lock when it resolves. */
struct cp_held cp_cache_refresh(struct credplug_ctx *ctx, struct cp_held h,
                                int *rc);
/* The same, no I/O, no lock: CREDPLUG_EWOULDBLOCK where it would resolve. */
struct cp_held cp_cache_refresh_nowait(struct credplug_ctx *ctx,
                                       struct cp_held h, int *rc);

#endif
