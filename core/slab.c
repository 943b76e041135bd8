/*
 * Secret memory: a small per-context slab on pages of its own.
 *
 * Every page is marked MADV_DONTDUMP, so the kernel's core dump and gdb's
 * gcore leave it out, and locked in RAM when RLIMIT_MEMLOCK allows (best
 * effort: swap is another copy on disk, but a refused mlock must not stop a
 * program from working).  Blocks up to the largest class are chunks of a
 * one-class run; larger ones get a mapping each.  Bookkeeping lives in the
 * mappings, so the allocator hook sees only struct cp_slab.
 *
 * Not MADV_WIPEONFORK: a pre-forked worker keeps using the context it
 * inherited, and zeroed values under unchanged lengths would go out as
 * broken headers.  DONTDUMP is inherited by the child.
 */
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "memory.h"

#if defined(__SANITIZE_ADDRESS__)
#define CP_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CP_ASAN 1
#endif
#endif
#ifdef CP_ASAN
/* ASan does not see mmap'd chunks: poison what no caller owns. */
#include <sanitizer/asan_interface.h>
#define POISON(p, n)   ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n)   ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#if defined(MADV_DONTDUMP)
#define CP_MADV_NODUMP MADV_DONTDUMP
#elif defined(MADV_NOCORE)
#define CP_MADV_NODUMP MADV_NOCORE /* the BSDs */
#endif

#define MIN_SHIFT 6 /* classes 64, 128, ... 1024 bytes */
#define N_CLASSES 5
#define MAP_HDR   64 /* struct cp_slab_map, rounded: chunks stay aligned */

/* At the start of every mapping: runs and large blocks alike. */
struct cp_slab_map {
	struct cp_slab_map *next, *prev;
	size_t size;
};

struct cp_slab {
	pthread_mutex_t lock; /* credplug_set allocates outside ctx->lock */
	size_t page;
	void *free[N_CLASSES]; /* free chunks, linked through their 1st word */
	struct cp_slab_map *maps;
};

_Static_assert(sizeof(struct cp_slab_map) <= MAP_HDR, "header fits");

static int class_of(size_t n)
{
	for (int c = 0; c < N_CLASSES; c++)
		if (n <= (size_t)1 << (MIN_SHIFT + c))
			return c;
	return -1;
}

static size_t class_size(int c)
{
	return (size_t)1 << (MIN_SHIFT + c);
}

/* A fresh mapping, linked in.  Caller holds s->lock. */
static struct cp_slab_map *map_new(struct cp_slab *s, size_t size)
{
	struct cp_slab_map *m;

	m = mmap(NULL, size, PROT_READ | PROT_WRITE,
	         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		return NULL;
#ifdef CP_MADV_NODUMP
	/* Memory that a dump would include is not secret memory. */
	if (madvise(m, size, CP_MADV_NODUMP) != 0) {
		munmap(m, size);
		return NULL;
	}
#endif
	(void)mlock(m, size);
	m->size = size;
	m->prev = NULL;
	m->next = s->maps;
	if (s->maps != NULL)
		s->maps->prev = m;
	s->maps = m;
	return m;
}

/* Unlinks, wipes and unmaps `m`.  Caller holds s->lock. */
static void map_drop(struct cp_slab *s, struct cp_slab_map *m)
{
	size_t size = m->size;

	if (m->prev != NULL)
		m->prev->next = m->next;
	else
		s->maps = m->next;
	if (m->next != NULL)
		m->next->prev = m->prev;
	UNPOISON(m, size);
	explicit_bzero(m, size);
	munlock(m, size);
	munmap(m, size);
}

/* One run of class `c`: its chunks go on the free list. */
static int add_run(struct cp_slab *s, int c)
{
	size_t cs = class_size(c), size = s->page;
	struct cp_slab_map *m;
	char *p;

	while (size < MAP_HDR + 4 * cs)
		size += s->page;
	m = map_new(s, size);
	if (m == NULL)
		return -1;
	for (p = (char *)m + MAP_HDR; p + cs <= (char *)m + size; p += cs) {
		memcpy(p, &s->free[c], sizeof(void *));
		s->free[c] = p;
		POISON(p, cs);
	}
	return 0;
}

int cp_slab_new(struct cp_alloc *a)
{
	struct cp_slab *s = cp_calloc(a, sizeof(*s));
	long page = sysconf(_SC_PAGESIZE);

	if (s == NULL)
		return CREDPLUG_ENOMEM;
	s->page = page > 0 ? (size_t)page : 4096;
	pthread_mutex_init(&s->lock, NULL);
	a->slab = s;
	return CREDPLUG_OK;
}

/* Unmaps everything, wiped; the context has freed its secrets by now. */
void cp_slab_free(struct cp_alloc *a)
{
	struct cp_slab *s = a->slab;

	if (s == NULL)
		return;
	while (s->maps != NULL)
		map_drop(s, s->maps);
	pthread_mutex_destroy(&s->lock);
	a->slab = NULL;
	cp_free(a, s);
}

void *cp_slab_alloc(struct cp_slab *s, size_t n)
{
	int c = class_of(n);
	struct cp_slab_map *m;
	char *p = NULL;

	if (c < 0 && n > SIZE_MAX - MAP_HDR - s->page)
		return NULL; /* the rounding below would wrap */
	pthread_mutex_lock(&s->lock);
	if (c < 0) {
		m = map_new(s, (MAP_HDR + n + s->page - 1) / s->page * s->page);
		p = m != NULL ? (char *)m + MAP_HDR : NULL;
	} else if (s->free[c] != NULL || add_run(s, c) == 0) {
		p = s->free[c];
		UNPOISON(p, n > sizeof(void *) ? n : sizeof(void *));
		memcpy(&s->free[c], p, sizeof(void *));
		memset(p, 0, sizeof(void *)); /* the rest was wiped on free */
	}
	pthread_mutex_unlock(&s->lock);
	return p;
}

/* `n` is the size given to cp_slab_alloc: it says where `p` came from. */
void cp_slab_release(struct cp_slab *s, void *p, size_t n)
{
	int c = class_of(n);

	if (p == NULL)
		return;
	if (c >= 0) {
		UNPOISON(p, class_size(c));
		explicit_bzero(p, class_size(c));
	}
	pthread_mutex_lock(&s->lock);
	if (c < 0) {
		map_drop(s, (struct cp_slab_map *)((char *)p - MAP_HDR));
	} else {
		memcpy(p, &s->free[c], sizeof(void *));
		s->free[c] = p;
		POISON(p, class_size(c));
	}
	pthread_mutex_unlock(&s->lock);
}
