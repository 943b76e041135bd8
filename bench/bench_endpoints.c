/*
 * Endpoint table lookups: credplug_auth_for() over every operation of the
 * Datadog API, each template instantiated as a full URL.
 *
 *   bench_endpoints [TSV] [rounds]
 *
 * TSV defaults to ../shared/reference/datadog-operations.tsv beside the
 * source tree.  Prints CPU ns per lookup for the known URLs, for the same
 * URLs with a query string, and for one segment more than each operation
 * (mostly unknown paths), and the heap allocations per lookup (every
 * malloc in the process is counted).  For instruction counts:
 *   valgrind --tool=callgrind bench_endpoints TSV 2
 * and divide credplug_auth_for's inclusive count by 3 x 3 x 1758.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <credplug/credplug.h>

#include "alloc_count.h"

#define MAX_OPS 4096
#define URL_MAX 512

struct req {
	char method[8];
	char url[URL_MAX];
};

static struct req reqs[MAX_OPS];
static size_t n_reqs;

/* CPU time of this thread: the machine is shared, and a lookup neither
 * sleeps nor does I/O, so time off the CPU is not the lookup's. */
static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* base + tmpl with each {name} replaced by a sample id, + tail. */
static void build(char *out, const char *base, const char *tmpl,
                  const char *tail)
{
	size_t n = (size_t)snprintf(out, URL_MAX, "%s", base);

	for (const char *p = tmpl; *p && n + 40 < URL_MAX; p++) {
		if (*p == '{' && strchr(p, '}')) {
			n += (size_t)snprintf(out + n, URL_MAX - n,
			                      "0f3c2a1e-77b4");
			p = strchr(p, '}');
		} else {
			out[n++] = *p;
			out[n] = '\0';
		}
	}
	snprintf(out + n, URL_MAX - n, "%s", tail);
}

static void load(const char *tsv)
{
	char line[1024];
	FILE *f = fopen(tsv, "r");

	if (f == NULL) {
		fprintf(stderr, "bench_endpoints: cannot open %s\n", tsv);
		exit(1);
	}
	while (fgets(line, sizeof(line), f) != NULL && n_reqs < MAX_OPS) {
		char *method = line, *path, *tab;

		tab = strchr(line, '\t'); /* version */
		if (tab == NULL || strncmp(line, "version", 7) == 0)
			continue;
		method = tab + 1;
		path = strchr(method, '\t');
		if (path == NULL)
			continue;
		*path++ = '\0';
		path[strcspn(path, "\t\r\n")] = '\0';
		snprintf(reqs[n_reqs].method, sizeof(reqs[0].method), "%s",
		         method);
		build(reqs[n_reqs].url, "https://api.datadoghq.com", path, "");
		n_reqs++;
	}
	fclose(f);
}

/* ns per lookup over every request, `rounds` times; *found counts OK. */
static double run(int rounds, size_t *found, long *allocs)
{
	volatile uint32_t sink = 0;
	long a0 = bench_allocs();
	double t0 = now_s();

	*found = 0;
	for (int r = 0; r < rounds; r++)
		for (size_t i = 0; i < n_reqs; i++) {
			uint32_t mask;

			if (credplug_auth_for(reqs[i].method, reqs[i].url,
			                      &mask) == CREDPLUG_OK)
				(*found)++;
			sink ^= mask;
		}
	*allocs = bench_allocs() - a0;
	(void)sink;
	return (now_s() - t0) * 1e9 / ((double)rounds * (double)n_reqs);
}

static void report(const char *what, int rounds)
{
	size_t found;
	long allocs;
	double ns;

	run(1, &found, &allocs); /* warm-up */
	ns = run(rounds, &found, &allocs);
	printf("%-34s %7.1f ns/lookup  %zu/%zu found  %.2f allocations/"
	       "lookup\n",
	       what, ns, found / (size_t)rounds, n_reqs,
	       (double)allocs / ((double)rounds * (double)n_reqs));
}

int main(int argc, char **argv)
{
	const char *tsv = argc > 1 ? argv[1]
	                           : BENCH_SOURCE_DIR "/../shared/reference/"
	                                              "datadog-operations.tsv";
	int rounds = argc > 2 ? (int)strtol(argv[2], NULL, 10) : 200;

	if (rounds < 1)
		rounds = 1;
	load(tsv);
	printf("%zu operations from %s, %d rounds\n", n_reqs, tsv, rounds);
	report("known URLs", rounds);
	for (size_t i = 0; i < n_reqs; i++) {
		size_t n = strlen(reqs[i].url);

		snprintf(reqs[i].url + n, URL_MAX - n,
		         "?page%%5Bsize%%5D=100&filter=env:prod#x");
	}
	report("known URLs + query and fragment", rounds);
	for (size_t i = 0; i < n_reqs; i++) {
		char *q = strchr(reqs[i].url, '?');

		/* one segment more than the operation: the whole walk, then a
		 * miss (a newer operation the table lacks) */
		snprintf(q, URL_MAX - (size_t)(q - reqs[i].url), "/zz-new");
	}
	report("one segment more (mostly unknown)", rounds);
	return 0;
}
