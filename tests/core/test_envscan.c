/*
 * The env provider reads the environment in one pass (issue 12: eight
 * getenv calls scanned all of it on every resolve).  It must give the
 * answers the host's getenv (secure_getenv) gave: the first entry of a
 * name wins, only an exact name matches, NAME_FILE is found in the same
 * pass, and a privileged process has no environment at all.
 */
#include "cp_test.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <json-c/json.h>

#include "helpers.h"

#define V1 "FIRST-0123456789abcdef0123456"
#define V2 "SECOND-0123456789abcdef012345"
#define VF "FROMFILE-0123456789abcdef0123"

extern char **environ;

static const char *chain = "{'providers':[{'use':'explicit'},{'use':'env'}]}";

/* Runs a resolve with `env` as the whole environment; the explain
 * document afterwards (json_object_put it). */
static struct json_object *resolve_with(char **env)
{
	char **saved = environ;
	struct credplug_ctx *ctx;
	struct json_object *doc;

	t_clear_env();
	ctx = t_ctx(chain, 0);
	environ = env;
	credplug_resolve(ctx);
	environ = saved;
	doc = t_explain_doc(ctx);
	credplug_ctx_free(ctx);
	return doc;
}

static void first_entry_of_a_name_wins(void **state)
{
	char a[] = "DD_API_KEY=" V1, b[] = "DD_API_KEY=" V2;
	char *env[] = {a, b, NULL};
	char **saved = environ;
	struct json_object *doc = resolve_with(env);

	(void)state;
	environ = env;
	assert_string_equal(getenv("DD_API_KEY"), V1); /* what getenv says */
	environ = saved;
	assert_string_equal(t_jstr(doc, "fields/api_key/locator"),
	                    "DD_API_KEY");
	assert_string_equal(t_jstr(doc, "fields/api_key/value"), "****3456");
	json_object_put(doc);
}

/* Prefixes, extensions and entries without '=' are someone else's. */
static void only_exact_names_match(void **state)
{
	char a[] = "DD_API_KEYX=" V1, b[] = "DD_API_KE=" V1,
	     c[] = "DD_API_KEY_FILEX=/nonexistent", d[] = "XDD_API_KEY=" V1,
	     e[] = "DD_API_KEY", f[] = "DD_API_KEY_FIL=" V1,
	     g[] = "DD_APP_KEY=" V2;
	char *env[] = {a, b, c, d, e, f, g, NULL};
	struct json_object *doc = resolve_with(env);

	(void)state;
	assert_null(t_jstr(doc, "fields/api_key/provider"));
	assert_string_equal(t_jstr(doc, "fields/app_key/locator"),
	                    "DD_APP_KEY");
	json_object_put(doc);
}

static void file_variant_found_in_the_same_pass(void **state)
{
	char dir[128], path[256], a[320], b[] = "DD_APP_KEY=" V2;
	char *env[] = {b, a, NULL};
	struct json_object *doc;

	(void)state;
	t_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/api_key", dir);
	t_write_file(path, VF "\n", 0600);
	snprintf(a, sizeof(a), "DD_API_KEY_FILE=%s", path);
	doc = resolve_with(env);
	assert_string_equal(t_jstr(doc, "fields/api_key/locator"), a);
	assert_string_equal(t_jstr(doc, "fields/api_key/value"), "****0123");
	assert_string_equal(t_jstr(doc, "fields/app_key/locator"),
	                    "DD_APP_KEY");
	json_object_put(doc);
	t_rmrf(dir);
}

/* ---- a privileged process ---------------------------------------------- */

/* The child: resolve explicit + env and say what the API key came out as. */
static int privileged_child(void)
{
	struct credplug_collect c;
	struct credplug_ctx *ctx = NULL;
	const char *key = NULL;

	/* Built-ins only: the build tree may be out of nobody's reach (a 0700
	 * parent), and the built-in env is the same code as env.so. */
	if (t_ctx_new(&ctx, chain, CREDPLUG_FLAG_NO_MODULES, NULL, 0) !=
	    CREDPLUG_OK)
		return 2;
	if (t_apply(ctx, T_URL, CREDPLUG_AUTH_API_KEY, &c) == CREDPLUG_OK)
		key = t_header(&c, "DD-API-KEY");
	printf("euid=%u key=%s\n", (unsigned)geteuid(), key ? key : "none");
	credplug_ctx_free(ctx);
	return 0;
}

/* Runs `exe --privileged-child` with DD_API_KEY set; its output. */
static void run_child(const char *exe, char *out, size_t cap)
{
	int fd[2], status;
	ssize_t n;
	pid_t pid;

	assert_int_equal(pipe(fd), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		dup2(fd[1], 1);
		close(fd[0]);
		setenv("DD_API_KEY", V1, 1);
		execl(exe, exe, "--privileged-child", (char *)NULL);
		_exit(127);
	}
	close(fd[1]);
	n = read(fd[0], out, cap - 1);
	out[n > 0 ? n : 0] = '\0';
	close(fd[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* A copy of this program, set-user-ID to nobody: the kernel marks it
 * AT_SECURE, and the environment must be ignored as secure_getenv does.
 * The same copy without the bit reads DD_API_KEY (the control). */
static void privileged_process_reads_no_environment(void **state)
{
	char dir[128], exe[256], out[256];

	(void)state;
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
	skip(); /* the runtimes cannot read /proc/self in a set-ID process */
#endif
	if (geteuid() != 0)
		skip(); /* needs to make a set-user-ID copy owned by nobody */
	t_tmpdir(dir, sizeof(dir));
	assert_int_equal(chmod(dir, 0755), 0);
	snprintf(exe, sizeof(exe), "%s/child", dir);
	t_copy_file("/proc/self/exe", exe, 0755);
	assert_int_equal(chown(exe, 65534, 65534), 0);
	assert_int_equal(chmod(exe, 0755), 0);
	run_child(exe, out, sizeof(out));
	assert_string_equal(out, "euid=0 key=" V1 "\n");
	assert_int_equal(chmod(exe, 04755), 0);
	run_child(exe, out, sizeof(out));
	assert_string_equal(out, "euid=65534 key=none\n");
	t_rmrf(dir);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(first_entry_of_a_name_wins),
	        cmocka_unit_test(only_exact_names_match),
	        cmocka_unit_test(file_variant_found_in_the_same_pass),
	        cmocka_unit_test(privileged_process_reads_no_environment),
	};

	if (argc > 1 && strcmp(argv[1], "--privileged-child") == 0)
		return privileged_child();
	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests_name("core_envscan", tests, NULL, NULL);
}
