/*
 * Configuration errors (exact file:line:col messages), where the config
 * file is found (CREDPLUG_CONFIG, then XDG, then /etc), its permissions,
 * and the default chain with providers that are not installed.
 */
#include "cp_test.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "helpers.h"

#define NO_FLAGS (1u << 31) /* t_ctx_new: search for a config file */

struct bad_cfg {
	const char *json;
	const char *err;
};

static void expect_errors(const struct bad_cfg *c, size_t n, int rc)
{
	for (size_t i = 0; i < n; i++) {
		struct credplug_ctx *ctx = (struct credplug_ctx *)1;
		char err[1024];
		int got = t_ctx_new(&ctx, c[i].json, 0, err, sizeof(err));

		if (got != rc || strcmp(err, c[i].err) != 0)
			fail_msg("config %s: %d \"%s\", want %d \"%s\"",
			         c[i].json, got, err, rc, c[i].err);
		assert_null(ctx);
	}
}

static void malformed_json(void **state)
{
	static const struct bad_cfg c[] = {
	        {"{'providers': [}", "config_json:1:16: unexpected character"},
	        {"{\n  'site': 'datadoghq.eu'\n  'strict': true\n}",
	         "config_json:3:3: object value separator ',' expected"},
	        {"{'providers':[{'use':'env'}",
	         "config_json:1:28: unexpected end of input"},
	        {"", "config_json:1:1: unexpected end of input"},
	        {"{'site': 'datadoghq.eu\n",
	         "config_json:2:1: unexpected end of input"},
	};

	(void)state;
	expect_errors(c, sizeof(c) / sizeof(c[0]), CREDPLUG_ECONFIG);
}

/* The parser is strict: trailing text, trailing commas and comments are
 * errors at their position. */
static void trailing_garbage(void **state)
{
	static const struct bad_cfg c[] = {
	        {"{} x", "config_json:1:4: unexpected character"},
	        {"{}\n\n  {}", "config_json:3:3: unexpected character"},
	        {"{}}", "config_json:1:3: unexpected character"},
	        {"{'site':'datadoghq.eu',}",
	         "config_json:1:24: unexpected character"},
	        {"{'site':'datadoghq.eu'} // c",
	         "config_json:1:25: unexpected character"},
	};

	(void)state;
	expect_errors(c, sizeof(c) / sizeof(c[0]), CREDPLUG_ECONFIG);
}

static void unknown_top_level_key(void **state)
{
	static const struct bad_cfg c[] = {
	        {"{'sitee':'datadoghq.eu'}",
	         "config_json:1:2: /sitee: unknown key (expected site, "
	         "allowed_origins, "
	         "providers, strict, timeout_ms)"},
	        {"{\n  'site': 'datadoghq.eu',\n  'bogus': true\n}",
	         "config_json:3:3: /bogus: unknown key (expected site, "
	         "allowed_origins, "
	         "providers, strict, timeout_ms)"},
	};

	(void)state;
	expect_errors(c, sizeof(c) / sizeof(c[0]), CREDPLUG_ECONFIG);
}

/* Columns count UTF-8 characters, 1-based (docs/configuration.md, "Error
 * positions"), in syntax errors and in the positions of keys alike: "é" is
 * one column although it is two bytes. */
static void columns_are_characters(void **state)
{
	static const struct bad_cfg c[] = {
	        {"{'site': '\xc3\xa9t\xc3\xa9' 'strict': true}",
	         "config_json:1:16: object value separator ',' expected"},
	        {"{'providers': [{'use': 'explicit', 'api_key': "
	         "'\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9'}], 'bogus': 1}",
	         "config_json:1:57: /bogus: unknown key (expected site, "
	         "allowed_origins, providers, strict, timeout_ms)"},
	};

	(void)state;
	expect_errors(c, sizeof(c) / sizeof(c[0]), CREDPLUG_ECONFIG);
}

/* A document that is a bare value is read whole and refused for its type
 * (the parser used to report "1:5: unexpected end of input" for "null",
 * and "1:6: success" for "null " from a file). */
