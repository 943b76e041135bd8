/* file provider, secret-directory mode (Kubernetes Secret volume, systemd
 * LoadCredential=), and live rotation seen by a running context, with the
 * context's clock injected so the recheck interval is deterministic. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fp_helpers.h"

#define MS INT64_C(1000000)

static void expect_keys(struct credplug_ctx *ctx, const char *api,
                        const char *app)
{
	char a[64], b[64], p[64];

	assert_int_equal(fp_apply(ctx, a, b, p), CREDPLUG_OK);
	assert_string_equal(a, api);
	assert_string_equal(b, app);
}

static void dir_strips_one_newline(void **state)
{
	struct fp_fix *f = *state;
	char a[64], b[64], p[64], *ex;

	fp_write(f, "s/api_key", "CANARY-API-5d1e77\n", 0600);
	fp_write(f, "s/app_key", "CANARY-APP-2b9c40\r\n", 0400);
	fp_write(f, "s/pat", "", 0600); /* empty: not set */
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"dir\": \"%s\"}]}",
	       fp_path(f, "s"));
	assert_int_equal(fp_apply(f->ctx, a, b, p), CREDPLUG_OK);
	assert_string_equal(a, "CANARY-API-5d1e77");
	assert_string_equal(b, "CANARY-APP-2b9c40");
	assert_string_equal(p, "");
	ex = fp_explain(f->ctx);
	assert_non_null(strstr(ex, fp_path(f, "s/api_key")));
	fp_assert_absent(ex, "CANARY");
	credplug_free(ex);
}

static void dir_two_newlines_invalid(void **state)
{
	struct fp_fix *f = *state;

	fp_write(f, "s/api_key", "CANARY-API-5d1e77\n\n", 0600);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"dir\": \"%s\"}]}",
	       fp_path(f, "s"));
	assert_int_equal(credplug_resolve(f->ctx), CREDPLUG_EINVALID);
	assert_non_null(
	        strstr(credplug_errmsg(f->ctx), fp_path(f, "s/api_key")));
	fp_assert_absent(credplug_errmsg(f->ctx), "CANARY");
}

static void dir_embedded_cr_invalid(void **state)
{
	struct fp_fix *f = *state;
	char a[64], b[64], p[64];

	fp_write(f, "s/api_key", "CANARY-A\rPI-5d1e77\n", 0600);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"dir\": \"%s\"}]}",
	       fp_path(f, "s"));
	assert_int_equal(credplug_resolve(f->ctx), CREDPLUG_EINVALID);
	assert_non_null(
	        strstr(credplug_errmsg(f->ctx), fp_path(f, "s/api_key")));
	assert_non_null(strstr(credplug_errmsg(f->ctx), "line break"));
	fp_assert_absent(credplug_errmsg(f->ctx), "CANARY");
	assert_int_not_equal(fp_apply(f->ctx, a, b, p), CREDPLUG_OK);
	assert_string_equal(a, "");
}

static void dir_file_mode_checked(void **state)
{
	struct fp_fix *f = *state;
	const char *p = fp_path(f, "s/app_key");
	char msg[1024];

	fp_write(f, "s/api_key", "CANARY-API-5d1e77", 0600);
	fp_write(f, "s/app_key", "CANARY-APP-2b9c40", 0604);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"dir\": \"%s\"}]}",
	       fp_path(f, "s"));
	snprintf(msg, sizeof(msg),
	         "provider \"file\" (chain entry 0) denied: "
	         "%s: permissions 0604 are too open (other "
	         "users can access it); run: chmod 600 %s",
	         p, p);
	assert_int_equal(credplug_resolve(f->ctx), CREDPLUG_EDENIED);
	assert_string_equal(credplug_errmsg(f->ctx), msg);
}

static void dir_missing_or_empty_not_found(void **state)
{
	struct fp_fix *f = *state;
	char want[1024], *ex;

	fp_mkdir(f, "empty", 0700);
	fp_write(f, "b/site", "datadoghq.eu\n", 0600);
	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"dir\": \"%s\"}, "
	       "{\"use\": \"file\", \"dir\": \"%s\"}, {\"use\": \"file\", "
	       "\"dir\": \"%s\"}]}",
	       fp_path(f, "nope"), fp_path(f, "empty"), fp_path(f, "b"));
	assert_int_equal(credplug_resolve(f->ctx), CREDPLUG_OK);
	assert_string_equal(credplug_site(f->ctx), "datadoghq.eu");
	ex = fp_explain(f->ctx);
	snprintf(want, sizeof(want),
	         "secret directory %s not found (from the "
	         "dir option)",
	         fp_path(f, "nope"));
	assert_non_null(strstr(ex, want));
	snprintf(want, sizeof(want),
	         "secret directory %s (from the dir option) "
	         "has no non-empty api_key, app_key, pat or site file",
	         fp_path(f, "empty"));
	assert_non_null(strstr(ex, want));
	credplug_free(ex);
}

