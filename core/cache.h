/*
 * The snapshot cache, all but its hot path (snapshot.h has that): the
 * snapshot object and the cache's lifetime (snapshot.c); resolve, publish,
 * invalidation (cache.c).  Functions named _locked need ctx->lock.
 */
#ifndef CREDPLUG_CORE_CACHE_H
#define CREDPLUG_CORE_CACHE_H

#include <stdatomic.h>
#include <stdint.h>

#include "snapshot.h"

struct cp_alloc;
struct credplug_ctx;

/* Most applies a thread makes from its slot between two clock reads, for a
 * snapshot that does not expire (cp_cache_fresh). */
#define CP_GRANT_MAX 64
/* The grant for a snapshot that never refreshes: no clock to read. */
#define CP_GRANT_FOREVER INT32_MAX

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

/* ---- lifetime (snapshot.c) ------------------------------------------- */
/* The current snapshot or NULL; valid while the caller holds ctx->lock
 * (only the lock's holders retire snapshots). */
static inline const struct cp_snapshot *
cp_cache_current_locked(struct cp_cache *c)
{
	return atomic_load(&c->current);
}
/* Sets up an empty cache (CREDPLUG_ENOMEM). */
int cp_cache_init(struct cp_cache *c, const struct cp_alloc *a);
/* Frees every snapshot and the slots; no applier may be left. */
void cp_cache_free(struct cp_cache *c, const struct cp_alloc *a);
/* cache.c only: makes `s` current (owning it) and retires the old one. */
void cp_cache_swap_locked(struct cp_cache *c, const struct cp_alloc *a,
                          struct cp_snapshot *s);

/* ---- resolve, publish, invalidation (cache.c) ------------------------ */
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
