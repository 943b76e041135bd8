/*
 * The binary layout of every struct that crosses the library or plugin
 * boundary, pinned for LP64 (x86_64, aarch64).  The structs may only grow
 * at the end: a failure here means a member moved, which breaks modules
 * and callers built against an earlier header.  Update only by appending.
 */
#include "cp_test.h"

#include <stddef.h>
#include <stdint.h>

#include <credplug/credplug.h>
#include <credplug/provider.h>

#define PIN(type, field, off)                                                  \
	assert_int_equal(offsetof(struct type, field), (off))

static void abi_layout_lp64(void **state)
{
	(void)state;
	if (sizeof(void *) != 8 || sizeof(long) != 8)
		skip();
	PIN(credplug_host_v1, abi_major, 0);
	PIN(credplug_host_v1, struct_size, 4);
	PIN(credplug_host_v1, option_string, 8);
	PIN(credplug_host_v1, option_int, 16);
	PIN(credplug_host_v1, option_bool, 24);
	PIN(credplug_host_v1, option_array, 32);
	PIN(credplug_host_v1, option_string_at, 40);
	PIN(credplug_host_v1, set_field, 48);
	PIN(credplug_host_v1, set_expiry, 56);
	PIN(credplug_host_v1, set_recheck, 64);
	PIN(credplug_host_v1, set_message, 72);
	PIN(credplug_host_v1, note, 80);
	PIN(credplug_host_v1, getenv, 88);
	PIN(credplug_host_v1, now_ns, 96);
	PIN(credplug_host_v1, remaining_ms, 104);
	PIN(credplug_host_v1, flags, 112);
	PIN(credplug_host_v1, explicit_value, 120);
	PIN(credplug_host_v1, profile, 128);
	PIN(credplug_host_v1, read_file, 136);
	PIN(credplug_host_v1, stat_file, 144);
	PIN(credplug_host_v1, check_path, 152);
	PIN(credplug_host_v1, restrict_capabilities, 160);
	PIN(credplug_host_v1, set_target, 168); /* since 1.1 */
	assert_int_equal(sizeof(struct credplug_host_v1), 176);
	PIN(credplug_provider_v1, abi_major, 0);
	PIN(credplug_provider_v1, struct_size, 4);
	PIN(credplug_provider_v1, name, 8);
	PIN(credplug_provider_v1, version, 16);
	PIN(credplug_provider_v1, summary, 24);
	PIN(credplug_provider_v1, option_keys, 32);
	PIN(credplug_provider_v1, capabilities, 40);
	PIN(credplug_provider_v1, reserved, 44);
	PIN(credplug_provider_v1, create, 48);
	PIN(credplug_provider_v1, destroy, 56);
	PIN(credplug_provider_v1, resolve, 64);
	PIN(credplug_provider_v1, store, 72);
	PIN(credplug_provider_v1, erase, 80);
	PIN(credplug_provider_v1, secret_option_keys, 88); /* since 1.1 */
	assert_int_equal(sizeof(struct credplug_provider_v1), 96);
	PIN(credplug_file_id, dev, 0);
	PIN(credplug_file_id, ino, 8);
	PIN(credplug_file_id, size, 16);
	PIN(credplug_file_id, mtime_ns, 24);
	PIN(credplug_file_id, ctime_ns, 32);
	assert_int_equal(sizeof(struct credplug_file_id), 40);
	PIN(credplug_request, struct_size, 0);
	PIN(credplug_request, method, 8);
	PIN(credplug_request, url, 16);
	PIN(credplug_request, auth, 24);
	assert_int_equal(sizeof(struct credplug_request), 32);
	PIN(credplug_sink, struct_size, 0);
	PIN(credplug_sink, add_header, 8);
	PIN(credplug_sink, user_data, 16);
	assert_int_equal(sizeof(struct credplug_sink), 24);
	PIN(credplug_options, struct_size, 0);
	PIN(credplug_options, config_path, 8);
	PIN(credplug_options, config_json, 16);
	PIN(credplug_options, allocator, 24);
	PIN(credplug_options, flags, 32);
	PIN(credplug_options, provider_dir, 40);
	PIN(credplug_options, builtins, 48);
	PIN(credplug_options, n_builtins, 56);
	PIN(credplug_options, clock, 64);
	PIN(credplug_options, clock_user_data, 72);
	PIN(credplug_options, errbuf, 80);
	PIN(credplug_options, errbuf_len, 88);
	assert_int_equal(sizeof(struct credplug_options), 96);
	PIN(credplug_allocator, struct_size, 0);
	PIN(credplug_allocator, malloc_fn, 8);
	PIN(credplug_allocator, free_fn, 16);
	PIN(credplug_allocator, user_data, 24);
	assert_int_equal(sizeof(struct credplug_allocator), 32);
	PIN(credplug_builtin, name, 0);
	PIN(credplug_builtin, entry, 8);
	assert_int_equal(sizeof(struct credplug_builtin), 16);
	assert_int_equal(CREDPLUG_HOST_V1_0_SIZE, 168);
	/* first-published sizes (types.h): fixed forever */
	assert_int_equal(CREDPLUG_OPTIONS_V0_1_SIZE, 96);
	assert_int_equal(CREDPLUG_ALLOCATOR_V0_1_SIZE, 32);
	assert_int_equal(CREDPLUG_REQUEST_V0_1_SIZE, 28);
	assert_int_equal(CREDPLUG_SINK_V0_1_SIZE, 24);
	assert_int_equal(CREDPLUG_HOST_V1_1_SIZE, 176);
	assert_int_equal(CREDPLUG_PROVIDER_V1_0_SIZE, 88);
	assert_int_equal(CREDPLUG_PROVIDER_V1_1_SIZE, 96);
}

