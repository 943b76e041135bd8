/*
 * Regression tests for security findings of issue 10 that live in the core:
 *
 *  - sec11: an in-process module that overruns its deadline cannot be
 *    interrupted; explain names it ("overran deadline by N ms");
 *  - sec12: a FIFO where a config file is expected fails at once instead of
 *    hanging credplug_ctx_new (real FIFOs made with mkfifo);
 *  - sec13: the "a config holding a credential is private" rule follows the
 *    loaded module (its descriptor), not the string in "use";
 *  - host services called with a NULL call return defined values.
 */
#include "cp_test.h"

#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>

#include <credplug/provider.h>

#include "helpers.h"

#define NO_FLAGS  (1u << 31) /* t_ctx_new: search for a config file */
#define MOCK_PATH T_MODS_DIR "/mock.so"

static int64_t mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- sec11: deadlines of in-process modules --------------------------- */

/* The mock sleeps 300 ms against a 50 ms deadline, then returns found.  The
 * host cannot stop it (it runs in-process), keeps what it returned, and
 * says in explain that it overran and by how much. */
static void sec11_overran_deadline(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;
	struct json_object *doc, *p, *notes, *v;
	long long n = -1;
	char want[128];

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'" MOCK_PATH "','timeout_ms':50,"
	            "'sleep_ms':300,'message':'slow',"
	            "'api_key':'" CANARY_API "'},"
	            "{'use':'explicit','app_key':'" CANARY_APP "'}]}",
	            0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_string_equal(t_header(&c, "DD-API-KEY"), CANARY_API);
	assert_string_equal(t_header(&c, "DD-APPLICATION-KEY"), CANARY_APP);
	doc = t_explain_doc(ctx);
	p = json_object_array_get_idx(json_object_object_get(doc, "providers"),
	                              0);
	assert_string_equal(t_jstr(p, "status"), "found");
	assert_string_equal(t_jstr(p, "message"), "slow");
	assert_string_equal(t_jstr(p, "timeout_ms"), "50");
	assert_true(json_object_object_get_ex(p, "overran_ms", &v));
	n = json_object_get_int64(v);
	/* 250 ms late at least; the upper bound only guards a loaded host */
	assert_in_range(n, 250, 250 + 5000);
	notes = json_object_object_get(p, "notes");
	assert_int_equal(json_object_array_length(notes), 1);
	snprintf(want, sizeof(want), "overran deadline by %lld ms", n);
	assert_string_equal(
	        json_object_get_string(json_object_array_get_idx(notes, 0)),
	        want);
	/* the entry that kept its deadline says so */
	assert_string_equal(t_jstr(doc, "providers/1/overran_ms"), "0");
	assert_int_equal(
	        json_object_array_length(json_object_object_get(
	                json_object_array_get_idx(
	                        json_object_object_get(doc, "providers"), 1),
	                "notes")),
	        0);
	json_object_put(doc);
	credplug_ctx_free(ctx);
}

/* ---- sec12: a FIFO at a config location -------------------------------- */

struct outcome {
	int rc;
	char err[1024];
};

/* credplug_ctx_new in a child, so a hang fails the test instead of
 * blocking it: *ms receives how long it took. */
static void ctx_new_in_child(const char *config_path, struct outcome *out,
                             int64_t *ms)
{
	int fds[2], status;
	int64_t t0 = mono_ms();
	pid_t pid;
	ssize_t n;

	assert_int_equal(pipe(fds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct credplug_options o = CREDPLUG_OPTIONS_INIT;
		struct credplug_ctx *ctx = NULL;
		struct outcome r = {0};

		close(fds[0]);
		o.config_path = config_path;
		o.provider_dir = CP_TEST_PROVIDER_DIR;
		o.errbuf = r.err;
		o.errbuf_len = sizeof(r.err);
		r.rc = credplug_ctx_new(&ctx, &o);
		credplug_ctx_free(ctx);
		_exit(write(fds[1], &r, sizeof(r)) == (ssize_t)sizeof(r) ? 0
		                                                         : 1);
	}
	close(fds[1]);
	while (waitpid(pid, &status, WNOHANG) == 0) {
		if (mono_ms() - t0 > 5000) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			close(fds[0]);
			fail_msg("credplug_ctx_new did not return within 5 s "
			         "(config %s)",
			         config_path ? config_path : "searched");
		}
		usleep(2000);
	}
	*ms = mono_ms() - t0;
	n = read(fds[0], out, sizeof(*out));
	close(fds[0]);
	assert_int_equal(n, (ssize_t)sizeof(*out));
}

static void expect_fifo_refused(const char *config_path, const char *fifo)
{
	struct outcome r;
	char want[1024];
	int64_t ms;

	ctx_new_in_child(config_path, &r, &ms);
	snprintf(want, sizeof(want), "%s: not a regular file of at most 1 MiB",
	         fifo);
	assert_int_equal(r.rc, CREDPLUG_ECONFIG);
	assert_string_equal(r.err, want);
	assert_true(ms < 2000);
}

