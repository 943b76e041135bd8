/* file provider store/erase through credplug_store()/credplug_erase():
 * atomic replacement, modes, other profiles and extension content kept. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "cp_test.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "fp_helpers.h"
#include "fp_users.h"
#include "store_sec04.h"

#define SECRET "CANARY-STORE-91ac4e0d"

/* Value at /profile/key of the file, or NULL; also asserts the file is
 * valid JSON.  Returned pointer is into a static copy. */
static const char *file_value(struct fp_fix *f, const char *rel,
                              const char *profile, const char *key)
{
	static char out[256];
	struct json_object *root = json_object_from_file(fp_path(f, rel));
	struct json_object *p, *v;
	const char *res = NULL;

	assert_non_null(root);
	if (json_object_object_get_ex(root, profile, &p) &&
	    json_object_object_get_ex(p, key, &v)) {
		snprintf(out, sizeof(out), "%s", json_object_get_string(v));
		res = out;
	}
	json_object_put(root);
	return res;
}

static int count_entries(struct fp_fix *f, const char *rel)
{
	DIR *d = opendir(fp_path(f, rel));
	struct dirent *e;
	int n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL)
		n += e->d_name[0] != '.' || strncmp(e->d_name, ".c", 2) == 0;
	closedir(d);
	return n;
}

/* A failed resolve makes apply back off (about a second) before asking
 * the chain again; a successful store is new input and lifts that, like
 * credplug_set: the next apply sees the stored value at once. */
static void store_lifts_failure_backoff(void **state)
{
	struct fp_fix *f = *state;
	char api[64], app[64], pat[64];

	fp_write(f, "c.json", "{\"default\": {\"app_key\": \"APPKEY-0123\"}}",
	         0644);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       fp_path(f, "c.json"));
	assert_int_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_EDENIED);
	/* still backing off: the same failure, no new walk */
	assert_int_equal(chmod(fp_path(f, "c.json"), 0600), 0);
	assert_int_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_EDENIED);
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, SECRET),
	        CREDPLUG_OK);
	assert_int_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_OK);
	assert_string_equal(api, SECRET);
	assert_string_equal(app, "APPKEY-0123");
}

static void store_creates_file_and_dirs(void **state)
{
	struct fp_fix *f = *state;
	char api[64], app[64], pat[64];

	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       fp_path(f, "new/sub/credentials.json"));
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, SECRET),
	        CREDPLUG_OK);
	assert_int_equal(fp_mode(f, "new"), 0700);
	assert_int_equal(fp_mode(f, "new/sub"), 0700);
	assert_int_equal(fp_mode(f, "new/sub/credentials.json"), 0600);
	assert_string_equal(
	        file_value(f, "new/sub/credentials.json", "default", "api_key"),
	        SECRET);
	assert_int_equal(count_entries(f, "new/sub"),
	                 1); /* no temp file left */
	assert_int_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_OK);
	assert_string_equal(api, SECRET);
	fp_assert_absent(credplug_errmsg(f->ctx), "CANARY");
}

static void store_preserves_other_content(void **state)
{
	struct fp_fix *f = *state;
	char api[64], app[64], pat[64];

	fp_write(f, "c.json",
	         "{\"_comment\": \"kept\", \"default\": {\"api_key\": "
	         "\"D-API\", \"_note\": [1, 2]}, \"staging\": {\"api_key\": "
	         "\"S-OLD\", \"site\": \"datadoghq.eu\"}}",
	         0600);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       fp_path(f, "c.json"));
	assert_int_equal(credplug_store(f->ctx, "file", "staging",
	                                CREDPLUG_API_KEY, "S-NEW"),
	                 CREDPLUG_OK);
	assert_int_equal(
	        credplug_store(f->ctx, "file", "prod", CREDPLUG_PAT, "P-PAT"),
	        CREDPLUG_OK);
	assert_string_equal(file_value(f, "c.json", "staging", "api_key"),
	                    "S-NEW");
	assert_string_equal(file_value(f, "c.json", "staging", "site"),
	                    "datadoghq.eu");
	assert_string_equal(file_value(f, "c.json", "default", "api_key"),
	                    "D-API");
	assert_non_null(file_value(f, "c.json", "default", "_note"));
	assert_string_equal(file_value(f, "c.json", "prod", "pat"), "P-PAT");
	assert_int_equal(fp_mode(f, "c.json"), 0600);
	/* the running context sees the new file at its next resolve */
	assert_int_equal(credplug_resolve(f->ctx), CREDPLUG_OK);
	assert_int_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_OK);
	assert_string_equal(api, "D-API");
}

