/*
 * The `http` provider through the public API: real libcurl against a real
 * nginx on 127.0.0.1 (started by tests/harness/nginx-run, see nginx.conf),
 * and sockets opened here for a broker that never answers or is down.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "backend_util.h"
#include "cp_test.h"

#define VAULT_TOKEN "CANARY-VAULT-6a5b4c3d2e1f"
#define DOC                                                                    \
	"{\"version\": 1, \"api_key\": \"" CANARY_API                          \
	"\", \"pat\": \"" CANARY_PAT                                           \
	"\", \"expires_at\": \"2099-01-01T00:00:00Z\"}"

static const char *root, *prefix, *port1, *port2;
static long log_start;

static void write_file(const char *rel, const char *text, mode_t mode)
{
	char path[512], tmp[520];
	int fd;

	snprintf(path, sizeof(path), "%s/%s", root, rel);
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	assert_int_equal(chmod(tmp, mode), 0);
	assert_int_equal(rename(tmp, path), 0); /* nginx never sees half */
}

static long log_size(void)
{
	char path[512];
	struct stat st;

	snprintf(path, sizeof(path), "%s/logs/access.log", prefix);
	return stat(path, &st) == 0 ? (long)st.st_size : 0;
}

/* Access-log lines "<uri> <status>" written since this case started,
 * matching `needle`. */
static int log_count(const char *needle)
{
	char path[512], line[512];
	FILE *f;
	int n = 0;

	snprintf(path, sizeof(path), "%s/logs/access.log", prefix);
	if ((f = fopen(path, "r")) == NULL)
		return 0;
	fseek(f, log_start, SEEK_SET);
	while (fgets(line, sizeof(line), f) != NULL)
		n += strstr(line, needle) != NULL;
	fclose(f);
	return n;
}

/* nginx writes its log line after the answer: wait (bounded) for `want`. */
static int log_wait(const char *needle, int want)
{
	int n = log_count(needle);

	for (int i = 0; i < 100 && n < want; i++) {
		usleep(10000);
		n = log_count(needle);
	}
	return n;
}

static int setup(void **state)
{
	char dir[512];

	root = getenv("CP_NGINX_ROOT");
	prefix = getenv("CP_NGINX_PREFIX");
	port1 = getenv("CP_NGINX_PORT1");
	port2 = getenv("CP_NGINX_PORT2");
	if (root == NULL || prefix == NULL || port1 == NULL || port2 == NULL) {
		fprintf(stderr, "run under tests/harness/nginx-run "
		                "tests/http/nginx.conf -- (ctest does)\n");
		return -1;
	}
	snprintf(dir, sizeof(dir), "mkdir -p -m 755 '%s/vault/v1/secret/data'",
	         root);
	return system(dir) == 0 ? 0 : -1;
}

static int case_setup(void **state)
{
	setenv("CP_TEST_BROKER_TOKEN", "t0k", 1);
	setenv("CP_TEST_VAULT_TOKEN", VAULT_TOKEN, 1);
	log_start = log_size();
	return 0;
}

/* One http entry (and optionally env after it). */
static void ctx_http(struct bt_ctx *b, const char *url_path, const char *more)
{
	bt_ctx_new(
	        b,
	        "{\"providers\": [{\"use\": \"http\", \"url\": "
	        "\"http://127.0.0.1:%s%s\", \"allow_insecure_loopback\": true, "
	        "\"token_env\": \"CP_TEST_BROKER_TOKEN\"%s}]}",
	        port1, url_path, more);
	assert_int_equal(b->rc, CREDPLUG_OK);
}

static void test_success_with_bearer(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[512], want[256];

	write_file("doc.json", DOC, 0644);
	ctx_http(&b, "/doc.json?sig=CANARY-TOK-9f8e7d6c5b4a3f2e1d0c", "");
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, CANARY_API);
	bt_header(&b, "Authorization", v, sizeof(v));
	assert_string_equal(v, "Bearer " CANARY_PAT);
	bt_field_info(&b, "api_key", "locator", v, sizeof(v));
	snprintf(want, sizeof(want), "http://127.0.0.1:%s/doc.json (api_key)",
	         port1);
	assert_string_equal(v, want); /* the query string is not shown */
	bt_field_info(&b, "pat", "expires_at", v, sizeof(v));
	assert_string_equal(v, "2099-01-01T00:00:00Z");
	assert_int_equal(log_wait(" 200", 1), 1);
	bt_ctx_free(&b);
}

