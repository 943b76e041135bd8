/*
 * Core benchmarks: warm apply, resolve, context creation, thread scaling.
 *
 *   bench_core [case] [iterations]
 *
 * Cases: apply, apply_default, headers, resolve, resolve_default, ctx_new,
 * threads, all (default).  Prints ns/op and heap allocations/op (every malloc
 * in the process is counted, third-party libraries included).  The `_only`
 * cases run one operation N times and print nothing, for callgrind
 * (bench/callgrind.sh divides the counts by N):
 *   apply_only          warm apply, explicit + env, no scheme: no header,
 *                       so it measures the checks and the snapshot read
 *   apply_headers_only  the same with every scheme (CREDPLUG_AUTH_ALL):
 *                       three headers, three sink calls
 *   apply_default_only  warm apply (no scheme), default chain, credentials
 *                       file present
 *   resolve_only        resolve explicit + env, values unchanged
 *   headers_buf_only    credplug_headers_buf, three headers, NOWAIT (a
 *                       binding's per-request call)
 *   headers_json_only   credplug_headers + credplug_headers_free, the same
 *                       three headers as JSON
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <credplug/credplug.h>

#include "alloc_count.h"

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

/* XDG_CONFIG_HOME with credplug/credentials.json (mode 0600) giving the
 * site: the default chain's file provider finds it and asks for rechecks.
 * Returns the directory to remove. */
static char *saved_xdg;

