/* file provider, credentials-file mode, through the public API with real
 * files: location and profile precedence, permission checks, every error
 * path with its exact message. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cp_stage.h"
#include "fp_helpers.h"

#define API "CANARY-API-7f3a9c21d4"
#define APP "CANARY-APP-0b8e55aa17"
#define PAT "CANARY-PAT-e61d3f09c2"
#define CREDS                                                                  \
	"{\"default\": {\"api_key\": \"" API "\", \"app_key\": \"" APP         \
	"\", \"pat\": \"" PAT "\", \"site\": \"datadoghq.eu\"},\n"             \
	" \"staging\": {\"api_key\": \"STAGING-API-1234\"}}\n"

static void assert_no_canary(struct credplug_ctx *ctx)
{
	char *ex = fp_explain(ctx);

	fp_assert_absent(ex, "CANARY");
	fp_assert_absent(credplug_errmsg(ctx), "CANARY");
	credplug_free(ex);
}

/* Status and exact message of one resolve failing in chain entry 0. */
static void expect_resolve(struct credplug_ctx *ctx, int status,
                           const char *msg)
{
	char want[1200];

	assert_int_equal(credplug_resolve(ctx), status);
	if (msg == NULL)
		return;
	snprintf(want, sizeof(want), "provider \"file\" (chain entry 0) %s: %s",
	         status == CREDPLUG_EDENIED ? "denied" : "invalid", msg);
	assert_string_equal(credplug_errmsg(ctx), want);
}

static void default_chain_uses_xdg_file(void **state)
{
	struct fp_fix *f = *state;
	char api[64], app[64], pat[64], *ex;

	fp_write(f, "xdg/credplug/credentials.json", CREDS, 0600);
	fp_ctx(f, "{}");
	assert_int_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_OK);
	assert_string_equal(api, API);
	assert_string_equal(app, APP);
	assert_string_equal(pat, PAT);
	assert_string_equal(credplug_site(f->ctx), "datadoghq.eu");
	ex = fp_explain(f->ctx);
	assert_non_null(
	        strstr(ex, fp_path(f, "xdg/credplug/credentials.json")));
	assert_non_null(strstr(ex, "(profile default)"));
	fp_assert_absent(ex, "CANARY");
	credplug_free(ex);
}

static void home_fallback_and_profile_env(void **state)
{
	struct fp_fix *f = *state;
	char api[64], app[64], pat[64];

	unsetenv("XDG_CONFIG_HOME");
	setenv("CREDPLUG_PROFILE", "staging", 1);
	fp_write(f, ".config/credplug/credentials.json", CREDS, 0600);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\"}]}");
	assert_int_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_OK);
	assert_string_equal(api, "STAGING-API-1234");
	assert_string_equal(app, "");
}

static void env_path_and_option_precedence(void **state)
{
	struct fp_fix *f = *state;
	char api[64], app[64], pat[64];

	fp_write(f, "env.json",
	         "{\"default\": {\"api_key\": \"FROM-ENV-FILE\"}}", 0600);
	fp_write(f, "opt.json", "{\"p\": {\"api_key\": \"FROM-OPTION\"}}",
	         0400);
	setenv("CREDPLUG_CREDENTIALS_FILE", fp_path(f, "env.json"), 1);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\"}]}");
	assert_int_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_OK);
	assert_string_equal(api, "FROM-ENV-FILE");
	setenv("CREDPLUG_PROFILE", "nope", 1);
	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\", "
	       "\"profile\": \"p\"}]}",
	       fp_path(f, "opt.json"));
	assert_int_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_OK);
	assert_string_equal(api, "FROM-OPTION");
}

static void mode_0644_refused(void **state)
{
	struct fp_fix *f = *state;
	const char *p = fp_path(f, "c.json");
	char msg[1024], api[64], app[64], pat[64];

	fp_write(f, "c.json", CREDS, 0644);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       p);
	snprintf(msg, sizeof(msg),
	         "%s: permissions 0644 are too open (other "
	         "users can access it); run: chmod 600 %s",
	         p, p);
	expect_resolve(f->ctx, CREDPLUG_EDENIED, msg);
	assert_int_not_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_OK);
	assert_string_equal(api, "");
	assert_string_equal(pat, "");
	assert_no_canary(f->ctx);
}

