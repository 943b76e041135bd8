/*
 * The allocator hook: the caller's malloc/free pair, or the C library's.
 * Everything the core allocates outside the secret slab goes through here,
 * the slab's own bookkeeping included (so slab.c calls this, not secmem.c).
 */
#include <stdlib.h>
#include <string.h>

#include "memory.h"

static void *default_malloc(size_t n, void *ud)
{
	(void)ud;
	return malloc(n);
}

static void default_free(void *p, void *ud)
{
	(void)ud;
	free(p);
}

void cp_alloc_init(struct cp_alloc *a, const struct credplug_allocator *user)
{
	if (user != NULL && user->struct_size >= CREDPLUG_ALLOCATOR_V0_1_SIZE &&
	    user->malloc_fn != NULL && user->free_fn != NULL) {
		a->malloc_fn = user->malloc_fn;
		a->free_fn = user->free_fn;
		a->ud = user->user_data;
		a->slab = NULL;
		return;
	}
	a->malloc_fn = default_malloc;
	a->free_fn = default_free;
	a->ud = NULL;
	a->slab = NULL;
}

void *cp_malloc(const struct cp_alloc *a, size_t n)
{
	return a->malloc_fn(n ? n : 1, a->ud);
}

void *cp_calloc(const struct cp_alloc *a, size_t n)
{
	void *p = cp_malloc(a, n);

	if (p != NULL)
		memset(p, 0, n);
	return p;
}

void cp_free(const struct cp_alloc *a, void *p)
{
	if (p != NULL)
		a->free_fn(p, a->ud);
}

static char *cp_strndup(const struct cp_alloc *a, const char *s, size_t n)
{
	char *d = cp_malloc(a, n + 1);

	if (d == NULL)
		return NULL;
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *cp_strdup(const struct cp_alloc *a, const char *s)
{
	return s == NULL ? NULL : cp_strndup(a, s, strlen(s));
}
