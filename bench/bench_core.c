/*
 * Core benchmarks: warm apply, resolve, context creation, thread scaling.
 *
 *   bench_core [case] [iterations]
 *
 * Cases: apply, resolve, resolve_default, ctx_new, threads, all (default).
 * Prints ns/op and heap allocations/op (every malloc in the process is
 * counted, third-party libraries included).  `apply_only` runs warm apply
 * N times and nothing else, for callgrind:
 *   valgrind --tool=callgrind bench_core apply_only 100000
 * Its request names no security scheme, so no header is added: it measures
 * the checks and the snapshot read.  `apply_headers_only` is the same with
 * every scheme (CREDPLUG_AUTH_ALL): three headers, three sink calls.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <credplug/credplug.h>

/* Count every heap allocation in the process (glibc's real allocator
 * stays underneath). */
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

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int noop(void *ud, const char *name, const char *value)
{
	(void)ud;
	(void)name;
	(void)value;
	return 0;
}

static const char *pdir;

static struct credplug_ctx *make_ctx(const char *config)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx;
	char err[512] = "";

	o.provider_dir = pdir;
	o.config_json = config;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	if (credplug_ctx_new(&ctx, &o) != CREDPLUG_OK) {
		fprintf(stderr, "bench: context: %s\n", err);
		exit(1);
	}
	return ctx;
}

static const char *chain2 =
        "{\"providers\":[{\"use\":\"explicit\"},{\"use\":\"env\"}]}";

static struct credplug_request req = {sizeof(struct credplug_request), "GET",
                                      "https://api.datadoghq.com/api/v2/users",
                                      0};
static struct credplug_request req_all = {
        sizeof(struct credplug_request), "GET",
        "https://api.datadoghq.com/api/v2/users", CREDPLUG_AUTH_ALL};
static struct credplug_sink sink = {sizeof(struct credplug_sink), noop, NULL};

static void report(const char *name, long iters, double secs, long allocs)
{
	printf("%-34s %10.1f ns/op %8.2f allocs/op  (%ld ops)\n", name,
	       secs * 1e9 / (double)iters, (double)allocs / (double)iters,
	       iters);
}

static void bench_apply(long iters, int only, const struct credplug_request *r,
                        const char *name)
{
	struct credplug_ctx *ctx = make_ctx(chain2);
	double t0;
	long a0;

	if (credplug_apply(ctx, r, &sink) != CREDPLUG_OK) {
		fprintf(stderr, "bench: apply: %s\n", credplug_errmsg(ctx));
		exit(1);
	}
	a0 = atomic_load(&n_alloc);
	t0 = now_s();
	for (long i = 0; i < iters; i++)
		credplug_apply(ctx, r, &sink);
	if (!only)
		report(name, iters, now_s() - t0, atomic_load(&n_alloc) - a0);
	credplug_ctx_free(ctx);
}

static void bench_resolve(long iters, const char *config, const char *name)
{
	struct credplug_ctx *ctx = make_ctx(config);
	double t0;
	long a0;

	credplug_resolve(ctx);
	a0 = atomic_load(&n_alloc);
	t0 = now_s();
	for (long i = 0; i < iters; i++)
		if (credplug_resolve(ctx) != CREDPLUG_OK) {
			fprintf(stderr, "bench: resolve: %s\n",
			        credplug_errmsg(ctx));
			exit(1);
		}
	report(name, iters, now_s() - t0, atomic_load(&n_alloc) - a0);
	credplug_ctx_free(ctx);
}

static void bench_ctx_new(long iters)
{
	struct credplug_ctx *keep;
	double t0 = now_s();
	long a0 = atomic_load(&n_alloc);

	credplug_ctx_free(make_ctx(NULL)); /* first: dlopen from disk */
	report("ctx_new default chain, first", 1, now_s() - t0,
	       atomic_load(&n_alloc) - a0);
	for (int i = 0; i < 2; i++) { /* cold-ish: modules unloaded each time */
		t0 = now_s();
		credplug_ctx_free(make_ctx(NULL));
		report("ctx_new+free default chain (dlopen)", 1, now_s() - t0,
		       0);
	}
	keep = make_ctx(NULL); /* keeps the modules loaded */
	a0 = atomic_load(&n_alloc);
	t0 = now_s();
	for (long i = 0; i < iters; i++)
		credplug_ctx_free(make_ctx(NULL));
	report("ctx_new+free, modules resident", iters, now_s() - t0,
	       atomic_load(&n_alloc) - a0);
	credplug_ctx_free(keep);
}

