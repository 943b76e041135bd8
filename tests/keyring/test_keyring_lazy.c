/*
 * keyring provider: libsecret and GLib are mapped only when the Secret
 * Service is really tried, and the options are still checked at context
 * creation.  This program links neither GIO nor libsecret (kr_util.c, not
 * kr_util_gio.c), so /proc/self/maps shows exactly what the provider
 * loaded.  It runs inside with-keyring.sh (a real gnome-keyring on a
 * private bus); the cases that need no Secret Service unset the bus or
 * point it at their own dbus-daemon.
 *
 * The backend-object cases stage a copy of keyring.so in a private
 * directory with the internal/ object missing, unsafe, foreign or of
 * another interface version (kr_ss_mismatch.so, built here).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "cp_test.h"
#include "kr_util.h"

#define CANARY "CANARY-LAZY-6f1b20d4aa"
#define SS_OBJ "keyring-secret-service.so"

/* 1 if a mapping of this process has `name` in its path. */
static int mapped(const char *name)
{
	FILE *f = fopen("/proc/self/maps", "r");
	char line[4352];
	int found = 0;

	assert_non_null(f);
	while (!found && fgets(line, sizeof(line), f) != NULL)
		found = strstr(line, name) != NULL;
	fclose(f);
	return found;
}

/* Nothing of the Secret Service stack is in the process. */
static void assert_no_secret_service_stack(void)
{
	assert_false(mapped("libsecret-1.so"));
	assert_false(mapped("libglib-2.0.so"));
	assert_false(mapped("libgio-2.0.so"));
	assert_false(mapped(SS_OBJ));
}

/* The default chain, DD_API_KEY set, a profile nobody has used. */
static struct credplug_ctx *env_ctx(void)
{
	struct credplug_ctx *ctx;

	unsetenv("DD_APP_KEY");
	unsetenv("DD_BEARER_TOKEN");
	setenv("DD_API_KEY", CANARY, 1);
	setenv("CREDPLUG_PROFILE", kr_profile(), 1);
	ctx = kr_ctx("{}", 0);
	assert_non_null(ctx);
	assert_true(mapped("/keyring.so"));
	assert_no_secret_service_stack();
	return ctx;
}

/* Resolves `ctx`; the api key header is the env's; keyring's message. */
static void resolve_env(struct credplug_ctx *ctx, int keyring_at, char *msg,
                        size_t len)
{
	char hdrs[512], *doc;

	assert_int_equal(credplug_resolve(ctx), CREDPLUG_OK);
	assert_int_equal(kr_apply(ctx, hdrs, sizeof(hdrs)), CREDPLUG_OK);
	assert_string_equal(hdrs, "DD-API-KEY: " CANARY "\n");
	doc = kr_explain(ctx);
	assert_non_null(doc);
	assert_int_equal(kr_prov_str(doc, keyring_at, "message", msg, len), 0);
	free(doc);
}

static const char *tail_of(const char *msg, const char *tail)
{
	size_t n = strlen(msg), t = strlen(tail);

	return n >= t ? msg + n - t : msg;
}

static void lazy_no_bus(void **state)
{
	struct credplug_ctx *ctx;
	char msg[1024];

	unsetenv("DBUS_SESSION_BUS_ADDRESS");
	unsetenv("XDG_RUNTIME_DIR");
	ctx = env_ctx();
	resolve_env(ctx, 3, msg, sizeof(msg));
	assert_string_equal(
	        tail_of(msg,
	                "(Secret Service skipped: no D-Bus session bus "
	                "(DBUS_SESSION_BUS_ADDRESS is not set); run inside "
	                "a desktop session or `dbus-run-session`, or use "
	                "backend \"kernel\")"),
	        "(Secret Service skipped: no D-Bus session bus "
	        "(DBUS_SESSION_BUS_ADDRESS is not set); run inside a desktop "
	        "session or `dbus-run-session`, or use backend \"kernel\")");
	assert_no_secret_service_stack();
	credplug_ctx_free(ctx);
}