static void top_level_scalar(void **state)
{
	static const struct bad_cfg c[] = {
	        {"null", "config_json: the config must be a JSON object"},
	        {"null ", "config_json: the config must be a JSON object"},
	        {"5", "config_json: the config must be a JSON object"},
	};

	(void)state;
	expect_errors(c, sizeof(c) / sizeof(c[0]), CREDPLUG_ECONFIG);
}

static void wrong_types(void **state)
{
	static const struct bad_cfg c[] = {
	        {"[1]", "config_json: the config must be a JSON object"},
	        {"{'site':5}", "config_json:1:2: /site: expected a host name "
	                       "such as \"datadoghq.eu\""},
	        {"{'site':'https://datadoghq.eu'}",
	         "config_json:1:2: /site: expected a host name such as "
	         "\"datadoghq.eu\""},
	        {"{'providers':{}}",
	         "config_json:1:2: /providers: expected an array"},
	        {"{'allowed_origins':'https://x.example'}",
	         "config_json:1:2: /allowed_origins: expected an array"},
	        {"{'strict':'yes'}",
	         "config_json:1:2: /strict: expected true or false"},
	        {"{'timeout_ms':0}", "config_json:1:2: /timeout_ms: expected "
	                             "an integer from 1 to 600000"},
	        {"{'timeout_ms':'5'}", "config_json:1:2: /timeout_ms: expected "
	                               "an integer from 1 to 600000"},
	};

	(void)state;
	expect_errors(c, sizeof(c) / sizeof(c[0]), CREDPLUG_ECONFIG);
}

#define EG " (e.g. \"https://*.example.internal\" or \"http://127.0.0.1:8126\")"

static void bad_origins(void **state)
{
	static const struct bad_cfg c[] = {
	        {"{'allowed_origins':['ftp://x.example']}",
	         "config_json:1:2: /allowed_origins: entry 0: not an http(s) "
	         "URL" EG},
	        {"{'allowed_origins':['https://ok.example','https://x.example/"
	         "p']}",
	         "config_json:1:2: /allowed_origins: entry 1: an origin has no "
	         "path, "
	         "query or fragment" EG},
	        {"{'allowed_origins':[5]}",
	         "config_json:1:2: /allowed_origins: entry 0: expected a "
	         "string" EG},
	        {"{'allowed_origins':['https://*']}",
	         "config_json:1:2: /allowed_origins: entry 0: no host" EG},
	        {"{'allowed_origins':['https://u@x.example']}",
	         "config_json:1:2: /allowed_origins: entry 0: user info in "
	         "URL" EG},
	        {"{'allowed_origins':['https://x.example:99999']}",
	         "config_json:1:2: /allowed_origins: entry 0: malformed host "
	         "or port" EG},
	        {"{'allowed_origins':['https://[::1']}",
	         "config_json:1:2: /allowed_origins: entry 0: unterminated "
	         "IPv6 literal" EG},
	        {"{'allowed_origins':['https://*.com']}",
	         "config_json:1:2: /allowed_origins: entry 0: a wildcard needs "
	         "a domain "
	         "of at least two labels" EG},
	};

	(void)state;
	expect_errors(c, sizeof(c) / sizeof(c[0]), CREDPLUG_ECONFIG);
}

static struct json_object *explain_of(struct credplug_ctx *ctx)
{
	return t_explain_doc(ctx);
}

static void credplug_config_missing_file(void **state)
{
	struct credplug_ctx *ctx;
	char dir[64], path[128], err[1024], want[512];

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/missing.json", dir);
	setenv("CREDPLUG_CONFIG", path, 1);
	assert_int_equal(t_ctx_new(&ctx, NULL, NO_FLAGS, err, sizeof(err)),
	                 CREDPLUG_ECONFIG);
	snprintf(want, sizeof(want),
	         "%s: cannot open config: No such file or "
	         "directory",
	         path);
	assert_string_equal(err, want);
	t_rmrf(dir);
	t_clear_env();
}

