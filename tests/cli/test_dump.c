/*
 * Issue 10, finding #14: the credplug command is not dumpable.
 *
 * What can be observed from outside: a crash leaves no core file (the
 * kernel sets WCOREDUMP only when it wrote one), and another process of the
 * same non-root user can neither ptrace it nor read its /proc/PID/environ
 * or mem, whose owner the kernel shows as root.  The command is caught
 * while it waits for a value on standard input (`headers --pat-file -`),
 * with DD_API_KEY in its environment and half a token already read.  Each
 * test runs /bin/cat under the same harness as the control: it must dump
 * core and be traceable, so the checks can fail.  Real processes, real
 * kernel; no mocks.
 */
#include "cp_stage.h"
#include "cp_test.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define DUMP_API     "CANARY-DUMP-API-7f3a0001aaaa"
#define DUMP_PAT_1ST "CANARY-DUMP-PAT-7f3a"
#define NOBODY       65534

struct proc {
	pid_t pid;
	int in; /* its standard input */
};

static char dir[256], config[300], cores[300], cli_bin[300], stage[300];

/* The build tree may sit where `nobody` cannot go (a 0700 parent): the
 * command, its library and the chain's modules are copied into `dir`. */
static void stage_cli(void)
{
	static const char *const lib[] = {CP_TEST_LIB_SONAME, NULL};
	static const char *const mods[] = {"explicit.so", "env.so", NULL};
	const char *const bin[] = {strrchr(CP_CLI_BIN, '/') + 1, NULL};
	char d[300], from[300];

	snprintf(stage, sizeof(stage), "%s/stage", dir);
	snprintf(from, sizeof(from), "%.*s",
	         (int)(strrchr(CP_CLI_BIN, '/') - CP_CLI_BIN), CP_CLI_BIN);
	assert_int_equal(cp_stage_files(stage, from, bin), 0);
	snprintf(d, sizeof(d), "%s/lib", stage);
	assert_int_equal(cp_stage_files(d, CP_TEST_LIB_DIR, lib), 0);
	snprintf(d, sizeof(d), "%s/providers", stage);
	assert_int_equal(cp_stage_files(d, CP_TEST_PROVIDER_DIR, mods), 0);
	snprintf(cli_bin, sizeof(cli_bin), "%s/%s", stage, bin[0]);
}

static int setup(void **state)
{
	FILE *f;

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/cp-dump-cli.XXXXXX");
	assert_non_null(mkdtemp(dir));
	assert_int_equal(chmod(dir, 0755), 0); /* the unprivileged runs */
	snprintf(config, sizeof(config), "%s/config.json", dir);
	snprintf(cores, sizeof(cores), "%s/cores", dir);
	f = fopen(config, "w");
	assert_non_null(f);
	fputs("{\"providers\":[{\"use\":\"explicit\"},{\"use\":\"env\"}]}\n",
	      f);
	fclose(f);
	assert_int_equal(chmod(config, 0644), 0);
	stage_cli();
	return 0;
}