static void erase_removes_field_then_profile(void **state)
{
	struct fp_fix *f = *state;
	char want[1024];

	fp_write(f, "c.json",
	         "{\"default\": {\"api_key\": \"D\"}, \"staging\": "
	         "{\"api_key\": \"S\", \"pat\": \"P\"}}",
	         0600);
	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\", "
	       "\"profile\": \"staging\"}]}",
	       fp_path(f, "c.json"));
	assert_int_equal(credplug_erase(f->ctx, "file", NULL, CREDPLUG_PAT),
	                 CREDPLUG_OK);
	assert_null(file_value(f, "c.json", "staging", "pat"));
	assert_string_equal(file_value(f, "c.json", "staging", "api_key"), "S");
	assert_int_equal(credplug_erase(f->ctx, "file", NULL, CREDPLUG_API_KEY),
	                 CREDPLUG_OK);
	assert_null(file_value(f, "c.json", "staging", "api_key"));
	assert_null(file_value(f, "c.json", "staging", "site"));
	assert_string_equal(file_value(f, "c.json", "default", "api_key"), "D");
	assert_int_equal(credplug_erase(f->ctx, "file", NULL, CREDPLUG_API_KEY),
	                 CREDPLUG_ENOTFOUND);
	snprintf(want, sizeof(want),
	         "provider \"file\" could not erase api_key: "
	         "%s: profile \"staging\" has no api_key; "
	         "nothing to erase",
	         fp_path(f, "c.json"));
	assert_string_equal(credplug_errmsg(f->ctx), want);
}

static void store_refuses_broken_or_open_file(void **state)
{
	struct fp_fix *f = *state;
	const char *p = fp_path(f, "c.json");
	char want[1024];

	fp_write(f, "c.json", "{\"default\": {\"api_key\": \"D\",}}", 0600);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       p);
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, SECRET),
	        CREDPLUG_EINVALID);
	snprintf(want, sizeof(want),
	         "provider \"file\" could not store api_key: "
	         "refusing to rewrite %s:1:29: unexpected "
	         "character; fix the file first",
	         p);
	assert_string_equal(credplug_errmsg(f->ctx), want);
	fp_write(f, "c.json", "{}", 0644);
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, SECRET),
	        CREDPLUG_EDENIED);
	snprintf(want, sizeof(want),
	         "provider \"file\" could not store api_key: "
	         "%s: permissions 0644 are too open (other "
	         "users can access it); run: chmod 600 %s",
	         p, p);
	assert_string_equal(credplug_errmsg(f->ctx), want);
	assert_int_equal(fp_mode(f, "c.json"), 0644); /* untouched */
	fp_assert_absent(credplug_errmsg(f->ctx), "CANARY");
}

static void store_through_symlink_keeps_link(void **state)
{
	struct fp_fix *f = *state;

	fp_write(f, "real/c.json", "{}", 0600);
	fp_symlink(f, fp_path(f, "real/c.json"), "link.json");
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       fp_path(f, "link.json"));
	assert_int_equal(credplug_store(f->ctx, "file", NULL, CREDPLUG_SITE,
	                                "datadoghq.eu"),
	                 CREDPLUG_OK);
	assert_string_equal(file_value(f, "real/c.json", "default", "site"),
	                    "datadoghq.eu");
	{
		struct stat st;
		assert_int_equal(lstat(fp_path(f, "link.json"), &st), 0);
		assert_true(S_ISLNK(st.st_mode));
	}
}

/* A dangling symlink is not silently replaced by a regular file. */
static void store_through_dangling_symlink_refused(void **state)
{
	struct fp_fix *f = *state;
	char want[1024];
	struct stat st;

	fp_symlink(f, fp_path(f, "nowhere/c.json"), "dang.json");
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       fp_path(f, "dang.json"));
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, SECRET),
	        CREDPLUG_EINVALID);
	snprintf(want, sizeof(want),
	         "provider \"file\" could not store api_key: %s is a symlink "
	         "to a file that does not exist; create its target (or remove "
	         "the link), then store again",
	         fp_path(f, "dang.json"));
	assert_string_equal(credplug_errmsg(f->ctx), want);
	assert_int_equal(lstat(fp_path(f, "dang.json"), &st), 0);
	assert_true(S_ISLNK(st.st_mode));
}

/* A link on the way to a directory that does not exist: not created
 * through the link (that is the link's owner's business). */
static void store_through_dangling_dir_link_refused(void **state)
{
	struct fp_fix *f = *state;
	char want[1024];

	fp_symlink(f, fp_path(f, "nowhere"), "dl");
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       fp_path(f, "dl/c.json"));
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, SECRET),
	        CREDPLUG_EINVALID);
	snprintf(want, sizeof(want),
	         "provider \"file\" could not store api_key: cannot write %s: "
	         "%s does not exist (a symlink on the way points there); "
	         "create it, then store again",
	         fp_path(f, "dl/c.json"), fp_path(f, "nowhere"));
	assert_string_equal(credplug_errmsg(f->ctx), want);
	assert_int_equal(access(fp_path(f, "nowhere"), F_OK), -1);
}

