/*
 * `credplug doctor`, offline and --online against a real nginx on loopback
 * (run under tests/harness/nginx-run with tests/cli/nginx.conf), which
 * answers /api/v1/validate with {"valid":true} only for CANARY_API.
 */
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cp_test.h"
#include "run.h"

static const char *port(void)
{
	const char *p = getenv("CP_NGINX_PORT1");

	if (p == NULL)
		fail_msg("CP_NGINX_PORT1 unset: run under "
		         "tests/harness/nginx-run");
	return p;
}

/* explicit + env, and the loopback origin allowed. */
static void loopback_config(struct cp_env *e)
{
	char json[600];

	snprintf(json, sizeof(json),
	         "{\"allowed_origins\":[\"http://127.0.0.1:%s\"],"
	         "\"providers\":[{\"use\":\"explicit\"},{\"use\":\"env\"}]}\n",
	         port());
	cp_env_config(e, json);
}

static void base_url(char *buf, size_t cap)
{
	snprintf(buf, cap, "http://127.0.0.1:%s", port());
}

static void offline_ok(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "DD_API_KEY", CANARY_API);
	CP_RUN(e, &r, NULL, "doctor");
	assert_string_equal(r.err, "");
	assert_non_null(strstr(r.out, "[ ok ] config: "));
	assert_non_null(strstr(r.out, "[ ok ] provider #1 env: found"));
	assert_non_null(strstr(r.out, "[ ok ] site: datadoghq.com\n"));
	assert_non_null(strstr(r.out, "[ ok ] credentials: api_key from env "
	                              "(DD_API_KEY)\n"));
	assert_non_null(strstr(r.out, "0 problems, 0 warnings.\n"));
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 0);
}

static void no_credentials(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	CP_RUN(e, &r, NULL, "doctor");
	assert_non_null(
	        strstr(r.out, "[FAIL] credentials: none found; fix: export "
	                      "DD_API_KEY and DD_APP_KEY (or DD_BEARER_TOKEN), "
	                      "or run 'credplug store --field api_key'\n"));
	assert_int_equal(r.status, 3);
}

static void unknown_site(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "DD_API_KEY", CANARY_API);
	cp_env_set(e, "DD_SITE", "datadoghq.example");
	CP_RUN(e, &r, NULL, "doctor");
	assert_non_null(strstr(r.out,
	                       "[warn] site: 'datadoghq.example' is not a "
	                       "known Datadog site (datadoghq.com, "));
	assert_non_null(strstr(r.out, "0 problems, 1 warning.\n"));
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 0);
}

static void config_permissions(void **state)
{
	struct cp_env *e = *state;
	char expect[800];
	struct cp_run r;

	cp_env_set(e, "DD_API_KEY", CANARY_API);
	assert_int_equal(chmod(e->config, 0666), 0);
	CP_RUN(e, &r, NULL, "doctor");
	snprintf(expect, sizeof(expect),
	         "[FAIL] config: %s: config is writable by "
	         "another user",
	         e->config);
	assert_non_null(strstr(r.out, expect));
	snprintf(expect, sizeof(expect), "run: chmod go-w %s", e->config);
	assert_non_null(strstr(r.out, expect));
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 4);
}

static void bad_config(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_config(e, "{\"providers\": 7}");
	CP_RUN(e, &r, NULL, "doctor");
	assert_non_null(strstr(r.out, "[FAIL] config: "));
	assert_non_null(strstr(r.out, "1 problem, 0 warnings.\n"));
	assert_int_equal(r.status, 4);
}

static void online_valid(void **state)
{
	struct cp_env *e = *state;
	char url[100], expect[300];
	struct cp_run r;

	loopback_config(e);
	base_url(url, sizeof(url));
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	cp_env_set(e, "DD_APP_KEY", CANARY_APP);
	CP_RUN(e, &r, NULL, "doctor", "--online", "--url", url);
	snprintf(expect, sizeof(expect),
	         "[ ok ] online: API key is valid (%s)\n", url);
	assert_non_null(strstr(r.out, expect));
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 0);
}

static void online_rejected(void **state)
{
	struct cp_env *e = *state;
	char url[100], expect[400];
	struct cp_run r;

	loopback_config(e);
	base_url(url, sizeof(url));
	cp_env_set(e, "DD_API_KEY", "CANARY-WRONG-0010ffff");
	CP_RUN(e, &r, NULL, "doctor", "--online", "--url", url);
	snprintf(expect, sizeof(expect),
	         "[FAIL] online: API key rejected by "
	         "%s (HTTP 403); fix: check that the key "
	         "exists, is "
	         "not revoked and belongs to this site\n",
	         url);
	assert_non_null(strstr(r.out, expect));
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 1);
}

