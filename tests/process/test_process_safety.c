/*
 * The `process` provider under hostile or unusual conditions, with real
 * child processes (tests/process/scripts, copied into a private directory):
 * values of a rejected document echoed on stderr, an interactive command
 * reading a real pseudo-terminal, an application that ignores SIGCHLD, and
 * grandchildren flooding stderr.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "backend_util.h"
#include "cp_test.h"

/* The secrets leak.sh prints: no digits, so only exact masking hides them. */
#define LEAK_API "CANARY-LEAK-kqzvwxyplmtr"
#define TTY_LINE "CANARY-API-ttyline-qwerty"

static char dir[64];

static const char *const scripts[] = {"leak.sh", "interactive.sh", "spew.sh",
                                      "exit3.sh", "deep.sh"};

static int setup(void **state)
{
	(void)state;
	return bt_stage_scripts(dir, sizeof(dir), "/tmp/cp-procsafe.XXXXXX",
	                        scripts, sizeof(scripts) / sizeof(scripts[0]));
}

static int teardown(void **state)
{
	(void)state;
	return bt_remove_dir(dir);
}

#define ONE(script_args, more)                                                 \
	"{\"providers\": [{\"use\": \"process\", \"command\": [" script_args   \
	"]" more "}]}"

/* Explain must not carry the canaries either (bt_* checks the document). */
static void assert_explain_clean(struct bt_ctx *b)
{
	char v[2048];

	bt_provider_info(b, 0, "message", v, sizeof(v));
	bt_assert_no_canary(v);
}

static void test_rejected_document_values_masked_on_stderr(void **state)
{
	struct bt_ctx b;
	char msg[1024], want[1024];

	(void)state;
	bt_ctx_new(&b,
	           ONE("\"%s/leak.sh\", \"bogus\"", ", \"on_error\": "
	                                            "\"fail\""),
	           dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EINVALID);
	snprintf(want, sizeof(want),
	         "provider \"process\" (chain entry 0) invalid: "
	         "process: %s/leak.sh printed an unusable "
	         "document on stdout: unknown key \"bogus\" (known: version, "
	         "api_key, app_key, pat, site, expires_at, error, comment, "
	         "x-*); "
	         "stderr: helper: fetched **** for app ****",
	         dir);
	assert_string_equal(msg, want);
	assert_null(strstr(msg, "CANARY"));
	assert_explain_clean(&b);
	bt_ctx_free(&b);
}

static void test_truncated_document_values_masked_on_stderr(void **state)
{
	struct bt_ctx b;
	char msg[1024], want[1024];

	(void)state;
	bt_ctx_new(&b,
	           ONE("\"%s/leak.sh\", \"truncated\"", ", \"on_error\": "
	                                                "\"fail\""),
	           dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EINVALID);
	snprintf(want, sizeof(want),
	         "provider \"process\" (chain entry 0) invalid: "
	         "process: %s/leak.sh printed an unusable "
	         "document on stdout: malformed JSON at line 2, column 1: "
	         "unexpected end of document; stderr: helper: fetched **** for "
	         "app ****",
	         dir);
	assert_string_equal(msg, want);
	assert_explain_clean(&b);
	bt_ctx_free(&b);
}

/* With SIGCHLD ignored the kernel reaps the child at once: its exit
 * status (3 here) is gone, so success must not be assumed. */
static void test_sigchld_ignored_status_lost(void **state)
{
	struct sigaction ign = {.sa_handler = SIG_IGN}, old;
	struct bt_ctx b;
	char msg[1024], want[1024];
	int rc;

	(void)state;
	bt_ctx_new(&b, ONE("\"%s/exit3.sh\"", ", \"on_error\": \"fail\""), dir);
	assert_int_equal(sigaction(SIGCHLD, &ign, &old), 0);
	rc = bt_resolve(&b, msg, sizeof(msg), NULL);
	assert_int_equal(sigaction(SIGCHLD, &old, NULL), 0);
	assert_int_equal(rc, CREDPLUG_EUNAVAILABLE);
	snprintf(want, sizeof(want),
	         "provider \"process\" (chain entry 0) "
	         "unavailable: process: lost the exit status of "
	         "%s/exit3.sh: the application reaped it (SIGCHLD set to "
	         "SIG_IGN, "
	         "or a wait for any child), so its output is not trusted; keep "
	         "SIGCHLD at its default and wait only for your own children",
	         dir);
	assert_string_equal(msg, want);
	bt_ctx_free(&b);
	/* The same command with SIGCHLD at its default: status 3 is seen. */
	bt_ctx_new(&b, ONE("\"%s/exit3.sh\"", ", \"on_error\": \"fail\""), dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL),
	                 CREDPLUG_EUNAVAILABLE);
	snprintf(want, sizeof(want),
	         "provider \"process\" (chain entry 0) "
	         "unavailable: process: %s/exit3.sh exited with status 3",
	         dir);
	assert_string_equal(msg, want);
	bt_ctx_free(&b);
}

