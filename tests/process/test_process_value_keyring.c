/*
 * "output": "value" against the real `secret-tool lookup` on the private
 * D-Bus session and gnome-keyring that tests/keyring/with-keyring.sh starts
 * (the wrapper of this program).  The item is stored with the real
 * `secret-tool store`; the provider passes DBUS_SESSION_BUS_ADDRESS through
 * its "env" allowlist.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend_util.h"
#include "cp_test.h"

#define SECRET "st-Secret-value-91"

static int setup(void **state)
{
	(void)state;
	if (getenv("DBUS_SESSION_BUS_ADDRESS") == NULL ||
	    getenv("CP_KEYRING_TMP") == NULL) {
		print_error("run under tests/keyring/with-keyring.sh --\n");
		return -1;
	}
	/* No line ending: secret-tool stores stdin as it is. */
	return system("printf '%s' '" SECRET "' | timeout 10 secret-tool store "
	              "--label='credplug process_value' service "
	              "credplug-process-value field api_key") == 0
	               ? 0
	               : -1;
}

/* `secret-tool lookup service credplug-process-value field FIELD`. */
#define LOOKUP(field, more)                                                    \
	"{\"use\": \"process\", \"command\": [\"/usr/bin/secret-tool\", "      \
	"\"lookup\", \"service\", \"credplug-process-value\", \"field\", "     \
	"\"" field "\"], \"output\": \"value\", \"field\": \"api_key\", "      \
	"\"timeout_ms\": 10000" more "}"
#define ALLOW ", \"env\": [\"DBUS_SESSION_BUS_ADDRESS\"]"

static void assert_no_secret(struct bt_ctx *b, const char *msg)
{
	char *text = NULL;

	assert_int_equal(credplug_explain_json(b->ctx, &text), CREDPLUG_OK);
	assert_null(strstr(msg, "st-Secret"));
	assert_null(strstr(text, "st-Secret"));
	credplug_free(text);
}

/* Printed without a line ending (stdout is a pipe): the whole output. */
static void test_lookup_found(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[512];

	(void)state;
	bt_ctx_new(&b, "{\"providers\": [" LOOKUP("api_key", ALLOW) "]}");
	assert_int_equal(b.rc, CREDPLUG_OK);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, SECRET);
	bt_field_info(&b, "api_key", "locator", v, sizeof(v));
	assert_string_equal(v, "/usr/bin/secret-tool (api_key)");
	bt_provider_info(&b, 0, "notes", v, sizeof(v));
	assert_string_equal(v, "[ ]");
	assert_no_secret(&b, msg);
	bt_ctx_free(&b);
}

/* No such item: secret-tool exits 1 and says nothing.  With "1=not_found"
 * the chain goes on to `env`. */
static void test_lookup_missing_item(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[512];

	(void)state;
	bt_ctx_new(&b,
	           "{\"providers\": [" LOOKUP("app_key", ALLOW
	                                      ", \"on_error\": \"fail\"") "]}");
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EUNAVAILABLE);
	bt_provider_info(&b, 0, "message", v, sizeof(v));
	assert_string_equal(v, "process: /usr/bin/secret-tool exited with "
	                       "status 1");
	bt_ctx_free(&b);

	setenv("DD_API_KEY", "CANARY-ENV-2b3c4d5e6f7a", 1);
	bt_ctx_new(
	        &b,
	        "{\"providers\": [" LOOKUP(
	                "app_key", ALLOW
	                ", \"exit_status\": [\"1=not_found\"]") ", {\"use\": "
	                                                        "\"env\"}]}");
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, "CANARY-ENV-2b3c4d5e6f7a");
	bt_provider_info(&b, 0, "status", v, sizeof(v));
	assert_string_equal(v, "not_found");
	unsetenv("DD_API_KEY");
	bt_ctx_free(&b);
}

/* Without the allowlist the bus address does not reach secret-tool. */
static void test_lookup_needs_the_bus_address(void **state)
{
	struct bt_ctx b;
	char msg[1024], v[512];

	(void)state;
	bt_ctx_new(&b, "{\"providers\": [" LOOKUP(
	                       "api_key", ", \"on_error\": \"fail\"") "]}");
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EUNAVAILABLE);
	bt_provider_info(&b, 0, "message", v, sizeof(v));
	assert_string_equal(v, "process: /usr/bin/secret-tool exited with "
	                       "status 1; stderr: secret-tool: Cannot "
	                       "autolaunch D-Bus without X11 $DISPLAY");
	bt_ctx_free(&b);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lookup_found),
        cmocka_unit_test(test_lookup_missing_item),
        cmocka_unit_test(test_lookup_needs_the_bus_address),
};

CP_TEST_MAIN("process_value_keyring", tests, setup, NULL)
