/*
 * Issue 10, findings #5 (credentials on curl's command line) and #7 (URL
 * secrets in messages), against a real nginx on loopback (run under
 * tests/harness/nginx-run with tests/cli/nginx.conf).  nginx's keys.log
 * records the credential headers each request carried; /slow/ answers at
 * 4 KiB/s, so a real curl is still running while its /proc/PID/cmdline is
 * sampled.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cp_test.h"
#include "run.h"

#define SLOW_BYTES 8192 /* about two seconds at 4 KiB/s */

static const char *port(void)
{
	const char *p = getenv("CP_NGINX_PORT1");

	if (p == NULL)
		fail_msg("CP_NGINX_PORT1 unset: run under "
		         "tests/harness/nginx-run");
	return p;
}

/* explicit + env + the loopback origins allowed; all three credentials. */
static void setup_loopback(struct cp_env *e)
{
	char json[600], url[100];

	snprintf(json, sizeof(json),
	         "{\"allowed_origins\":[\"http://127.0.0.1:%s\","
	         "\"http://127.0.0.1:1\"],"
	         "\"providers\":[{\"use\":\"explicit\"},{\"use\":\"env\"}]}\n",
	         port());
	cp_env_config(e, json);
	snprintf(url, sizeof(url), "http://127.0.0.1:%s", port());
	cp_env_set(e, "URL", url);
	cp_env_set(e, "CREDPLUG", CP_CLI_BIN);
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	cp_env_set(e, "DD_APP_KEY", CANARY_APP);
	cp_env_set(e, "DD_BEARER_TOKEN", CANARY_PAT);
}

static void slow_file(void)
{
	const char *root = getenv("CP_NGINX_ROOT");
	char path[600], *body = malloc(SLOW_BYTES);
	FILE *f;

	assert_non_null(root);
	assert_non_null(body);
	snprintf(path, sizeof(path), "%s/slow", root);
	assert_true(mkdir(path, 0755) == 0 || access(path, F_OK) == 0);
	snprintf(path, sizeof(path), "%s/slow/body", root);
	f = fopen(path, "w");
	assert_non_null(f);
	memset(body, 'x', SLOW_BYTES);
	assert_int_equal(fwrite(body, 1, SLOW_BYTES, f), SLOW_BYTES);
	assert_int_equal(fclose(f), 0);
	chmod(path, 0644);
	free(body);
}

/* nginx writes the log line when the request ends, a moment after curl
 * may have exited: wait (bounded) for a line starting with `uri|`. */
static void keys_log_line(const char *uri, char *line, size_t cap)
{
	char path[600], prefix[200];
	FILE *f;

	snprintf(path, sizeof(path), "%s/logs/keys.log",
	         getenv("CP_NGINX_PREFIX"));
	snprintf(prefix, sizeof(prefix), "%s|", uri);
	for (int tries = 0; tries < 200; tries++) {
		f = fopen(path, "r");
		while (f && fgets(line, (int)cap, f))
			if (strncmp(line, prefix, strlen(prefix)) == 0) {
				fclose(f);
				return;
			}
		if (f)
			fclose(f);
		usleep(10000);
	}
	fail_msg("nginx logged no request for %s", uri);
}

/* Run `pipeline` (ending in a curl started in the background) under sh,
 * sampling that curl's /proc/PID/cmdline until it exits. */
static void run_sampled(struct cp_env *e, struct cp_run *r,
                        const char *pipeline, char *samples, size_t cap)
{
	char script[2048], path[400];
	const char *args[] = {"-c", script, NULL};
	FILE *f;
	size_t n;

	snprintf(path, sizeof(path), "%s/cmdline.samples", e->dir);
	snprintf(script, sizeof(script),
	         "%s & pid=$!\n"
	         "while st=$(cut -d' ' -f3 /proc/$pid/stat 2>/dev/null) && "
	         "[ \"$st\" != Z ]; do\n"
	         /* curl may exit between the two reads: not an error */
	         "  { tr '\\0' ' ' < /proc/$pid/cmdline; } 2>/dev/null; echo; "
	         "sleep 0.02\n"
	         "done > '%s'\n"
	         "wait $pid\n",
	         pipeline, path);
	cp_run_prog(e, r, NULL, "/bin/sh", args);
	f = fopen(path, "r");
	assert_non_null(f);
	n = fread(samples, 1, cap - 1, f);
	samples[n] = '\0';
	fclose(f);
}

