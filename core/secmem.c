/*
 * Memory: the allocator hook, secret copies that know their length so they
 * can be wiped (kept in the context's slab, slab.c, unless the context has
 * CREDPLUG_FLAG_DUMPABLE_SECRETS), and constant-time comparison.
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

void credplug_wipe(void *p, size_t len)
{
	if (p != NULL && len > 0)
		explicit_bzero(p, len);
}

/* A secret buffer is [size_t len][bytes][NUL]; callers see the bytes.
 * cp_secret_alloc gives a zeroed one of `n` bytes. */
char *cp_secret_alloc(const struct cp_alloc *a, size_t n)
{
	unsigned char *blk;
	size_t total = sizeof(size_t) + n + 1;

	if (n > SIZE_MAX - sizeof(size_t) - 1)
		return NULL;
	blk = a->slab != NULL ? cp_slab_alloc(a->slab, total)
	                      : cp_malloc(a, total);
	if (blk == NULL)
		return NULL;
	memcpy(blk, &n, sizeof(n));
	memset(blk + sizeof(size_t), 0, n + 1);
	return (char *)(blk + sizeof(size_t));
}

char *cp_secret_dup(const struct cp_alloc *a, const char *s, size_t n)
{
	char *d = cp_secret_alloc(a, n);

	if (d != NULL)
		memcpy(d, s, n);
	return d;
}

static size_t cp_secret_len(const char *s)
{
	size_t n;

	memcpy(&n, s - sizeof(size_t), sizeof(n));
	return n;
}

void cp_secret_free(const struct cp_alloc *a, char *s)
{
	char *blk;
	size_t n;

	if (s == NULL)
		return;
	blk = s - sizeof(size_t);
	n = cp_secret_len(s);
	if (a->slab != NULL) {
		cp_slab_release(a->slab, blk, sizeof(size_t) + n + 1);
		return; /* wiped there */
	}
	explicit_bzero(blk, sizeof(size_t) + n + 1);
	cp_free(a, blk);
}