/* Values callers and modules compile in: append-only too. */
static void abi_constants(void **state)
{
	(void)state;
	assert_int_equal(CREDPLUG_PROVIDER_ABI_MAJOR, 1);
	assert_string_equal(CREDPLUG_PROVIDER_ENTRY_SYMBOL,
	                    "credplug_provider_entry_v1");
	assert_int_equal(CREDPLUG_PS_FOUND, 0);
	assert_int_equal(CREDPLUG_PS_NOT_FOUND, 1);
	assert_int_equal(CREDPLUG_PS_UNAVAILABLE, 2);
	assert_int_equal(CREDPLUG_PS_TIMED_OUT, 3);
	assert_int_equal(CREDPLUG_PS_INVALID, 4);
	assert_int_equal(CREDPLUG_PS_DENIED, 5);
	assert_int_equal(CREDPLUG_PS_ERROR, 6);
	assert_int_equal(CREDPLUG_PS_UNCHANGED, 7);
	assert_int_equal(CREDPLUG_API_KEY, 0);
	assert_int_equal(CREDPLUG_APP_KEY, 1);
	assert_int_equal(CREDPLUG_PAT, 2);
	assert_int_equal(CREDPLUG_SITE, 3);
	assert_int_equal(CREDPLUG_AUTH_API_KEY, 1);
	assert_int_equal(CREDPLUG_AUTH_APP_KEY, 2);
	assert_int_equal(CREDPLUG_AUTH_BEARER, 4);
	assert_int_equal(CREDPLUG_AUTH_AUTHZ, 8);
	/* moved to types.h in 0.2: same values */
	assert_int_equal(CREDPLUG_VALUE_MAX, 4096);
	assert_int_equal(CREDPLUG_FLAG_STRICT, 1);
	assert_int_equal(CREDPLUG_FLAG_NO_CONFIG_FILE, 2);
	assert_int_equal(CREDPLUG_FLAG_NO_MODULES, 4);
	assert_int_equal(CREDPLUG_FLAG_INTERACTIVE, 8);
	assert_int_equal(CREDPLUG_FLAG_DUMPABLE_SECRETS, 16);
	assert_int_equal(CREDPLUG_EIO, -16);
	assert_int_equal(CREDPLUG_EPROVIDER, -17);
	assert_int_equal(CREDPLUG_EWOULDBLOCK, -18);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(abi_layout_lp64),
        cmocka_unit_test(abi_constants),
};

CP_TEST_MAIN("core_layout", tests, NULL, NULL)
