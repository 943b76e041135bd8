/*
 * Every provider this project ships, and examples/plugin, pass `credplug
 * check-provider`, each with the options it needs: canary values for
 * explicit and env, a scratch file for file (store/erase round trip), the
 * kernel keyring in a fresh session keyring for keyring (round trip too),
 * a scratch command for process, a loopback URL nobody listens on for
 * http (unavailable is a status of the ABI, not a failure).  No canary
 * may appear in the output.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <keyutils.h>

#include "ck_util.h"
#include "cp_test.h"

static const char *provider(const char *name)
{
	static char buf[4][512];
	static int next;
	char *p = buf[next++ % 4];

	snprintf(p, sizeof(buf[0]), "%s/%s.so", CP_TEST_PROVIDER_DIR, name);
	return p;
}

static void passes(const struct cp_run *r)
{
	if (r->status != 0)
		fail_msg("exit %d:\n%s\nstderr:\n%s", r->status, r->out,
		         r->err);
	ck_assert_no_fail(r);
	ck_assert_line(r, "# ok, 0 failed, # skipped: the module keeps the "
	                  "contract as far as these checks see");
	cp_assert_no_canary(r);
}

static int setup(void **state)
{
	/* the keyring case stores in the session keyring: a fresh one */
	if (keyctl_join_session_keyring(NULL) < 0)
		return -1;
	return cp_env_setup(state);
}

static void shipped_explicit(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;
	char opt[300];

	/* credentials stay off the command line: @FILE */
	snprintf(opt, sizeof(opt), "@%s",
	         cp_env_file(e, "explicit.json",
	                     "{\"api_key\": \"" CANARY_API
	                     "\", \"app_key\": \"" CANARY_APP "\"}"));
	CK_RUN(e, &r, provider("explicit"), "--options", opt);
	passes(&r);
	ck_assert_line(&r, "[ ok ] values: 2 set (api_key, app_key), each "
	                   "accepted by the host's validation");
	ck_assert_line(&r, "[ ok ] options: 4 option keys declared, the "
	                   "credential ones in secret_option_keys");
}

static void shipped_env(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "DD_API_KEY", CANARY_API);
	cp_env_set(e, "DD_BEARER_TOKEN", CANARY_PAT);
	CK_RUN(e, &r, provider("env"));
	passes(&r);
	ck_assert_line(&r, "[ ok ] values: 2 set (api_key, pat), each accepted "
	                   "by the host's validation");
}

static void shipped_file(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;
	char opt[400];

	snprintf(opt, sizeof(opt), "{\"path\": \"%s/creds.json\"}", e->dir);
	CK_RUN(e, &r, provider("file"), "--options", opt);
	passes(&r);
	ck_assert_linef(
	        &r,
	        "[ ok ] store: store(api_key) returns ok (it went to "
	        "%s/creds.json) and resolve then finds the value stored",
	        e->dir);
	ck_assert_line(&r, "[ ok ] erase: erase(api_key) returns ok, resolve "
	                   "then no longer finds it, and erasing it again "
	                   "returns not_found");
}

static void shipped_keyring(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	CK_RUN(e, &r, provider("keyring"), "--options",
	       "{\"backend\": \"kernel\", \"keyring\": \"session\", "
	       "\"service\": \"credplug-checker\"}");
	passes(&r);
	ck_assert_line(&r,
	               "[ ok ] store: store(api_key) returns ok (it went to "
	               "kernel key \"credplug-checker:default:api_key\" in "
	               "@s) and resolve then finds the value stored");
	ck_assert_line(&r, "[ ok ] erase: erase(api_key) returns ok, resolve "
	                   "then no longer finds it, and erasing it again "
	                   "returns not_found");
}

static void shipped_process(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;
	const char *cmd = cp_env_file(
	        e, "creds.sh",
	        "#!/bin/sh\necho '{\"version\": 1, \"api_key\": \"" CANARY_API
	        "\"}'\n");
	char opt[400];

	assert_int_equal(chmod(cmd, 0700), 0);
	snprintf(opt, sizeof(opt), "{\"command\": [\"%s\"]}", cmd);
	CK_RUN(e, &r, provider("process"), "--options", opt);
	passes(&r);
	/* found, or timed out under load: both are statuses of the ABI */
	if (strstr(r.out, "resolve: returned found") != NULL)
		ck_assert_line(&r, "[ ok ] values: 1 set (api_key), each "
		                   "accepted by the host's validation");
}

/* A loopback port nobody listens on (bound, then released). */
static int free_port(void)
{
	struct sockaddr_in a = {.sin_family = AF_INET};
	socklen_t len = sizeof(a);
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_true(fd >= 0);
	assert_int_equal(bind(fd, (struct sockaddr *)&a, sizeof(a)), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&a, &len), 0);
	close(fd);
	return ntohs(a.sin_port);
}

static void shipped_http(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;
	char opt[200];

	snprintf(opt, sizeof(opt),
	         "{\"url\": \"http://127.0.0.1:%d/creds\", "
	         "\"allow_insecure_loopback\": true}",
	         free_port());
	CK_RUN(e, &r, provider("http"), "--options", opt);
	passes(&r);
	ck_assert_line(&r, "[skip] values: the module set no value with these "
	                   "options (give options under which it finds one to "
	                   "check them)");
}

/* examples/plugin/acme.c, built as its README builds it. */
static void example_plugin(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "ACME_KEY", CANARY_API);
	CK_RUN(e, &r, ck_mod("acme-vault"), "--options",
	       "{\"key_from_env\": \"ACME_KEY\"}");
	passes(&r);
	ck_assert_line(&r, "[ ok ] exports: only credplug_provider_entry_v1");
	ck_assert_line(&r, "[ ok ] values: 1 set (api_key), each accepted by "
	                   "the host's validation");
	ck_assert_line(&r, "[skip] store: the module declares neither store "
	                   "nor erase");
}

/* A bare name is looked for where the library looks for modules. */
static void bare_name(void **state)
{
	struct cp_run r;

	CK_RUN(*state, &r, "env");
	passes(&r);
	ck_assert_linef(&r,
	                "[ ok ] path: %s: the file, every directory above it "
	                "and every symlink on the way are root's or yours and "
	                "not writable by others",
	                provider("env"));
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(shipped_explicit, setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(shipped_env, setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(shipped_file, setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(shipped_keyring, setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(shipped_process, setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(shipped_http, setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(example_plugin, setup,
	                                        cp_env_teardown),
	        cmocka_unit_test_setup_teardown(bare_name, setup,
	                                        cp_env_teardown),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests_name("checker_shipped", tests, NULL,
	                                   NULL);
}
