/*
 * bench_file: cost of the file provider when nothing changed.
 *
 *   resolve/unchanged  credplug_resolve() with a file-only chain whose file
 *                      is unchanged: one stat, no read, no parse (target
 *                      <= 2 us/op, issue 3)
 *   resolve/dir        same for a 4-file secret directory (5 stats)
 *   apply/warm         credplug_apply() between rechecks: no I/O
 *
 * Usage: bench_file PROVIDER_DIR [iterations]
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "credplug/credplug.h"

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

	if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text)) {
		perror(path);
		exit(1);
	}
	close(fd);
}

static struct credplug_ctx *make_ctx(const char *provider_dir, const char *json)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;
	char err[512] = "";

	o.config_json = json;
	o.provider_dir = provider_dir;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	if (credplug_ctx_new(&ctx, &o) != CREDPLUG_OK ||
	    credplug_resolve(ctx) != CREDPLUG_OK) {
		fprintf(stderr, "setup failed: %s%s\n", err,
		        ctx ? credplug_errmsg(ctx) : "");
		exit(1);
	}
	return ctx;
}

static void bench_resolve(const char *name, struct credplug_ctx *ctx, long n)
{
	double t0 = now_s();

	for (long i = 0; i < n; i++)
		if (credplug_resolve(ctx) != CREDPLUG_OK) {
			fprintf(stderr, "%s: %s\n", name, credplug_errmsg(ctx));
			exit(1);
		}
	printf("%-20s %10.1f ns/op  (%ld ops)\n", name,
	       (now_s() - t0) * 1e9 / (double)n, n);
}

/* Counts headers without copying them: measures apply, not the sink. */
static int count_header(void *user_data, const char *name, const char *value)
{
	(void)name;
	(void)value;
	(*(long *)user_data)++;
	return 0;
}

static void bench_apply(struct credplug_ctx *ctx, long n)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_sink sink = CREDPLUG_SINK_INIT;
	long headers = 0;
	double t0;

	req.url =
	        "https://api.datadoghq.eu/api/v1/validate"; /* the site's API */
	req.auth = CREDPLUG_AUTH_ALL;
	sink.add_header = count_header;
	sink.user_data = &headers;
	t0 = now_s();
	for (long i = 0; i < n; i++)
		if (credplug_apply(ctx, &req, &sink) != CREDPLUG_OK) {
			fprintf(stderr, "apply: %s\n", credplug_errmsg(ctx));
			exit(1);
		}
	printf("%-20s %10.1f ns/op  (%ld ops, %ld headers)\n", "apply/warm",
	       (now_s() - t0) * 1e9 / (double)n, n, headers);
}

int main(int argc, char **argv)
{
	char dir[] = "/tmp/bench-file-XXXXXX", path[256], json[1024];
	const char *names[] = {"api_key", "app_key", "pat", "site"};
	const char *vals[] = {"bench-api-key-0123456789abcdef\n",
	                      "bench-app-key-0123456789abcdef\n",
	                      "bench-pat-0123456789abcdef\n", "datadoghq.eu\n"};
	long n = argc > 2 ? strtol(argv[2], NULL, 10) : 200000;
	struct credplug_ctx *ctx;

	if (argc < 2 || n <= 0 || mkdtemp(dir) == NULL) {
		fprintf(stderr,
		        "usage: bench_file PROVIDER_DIR [iterations]\n");
		return 2;
	}
	snprintf(path, sizeof(path), "%s/credentials.json", dir);
	write_file(path,
	           "{\"default\": {\"api_key\": \"bench-api-key-0123456789"
	           "abcdef\", \"app_key\": \"bench-app-key-0123456789abcdef\", "
	           "\"pat\": \"bench-pat-0123456789abcdef\", \"site\": "
	           "\"datadoghq.eu\"}}\n");
	snprintf(json, sizeof(json),
	         "{\"providers\": [{\"use\": \"file\", "
	         "\"path\": \"%s\", \"recheck_ms\": 86400000}]}",
	         path);
	ctx = make_ctx(argv[1], json);
	bench_resolve("resolve/unchanged", ctx, n);
	bench_apply(ctx, n);
	credplug_ctx_free(ctx);
	unlink(path);

	snprintf(path, sizeof(path), "%s/s", dir);
	mkdir(path, 0700);
	for (int i = 0; i < 4; i++) {
		char p[300];
		snprintf(p, sizeof(p), "%s/s/%s", dir, names[i]);
		write_file(p, vals[i]);
	}
	snprintf(json, sizeof(json),
	         "{\"providers\": [{\"use\": \"file\", "
	         "\"dir\": \"%s/s\"}]}",
	         dir);
	ctx = make_ctx(argv[1], json);
	bench_resolve("resolve/dir", ctx, n);
	credplug_ctx_free(ctx);
	for (int i = 0; i < 4; i++) {
		char p[300];
		snprintf(p, sizeof(p), "%s/s/%s", dir, names[i]);
		unlink(p);
	}
	rmdir(path);
	rmdir(dir);
	return 0;
}