/* With the Secret Service there, it is asked and libsecret is loaded. */
static void lazy_service_tried(void **state)
{
	struct credplug_ctx *ctx;
	char msg[1024], want[512];

	ctx = env_ctx();
	snprintf(want, sizeof(want),
	         "keyring: no Secret Service item with service=credplug "
	         "profile=%s field=api_key|app_key|pat|site; store one with "
	         "`credplug store` or `secret-tool store --label=credplug "
	         "service credplug profile %s field pat`",
	         getenv("CREDPLUG_PROFILE"), getenv("CREDPLUG_PROFILE"));
	resolve_env(ctx, 3, msg, sizeof(msg));
	assert_string_equal(msg, want);
	assert_true(mapped(SS_OBJ));
	assert_true(mapped("libsecret-1.so"));
	credplug_ctx_free(ctx);
}

static int new_ctx(const char *json, char *err, size_t len,
                   struct credplug_ctx **ctx)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;

	o.provider_dir = CP_TEST_PROVIDER_DIR;
	o.config_json = json;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = err;
	o.errbuf_len = len;
	err[0] = '\0';
	return credplug_ctx_new(ctx, &o);
}

/* Resolves a chain of keyring alone, "backend": BACKEND_AND_MORE; the
 * resolve's code, provider 0's status and message. */
static int run_keyring(const char *backend_and_more, char *status, char *msg,
                       size_t len)
{
	struct credplug_ctx *ctx = NULL;
	char json[512], err[1024], *doc;
	int rc;

	snprintf(json, sizeof(json),
	         "{\"providers\": [{\"use\": \"keyring\", \"profile\": "
	         "\"%s\", \"backend\": %s}]}",
	         kr_profile(), backend_and_more);
	assert_int_equal(new_ctx(json, err, sizeof(err), &ctx), CREDPLUG_OK);
	rc = credplug_resolve(ctx);
	doc = kr_explain(ctx);
	assert_non_null(doc);
	kr_prov_str(doc, 0, "status", status, 32);
	kr_prov_str(doc, 0, "message", msg, len);
	free(doc);
	credplug_ctx_free(ctx);
	return rc;
}

/* A real bus (dbus-daemon --session) nobody on which owns the name; the
 * teardown stops it even when an assertion fails. */
static struct kr_bus own_bus;

static int stop_own_bus(void **state)
{
	kr_bus_stop(&own_bus);
	return 0;
}

/* The GIO backend asks the bus (NameHasOwner, no auto-start) and hears
 * that nobody owns the name: the backend object is loaded for that. */
static void lazy_bus_without_service(void **state)
{
	struct credplug_ctx *ctx;
	char st[32], msg[1024];
	const char *want = "(Secret Service skipped: no Secret Service on the "
	                   "session bus (org.freedesktop.secrets has no "
	                   "owner); start one, e.g. `gnome-keyring-daemon "
	                   "--start --components=secrets`, or use backend "
	                   "\"kernel\")";

	assert_int_equal(kr_bus_start(&own_bus), 0);
	setenv("DBUS_SESSION_BUS_ADDRESS", own_bus.addr, 1);
	ctx = env_ctx();
	resolve_env(ctx, 3, msg, sizeof(msg));
	assert_string_equal(tail_of(msg, want), want);
	assert_true(mapped(SS_OBJ));
	assert_true(mapped("libgio-2.0.so"));
	credplug_ctx_free(ctx);
	/* backend "secret-service": unavailable, the same reason */
	assert_int_equal(
	        run_keyring("\"secret-service\"", st, msg, sizeof(msg)),
	        CREDPLUG_OK);
	assert_string_equal(st, "unavailable");
	assert_string_equal(msg, "keyring: no Secret Service on the session "
	                         "bus (org.freedesktop.secrets has no owner); "
	                         "start one, e.g. `gnome-keyring-daemon "
	                         "--start --components=secrets`, or use "
	                         "backend \"kernel\"");
}

