/*
 * `credplug store` / `erase` with the keyring provider say which item the
 * value went to (issue 11 #5): the real credplug binary against a real
 * gnome-keyring on a private bus (run under with-keyring.sh) and the real
 * kernel keyring (each kernel case joins a fresh session keyring, which
 * the child inherits; key names carry a per-process profile).  The items
 * are then looked up with secret-tool / keyctl, so the report is checked
 * against where the value really is.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keyutils.h>

#include "cp_test.h"
#include "kr_util.h"
#include "run.h"

#define LOGIN "/org/freedesktop/secrets/collection/login"

static int setup(void **state)
{
	const char *bus = getenv("DBUS_SESSION_BUS_ADDRESS");
	struct cp_env *e;

	if (cp_env_setup(state) != 0)
		return -1;
	e = *state;
	if (bus != NULL)
		cp_env_set(e, "DBUS_SESSION_BUS_ADDRESS", bus);
	return 0;
}

static int setup_fresh_session(void **state)
{
	if (keyctl_join_session_keyring(NULL) <= 0)
		return -1;
	return setup(state);
}

/* The chain: one keyring entry; a generous deadline (a loaded machine
 * and a D-Bus round trip per step). */
static void kr_config(struct cp_env *e, const char *opts)
{
	char json[600];

	snprintf(
	        json, sizeof(json),
	        "{\"providers\":[{\"use\":\"keyring\",\"timeout_ms\":10000%s}]}"
	        "\n",
	        opts);
	cp_env_config(e, json);
}

static void ss_store_then_erase(void **state)
{
	struct cp_env *e = *state;
	const char *p = kr_profile();
	char opts[200], want[800], out[256];
	struct cp_run r;

	snprintf(opts, sizeof(opts),
	         ",\"backend\":\"secret-service\",\"profile\":\"%s\"", p);
	kr_config(e, opts);
	CP_RUN(e, &r, CANARY_PAT, "store", "--field", "pat");
	snprintf(want, sizeof(want),
	         "stored pat in Secret Service collection \"default\" (" LOGIN
	         "), item service=credplug,profile=%s,field=pat (keyring "
	         "provider, profile %s)\n",
	         p, p);
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, want);
	assert_int_equal(r.status, 0);
	/* it is where the report says */
	assert_int_equal(kr_run(NULL, out, sizeof(out),
	                        (char *[]){"secret-tool", "lookup", "service",
	                                   "credplug", "profile", (char *)p,
	                                   "field", "pat", NULL}),
	                 0);
	assert_string_equal(out, CANARY_PAT);

	CP_RUN(e, &r, NULL, "erase", "--json", "--field", "pat");
	snprintf(want, sizeof(want),
	         "{\n  \"action\":\"erased\",\n  \"field\":\"pat\",\n"
	         "  \"provider\":\"keyring\",\n  \"use\":\"keyring\",\n"
	         "  \"locator\":\"Secret Service item service=credplug,"
	         "profile=%s,field=pat\",\n  \"profile\":\"%s\",\n"
	         "  \"mode\":null\n}\n",
	         p, p);
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, want);
	assert_int_equal(r.status, 0);
	assert_int_not_equal(
	        kr_run(NULL, out, sizeof(out),
	               (char *[]){"secret-tool", "lookup", "service",
	                          "credplug", "profile", (char *)p, "field",
	                          "pat", NULL}),
	        0);
	cp_assert_no_canary(&r);
}

/* A collection given by object path, and the --profile of the command. */
static void ss_collection_path_and_profile(void **state)
{
	struct cp_env *e = *state;
	const char *p = kr_profile();
	char want[800];
	struct cp_run r;

	kr_config(e, ",\"backend\":\"secret-service\",\"collection\":\"" LOGIN
	             "\"");
	CP_RUN(e, &r, CANARY_API, "store", "--field", "api_key", "--profile",
	       p);
	snprintf(want, sizeof(want),
	         "stored api_key in Secret Service collection " LOGIN
	         ", item service=credplug,profile=%s,field=api_key (keyring "
	         "provider, profile %s)\n",
	         p, p);
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, want);
	assert_int_equal(r.status, 0);
	CP_RUN(e, &r, NULL, "erase", "--field", "api_key", "--profile", p);
	snprintf(want, sizeof(want),
	         "erased api_key from Secret Service item service=credplug,"
	         "profile=%s,field=api_key (keyring provider, profile %s)\n",
	         p, p);
	assert_string_equal(r.out, want);
	assert_int_equal(r.status, 0);
}

