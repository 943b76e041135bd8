/*
 * ABI negotiation and module loading, with mock modules that each do one
 * thing wrong (tests/core/mods/bad.c): a broken module is recorded in
 * explain and skipped, unless its entry is critical; modules are loaded
 * once per process.
 */
#include "cp_test.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include <credplug/provider.h>

#include "helpers.h"

#define EXPL_API "EXPLICIT-API-00000000001"

/* A chain of the module at `use` and an explicit provider after it. */
static void chain_json(char *buf, size_t cap, const char *use,
                       const char *extra)
{
	snprintf(buf, cap,
	         "{'providers':[{'use':'%s'%s},"
	         "{'use':'explicit','api_key':'" EXPL_API "'}]}",
	         use, extra);
}

/* The module fails with `status` and `msg`; the rest of the chain works. */
static void expect_skipped_with(const char *use, const char *extra,
                                const char *status, const char *msg)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;
	struct json_object *doc;
	char json[1024];

	t_clear_env();
	chain_json(json, sizeof(json), use, extra);
	ctx = t_ctx(json, 0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_int_equal(c.count, 1);
	assert_string_equal(t_header(&c, "DD-API-KEY"), EXPL_API);
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "providers/0/status"), status);
	assert_string_equal(t_jstr(doc, "providers/0/message"), msg);
	assert_string_equal(t_jstr(doc, "providers/0/loaded"), "false");
	assert_string_equal(t_jstr(doc, "providers/1/status"), "found");
	json_object_put(doc);
	credplug_ctx_free(ctx);
}

static void expect_skipped(const char *use, const char *status, const char *msg)
{
	expect_skipped_with(use, "", status, msg);
}

/* A config entry naming a provider that is not there: creation fails. */
static void expect_missing(const char *use, const char *msg)
{
	struct credplug_ctx *ctx = (struct credplug_ctx *)1;
	char json[1024], err[1024];

	chain_json(json, sizeof(json), use, "");
	assert_int_equal(t_ctx_new(&ctx, json, 0, err, sizeof(err)),
	                 CREDPLUG_EMODULE);
	assert_null(ctx);
	assert_string_equal(err, msg);
}

/* The same entry marked critical: creation fails with the message. */
static void expect_critical(const char *use, int rc, const char *msg)
{
	struct credplug_ctx *ctx = (struct credplug_ctx *)1;
	char json[1024], err[1024];

	chain_json(json, sizeof(json), use, ",'critical':true");
	assert_int_equal(t_ctx_new(&ctx, json, 0, err, sizeof(err)), rc);
	assert_null(ctx);
	assert_string_equal(err, msg);
}

static void bad_module(const char *name, const char *why)
{
	char path[PATH_MAX], real[PATH_MAX], msg[PATH_MAX + 600];

	snprintf(path, sizeof(path), T_MODS_DIR "/%s.so", name);
	t_real(path, real);
	snprintf(msg, sizeof(msg), "%s: %s", real, why);
	expect_skipped(path, "load_failed", msg);
	expect_critical(path, CREDPLUG_EMODULE, msg);
}

static void missing_entry_symbol(void **state)
{
	(void)state;
	bad_module("bad_no_entry",
	           "no symbol credplug_provider_entry_v1: not a "
	           "credplug provider module");
}

static void entry_for_abi_v2_only(void **state)
{
	(void)state;
	bad_module("bad_v2_only",
	           "built for provider ABI 2; this credplug "
	           "speaks ABI 1: rebuild it against this version");
}

static void descriptor_wrong_major(void **state)
{
	(void)state;
	bad_module("bad_abi_major", "descriptor is for ABI 2, this host speaks "
	                            "ABI 1");
}

static void descriptor_too_short(void **state)
{
	char why[128];

	(void)state;
	snprintf(why, sizeof(why),
	         "descriptor is too short (16 bytes, need %zu)",
	         offsetof(struct credplug_provider_v1, erase) + sizeof(void *));
	bad_module("bad_short", why);
}

static void descriptor_null_resolve(void **state)
{
	(void)state;
	bad_module("bad_null_resolve", "descriptor lacks a required function");
}

static void entry_returns_error(void **state)
{
	(void)state;
	bad_module("bad_entry_fails",
	           "entry point refused to load (returned 7)");
}