/* Eager checks stay: a misspelt key or value fails credplug_ctx_new. */
static void lazy_option_typo(void **state)
{
	struct credplug_ctx *ctx = NULL;
	char err[1024];

	assert_int_equal(new_ctx("{\"providers\": [{\"use\": \"keyring\", "
	                         "\"backnd\": \"kernel\"}]}",
	                         err, sizeof(err), &ctx),
	                 CREDPLUG_ECONFIG);
	assert_null(ctx);
	assert_string_equal(
	        err, "config_json:1:35: /providers/0/backnd: unknown option "
	             "for provider \"keyring\" (it accepts: "
	             "backend, profile, service, keyring, "
	             "timeout_s, collection; chain keys: use, "
	             "name, on_error, stop_if_found, critical, "
	             "timeout_ms, optional)");
	assert_int_equal(new_ctx("{\"providers\": [{\"use\": \"keyring\", "
	                         "\"backend\": \"secret_service\"}]}",
	                         err, sizeof(err), &ctx),
	                 CREDPLUG_ECONFIG);
	assert_null(ctx);
	assert_string_equal(err,
	                    "/providers/0: provider \"keyring\": keyring: "
	                    "option \"backend\" is \"secret_service\"; use "
	                    "\"auto\", \"secret-service\" or \"kernel\"");
	assert_no_secret_service_stack();
}

/* ---- a staged keyring.so with a broken internal/ object ------------- */

struct stage {
	char dir[64];
	char module[128];   /* DIR/keyring.so */
	char internal[128]; /* DIR/internal */
	char object[192];   /* DIR/internal/keyring-secret-service.so */
};

static void copy_file(const char *from, const char *to, mode_t mode)
{
	char buf[65536];
	int in = open(from, O_RDONLY | O_CLOEXEC), out;
	ssize_t n;

	assert_true(in >= 0);
	out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	assert_true(out >= 0);
	while ((n = read(in, buf, sizeof(buf))) > 0)
		assert_int_equal(write(out, buf, (size_t)n), n);
	close(in);
	close(out);
	assert_int_equal(chmod(to, mode), 0);
}

/* keyring.so staged; the backend object copied from `object` (NULL:
 * none) with `mode`. */
static void stage_make(struct stage *s, const char *object, mode_t mode)
{
	snprintf(s->dir, sizeof(s->dir), "/tmp/cp-startup-lazy.XXXXXX");
	assert_non_null(mkdtemp(s->dir));
	snprintf(s->module, sizeof(s->module), "%s/keyring.so", s->dir);
	snprintf(s->internal, sizeof(s->internal), "%s/internal", s->dir);
	snprintf(s->object, sizeof(s->object), "%s/" SS_OBJ, s->internal);
	copy_file(CP_TEST_PROVIDER_DIR "/keyring.so", s->module, 0755);
	assert_int_equal(mkdir(s->internal, 0755), 0);
	if (object != NULL)
		copy_file(object, s->object, mode);
}

static void stage_remove(struct stage *s)
{
	if (s->dir[0] == '\0')
		return;
	chmod(s->internal, 0755);
	unlink(s->object);
	chmod(s->internal, 0700);
	rmdir(s->internal);
	unlink(s->module);
	rmdir(s->dir);
	s->dir[0] = '\0';
}

/* The staged directory of the running case: removed by the teardown
 * whatever the case did. */
static struct stage stg;

static int stage_teardown(void **state)
{
	stage_remove(&stg);
	return 0;
}

