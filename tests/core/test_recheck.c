/*
 * Warm applies between rechecks, on the library's own clock (no clock
 * hook; test_refresh covers the hooked clock): the default chain with a
 * credentials file present asks for a recheck every second, and a warm
 * apply must not read the clock each time (issue 12), while a changed file
 * is still picked up once the interval has passed.
 *
 * clock_gettime is counted by a definition in this program, which the
 * dynamic linker binds libcredplug's calls to; it forwards every call to
 * the kernel (syscall), so the library runs on the real time.
 */
#include "cp_test.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "helpers.h"
#include "mock.h"

#define N      4096
#define GRANT  64 /* CP_GRANT_MAX (core/snapshot.h) */
#define KEY_A0 "GEN-A0-0123456789abcdef0123"
#define KEY_A1 "GEN-A1-0123456789abcdef0123-longer"
#define KEY_B  "SET-B-0123456789abcdef0123456"

static atomic_long clock_calls;

__attribute__((visibility("default"))) int clock_gettime(clockid_t id,
                                                         struct timespec *ts)
{
	atomic_fetch_add(&clock_calls, 1);
	return (int)syscall(SYS_clock_gettime, id, ts);
}

static char dir[128], path[256];

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};

	while (nanosleep(&ts, &ts) != 0)
		;
}

/* A credentials file with all four fields (so the keyring is not asked),
 * replaced by rename: a new inode, which the file provider sees. */
static void write_credentials(const char *api_key)
{
	char text[512], tmp[300];

	snprintf(text, sizeof(text),
	         "{\"default\": {\"api_key\": \"%s\", \"app_key\": "
	         "\"APP-0123456789abcdef0123456789\", \"pat\": "
	         "\"ddpat_0123456789abcdef0123\", \"site\": "
	         "\"datadoghq.com\"}}\n",
	         api_key);
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	t_write_file(tmp, text, 0600);
	assert_int_equal(rename(tmp, path), 0);
}

static int setup(void **state)
{
	(void)state;
	t_clear_env();
	unsetenv("CREDPLUG_CREDENTIALS_FILE");
	unsetenv("CREDPLUG_PROFILE");
	t_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/credplug", dir);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(path, sizeof(path), "%s/credplug/credentials.json", dir);
	write_credentials(KEY_A0);
	setenv("XDG_CONFIG_HOME", dir, 1);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	unsetenv("XDG_CONFIG_HOME");
	t_rmrf(dir);
	return 0;
}

/* The API key one apply sends ("" when it failed). */
static const char *apply_key(struct credplug_ctx *ctx)
{
	static __thread struct credplug_collect c;
	static __thread char key[128];
	int rc = t_apply(ctx, T_URL, CREDPLUG_AUTH_API_KEY, &c);
	const char *v = rc == CREDPLUG_OK ? t_header(&c, "DD-API-KEY") : NULL;

	snprintf(key, sizeof(key), "%s", v ? v : "");
	return key;
}

/* clock_gettime calls made by n warm applies, each sending `key`. */
static long clocks_during(struct credplug_ctx *ctx, int n, const char *key)
{
	long before = atomic_load(&clock_calls);

	for (int i = 0; i < n; i++) {
		const char *got = apply_key(ctx);

		if (strcmp(got, key) != 0)
			fail_msg("apply %d sent \"%s\", want \"%s\"", i, got,
			         key);
	}
	return atomic_load(&clock_calls) - before;
}

/* The case: default chain, credentials file present.  The old
 * code read the clock on every one of these applies (N calls). */
static void default_chain_skips_the_clock(void **state)
{
	struct credplug_ctx *ctx = t_ctx(NULL, 0);
	long calls;

	(void)state;
	assert_string_equal(apply_key(ctx), KEY_A0); /* resolves */
	calls = clocks_during(ctx, N, KEY_A0);
	if (calls > N / 16)
		fail_msg("%d warm applies read the clock %ld times", N, calls);
	credplug_ctx_free(ctx);
}

/* A snapshot that never refreshes: no clock at all. */
static void no_refresh_reads_no_clock(void **state)
{
	struct credplug_ctx *ctx =
	        t_ctx("{'providers':[{'use':'explicit'},{'use':'env'}]}", 0);

	(void)state;
	setenv("DD_API_KEY", KEY_A0, 1);
	assert_string_equal(apply_key(ctx), KEY_A0);
	assert_int_equal(clocks_during(ctx, N, KEY_A0), 0);
	unsetenv("DD_API_KEY");
	credplug_ctx_free(ctx);
}

static struct credplug_ctx *file_ctx(int recheck_ms)
{
	char cfg[512];

	snprintf(cfg, sizeof(cfg),
	         "{'providers':[{'use':'explicit'},{'use':'file','path':'%s',"
	         "'recheck_ms':%d}]}",
	         path, recheck_ms);
	return t_ctx(cfg, 0);
}

/* An applier that applies less often than once a millisecond reads the
 * clock on every apply: the first apply after the interval sends the new
 * file's key. */
