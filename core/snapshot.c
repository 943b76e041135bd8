/*
 * Snapshots, and their publication without locks on the read side.
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
#include <stdio.h>
#include <string.h>
#include <sys/random.h>

#include "cache.h"
#include "clock.h"
#include "field.h"
#include "fields.h"
#include "memory.h"
#include "snapshot.h"

_Static_assert(sizeof(struct cp_hazard) == 64, "one slot per cache line");

/* ---- the object ------------------------------------------------------ */

struct cp_snapshot *cp_snapshot_new(const struct cp_alloc *a)
{
	struct cp_snapshot *s = cp_calloc(a, sizeof(*s));

	if (s != NULL) {
		s->refresh_at_ns = CP_NO_TIME;
		s->expires_at_ns = CP_NO_TIME;
	}
	return s;
}

void cp_snapshot_free(const struct cp_alloc *a, struct cp_snapshot *s)
{
	if (s == NULL)
		return;
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		cp_field_clear(a, &s->f[i]);
		cp_secret_free(a, s->prefixed[i]);
	}
	explicit_bzero(s, sizeof(*s));
	cp_free(a, s);
}

/* The header field `i` goes out in, if it has a value and a header; a
 * prefixed value ("Bearer <pat>") is built once, in secret memory. */
static int add_header(const struct cp_alloc *a, struct cp_snapshot *s, int i)
{
	const struct cp_field_desc *d = &cp_fields[i];
	const struct cp_field *f = &s->f[i];
	const char *value = f->value;

	if (d->header == NULL || f->value == NULL)
		return CREDPLUG_OK;
	if (d->prefix_len > 0) {
		s->prefixed[i] = cp_secret_alloc(a, d->prefix_len + f->len);
		if (s->prefixed[i] == NULL)
			return CREDPLUG_ENOMEM;
		memcpy(s->prefixed[i], d->prefix, d->prefix_len);
		memcpy(s->prefixed[i] + d->prefix_len, f->value, f->len);
		value = s->prefixed[i];
	}
	s->hdr[i] = (struct cp_header){d->header, value, d->auth};
	s->hdr_auth |= d->auth;
	return CREDPLUG_OK;
}

/* Derive what apply needs so the hot path only reads. */
int cp_snapshot_finish(const struct cp_alloc *a, struct cp_snapshot *s,
                       const char *default_site)
{
	int n;

	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		if (add_header(a, s, i) != CREDPLUG_OK)
			return CREDPLUG_ENOMEM;
	s->site = s->f[CREDPLUG_SITE].value ? s->f[CREDPLUG_SITE].value
	                                    : default_site;
	n = snprintf(s->origin, sizeof(s->origin), "https://api.%s", s->site);
	s->origin_len =
	        (n > 0 && (size_t)n < sizeof(s->origin)) ? (size_t)n : 0;
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		int64_t e = s->f[i].expires_at;

		if (e > 0 && cp_s_to_ns(e) < s->expires_at_ns)
			s->expires_at_ns = cp_s_to_ns(e);
	}
	return CREDPLUG_OK;
}

/* ---- lifetime -------------------------------------------------------- */

static uint64_t seed(const void *salt)
{
	uint64_t v = 0;

	if (getrandom(&v, sizeof(v), GRND_NONBLOCK) != (ssize_t)sizeof(v))
		v = (uint64_t)cp_mono_ns() ^ (uint64_t)(uintptr_t)salt;
	return v | 1; /* xorshift state must not be zero */
}

int cp_cache_init(struct cp_cache *c, const struct cp_alloc *a)
{
	uintptr_t p;

	/* Hazard slots and the shared slot each on a cache line of their
	 * own (one more for the alignment). */
	c->hazard_mem =
	        cp_calloc(a, (CP_HAZARD_SLOTS + 2) * sizeof(struct cp_hazard));
	if (c->hazard_mem == NULL)
		return CREDPLUG_ENOMEM;
	p = ((uintptr_t)c->hazard_mem + 63) & ~(uintptr_t)63;
	c->hazard = (struct cp_hazard *)p;
	c->hazard[CP_HAZARD_SLOTS].shared = true;
	c->rng = seed(c);
	return CREDPLUG_OK;
}

static bool in_use(const struct cp_cache *c, const struct cp_snapshot *s)
{
	if (atomic_load(&c->hazard[CP_HAZARD_SLOTS].readers) != 0)
		return true;
	for (int i = 0; i < CP_HAZARD_SLOTS; i++)
		if (atomic_load(&c->hazard[i].p) == s)
			return true;
	return false;
}

/* Frees retired snapshots no applier holds (all of them when `all`);
 * under ctx->lock, or at teardown when no other thread is left. */
static void reclaim_locked(struct cp_cache *c, const struct cp_alloc *a,
                           bool all)
{
	struct cp_snapshot **pp = &c->retired;

	while (*pp != NULL) {
		struct cp_snapshot *r = *pp;

		if (!all && in_use(c, r)) {
			pp = &r->retired_next;
			continue;
		}
		*pp = r->retired_next;
		cp_snapshot_free(a, r);
	}
}

void cp_cache_free(struct cp_cache *c, const struct cp_alloc *a)
{
	if (c->hazard_mem == NULL)
		return; /* never set up */
	reclaim_locked(c, a, true);
	cp_snapshot_free(a, atomic_load(&c->current));
	atomic_store(&c->current, NULL);
	cp_free(a, c->hazard_mem);
	c->hazard_mem = NULL;
	c->hazard = NULL;
}

/* Caller holds ctx->lock.  Takes ownership of `s`.  Cannot fail. */
void cp_cache_swap_locked(struct cp_cache *c, const struct cp_alloc *a,
                          struct cp_snapshot *s)
{
	struct cp_snapshot *old;

	atomic_store(&s->serial, ++c->published);
	old = atomic_exchange(&c->current, s);
	if (old != NULL) {
		old->retired_next = c->retired;
		c->retired = old;
	}
	reclaim_locked(c, a, false);
}

/* ---- the read side --------------------------------------------------- */

/* Only with every slot held.  Seq-cst order makes this safe: a snapshot
 * this reader loads was still current after its increment, so the writer
 * that retires it sees the count when it decides to free. */
static struct cp_held acquire_shared(struct cp_cache *c)
{
	struct cp_hazard *sh = &c->hazard[CP_HAZARD_SLOTS];
	struct cp_snapshot *s;

	atomic_fetch_add(&sh->readers, 1);
	s = atomic_load(&c->current);
	if (s == NULL) {
		atomic_fetch_sub(&sh->readers, 1);
		return (struct cp_held){NULL, NULL};
	}
	return (struct cp_held){s, sh};
}

struct cp_held cp_cache_acquire_probe(struct cp_cache *c, unsigned h)
{
	unsigned tried = 0;

	for (;;) {
		struct cp_hazard *hz = &c->hazard[h];
		struct cp_snapshot *s =
		        atomic_load_explicit(&c->current, memory_order_acquire);
		struct cp_snapshot *expect = NULL;

		if (s == NULL)
			return (struct cp_held){NULL, NULL};
		if (!atomic_compare_exchange_strong(&hz->p, &expect, s)) {
			if (++tried == CP_HAZARD_SLOTS)
				return acquire_shared(c);
			h = (h + 1) % CP_HAZARD_SLOTS;
			continue;
		}
		if (atomic_load(&c->current) == s)
			return (struct cp_held){s, hz};
		atomic_store_explicit(&hz->p, NULL, memory_order_release);
	}
}