/* Resolves a chain of the staged module; its status and message. */
static int stage_resolve(const struct stage *s, const char *backend,
                         char *status, char *msg, size_t len)
{
	struct credplug_ctx *ctx = NULL;
	char json[512], err[1024], *doc;
	int rc;

	snprintf(json, sizeof(json),
	         "{\"providers\": [{\"use\": \"%s\", \"name\": \"kr\", "
	         "\"backend\": \"%s\", \"profile\": \"%s\"}]}",
	         s->module, backend, kr_profile());
	assert_int_equal(new_ctx(json, err, sizeof(err), &ctx), CREDPLUG_OK);
	rc = credplug_resolve(ctx);
	doc = kr_explain(ctx);
	assert_non_null(doc);
	kr_prov_str(doc, 0, "status", status, 32);
	kr_prov_str(doc, 0, "message", msg, len);
	free(doc);
	credplug_ctx_free(ctx);
	return rc;
}

static void lazy_backend_missing(void **state)
{
	char st[32], msg[1024], want[1024];

	stage_make(&stg, NULL, 0);
	assert_int_equal(
	        stage_resolve(&stg, "secret-service", st, msg, sizeof(msg)),
	        CREDPLUG_OK);
	snprintf(want, sizeof(want),
	         "keyring: the Secret Service backend is not installed "
	         "(looked for %s); reinstall credplug with libsecret, or use "
	         "backend \"kernel\"",
	         stg.object);
	assert_string_equal(st, "unavailable");
	assert_string_equal(msg, want);
	/* auto: the kernel keyring, saying why the Secret Service was not */
	assert_int_equal(stage_resolve(&stg, "auto", st, msg, sizeof(msg)),
	                 CREDPLUG_OK);
	snprintf(want, sizeof(want),
	         "(Secret Service skipped: the Secret Service backend is not "
	         "installed (looked for %s); reinstall credplug with "
	         "libsecret, or use backend \"kernel\")",
	         stg.object);
	assert_string_equal(st, "not_found");
	assert_string_equal(tail_of(msg, want), want);
	assert_no_secret_service_stack();
	stage_remove(&stg);
}

/* Same owner/mode rule as for modules: refused, never mapped, and the
 * resolve fails (auto does not fall back past a tampered install). */
static void lazy_backend_unsafe(void **state)
{
	static const char *const backends[] = {"secret-service", "auto"};
	char obj[256], st[32], msg[1024], want[1024];

	snprintf(obj, sizeof(obj), "%s/internal/" SS_OBJ, CP_TEST_PROVIDER_DIR);
	stage_make(&stg, obj, 0666);
	snprintf(want, sizeof(want),
	         "%s: writable by other users (mode 0666); run: chmod go-w %s",
	         stg.object, stg.object);
	for (int i = 0; i < 2; i++) {
		assert_int_equal(
		        stage_resolve(&stg, backends[i], st, msg, sizeof(msg)),
		        CREDPLUG_EDENIED);
		assert_string_equal(st, "denied");
		assert_string_equal(msg, want);
	}
	assert_int_equal(chmod(stg.object, 0755), 0);
	assert_int_equal(chmod(stg.internal, 0775), 0);
	snprintf(want, sizeof(want),
	         "directory %s: writable by its group (mode 0775); run: chmod "
	         "go-w %s",
	         stg.internal, stg.internal);
	assert_int_equal(stage_resolve(&stg, "auto", st, msg, sizeof(msg)),
	                 CREDPLUG_EDENIED);
	assert_string_equal(msg, want);
	assert_int_equal(chmod(stg.internal, 0755), 0);
	assert_int_equal(chown(stg.object, 65534, 65534), 0);
	snprintf(want, sizeof(want),
	         "%s: owned by uid 65534, neither root nor the current user "
	         "(uid %u); run: chown %u %s",
	         stg.object, (unsigned)geteuid(), (unsigned)geteuid(),
	         stg.object);
	assert_int_equal(stage_resolve(&stg, "auto", st, msg, sizeof(msg)),
	                 CREDPLUG_EDENIED);
	assert_string_equal(msg, want);
	assert_no_secret_service_stack();
	stage_remove(&stg);
}

/* A file in the backend's place that is not this build's backend: a
 * provider module (no entry symbol) and one of another interface. */