static void sec12_fifo_config_path(void **state)
{
	char dir[64], fifo[128];

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	snprintf(fifo, sizeof(fifo), "%s/config.json", dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	expect_fifo_refused(fifo, fifo);
	/* CREDPLUG_CONFIG names it: the same */
	setenv("CREDPLUG_CONFIG", fifo, 1);
	expect_fifo_refused(NULL, fifo);
	t_rmrf(dir);
	t_clear_env();
}

/* Found by the search ($XDG_CONFIG_HOME/credplug/config.json). */
static void sec12_fifo_config_search(void **state)
{
	char dir[64], sub[128], fifo[160];
	char *old_home = getenv("HOME") ? strdup(getenv("HOME")) : NULL;

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	snprintf(sub, sizeof(sub), "%s/credplug", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	snprintf(fifo, sizeof(fifo), "%s/config.json", sub);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	setenv("XDG_CONFIG_HOME", dir, 1);
	expect_fifo_refused(NULL, fifo);
	/* and as ~/.config/credplug/config.json */
	unsetenv("XDG_CONFIG_HOME");
	snprintf(sub, sizeof(sub), "%s/home", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	setenv("HOME", sub, 1);
	snprintf(sub, sizeof(sub), "%s/home/.config", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	snprintf(sub, sizeof(sub), "%s/home/.config/credplug", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	snprintf(fifo, sizeof(fifo), "%s/config.json", sub);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	expect_fifo_refused(NULL, fifo);
	if (old_home)
		setenv("HOME", old_home, 1);
	free(old_home);
	t_rmrf(dir);
	t_clear_env();
}

/* ---- sec13: credentials in a readable config --------------------------- */

static int ctx_from_file(struct credplug_ctx **ctx, const char *path,
                         const char *provider_dir, char *err, size_t cap)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;

	o.config_path = path;
	o.provider_dir = provider_dir;
	o.errbuf = err;
	o.errbuf_len = cap;
	err[0] = '\0';
	return credplug_ctx_new(ctx, &o);
}

/* `entry` (' for ") in the config file `dir`/config.json of mode 0644 is
 * refused with the message for /providers/0/<key>, and at 0640; at 0600
 * the context is created and applies `header` = `value`. */
static void expect_private_rule(const char *dir, const char *provider_dir,
                                const char *entry, const char *key,
                                const char *header, const char *value)
{
	struct credplug_ctx *ctx = NULL;
	struct credplug_collect c;
	char path[128], err[1024], want[1024], text[1024];

	snprintf(path, sizeof(path), "%s/config.json", dir);
	snprintf(text, sizeof(text), "{\"providers\": [%s]}", entry);
	for (char *p = text; *p; p++)
		if (*p == '\'')
			*p = '"';
	t_write_file(path, text, 0644);
	assert_int_equal(
	        ctx_from_file(&ctx, path, provider_dir, err, sizeof(err)),
	        CREDPLUG_EDENIED);
	assert_null(ctx);
	snprintf(want, sizeof(want),
	         "%s: holds a credential (/providers/0/%s) but "
	         "permissions 0644 let other users read it; run: chmod 600 %s",
	         path, key, path);
	assert_string_equal(err, want);
	t_assert_no_canary(err);
	assert_int_equal(chmod(path, 0640), 0);
	assert_int_equal(
	        ctx_from_file(&ctx, path, provider_dir, err, sizeof(err)),
	        CREDPLUG_EDENIED);
	snprintf(want, sizeof(want),
	         "%s: holds a credential (/providers/0/%s) but "
	         "permissions 0640 let its group read it; run: chmod 600 %s",
	         path, key, path);
	assert_string_equal(err, want);
	/* fixed as the message says */
	assert_int_equal(chmod(path, 0600), 0);
	assert_int_equal(
	        ctx_from_file(&ctx, path, provider_dir, err, sizeof(err)), 0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_string_equal(t_header(&c, header), value);
	credplug_ctx_free(ctx);
}

/* `explicit` named by its module path, not by its name. */
static void sec13_explicit_by_module_path(void **state)
{
	char dir[64];

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	expect_private_rule(dir, CP_TEST_PROVIDER_DIR,
	                    "{'use': '" CP_TEST_PROVIDER_DIR "/explicit.so', "
	                    "'api_key': '" CANARY_API "'}",
	                    "api_key", "DD-API-KEY", CANARY_API);
	t_rmrf(dir);
}

/* The explicit module installed under another name ("keys.so"). */
static void sec13_explicit_renamed(void **state)
{
	char dir[64], so[128];

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	snprintf(so, sizeof(so), "%s/keys.so", dir);
	t_copy_file(CP_TEST_PROVIDER_DIR "/explicit.so", so, 0755);
	expect_private_rule(dir, dir,
	                    "{'use': 'keys', 'pat': '" CANARY_PAT "'}", "pat",
	                    "Authorization", "Bearer " CANARY_PAT);
	t_rmrf(dir);
}

/* Any module's option that it declares secret (the mock's "token"). */
static void sec13_declared_secret_option(void **state)
{
	char dir[64];

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	expect_private_rule(dir, CP_TEST_PROVIDER_DIR,
	                    "{'use': '" MOCK_PATH "', "
	                    "'token': '" CANARY_API "'}",
	                    "token", "DD-API-KEY", CANARY_API);
	t_rmrf(dir);
}

/* ---- host services with a NULL call ----------------------------------- */

static const struct credplug_host_v1 *grabbed;

static int grab_create(const struct credplug_host_v1 *h,
                       struct credplug_call *c, void **state)
{
	(void)h;
	(void)c;
	*state = NULL;
	return CREDPLUG_PS_OK;
}

static void grab_destroy(void *state)
{
	(void)state;
}

static int grab_resolve(void *state, const struct credplug_host_v1 *h,
                        struct credplug_call *c)
{
	(void)state;
	(void)h;
	(void)c;
	return CREDPLUG_PS_NOT_FOUND;
}

static const struct credplug_provider_v1 grab_desc = {
        .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR,
        .struct_size = sizeof(struct credplug_provider_v1),
        .name = "grab",
        .version = "0",
        .summary = "keeps the host table for the test",
        .create = grab_create,
        .destroy = grab_destroy,
        .resolve = grab_resolve,
};

static int grab_entry(const struct credplug_host_v1 *h,
                      const struct credplug_provider_v1 **out)
{
	grabbed = h;
	*out = &grab_desc;
	return 0;
}

/* The services table, as a module receives it. */
static const struct credplug_host_v1 *host_table(void)
{
	static const struct credplug_builtin b[] = {{"grab", grab_entry}};
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;

	o.config_json = "{\"providers\": [{\"use\": \"grab\"}]}";
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE | CREDPLUG_FLAG_NO_MODULES |
	          CREDPLUG_FLAG_INTERACTIVE;
	o.builtins = b;
	o.n_builtins = 1;
	assert_int_equal(credplug_ctx_new(&ctx, &o), 0);
	credplug_ctx_free(ctx);
	assert_non_null(grabbed);
	return grabbed;
}

/* No context: the system's wall clock (no injected clock to use). */
static void host_null_call_now_ns(void **state)
{
	const struct credplug_host_v1 *h = host_table();
	struct timespec ts;
	int64_t before, got, after;

	(void)state;
	clock_gettime(CLOCK_REALTIME, &ts);
	before = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
	got = h->now_ns(NULL);
	clock_gettime(CLOCK_REALTIME, &ts);
	after = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
	assert_true(got >= before && got <= after);
}

/* No call, no deadline to wait for: 0 ("passed"). */
static void host_null_call_remaining_ms(void **state)
{
	(void)state;
	assert_int_equal(host_table()->remaining_ms(NULL), 0);
}

/* No context: no flags (in particular not INTERACTIVE). */
static void host_null_call_flags(void **state)
{
	(void)state;
	assert_int_equal(host_table()->flags(NULL), 0);
}

/* The check runs; only the message has nowhere to go. */
static void host_null_call_check_path(void **state)
{
	const struct credplug_host_v1 *h = host_table();

	(void)state;
	assert_int_equal(h->check_path(NULL, "relative/x.so", 0),
	                 CREDPLUG_PS_DENIED);
	assert_int_equal(h->check_path(NULL, "/nonexistent-coresec/x.so", 0),
	                 CREDPLUG_PS_NOT_FOUND);
	assert_int_equal(h->check_path(NULL, NULL, 0), CREDPLUG_PS_DENIED);
	assert_int_equal(h->check_path(NULL, CP_TEST_PROVIDER_DIR "/env.so",
	                               CREDPLUG_CHECK_EXECUTABLE),
	                 CREDPLUG_PS_FOUND);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(sec11_overran_deadline),
        cmocka_unit_test(sec12_fifo_config_path),
        cmocka_unit_test(sec12_fifo_config_search),
        cmocka_unit_test(sec13_explicit_by_module_path),
        cmocka_unit_test(sec13_explicit_renamed),
        cmocka_unit_test(sec13_declared_secret_option),
        cmocka_unit_test(host_null_call_now_ns),
        cmocka_unit_test(host_null_call_remaining_ms),
        cmocka_unit_test(host_null_call_flags),
        cmocka_unit_test(host_null_call_check_path),
};

CP_TEST_MAIN("core_security", tests, NULL, NULL)