static void systemd_credentials_directory(void **state)
{
	struct fp_fix *f = *state;
	char *ex;

	fp_write(f, "creds/dd-api", "SYSTEMD-API-1\n", 0400);
	fp_write(f, "creds/dd-app", "SYSTEMD-APP-1\n", 0400);
	setenv("CREDENTIALS_DIRECTORY", fp_path(f, "creds"), 1);
	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"systemd\": true, "
	       "\"api_key_name\": \"dd-api\", \"app_key_name\": \"dd-app\"}]}");
	expect_keys(f->ctx, "SYSTEMD-API-1", "SYSTEMD-APP-1");
	unsetenv("CREDENTIALS_DIRECTORY");
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"systemd\": true}]}");
	assert_int_equal(credplug_resolve(f->ctx), CREDPLUG_OK);
	ex = fp_explain(f->ctx);
	assert_non_null(strstr(ex, "secret directory (unset) not found (from "
	                           "CREDENTIALS_DIRECTORY (systemd option))"));
	credplug_free(ex);
}

/* Kubernetes layout: s/..data -> ..gen1, s/api_key -> ..data/api_key. */
static void k8s_generation(struct fp_fix *f, const char *gen, const char *api,
                           const char *app)
{
	char rel[64];

	snprintf(rel, sizeof(rel), "s/%s/api_key", gen);
	fp_write(f, rel, api, 0400);
	snprintf(rel, sizeof(rel), "s/%s/app_key", gen);
	fp_write(f, rel, app, 0400);
}

/* The atomic swap kubelet does: new link beside, rename over ..data. */
static void k8s_swap(struct fp_fix *f, const char *gen)
{
	fp_symlink(f, gen, "s/..data_tmp");
	assert_int_equal(
	        rename(fp_path(f, "s/..data_tmp"), fp_path(f, "s/..data")), 0);
}

static void k8s_setup(struct fp_fix *f)
{
	k8s_generation(f, "..gen1", "A-old", "B-old");
	k8s_swap(f, "..gen1");
	fp_symlink(f, "..data/api_key", "s/api_key");
	fp_symlink(f, "..data/app_key", "s/app_key");
}

static void k8s_swap_seen_after_recheck(void **state)
{
	struct fp_fix *f = *state;

	k8s_setup(f);
	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"dir\": \"%s\", "
	       "\"recheck_ms\": 1000}]}",
	       fp_path(f, "s"));
	expect_keys(f->ctx, "A-old", "B-old");
	k8s_generation(f, "..gen2", "A-new", "B-new");
	k8s_swap(f, "..gen2");
	/* within the interval a warm apply does no I/O: still old */
	__atomic_add_fetch(&f->now_ns, 999 * MS, __ATOMIC_SEQ_CST);
	expect_keys(f->ctx, "A-old", "B-old");
	__atomic_add_fetch(&f->now_ns, 2 * MS, __ATOMIC_SEQ_CST);
	expect_keys(f->ctx, "A-new", "B-new");
}

/* A credentials file deleted (or its profile erased) and later put back
 * is seen again without a restart: the provider keeps watching. */
static void deleted_then_recreated_seen(void **state)
{
	struct fp_fix *f = *state;
	const char *p = fp_path(f, "c.json");
	const char *doc = "{\"default\": {\"api_key\": \"A-1\", "
	                  "\"app_key\": \"B-1\"}}";

	fp_write(f, "c.json", doc, 0600);
	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\", "
	       "\"recheck_ms\": 500}]}",
	       p);
	expect_keys(f->ctx, "A-1", "B-1");
	assert_int_equal(unlink(p), 0);
	__atomic_add_fetch(&f->now_ns, 501 * MS, __ATOMIC_SEQ_CST);
	expect_keys(f->ctx, "", "");
	fp_write(f, "c.json",
	         "{\"default\": {\"api_key\": \"A-2\", \"app_key\": \"B-2\"}}",
	         0600);
	__atomic_add_fetch(&f->now_ns, 501 * MS, __ATOMIC_SEQ_CST);
	expect_keys(f->ctx, "A-2", "B-2");
}

/* A file that did not exist at start is looked for too, ten times less
 * often than a file that did. */
