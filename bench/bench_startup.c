/*
 * bench_startup: two whole commands, run alternately, timed side by side.
 *
 *   bench_startup [-n RUNS] [-w WARMUP] STDIN_A CMD_A... -- STDIN_B CMD_B...
 *
 * Each round runs A then B, or B then A on odd rounds, so neither always
 * follows the other (cache and frequency effects fall on both alike).  A
 * command gets STDIN_x on standard input (opened afresh each run, /dev/null
 * for none), standard output and error on /dev/null, and must exit 0.  CPU
 * time is the child's user + system time from wait4(), which includes
 * every descendant it waited for (git runs a shell and git-credential-store
 * under `git credential fill`).  Prints, per command, the median and mean
 * CPU and wall time, then the ratios A/B of the medians.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

struct cmd {
	const char *in;
	char **argv;
	double *cpu; /* ms per run */
	double *wall;
};

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static double tv_ms(struct timeval tv)
{
	return (double)tv.tv_sec * 1e3 + (double)tv.tv_usec / 1e3;
}

/* Runs one command; its CPU and wall time in ms.  Exits on failure. */
static void run_once(const struct cmd *c, double *cpu, double *wall)
{
	posix_spawn_file_actions_t fa;
	struct rusage ru;
	double t0;
	pid_t pid;
	int status = 0, rc;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, c->in, O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	t0 = now_ms();
	rc = posix_spawnp(&pid, c->argv[0], &fa, NULL, c->argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (rc != 0) {
		fprintf(stderr, "bench_startup: %s: %s\n", c->argv[0],
		        strerror(rc));
		exit(1);
	}
	while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR)
		;
	*wall = now_ms() - t0;
	*cpu = tv_ms(ru.ru_utime) + tv_ms(ru.ru_stime);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "bench_startup: %s exited with status %d\n",
		        c->argv[0], status);
		exit(1);
	}
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static double mean(const double *v, int n)
{
	double s = 0;

	for (int i = 0; i < n; i++)
		s += v[i];
	return s / n;
}

static void report(const char *label, const struct cmd *c, int n, double med[2])
{
	double mc = mean(c->cpu, n), mw = mean(c->wall, n);

	med[0] = median(c->cpu, n);
	med[1] = median(c->wall, n);
	printf("%s: cpu median %.3f ms (mean %.3f), wall median %.3f ms "
	       "(mean %.3f) over %d runs:",
	       label, med[0], mc, med[1], mw, n);
	for (int i = 0; c->argv[i] != NULL; i++)
		printf(" %s", c->argv[i]);
	printf("\n");
}

static int parse_cmd(int argc, char **argv, int i, struct cmd *c)
{
	int start = i;

	if (i + 1 >= argc)
		return -1;
	c->in = argv[i++];
	c->argv = &argv[i];
	while (i < argc && strcmp(argv[i], "--") != 0)
		i++;
	if (i == start + 1)
		return -1;
	if (i < argc)
		argv[i++] = NULL; /* ends this command's argv */
	return i;
}

static long arg_num(const char *s)
{
	char *end = NULL;
	long v = strtol(s, &end, 10);

	return (end == s || *end != '\0' || v < 0 || v > 1000000) ? -1 : v;
}

static void race(struct cmd c[2], int runs, int warmup)
{
	double cpu, wall;

	for (int i = 0; i < warmup; i++) {
		run_once(&c[0], &cpu, &wall);
		run_once(&c[1], &cpu, &wall);
	}
	for (int i = 0; i < runs; i++) {
		int first = i % 2;

		run_once(&c[first], &c[first].cpu[i], &c[first].wall[i]);
		run_once(&c[!first], &c[!first].cpu[i], &c[!first].wall[i]);
	}
}

int main(int argc, char **argv)
{
	struct cmd c[2];
	long runs = 200, warmup = 5;
	double ma[2], mb[2];
	int i = 1, opt;

	while ((opt = getopt(argc, argv, "+n:w:")) != -1) {
		if (opt == 'n')
			runs = arg_num(optarg);
		else if (opt == 'w')
			warmup = arg_num(optarg);
		if (opt == '?' || runs < 1 || warmup < 0)
			goto usage;
	}
	i = optind;
	if ((i = parse_cmd(argc, argv, i, &c[0])) < 0 ||
	    parse_cmd(argc, argv, i, &c[1]) < 0)
		goto usage;
	for (int k = 0; k < 2; k++) {
		c[k].cpu = calloc((size_t)runs, sizeof(double));
		c[k].wall = calloc((size_t)runs, sizeof(double));
		if (c[k].cpu == NULL || c[k].wall == NULL)
			return 1;
	}
	race(c, (int)runs, (int)warmup);
	report("A", &c[0], (int)runs, ma);
	report("B", &c[1], (int)runs, mb);
	printf("ratio A/B: cpu %.2f, wall %.2f (medians)\n", ma[0] / mb[0],
	       ma[1] / mb[1]);
	for (int k = 0; k < 2; k++) {
		free(c[k].cpu);
		free(c[k].wall);
	}
	return 0;
usage:
	fprintf(stderr, "usage: bench_startup [-n RUNS] [-w WARMUP] STDIN_A "
	                "CMD_A... -- STDIN_B CMD_B...\n");
	return 2;
}