static int teardown(void **state)
{
	char cmd[300];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void drop_to(uid_t uid)
{
	if (setgroups(0, NULL) != 0 || setresgid(uid, uid, uid) != 0 ||
	    setresuid(uid, uid, uid) != 0)
		_exit(124);
}

/* In the child: a private core directory, unlimited cores, the uid. */
static void child(const char *prog, int in, uid_t uid, bool dump)
{
	static char env[8][400];
	const char *envp[9], *argv[4] = {prog, NULL, NULL, NULL};
	struct rlimit rl = {RLIM_INFINITY, RLIM_INFINITY};
	int null = open("/dev/null", O_RDWR);

	snprintf(env[0], 400, "PATH=/usr/bin:/bin");
	snprintf(env[1], 400, "HOME=%s", dir);
	snprintf(env[2], 400, "XDG_CONFIG_HOME=%s/xdg", dir);
	snprintf(env[3], 400, "CREDPLUG_CONFIG=%s", config);
	snprintf(env[4], 400, "CREDPLUG_PROVIDER_DIR=%s/providers", stage);
	snprintf(env[5], 400, "DD_API_KEY=%s", DUMP_API);
	/* ASan builds would otherwise refuse cores on their own. */
	snprintf(env[6], 400, "ASAN_OPTIONS=disable_coredump=0");
	/* the staged copy's library (its RUNPATH names the build tree) */
	snprintf(env[7], 400, "LD_LIBRARY_PATH=%s/lib", stage);
	for (int i = 0; i < 8; i++)
		envp[i] = env[i];
	envp[8] = NULL;
	if (strcmp(prog, cli_bin) == 0) {
		argv[1] = "headers";
		argv[2] = "--pat-file=-";
	}
	if (dup2(in, 0) < 0 || dup2(null, 1) < 0 || dup2(null, 2) < 0)
		_exit(125);
	if (dump && (chdir(cores) != 0 || setrlimit(RLIMIT_CORE, &rl) != 0))
		_exit(125);
	if (uid != 0)
		drop_to(uid);
	execve(prog, (char *const *)argv, (char *const *)envp);
	_exit(126);
}

/* True once `pid` sleeps in read(0, ...) with its input drained. */
static bool reading_stdin(const struct proc *p)
{
	char path[64], buf[256] = "";
	long nr = -1;
	unsigned long fd = 1;
	int pending = 1;
	FILE *f;

	if (ioctl(p->in, FIONREAD, &pending) != 0 || pending != 0)
		return false;
	snprintf(path, sizeof(path), "/proc/%d/syscall", (int)p->pid);
	f = fopen(path, "r");
	if (f == NULL)
		return false;
	if (fgets(buf, sizeof(buf), f) == NULL)
		buf[0] = '\0';
	fclose(f);
	return sscanf(buf, "%ld %lx", &nr, &fd) == 2 && nr == SYS_read &&
	       fd == 0;
}

/* `prog` running as `uid`, blocked reading the half token we sent. */
static void start(struct proc *p, const char *prog, uid_t uid, bool dump)
{
	int fds[2];
	struct timespec ts = {0, 20000000};

	assert_int_equal(pipe2(fds, O_CLOEXEC), 0);
	p->pid = fork();
	assert_true(p->pid >= 0);
	if (p->pid == 0)
		child(prog, fds[0], uid, dump);
	close(fds[0]);
	p->in = fds[1];
	assert_int_equal(write(p->in, DUMP_PAT_1ST, strlen(DUMP_PAT_1ST)),
	                 (ssize_t)strlen(DUMP_PAT_1ST));
	for (int i = 0; i < 500 && !reading_stdin(p); i++)
		nanosleep(&ts, NULL);
	if (!reading_stdin(p))
		fail_msg("%s did not wait on standard input within 10 s", prog);
}

static int finish(struct proc *p, int sig)
{
	int st = 0;

	kill(p->pid, sig);
	close(p->in);
	assert_int_equal(waitpid(p->pid, &st, 0), p->pid);
	return st;
}

static int core_files(void)
{
	DIR *d = opendir(cores);
	struct dirent *e;
	int n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL)
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

/* Dies of SIGABRT: did the kernel write a core? */
static bool dumps_core(const char *prog)
{
	char cmd[400];
	struct proc p;
	int st, files;

	snprintf(cmd, sizeof(cmd), "rm -rf '%s' && mkdir '%s'", cores, cores);
	assert_int_equal(system(cmd), 0);
	start(&p, prog, 0, true);
	st = finish(&p, SIGABRT);
	assert_true(WIFSIGNALED(st));
	assert_int_equal(WTERMSIG(st), SIGABRT);
	files = core_files();
	if ((WCOREDUMP(st) != 0) != (files > 0))
		fail_msg("%s: WCOREDUMP %d but %d core files", prog,
		         WCOREDUMP(st) != 0, files);
	return files > 0;
}

static bool plain_core_pattern(void)
{
	char pat[256] = "";
	FILE *f = fopen("/proc/sys/kernel/core_pattern", "r");

	if (f != NULL) {
		if (fgets(pat, sizeof(pat), f) == NULL)
			pat[0] = '\0';
		fclose(f);
	}
	pat[strcspn(pat, "\n")] = '\0';
	return pat[0] != '\0' && strpbrk(pat, "|/%") == NULL;
}

static void sec14_cli_crash_writes_no_core(void **state)
{
	(void)state;
	if (!plain_core_pattern())
		skip(); /* cores would go to the system's handler */
	if (!dumps_core("/bin/cat"))
		fail_msg("control: cat wrote no core here, so this test could "
		         "not fail");
	if (dumps_core(cli_bin))
		fail_msg("credplug dumped core while holding DD_API_KEY and "
		         "half a token");
}

/* What a process of the same uid can do to `pid`: bit 0 ptrace, bit 1
 * read environ (and find DD_API_KEY), bit 2 open mem. */
static int same_uid_access(pid_t pid)
{
	int st = 0;
	pid_t a = fork();

	assert_true(a >= 0);
	if (a == 0) {
		char path[64], env[8192];
		int fd, r = 0;
		ssize_t n;

		drop_to(NOBODY);
		if (ptrace(PTRACE_SEIZE, pid, NULL, NULL) == 0)
			r |= 1; /* our exit detaches */
		snprintf(path, sizeof(path), "/proc/%d/environ", (int)pid);
		if ((fd = open(path, O_RDONLY)) >= 0 &&
		    (n = read(fd, env, sizeof(env))) > 0 &&
		    memmem(env, (size_t)n, DUMP_API, strlen(DUMP_API)) != NULL)
			r |= 2;
		snprintf(path, sizeof(path), "/proc/%d/mem", (int)pid);
		if (open(path, O_RDONLY) >= 0)
			r |= 4;
		_exit(r);
	}
	assert_int_equal(waitpid(a, &st, 0), a);
	assert_true(WIFEXITED(st));
	return WEXITSTATUS(st);
}

static uid_t proc_owner(pid_t pid)
{
	char path[64];
	struct stat st;

	snprintf(path, sizeof(path), "/proc/%d/environ", (int)pid);
	assert_int_equal(stat(path, &st), 0);
	return st.st_uid;
}

static void sec14_cli_refuses_same_uid_ptrace(void **state)
{
	struct proc p;
	int got;
	uid_t owner;

	(void)state;
	if (geteuid() != 0)
		skip(); /* needs to run both sides as another user */
	start(&p, "/bin/cat", NOBODY, false);
	got = same_uid_access(p.pid);
	owner = proc_owner(p.pid);
	finish(&p, SIGKILL);
	if (got != 1 + 2 + 4 || owner != NOBODY)
		fail_msg("control: against cat, access %d owner %u; expected 7 "
		         "and %u (is ptrace restricted here?)",
		         got, (unsigned)owner, NOBODY);

	start(&p, cli_bin, NOBODY, false);
	got = same_uid_access(p.pid);
	owner = proc_owner(p.pid);
	finish(&p, SIGKILL);
	if (got != 0)
		fail_msg("credplug: same-uid process got %s%s%s",
		         got & 1 ? "ptrace " : "", got & 2 ? "DD_API_KEY " : "",
		         got & 4 ? "mem" : "");
	assert_int_equal(owner, 0); /* the kernel's sign of non-dumpable */
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(sec14_cli_crash_writes_no_core),
        cmocka_unit_test(sec14_cli_refuses_same_uid_ptrace),
};

CP_TEST_MAIN("cli_dump", tests, setup, teardown)
