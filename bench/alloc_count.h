/*
 * Heap allocations made by the whole process, for the benches: malloc,
 * calloc and realloc are wrapped (glibc's real allocator stays underneath).
 */
#ifndef CP_BENCH_ALLOC_COUNT_H
#define CP_BENCH_ALLOC_COUNT_H

/* Allocations so far; subtract two readings for a count. */
long bench_allocs(void);

#endif
