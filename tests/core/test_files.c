/*
 * The host's read_file service (core/files.c) through a real module
 * (tests/mods/readfile.so) that reads one file: issue 10, "also fix":
 * `max = SIZE_MAX` (no limit) wrapped `max + 1` to 0 and returned an
 * empty value.  The buffer is now sized by the file, not by `max`.
 */
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "helpers.h"

#define READFILE T_MODS_DIR "/readfile.so"

static struct credplug_ctx *readfile_ctx(const char *path, const char *max,
                                         const char *more)
{
	char json[1024];

	snprintf(json, sizeof(json),
	         "{'providers':[{'use':'" READFILE "','name':'rf',"
	         "'path':'%s','max':%s%s,'on_error':'fail'}]}",
	         path, max, more);
	return t_ctx(json, 0);
}

/* Resolve; the message of provider 0 from explain into `msg`. */
static int resolve(struct credplug_ctx *ctx, char *msg, size_t cap)
{
	struct json_object *doc;
	int rc = credplug_resolve(ctx);
	const char *m;

	doc = t_explain_doc(ctx);
	m = t_jstr(doc, "providers/0/message");
	snprintf(msg, cap, "%s", m ? m : "");
	json_object_put(doc);
	return rc;
}

static void also_read_file_max_size_max(void **state)
{
	char dir[64], path[128], msg[512];
	struct credplug_ctx *ctx;
	struct credplug_collect c;

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/key", dir);
	t_write_file(path, CANARY_API "\n", 0600);
	ctx = readfile_ctx(path, "-1", ",'private':true");
	assert_int_equal(resolve(ctx, msg, sizeof(msg)), CREDPLUG_OK);
	assert_string_equal(msg, "readfile: 27 bytes");
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_string_equal(t_header(&c, "DD-API-KEY"), CANARY_API);
	credplug_ctx_free(ctx);
	/* The largest finite limits behave the same. */
	ctx = readfile_ctx(path, "9223372036854775807", "");
	assert_int_equal(resolve(ctx, msg, sizeof(msg)), CREDPLUG_OK);
	assert_string_equal(msg, "readfile: 27 bytes");
	credplug_ctx_free(ctx);
	t_rmrf(dir);
}

/* A limit still limits, exactly at its edge. */
static void also_read_file_max_edges(void **state)
{
	char dir[64], path[128], msg[512], want[512];
	struct credplug_ctx *ctx;

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/key", dir);
	t_write_file(path, CANARY_API, 0600);
	ctx = readfile_ctx(path, "27", "");
	assert_int_equal(resolve(ctx, msg, sizeof(msg)), CREDPLUG_OK);
	assert_string_equal(msg, "readfile: 27 bytes");
	credplug_ctx_free(ctx);
	ctx = readfile_ctx(path, "26", "");
	assert_int_equal(resolve(ctx, msg, sizeof(msg)), CREDPLUG_EINVALID);
	snprintf(want, sizeof(want),
	         "%s: larger than 26 bytes; is this the right file?", path);
	assert_string_equal(msg, want);
	credplug_ctx_free(ctx);
	t_rmrf(dir);
}

/* A pseudo-file whose size reads as 0 is still read whole, no limit. */
static void also_read_file_size_zero_pseudo_file(void **state)
{
	struct credplug_ctx *ctx;
	char msg[512];
	size_t n = 0;
	long got;
	FILE *f = fopen("/proc/self/status", "r");

	(void)state;
	assert_non_null(f);
	while (fgetc(f) != EOF)
		n++;
	fclose(f);
	t_clear_env();
	ctx = readfile_ctx("/proc/self/status", "-1", "");
	/* several lines: read, but not a key (the chain finds nothing) */
	assert_int_equal(resolve(ctx, msg, sizeof(msg)), CREDPLUG_ENOTFOUND);
	/* the same process, read moments apart: about the same size */
	assert_int_equal(strncmp(msg, "readfile: ", 10), 0);
	got = strtol(msg + 10, NULL, 10);
	assert_true(labs(got - (long)n) < 64);
	assert_true(got > 100);
	credplug_ctx_free(ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(also_read_file_max_size_max),
        cmocka_unit_test(also_read_file_max_edges),
        cmocka_unit_test(also_read_file_size_zero_pseudo_file),
};

CP_TEST_MAIN("core_files", tests, NULL, NULL)