struct worker {
	struct credplug_ctx *ctx;
	long iters;
	atomic_int *stop;
};

static void *applier(void *p)
{
	struct worker *w = p;

	for (long i = 0; i < w->iters; i++)
		credplug_apply(w->ctx, &req, &sink);
	return NULL;
}

static void *rotator(void *p)
{
	struct worker *w = p;
	char v[32];
	long n = 0;

	while (!atomic_load(w->stop)) {
		snprintf(v, sizeof(v), "rotated-key-%08ld", n++);
		credplug_set(w->ctx, CREDPLUG_API_KEY, v);
		credplug_resolve(w->ctx);
		nanosleep(&(struct timespec){0, 1000000}, NULL); /* 1 kHz */
	}
	return NULL;
}

static double run_threads(struct credplug_ctx *ctx, int n, long iters,
                          int rotate)
{
	pthread_t th[8], rt;
	atomic_int stop = 0;
	struct worker w = {ctx, iters, &stop};
	double t0 = now_s(), dt;

	if (rotate)
		pthread_create(&rt, NULL, rotator, &w);
	for (int i = 0; i < n; i++)
		pthread_create(&th[i], NULL, applier, &w);
	for (int i = 0; i < n; i++)
		pthread_join(th[i], NULL);
	dt = now_s() - t0;
	atomic_store(&stop, 1);
	if (rotate)
		pthread_join(rt, NULL);
	return (double)(n * iters) / dt;
}

static void bench_threads(long iters)
{
	struct credplug_ctx *ctx = make_ctx(chain2);
	double one, two, two_rot;

	credplug_apply(ctx, &req, &sink);
	one = run_threads(ctx, 1, iters, 0);
	two = run_threads(ctx, 2, iters, 0);
	two_rot = run_threads(ctx, 2, iters, 1);
	printf("%-34s %10.0f ops/s\n", "apply, 1 thread", one);
	printf("%-34s %10.0f ops/s  (%.2fx)\n", "apply, 2 threads", two,
	       two / one);
	printf("%-34s %10.0f ops/s  (%.2fx)\n", "apply, 2 threads + 1 rotating",
	       two_rot, two_rot / one);
	credplug_ctx_free(ctx);
}

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "all";
	long n = argc > 2 ? strtol(argv[2], NULL, 10) : 0;
	int all = strcmp(what, "all") == 0;

	pdir = getenv("CREDPLUG_BENCH_PROVIDER_DIR");
	if (pdir == NULL)
		pdir = BENCH_PROVIDER_DIR;
	setenv("DD_API_KEY", "0123456789abcdef0123456789abcdef", 1);
	setenv("DD_APP_KEY", "0123456789abcdef0123456789abcdef01234567", 1);
	setenv("DD_BEARER_TOKEN", "ddpat_0123456789abcdef0123456789abcdef", 1);
	if (strcmp(what, "apply_only") == 0)
		bench_apply(n ? n : 100000, 1, &req, NULL);
	if (strcmp(what, "apply_headers_only") == 0)
		bench_apply(n ? n : 100000, 1, &req_all, NULL);
	if (all || strcmp(what, "apply") == 0) {
		bench_apply(n ? n : 10000000, 0, &req,
		            "warm apply (no scheme, no header)");
		bench_apply(n ? n : 10000000, 0, &req_all,
		            "warm apply (3 headers, no-op sink)");
	}
	if (all || strcmp(what, "resolve") == 0)
		bench_resolve(n ? n : 200000, chain2, "resolve explicit+env");
	if (all || strcmp(what, "resolve_default") == 0)
		bench_resolve(n ? n : 20000, NULL, "resolve default chain");
	if (all || strcmp(what, "ctx_new") == 0)
		bench_ctx_new(n ? n : 2000);
	if (all || strcmp(what, "threads") == 0)
		bench_threads(n ? n : 10000000);
	return 0;
}
