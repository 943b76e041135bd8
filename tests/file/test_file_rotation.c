/* Rotation under concurrency: two threads apply while the main thread
 * rotates a Kubernetes-style secret directory (..data swap, old generation
 * deleted) or rewrites a credentials file in place.  Every applied set must
 * be wholly one generation.  Meant to run under TSan as well. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "cp_test.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "fp_helpers.h"

#define GENERATIONS 40
#define RECHECK_MS  10 /* the host's minimum */
#define MS          INT64_C(1000000)

struct shared {
	struct fp_fix *f;
	int stop;   /* atomic */
	int newest; /* atomic: highest generation published */
	long applies[2];
	long failures[2]; /* apply errors (no header may come with them) */
	int torn[2];
	int last_seen[2]; /* atomic */
};

struct worker {
	struct shared *sh;
	int idx;
};

/* "A-g07" -> 7, or -1. */
static int generation_of(const char *v, char prefix)
{
	int g = -1;
	char c = 0;

	if (sscanf(v, "%c-g%d", &c, &g) != 2 || c != prefix)
		return -1;
	return g;
}

static void check_one(struct shared *sh, int idx)
{
	char api[64], app[64], pat[64];
	int rc = fp_apply(sh->f->ctx, api, app, pat);
	int ga = generation_of(api, 'A'), gb = generation_of(app, 'B');

	sh->applies[idx]++;
	if (rc != CREDPLUG_OK) {
		sh->failures[idx]++;
		if (api[0] != '\0' || app[0] != '\0')
			sh->torn[idx]++;
		return;
	}
	if (ga < 0 || ga != gb) {
		if (sh->torn[idx]++ == 0)
			fprintf(stderr, "torn set: %s / %s\n", api, app);
		return;
	}
	__atomic_store_n(&sh->last_seen[idx], ga, __ATOMIC_SEQ_CST);
}

static void *applier(void *arg)
{
	struct worker *w = arg;

	while (!__atomic_load_n(&w->sh->stop, __ATOMIC_SEQ_CST))
		check_one(w->sh, w->idx);
	return NULL;
}

static void pause_ms(long ms)
{
	struct timespec ts = {0, ms * 1000000L};

	nanosleep(&ts, NULL);
}

static void k8s_publish(struct fp_fix *f, int g)
{
	char rel[64], val[32], gen[32];

	snprintf(gen, sizeof(gen), "..g%02d", g);
	snprintf(rel, sizeof(rel), "s/%s/api_key", gen);
	snprintf(val, sizeof(val), "A-g%02d\n", g);
	fp_write(f, rel, val, 0400);
	snprintf(rel, sizeof(rel), "s/%s/app_key", gen);
	snprintf(val, sizeof(val), "B-g%02d\n", g);
	fp_write(f, rel, val, 0400);
	fp_symlink(f, gen, "s/..data_tmp");
	assert_int_equal(
	        rename(fp_path(f, "s/..data_tmp"), fp_path(f, "s/..data")), 0);
	if (g > 0) { /* kubelet removes the previous generation */
		snprintf(gen, sizeof(gen), "s/..g%02d", g - 1);
		snprintf(rel, sizeof(rel), "%s/api_key", gen);
		unlink(fp_path(f, rel));
		snprintf(rel, sizeof(rel), "%s/app_key", gen);
		unlink(fp_path(f, rel));
		rmdir(fp_path(f, gen));
	}
}

static void file_publish(struct fp_fix *f, int g)
{
	char text[256];

	/* padding makes each generation's size differ */
	snprintf(text, sizeof(text),
	         "{\"default\": {\"api_key\": \"A-g%02d\", "
	         "\"app_key\": \"B-g%02d\"}}%*s\n",
	         g, g, g, "");
	if (g == 0)
		fp_write(f, "c.json", text, 0600);
	else
		fp_rewrite(f, "c.json", text);
}

/* Rotate while two threads apply; wait (bounded) until both saw the last. */
static void run_rotation(struct fp_fix *f,
                         void (*publish)(struct fp_fix *, int))
{
	struct shared sh;
	struct worker w[2];
	pthread_t t[2];
	int waited = 0;

	memset(&sh, 0, sizeof(sh));
	sh.f = f;
	for (int i = 0; i < 2; i++) {
		w[i].sh = &sh;
		w[i].idx = i;
		assert_int_equal(pthread_create(&t[i], NULL, applier, &w[i]),
		                 0);
	}
	for (int g = 1; g < GENERATIONS; g++) {
		publish(f, g);
		__atomic_add_fetch(&f->now_ns, (RECHECK_MS + 1) * MS,
		                   __ATOMIC_SEQ_CST);
		pause_ms(2);
	}
	while (waited++ < 5000 &&
	       (__atomic_load_n(&sh.last_seen[0], __ATOMIC_SEQ_CST) !=
	                GENERATIONS - 1 ||
	        __atomic_load_n(&sh.last_seen[1], __ATOMIC_SEQ_CST) !=
	                GENERATIONS - 1)) {
		__atomic_add_fetch(&f->now_ns, (RECHECK_MS + 1) * MS,
		                   __ATOMIC_SEQ_CST);
		pause_ms(1);
	}
	__atomic_store_n(&sh.stop, 1, __ATOMIC_SEQ_CST);
	for (int i = 0; i < 2; i++)
		assert_int_equal(pthread_join(t[i], NULL), 0);
	fprintf(stderr, "applies %ld/%ld, failed %ld/%ld, torn %d/%d\n",
	        sh.applies[0], sh.applies[1], sh.failures[0], sh.failures[1],
	        sh.torn[0], sh.torn[1]);
	assert_int_equal(sh.torn[0] + sh.torn[1], 0);
	assert_int_equal(sh.last_seen[0], GENERATIONS - 1);
	assert_int_equal(sh.last_seen[1], GENERATIONS - 1);
}

static void k8s_swap_under_appliers(void **state)
{
	struct fp_fix *f = *state;

	k8s_publish(f, 0);
	fp_symlink(f, "..data/api_key", "s/api_key");
	fp_symlink(f, "..data/app_key", "s/app_key");
	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"dir\": \"%s\", "
	       "\"recheck_ms\": %d}]}",
	       fp_path(f, "s"), RECHECK_MS);
	assert_int_equal(credplug_resolve(f->ctx), CREDPLUG_OK);
	run_rotation(f, k8s_publish);
}

static void inplace_rewrite_under_appliers(void **state)
{
	struct fp_fix *f = *state;

	file_publish(f, 0);
	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\", "
	       "\"recheck_ms\": %d}]}",
	       fp_path(f, "c.json"), RECHECK_MS);
	assert_int_equal(credplug_resolve(f->ctx), CREDPLUG_OK);
	run_rotation(f, file_publish);
}

int main(int argc, char **argv);
static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(k8s_swap_under_appliers, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(inplace_rewrite_under_appliers,
                                        fp_setup, fp_teardown),
};
CP_TEST_MAIN("file_rotation", tests, NULL, NULL)