static void caps_without_function(void **state)
{
	(void)state;
	bad_module("bad_caps", "descriptor claims store/erase without the "
	                       "function");
}

/* A module in a world-writable directory is refused (denied). */
static void world_writable_directory(void **state)
{
	char dir[64], path[128], msg[512];

	(void)state;
	t_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/mock.so", dir);
	t_copy_file(T_MODS_DIR "/mock.so", path, 0755);
	assert_int_equal(chmod(dir, 0777), 0);
	snprintf(msg, sizeof(msg),
	         "directory %s: writable by other users (mode "
	         "0777); run: chmod go-w %s",
	         dir, dir);
	expect_skipped(path, "denied", msg);
	expect_critical(path, CREDPLUG_EDENIED, msg);
	/* fixed as the message says: it loads */
	assert_int_equal(chmod(dir, 0755), 0);
	{
		struct credplug_ctx *ctx;
		char json[512];

		chain_json(json, sizeof(json), path, ",'critical':true");
		ctx = t_ctx(json, 0);
		credplug_ctx_free(ctx);
	}
	t_rmrf(dir);
}

/* The whole path is checked, not just the file and its directory: a
 * world-writable ancestor, a symlink sitting in a writable directory and a
 * symlink owned by someone else (in a sticky directory) are all refused,
 * since each lets another user swap what the path names. */
static void unsafe_path_components(void **state)
{
	char dir[64], sub[128], path[192], link[192], msg[640];

	(void)state;
	t_tmpdir(dir, sizeof(dir));
	snprintf(sub, sizeof(sub), "%s/lib", dir);
	assert_int_equal(mkdir(sub, 0755), 0);
	snprintf(path, sizeof(path), "%s/mock.so", sub);
	t_copy_file(T_MODS_DIR "/mock.so", path, 0755);

	/* an ancestor writable by others */
	assert_int_equal(chmod(dir, 0777), 0);
	snprintf(msg, sizeof(msg),
	         "directory %s: writable by other users (mode "
	         "0777); run: chmod go-w %s",
	         dir, dir);
	expect_skipped(path, "denied", msg);
	assert_int_equal(chmod(dir, 0755), 0);

	/* a symlink in a directory others can write: the directory is named */
	assert_int_equal(chmod(sub, 0757), 0);
	snprintf(link, sizeof(link), "%s/link.so", sub);
	assert_int_equal(symlink(path, link), 0);
	snprintf(msg, sizeof(msg),
	         "directory %s: writable by other users (mode "
	         "0757); run: chmod go-w %s",
	         sub, sub);
	expect_skipped(link, "denied", msg);
	assert_int_equal(chmod(sub, 0755), 0);

	/* a symlink owned by another user, in a sticky directory */
	assert_int_equal(chmod(dir, 01777), 0);
	snprintf(link, sizeof(link), "%s/theirs.so", dir);
	assert_int_equal(symlink(path, link), 0);
	if (geteuid() == 0 && lchown(link, 4242, 4242) == 0) {
		snprintf(msg, sizeof(msg),
		         "symlink %s: owned by uid 4242, neither root "
		         "nor the current user (uid 0); run: chown -h 0 %s",
		         link, link);
		expect_skipped(link, "denied", msg);
	}
	/* our own symlink there is fine: others cannot replace it */
	assert_int_equal(unlink(link), 0);
	assert_int_equal(symlink(path, link), 0);
	{
		struct credplug_ctx *ctx;
		char json[512];

		chain_json(json, sizeof(json), link, ",'critical':true");
		ctx = t_ctx(json, 0);
		credplug_ctx_free(ctx);
	}
	assert_int_equal(chmod(dir, 0755), 0);
	t_rmrf(dir);
}

static void relative_provider_dir(void **state)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = (struct credplug_ctx *)1;
	char err[256] = "";

	(void)state;
	o.provider_dir = "build/providers";
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	assert_int_equal(credplug_ctx_new(&ctx, &o), CREDPLUG_EINVAL);
	assert_null(ctx);
	assert_string_equal(
	        err, "credplug_ctx_new: provider_dir must be an "
	             "absolute path, and builtins need a name and an entry");
}