static void config_writable_by_others(void **state)
{
	static const unsigned modes[] = {0666, 0620, 0602};
	struct credplug_ctx *ctx;
	char dir[64], path[128], err[1024], want[1024];

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/config.json", dir);
	setenv("CREDPLUG_CONFIG", path, 1);
	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		t_write_file(path, "{}", modes[i]);
		assert_int_equal(
		        t_ctx_new(&ctx, NULL, NO_FLAGS, err, sizeof(err)),
		        CREDPLUG_EDENIED);
		snprintf(want, sizeof(want),
		         "%s: config is writable by another user "
		         "(owner uid %u, mode %04o); run: chmod go-w %s (and "
		         "chown it "
		         "to yourself or root)",
		         path, (unsigned)geteuid(), modes[i], path);
		assert_string_equal(err, want);
	}
	/* fixed as the message says */
	assert_int_equal(chmod(path, 0644), 0);
	assert_int_equal(t_ctx_new(&ctx, NULL, NO_FLAGS, err, sizeof(err)), 0);
	credplug_ctx_free(ctx);
	t_rmrf(dir);
	t_clear_env();
}

/* A config that holds a credential (explicit options) must be private,
 * like a credentials file; without one, 0644 is fine. */
static void config_with_secret_must_be_private(void **state)
{
	struct credplug_ctx *ctx;
	char dir[64], path[128], err[1024], want[1024];

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/config.json", dir);
	setenv("CREDPLUG_CONFIG", path, 1);
	t_write_file(path,
	             "{\"providers\": [{\"use\": \"env\"}, {\"use\": "
	             "\"explicit\", \"app_key\": \"" CANARY_APP "\"}]}",
	             0644);
	assert_int_equal(t_ctx_new(&ctx, NULL, NO_FLAGS, err, sizeof(err)),
	                 CREDPLUG_EDENIED);
	snprintf(want, sizeof(want),
	         "%s: holds a credential (/providers/1/app_key) but "
	         "permissions 0644 let other users read it; run: chmod 600 %s",
	         path, path);
	assert_string_equal(err, want);
	t_assert_no_canary(err);
	assert_int_equal(chmod(path, 0640), 0);
	assert_int_equal(t_ctx_new(&ctx, NULL, NO_FLAGS, err, sizeof(err)),
	                 CREDPLUG_EDENIED);
	/* fixed as the message says */
	assert_int_equal(chmod(path, 0600), 0);
	assert_int_equal(t_ctx_new(&ctx, NULL, NO_FLAGS, err, sizeof(err)), 0);
	credplug_ctx_free(ctx);
	t_rmrf(dir);
	t_clear_env();
}

/* Errors in a file name the file, with line and column. */
static void file_error_location(void **state)
{
	struct credplug_ctx *ctx;
	char dir[64], path[128], err[1024], want[1024];

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/config.json", dir);
	t_write_file(path,
	             "{\n  \"providers\": [\n    {\"use\": \"env\", "
	             "\"on_error\": \"ignore\"}\n  ]\n}\n",
	             0600);
	setenv("CREDPLUG_CONFIG", path, 1);
	assert_int_equal(t_ctx_new(&ctx, NULL, NO_FLAGS, err, sizeof(err)),
	                 CREDPLUG_ECONFIG);
	snprintf(want, sizeof(want),
	         "%s:3:20: /providers/0/on_error: expected "
	         "\"continue\" or \"fail\"",
	         path);
	assert_string_equal(err, want);
	t_rmrf(dir);
	t_clear_env();
}

/* A NUL byte in a config file is refused where it is: the config used to
 * end at it, so whatever followed was neither read nor wiped. */
static void file_with_nul_byte(void **state)
{
	static const char text[] =
	        "{\"site\": \"datadoghq.eu\"}\n\0{\"x\": 1}\n";
	struct credplug_ctx *ctx = (struct credplug_ctx *)1;
	char dir[64], path[128], err[1024], want[1024];
	FILE *f;

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/config.json", dir);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, sizeof(text) - 1, f),
	                 sizeof(text) - 1);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(chmod(path, 0600), 0);
	setenv("CREDPLUG_CONFIG", path, 1);
	assert_int_equal(t_ctx_new(&ctx, NULL, NO_FLAGS, err, sizeof(err)),
	                 CREDPLUG_ECONFIG);
	assert_null(ctx);
	snprintf(want, sizeof(want), "%s:2:1: NUL byte (a config is JSON text)",
	         path);
	assert_string_equal(err, want);
	t_rmrf(dir);
	t_clear_env();
}