static key_serial_t find_in(key_serial_t ring, const char *desc)
{
	long id = keyctl_search(ring, "user", desc, 0);

	return id < 0 ? -1 : (key_serial_t)id;
}

static void kernel_store_then_erase(void **state)
{
	struct cp_env *e = *state;
	const char *p = kr_profile();
	char opts[200], want[800], desc[128];
	struct cp_run r;

	snprintf(opts, sizeof(opts),
	         ",\"backend\":\"kernel\",\"profile\":\"%s\"", p);
	kr_config(e, opts);
	CP_RUN(e, &r, CANARY_APP, "store", "--field", "app_key");
	snprintf(want, sizeof(want),
	         "stored app_key in kernel key \"credplug:%s:app_key\" in @u "
	         "(keyring provider, profile %s, mode 0x3f3f0000)\n",
	         p, p);
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, want);
	assert_int_equal(r.status, 0);
	snprintf(desc, sizeof(desc), "credplug:%s:app_key", p);
	assert_true(find_in(KEY_SPEC_USER_KEYRING, desc) > 0);

	/* one in the session keyring too: both are erased, both named */
	assert_true(add_key("user", desc, "x-1234", 6,
	                    KEY_SPEC_SESSION_KEYRING) > 0);
	CP_RUN(e, &r, NULL, "erase", "--field", "app_key");
	snprintf(want, sizeof(want),
	         "erased app_key from kernel key \"credplug:%s:app_key\" in @s "
	         "and @u (keyring provider, profile %s)\n",
	         p, p);
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, want);
	assert_int_equal(r.status, 0);
	assert_int_equal(find_in(KEY_SPEC_USER_KEYRING, desc), -1);
	assert_int_equal(find_in(KEY_SPEC_SESSION_KEYRING, desc), -1);
	cp_assert_no_canary(&r);
}

/* The session keyring on its own, with an expiry: both in the report. */
static void kernel_session_with_timeout(void **state)
{
	struct cp_env *e = *state;
	const char *p = kr_profile();
	char opts[200], want[1000], desc[128];
	struct cp_run r;

	snprintf(opts, sizeof(opts),
	         ",\"backend\":\"kernel\",\"keyring\":\"session\","
	         "\"timeout_s\":300,\"profile\":\"%s\"",
	         p);
	kr_config(e, opts);
	CP_RUN(e, &r, CANARY_PAT, "--json", "store", "--field", "pat");
	snprintf(want, sizeof(want),
	         "{\n  \"action\":\"stored\",\n  \"field\":\"pat\",\n"
	         "  \"provider\":\"keyring\",\n  \"use\":\"keyring\",\n"
	         "  \"locator\":\"kernel key \\\"credplug:%s:pat\\\" in @s, "
	         "expires in 300 s\",\n  \"profile\":\"%s\",\n"
	         "  \"mode\":\"0x3f3f0000\"\n}\n",
	         p, p);
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, want);
	assert_int_equal(r.status, 0);
	snprintf(desc, sizeof(desc), "credplug:%s:pat", p);
	assert_true(find_in(KEY_SPEC_SESSION_KEYRING, desc) > 0);
	keyctl_invalidate(find_in(KEY_SPEC_SESSION_KEYRING, desc));
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(ss_store_then_erase, setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(ss_collection_path_and_profile, setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(kernel_store_then_erase,
                                        setup_fresh_session, cp_env_teardown),
        cmocka_unit_test_setup_teardown(kernel_session_with_timeout,
                                        setup_fresh_session, cp_env_teardown),
};

CP_TEST_MAIN("keyring_cli", tests, NULL, NULL)
