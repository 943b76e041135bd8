/*
 * The sinks built into the core: the HTTP/1.1 header-block buffer, the
 * collector, and a callback that fails part-way.
 */
#include "cp_test.h"

#include <stdio.h>
#include <string.h>

#include "helpers.h"

#define API "API-0123456789abcdef"
#define APP "APP-0123456789abcdef"
#define PAT "PAT-0123456789abcdef"
#define BLOCK                                                                  \
	"DD-API-KEY: " API "\r\nDD-APPLICATION-KEY: " APP                      \
	"\r\nAuthorization: Bearer " PAT "\r\n"
#define FIRST "DD-API-KEY: " API "\r\n"

static struct credplug_ctx *three(void)
{
	struct credplug_ctx *ctx;

	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'explicit'}]}", 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, API), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_APP_KEY, APP), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_PAT, PAT), 0);
	return ctx;
}

static int apply_to(struct credplug_ctx *ctx, const struct credplug_sink *sink)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;

	req.url = T_URL;
	req.auth = T_ALL;
	return credplug_apply(ctx, &req, sink);
}

static void buffer_exact(void **state)
{
	struct credplug_ctx *ctx = three();
	struct credplug_sink sink;
	struct credplug_buffer buf;
	char mem[512];

	(void)state;
	credplug_buffer_sink(&sink, &buf, mem, sizeof(mem));
	assert_int_equal(apply_to(ctx, &sink), 0);
	assert_string_equal(mem, BLOCK);
	assert_int_equal(buf.len, strlen(BLOCK));
	credplug_buffer_wipe(&buf);
	assert_int_equal(buf.len, 0);
	for (size_t i = 0; i < sizeof(mem); i++)
		assert_int_equal(mem[i], 0);
	credplug_ctx_free(ctx);
}

/* Exactly enough room (block + NUL) fits; one byte less fails. */
static void buffer_exact_fit(void **state)
{
	struct credplug_ctx *ctx = three();
	struct credplug_sink sink;
	struct credplug_buffer buf;
	char mem[512];

	(void)state;
	credplug_buffer_sink(&sink, &buf, mem, strlen(BLOCK) + 1);
	assert_int_equal(apply_to(ctx, &sink), 0);
	assert_string_equal(mem, BLOCK);
	credplug_buffer_sink(&sink, &buf, mem, strlen(BLOCK));
	assert_int_equal(apply_to(ctx, &sink), CREDPLUG_ESINK);
	credplug_ctx_free(ctx);
}

/* Overflow: ESINK, and nothing beyond the headers that fitted. */
static void buffer_overflow(void **state)
{
	struct credplug_ctx *ctx = three();
	struct credplug_sink sink;
	struct credplug_buffer buf;
	char mem[512];
	size_t cap = strlen(FIRST) + 10;

	(void)state;
	memset(mem, 'Z', sizeof(mem));
	credplug_buffer_sink(&sink, &buf, mem, cap);
	assert_int_equal(apply_to(ctx, &sink), CREDPLUG_ESINK);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "the header sink failed to add DD-APPLICATION-KEY (it "
	        "returned -1); discard this request");
	assert_int_equal(buf.len, strlen(FIRST));
	assert_memory_equal(mem, FIRST, strlen(FIRST));
	for (size_t i = strlen(FIRST); i < cap; i++)
		assert_int_equal(mem[i],
		                 0); /* the rest wiped, no partial header */
	for (size_t i = cap; i < sizeof(mem); i++)
		assert_int_equal(mem[i], 'Z'); /* never past cap */
	/* too small for even the first header */
	credplug_buffer_sink(&sink, &buf, mem, 8);
	assert_int_equal(apply_to(ctx, &sink), CREDPLUG_ESINK);
	assert_int_equal(buf.len, 0);
	assert_string_equal(mem, "");
	credplug_ctx_free(ctx);
}

static void collect(void **state)
{
	struct credplug_ctx *ctx = three();
	struct credplug_sink sink;
	struct credplug_collect c;

	(void)state;
	credplug_collect_sink(&sink, &c);
	assert_int_equal(apply_to(ctx, &sink), 0);
	assert_int_equal(c.count, 3);
	assert_string_equal(c.headers[0].name, "DD-API-KEY");
	assert_string_equal(c.headers[0].value, API);
	assert_string_equal(c.headers[1].name, "DD-APPLICATION-KEY");
	assert_string_equal(c.headers[1].value, APP);
	assert_string_equal(c.headers[2].name, "Authorization");
	assert_string_equal(c.headers[2].value, "Bearer " PAT);
	credplug_collect_wipe(&c);
	assert_int_equal(c.count, 0);
	assert_string_equal(c.headers[0].value, "");
	/* the collector resets on reuse */
	credplug_collect_sink(&sink, &c);
	assert_int_equal(apply_to(ctx, &sink), 0);
	assert_int_equal(c.count, 3);
	credplug_ctx_free(ctx);
}

/* A full collector refuses the next header (ESINK), it never overflows. */
static void collect_full(void **state)
{
	struct credplug_ctx *ctx = three();
	struct credplug_sink sink;
	struct credplug_collect c;

	(void)state;
	credplug_collect_sink(&sink, &c);
	c.count = CREDPLUG_COLLECT_MAX - 1;
	assert_int_equal(apply_to(ctx, &sink), CREDPLUG_ESINK);
	assert_int_equal(c.count, CREDPLUG_COLLECT_MAX);
	assert_string_equal(c.headers[CREDPLUG_COLLECT_MAX - 1].name,
	                    "DD-API-KEY");
	credplug_ctx_free(ctx);
}

struct failing {
	int calls;
	int fail_at;
	char names[4][32];
};

static int failing_add(void *ud, const char *name, const char *value)
{
	struct failing *f = ud;

	(void)value;
	snprintf(f->names[f->calls], sizeof(f->names[0]), "%s", name);
	return ++f->calls == f->fail_at ? 42 : 0;
}

/* A callback failing mid-way: ESINK naming the header, no later call. */
static void callback_fails_midway(void **state)
{
	struct credplug_ctx *ctx = three();
	struct credplug_sink sink = CREDPLUG_SINK_INIT;
	struct failing f = {0, 2, {""}};

	(void)state;
	sink.add_header = failing_add;
	sink.user_data = &f;
	assert_int_equal(apply_to(ctx, &sink), CREDPLUG_ESINK);
	assert_int_equal(f.calls, 2);
	assert_string_equal(f.names[1], "DD-APPLICATION-KEY");
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "the header sink failed to add DD-APPLICATION-KEY (it "
	        "returned 42); discard this request");
	f.calls = 0;
	f.fail_at = 3;
	assert_int_equal(apply_to(ctx, &sink), CREDPLUG_ESINK);
	assert_int_equal(f.calls, 3);
	assert_string_equal(credplug_errmsg(ctx),
	                    "the header sink failed to add Authorization (it "
	                    "returned 42); discard this request");
	f.calls = 0;
	f.fail_at = 0;
	assert_int_equal(apply_to(ctx, &sink), 0);
	assert_int_equal(f.calls, 3);
	credplug_ctx_free(ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(buffer_exact),
        cmocka_unit_test(buffer_exact_fit),
        cmocka_unit_test(buffer_overflow),
        cmocka_unit_test(collect),
        cmocka_unit_test(collect_full),
        cmocka_unit_test(callback_fails_midway),
};

CP_TEST_MAIN("core_sinks", tests, NULL, NULL)
