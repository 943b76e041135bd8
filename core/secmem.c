/*
 * Secret copies that know their length so they can be wiped (kept in the
 * context's slab, slab.c, unless the context has
 * CREDPLUG_FLAG_DUMPABLE_SECRETS, then from the allocator hook, alloc.c).
 */
#include <string.h>

#include "memory.h"

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