/* Naming the default header explicitly (in any case) still sends a bearer
 * token: the broker's bearer check passes. */
static void test_explicit_authorization_header(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[512];

	write_file("doc.json", DOC, 0644);
	ctx_http(&b, "/doc.json", ", \"token_header\": \"authorization\"");
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, CANARY_API);
	bt_ctx_free(&b);
}

static void test_token_file(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[256], path[512], more[600];

	write_file("doc.json", DOC, 0644);
	write_file("token", "t0k\n", 0600);
	snprintf(path, sizeof(path), "%s/token", root);
	snprintf(more, sizeof(more), ", \"token_file\": \"%s\"", path);
	bt_ctx_new(&b,
	           "{\"providers\": [{\"use\": \"http\", \"url\": "
	           "\"http://127.0.0.1:%s/doc.json\", "
	           "\"allow_insecure_loopback\": "
	           "true%s}]}",
	           port1, more);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, CANARY_API);
	bt_ctx_free(&b);
	/* A token file others can read is refused (the host's check). */
	assert_int_equal(chmod(path, 0644), 0);
	bt_ctx_new(&b,
	           "{\"providers\": [{\"use\": \"http\", \"url\": "
	           "\"http://127.0.0.1:%s/doc.json\", "
	           "\"allow_insecure_loopback\": "
	           "true%s}]}",
	           port1, more);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EDENIED);
	bt_assert_contains(msg, "/token");
	bt_ctx_free(&b);
}

/* A token file ending in a newline (as editors write it) is still masked
 * when the broker echoes the token back in an error body. */
static void test_token_file_newline_masked(void **state)
{
	struct bt_ctx b;
	char msg[1024], path[512];
	const char *port3 = getenv("CP_NGINX_PORT3");

	(void)state;
	assert_non_null(port3);
	write_file("token2", "broker-s3cr3t-token-value\n", 0600);
	snprintf(path, sizeof(path), "%s/token2", root);
	bt_ctx_new(&b,
	           "{\"providers\": [{\"use\": \"http\", \"url\": "
	           "\"http://127.0.0.1:%s/doc.json\", "
	           "\"allow_insecure_loopback\": "
	           "true, \"token_file\": \"%s\"}]}",
	           port3, path);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EDENIED);
	bt_assert_contains(
	        msg, "body: {\"error\": \"token Bearer **** is not valid\"}");
	assert_null(strstr(msg, "s3cr3t"));
	bt_ctx_free(&b);
}

static void test_401_is_denied(void **state)
{
	struct bt_ctx b;
	char msg[1024];

	write_file("doc.json", DOC, 0644);
	setenv("CP_TEST_BROKER_TOKEN", "wrong", 1);
	ctx_http(&b, "/doc.json", "");
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EDENIED);
	bt_assert_contains(msg,
	                   "/doc.json answered HTTP 401 after 1 attempt(s): "
	                   "the broker refused its token; check \"token_file\"/"
	                   "\"token_env\"; body: {\"error\": \"bad token\"}");
	assert_int_equal(log_wait("/doc.json 401", 2), 1); /* not retried */
	bt_ctx_free(&b);
}

static void *make_flaky_succeed(void *arg)
{
	(void)arg;
	/* After the first attempt has failed, the document appears. */
	for (int i = 0; i < 500 && log_count("/flaky 500") == 0; i++)
		usleep(10000);
	write_file("flaky.json", DOC, 0644);
	return NULL;
}

static void test_500_then_success(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[256], path[512];
	pthread_t t;

	snprintf(path, sizeof(path), "%s/flaky.json", root);
	unlink(path);
	ctx_http(&b, "/flaky", ", \"timeout_ms\": 8000");
	assert_int_equal(pthread_create(&t, NULL, make_flaky_succeed, NULL), 0);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	pthread_join(t, NULL);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, CANARY_API);
	assert_true(log_count("/flaky 500") >= 1);
	assert_int_equal(log_wait("/flaky 200", 1), 1);
	bt_ctx_free(&b);
	unlink(path);
}

static void test_503_retries_bounded(void **state)
{
	struct bt_ctx b;
	char msg[1024];

	ctx_http(&b, "/fail", ", \"retries\": 2, \"on_error\": \"fail\"");
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EUNAVAILABLE);
	bt_assert_contains(msg,
	                   "/fail answered HTTP 503 after 3 attempt(s): the "
	                   "broker is failing");
	assert_int_equal(log_wait("/fail 503", 4), 3);
	bt_ctx_free(&b);
}