static void online_redirect_not_followed(void **state)
{
	struct cp_env *e = *state;
	char url[100], expect[400];
	struct cp_run r;

	loopback_config(e);
	base_url(url, sizeof(url));
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	strncat(url, "/moved", sizeof(url) - strlen(url) - 1);
	CP_RUN(e, &r, NULL, "doctor", "--online", "--url", url);
	base_url(url, sizeof(url)); /* messages name the origin only */
	snprintf(expect, sizeof(expect),
	         "[FAIL] online: unexpected answer from "
	         "%s (HTTP 302); try again later\n",
	         url);
	assert_non_null(strstr(r.out, expect));
	assert_int_equal(r.status, 1);
}

static void online_unreachable(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	/* port 1 on loopback: nothing listens there */
	cp_env_config(e, "{\"allowed_origins\":[\"http://127.0.0.1:1\"],"
	                 "\"providers\":[{\"use\":\"env\"}]}");
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	CP_RUN(e, &r, NULL, "doctor", "--online", "--url",
	       "http://127.0.0.1:1");
	assert_non_null(strstr(r.out, "[FAIL] online: cannot reach "
	                              "http://127.0.0.1:1: "));
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 1);
}

/* Copies the file at `from` to `to`, mode 0755. */
static void copy_file(const char *from, const char *to)
{
	char buf[65536];
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	size_t n;

	assert_non_null(in);
	assert_non_null(out);
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		assert_int_equal(fwrite(buf, 1, n, out), n);
	fclose(in);
	assert_int_equal(fclose(out), 0);
	assert_int_equal(chmod(to, 0755), 0);
}

/* The check goes through the curl adapter (its guard, as applications get
 * it), loaded from beside the libcredplug.so the command runs with: here a
 * copy of the library, first in LD_LIBRARY_PATH, next to an adapter that
 * is not one.  The failure is reported and nothing is sent.  The command
 * used to dlopen libcurl itself and carry its own copy of the guard. */
static void online_uses_the_curl_adapter(void **state)
{
	struct cp_env *e = *state;
	char dir[300], lib[340], want[900], url[100];
	struct cp_run r;

	loopback_config(e);
	base_url(url, sizeof(url));
	snprintf(dir, sizeof(dir), "%s/lib", e->dir);
	assert_int_equal(mkdir(dir, 0700), 0);
	snprintf(lib, sizeof(lib), "%s/libcredplug.so.0", dir);
	copy_file(CP_LIBCREDPLUG_SO, lib);
	/* longer than an ELF header, so that it is read and refused */
	cp_env_file(e, "lib/libcredplug-curl.so.0",
	            "this is not an ELF object; this is not an ELF object; "
	            "this is not an ELF object; this is not an ELF object\n");
	cp_env_set(e, "LD_LIBRARY_PATH", dir);
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	CP_RUN(e, &r, NULL, "doctor", "--online", "--url", url);
	snprintf(want, sizeof(want),
	         "[FAIL] online: cannot reach %s: cannot load the curl adapter "
	         "libcredplug-curl.so.0 (installed with credplug, with "
	         "libcurl): %s/libcredplug-curl.so.0: invalid ELF header; "
	         "check the network, proxy and DD_SITE\n",
	         url, dir);
	if (strstr(r.out, want) == NULL)
		fail_msg("doctor said:\n%s\nwanted the line:\n%s", r.out, want);
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 1);
}

static void online_destination_refused(void **state)
{
	struct cp_env *e = *state;
	char url[100];
	struct cp_run r;

	base_url(url, sizeof(url)); /* not in allowed_origins */
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	CP_RUN(e, &r, NULL, "doctor", "--online", "--url", url);
	assert_non_null(strstr(r.err,
	                       "credplug: error: refusing to send credentials "
	                       "to http://127.0.0.1:"));
	assert_non_null(strstr(r.out,
	                       "[FAIL] online: could not build the request's "
	                       "headers for "));
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 5);
}

/* --url is a base here: a query or fragment would end up before the
 * appended path, so it is refused as a usage error. */
static void online_url_with_query_refused(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "DD_API_KEY", CANARY_API);
	CP_RUN(e, &r, NULL, "doctor", "--online", "--url",
	       "https://api.datadoghq.com/?x=1");
	assert_non_null(strstr(r.err,
	                       "--url is a base URL here (scheme://"
	                       "host[:port][/prefix]); /api/v1/validate "
	                       "is appended, so it must have no query or "
	                       "fragment"));
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 2);
}

