/*
 * End to end: a 401/403 is reported to the context once; a re-resolved
 * credential is retried once and never in a loop (hits counted in nginx's
 * access log).  Also runs examples/curl_request against the server.
 * Runs under tests/harness/nginx-run with tests/curl/nginx.conf.in.
 */
#define _POSIX_C_SOURCE 200809L
#include "cp_test.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "curl_util.h"

/* /reject takes DD-API-KEY alone: the core reports EREJECTED when any
 * credential it sent comes back unchanged, so rotate the only one sent. */
#define KEYS CREDPLUG_AUTH_API_KEY
#define OLD  "CANARY-API-OLD-c3"
#define NEW  "CANARY-API-NEW-d4"
#define BAD2 "CANARY-API-BAD2-e5"

/* Env-provider context resolved with DD_API_KEY=first, then the
 * environment changes to `second` behind the cached snapshot. */
static struct credplug_ctx *env_ctx(const char *first, const char *second)
{
	struct credplug_ctx *ctx;

	setenv("DD_API_KEY", first, 1);
	unsetenv("DD_APP_KEY");
	unsetenv("DD_BEARER_TOKEN");
	ctx = cu_ctx("[{\"use\": \"env\"}]", 1);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_OK);
	setenv("DD_API_KEY", second, 1);
	return ctx;
}

static void rejected_then_rotated_retries_once(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = env_ctx(OLD, NEW);

	(void)state;
	assert_int_equal(cu_get(ctx, "/reject", KEYS, &res), CREDPLUG_OK);
	assert_int_equal(res.http_status, 200);
	assert_int_equal(res.retries, 1);
	cu_sync_log(1, "/sync-retry");
	assert_int_equal(cu_count(1, "GET /reject "), 2);
	assert_int_equal(cu_count(1, "GET /reject api=\"" OLD "\""), 1);
	assert_int_equal(cu_count(1, "GET /reject api=\"" NEW "\""), 1);
	credplug_ctx_free(ctx);
}

/* GET -> 303 -> 401: the method did not change, so the one retry with
 * the rotated key still happens. */
static void rejected_after_303_retries_once(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = env_ctx(OLD, NEW);

	(void)state;
	assert_int_equal(cu_get(ctx, "/see-other-reject", KEYS, &res),
	                 CREDPLUG_OK);
	assert_int_equal(res.http_status, 200);
	assert_int_equal(res.retries, 1);
	cu_sync_log(1, "/sync-303");
	assert_int_equal(cu_count(1, "GET /reject api=\"" OLD "\""), 1);
	assert_int_equal(cu_count(1, "GET /reject api=\"" NEW "\""), 1);
	credplug_ctx_free(ctx);
}

/* The chain yields the same rejected value: no retry, one hit. */
static void same_value_is_not_replayed(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = cu_ctx("[{\"use\": \"explicit\"}]", 1);

	(void)state;
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, OLD), 0);
	assert_int_equal(cu_get(ctx, "/reject", KEYS, &res),
	                 CREDPLUG_EREJECTED);
	assert_int_equal(res.http_status, 401);
	assert_int_equal(res.retries, 0);
	assert_string_equal(
	        res.errmsg,
	        "the server answered HTTP 401 to api_key from provider "
	        "\"explicit\" (credplug_set()), and resolving again "
	        "gave the same value, which is no longer sent; replace "
	        "the credential at its source, then retry");
	cu_sync_log(1, "/sync-same");
	assert_int_equal(cu_count(1, "GET /reject "), 1);
	credplug_ctx_free(ctx);
}

