/*
 * Issue 10, finding #14: a crash must not write live keys to the core file.
 *
 * A child process makes up three credentials only it knows (random, never
 * in the binary), gets them through credplug_set() and a real credentials
 * file read by the file provider, resolves, applies, wipes its own copies
 * and then dies of SIGABRT (the kernel writes the core) or is dumped by
 * gdb's gcore.  The parent searches the whole core for the three values.
 * Each test first dumps a context with CREDPLUG_FLAG_DUMPABLE_SECRETS and
 * requires every value to be found, so the search is shown to work, then
 * the default context, where none may be found.
 */
#include "cp_test.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "helpers.h"

#if defined(__SANITIZE_ADDRESS__)
#define T_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define T_ASAN 1
#endif
#endif

#define N_VALUES 3
#define VAL_MAX  48

enum how { KERNEL, KERNEL_FORKED, GCORE };

struct dump {
	char value[N_VALUES][VAL_MAX]; /* api_key, app_key, pat */
	long hits[N_VALUES];
	char core[600];
};

/* 28 random hex digits after a tag: no other copy exists anywhere. */
static void make_value(char *buf, size_t cap, const char *tag)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char r[14];
	size_t n = (size_t)snprintf(buf, cap, "cpdump%s", tag);

	if (getrandom(r, sizeof(r), 0) != (ssize_t)sizeof(r))
		_exit(9);
	for (size_t i = 0; i < sizeof(r) && n + 2 < cap; i++) {
		buf[n++] = hex[r[i] >> 4];
		buf[n++] = hex[r[i] & 15];
	}
	buf[n] = '\0';
	explicit_bzero(r, sizeof(r));
}

static void write_private(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	size_t n = strlen(text);

	if (fd < 0 || write(fd, text, n) != (ssize_t)n)
		_exit(8);
	close(fd);
}

static bool header_is(const struct credplug_collect *c, size_t i,
                      const char *prefix, const char *v)
{
	size_t p = strlen(prefix);

	return i < c->count && strncmp(c->headers[i].value, prefix, p) == 0 &&
	       strcmp(c->headers[i].value + p, v) == 0;
}

/* Child: resolve and apply the values, wipe every copy of ours, tell the
 * parent what to look for.  The context (and what it holds) stays alive.
 * No cmocka here: a failure is an exit code. */
static struct credplug_ctx *resolve_values(const char *dir, uint32_t flags,
                                           int wfd)
{
	static const char *const tags[N_VALUES] = {"API", "APP", "PAT"};
	char v[N_VALUES][VAL_MAX], text[700], path[300];
	struct credplug_collect c;
	struct credplug_sink sink;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_ctx *ctx = NULL;

	for (int i = 0; i < N_VALUES; i++)
		make_value(v[i], sizeof(v[i]), tags[i]);
	snprintf(path, sizeof(path), "%s/credentials.json", dir);
	snprintf(text, sizeof(text),
	         "{\"default\":{\"app_key\":\"%s\",\"pat\":\"%s\"}}", v[1],
	         v[2]);
	write_private(path, text);
	explicit_bzero(text, sizeof(text));
	snprintf(
	        text, sizeof(text),
	        "{'providers':[{'use':'explicit'},{'use':'file','path':'%s'}]}",
	        path);
	if (t_ctx_new(&ctx, text, flags, NULL, 0) != CREDPLUG_OK)
		_exit(10);
	if (credplug_set(ctx, CREDPLUG_API_KEY, v[0]) != CREDPLUG_OK ||
	    credplug_resolve(ctx) != CREDPLUG_OK)
		_exit(11);
	req.url = T_URL;
	req.auth = T_ALL;
	credplug_collect_sink(&sink, &c);
	if (credplug_apply(ctx, &req, &sink) != CREDPLUG_OK ||
	    !header_is(&c, 0, "", v[0]) || !header_is(&c, 1, "", v[1]) ||
	    !header_is(&c, 2, "Bearer ", v[2]))
		_exit(12);
	credplug_collect_wipe(&c);
	snprintf(text, sizeof(text), "%s\n%s\n%s\n", v[0], v[1], v[2]);
	if (write(wfd, text, strlen(text)) != (ssize_t)strlen(text))
		_exit(13);
	explicit_bzero(text, sizeof(text));
	explicit_bzero(v, sizeof(v));
	return ctx;
}

static void crash_here(const char *dir)
{
	struct rlimit rl;

	if (chdir(dir) != 0 || getrlimit(RLIMIT_CORE, &rl) != 0)
		_exit(14);
	rl.rlim_cur = rl.rlim_max; /* as root: RLIM_INFINITY */
	if (geteuid() == 0)
		rl.rlim_cur = rl.rlim_max = RLIM_INFINITY;
	if (setrlimit(RLIMIT_CORE, &rl) != 0)
		_exit(15);
	signal(SIGABRT, SIG_DFL);
	abort();
}

