/*
 * Issue 10, finding #14: where secret copies live.  The kernel's own view
 * (/proc/self/smaps VmFlags, mincore) says whether the pages holding the
 * context's copies are left out of core dumps (`dd`) and locked (`lo`);
 * CREDPLUG_FLAG_DUMPABLE_SECRETS is the control.  Also: chunks are wiped
 * on free, a refused mapping is CREDPLUG_ENOMEM, the allocator hook never
 * holds a value, and threads share a context's slab.
 */
#include "cp_test.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fields.h"
#include "helpers.h"
#include "internal.h"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define T_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define T_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif
#ifdef T_SANITIZED
static const bool sanitized = true;
#else
static const bool sanitized = false;
#endif

#define CFG "{'providers':[{'use':'explicit'}]}"

/* The VmFlags of the mapping holding `p`, e.g. "rd wr mr mw me dd lo". */
static void vm_flags(const void *p, char *out, size_t cap)
{
	FILE *f = fopen("/proc/self/smaps", "r");
	char line[512];
	bool here = false;

	assert_non_null(f);
	out[0] = '\0';
	while (fgets(line, sizeof(line), f) != NULL) {
		unsigned long lo, hi;

		if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2 &&
		    strchr(line, '-') < strchr(line, ' '))
			here = (uintptr_t)p >= lo && (uintptr_t)p < hi;
		else if (here && strncmp(line, "VmFlags:", 8) == 0)
			snprintf(out, cap, "%s", line + 8);
	}
	fclose(f);
	if (out[0] == '\0')
		fail_msg("no mapping in /proc/self/smaps holds %p", p);
}

static bool has_flag(const char *flags, const char *want)
{
	char pad[520];

	snprintf(pad, sizeof(pad), " %s ", flags);
	pad[strcspn(pad, "\n")] = ' ';
	return strstr(pad, want) != NULL;
}

/* A value long enough to need a mapping of its own (over 1 KiB). */
static char *long_value(void)
{
	static char v[1501];

	/* Filled before any thread starts; read-only afterwards. */
	if (v[0] == '\0')
		for (size_t i = 0; i < sizeof(v) - 1; i++)
			v[i] = (char)('a' + i % 26);
	return v;
}

/* Every secret copy the context holds after a resolve. */
static size_t secret_copies(struct credplug_ctx *ctx, const char **out)
{
	struct cp_set *s = atomic_load(&ctx->current);
	size_t n = 0;

	assert_non_null(s);
	for (int f = 0; f < CREDPLUG_FIELD_COUNT; f++) {
		if (!cp_fields[f].secret)
			continue;
		if (ctx->explicit_v[f].value != NULL)
			out[n++] = ctx->explicit_v[f].value;
		if (s->f[f].value != NULL)
			out[n++] = s->f[f].value;
		if (ctx->inst[0].last[f].value != NULL)
			out[n++] = ctx->inst[0].last[f].value;
		if (s->prefixed[f] != NULL) /* "Bearer <pat>" */
			out[n++] = s->prefixed[f];
	}
	return n;
}

static struct credplug_ctx *resolved(uint32_t flags)
{
	struct credplug_ctx *ctx = t_ctx(CFG, flags);

	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_PAT, long_value()), 0);
	assert_int_equal(credplug_resolve(ctx), 0);
	return ctx;
}

static void sec14_smaps_marks_secret_pages(void **state)
{
	const char *p[16];
	char fl[512];
	struct credplug_ctx *ctx;
	size_t n;

	(void)state;
	t_clear_env();
	/* Control: ordinary heap memory is dumped. */
	ctx = resolved(CREDPLUG_FLAG_DUMPABLE_SECRETS);
	n = secret_copies(ctx, p);
	assert_int_equal(n, 7);
	for (size_t i = 0; i < n; i++) {
		vm_flags(p[i], fl, sizeof(fl));
		if (has_flag(fl, " dd "))
			fail_msg("control: heap copy %zu already dd: %s", i,
			         fl);
	}
	credplug_ctx_free(ctx);

	ctx = resolved(0);
	n = secret_copies(ctx, p);
	assert_int_equal(n, 7);
	for (size_t i = 0; i < n; i++) {
		vm_flags(p[i], fl, sizeof(fl));
		if (!has_flag(fl, " dd "))
			fail_msg("copy %zu is on a dumped page: %s", i, fl);
		/* mlock is best effort; as root it cannot be refused (the
		 * sanitizers make mlock a no-op). */
		if (geteuid() == 0 && !sanitized && !has_flag(fl, " lo "))
			fail_msg("copy %zu is not locked: %s", i, fl);
	}
	credplug_ctx_free(ctx);
}