/* Re-resolved value rejected too: exactly one retry, then stop. */
static void second_rejection_stops(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = env_ctx(OLD, BAD2);

	(void)state;
	assert_int_equal(cu_get(ctx, "/reject", KEYS, &res),
	                 CREDPLUG_EREJECTED);
	assert_int_equal(res.http_status, 401);
	assert_int_equal(res.retries, 1);
	/* the second report re-resolves BAD2 again: the core says so */
	assert_string_equal(
	        res.errmsg,
	        "the server answered HTTP 401 to api_key from provider "
	        "\"env\" (DD_API_KEY), and resolving again gave the "
	        "same value, which is no longer sent; replace the "
	        "credential at its source, then retry");
	cu_sync_log(1, "/sync-twice");
	assert_int_equal(cu_count(1, "GET /reject "), 2);
	credplug_ctx_free(ctx);
}

static void forbidden_is_reported(void **state)
{
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = cu_ctx_all();

	(void)state;
	assert_int_equal(cu_get(ctx, "/forbidden", KEYS, &res),
	                 CREDPLUG_EREJECTED);
	assert_int_equal(res.http_status, 403);
	cu_sync_log(1, "/sync-403");
	assert_int_equal(cu_count(1, "GET /forbidden "), 1);
	credplug_ctx_free(ctx);
}

/* Run examples/curl_request URL SECURITY; returns its exit status. */
static int run_example(const char *cfg, const char *out, const char *url)
{
	char env_cfg[600],
	        *argv[] = {(char *)CP_EXAMPLE_CURL_REQUEST, (char *)url,
	                   "apiKeyAuth,appKeyAuth", NULL};
	char *envp[] = {env_cfg, "DD_API_KEY=" CANARY_API,
	                "DD_APP_KEY=" CANARY_APP, NULL};
	struct timespec ts = {0, 20 * 1000 * 1000};
	int st = 0, i, fd;
	pid_t pid, w = 0;

	snprintf(env_cfg, sizeof(env_cfg), "CREDPLUG_CONFIG=%s", cfg);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (fd < 0 || dup2(fd, 1) < 0 || dup2(fd, 2) < 0)
			_exit(126);
		execve(argv[0], argv, envp);
		_exit(127);
	}
	for (i = 0; i < 1000 && w == 0; i++) { /* at most 20 s */
		w = waitpid(pid, &st, WNOHANG);
		if (w == 0)
			nanosleep(&ts, NULL);
	}
	if (w == 0) {
		kill(pid, SIGKILL);
		waitpid(pid, &st, 0);
		fail_msg("curl_request did not finish in 20 s");
	}
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void example_program(void **state)
{
	char cfg[512], out[512], *text;
	FILE *f;

	(void)state;
	snprintf(cfg, sizeof(cfg), "%s/credplug.json",
	         getenv("CP_NGINX_PREFIX"));
	snprintf(out, sizeof(out), "%s/example.out", getenv("CP_NGINX_PREFIX"));
	f = fopen(cfg, "w");
	assert_non_null(f);
	fprintf(f,
	        "{\"allowed_origins\": [\"http://127.0.0.1:%s\"], "
	        "\"providers\": [{\"use\": \"%s/env.so\"}]}\n",
	        cu_port(1), CP_TEST_PROVIDER_DIR);
	fclose(f);
	assert_int_equal(run_example(cfg, out, cu_url(1, "/keys")), 0);
	f = fopen(out, "r");
	assert_non_null(f);
	text = calloc(1, 4096);
	assert_non_null(text);
	assert_true(fread(text, 1, 4095, f) > 0);
	fclose(f);
	assert_non_null(strstr(text, "HTTP 200"));
	cu_assert_no_canary(text);
	free(text);
	/* the example refuses an origin the config does not allow */
	assert_int_equal(run_example(cfg, out, cu_url(2, "/landing")), 1);
	cu_sync_log(2, "/sync-example");
	assert_int_equal(cu_count(2, "/landing"), 0);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(rejected_then_rotated_retries_once),
        cmocka_unit_test(rejected_after_303_retries_once),
        cmocka_unit_test(same_value_is_not_replayed),
        cmocka_unit_test(second_rejection_stops),
        cmocka_unit_test(forbidden_is_reported),
        cmocka_unit_test(example_program),
};

CP_TEST_MAIN("curl_e2e_reject", tests, cu_group_setup, cu_group_teardown)