static int read_pids3(const char *path, int pid[3])
{
	FILE *f = fopen(path, "r");
	int n;

	if (f == NULL)
		return 0;
	n = fscanf(f, "%d %d %d", &pid[0], &pid[1], &pid[2]);
	fclose(f);
	return n;
}

/* Grandchildren writing stderr without end after the child exited: the
 * last drain is bounded, the answer is used, the group is killed. */
static void test_stderr_flood_bounded(void **state)
{
	struct bt_ctx b;
	char msg[1024], pidfile[128], v[128];
	int pid[3] = {0, 0, 0}, fds = bt_count_fds();
	int64_t ms;

	(void)state;
	snprintf(pidfile, sizeof(pidfile), "%s/spew.pids", dir);
	bt_ctx_new(&b,
	           ONE("\"%s/spew.sh\", \"%s\"", ", \"timeout_ms\": 8000, "
	                                         "\"on_error\": \"fail\""),
	           dir, pidfile);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), &ms), CREDPLUG_OK);
	assert_true(ms < 3000);
	bt_header(&b, "DD-API-KEY", v, sizeof(v));
	assert_string_equal(v, CANARY_API);
	assert_int_equal(read_pids3(pidfile, pid), 3);
	for (int i = 0; i < 3; i++)
		assert_true(bt_wait_dead(pid[i], 2000));
	assert_true(bt_no_children());
	assert_int_equal(bt_count_fds(), fds);
	bt_ctx_free(&b);
}

static long max_rss_kb(void)
{
	struct rusage ru;

	assert_int_equal(getrusage(RUSAGE_SELF, &ru), 0);
	return ru.ru_maxrss;
}

/* Issue 10, #9: a hostile backend prints a valid 16 MB document whose
 * "x-" extension holds 8 million nested values (scripts/deep.sh).  Parsed
 * whole it cost seconds and gigabytes past the deadline; now it is
 * refused before json-c builds anything, well within the deadline, and
 * costs little more memory than the output itself. */
static void sec09_hostile_document_bounded(void **state)
{
	struct bt_ctx b;
	char msg[1024], want[1024];
	long rss0 = max_rss_kb();
	int64_t ms;

	(void)state;
	bt_ctx_new(&b,
	           ONE("\"%s/deep.sh\"", ", \"max_output\": 16777216, "
	                                 "\"timeout_ms\": 4000, "
	                                 "\"on_error\": \"fail\""),
	           dir);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), &ms),
	                 CREDPLUG_EINVALID);
	snprintf(want, sizeof(want),
	         "provider \"process\" (chain entry 0) invalid: "
	         "process: %s/deep.sh printed an unusable document on "
	         "stdout: the document has more than 10000 keys and array "
	         "elements; a credential document has a handful",
	         dir);
	assert_string_equal(msg, want);
	assert_true(ms < 4000);
	/* The 16 MB of output plus slack; a tree of it was gigabytes. */
	if (max_rss_kb() - rss0 > 256 * 1024)
		fail_msg("resolve grew the RSS by %ld KB", max_rss_kb() - rss0);
	assert_explain_clean(&b);
	bt_ctx_free(&b);
}

/* ---- interactive, on a real pseudo-terminal ------------------------- */

/* In the forked child: a new session whose controlling terminal is the
 * pty slave, so the child is in the terminal's foreground group; then
 * resolve once.  Reports "rc|api key|message" on `out`. */