static void missing_at_start_seen_later(void **state)
{
	struct fp_fix *f = *state;
	const char *p = fp_path(f, "late.json");

	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\", "
	       "\"recheck_ms\": 500}]}",
	       p);
	expect_keys(f->ctx, "", "");
	fp_write(f, "late.json",
	         "{\"default\": {\"api_key\": \"A-3\", \"app_key\": \"B-3\"}}",
	         0600);
	__atomic_add_fetch(&f->now_ns, 501 * MS, __ATOMIC_SEQ_CST);
	expect_keys(f->ctx, "", "");
	__atomic_add_fetch(&f->now_ns, 4500 * MS, __ATOMIC_SEQ_CST);
	expect_keys(f->ctx, "A-3", "B-3");
}

static void inplace_rewrite_seen_after_recheck(void **state)
{
	struct fp_fix *f = *state;
	const char *p = fp_path(f, "c.json");

	fp_write(f, "c.json",
	         "{\"default\": {\"api_key\": \"A-old\", "
	         "\"app_key\": \"B-old\"}}",
	         0600);
	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\", "
	       "\"recheck_ms\": 500}]}",
	       p);
	expect_keys(f->ctx, "A-old", "B-old");
	/* different size, so the identity changes even within one mtime tick */
	fp_rewrite(f, "c.json",
	           "{\"default\": {\"api_key\": \"A-new\", "
	           "\"app_key\": \"B-newer\"}}");
	__atomic_add_fetch(&f->now_ns, 501 * MS, __ATOMIC_SEQ_CST);
	expect_keys(f->ctx, "A-new", "B-newer");
}

static void half_written_keeps_last_good(void **state)
{
	struct fp_fix *f = *state;
	const char *p = fp_path(f, "c.json");
	char want[1024];

	fp_write(f, "c.json",
	         "{\"default\": {\"api_key\": \"A-old\", "
	         "\"app_key\": \"B-old\"}}",
	         0600);
	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\", "
	       "\"recheck_ms\": 100}]}",
	       p);
	expect_keys(f->ctx, "A-old", "B-old");
	fp_rewrite(f, "c.json", "{\"default\": {\"api_key\": \"A-new\", ");
	__atomic_add_fetch(&f->now_ns, 101 * MS, __ATOMIC_SEQ_CST);
	/* the torn file is never served: the last good set stays */
	expect_keys(f->ctx, "A-old", "B-old");
	assert_int_equal(credplug_resolve(f->ctx), CREDPLUG_EINVALID);
	snprintf(want, sizeof(want),
	         "provider \"file\" (chain entry 0) "
	         "invalid: %s:1:34: unexpected end of file "
	         "(incomplete JSON)",
	         p);
	assert_string_equal(credplug_errmsg(f->ctx), want);
	expect_keys(f->ctx, "A-old", "B-old");
	fp_rewrite(f, "c.json",
	           "{\"default\": {\"api_key\": \"A-new\", "
	           "\"app_key\": \"B-new\"}}\n");
	/* after a failed resolve the host backs off (at least a second) */
	__atomic_add_fetch(&f->now_ns, 1001 * MS, __ATOMIC_SEQ_CST);
	expect_keys(f->ctx, "A-new", "B-new");
}

static void permission_change_noticed(void **state)
{
	struct fp_fix *f = *state;
	const char *p = fp_path(f, "c.json");

	fp_write(f, "c.json", "{\"default\": {\"api_key\": \"A-old\"}}", 0600);
	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\", "
	       "\"recheck_ms\": 10}]}",
	       p);
	expect_keys(f->ctx, "A-old", "");
	assert_int_equal(credplug_resolve(f->ctx), CREDPLUG_OK); /* unchanged */
	/* chmod moves only ctime: the identity includes it, so it is re-read */
	assert_int_equal(chmod(p, 0644), 0);
	assert_int_equal(credplug_resolve(f->ctx), CREDPLUG_EDENIED);
	assert_int_equal(chmod(p, 0600), 0);
	assert_int_equal(credplug_resolve(f->ctx), CREDPLUG_OK);
	expect_keys(f->ctx, "A-old", "");
}

int main(int argc, char **argv);
static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(dir_strips_one_newline, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(dir_two_newlines_invalid, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(dir_embedded_cr_invalid, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(dir_file_mode_checked, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(dir_missing_or_empty_not_found,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(systemd_credentials_directory, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(deleted_then_recreated_seen, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(missing_at_start_seen_later, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(k8s_swap_seen_after_recheck, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(inplace_rewrite_seen_after_recheck,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(half_written_keeps_last_good, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(permission_change_noticed, fp_setup,
                                        fp_teardown),
};
CP_TEST_MAIN("file_dir", tests, NULL, NULL)