static void sparse_applier_sees_rotation(void **state)
{
	struct credplug_ctx *ctx = file_ctx(20);

	(void)state;
	assert_string_equal(apply_key(ctx), KEY_A0);
	for (int i = 0; i < 4; i++) {
		sleep_ms(3);
		assert_string_equal(apply_key(ctx), KEY_A0);
	}
	write_credentials(KEY_A1);
	sleep_ms(30);
	assert_string_equal(apply_key(ctx), KEY_A1);
	credplug_ctx_free(ctx);
}

/* After a burst, a grant may still be running when the interval ends: the
 * change shows within the grant (at most GRANT applies late), never later,
 * and every apply before it sends the old key whole. */
static void burst_is_at_most_a_grant_late(void **state)
{
	struct credplug_ctx *ctx = file_ctx(20);
	int late = 0;

	(void)state;
	assert_string_equal(apply_key(ctx), KEY_A0);
	clocks_during(ctx, 1000, KEY_A0);
	write_credentials(KEY_A1);
	sleep_ms(30);
	for (;;) {
		const char *got = apply_key(ctx);

		if (strcmp(got, KEY_A1) == 0)
			break;
		assert_string_equal(got, KEY_A0);
		if (++late > GRANT)
			fail_msg("still the old key %d applies after the "
			         "recheck was due",
			         late);
	}
	credplug_ctx_free(ctx);
}

/* credplug_set() voids every grant: the very next apply sends the new
 * value, however many applies the slot was granted. */
static void new_input_voids_grants(void **state)
{
	struct credplug_ctx *ctx = file_ctx(1000);

	(void)state;
	assert_string_equal(apply_key(ctx), KEY_A0);
	clocks_during(ctx, 1000, KEY_A0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, KEY_B), 0);
	assert_string_equal(apply_key(ctx), KEY_B);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, NULL), 0);
	assert_string_equal(apply_key(ctx), KEY_A0);
	credplug_ctx_free(ctx);
}

/* Credentials that expire keep a clock read on every apply: their expiry
 * is a hard limit, not a recheck. */
static void expiring_reads_every_clock(void **state)
{
	static const struct credplug_builtin b[] = {
	        {"mock", mock_builtin_entry}};
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;
	char *json = t_json("{'providers':[{'use':'mock','api_key':'" KEY_A0
	                    "','expires_in':900}]}");

	(void)state;
	o.config_json = json;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE | CREDPLUG_FLAG_NO_MODULES;
	o.builtins = b;
	o.n_builtins = 1;
	assert_int_equal(credplug_ctx_new(&ctx, &o), 0);
	free(json);
	assert_string_equal(apply_key(ctx), KEY_A0);
	assert_true(clocks_during(ctx, 256, KEY_A0) >= 256);
	credplug_ctx_free(ctx);
}

/* ---- two appliers with grants while the file rotates (TSan too) ------- */

struct applier {
	struct credplug_ctx *ctx;
	atomic_int *stop;
	atomic_int saw_last; /* the last generation was applied */
	int torn;
};

static void *apply_loop(void *p)
{
	struct applier *a = p;

	while (!atomic_load(a->stop)) {
		const char *got = apply_key(a->ctx);

		if (strcmp(got, KEY_A1) == 0)
			atomic_store(&a->saw_last, 1);
		else if (strcmp(got, KEY_A0) != 0)
			a->torn++;
	}
	return NULL;
}

static void two_appliers_see_the_rotation(void **state)
{
	struct credplug_ctx *ctx = file_ctx(10);
	atomic_int stop = 0;
	struct applier a[2] = {{ctx, &stop, 0, 0}, {ctx, &stop, 0, 0}};
	pthread_t t[2];
	int waited = 0;

	(void)state;
	assert_string_equal(apply_key(ctx), KEY_A0);
	for (int i = 0; i < 2; i++)
		assert_int_equal(pthread_create(&t[i], NULL, apply_loop, &a[i]),
		                 0);
	sleep_ms(20);
	write_credentials(KEY_A1);
	while (waited++ < 500 &&
	       !(atomic_load(&a[0].saw_last) && atomic_load(&a[1].saw_last)))
		sleep_ms(10);
	atomic_store(&stop, 1);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	assert_int_equal(a[0].torn + a[1].torn, 0);
	assert_true(atomic_load(&a[0].saw_last) && atomic_load(&a[1].saw_last));
	credplug_ctx_free(ctx);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(default_chain_skips_the_clock,
	                                        setup, teardown),
	        cmocka_unit_test_setup_teardown(no_refresh_reads_no_clock,
	                                        setup, teardown),
	        cmocka_unit_test_setup_teardown(sparse_applier_sees_rotation,
	                                        setup, teardown),
	        cmocka_unit_test_setup_teardown(burst_is_at_most_a_grant_late,
	                                        setup, teardown),
	        cmocka_unit_test_setup_teardown(new_input_voids_grants, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(expiring_reads_every_clock,
	                                        setup, teardown),
	        cmocka_unit_test_setup_teardown(two_appliers_see_the_rotation,
	                                        setup, teardown),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests_name("core_recheck", tests, NULL, NULL);
}