static void group_writable_module(void **state)
{
	char dir[64], path[128], msg[512];

	(void)state;
	t_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/mock.so", dir);
	t_copy_file(T_MODS_DIR "/mock.so", path, 0775);
	snprintf(msg, sizeof(msg),
	         "%s: writable by its group (mode 0775); run: "
	         "chmod go-w %s",
	         path, path);
	expect_skipped(path, "denied", msg);
	expect_critical(path, CREDPLUG_EDENIED, msg);
	t_rmrf(dir);
}

/* Only bare names ([a-z0-9_-]) or absolute paths. */
static void bad_names(void **state)
{
	static const char *const names[] = {
	        "mods/mock.so", "../mock", "a/b",     "..",
	        "./mock",       "Mock",    "mock.so", "tests/mods/mock",
	};
	char msg[256];

	(void)state;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		snprintf(msg, sizeof(msg),
		         "\"%s\" is neither a provider name "
		         "([a-z0-9_-]) nor an absolute module path",
		         names[i]);
		expect_skipped(names[i], "load_failed", msg);
		expect_critical(names[i], CREDPLUG_EMODULE, msg);
	}
}

/* A provider the config names that is not installed fails creation
 * (issue 11 #4), unless the entry is "optional" (then it is skipped). */
static void not_installed(void **state)
{
	char msg[PATH_MAX + 100], err[PATH_MAX + 400];

	(void)state;
	snprintf(msg, sizeof(msg),
	         "provider \"nosuch\" is not installed (looked "
	         "for %s/nosuch.so)",
	         CP_TEST_PROVIDER_DIR);
	expect_skipped_with("nosuch", ",'optional':true", "not_installed", msg);
	snprintf(err, sizeof(err),
	         "config_json:1:22: /providers/0/use: %s; fix \"use\" or "
	         "install the provider",
	         msg);
	expect_critical("nosuch", CREDPLUG_EMODULE, err);
	snprintf(err, sizeof(err),
	         "config_json:1:22: /providers/0/use: %s; fix \"use\", "
	         "install the provider, or add \"optional\": true to skip it "
	         "when it is not installed",
	         msg);
	expect_missing("nosuch", err);
	snprintf(msg, sizeof(msg),
	         "provider \"" T_MODS_DIR "/nosuch.so\" is not "
	         "installed (looked for " T_MODS_DIR "/nosuch.so)");
	expect_skipped_with(T_MODS_DIR "/nosuch.so", ",'optional':true",
	                    "not_installed", msg);
	snprintf(err, sizeof(err),
	         "config_json:1:22: /providers/0/use: %s; fix \"use\", "
	         "install the provider, or add \"optional\": true to skip it "
	         "when it is not installed",
	         msg);
	expect_missing(T_MODS_DIR "/nosuch.so", err);
}

/* A typo of an installed provider: the error names the closest one. */
static void not_installed_typo(void **state)
{
	static const char *const typos[][2] = {
	        {"keyrng", "keyring"},   {"fiel", "file"},      {"evn", "env"},
	        {"explict", "explicit"}, {"procss", "process"},
	};
	char msg[PATH_MAX + 400];

	(void)state;
	for (size_t i = 0; i < sizeof(typos) / sizeof(*typos); i++) {
		snprintf(msg, sizeof(msg),
		         "config_json:1:22: /providers/0/use: provider \"%s\" "
		         "is not installed (looked for %s/%s.so); did you mean "
		         "\"%s\"?; fix \"use\", install the provider, or add "
		         "\"optional\": true to skip it when it is not "
		         "installed",
		         typos[i][0], CP_TEST_PROVIDER_DIR, typos[i][0],
		         typos[i][1]);
		expect_missing(typos[i][0], msg);
	}
}

/* "Did you mean" offers only what the loader could load by that name: a
 * "Keyring.so" beside the modules is not a provider name (it used to be
 * offered: `did you mean "Keyring"?`, a name the loader then refuses). */
