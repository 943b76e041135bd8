/*
 * Cache and refresh end to end (issue 7): real child processes minting
 * short-lived credentials, real time, two applying threads.  And: a hung
 * backend costs at most its deadline and the chain goes on.
 */
#include <json-c/json.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cp_test.h"
#include "credplug/credplug.h"

#define URL "https://api.datadoghq.com/api/v2/users"

static char dir[64];

static int64_t mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/cp-cache.XXXXXX");
	if (mkdtemp(dir) == NULL)
		return -1;
	setenv("CP_LEASE_DIR", dir, 1);
	unsetenv("DD_API_KEY");
	unsetenv("DD_APP_KEY");
	unsetenv("DD_BEARER_TOKEN");
	unsetenv("DD_SITE");
	return 0;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static struct credplug_ctx *ctx_for(const char *config)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;
	char err[512] = "";

	o.config_json = config;
	o.provider_dir = CP_TEST_PROVIDER_DIR;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	if (credplug_ctx_new(&ctx, &o) != CREDPLUG_OK)
		fail_msg("context: %s", err);
	return ctx;
}

static int lease_count(void)
{
	char path[128];
	int n = 0;
	FILE *f;

	snprintf(path, sizeof(path), "%s/count", dir);
	f = fopen(path, "r");
	if (f != NULL) {
		if (fscanf(f, "%d", &n) != 1)
			n = -1;
		fclose(f);
	}
	return n;
}

struct applier {
	struct credplug_ctx *ctx;
	int64_t until_ms;
	long ok, failed, torn;
	int max_lease;
};

static void *apply_loop(void *p)
{
	struct applier *a = p;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_sink sink;
	struct credplug_collect c;

	req.url = URL;
	req.auth = CREDPLUG_AUTH_ALL;
	while (mono_ms() < a->until_ms) {
		int n1 = -1, n2 = -2;

		credplug_collect_sink(&sink, &c);
		if (credplug_apply(a->ctx, &req, &sink) != CREDPLUG_OK ||
		    c.count != 2) {
			a->failed++;
			continue;
		}
		sscanf(c.headers[0].value, "LEASE-API-%d-", &n1);
		sscanf(c.headers[1].value, "Bearer LEASE-PAT-%d-", &n2);
		if (n1 != n2)
			a->torn++;
		if (n1 > a->max_lease)
			a->max_lease = n1;
		a->ok++;
		credplug_collect_wipe(&c);
	}
	return NULL;
}

/* A 4-second lease refreshed ahead of expiry while two threads apply for
 * 7 seconds: no failed apply, no torn set, a few refreshes, no storm. */
static void refresh_ahead_two_threads(void **state)
{
	char config[1024];
	struct applier a[2];
	pthread_t th[2];
	struct credplug_ctx *ctx;
	char *doc = NULL;
	int leases;

	(void)state;
	snprintf(
	        config, sizeof(config),
	        "{\"providers\":[{\"use\":\"process\",\"command\":[\"/bin/sh\","
	        "\"%s/tests/cache/lease.sh\"],\"env\":[\"CP_LEASE_DIR\"]},"
	        "{\"use\":\"env\"}]}",
	        CP_TEST_SOURCE_DIR);
	ctx = ctx_for(config);
	for (int i = 0; i < 2; i++) {
		memset(&a[i], 0, sizeof(a[i]));
		a[i].ctx = ctx;
		a[i].until_ms = mono_ms() + 7000;
		pthread_create(&th[i], NULL, apply_loop, &a[i]);
	}
	for (int i = 0; i < 2; i++)
		pthread_join(th[i], NULL);
	leases = lease_count();
	print_message("applies %ld+%ld, leases minted %d, newest seen %d\n",
	              a[0].ok, a[1].ok, leases, a[0].max_lease);
	assert_int_equal(a[0].failed + a[1].failed, 0);
	assert_int_equal(a[0].torn + a[1].torn, 0);
	assert_true(a[0].ok > 1000 && a[1].ok > 1000);
	/* 7 s of 4 s leases refreshed ~0.8 s early: 2 or 3 refreshes. */
	assert_in_range(leases, 3, 5);
	assert_true(a[0].max_lease >= 3 || a[1].max_lease >= 3);

	assert_int_equal(credplug_explain_json(ctx, &doc), CREDPLUG_OK);
	assert_non_null(strstr(doc, "\"provider\":\"process\""));
	assert_non_null(strstr(doc, "\"expires_at\":\"20"));
	assert_null(strstr(doc, "0123456789"));
	credplug_free(doc);
	credplug_ctx_free(ctx);
}