static void mode_0640_needs_allow_group(void **state)
{
	struct fp_fix *f = *state;
	const char *p = fp_path(f, "c.json");
	char msg[1024], api[64], app[64], pat[64], *ex;

	fp_write(f, "c.json", CREDS, 0640);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       p);
	snprintf(msg, sizeof(msg),
	         "%s: permissions 0640 are too open (its "
	         "group can access it); run: chmod 600 %s",
	         p, p);
	expect_resolve(f->ctx, CREDPLUG_EDENIED, msg);
	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\", "
	       "\"allow_group_readable\": true}]}",
	       p);
	assert_int_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_OK);
	assert_string_equal(api, API);
	ex = fp_explain(f->ctx);
	assert_non_null(strstr(ex, "group-readable files allowed "
	                           "(allow_group_readable)"));
	credplug_free(ex);
	/* group-writable or world-readable stays refused */
	fp_write(f, "c.json", CREDS, 0644);
	expect_resolve(f->ctx, CREDPLUG_EDENIED, NULL);
}

static void owner_other_uid_denied(void **state)
{
	struct fp_fix *f = *state;
	const char *p = fp_path(f, "c.json");
	char msg[1024];

	if (geteuid() != 0)
		skip(); /* only root can give a file away */
	fp_write(f, "c.json", CREDS, 0600);
	assert_int_equal(chown(p, 12345, 12345), 0);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       p);
	snprintf(msg, sizeof(msg),
	         "%s: owned by uid 12345, neither the current "
	         "user (uid 0) nor root; run: chown 0 %s",
	         p, p);
	expect_resolve(f->ctx, CREDPLUG_EDENIED, msg);
	assert_no_canary(f->ctx);
}

/* A non-root process reading what a Kubernetes Secret volume gives it:
 * root-owned, 0440, group = its fsGroup.  Accepted with
 * allow_group_readable; 0444 (others can read) is still refused.  Runs the
 * check in a child that drops to uid/gid 65534 and loads file.so from
 * `mods`, a copy staged where that user can reach it (the build tree may
 * not be).  Exit 0: the key was applied; 1: refused with exactly `denied`;
 * anything else: what went wrong is on stderr. */
static int as_nobody(const char *mods, const char *path, int allow_group,
                     const char *denied)
{
	char cfg[1024], err[512] = "", api[64], app[64], pat[64];
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx;
	int st = 0, rc;
	pid_t pid = fork();

	if (pid != 0) {
		waitpid(pid, &st, 0);
		return WIFEXITED(st) ? WEXITSTATUS(st) : 100;
	}
	if (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0)
		_exit(101);
	snprintf(cfg, sizeof(cfg),
	         "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\", "
	         "\"critical\": true%s}]}",
	         path, allow_group ? ", \"allow_group_readable\": true" : "");
	o.config_json = cfg;
	o.provider_dir = mods;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	if (credplug_ctx_new(&ctx, &o) != CREDPLUG_OK) {
		fprintf(stderr, "as nobody: %s\n", err);
		_exit(102);
	}
	rc = credplug_resolve(ctx);
	if (rc == CREDPLUG_OK && fp_apply(ctx, api, app, pat) == CREDPLUG_OK &&
	    strcmp(api, API) == 0)
		_exit(0);
	if (rc == CREDPLUG_EDENIED && strcmp(credplug_errmsg(ctx), denied) == 0)
		_exit(1);
	fprintf(stderr, "as nobody: resolve %d: %s\n", rc,
	        credplug_errmsg(ctx));
	_exit(103);
}

static void root_owned_secret_volume(void **state)
{
	static const char *const mods[] = {"file.so", NULL};
	struct fp_fix *f = *state;
	const char *p = fp_path(f, "c.json");
	char stage[FP_MAX_PATH + 16], group[1024], others[1024];

	if (geteuid() != 0)
		skip(); /* needs to create root-owned files and drop privileges
		         */
	assert_int_equal(chmod(f->dir, 0755), 0);
	snprintf(stage, sizeof(stage), "%s/mods", f->dir);
	assert_int_equal(cp_stage_files(stage, CP_TEST_PROVIDER_DIR, mods), 0);
	fp_write(f, "c.json", CREDS, 0440);
	assert_int_equal(chown(p, 0, 65534), 0);
	snprintf(group, sizeof(group),
	         "provider \"file\" (chain entry 0) denied: %s: permissions "
	         "0440 are too open (its group can access it); run: chmod 600 "
	         "%s",
	         p, p);
	snprintf(others, sizeof(others),
	         "provider \"file\" (chain entry 0) denied: %s: permissions "
	         "0444 are too open (other users can access it); run: chmod "
	         "600 %s",
	         p, p);
	assert_int_equal(as_nobody(stage, p, 1, ""), 0);
	/* without the option, group read is refused */
	assert_int_equal(as_nobody(stage, p, 0, group), 1);
	/* others can read: refused even with the option */
	assert_int_equal(chmod(p, 0444), 0);
	assert_int_equal(as_nobody(stage, p, 1, others), 1);
	assert_int_equal(chmod(f->dir, 0700), 0);
}