static void lazy_backend_foreign(void **state)
{
	static const char *const objects[] = {CP_TEST_PROVIDER_DIR "/env.so",
	                                      CP_KR_SS_MISMATCH_SO};
	char st[32], msg[1024], want[1024];

	for (int i = 0; i < 2; i++) {
		stage_make(&stg, objects[i], 0755);
		snprintf(
		        want, sizeof(want),
		        "keyring: %s is not the Secret Service backend of this "
		        "keyring module (another build?); reinstall credplug, "
		        "or use backend \"kernel\"",
		        stg.object);
		assert_int_equal(stage_resolve(&stg, "secret-service", st, msg,
		                               sizeof(msg)),
		                 CREDPLUG_OK);
		assert_string_equal(st, "unavailable");
		assert_string_equal(msg, want);
		assert_false(mapped("libsecret-1.so"));
		stage_remove(&stg);
	}
	/* the mock's entry was asked, with this build's interface */
	assert_non_null(getenv("CP_KR_SS_MISMATCH_SEEN"));
	assert_int_equal(
	        strncmp(getenv("CP_KR_SS_MISMATCH_SEEN"), "iface=1 ", 8), 0);
}

/* A socket that accepts connections and never says a word; the teardown
 * removes it. */
static char mute_path[128];

static int unlink_mute(void **state)
{
	if (mute_path[0] != '\0')
		unlink(mute_path);
	return 0;
}

static int mute_bus(char *addr, size_t len, char *path, size_t plen)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);

	snprintf(path, plen, "/tmp/cp-startup-mute.%d", (int)getpid());
	snprintf(sa.sun_path, sizeof(sa.sun_path), "%s", path);
	unlink(path);
	assert_true(fd >= 0);
	assert_int_equal(bind(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	assert_int_equal(listen(fd, 4), 0);
	snprintf(addr, len, "unix:path=%s", path);
	return fd;
}

/* A bus that never says a word: GDBus's connection attempt is cancelled
 * at the budget (300 ms less 10 %, less what the chain used), and the
 * message names the bus, not the Secret Service. */
static void lazy_bus_mute(void **state)
{
	char addr[160], st[32], msg[1024], want[1024];
	int fd = mute_bus(addr, sizeof(addr), mute_path, sizeof(mute_path));
	char *end = NULL;
	int64_t t0;
	long ms;

	setenv("DBUS_SESSION_BUS_ADDRESS", addr, 1);
	t0 = kr_now_ms();
	assert_int_equal(run_keyring("\"auto\", \"timeout_ms\": 300", st, msg,
	                             sizeof(msg)),
	                 CREDPLUG_OK);
	assert_true(kr_now_ms() - t0 < 1500);
	close(fd);
	snprintf(want, sizeof(want),
	         "keyring: the D-Bus session bus at %s did not answer within ",
	         addr);
	assert_string_equal(st, "timed_out");
	assert_int_equal(strncmp(msg, want, strlen(want)), 0);
	ms = strtol(msg + strlen(want), &end, 10);
	assert_true(ms > 240 && ms <= 270);
	assert_string_equal(end, " ms while connecting to it; restart the "
	                         "session bus or raise the chain entry's "
	                         "timeout_ms");
	assert_true(mapped(SS_OBJ));
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(lazy_no_bus),
	        cmocka_unit_test_teardown(lazy_bus_without_service,
	                                  stop_own_bus),
	        cmocka_unit_test(lazy_service_tried),
	        cmocka_unit_test(lazy_option_typo),
	        cmocka_unit_test_teardown(lazy_backend_missing, stage_teardown),
	        cmocka_unit_test_teardown(lazy_backend_unsafe, stage_teardown),
	        cmocka_unit_test_teardown(lazy_backend_foreign, stage_teardown),
	        cmocka_unit_test_teardown(lazy_bus_mute, unlink_mute),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests_name("keyring_lazy", tests, NULL, NULL);
}