/* Reads bytes the slab owns, whatever ASan thinks of them. */
static bool all_zero(const char *p, size_t n)
{
	bool z = true;

#if defined(__SANITIZE_ADDRESS__)
	assert_true(__asan_address_is_poisoned(p)); /* use after free: caught */
	ASAN_UNPOISON_MEMORY_REGION(p, n);
#endif
	for (size_t i = 0; i < n; i++)
		z = z && p[i] == 0;
#if defined(__SANITIZE_ADDRESS__)
	ASAN_POISON_MEMORY_REGION(p, n);
#endif
	return z;
}

static void sec14_slab_wipes_on_free(void **state)
{
	struct credplug_ctx *ctx;
	const char *small, *big;
	unsigned char vec;
	long page = sysconf(_SC_PAGESIZE);

	(void)state;
	t_clear_env();
	ctx = t_ctx(CFG, 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_PAT, long_value()), 0);
	small = ctx->explicit_v[CREDPLUG_API_KEY].value;
	big = ctx->explicit_v[CREDPLUG_PAT].value;
	assert_memory_equal(small, CANARY_API, strlen(CANARY_API));
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_APP), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_PAT, NULL), 0);
	/* A chunk goes back to its run wiped; a large block is unmapped. */
	assert_true(all_zero(small, strlen(CANARY_API) + 1));
	errno = 0;
	assert_int_equal(
	        mincore((void *)((uintptr_t)big & ~(uintptr_t)(page - 1)),
	                (size_t)page, &vec),
	        -1);
	assert_int_equal(errno, ENOMEM);
	credplug_ctx_free(ctx);
}

/* Pages of address space in use (the first field of statm). */
static unsigned long pages_now(void)
{
	unsigned long pages = 0;
	FILE *f = fopen("/proc/self/statm", "r");

	if (f == NULL || fscanf(f, "%lu", &pages) != 1)
		_exit(20);
	fclose(f);
	return pages;
}

/* With no address space left for a new page, a secret copy fails with
 * CREDPLUG_ENOMEM and the message says so; nothing else breaks. */
static void sec14_secret_oom_returns_enomem(void **state)
{
	int st = 0;
	pid_t pid;

	(void)state;
	if (sanitized)
		skip(); /* their runtimes need address space of their own */
	t_clear_env();
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct credplug_ctx *ctx = t_ctx(CFG, 0);
		struct rlimit rl = {RLIM_INFINITY, RLIM_INFINITY};
		int rc;

		rl.rlim_cur =
		        pages_now() * (unsigned long)sysconf(_SC_PAGESIZE);
		if (setrlimit(RLIMIT_AS, &rl) != 0)
			_exit(21);
		rc = credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API);
		if (rc != CREDPLUG_ENOMEM)
			_exit(22);
		if (strcmp(credplug_errmsg(ctx), "out of memory") != 0)
			_exit(23);
		rl.rlim_cur = RLIM_INFINITY;
		if (setrlimit(RLIMIT_AS, &rl) != 0 ||
		    credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API) != 0 ||
		    credplug_set(ctx, CREDPLUG_PAT, long_value()) != 0)
			_exit(24);
		/* The resolve copies the long value into a mapping of its
		 * own: refused, the resolve fails and publishes nothing. */
		rl.rlim_cur =
		        pages_now() * (unsigned long)sysconf(_SC_PAGESIZE);
		if (setrlimit(RLIMIT_AS, &rl) != 0)
			_exit(21);
		rc = credplug_resolve(ctx);
		if (rc != CREDPLUG_ENOMEM || atomic_load(&ctx->current) != NULL)
			_exit(25);
		rl.rlim_cur = RLIM_INFINITY;
		if (setrlimit(RLIMIT_AS, &rl) != 0 ||
		    credplug_resolve(ctx) != 0)
			_exit(26);
		credplug_ctx_free(ctx);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
		fail_msg("child status 0x%x (exit 22: set not ENOMEM, 23: "
		         "message, 25: resolve not ENOMEM)",
		         st);
}

/* ---- the allocator hook never sees a value ------------------------------ */

struct block {
	struct block *next, *prev;
	size_t size;
	max_align_t pad;
};

static struct block *blocks;