static char *credentials_home(void)
{
	static char dir[] = "/tmp/bench-core-XXXXXX";
	const char *old = getenv("XDG_CONFIG_HOME");
	char path[128];
	FILE *f;

	saved_xdg = old ? strdup(old) : NULL;
	if (mkdtemp(dir) == NULL)
		return NULL;
	snprintf(path, sizeof(path), "%s/credplug", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/credplug/credentials.json", dir);
	f = fopen(path, "w");
	if (f == NULL || chmod(path, 0600) != 0)
		return NULL;
	fputs("{\"default\": {\"site\": \"datadoghq.com\"}}\n", f);
	fclose(f);
	setenv("XDG_CONFIG_HOME", dir, 1);
	return dir;
}

static void credentials_home_remove(const char *dir)
{
	char path[128];

	snprintf(path, sizeof(path), "%s/credplug/credentials.json", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/credplug", dir);
	rmdir(path);
	rmdir(dir);
	if (saved_xdg != NULL)
		setenv("XDG_CONFIG_HOME", saved_xdg, 1);
	else
		unsetenv("XDG_CONFIG_HOME");
	free(saved_xdg);
}

/* The measured loops, apart so that callgrind can count them alone
 * (--toggle-collect=measured_*): warm-up and set-up stay out. */
__attribute__((noinline)) void
measured_applies(struct credplug_ctx *ctx, const struct credplug_request *r,
                 long iters)
{
	for (long i = 0; i < iters; i++)
		credplug_apply(ctx, r, &sink);
}

__attribute__((noinline)) void measured_resolves(struct credplug_ctx *ctx,
                                                 long iters)
{
	for (long i = 0; i < iters; i++)
		if (credplug_resolve(ctx) != CREDPLUG_OK) {
			fprintf(stderr, "bench: resolve: %s\n",
			        credplug_errmsg(ctx));
			exit(1);
		}
}

/* The foreign callers' per-request calls (docs/bindings.md): the buffer
 * call a binding makes, and the JSON one it replaces. */
__attribute__((noinline)) void measured_headers_buf(struct credplug_ctx *ctx,
                                                    long iters)
{
	static char buf[CREDPLUG_HEADERS_BUF_SIZE];

	for (long i = 0; i < iters; i++)
		if (credplug_headers_buf(ctx, req_all.url, req_all.auth,
		                         CREDPLUG_HEADERS_NOWAIT, buf,
		                         sizeof(buf)) <= 0)
			exit(1);
}

__attribute__((noinline)) void measured_headers_json(struct credplug_ctx *ctx,
                                                     long iters)
{
	char *out;

	for (long i = 0; i < iters; i++) {
		if (credplug_headers(ctx, "GET", req_all.url,
		                     "apiKeyAuth,appKeyAuth,AuthZ",
		                     &out) != CREDPLUG_OK)
			exit(1);
		credplug_headers_free(out);
	}
}

static void bench_headers(long iters, int only, int json)
{
	struct credplug_ctx *ctx = make_ctx(chain2);
	double t0;
	long a0;

	if (credplug_apply(ctx, &req_all, &sink) != CREDPLUG_OK) {
		fprintf(stderr, "bench: apply: %s\n", credplug_errmsg(ctx));
		exit(1);
	}
	a0 = bench_allocs();
	t0 = now_s();
	if (json)
		measured_headers_json(ctx, iters);
	else
		measured_headers_buf(ctx, iters);
	if (!only)
		report(json ? "credplug_headers (JSON, 3 headers)"
		            : "credplug_headers_buf (3 headers, NOWAIT)",
		       iters, now_s() - t0, bench_allocs() - a0);
	credplug_ctx_free(ctx);
}

static void bench_apply(long iters, int only, const char *config,
                        const struct credplug_request *r, const char *name)
{
	struct credplug_ctx *ctx = make_ctx(config);
	double t0;
	long a0;

	if (credplug_apply(ctx, r, &sink) != CREDPLUG_OK) {
		fprintf(stderr, "bench: apply: %s\n", credplug_errmsg(ctx));
		exit(1);
	}
	a0 = bench_allocs();
	t0 = now_s();
	measured_applies(ctx, r, iters);
	if (!only)
		report(name, iters, now_s() - t0, bench_allocs() - a0);
	credplug_ctx_free(ctx);
}

static void bench_apply_default(long iters, int only)
{
	char *home = credentials_home();

	if (home == NULL) {
		perror("bench: credentials file");
		exit(1);
	}
	bench_apply(iters, only, NULL, &req,
	            "warm apply, default chain + file");
	credentials_home_remove(home);
}

static void bench_resolve(long iters, const char *config, const char *name,
                          int only)
{
	struct credplug_ctx *ctx = make_ctx(config);
	double t0;
	long a0;

	credplug_resolve(ctx);
	a0 = bench_allocs();
	t0 = now_s();
	measured_resolves(ctx, iters);
	if (!only)
		report(name, iters, now_s() - t0, bench_allocs() - a0);
	credplug_ctx_free(ctx);
}

static void bench_ctx_new(long iters)
{
	struct credplug_ctx *keep;
	double t0 = now_s();
	long a0 = bench_allocs();

	credplug_ctx_free(make_ctx(NULL)); /* first: dlopen from disk */
	report("ctx_new default chain, first", 1, now_s() - t0,
	       bench_allocs() - a0);
	for (int i = 0; i < 2; i++) { /* cold-ish: modules unloaded each time */
		t0 = now_s();
		credplug_ctx_free(make_ctx(NULL));
		report("ctx_new+free default chain (dlopen)", 1, now_s() - t0,
		       0);
	}
	keep = make_ctx(NULL); /* keeps the modules loaded */
	a0 = bench_allocs();
	t0 = now_s();
	for (long i = 0; i < iters; i++)
		credplug_ctx_free(make_ctx(NULL));
	report("ctx_new+free, modules resident", iters, now_s() - t0,
	       bench_allocs() - a0);
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
		bench_apply(n ? n : 100000, 1, chain2, &req, NULL);
	if (strcmp(what, "apply_headers_only") == 0)
		bench_apply(n ? n : 100000, 1, chain2, &req_all, NULL);
	if (strcmp(what, "apply_default_only") == 0)
		bench_apply_default(n ? n : 100000, 1);
	if (strcmp(what, "resolve_only") == 0)
		bench_resolve(n ? n : 100000, chain2, NULL, 1);
	if (all || strcmp(what, "apply") == 0) {
		bench_apply(n ? n : 10000000, 0, chain2, &req,
		            "warm apply (no scheme, no header)");
		bench_apply(n ? n : 10000000, 0, chain2, &req_all,
		            "warm apply (3 headers, no-op sink)");
	}
	if (strcmp(what, "headers_buf_only") == 0)
		bench_headers(n ? n : 100000, 1, 0);
	if (strcmp(what, "headers_json_only") == 0)
		bench_headers(n ? n : 100000, 1, 1);
	if (all || strcmp(what, "headers") == 0) {
		bench_headers(n ? n : 2000000, 0, 0);
		bench_headers(n ? n : 2000000, 0, 1);
	}
	if (all || strcmp(what, "apply_default") == 0)
		bench_apply_default(n ? n : 10000000, 0);
	if (all || strcmp(what, "resolve") == 0)
		bench_resolve(n ? n : 200000, chain2, "resolve explicit+env",
		              0);
	if (all || strcmp(what, "resolve_default") == 0)
		bench_resolve(n ? n : 20000, NULL, "resolve default chain", 0);
	if (all || strcmp(what, "ctx_new") == 0)
		bench_ctx_new(n ? n : 2000);
	if (all || strcmp(what, "threads") == 0)
		bench_threads(n ? n : 10000000);
	return 0;
}
