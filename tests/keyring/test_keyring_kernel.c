/*
 * keyring provider, kernel backend, against the real kernel keyring.  Each
 * case joins a fresh session keyring and uses unique key names; `keyctl`
 * runs as a real child process (it inherits the session keyring).
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

#define CANARY      "CANARY-APP-5e2b7d9c11"
#define CANARY_TOOL "CANARY-API-0a4c6e8f22"

static char cfg[512];

static int fresh_session(void **state)
{
	(void)state;
	return keyctl_join_session_keyring(NULL) > 0 ? 0 : -1;
}

static const char *k_config(const char *profile, const char *extra)
{
	snprintf(cfg, sizeof(cfg),
	         "{\"providers\": [{\"use\": \"keyring\", "
	         "\"backend\": \"kernel\", \"profile\": \"%s\"%s}]}",
	         profile, extra);
	return cfg;
}

/* In the (fresh) session keyring, or in the user keyring, where store
 * puts keys by default. */
static key_serial_t find(const char *desc)
{
	long id = keyctl_search(KEY_SPEC_SESSION_KEYRING, "user", desc, 0);

	if (id < 0)
		id = keyctl_search(KEY_SPEC_USER_KEYRING, "user", desc, 0);
	return id < 0 ? -1 : (key_serial_t)id;
}

static void kernel_round_trip(void **state)
{
	const char *p = kr_profile();
	struct credplug_ctx *ctx = kr_ctx(k_config(p, ""), 0);
	char desc[128], hdrs[512], buf[256], want[256], out[256], id[32], *doc;
	key_serial_t key;
	void *d = NULL;

	assert_non_null(ctx);
	assert_int_equal(
	        credplug_store(ctx, "keyring", NULL, CREDPLUG_APP_KEY, CANARY),
	        CREDPLUG_OK);
	snprintf(desc, sizeof(desc), "credplug:%s:app_key", p);
	key = find(desc);
	assert_true(key > 0);
	/* possessor all, user all, group and other nothing */
	assert_true(keyctl_describe_alloc(key, (char **)&d) > 0);
	assert_int_equal(strncmp(d, "user;0;0;3f3f0000;", 18), 0);
	free(d);
	snprintf(id, sizeof(id), "%d", (int)key);
	assert_int_equal(kr_run(NULL, out, sizeof(out),
	                        (char *[]){"keyctl", "pipe", id, NULL}),
	                 0);
	assert_string_equal(out, CANARY);

	assert_int_equal(kr_apply(ctx, hdrs, sizeof(hdrs)), CREDPLUG_OK);
	assert_string_equal(hdrs, "DD-APPLICATION-KEY: " CANARY "\n");
	doc = kr_explain(ctx);
	assert_null(strstr(doc, CANARY));
	kr_field_str(doc, "app_key", "locator", buf, sizeof(buf));
	/* stored into the user keyring, which outlives this process */
	snprintf(want, sizeof(want), "kernel:@u:credplug:%s:app_key", p);
	assert_string_equal(buf, want);
	free(doc);

	assert_int_equal(credplug_erase(ctx, "keyring", NULL, CREDPLUG_APP_KEY),
	                 CREDPLUG_OK);
	assert_int_equal(find(desc), -1);
	assert_int_equal(credplug_erase(ctx, "keyring", NULL, CREDPLUG_APP_KEY),
	                 CREDPLUG_ENOTFOUND);
	snprintf(want, sizeof(want),
	         "provider \"keyring\" could not erase "
	         "app_key: keyring: no key credplug:%s:app_key in the session "
	         "(@s) or user (@u) keyring to erase",
	         p);
	assert_string_equal(credplug_errmsg(ctx), want);
	credplug_ctx_free(ctx);
}

/* keyctl adds, credplug reads. */
static void kernel_interop_keyctl(void **state)
{
	const char *p = kr_profile();
	struct credplug_ctx *ctx;
	char desc[128], hdrs[512];

	snprintf(desc, sizeof(desc), "credplug:%s:api_key", p);
	assert_int_equal(
	        kr_run(CANARY_TOOL, NULL, 0,
	               (char *[]){"keyctl", "padd", "user", desc, "@s", NULL}),
	        0);
	ctx = kr_ctx(k_config(p, ""), 0);
	assert_non_null(ctx);
	assert_int_equal(kr_apply(ctx, hdrs, sizeof(hdrs)), CREDPLUG_OK);
	assert_string_equal(hdrs, "DD-API-KEY: " CANARY_TOOL "\n");
	credplug_ctx_free(ctx);
	assert_int_equal(keyctl_invalidate(find(desc)), 0);
}

/* timeout_s gives stored keys an expiry (visible in /proc/keys). */
static void kernel_store_timeout(void **state)
{
	const char *p = kr_profile();
	struct credplug_ctx *ctx =
	        kr_ctx(k_config(p, ", \"timeout_s\": 300"), 0);
	char desc[128], line[512], hex[16];
	key_serial_t key;
	FILE *f;
	int seen = 0;

	assert_non_null(ctx);
	assert_int_equal(
	        credplug_store(ctx, "keyring", NULL, CREDPLUG_PAT, CANARY),
	        CREDPLUG_OK);
	snprintf(desc, sizeof(desc), "credplug:%s:pat", p);
	key = find(desc);
	assert_true(key > 0);
	snprintf(hex, sizeof(hex), "%08x ", (unsigned)key);
	f = fopen("/proc/keys", "r");
	assert_non_null(f);
	while (fgets(line, sizeof(line), f) != NULL) {
		if (strncmp(line, hex, strlen(hex)) != 0)
			continue;
		seen = 1;
		assert_null(strstr(line, " perm "));
	}
	fclose(f);
	assert_true(seen);
	keyctl_invalidate(key);
	credplug_ctx_free(ctx);
}

static void kernel_invalid_value(void **state)
{
	const char *p = kr_profile();
	struct credplug_ctx *ctx;
	char desc[128], want[256];

	snprintf(desc, sizeof(desc), "credplug:%s:pat", p);
	assert_true(add_key("user", desc, " " CANARY, strlen(CANARY) + 1,
	                    KEY_SPEC_SESSION_KEYRING) > 0);
	ctx = kr_ctx(k_config(p, ""), 0);
	assert_non_null(ctx);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_EINVALID);
	snprintf(want, sizeof(want),
	         "provider \"keyring\" (chain entry 0) invalid: pat from "
	         "kernel:@s:credplug:%s:pat has leading or trailing whitespace",
	         p);
	assert_string_equal(credplug_errmsg(ctx), want);
	credplug_ctx_free(ctx);
	keyctl_invalidate(find(desc));
}

static void kernel_bad_keyring_option(void **state)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;
	char err[512] = "";

	o.provider_dir = CP_TEST_PROVIDER_DIR;
	o.config_json = "{\"providers\": [{\"use\": \"keyring\", \"keyring\": "
	                "\"thread\"}]}";
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	assert_int_equal(credplug_ctx_new(&ctx, &o), CREDPLUG_ECONFIG);
	assert_string_equal(
	        err, "/providers/0: provider \"keyring\": keyring: "
	             "option \"keyring\" is \"thread\"; use \"session\", "
	             "\"user\" or \"both\"");
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup(kernel_round_trip, fresh_session),
	        cmocka_unit_test_setup(kernel_interop_keyctl, fresh_session),
	        cmocka_unit_test_setup(kernel_store_timeout, fresh_session),
	        cmocka_unit_test_setup(kernel_invalid_value, fresh_session),
	        cmocka_unit_test(kernel_bad_keyring_option),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests_name("keyring_kernel", tests, NULL, NULL);
}