/* Our own link in a sticky directory (like /tmp) is followed, as any
 * link of ours is; the link stays. */
static void store_through_own_link_in_sticky_dir(void **state)
{
	struct fp_fix *f = *state;
	struct stat st;

	fp_write(f, "real/c.json", "{}", 0600);
	fp_mkdir(f, "tmp", 0700);
	assert_int_equal(chmod(fp_path(f, "tmp"), 01777), 0);
	fp_symlink(f, fp_path(f, "real/c.json"), "tmp/link.json");
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       fp_path(f, "tmp/link.json"));
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, SECRET),
	        CREDPLUG_OK);
	assert_string_equal(file_value(f, "real/c.json", "default", "api_key"),
	                    SECRET);
	assert_int_equal(lstat(fp_path(f, "tmp/link.json"), &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_int_equal(count_entries(f, "real"), 1); /* no temp file left */
}

/* A relative path is walked from the current directory. */
static void store_relative_path(void **state)
{
	struct fp_fix *f = *state;
	char cwd[1024];

	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir(f->dir), 0);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": "
	          "\"rel/c.json\"}]}");
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, SECRET),
	        CREDPLUG_OK);
	assert_int_equal(chdir(cwd), 0);
	assert_int_equal(fp_mode(f, "rel"), 0700);
	assert_int_equal(fp_mode(f, "rel/c.json"), 0600);
	assert_string_equal(file_value(f, "rel/c.json", "default", "api_key"),
	                    SECRET);
}

/* credplug_store without a provider name skips a secret directory (read
 * only: its owner writes it) and lands in the next writable instance. */
static void unnamed_store_skips_secret_dir(void **state)
{
	struct fp_fix *f = *state;
	char *doc;

	fp_mkdir(f, "s", 0700);
	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"name\": \"dir\", "
	       "\"dir\": \"%s\"}, {\"use\": \"file\", \"path\": \"%s\"}]}",
	       fp_path(f, "s"), fp_path(f, "c.json"));
	assert_int_equal(
	        credplug_store(f->ctx, NULL, NULL, CREDPLUG_API_KEY, SECRET),
	        CREDPLUG_OK);
	assert_string_equal(file_value(f, "c.json", "default", "api_key"),
	                    SECRET);
	assert_int_equal(credplug_explain_json(f->ctx, &doc), CREDPLUG_OK);
	{
		struct json_object *j = json_tokener_parse(doc), *p, *caps;

		assert_non_null(j);
		assert_true(json_object_object_get_ex(j, "providers", &p));
		caps = json_object_object_get(json_object_array_get_idx(p, 0),
		                              "capabilities");
		assert_int_equal(json_object_array_length(caps), 0);
		caps = json_object_object_get(json_object_array_get_idx(p, 1),
		                              "capabilities");
		assert_int_equal(json_object_array_length(caps), 2);
		json_object_put(j);
	}
	credplug_free(doc);
}

static void store_in_secret_dir_refused(void **state)
{
	struct fp_fix *f = *state;
	char want[1024];

	fp_mkdir(f, "s", 0700);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"dir\": \"%s\"}]}",
	       fp_path(f, "s"));
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, SECRET),
	        CREDPLUG_EINVALID);
	snprintf(want, sizeof(want),
	         "provider \"file\" could not store api_key: "
	         "cannot write to secret directory %s; "
	         "it is managed by Kubernetes or systemd",
	         fp_path(f, "s"));
	assert_string_equal(credplug_errmsg(f->ctx), want);
}

int main(int argc, char **argv);
static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(store_lifts_failure_backoff, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(store_creates_file_and_dirs, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(store_preserves_other_content, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(erase_removes_field_then_profile,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(store_refuses_broken_or_open_file,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(unnamed_store_skips_secret_dir,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(store_through_dangling_symlink_refused,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(store_through_symlink_keeps_link,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(store_in_secret_dir_refused, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(store_through_dangling_dir_link_refused,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(store_through_own_link_in_sticky_dir,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(store_relative_path, fp_setup,
                                        fp_teardown),
        /* issue 10, finding 4 (test_file_store_sec04.c) */
        cmocka_unit_test_setup_teardown(sec04_foreign_symlink_refused, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(sec04_unsafe_directory_refused,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(sec04_replaced_after_read_refused,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(sec04_swapped_to_link_refused, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(sec04_symlink_race, fp_users_setup,
                                        fp_users_teardown),
};
CP_TEST_MAIN("file_store", tests, NULL, NULL)