/* A listening socket that never accepts: connects succeed, no answer. */
static int silent_listener(int *port)
{
	struct sockaddr_in a = {.sin_family = AF_INET};
	socklen_t len = sizeof(a);
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_true(s >= 0);
	assert_int_equal(bind(s, (struct sockaddr *)&a, sizeof(a)), 0);
	assert_int_equal(listen(s, 16), 0);
	assert_int_equal(getsockname(s, (struct sockaddr *)&a, &len), 0);
	*port = ntohs(a.sin_port);
	return s;
}

static void test_slow_broker_times_out_chain_goes_on(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[512];
	int port, s = silent_listener(&port);
	int64_t ms;

	setenv("DD_API_KEY", "CANARY-ENV-1d2c3b4a5f6e", 1);
	bt_ctx_new(&b,
	           "{\"providers\": [{\"use\": \"http\", \"url\": "
	           "\"http://127.0.0.1:%d/dd\", \"allow_insecure_loopback\": "
	           "true, "
	           "\"timeout_ms\": 500}, {\"use\": \"env\"}]}",
	           port);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), &ms), CREDPLUG_OK);
	assert_true(ms >= 400 && ms < 500 + 1500);
	bt_provider_info(&b, 0, "status", v, sizeof(v));
	assert_string_equal(v, "timed_out");
	bt_provider_info(&b, 0, "message", v, sizeof(v));
	bt_assert_contains(v, "/dd did not answer within the deadline");
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, "CANARY-ENV-1d2c3b4a5f6e");
	bt_ctx_free(&b);
	unsetenv("DD_API_KEY");
	close(s);
}

static void test_dead_broker_unavailable(void **state)
{
	struct bt_ctx b;
	char msg[1024];
	int port, s = silent_listener(&port);
	int64_t ms;

	close(s); /* nothing listens there any more: connection refused */
	bt_ctx_new(&b,
	           "{\"providers\": [{\"use\": \"http\", \"url\": "
	           "\"http://127.0.0.1:%d/dd\", \"allow_insecure_loopback\": "
	           "true, "
	           "\"retries\": 2, \"timeout_ms\": 3000, \"on_error\": "
	           "\"fail\"}]}",
	           port);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), &ms),
	                 CREDPLUG_EUNAVAILABLE);
	bt_assert_contains(msg,
	                   "/dd failed after 3 attempt(s): Couldn't connect "
	                   "to server");
	assert_true(ms >= 150 && ms < 3000); /* two jittered backoffs */
	bt_ctx_free(&b);
}

/* A tight deadline with pauses that do not fit: still "unavailable" (the
 * refused connection), not "timed out", and within the deadline. */
static void test_dead_broker_short_deadline(void **state)
{
	struct bt_ctx b;
	char msg[1024];
	int port, s = silent_listener(&port);
	int64_t ms;

	close(s);
	bt_ctx_new(&b,
	           "{\"providers\": [{\"use\": \"http\", \"url\": "
	           "\"http://127.0.0.1:%d/dd\", \"allow_insecure_loopback\": "
	           "true, \"retries\": 10, \"timeout_ms\": 150, \"on_error\": "
	           "\"fail\"}]}",
	           port);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), &ms),
	                 CREDPLUG_EUNAVAILABLE);
	bt_assert_contains(msg, "Couldn't connect to server");
	assert_true(ms < 1000);
	bt_ctx_free(&b);
}