static void assert_curl_sampled_clean(const char *samples)
{
	/* curl was seen running, and never with a credential in argv */
	if (strstr(samples, "curl ") == NULL)
		fail_msg("curl's command line was never sampled:\n%s", samples);
	if (strstr(samples, "CANARY") != NULL)
		fail_msg("a credential was on curl's command line:\n%s",
		         samples);
}

static void sec05_curl_config_keeps_key_off_argv(void **state)
{
	struct cp_env *e = *state;
	char samples[65536], line[1024];
	struct cp_run r;

	setup_loopback(e);
	slow_file();
	run_sampled(e, &r,
	            "\"$CREDPLUG\" headers --url \"$URL/\" --format "
	            "curl-config | curl -sS -o /dev/null -K - "
	            "\"$URL/slow/body\"",
	            samples, sizeof(samples));
	assert_string_equal(r.err, "");
	assert_int_equal(r.status, 0);
	assert_curl_sampled_clean(samples);
	keys_log_line("/slow/body", line, sizeof(line));
	assert_string_equal(line, "/slow/body|" CANARY_API "|" CANARY_APP
	                          "|Bearer " CANARY_PAT "\n");
}

static void curl_header_stdin_keeps_key_off_argv(void **state)
{
	struct cp_env *e = *state;
	char samples[65536], line[1024];
	struct cp_run r;

	setup_loopback(e);
	slow_file();
	run_sampled(e, &r,
	            "\"$CREDPLUG\" headers --url \"$URL/\" | curl -sS -o "
	            "/dev/null -H @- \"$URL/slow/body\"",
	            samples, sizeof(samples));
	assert_string_equal(r.err, "");
	assert_int_equal(r.status, 0);
	assert_curl_sampled_clean(samples);
	keys_log_line("/slow/body", line, sizeof(line));
	assert_string_equal(line, "/slow/body|" CANARY_API "|" CANARY_APP
	                          "|Bearer " CANARY_PAT "\n");
}

/* '"' and '\' are valid in a value: curl's config quoting must keep them. */
static void sec05_curl_config_quoting(void **state)
{
	struct cp_env *e = *state;
	const char *key = "CANARY-Q\"uo\\te-0042";
	const char *args[] = {
	        "-c",
	        "\"$CREDPLUG\" headers --auth apiKeyAuth --url \"$URL/\" "
	        "--api-key-file \"$KEYFILE\" --format curl-config | curl -sS "
	        "-o /dev/null -K - \"$URL/api/v1/validate\"",
	        NULL};
	char line[1024];
	struct cp_run r;

	setup_loopback(e);
	cp_env_set(e, "KEYFILE", cp_env_file(e, "quoted", key));
	cp_run_prog(e, &r, NULL, "/bin/sh", args);
	assert_string_equal(r.err, "");
	assert_int_equal(r.status, 0);
	keys_log_line("/api/v1/validate", line, sizeof(line));
	assert_string_equal(line, "/api/v1/validate|CANARY-Q\"uo\\te-0042||\n");
}

/* The sampler is not blind: the old pattern shows the key to everyone. */
static void curl_argv_sampler_sees_unsafe_argv(void **state)
{
	struct cp_env *e = *state;
	char samples[65536];
	struct cp_run r;

	setup_loopback(e);
	slow_file();
	run_sampled(e, &r,
	            "eval \"exec curl -sS -o /dev/null $(\"$CREDPLUG\" headers "
	            "--auth apiKeyAuth --url \"$URL/\" --format curl "
	            "--unsafe-argv) \\\"\\$URL/slow/body\\\"\"",
	            samples, sizeof(samples));
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(samples, "-H DD-API-KEY: " CANARY_API " "));
}

