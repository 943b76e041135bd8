/*
 * Memory: the allocator hook (alloc.c), secret copies (secmem.c) and
 * their slab (slab.c).
 */
#ifndef CREDPLUG_CORE_MEMORY_H
#define CREDPLUG_CORE_MEMORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "credplug/credplug.h"

struct cp_slab;
struct cp_alloc {
	void *(*malloc_fn)(size_t, void *);
	void (*free_fn)(void *, void *);
	void *ud;
	/* Secret copies live here, out of core dumps; NULL with
	 * CREDPLUG_FLAG_DUMPABLE_SECRETS (then they use the hook). */
	struct cp_slab *slab;
};
/* Takes the caller's allocator hook, or malloc/free when NULL. */
void cp_alloc_init(struct cp_alloc *a, const struct credplug_allocator *user);
/* n bytes from the hook, or NULL. */
void *cp_malloc(const struct cp_alloc *a, size_t n);
/* n zeroed bytes from the hook, or NULL. */
void *cp_calloc(const struct cp_alloc *a, size_t n);
/* Returns p (NULL is ignored) to the hook. */
void cp_free(const struct cp_alloc *a, void *p);
/* A plain copy of s (NULL for NULL or out of memory). */
char *cp_strdup(const struct cp_alloc *a, const char *s);
/* Secret copies carry their length in front so they can be wiped. */
char *cp_secret_dup(const struct cp_alloc *a, const char *s, size_t n);
/* Room for a secret of n bytes (plus the NUL), wiped when freed. */
char *cp_secret_alloc(const struct cp_alloc *a, size_t n);
/* Wipes and frees a secret copy (NULL is ignored). */
void cp_secret_free(const struct cp_alloc *a, char *s);
/* Equal bytes, in a time that depends on the lengths only (inline: every
 * resolve compares each unchanged value once). */
static inline bool cp_ct_equal(const char *a, size_t alen, const char *b,
                               size_t blen)
{
	uint64_t acc = alen != blen;
	size_t n = alen < blen ? alen : blen, i = 0;

	/* No early exit: the time depends on the lengths only; the barrier
	 * keeps the compiler from adding one.  Eight bytes a step. */
	for (; i + 8 <= n; i += 8) {
		uint64_t x, y;

		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		acc |= x ^ y;
		__asm__ volatile("" : "+r"(acc));
	}
	if (i < n && n >= 8) { /* the last 8 bytes, overlapping */
		uint64_t x, y;

		memcpy(&x, a + n - 8, 8);
		memcpy(&y, b + n - 8, 8);
		acc |= x ^ y;
		i = n;
	}
	for (; i < n; i++) {
		acc |= (unsigned char)(a[i] ^ b[i]);
		__asm__ volatile("" : "+r"(acc));
	}
	return acc == 0;
}
/* slab.c: sets up a->slab (CREDPLUG_ENOMEM). */
int cp_slab_new(struct cp_alloc *a);
/* slab.c: wipes and tears down a->slab. */
void cp_slab_free(struct cp_alloc *a);
/* slab.c: a block of n bytes from the slab, or NULL. */
void *cp_slab_alloc(struct cp_slab *s, size_t n);
/* slab.c: wipes block p of n bytes and returns it to the slab. */
void cp_slab_release(struct cp_slab *s, void *p, size_t n);

#endif