static void test_vault_pointers(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[256];

	write_file("vault/v1/secret/data/dd",
	           "{\"request_id\": \"r1\", "
	           "\"lease_duration\": 0, \"data\": {\"data\": {\"api_key\": "
	           "\"" CANARY_API "\", \"app_key\": \"" CANARY_APP
	           "\"}, \"metadata\": "
	           "{\"version\": 3}}}",
	           0644);
	bt_ctx_new(
	        &b,
	        "{\"providers\": [{\"use\": \"http\", \"url\": "
	        "\"http://127.0.0.1:%s/v1/secret/data/dd\", "
	        "\"allow_insecure_loopback\": true, \"token_env\": "
	        "\"CP_TEST_VAULT_TOKEN\", \"token_header\": \"X-Vault-Token\", "
	        "\"api_key_pointer\": \"/data/data/api_key\", "
	        "\"app_key_pointer\": \"/data/data/app_key\"}]}",
	        port2);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, CANARY_API);
	bt_header(&b, "DD-APPLICATION-KEY", v, sizeof(v));
	assert_string_equal(v, CANARY_APP);
	bt_ctx_free(&b);
	/* A wrong Vault token: 403, denied, Vault's own words shown. */
	setenv("CP_TEST_VAULT_TOKEN", "not-the-token", 1);
	bt_ctx_new(
	        &b,
	        "{\"providers\": [{\"use\": \"http\", \"url\": "
	        "\"http://127.0.0.1:%s/v1/secret/data/dd\", "
	        "\"allow_insecure_loopback\": true, \"token_env\": "
	        "\"CP_TEST_VAULT_TOKEN\", \"token_header\": \"X-Vault-Token\", "
	        "\"api_key_pointer\": \"/data/data/api_key\"}]}",
	        port2);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EDENIED);
	bt_assert_contains(
	        msg, "answered HTTP 403 after 1 attempt(s): the broker "
	             "refused its token; check \"token_file\"/\"token_env\"; "
	             "body: {\"errors\": [\"permission denied\"]}");
	bt_ctx_free(&b);
}

static void test_garbage_body_invalid(void **state)
{
	struct bt_ctx b;
	char msg[1024];

	write_file("garbage.json", "<html>oops</html>\n", 0644);
	ctx_http(&b, "/garbage.json", "");
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EINVALID);
	bt_assert_contains(msg,
	                   "/garbage.json answered with an unusable document: "
	                   "malformed JSON at line 1, column 1: unexpected "
	                   "character");
	bt_ctx_free(&b);
}

static void test_redirect_not_followed(void **state)
{
	struct bt_ctx b;
	char msg[1024];

	ctx_http(&b, "/redir", "");
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EINVALID);
	bt_assert_contains(
	        msg, "/redir answered HTTP 302 after 1 attempt(s): "
	             "redirects are not followed; configure the final URL");
	assert_int_equal(log_count("/doc.json"), 0);
	bt_ctx_free(&b);
}

static void test_response_cap(void **state)
{
	struct bt_ctx b;
	char msg[1024];

	write_file("doc.json", DOC, 0644);
	ctx_http(&b, "/doc.json", ", \"max_response\": 10");
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EINVALID);
	bt_assert_contains(msg, "/doc.json exceeds 10 bytes; raise "
	                        "\"max_response\" or fix the URL");
	bt_ctx_free(&b);
}

/* Issue 10, #9: a broker answers a valid 4 MB document whose "x-" extension
 * nests 20 deep and holds 2 million values.  Refused before json-c builds
 * a tree of it, with the exact message, well within the deadline. */
static void sec09_hostile_document_bounded(void **state)
{
	static const char head[] = "{\"version\": 1, \"api_key\": "
	                           "\"" CANARY_API "\", \"x-deep\": [";
	static const char line[] =
	        "[[[[[[[[[[[[[[[[[[[0,0,0,0,0,0,0,0,0,0,0,0,"
	        "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,"
	        "0,0,0,0,0,0,0]]]]]]]]]]]]]]]]]]],\n";
	size_t n = 0, cap = 4 * 1024 * 1024;
	char *doc = malloc(cap + 64), msg[1024], want[512];
	struct bt_ctx b;
	int64_t ms;

	assert_non_null(doc);
	memcpy(doc, head, sizeof(head) - 1);
	n = sizeof(head) - 1;
	while (n + sizeof(line) < cap) {
		memcpy(doc + n, line, sizeof(line) - 1);
		n += sizeof(line) - 1;
	}
	memcpy(doc + n, "0]}", 4);
	write_file("deep.json", doc, 0644);
	free(doc);
	ctx_http(&b, "/deep.json",
	         ", \"max_response\": 16777216, \"timeout_ms\": 4000, "
	         "\"on_error\": \"fail\"");
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), &ms),
	                 CREDPLUG_EINVALID);
	snprintf(want, sizeof(want),
	         "provider \"http\" (chain entry 0) invalid: http: "
	         "http://127.0.0.1:%s/deep.json answered with an unusable "
	         "document: the document has more than 10000 keys and array "
	         "elements; a credential document has a handful",
	         port1);
	assert_string_equal(msg, want);
	assert_true(ms < 4000);
	bt_ctx_free(&b);
}

