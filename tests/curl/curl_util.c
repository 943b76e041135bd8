/* Helpers for the curl end-to-end tests (real libcurl, real nginx). */
#define _POSIX_C_SOURCE 200809L
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <errno.h>
#include <unistd.h>

#include "curl_util.h"

const char *cu_port(int n)
{
	char name[32];
	const char *v;

	snprintf(name, sizeof(name), "CP_NGINX_PORT%d", n);
	v = getenv(name);
	if (!v)
		fail_msg("%s is not set: run this test under "
		         "tests/harness/nginx-run",
		         name);
	return v;
}

const char *cu_url(int n, const char *path)
{
	static char buf[4][256];
	static int slot;
	char *b = buf[slot++ % 4];

	snprintf(b, sizeof(buf[0]), "http://127.0.0.1:%s%s", cu_port(n), path);
	return b;
}

static void reset_logs(void)
{
	const char *prefix = getenv("CP_NGINX_PREFIX");
	char path[512];
	int n;

	for (n = 1; prefix && n <= CU_LISTENERS; n++) {
		snprintf(path, sizeof(path), "%s/logs/p%d.log", prefix, n);
		if (truncate(path, 0) != 0 && errno != ENOENT)
			fail_msg("truncate %s: %s", path, strerror(errno));
	}
}

struct credplug_ctx *cu_ctx(const char *providers, int allow)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;
	char json[512], err[512] = "";

	reset_logs();
	if (allow)
		snprintf(json, sizeof(json),
		         "{\"allowed_origins\": [\"http://127.0.0.1:%s\"], "
		         "\"providers\": %s}",
		         cu_port(1), providers);
	else
		snprintf(json, sizeof(json), "{\"providers\": %s}", providers);
	o.config_json = json;
	o.provider_dir = CP_TEST_PROVIDER_DIR;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	if (credplug_ctx_new(&ctx, &o) != CREDPLUG_OK)
		fail_msg("credplug_ctx_new: %s", err);
	return ctx;
}

struct credplug_ctx *cu_ctx_all(void)
{
	struct credplug_ctx *ctx = cu_ctx("[{\"use\": \"explicit\"}]", 1);

	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_APP_KEY, CANARY_APP), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_PAT, CANARY_PAT), 0);
	return ctx;
}

static size_t discard(char *p, size_t size, size_t n, void *user_data)
{
	(void)p;
	(void)user_data;
	return size * n;
}

CURL *cu_handle(void)
{
	CURL *h = curl_easy_init();

	assert_non_null(h);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, discard);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, 5000L);
	curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 10000L);
	curl_easy_setopt(h, CURLOPT_NOPROXY, "*");
	return h;
}

int cu_get(struct credplug_ctx *ctx, const char *path, uint32_t auth,
           struct credplug_curl_result *res)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	CURL *h = cu_handle();
	int rc;

	req.method = "GET";
	req.url = cu_url(1, path);
	req.auth = auth;
	rc = credplug_curl_perform(ctx, h, &req, NULL, res);
	curl_easy_cleanup(h);
	cu_assert_no_canary(res->errmsg);
	return rc;
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf;
	size_t n;

	if (!f)
		return calloc(1, 1);
	buf = calloc(1, 1 << 20);
	assert_non_null(buf);
	n = fread(buf, 1, (1 << 20) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

char *cu_read_log(int n)
{
	char path[512];
	const char *prefix = getenv("CP_NGINX_PREFIX");

	assert_non_null(prefix);
	snprintf(path, sizeof(path), "%s/logs/p%d.log", prefix, n);
	return slurp(path);
}

void cu_sync_log(int n, const char *path)
{
	CURL *h = cu_handle();

	curl_easy_setopt(h, CURLOPT_URL, cu_url(n, path));
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	curl_easy_cleanup(h);
	cu_wait_logged(n, path);
}

void cu_wait_logged(int n, const char *path)
{
	struct timespec ts = {0, 20 * 1000 * 1000};
	char needle[256];
	int i;

	snprintf(needle, sizeof(needle), " GET %s ", path);
	for (i = 0; i < 250; i++) { /* at most 5 s */
		if (cu_count(n, needle) > 0)
			return;
		nanosleep(&ts, NULL);
	}
	fail_msg("nginx never logged %s on port %d", path, n);
}

int cu_count(int n, const char *needle)
{
	char *log = cu_read_log(n), *p = log, *nl;
	int count = 0;

	for (; *p; p = nl + 1) {
		nl = strchr(p, '\n');
		if (!nl)
			break;
		*nl = '\0';
		if (strstr(p, needle))
			count++;
	}
	free(log);
	return count;
}

void cu_assert_no_canary(const char *text)
{
	if (strstr(text, "CANARY"))
		fail_msg("a canary secret leaked into: %s", text);
}

int cu_group_setup(void **state)
{
	(void)state;
	return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? 0 : -1;
}

int cu_group_teardown(void **state)
{
	(void)state;
	curl_global_cleanup();
	return 0;
}