static void missing_file_continues_chain(void **state)
{
	struct fp_fix *f = *state;
	char api[64], app[64], pat[64], want[1024], *ex;

	fp_write(f, "b.json", "{\"default\": {\"api_key\": \"SECOND\"}}", 0600);
	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}, "
	       "{\"use\": \"file\", \"path\": \"%s\"}]}",
	       fp_path(f, "none.json"), fp_path(f, "b.json"));
	assert_int_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_OK);
	assert_string_equal(api, "SECOND");
	ex = fp_explain(f->ctx);
	snprintf(
	        want, sizeof(want),
	        "credentials file %s not found (location "
	        "from the path option); create it with `credplug store` or set "
	        "the path option",
	        fp_path(f, "none.json"));
	assert_non_null(strstr(ex, want));
	credplug_free(ex);
}

static void missing_profile_continues_chain(void **state)
{
	struct fp_fix *f = *state;
	char api[64], app[64], pat[64], want[1024], *ex;

	fp_write(f, "a.json", CREDS, 0600);
	fp_write(f, "b.json", "{\"default\": {\"api_key\": \"SECOND\"}}", 0600);
	fp_ctx(f,
	       "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\", "
	       "\"profile\": \"prod\"}, {\"use\": \"file\", \"path\": "
	       "\"%s\"}]}",
	       fp_path(f, "a.json"), fp_path(f, "b.json"));
	assert_int_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_OK);
	assert_string_equal(api, "SECOND");
	ex = fp_explain(f->ctx);
	snprintf(want, sizeof(want),
	         "%s: no profile \\\"prod\\\" (profile from "
	         "the profile option; the file has: default, staging); add it "
	         "or "
	         "pick another with the profile option or CREDPLUG_PROFILE",
	         fp_path(f, "a.json"));
	assert_non_null(strstr(ex, want));
	fp_assert_absent(ex, "CANARY");
	credplug_free(ex);
}

/* One bad document: resolve fails closed with `status` and `msg` (after
 * the path), and nothing of the file is served. */
static void expect_bad_file(struct fp_fix *f, const char *text, int status,
                            const char *sep, const char *msg)
{
	const char *p = fp_path(f, "c.json");
	char want[1024], api[64], app[64], pat[64];

	fp_write(f, "c.json", text, 0600);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       p);
	snprintf(want, sizeof(want), "%s%s%s", p, sep, msg);
	expect_resolve(f->ctx, status, want);
	assert_int_not_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_OK);
	assert_string_equal(api, "");
	assert_no_canary(f->ctx);
}

static void malformed_json(void **state)
{
	expect_bad_file(*state,
	                "{\"default\": {\n  \"api_key\": \"" API "\",\n"
	                "}}\n",
	                CREDPLUG_EINVALID, ":", "3:1: unexpected character");
}

static void truncated_json(void **state)
{
	expect_bad_file(*state, "{\"default\": {\"api_key\": \"" API "\"",
	                CREDPLUG_EINVALID, ":",
	                "1:48: unexpected end of file (incomplete JSON)");
}

static void unknown_key(void **state)
{
	expect_bad_file(*state,
	                "{\"default\": {\"api_key\": \"" API "\"}, "
	                "\"staging\": {\"api_kye\": \"" APP "\"}}",
	                CREDPLUG_EINVALID, ": ",
	                "/staging/api_kye: unknown key "
	                "(expected api_key, app_key, pat, site)");
}

static void wrong_type(void **state)
{
	expect_bad_file(*state,
	                "{\"default\": {\"app_key\": \"" APP "\", "
	                "\"api_key\": 42}}",
	                CREDPLUG_EINVALID, ": ",
	                "/default/api_key: expected a string, got number");
}