static void write_cfg(const char *dir, const char *sub, const char *site,
                      char *path, size_t cap)
{
	char d[256];

	snprintf(d, sizeof(d), "%s/%s", dir, sub);
	for (char *p = d + strlen(dir) + 1; *p; p++)
		if (*p == '/') {
			*p = '\0';
			mkdir(d, 0700);
			*p = '/';
		}
	mkdir(d, 0700);
	snprintf(path, cap, "%s/config.json", d);
	snprintf(d, sizeof(d), "{\"site\": \"%s\"}", site);
	t_write_file(path, d, 0600);
}

static void expect_config(const char *source, const char *path,
                          const char *site)
{
	struct credplug_ctx *ctx;
	struct json_object *doc;
	char err[1024];

	assert_int_equal(t_ctx_new(&ctx, NULL, NO_FLAGS, err, sizeof(err)), 0);
	doc = explain_of(ctx);
	/* explain names the config's source "origin" */
	assert_string_equal(t_jstr(doc, "config/origin"), source);
	if (path != NULL)
		assert_string_equal(t_jstr(doc, "config/path"), path);
	else
		assert_null(t_jstr(doc, "config/path"));
	assert_string_equal(t_jstr(doc, "site"), site);
	json_object_put(doc);
	credplug_ctx_free(ctx);
}

/* CREDPLUG_CONFIG beats $XDG_CONFIG_HOME, which beats ~/.config (and
 * /etc, which this test never touches). */
static void search_order(void **state)
{
	char dir[64], env_cfg[256], xdg_cfg[256], home_cfg[256], xdg[128];
	char *old_home = getenv("HOME") ? strdup(getenv("HOME")) : NULL;

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	write_cfg(dir, "explicit", "us3.datadoghq.com", env_cfg,
	          sizeof(env_cfg));
	write_cfg(dir, "xdg/credplug", "us5.datadoghq.com", xdg_cfg,
	          sizeof(xdg_cfg));
	write_cfg(dir, "home/.config/credplug", "ap1.datadoghq.com", home_cfg,
	          sizeof(home_cfg));
	snprintf(xdg, sizeof(xdg), "%s/xdg", dir);
	setenv("XDG_CONFIG_HOME", xdg, 1);
	snprintf(xdg, sizeof(xdg), "%s/home", dir);
	setenv("HOME", xdg, 1);
	setenv("CREDPLUG_CONFIG", env_cfg, 1);
	expect_config("CREDPLUG_CONFIG", env_cfg, "us3.datadoghq.com");
	unsetenv("CREDPLUG_CONFIG");
	expect_config("xdg", xdg_cfg, "us5.datadoghq.com");
	/* a relative XDG_CONFIG_HOME is ignored: HOME/.config */
	setenv("XDG_CONFIG_HOME", "relative/dir", 1);
	expect_config("xdg", home_cfg, "ap1.datadoghq.com");
	unsetenv("XDG_CONFIG_HOME");
	expect_config("xdg", home_cfg, "ap1.datadoghq.com");
	if (access("/etc/credplug/config.json", F_OK) != 0) {
		unlink(home_cfg);
		expect_config("default", NULL, "datadoghq.com");
	}
	/* NO_CONFIG_FILE skips the search even with CREDPLUG_CONFIG set */
	setenv("CREDPLUG_CONFIG", "/nonexistent/credplug.json", 1);
	{
		struct credplug_ctx *ctx = t_ctx(NULL, 0);
		struct json_object *doc = explain_of(ctx);

		assert_string_equal(t_jstr(doc, "config/origin"), "default");
		json_object_put(doc);
		credplug_ctx_free(ctx);
	}
	if (old_home)
		setenv("HOME", old_home, 1);
	free(old_home);
	unsetenv("XDG_CONFIG_HOME");
	t_rmrf(dir);
	t_clear_env();
}

/* No config: the default chain explicit, env, file, keyring; those not
 * installed are recorded in explain and skipped. */
