/* The file provider says where credplug_store_json()/credplug_erase_json()
 * wrote: the credentials file as written (the path without symlinks), the
 * profile and the mode the file really has. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "cp_test.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fp_helpers.h"

#define SECRET "CANARY-STORE-91ac4e0d"

/* The document credplug_store_json() or (value NULL) _erase_json() should
 * give for the file at `real`. */
static void expect_doc(const char *out, int store, const char *field,
                       const char *real, const char *profile)
{
	char want[2 * PATH_MAX];

	snprintf(want, sizeof(want),
	         "{\"action\":\"%s\",\"field\":\"%s\",\"provider\":\"file\","
	         "\"use\":\"file\",\"locator\":\"%s\",\"profile\":\"%s\","
	         "\"mode\":\"0600\"}",
	         store ? "stored" : "erased", field, real, profile);
	assert_string_equal(out, want);
}

static void store_and_erase_report_the_file(void **state)
{
	struct fp_fix *f = *state;
	char real[PATH_MAX], *out = NULL;

	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       fp_path(f, "new/c.json"));
	assert_int_equal(credplug_store_json(f->ctx, "file", NULL,
	                                     CREDPLUG_API_KEY, SECRET, &out),
	                 CREDPLUG_OK);
	assert_non_null(realpath(fp_path(f, "new/c.json"), real));
	expect_doc(out, 1, "api_key", real, "default");
	fp_assert_absent(out, "CANARY");
	credplug_free(out);
	assert_int_equal(credplug_store_json(f->ctx, "file", "prod",
	                                     CREDPLUG_PAT, SECRET, &out),
	                 CREDPLUG_OK);
	expect_doc(out, 1, "pat", real, "prod");
	credplug_free(out);
	assert_int_equal(
	        credplug_erase_json(f->ctx, "file", "prod", CREDPLUG_PAT, &out),
	        CREDPLUG_OK);
	expect_doc(out, 0, "pat", real, "prod");
	credplug_free(out);
}

/* Through a symlink the report names the file that was written. */
static void report_names_the_file_behind_a_symlink(void **state)
{
	struct fp_fix *f = *state;
	char real[PATH_MAX], *out = NULL;

	fp_write(f, "real/c.json", "{}", 0600);
	fp_symlink(f, fp_path(f, "real"), "link");
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       fp_path(f, "link/c.json"));
	assert_int_equal(credplug_store_json(f->ctx, "file", NULL,
	                                     CREDPLUG_SITE, "datadoghq.eu",
	                                     &out),
	                 CREDPLUG_OK);
	assert_non_null(realpath(fp_path(f, "real/c.json"), real));
	expect_doc(out, 1, "site", real, "default");
	credplug_free(out);
}

/* A relative path is reported as the absolute one it resolved to. */
static void relative_path_reported_absolute(void **state)
{
	struct fp_fix *f = *state;
	char cwd[PATH_MAX], real[PATH_MAX], *out = NULL;

	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir(f->dir), 0);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": "
	          "\"rel/c.json\", \"profile\": \"ci\"}]}");
	assert_int_equal(credplug_store_json(f->ctx, NULL, NULL,
	                                     CREDPLUG_API_KEY, SECRET, &out),
	                 CREDPLUG_OK);
	assert_non_null(realpath("rel/c.json", real));
	assert_int_equal(chdir(cwd), 0);
	expect_doc(out, 1, "api_key", real, "ci");
	credplug_free(out);
}

/* The default location, from XDG_CONFIG_HOME. */
static void default_location_reported(void **state)
{
	struct fp_fix *f = *state;
	char real[PATH_MAX], *out = NULL;

	fp_ctx(f, "{\"providers\": [{\"use\": \"file\"}]}");
	assert_int_equal(credplug_store_json(f->ctx, NULL, NULL,
	                                     CREDPLUG_APP_KEY, SECRET, &out),
	                 CREDPLUG_OK);
	assert_non_null(
	        realpath(fp_path(f, "xdg/credplug/credentials.json"), real));
	expect_doc(out, 1, "app_key", real, "default");
	credplug_free(out);
}

/* Nothing written, nothing reported. */
static void failed_erase_gives_no_document(void **state)
{
	struct fp_fix *f = *state;
	char *out = (char *)1;

	fp_write(f, "c.json", "{\"default\": {\"pat\": \"P-1234567\"}}", 0600);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       fp_path(f, "c.json"));
	assert_int_equal(credplug_erase_json(f->ctx, "file", NULL,
	                                     CREDPLUG_API_KEY, &out),
	                 CREDPLUG_ENOTFOUND);
	assert_null(out);
}

int main(int argc, char **argv);
static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(store_and_erase_report_the_file,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(report_names_the_file_behind_a_symlink,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(relative_path_reported_absolute,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(default_location_reported, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(failed_erase_gives_no_document,
                                        fp_setup, fp_teardown),
};

CP_TEST_MAIN("file_report", tests, NULL, NULL)