static void typo_suggests_loadable_names_only(void **state)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = (struct credplug_ctx *)1;
	char dir[64], path[128], want[512], err[1024];

	(void)state;
	t_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/Keyring.so", dir);
	t_copy_file(T_MODS_DIR "/mock.so", path, 0755);
	o.config_json = "{\"providers\": [{\"use\": \"keyrng\"}]}";
	o.provider_dir = dir;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	assert_int_equal(credplug_ctx_new(&ctx, &o), CREDPLUG_EMODULE);
	assert_null(ctx);
	snprintf(want, sizeof(want),
	         "config_json:1:24: /providers/0/use: provider \"keyrng\" is "
	         "not installed (looked for %s/keyrng.so); fix \"use\", "
	         "install the provider, or add \"optional\": true to skip it "
	         "when it is not installed",
	         dir);
	assert_string_equal(err, want);
	/* named like a provider, the same module is offered */
	snprintf(want, sizeof(want), "%s/keyring.so", dir);
	assert_int_equal(rename(path, want), 0);
	assert_int_equal(credplug_ctx_new(&ctx, &o), CREDPLUG_EMODULE);
	assert_non_null(strstr(err, "; did you mean \"keyring\"?; "));
	t_rmrf(dir);
}

/* "optional" and "critical" together cannot both hold. */
static void optional_and_critical(void **state)
{
	struct credplug_ctx *ctx = (struct credplug_ctx *)1;
	char err[1024];

	(void)state;
	assert_int_equal(t_ctx_new(&ctx,
	                           "{'providers':[{'use':'env',"
	                           "'critical':true,'optional':true}]}",
	                           0, err, sizeof(err)),
	                 CREDPLUG_ECONFIG);
	assert_null(ctx);
	assert_string_equal(err, "config_json:1:44: /providers/0: \"optional\" "
	                         "and \"critical\" contradict each other; keep "
	                         "one");
	assert_int_equal(t_ctx_new(&ctx,
	                           "{'providers':[{'use':'env','optional':"
	                           "1}]}",
	                           0, err, sizeof(err)),
	                 CREDPLUG_ECONFIG);
	assert_string_equal(err, "config_json:1:28: /providers/0/optional: "
	                         "expected true or false");
}

/* Typo in a provider option: ECONFIG naming the accepted keys. */
static void option_typo(void **state)
{
	struct credplug_ctx *ctx;
	char err[1024];

	(void)state;
	assert_int_equal(t_ctx_new(&ctx,
	                           "{'providers':[\n  {'use':'explicit',\n"
	                           "   'api_kye':'x'}]}",
	                           0, err, sizeof(err)),
	                 CREDPLUG_ECONFIG);
	assert_null(ctx);
	assert_string_equal(
	        err, "config_json:3:4: /providers/0/api_kye: unknown "
	             "option for provider \"explicit\" (it accepts: api_key, "
	             "app_key, pat, site; chain keys: use, name, on_error, "
	             "stop_if_found, critical, timeout_ms, optional)");
	/* the key is another provider's option: still a typo here */
	assert_int_equal(t_ctx_new(&ctx,
	                           "{'providers':[{'use':'explicit'},"
	                           "{'use':'env','api_key':'x'}]}",
	                           0, err, sizeof(err)),
	                 CREDPLUG_ECONFIG);
	assert_string_equal(
	        err, "config_json:1:47: /providers/1/api_key: unknown "
	             "option for provider \"env\" (it accepts: api_key_var, "
	             "app_key_var, pat_var, site_var, allow_file; chain keys: "
	             "use, name, on_error, stop_if_found, critical, "
	             "timeout_ms, optional)");
}

static void option_wrong_type(void **state)
{
	struct credplug_ctx *ctx;
	char err[1024], want[1024];

	(void)state;
	assert_int_equal(t_ctx_new(&ctx,
	                           "{'providers':[{'use':'explicit',"
	                           "'api_key':5}]}",
	                           0, err, sizeof(err)),
	                 CREDPLUG_ECONFIG);
	assert_string_equal(err,
	                    "config_json:1:33: /providers/0/api_key: expected "
	                    "a string (provider \"explicit\")");
	assert_int_equal(t_ctx_new(&ctx,
	                           "{'providers':[{'use':'env',"
	                           "'allow_file':'yes'}]}",
	                           0, err, sizeof(err)),
	                 CREDPLUG_ECONFIG);
	assert_string_equal(err, "config_json:1:28: /providers/0/allow_file: "
	                         "expected true or false (provider \"env\")");
	assert_int_equal(t_ctx_new(&ctx,
	                           "{'providers':[{'use':'" T_MODS_DIR
	                           "/mock.so','sleep_ms':'1'}]}",
	                           0, err, sizeof(err)),
	                 CREDPLUG_ECONFIG);
	snprintf(want, sizeof(want),
	         "config_json:1:%zu: /providers/0/sleep_ms: "
	         "expected an integer (provider \"mock\")",
	         strlen("{'providers':[{'use':'" T_MODS_DIR "/mock.so',") + 1);
	assert_string_equal(err, want);
}