static void too_big(void **state)
{
	struct fp_fix *f = *state;
	size_t n = 70000;
	char *big = malloc(n + 1);

	assert_non_null(big);
	memset(big, ' ', n);
	memcpy(big, "{\"default\": {\"api_key\": \"" API "\"}}", 48);
	big[n] = '\0';
	expect_bad_file(f, big, CREDPLUG_EINVALID, ": ",
	                "larger than 65536 bytes; is this the right file?");
	free(big);
}

static void bad_value_invalid(void **state)
{
	struct fp_fix *f = *state;
	const char *p = fp_path(f, "c.json");
	char api[64], app[64], pat[64];

	fp_write(f, "c.json",
	         "{\"default\": {\"api_key\": \"CANARY-A\\r\\nX\"}}", 0600);
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       p);
	assert_int_equal(credplug_resolve(f->ctx), CREDPLUG_EINVALID);
	assert_non_null(strstr(credplug_errmsg(f->ctx), p));
	assert_non_null(strstr(credplug_errmsg(f->ctx), "line break"));
	assert_int_not_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_OK);
	assert_no_canary(f->ctx);
}

static void symlink_to_private_file(void **state)
{
	struct fp_fix *f = *state;
	char api[64], app[64], pat[64], msg[1024];
	const char *link = fp_path(f, "link.json");

	fp_write(f, "real.json", CREDS, 0600);
	fp_symlink(f, fp_path(f, "real.json"), "link.json");
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       link);
	assert_int_equal(fp_apply(f->ctx, api, app, pat), CREDPLUG_OK);
	assert_string_equal(api, API);
	/* the target is what is checked, not the link's own 0777 */
	fp_write(f, "open.json", CREDS, 0644);
	fp_symlink(f, fp_path(f, "open.json"), "link.json");
	fp_ctx(f, "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	       link);
	snprintf(msg, sizeof(msg),
	         "%s: permissions 0644 are too open (other "
	         "users can access it); run: chmod 600 %s",
	         link, link);
	expect_resolve(f->ctx, CREDPLUG_EDENIED, msg);
	assert_no_canary(f->ctx);
}

static void option_errors(void **state)
{
	struct fp_fix *f = *state;

	assert_int_equal(fp_ctx_try(f, "{\"providers\": [{\"use\": \"file\", "
	                               "\"path\": \"/x\", \"dir\": \"/y\"}]}"),
	                 CREDPLUG_ECONFIG);
	assert_non_null(
	        strstr(f->errbuf,
	               "\"path\" applies to a "
	               "credentials file, not to a secret directory (\"dir\"); "
	               "remove one"));
	assert_int_equal(fp_ctx_try(f, "{\"providers\": [{\"use\": \"file\", "
	                               "\"recheck_ms\": -1}]}"),
	                 CREDPLUG_ECONFIG);
	assert_non_null(strstr(f->errbuf, "recheck_ms is -1; use 0 "
	                                  "(never) to 86400000 milliseconds"));
	assert_int_equal(fp_ctx_try(f, "{\"providers\": [{\"use\": \"file\", "
	                               "\"pathh\": \"/x\"}]}"),
	                 CREDPLUG_ECONFIG);
	assert_non_null(strstr(f->errbuf, "pathh"));
	assert_int_equal(
	        fp_ctx_try(f, "{\"providers\": [{\"use\": \"file\", "
	                      "\"dir\": \"/x\", \"api_key_name\": \"a/b\"}]}"),
	        CREDPLUG_ECONFIG);
	assert_non_null(strstr(f->errbuf,
	                       "option \"api_key_name\" must be "
	                       "a file name inside dir, without \"/\""));
}

int main(int argc, char **argv);
static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(default_chain_uses_xdg_file, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(home_fallback_and_profile_env, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(env_path_and_option_precedence,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(mode_0644_refused, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(mode_0640_needs_allow_group, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(owner_other_uid_denied, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(root_owned_secret_volume, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(missing_file_continues_chain, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(missing_profile_continues_chain,
                                        fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(malformed_json, fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(truncated_json, fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(unknown_key, fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(wrong_type, fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(too_big, fp_setup, fp_teardown),
        cmocka_unit_test_setup_teardown(bad_value_invalid, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(symlink_to_private_file, fp_setup,
                                        fp_teardown),
        cmocka_unit_test_setup_teardown(option_errors, fp_setup, fp_teardown),
};
CP_TEST_MAIN("file", tests, NULL, NULL)
