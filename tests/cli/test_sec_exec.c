/*
 * Issue 10, findings #2 and #8 (`credplug exec`), and the `providers`
 * directory rule: the real binary, a real credentials file read by the file
 * provider, and a real child process printing the environment it got.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "cp_test.h"
#include "run.h"

#define SHOW_ENV                                                               \
	"printf '%s|%s|%s|%s\\n' \"${DD_API_KEY-unset}\" "                     \
	"\"${DD_APP_KEY-unset}\" \"${DD_BEARER_TOKEN-unset}\" "                \
	"\"${DD_SITE-unset}\""

/* What `headers` says about https://api.evil.example/ (exit 5). */
#define REFUSED_EVIL                                                           \
	"credplug: error: refusing to send credentials to "                    \
	"https://api.evil.example: origin is not in allowed_origins; if this " \
	"host is yours, add its origin to \"allowed_origins\" in the "         \
	"credplug config\n"

/* explicit, env, then a credentials file whose profile names the site:
 * the file is a lower-precedence source than the environment's key. */
static void chain_with_site_file(struct cp_env *e, const char *top)
{
	const char *creds = cp_env_file(e, "credentials.json",
	                                "{\"default\":{\"site\":"
	                                "\"evil.example\"}}\n");
	char json[1200];

	snprintf(json, sizeof(json),
	         "{%s\"providers\":[{\"use\":\"explicit\"},{\"use\":\"env\"},"
	         "{\"use\":\"file\",\"path\":\"%s\"}]}\n",
	         top, creds);
	cp_env_config(e, json);
}

static void sec02_exec_site_from_lower_source(void **state)
{
	struct cp_env *e = *state;
	struct cp_run h, r;

	chain_with_site_file(e, "");
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	/* the file really supplies the site, and headers refuses it */
	CP_RUN(e, &h, NULL, "list");
	assert_non_null(strstr(h.out, "\nsite      evil.example      file "));
	CP_RUN(e, &h, NULL, "headers");
	cp_assert_err(&h, REFUSED_EVIL);
	assert_int_equal(h.status, 5);
	/* --url passes, but DD_SITE would send the key to api.evil.example:
	 * refused the same way, and the child never runs */
	CP_RUN(e, &r, NULL, "exec", "--url", "https://api.datadoghq.com/", "--",
	       "/bin/sh", "-c", SHOW_ENV);
	assert_string_equal(r.out, "");
	cp_assert_err(&r, h.err);
	assert_int_equal(r.status, 5);
	CP_RUN(e, &r, NULL, "exec", "--auth", "apiKeyAuth", "--url",
	       "https://api.datadoghq.com/v1", "--", "/bin/sh", "-c", SHOW_ENV);
	assert_string_equal(r.out, "");
	cp_assert_err(&r, REFUSED_EVIL);
	assert_int_equal(r.status, 5);
}

/* Once the config allows the site's origin, DD_SITE is exported. */
static void exec_site_exported_when_allowed(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	chain_with_site_file(
	        e, "\"allowed_origins\":[\"https://api.evil.example\"],");
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	CP_RUN(e, &r, NULL, "exec", "--url", "https://api.datadoghq.com/", "--",
	       "/bin/sh", "-c", SHOW_ENV);
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, CANARY_API "|unset|unset|evil.example\n");
	assert_int_equal(r.status, 0);
}

/* Is NAME=... one of the lines `env` printed? */
static int has_var(const char *env_out, const char *name)
{
	char needle[200];

	snprintf(needle, sizeof(needle), "\n%s=", name);
	return strncmp(env_out, needle + 1, strlen(needle + 1)) == 0 ||
	       strstr(env_out, needle) != NULL;
}

static size_t count(const char *s, const char *sub)
{
	size_t n = 0;

	for (; (s = strstr(s, sub)) != NULL; s++)
		n++;
	return n;
}

/* Every kind of carrier: the default name's _FILE variant (read by
 * credplug itself), other tools' names, and a second env instance's
 * renamed variables, one with its _FILE variant. */
static void set_carriers(struct cp_env *e)
{
	cp_env_config(e, "{\"providers\":[{\"use\":\"explicit\"},"
	                 "{\"use\":\"env\"},{\"use\":\"env\",\"name\":\"env2\","
	                 "\"app_key_var\":\"CP_SEC08_APP\","
	                 "\"pat_var\":\"CP_SEC08_PAT\"}]}\n");
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	cp_env_set(e, "DD_APP_KEY_FILE",
	           cp_env_file(e, "app_key", CANARY_APP "\n"));
	cp_env_set(e, "DATADOG_API_KEY", "CANARY-TOOL-API-0001");
	cp_env_set(e, "DATADOG_APP_KEY", "CANARY-TOOL-APP-0002");
	cp_env_set(e, "DD_APPLICATION_KEY", "CANARY-TOOL-APP-0003");
	cp_env_set(e, "CP_SEC08_APP", "CANARY-CUSTOM-APP-0004");
	cp_env_set(e, "CP_SEC08_PAT_FILE", cp_env_file(e, "pat", CANARY_PAT));
}