static void check_fell_through(struct credplug_ctx *ctx, int64_t t0,
                               int64_t limit_ms, const char *status)
{
	struct json_object *doc, *v;
	char *text = NULL;
	int64_t took = mono_ms() - t0;

	print_message("resolve took %lld ms\n", (long long)took);
	assert_true(took < limit_ms);
	assert_int_equal(credplug_explain_json(ctx, &text), CREDPLUG_OK);
	doc = json_tokener_parse(text);
	assert_non_null(doc);
	assert_true(json_object_object_get_ex(doc, "providers", &v));
	v = json_object_array_get_idx(v, 0);
	assert_true(json_object_object_get_ex(v, "status", &v));
	assert_string_equal(json_object_get_string(v), status);
	json_object_object_get_ex(doc, "fields", &v);
	json_object_object_get_ex(v, "api_key", &v);
	json_object_object_get_ex(v, "provider", &v);
	assert_string_equal(json_object_get_string(v), "env");
	json_object_put(doc);
	credplug_free(text);
}

/* A backend that never answers costs its deadline; env still serves. */
static void hung_process_chain_goes_on(void **state)
{
	char config[512], script[128];
	struct credplug_ctx *ctx;
	FILE *f;
	int64_t t0;

	(void)state;
	snprintf(script, sizeof(script), "%s/hang.sh", dir);
	f = fopen(script, "w");
	assert_non_null(f);
	fputs("#!/bin/sh\nexec sleep 30\n", f);
	fclose(f);
	snprintf(
	        config, sizeof(config),
	        "{\"providers\":[{\"use\":\"process\",\"command\":[\"/bin/sh\","
	        "\"%s\"],\"timeout_ms\":300},{\"use\":\"env\"}]}",
	        script);
	setenv("DD_API_KEY", "env-key-0123456789", 1);
	ctx = ctx_for(config);
	t0 = mono_ms();
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_OK);
	check_fell_through(ctx, t0, 1300, "timed_out");
	credplug_ctx_free(ctx);
	unsetenv("DD_API_KEY");
}

/* A dead broker (nothing listens) is unavailable within its deadline. */
static void dead_broker_chain_goes_on(void **state)
{
	struct credplug_ctx *ctx;
	int64_t t0;

	(void)state;
	setenv("DD_API_KEY", "env-key-0123456789", 1);
	/* Port 9 (discard) on loopback: nothing listens here. */
	ctx = ctx_for(
	        "{\"providers\":[{\"use\":\"http\",\"url\":"
	        "\"http://127.0.0.1:9/creds\",\"allow_insecure_loopback\":true,"
	        "\"retries\":1,\"timeout_ms\":500},{\"use\":\"env\"}]}");
	t0 = mono_ms();
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_OK);
	check_fell_through(ctx, t0, 1500, "unavailable");
	credplug_ctx_free(ctx);
	unsetenv("DD_API_KEY");
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(refresh_ahead_two_threads,
	                                        setup, teardown),
	        cmocka_unit_test_setup_teardown(hung_process_chain_goes_on,
	                                        setup, teardown),
	        cmocka_unit_test_setup_teardown(dead_broker_chain_goes_on,
	                                        setup, teardown),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests_name("cache", tests, NULL, NULL);
}
