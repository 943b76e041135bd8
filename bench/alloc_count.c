/* Counting allocator for the benches (see alloc_count.h). */
#include <stdatomic.h>
#include <stddef.h>

#include "alloc_count.h"

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
static atomic_long n_alloc;

__attribute__((visibility("default"))) void *malloc(size_t n)
{
	atomic_fetch_add_explicit(&n_alloc, 1, memory_order_relaxed);
	return __libc_malloc(n);
}

__attribute__((visibility("default"))) void *calloc(size_t a, size_t b)
{
	atomic_fetch_add_explicit(&n_alloc, 1, memory_order_relaxed);
	return __libc_calloc(a, b);
}

__attribute__((visibility("default"))) void *realloc(void *p, size_t n)
{
	atomic_fetch_add_explicit(&n_alloc, 1, memory_order_relaxed);
	return __libc_realloc(p, n);
}

long bench_allocs(void)
{
	return atomic_load(&n_alloc);
}