static void sec08_exec_removes_other_carriers(void **state)
{
	static const char *const gone[] = {
	        "DD_APP_KEY",      "DD_APP_KEY_FILE",  "DD_BEARER_TOKEN",
	        "DATADOG_API_KEY", "DATADOG_APP_KEY",  "DD_APPLICATION_KEY",
	        "CP_SEC08_APP",    "CP_SEC08_PAT_FILE"};
	struct cp_env *e = *state;
	struct cp_run r;

	set_carriers(e);
	/* credplug itself reads the app key file and env2's names */
	CP_RUN(e, &r, NULL, "list");
	assert_non_null(strstr(r.out, "env DD_APP_KEY_FILE="));
	assert_non_null(strstr(r.out, "env2 CP_SEC08_PAT_FILE="));
	CP_RUN(e, &r, NULL, "exec", "--auth", "apiKeyAuth", "--",
	       "/usr/bin/env");
	assert_string_equal(r.err, "");
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "DD_API_KEY=" CANARY_API "\n"));
	for (size_t i = 0; i < sizeof(gone) / sizeof(gone[0]); i++)
		if (has_var(r.out, gone[i]))
			fail_msg("%s reached the child:\n%s", gone[i], r.out);
	assert_int_equal(count(r.out, "CANARY"), 1);
}

/* Every field produced: exported under DD_*, without the _FILE variant a
 * nested credplug would refuse as a conflict, nor other tools' names that
 * a tool may prefer to the value credplug checked. */
static void sec08_exec_drops_file_and_tool_names(void **state)
{
	static const char *const gone[] = {"DD_APP_KEY_FILE", "DATADOG_API_KEY",
	                                   "DATADOG_APP_KEY",
	                                   "DD_APPLICATION_KEY"};
	struct cp_env *e = *state;
	const char *args[] = {"exec", "--", CP_CLI_BIN, "headers", NULL};
	struct cp_run r;

	set_carriers(e);
	CP_RUN(e, &r, NULL, "exec", "--", "/usr/bin/env");
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "DD_APP_KEY=" CANARY_APP "\n"));
	assert_non_null(strstr(r.out, "DD_BEARER_TOKEN=" CANARY_PAT "\n"));
	for (size_t i = 0; i < sizeof(gone) / sizeof(gone[0]); i++)
		if (has_var(r.out, gone[i]))
			fail_msg("%s reached the child:\n%s", gone[i], r.out);
	cp_run(e, &r, NULL, args);
	assert_string_equal(r.err, "");
	assert_string_equal(r.out, "DD-API-KEY: " CANARY_API
	                           "\nDD-APPLICATION-KEY: " CANARY_APP
	                           "\nAuthorization: Bearer " CANARY_PAT "\n");
	assert_int_equal(r.status, 0);
}

/* The directory the library uses, from its explain document. */
static void library_provider_dir(struct cp_env *e, char *out, size_t cap)
{
	struct json_object *doc, *cfg, *dir;
	struct cp_run r;

	CP_RUN(e, &r, NULL, "explain", "--json");
	doc = json_tokener_parse(r.out);
	assert_non_null(doc);
	assert_true(json_object_object_get_ex(doc, "config", &cfg));
	assert_true(json_object_object_get_ex(cfg, "provider_dir", &dir));
	snprintf(out, cap, "%s", json_object_get_string(dir));
	json_object_put(doc);
}

static void also_providers_relative_dir_ignored(void **state)
{
	struct cp_env *e = *state;
	char rel[300], libdir[4096], expect[4600], cwd[4096];
	struct cp_run r;

	snprintf(rel, sizeof(rel), "%s/rel", e->dir);
	assert_int_equal(mkdir(rel, 0700), 0);
	cp_env_file(e, "rel/cp-sec-decoy.so", "");
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir(e->dir), 0); /* "rel" exists from here */
	cp_env_set(e, "CREDPLUG_PROVIDER_DIR", "rel");
	library_provider_dir(e, libdir, sizeof(libdir));
	assert_true(libdir[0] == '/');
	CP_RUN(e, &r, NULL, "providers");
	assert_int_equal(chdir(cwd), 0);
	snprintf(expect, sizeof(expect),
	         "credplug: warning: CREDPLUG_PROVIDER_DIR=rel is ignored: it "
	         "is not an absolute path, and a relative one would load "
	         "modules from whatever directory a program runs in; listing "
	         "%s\n",
	         libdir);
	cp_assert_err(&r, expect);
	snprintf(expect, sizeof(expect), "\nInstalled in %s:\n", libdir);
	assert_non_null(strstr(r.out, expect));
	assert_null(strstr(r.out, "cp-sec-decoy"));
	assert_int_equal(r.status, 0);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(sec02_exec_site_from_lower_source,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(exec_site_exported_when_allowed,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(sec08_exec_removes_other_carriers,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(sec08_exec_drops_file_and_tool_names,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(also_providers_relative_dir_ignored,
                                        cp_env_setup, cp_env_teardown),
};

CP_TEST_MAIN("cli_sec_exec", tests, NULL, NULL)