static void sec05_format_curl_needs_unsafe_argv(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	setup_loopback(e);
	CP_RUN(e, &r, NULL, "headers", "--format", "curl");
	cp_assert_err(&r, "credplug headers: --format curl puts the "
	                  "credentials on curl's command line, which every "
	                  "local user can read (/proc/PID/cmdline); use "
	                  "'--format curl-config | curl -K - URL' (or "
	                  "'credplug headers | curl -H @- URL'), or add "
	                  "--unsafe-argv to print the arguments anyway\n"
	                  "Try 'credplug headers --help'.\n");
	assert_string_equal(r.out, "");
	assert_int_equal(r.status, 2);
	CP_RUN(e, &r, NULL, "headers", "--auth", "apiKeyAuth", "--format",
	       "curl", "--unsafe-argv");
	assert_string_equal(r.out, "-H 'DD-API-KEY: " CANARY_API "'\n");
	assert_int_equal(r.status, 0);
}

static void sec07_refusal_masks_all_user_info(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	setup_loopback(e);
	CP_RUN(e, &r, NULL, "headers", "--url",
	       "https://user:CANARY-PW@RD@evil.example:8443/p?q=1");
	/* masked through the last '@': nothing of "CANARY-PW@RD" shows */
	cp_assert_err(&r, "credplug: error: refusing to send credentials to "
	                  "https://****@evil.example:8443: user info in URL; "
	                  "remove the user info from the URL\n");
	assert_string_equal(r.out, "");
	assert_int_equal(r.status, 5);
}

static void sec07_refusal_without_scheme(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	setup_loopback(e);
	CP_RUN(e, &r, NULL, "headers", "--url",
	       "api.evil.example/x?next=https://CANARY-QUERY-TOKEN/");
	cp_assert_err(&r, "credplug: error: refusing to send credentials to "
	                  "<invalid URL>: not an http(s) URL; if this host is "
	                  "yours, add its origin to \"allowed_origins\" in the "
	                  "credplug config\n");
	assert_string_equal(r.out, "");
	assert_int_equal(r.status, 5);
}

static void sec07_doctor_online_hides_url_secrets(void **state)
{
	struct cp_env *e = *state;
	char url[200], expect[400];
	struct cp_run r;

	setup_loopback(e);
	/* a token in the path: nginx answers 404 */
	snprintf(url, sizeof(url), "http://127.0.0.1:%s/CANARY-PATH-TOKEN",
	         port());
	CP_RUN(e, &r, NULL, "doctor", "--online", "--url", url);
	snprintf(expect, sizeof(expect),
	         "[FAIL] online: unexpected answer from http://127.0.0.1:%s "
	         "(HTTP 404); try again later\n",
	         port());
	assert_non_null(strstr(r.out, expect));
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 1);
	/* nobody listens on port 1 */
	CP_RUN(e, &r, NULL, "doctor", "--online", "--url",
	       "http://127.0.0.1:1/CANARY-PATH-TOKEN");
	assert_non_null(strstr(r.out, "[FAIL] online: cannot reach "
	                              "http://127.0.0.1:1: "));
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 1);
}

static void sec07_doctor_online_hides_password(void **state)
{
	struct cp_env *e = *state;
	char url[200], expect[400];
	struct cp_run r;

	setup_loopback(e);
	snprintf(url, sizeof(url), "http://user:CANARY-PASSWORD@127.0.0.1:%s",
	         port());
	CP_RUN(e, &r, NULL, "doctor", "--online", "--url", url);
	snprintf(expect, sizeof(expect),
	         "credplug: error: refusing to send credentials to "
	         "http://****@127.0.0.1:%s: user info in URL; remove the user "
	         "info from the URL\n",
	         port());
	cp_assert_err(&r, expect);
	snprintf(expect, sizeof(expect),
	         "[FAIL] online: could not build the request's headers for "
	         "http://****@127.0.0.1:%s (see the error above)\n",
	         port());
	assert_non_null(strstr(r.out, expect));
	cp_assert_no_canary(&r);
	assert_int_equal(r.status, 5);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(sec05_curl_config_keeps_key_off_argv,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(curl_header_stdin_keeps_key_off_argv,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(sec05_curl_config_quoting, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(curl_argv_sampler_sees_unsafe_argv,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(sec05_format_curl_needs_unsafe_argv,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(sec07_refusal_masks_all_user_info,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(sec07_refusal_without_scheme,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(sec07_doctor_online_hides_url_secrets,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(sec07_doctor_online_hides_password,
                                        cp_env_setup, cp_env_teardown),
};

CP_TEST_MAIN("cli_sec_net", tests, NULL, NULL)