/* A forked copy of the resolved process crashes: DONTDUMP is inherited. */
static void crash_in_fork(const char *dir)
{
	int st = 0;
	pid_t pid = fork();

	if (pid == 0)
		crash_here(dir);
	if (pid < 0 || waitpid(pid, &st, 0) != pid)
		_exit(16);
	_exit(WIFSIGNALED(st) && WCOREDUMP(st) ? 0 : 17);
}

static void child_main(const char *dir, uint32_t flags, int wfd, enum how how)
{
	struct credplug_ctx *ctx = resolve_values(dir, flags, wfd);

	(void)ctx; /* alive until the process dies */
	if (how == KERNEL)
		crash_here(dir);
	if (how == KERNEL_FORKED)
		crash_in_fork(dir);
	for (;;)
		pause(); /* gcore; then SIGKILL */
}

/* Three lines from the child, within 20 s. */
static void read_values(int rfd, struct dump *d)
{
	char buf[3 * VAL_MAX + 8], *line;
	size_t n = 0;
	struct pollfd p = {rfd, POLLIN, 0};
	int lines = 0;

	while (lines < N_VALUES) {
		ssize_t r;

		if (poll(&p, 1, 20000) != 1)
			fail_msg("the child did not report its values in 20 s");
		r = read(rfd, buf + n, sizeof(buf) - 1 - n);
		if (r <= 0)
			fail_msg(
			        "the child exited before reporting its values");
		for (ssize_t i = 0; i < r; i++)
			lines += buf[n + (size_t)i] == '\n';
		n += (size_t)r;
	}
	buf[n] = '\0';
	line = buf;
	for (int i = 0; i < N_VALUES; i++) {
		char *end = strchr(line, '\n');

		*end = '\0';
		snprintf(d->value[i], VAL_MAX, "%s", line);
		line = end + 1;
	}
	explicit_bzero(buf, sizeof(buf));
}

/* The kernel writes cores to "<cwd>/<pattern>" only for a plain name. */
static const char *kernel_core_name(void)
{
	static char pat[256];
	FILE *f = fopen("/proc/sys/kernel/core_pattern", "r");

	if (f == NULL || fgets(pat, sizeof(pat), f) == NULL) {
		if (f != NULL)
			fclose(f);
		return NULL;
	}
	fclose(f);
	pat[strcspn(pat, "\n")] = '\0';
	if (pat[0] == '\0' || strpbrk(pat, "|/%") != NULL)
		return NULL;
	return pat;
}

/* Any file in `dir` named after the pattern (core_uses_pid adds .PID). */
static void find_core(const char *dir, const char *name, char *out, size_t cap)
{
	DIR *dh = opendir(dir);
	struct dirent *e;

	out[0] = '\0';
	assert_non_null(dh);
	while ((e = readdir(dh)) != NULL)
		if (strncmp(e->d_name, name, strlen(name)) == 0)
			snprintf(out, cap, "%s/%s", dir, e->d_name);
	closedir(dh);
	if (out[0] == '\0')
		fail_msg("no core file in %s", dir);
}

static void run_gcore(const char *dir, pid_t pid, char *out, size_t cap)
{
	char prefix[400], spid[32];
	int st = 0;
	pid_t g;

	snprintf(prefix, sizeof(prefix), "%s/gcore", dir);
	snprintf(spid, sizeof(spid), "%d", (int)pid);
	g = fork();
	if (g == 0) {
		int null = open("/dev/null", O_RDWR);

		dup2(null, 1);
		dup2(null, 2);
		execlp("gcore", "gcore", "-o", prefix, spid, (char *)NULL);
		_exit(127);
	}
	assert_true(g > 0);
	assert_int_equal(waitpid(g, &st, 0), g);
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
		fail_msg("gcore failed (status 0x%x)", st);
	snprintf(out, cap, "%s.%d", prefix, (int)pid);
}

/* Occurrences of `needle` in the data extents of `path` (cores are
 * sparse: holes are zeros). */
