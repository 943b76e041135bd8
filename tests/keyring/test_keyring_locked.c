/*
 * keyring provider against a locked collection (with-keyring.sh --locked:
 * an item service=credplug-locked profile=default field=api_key holding
 * CANARY-LOCKED-5d1e0c77, then the collection locked).  Reported as locked,
 * never as "not found", never prompting, never leaking the value.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cp_test.h"
#include "kr_util.h"

#define LOCKED_CANARY "CANARY-LOCKED-5d1e0c77"
#define LOCKED_MSG_TAIL                                                        \
	" is locked; unlock it (log in to the desktop "                        \
	"session, or pipe the password to `gnome-keyring-daemon --unlock`) "   \
	"or "                                                                  \
	"allow a prompt with CREDPLUG_FLAG_INTERACTIVE"

static const char *config(const char *backend)
{
	static char buf[256];

	snprintf(buf, sizeof(buf),
	         "{\"providers\": [{\"use\": \"keyring\", "
	         "\"backend\": \"%s\", \"service\": \"credplug-locked\"}]}",
	         backend);
	return buf;
}

static void check_locked_resolve(const char *backend)
{
	struct credplug_ctx *ctx = kr_ctx(config(backend), 0);
	char buf[512], hdrs[256], *doc;
	int64_t t0 = kr_now_ms();

	assert_non_null(ctx);
	assert_int_equal(kr_apply(ctx, hdrs, sizeof(hdrs)), CREDPLUG_OK);
	assert_true(kr_now_ms() - t0 < 1000);
	assert_string_equal(hdrs, "");
	doc = kr_explain(ctx);
	assert_null(strstr(doc, LOCKED_CANARY));
	kr_prov_str(doc, 0, "status", buf, sizeof(buf));
	assert_string_equal(buf, "unavailable");
	kr_prov_str(doc, 0, "message", buf, sizeof(buf));
	assert_string_equal(buf,
	                    "keyring: the collection holding Secret Service "
	                    "item service=credplug-locked,profile=default,"
	                    "field=api_key" LOCKED_MSG_TAIL);
	free(doc);
	credplug_ctx_free(ctx);
}

static void locked_resolve(void **state)
{
	assert_string_equal(getenv("CP_KEYRING_LOCKED"), "1");
	check_locked_resolve("secret-service");
}

/* auto does not fall back to the kernel keyring when the service is there
 * but locked: the user must learn it is locked. */
static void locked_resolve_auto(void **state)
{
	check_locked_resolve("auto");
}

static void locked_store(void **state)
{
	struct credplug_ctx *ctx = kr_ctx(config("secret-service"), 0);

	assert_non_null(ctx);
	assert_int_equal(credplug_store(ctx, "keyring", NULL, CREDPLUG_PAT,
	                                "CANARY-PAT-44aa"),
	                 CREDPLUG_EUNAVAILABLE);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "provider \"keyring\" could not "
	        "store pat: keyring: the Secret Service collection "
	        "/org/freedesktop/secrets/collection/login" LOCKED_MSG_TAIL);
	assert_null(strstr(credplug_errmsg(ctx), "CANARY"));
	credplug_ctx_free(ctx);
}

static void locked_erase(void **state)
{
	struct credplug_ctx *ctx = kr_ctx(config("secret-service"), 0);

	assert_non_null(ctx);
	assert_int_equal(credplug_erase(ctx, "keyring", NULL, CREDPLUG_API_KEY),
	                 CREDPLUG_EUNAVAILABLE);
	assert_string_equal(credplug_errmsg(ctx),
	                    "provider \"keyring\" could not "
	                    "erase api_key: keyring: the collection holding "
	                    "Secret Service item service=credplug-locked,"
	                    "profile=default,field=api_key" LOCKED_MSG_TAIL);
	credplug_ctx_free(ctx);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(locked_resolve),
	        cmocka_unit_test(locked_resolve_auto),
	        cmocka_unit_test(locked_store),
	        cmocka_unit_test(locked_erase),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests_name("keyring_locked", tests, NULL, NULL);
}