static void test_https_to_plain_http_port_fails(void **state)
{
	struct bt_ctx b;
	char msg[1024];

	/* https to a plain-http port: the handshake fails, nothing is sent. */
	bt_ctx_new(&b,
	           "{\"providers\": [{\"use\": \"http\", \"url\": "
	           "\"https://127.0.0.1:%s/doc.json\", \"retries\": 0, "
	           "\"token_env\": \"CP_TEST_BROKER_TOKEN\", \"on_error\": "
	           "\"fail\"}]}",
	           port1);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EUNAVAILABLE);
	bt_assert_contains(msg, "/doc.json failed after 1 attempt(s): SSL");
	assert_int_equal(log_count("/doc.json"), 0);
	bt_ctx_free(&b);
}

static void expect_config_error(const char *url, const char *more,
                                const char *want)
{
	struct bt_ctx b;

	bt_ctx_new(&b,
	           "{\"providers\": [{\"use\": \"http\", \"url\": \"%s\"%s}]}",
	           url, more);
	assert_int_equal(b.rc, CREDPLUG_ECONFIG);
	bt_assert_contains(b.err, want);
	assert_null(strstr(b.err, "hunter2"));
}

static void test_url_policy(void **state)
{
	expect_config_error(
	        "http://broker.example.com/dd",
	        ", "
	        "\"allow_insecure_loopback\": true",
	        "http: plain http "
	        "is refused for http://broker.example.com/dd; use https");
	expect_config_error(
	        "http://127.0.0.1/dd", "",
	        "http: plain http is "
	        "refused for http://127.0.0.1/dd; use https (http is "
	        "allowed only to 127.0.0.1, ::1 or localhost with "
	        "\"allow_insecure_loopback\": true)");
	expect_config_error(
	        "https://me:hunter2@broker.example.com/dd", "",
	        "http: \"url\" must not carry a user name or password");
	expect_config_error("ftp://broker.example.com/dd", "",
	                    "http: \"url\" "
	                    "scheme \"ftp\" is not supported; use https://");
	expect_config_error("broker", "",
	                    "http: \"url\" is not a valid absolute "
	                    "URL");
	expect_config_error("https://b.example.com/",
	                    ", \"token_file\": \"/a\", "
	                    "\"token_env\": \"B\"",
	                    "http: set only one of "
	                    "\"token_file\" and \"token_env\"");
	expect_config_error("https://b.example.com/",
	                    ", \"token_env\": \"B\", "
	                    "\"token_header\": \"X Bad\"",
	                    "http: \"token_header\" "
	                    "is not an HTTP header name");
	expect_config_error("https://b.example.com/",
	                    ", \"api_key_pointer\": "
	                    "\"data.api_key\"",
	                    "http: \"api_key_pointer\" is not a "
	                    "JSON pointer (RFC 6901)");
	expect_config_error("https://b.example.com/", ", \"retries\": 11",
	                    "http: \"retries\" must be between 0 and 10");
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_success_with_bearer, case_setup),
        cmocka_unit_test_setup(test_explicit_authorization_header, case_setup),
        cmocka_unit_test_setup(test_token_file, case_setup),
        cmocka_unit_test_setup(test_token_file_newline_masked, case_setup),
        cmocka_unit_test_setup(test_401_is_denied, case_setup),
        cmocka_unit_test_setup(test_500_then_success, case_setup),
        cmocka_unit_test_setup(test_503_retries_bounded, case_setup),
        cmocka_unit_test_setup(test_slow_broker_times_out_chain_goes_on,
                               case_setup),
        cmocka_unit_test_setup(test_dead_broker_unavailable, case_setup),
        cmocka_unit_test_setup(test_dead_broker_short_deadline, case_setup),
        cmocka_unit_test_setup(test_vault_pointers, case_setup),
        cmocka_unit_test_setup(test_garbage_body_invalid, case_setup),
        cmocka_unit_test_setup(test_redirect_not_followed, case_setup),
        cmocka_unit_test_setup(test_response_cap, case_setup),
        cmocka_unit_test_setup(sec09_hostile_document_bounded, case_setup),
        cmocka_unit_test_setup(test_https_to_plain_http_port_fails, case_setup),
        cmocka_unit_test_setup(test_url_policy, case_setup),
};

CP_TEST_MAIN("http", tests, setup, NULL)