static long count_in_file(const char *path, const char *needle)
{
	static char buf[(1 << 20) + VAL_MAX];
	size_t nl = strlen(needle);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	off_t pos = 0, data, hole;
	long hits = 0;

	assert_true(fd >= 0);
	while ((data = lseek(fd, pos, SEEK_DATA)) >= 0) {
		size_t keep = 0;

		hole = lseek(fd, data, SEEK_HOLE);
		for (off_t off = data; off < hole;) {
			size_t want = (size_t)(hole - off) < (1 << 20)
			                      ? (size_t)(hole - off)
			                      : (1 << 20);
			ssize_t r = pread(fd, buf + keep, want, off);
			size_t have;

			if (r <= 0)
				break;
			have = keep + (size_t)r;
			for (char *p = buf;
			     (p = memmem(p, have - (size_t)(p - buf), needle,
			                 nl)) != NULL;
			     p++)
				hits++;
			keep = have < nl - 1 ? have : nl - 1;
			memmove(buf, buf + have - keep, keep);
			off += r;
		}
		pos = hole;
	}
	close(fd);
	return hits;
}

/* Every run of a test works in a directory under this one; the teardown
 * removes it whatever the outcome (cores are large). */
static char base[256];

static int make_base(void **state)
{
	(void)state;
	t_tmpdir(base, sizeof(base));
	return 0;
}

static int remove_base(void **state)
{
	(void)state;
	t_rmrf(base);
	return 0;
}

static void run_dump(enum how how, uint32_t flags, struct dump *d)
{
	static int runs;
	char dir[300];
	int fds[2], st = 0;
	pid_t pid;

	memset(d, 0, sizeof(*d));
	t_clear_env();
	snprintf(dir, sizeof(dir), "%s/run%d", base, runs++);
	assert_int_equal(mkdir(dir, 0700), 0);
	assert_int_equal(pipe2(fds, O_CLOEXEC), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(fds[0]);
		child_main(dir, flags, fds[1], how);
	}
	close(fds[1]);
	read_values(fds[0], d);
	close(fds[0]);
	if (how == GCORE) {
		run_gcore(dir, pid, d->core, sizeof(d->core));
		kill(pid, SIGKILL);
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	if (how == KERNEL && !(WIFSIGNALED(st) && WCOREDUMP(st)))
		fail_msg("the child did not dump core (status 0x%x)", st);
	if (how == KERNEL_FORKED && !(WIFEXITED(st) && WEXITSTATUS(st) == 0))
		fail_msg("the forked child did not dump core (status 0x%x)",
		         st);
	if (how != GCORE)
		find_core(dir, kernel_core_name(), d->core, sizeof(d->core));
	for (int i = 0; i < N_VALUES; i++)
		d->hits[i] = count_in_file(d->core, d->value[i]);
	print_message("%s, flags 0x%x: %ld/%ld/%ld copies in the core\n",
	              how == GCORE ? "gcore" : "kernel", flags, d->hits[0],
	              d->hits[1], d->hits[2]);
	t_rmrf(dir);
}

/* The control run must find every value, the real run none. */
static void check_dumps(enum how how)
{
	static const char *const names[N_VALUES] = {"api_key", "app_key",
	                                            "pat"};
	struct dump d;

	run_dump(how, CREDPLUG_FLAG_DUMPABLE_SECRETS, &d);
	for (int i = 0; i < N_VALUES; i++)
		if (d.hits[i] == 0)
			fail_msg("control: %s not found in a core with "
			         "CREDPLUG_FLAG_DUMPABLE_SECRETS, so this test "
			         "could not fail",
			         names[i]);
	run_dump(how, 0, &d);
	for (int i = 0; i < N_VALUES; i++)
		if (d.hits[i] != 0)
			fail_msg("%s: %ld copies in the core", names[i],
			         d.hits[i]);
}

static void sec14_kernel_core_has_no_secret(void **state)
{
	(void)state;
	if (kernel_core_name() == NULL)
		skip(); /* core_pattern pipes or names a path: see gcore */
	check_dumps(KERNEL);
}

static void sec14_forked_child_core_has_no_secret(void **state)
{
	(void)state;
	if (kernel_core_name() == NULL)
		skip();
	check_dumps(KERNEL_FORKED);
}

static void sec14_gcore_has_no_secret(void **state)
{
	(void)state;
#ifdef T_ASAN
	/* gdb writes ASan's reserved terabytes and runs out of disk. */
	skip();
#endif
	if (system("command -v gcore >/dev/null 2>&1") != 0)
		skip(); /* gdb is not installed */
	check_dumps(GCORE);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(sec14_kernel_core_has_no_secret,
                                        make_base, remove_base),
        cmocka_unit_test_setup_teardown(sec14_forked_child_core_has_no_secret,
                                        make_base, remove_base),
        cmocka_unit_test_setup_teardown(sec14_gcore_has_no_secret, make_base,
                                        remove_base),
};

CP_TEST_MAIN("core_dump", tests, NULL, NULL)