static void *rec_malloc(size_t n, void *ud)
{
	/* Zeroed, so scanning a whole block reads defined bytes (valgrind). */
	struct block *b = calloc(1, sizeof(*b) + n);

	(void)ud;
	if (b == NULL)
		return NULL;
	b->size = n;
	b->prev = NULL;
	b->next = blocks;
	if (blocks != NULL)
		blocks->prev = b;
	blocks = b;
	return b + 1;
}

static void rec_free(void *p, void *ud)
{
	struct block *b = (struct block *)p - 1;

	(void)ud;
	if (b->prev != NULL)
		b->prev->next = b->next;
	else
		blocks = b->next;
	if (b->next != NULL)
		b->next->prev = b->prev;
	free(b);
}

/* Live hook blocks holding `v`. */
static int hook_hits(const char *v)
{
	int hits = 0;

	for (struct block *b = blocks; b != NULL; b = b->next)
		hits += memmem(b + 1, b->size, v, strlen(v)) != NULL;
	return hits;
}

static int hook_run(uint32_t flags)
{
	struct credplug_allocator al = {sizeof(al), rec_malloc, rec_free, 0};
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;
	char *cfg = t_json(CFG);
	int hits;

	o.config_json = cfg;
	o.provider_dir = CP_TEST_PROVIDER_DIR;
	o.flags = flags | CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.allocator = &al;
	assert_int_equal(credplug_ctx_new(&ctx, &o), 0);
	free(cfg);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	assert_int_equal(credplug_resolve(ctx), 0);
	hits = hook_hits(CANARY_API);
	credplug_ctx_free(ctx);
	assert_null(blocks);
	return hits;
}

static void sec14_hook_memory_holds_no_secret(void **state)
{
	(void)state;
	t_clear_env();
	/* Control: explicit copy, instance's last result, snapshot. */
	assert_int_equal(hook_run(CREDPLUG_FLAG_DUMPABLE_SECRETS), 3);
	assert_int_equal(hook_run(0), 0);
}

/* ---- threads ------------------------------------------------------------- */

#define N_THREADS 4
#define ROUNDS    300

static const char *const values[] = {CANARY_API, CANARY_APP, CANARY_PAT};

struct worker {
	struct credplug_ctx *ctx;
	int field;
	int bad;
};

static bool known_value(const char *v)
{
	if (strncmp(v, "Bearer ", 7) == 0)
		v += 7;
	for (size_t i = 0; i < 3; i++)
		if (strcmp(v, values[i]) == 0)
			return true;
	return strcmp(v, long_value()) == 0;
}

/* credplug_set allocates outside the context lock, resolve inside it. */
static void *work(void *arg)
{
	struct worker *w = arg;
	struct credplug_collect c;

	for (int i = 0; i < ROUNDS; i++) {
		const char *v = i % 5 == 4 ? long_value() : values[i % 3];

		if (credplug_set(w->ctx, w->field, v) != 0 ||
		    (i % 7 == 0 && credplug_resolve(w->ctx) != 0))
			w->bad++;
		if (t_apply(w->ctx, T_URL, T_ALL, &c) != 0)
			w->bad++;
		for (size_t h = 0; h < c.count; h++)
			w->bad += !known_value(c.headers[h].value);
		credplug_collect_wipe(&c);
	}
	return NULL;
}

static void sec14_slab_threads(void **state)
{
	struct credplug_ctx *shared, *own[2];
	struct worker w[N_THREADS];
	pthread_t t[N_THREADS];

	(void)state;
	t_clear_env();
	(void)long_value();
	shared = t_ctx(CFG, 0);
	own[0] = t_ctx(CFG, 0);
	own[1] = t_ctx(CFG, 0);
	for (int i = 0; i < N_THREADS; i++) {
		/* Two threads share a context, two have one each. */
		w[i].ctx = i < 2 ? shared : own[i - 2];
		w[i].field = i % 3;
		w[i].bad = 0;
		assert_int_equal(pthread_create(&t[i], NULL, work, &w[i]), 0);
	}
	for (int i = 0; i < N_THREADS; i++) {
		pthread_join(t[i], NULL);
		assert_int_equal(w[i].bad, 0);
	}
	credplug_ctx_free(shared);
	credplug_ctx_free(own[0]);
	credplug_ctx_free(own[1]);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(sec14_smaps_marks_secret_pages),
        cmocka_unit_test(sec14_slab_wipes_on_free),
        cmocka_unit_test(sec14_secret_oom_returns_enomem),
        cmocka_unit_test(sec14_hook_memory_holds_no_secret),
        cmocka_unit_test(sec14_slab_threads),
};

CP_TEST_MAIN("core_secmem", tests, NULL, NULL)