static void default_chain_not_installed(void **state)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx;
	struct credplug_collect c;
	struct json_object *doc;
	char dir[64], p[256], err[512];

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	assert_int_equal(chmod(dir, 0755), 0);
	snprintf(p, sizeof(p), "%s/explicit.so", dir);
	t_copy_file(CP_TEST_PROVIDER_DIR "/explicit.so", p, 0755);
	snprintf(p, sizeof(p), "%s/env.so", dir);
	t_copy_file(CP_TEST_PROVIDER_DIR "/env.so", p, 0755);
	setenv("DD_API_KEY", "ENV-API-0000000000000001", 1);
	o.provider_dir = dir;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	assert_int_equal(credplug_ctx_new(&ctx, &o), 0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_string_equal(t_header(&c, "DD-API-KEY"),
	                    "ENV-API-0000000000000001");
	doc = explain_of(ctx);
	assert_string_equal(t_jstr(doc, "config/provider_dir"), dir);
	assert_string_equal(t_jstr(doc, "providers/0/use"), "explicit");
	snprintf(p, sizeof(p), "%s/explicit.so", dir);
	assert_string_equal(t_jstr(doc, "providers/0/module"), p);
	assert_string_equal(t_jstr(doc, "providers/1/status"), "found");
	assert_string_equal(t_jstr(doc, "providers/2/use"), "file");
	assert_string_equal(t_jstr(doc, "providers/2/status"), "not_installed");
	snprintf(p, sizeof(p),
	         "provider \"file\" is not installed (looked for "
	         "%s/file.so)",
	         dir);
	assert_string_equal(t_jstr(doc, "providers/2/message"), p);
	assert_string_equal(t_jstr(doc, "providers/3/use"), "keyring");
	assert_string_equal(t_jstr(doc, "providers/3/status"), "not_installed");
	assert_null(t_jstr(doc, "providers/4/use"));
	json_object_put(doc);
	credplug_ctx_free(ctx);
	t_rmrf(dir);
	t_clear_env();
}

static void bad_options_struct(void **state)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = (struct credplug_ctx *)1;

	(void)state;
	assert_int_equal(credplug_ctx_new(NULL, &o), CREDPLUG_EINVAL);
	o.struct_size = 4;
	assert_int_equal(credplug_ctx_new(&ctx, &o), CREDPLUG_EINVAL);
	assert_null(ctx);
}

/* Options are read against their first-published size (types.h): the
 * 0.1 struct and a longer one from a later header are accepted, anything
 * shorter than 0.1's is refused. */
static void options_first_published_size(void **state)
{
	struct {
		struct credplug_options o;
		char later_members[32];
	} big = {CREDPLUG_OPTIONS_INIT, {0}};
	struct credplug_ctx *ctx = NULL;

	(void)state;
	t_clear_env();
	big.o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	big.o.provider_dir = CP_TEST_PROVIDER_DIR;
	big.o.struct_size = CREDPLUG_OPTIONS_V0_1_SIZE;
	assert_int_equal(credplug_ctx_new(&ctx, &big.o), CREDPLUG_OK);
	credplug_ctx_free(ctx);
	big.o.struct_size = sizeof(big);
	assert_int_equal(credplug_ctx_new(&ctx, &big.o), CREDPLUG_OK);
	credplug_ctx_free(ctx);
	big.o.struct_size = CREDPLUG_OPTIONS_V0_1_SIZE - 1;
	assert_int_equal(credplug_ctx_new(&ctx, &big.o), CREDPLUG_EINVAL);
	assert_null(ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(malformed_json),
        cmocka_unit_test(trailing_garbage),
        cmocka_unit_test(unknown_top_level_key),
        cmocka_unit_test(columns_are_characters),
        cmocka_unit_test(top_level_scalar),
        cmocka_unit_test(wrong_types),
        cmocka_unit_test(bad_origins),
        cmocka_unit_test(credplug_config_missing_file),
        cmocka_unit_test(config_writable_by_others),
        cmocka_unit_test(config_with_secret_must_be_private),
        cmocka_unit_test(file_error_location),
        cmocka_unit_test(file_with_nul_byte),
        cmocka_unit_test(search_order),
        cmocka_unit_test(default_chain_not_installed),
        cmocka_unit_test(bad_options_struct),
        cmocka_unit_test(options_first_published_size),
};

CP_TEST_MAIN("core_config", tests, NULL, NULL)