/* Chain keys with bad values. */
static void chain_key_types(void **state)
{
	static const struct {
		const char *json;
		const char *err;
	} c[] = {
	        {"{'providers':[{'use':'env','on_error':'ignore'}]}",
	         "config_json:1:28: /providers/0/on_error: expected "
	         "\"continue\" or "
	         "\"fail\""},
	        {"{'providers':[{'use':'env','critical':1}]}",
	         "config_json:1:28: /providers/0/critical: expected true or "
	         "false"},
	        {"{'providers':[{'use':'env','stop_if_found':'yes'}]}",
	         "config_json:1:28: /providers/0/stop_if_found: expected true "
	         "or false"},
	        {"{'providers':[{'use':'env','timeout_ms':0}]}",
	         "config_json:1:28: /providers/0/timeout_ms: expected an "
	         "integer from "
	         "1 to 600000"},
	        {"{'providers':[{'use':'env','name':7}]}",
	         "config_json:1:28: /providers/0/name: expected a string"},
	        {"{'providers':[{'name':'x'}]}",
	         "config_json: /providers/0: expected an object with \"use\": "
	         "a "
	         "provider name or an absolute module path"},
	        {"{'providers':['env']}",
	         "config_json: /providers/0: expected an object with \"use\": "
	         "a "
	         "provider name or an absolute module path"},
	};
	struct credplug_ctx *ctx;
	char err[1024];

	(void)state;
	for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		assert_int_equal(
		        t_ctx_new(&ctx, c[i].json, 0, err, sizeof(err)),
		        CREDPLUG_ECONFIG);
		assert_string_equal(err, c[i].err);
	}
}

/* Two contexts share one load of a module: same path in explain, and the
 * module's entry ran once (its own counter, reported in its message). */
static void module_loaded_once(void **state)
{
	struct credplug_ctx *a, *b;
	struct json_object *da, *db;
	char real[PATH_MAX];
	const char *cfg = "{'providers':[{'use':'" T_MODS_DIR "/mock.so',"
	                  "'api_key':'MOCK-API-000000000000001'},"
	                  "{'use':'" T_MODS_DIR "/mock.so','name':'again'}]}";

	(void)state;
	t_clear_env();
	a = t_ctx(cfg, 0);
	da = t_explain_doc(a);
	b = t_ctx(cfg, 0);
	db = t_explain_doc(b);
	t_real(T_MODS_DIR "/mock.so", real);
	assert_string_equal(t_jstr(da, "providers/0/module"), real);
	assert_string_equal(t_jstr(db, "providers/0/module"), real);
	assert_string_equal(t_jstr(db, "providers/1/module"), real);
	assert_string_equal(t_jstr(da, "providers/0/version"), "9.9.9");
	assert_string_equal(t_jstr(da, "providers/0/abi"), "1");
	/* "mock: entries=E resolves=R": E is the same for both contexts */
	{
		const char *ma = t_jstr(da, "providers/0/message");
		const char *mb = t_jstr(db, "providers/0/message");
		int ea = -1, eb = -2, ra = 0, rb = 0;

		assert_int_equal(
		        sscanf(ma, "mock: entries=%d resolves=%d", &ea, &ra),
		        2);
		assert_int_equal(
		        sscanf(mb, "mock: entries=%d resolves=%d", &eb, &rb),
		        2);
		assert_int_equal(ea, eb);
		assert_true(ea >= 1);
		assert_true(rb >
		            ra); /* one static state: resolves accumulate */
	}
	json_object_put(da);
	json_object_put(db);
	credplug_ctx_free(a);
	credplug_ctx_free(b);
}

/* A broken entry does not stop the chain; a good module after it loads. */
static void broken_then_good(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;
	struct json_object *doc;

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'" T_MODS_DIR "/bad_short.so'},"
	            "{'use':'nosuch','optional':true},{'use':'" T_MODS_DIR
	            "/mock.so',"
	            "'pat':'MOCK-PAT-000000000000001'}]}",
	            0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_int_equal(c.count, 1);
	assert_string_equal(t_header(&c, "Authorization"),
	                    "Bearer MOCK-PAT-000000000000001");
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "providers/0/status"), "load_failed");
	assert_string_equal(t_jstr(doc, "providers/1/status"), "not_installed");
	assert_string_equal(t_jstr(doc, "providers/2/status"), "found");
	assert_string_equal(t_jstr(doc, "fields/pat/provider"),
	                    T_MODS_DIR "/mock.so");
	json_object_put(doc);
	credplug_ctx_free(ctx);
}