static void online_json(void **state)
{
	struct cp_env *e = *state;
	char url[100];
	struct cp_run r;

	loopback_config(e);
	base_url(url, sizeof(url));
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	CP_RUN(e, &r, NULL, "doctor", "--json", "--online", "--url", url);
	assert_non_null(strstr(r.out, "\"check\":\"online\""));
	assert_non_null(strstr(r.out, "\"problems\":0"));
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 0);
}

/* A listening socket on a free loopback port (non-blocking), for a
 * would-be proxy; its port in `port_out`. */
static int listen_loopback(char *port_out, size_t cap)
{
	struct sockaddr_in a = {.sin_family = AF_INET};
	socklen_t len = sizeof(a);
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);

	assert_true(fd >= 0);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(fd, (struct sockaddr *)&a, sizeof(a)), 0);
	assert_int_equal(listen(fd, 8), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&a, &len), 0);
	snprintf(port_out, cap, "%u", (unsigned)ntohs(a.sin_port));
	return fd;
}

/* With http_proxy/HTTP_PROXY/all_proxy naming a listener, a plain-http
 * --online check still goes straight to the origin: the would-be proxy
 * gets no connection at all, so it never sees DD-API-KEY. */
static void online_http_ignores_env_proxy(void **state)
{
	struct cp_env *e = *state;
	char url[100], expect[300], pport[16], proxy[64], got[4096];
	struct cp_run r;
	int lfd = listen_loopback(pport, sizeof(pport)), c;
	ssize_t n = 0;

	loopback_config(e);
	base_url(url, sizeof(url));
	snprintf(proxy, sizeof(proxy), "http://127.0.0.1:%s", pport);
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	cp_env_set(e, "http_proxy", proxy);
	cp_env_set(e, "HTTP_PROXY", proxy);
	cp_env_set(e, "all_proxy", proxy);
	CP_RUN(e, &r, NULL, "doctor", "--online", "--url", url);
	c = accept(lfd, NULL, NULL);
	if (c >= 0) {
		n = read(c, got, sizeof(got) - 1);
		got[n > 0 ? n : 0] = '\0';
		close(c);
		close(lfd);
		fail_msg("the environment's proxy got a connection (%zd "
		         "bytes%s)",
		         n,
		         n > 0 && strstr(got, CANARY_API) ? ", with DD-API-KEY"
		                                          : "");
	}
	assert_true(errno == EAGAIN || errno == EWOULDBLOCK);
	close(lfd);
	snprintf(expect, sizeof(expect),
	         "[ ok ] online: API key is valid (%s)\n", url);
	assert_non_null(strstr(r.out, expect));
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 0);
}

/* sec11 (issue 10): an in-process module that returns after its deadline
 * (the core tests' mock, sleeping 300 ms against 20 ms) is named. */
static void sec11_doctor_names_overran_provider(void **state)
{
	struct cp_env *e = *state;
	const char *w, *want = "[warn] provider #0 slowmod: overran its "
	                       "deadline (timeout_ms 20) by ";
	long long n = -1;
	struct cp_run r;

	cp_env_config(e, "{\"providers\":[{\"use\":\"" CP_TEST_BINARY_DIR
	                 "/tests/mods/mock.so\",\"name\":\"slowmod\","
	                 "\"timeout_ms\":20,\"sleep_ms\":300,"
	                 "\"message\":\"slow\",\"api_key\":\"" CANARY_API
	                 "\"}]}\n");
	CP_RUN(e, &r, NULL, "doctor");
	assert_non_null(strstr(r.out, "[ ok ] provider #0 slowmod: found "
	                              "(slow)\n"));
	w = strstr(r.out, want);
	assert_non_null(w);
	assert_int_equal(sscanf(w + strlen(want), "%lld", &n), 1);
	assert_in_range(n, 280, 280 + 5000);
	assert_non_null(strstr(w, " ms; an in-process module cannot be "
	                          "interrupted: fix it, or run the backend "
	                          "through the process provider\n"));
	assert_non_null(strstr(r.out, "0 problems, 1 warning.\n"));
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 0);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(online_url_with_query_refused,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(offline_ok, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(no_credentials, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(unknown_site, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(config_permissions, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(bad_config, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(online_valid, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(online_rejected, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(online_redirect_not_followed,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(online_unreachable, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(online_uses_the_curl_adapter,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(online_destination_refused,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(online_json, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(online_http_ignores_env_proxy,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(sec11_doctor_names_overran_provider,
                                        cp_env_setup, cp_env_teardown),
};

CP_TEST_MAIN("cli_doctor", tests, NULL, NULL)