static void tty_child(const char *slave, int out)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_sink sink = CREDPLUG_SINK_INIT;
	struct credplug_collect c;
	struct credplug_ctx *ctx = NULL;
	char cfg[512], err[512] = "", msg[512] = "", line[2048];
	int fd, rc;

	if (setsid() < 0 || (fd = open(slave, O_RDWR)) < 0 ||
	    ioctl(fd, TIOCSCTTY, 0) != 0 || dup2(fd, 0) < 0)
		_exit(90);
	snprintf(cfg, sizeof(cfg),
	         ONE("\"%s/interactive.sh\"",
	             ", \"interactive\": true, \"timeout_ms\": 4000, "
	             "\"on_error\": \"fail\""),
	         dir);
	o.config_json = cfg;
	o.provider_dir = CP_TEST_PROVIDER_DIR;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	if (credplug_ctx_new(&ctx, &o) != CREDPLUG_OK)
		_exit(91);
	rc = credplug_resolve(ctx);
	credplug_errmsg_copy(ctx, msg, sizeof(msg));
	req.method = "GET";
	req.url = "https://api.datadoghq.com/api/v1/validate";
	req.auth = CREDPLUG_AUTH_API_KEY;
	credplug_collect_sink(&sink, &c);
	if (rc == CREDPLUG_OK &&
	    credplug_apply(ctx, &req, &sink) == CREDPLUG_OK && c.count == 1)
		snprintf(line, sizeof(line), "%d|%s|%s", rc, c.headers[0].value,
		         msg);
	else
		snprintf(line, sizeof(line), "%d||%s", rc, msg);
	credplug_collect_wipe(&c);
	credplug_ctx_free(ctx);
	_exit(write(out, line, strlen(line)) > 0 ? 0 : 92);
}

/* Waits (bounded) for `needle` in what the terminal shows. */
static int wait_output(int master, const char *needle, int ms)
{
	char seen[1024] = "";
	size_t len = 0;

	for (int64_t end = bt_now_ms() + ms; bt_now_ms() < end;) {
		struct pollfd p = {.fd = master, .events = POLLIN};
		ssize_t n;

		if (poll(&p, 1, 50) <= 0)
			continue;
		n = read(master, seen + len, sizeof(seen) - 1 - len);
		if (n <= 0)
			return 0;
		len += (size_t)n;
		seen[len] = '\0';
		if (strstr(seen, needle) != NULL)
			return 1;
		if (len > sizeof(seen) / 2)
			len = 0;
	}
	return 0;
}

static void test_interactive_reads_terminal(void **state)
{
	int master, res[2], st = 0;
	char result[2048] = "", want[512];
	const char *slave;
	ssize_t n;
	int64_t t0 = bt_now_ms();
	pid_t pid;

	(void)state;
	master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
	assert_true(master >= 0);
	assert_int_equal(grantpt(master), 0);
	assert_int_equal(unlockpt(master), 0);
	assert_non_null(slave = ptsname(master));
	assert_int_equal(pipe2(res, O_CLOEXEC), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(res[0]);
		tty_child(slave, res[1]);
	}
	close(res[1]);
	/* Answer the prompt the way a person would. */
	assert_true(wait_output(master, "token: ", 5000));
	assert_int_equal(write(master, TTY_LINE "\n", strlen(TTY_LINE) + 1),
	                 (ssize_t)strlen(TTY_LINE) + 1);
	for (int i = 0; i < 1000 && waitpid(pid, &st, WNOHANG) == 0; i++)
		usleep(10000);
	if (waitpid(pid, &st, WNOHANG) == 0) {
		kill(pid, SIGKILL);
		waitpid(pid, &st, 0);
		fail_msg("the interactive resolve did not return within 10 s");
	}
	n = read(res[0], result, sizeof(result) - 1);
	result[n > 0 ? n : 0] = '\0';
	close(res[0]);
	close(master);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
	snprintf(want, sizeof(want), "0|%s|", TTY_LINE);
	assert_string_equal(result, want);
	assert_true(bt_now_ms() - t0 < 4000); /* well within the deadline */
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rejected_document_values_masked_on_stderr),
        cmocka_unit_test(test_truncated_document_values_masked_on_stderr),
        cmocka_unit_test(test_sigchld_ignored_status_lost),
        cmocka_unit_test(test_stderr_flood_bounded),
        cmocka_unit_test(sec09_hostile_document_bounded),
        cmocka_unit_test(test_interactive_reads_terminal),
};

CP_TEST_MAIN("process_safety", tests, setup, teardown)