/* With CREDPLUG_FLAG_NO_MODULES, bare names use the built-in copies. */
static void builtins_without_modules(void **state)
{
	struct credplug_ctx *ctx;
	struct json_object *doc;

	(void)state;
	t_clear_env();
	setenv("DD_API_KEY", "ENV-API-0000000000000001", 1);
	ctx = t_ctx("{'providers':[{'use':'env'},{'use':'mock'},"
	            "{'use':'" T_MODS_DIR "/mock.so'}]}",
	            CREDPLUG_FLAG_NO_MODULES);
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "providers/0/module"), "built-in");
	assert_string_equal(t_jstr(doc, "providers/0/status"), "found");
	assert_string_equal(t_jstr(doc, "providers/1/status"), "not_installed");
	assert_string_equal(t_jstr(doc, "providers/1/message"),
	                    "provider \"mock\" is not installed (looked for "
	                    "built-ins only: CREDPLUG_FLAG_NO_MODULES)");
	/* not even an absolute module path is loaded */
	assert_string_equal(t_jstr(doc, "providers/2/status"), "not_installed");
	assert_string_equal(t_jstr(doc, "providers/2/message"),
	                    "provider \"" T_MODS_DIR "/mock.so\" is not "
	                    "installed (looked for built-ins only: "
	                    "CREDPLUG_FLAG_NO_MODULES)");
	json_object_put(doc);
	credplug_ctx_free(ctx);
	t_clear_env();
}

/* CREDPLUG_HOST_HAS: a module asks before it calls a 1.1 service. */
static void host_has_member(void **state)
{
	struct credplug_host_v1 h;

	(void)state;
	memset(&h, 0, sizeof(h));
	h.abi_major = CREDPLUG_PROVIDER_ABI_MAJOR;
	h.struct_size = (uint32_t)CREDPLUG_HOST_V1_0_SIZE; /* a 1.0 host */
	h.set_target = (int (*)(struct credplug_call *, const char *,
	                        const char *, const char *))1;
	h.restrict_capabilities = (void (*)(struct credplug_call *, uint32_t))1;
	assert_true(CREDPLUG_HOST_HAS(&h, restrict_capabilities));
	assert_false(CREDPLUG_HOST_HAS(&h, set_target));
	h.struct_size = sizeof(h) - 1; /* the slot only partly there */
	assert_false(CREDPLUG_HOST_HAS(&h, set_target));
	h.struct_size = sizeof(h);
	assert_true(CREDPLUG_HOST_HAS(&h, set_target));
	h.set_target = NULL; /* a host that leaves it empty */
	assert_false(CREDPLUG_HOST_HAS(&h, set_target));
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(host_has_member),
        cmocka_unit_test(missing_entry_symbol),
        cmocka_unit_test(entry_for_abi_v2_only),
        cmocka_unit_test(descriptor_wrong_major),
        cmocka_unit_test(descriptor_too_short),
        cmocka_unit_test(descriptor_null_resolve),
        cmocka_unit_test(entry_returns_error),
        cmocka_unit_test(caps_without_function),
        cmocka_unit_test(world_writable_directory),
        cmocka_unit_test(group_writable_module),
        cmocka_unit_test(unsafe_path_components),
        cmocka_unit_test(relative_provider_dir),
        cmocka_unit_test(bad_names),
        cmocka_unit_test(not_installed),
        cmocka_unit_test(not_installed_typo),
        cmocka_unit_test(typo_suggests_loadable_names_only),
        cmocka_unit_test(optional_and_critical),
        cmocka_unit_test(option_typo),
        cmocka_unit_test(option_wrong_type),
        cmocka_unit_test(chain_key_types),
        cmocka_unit_test(module_loaded_once),
        cmocka_unit_test(broken_then_good),
        cmocka_unit_test(builtins_without_modules),
};

CP_TEST_MAIN("core_abi", tests, NULL, NULL)
