/*
 * Run the real credplug binary (CP_CLI_BIN) as a child process with a
 * controlled environment and collect its output.  No mocks.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cp_test.h"
#include "run.h"

#define DEFAULT_CONFIG                                                         \
	"{\"providers\":[{\"use\":\"explicit\"},{\"use\":\"env\"}]}\n"

int cp_env_setup(void **state)
{
	struct cp_env *e = calloc(1, sizeof(*e));

	assert_non_null(e);
	snprintf(e->dir, sizeof(e->dir), "/tmp/cp-cli-test.XXXXXX");
	assert_non_null(mkdtemp(e->dir));
	snprintf(e->config, sizeof(e->config), "%s/config.json", e->dir);
	cp_env_config(e, DEFAULT_CONFIG);
	*state = e;
	return 0;
}

int cp_env_teardown(void **state)
{
	struct cp_env *e = *state;
	char cmd[400];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", e->dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", e->dir);
	free(e);
	return 0;
}

static void write_file(const char *path, const char *data, mode_t mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
	size_t len = strlen(data);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, data, len), (ssize_t)len);
	assert_int_equal(fchmod(fd, mode), 0);
	close(fd);
}

void cp_env_config(struct cp_env *e, const char *json)
{
	write_file(e->config, json, 0600);
}

void cp_env_set(struct cp_env *e, const char *name, const char *value)
{
	assert_true(e->n_extra < 32);
	snprintf(e->store[e->n_extra], sizeof(e->store[0]), "%s=%s", name,
	         value);
	e->extra[e->n_extra] = e->store[e->n_extra];
	e->n_extra++;
}

const char *cp_env_file(struct cp_env *e, const char *name, const char *data)
{
	static char paths[8][512];
	static int slot;
	char *p = paths[slot++ % 8];

	snprintf(p, 512, "%s/%s", e->dir, name);
	write_file(p, data, 0600);
	return p;
}

/* Does an extra "NAME=value" of the test override the default `var`? */
static int overridden(const struct cp_env *e, const char *var)
{
	size_t n = strcspn(var, "=") + 1;

	for (size_t i = 0; i < e->n_extra; i++)
		if (strncmp(e->extra[i], var, n) == 0)
			return 1;
	return 0;
}

static void build_env(struct cp_env *e, char store[10][600], const char **envp)
{
	static const char *const passthrough[] = {
	        "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS",
	        "TSAN_OPTIONS"};
	size_t n = 0, i;
	const char *v;

	snprintf(store[0], 600, "PATH=/usr/local/bin:/usr/bin:/bin");
	snprintf(store[1], 600, "HOME=%s", e->dir);
	snprintf(store[2], 600, "XDG_CONFIG_HOME=%s/xdg", e->dir);
	snprintf(store[3], 600, "CREDPLUG_CONFIG=%s", e->config);
	snprintf(store[4], 600, "CREDPLUG_PROVIDER_DIR=%s",
	         CP_TEST_PROVIDER_DIR);
	for (i = 0; i < 5; i++)
		if (!overridden(e, store[i]))
			envp[n++] = store[i];
	for (i = 0; i < 4; i++)
		if ((v = getenv(passthrough[i])) != NULL) {
			snprintf(store[5 + i], 600, "%s=%s", passthrough[i], v);
			envp[n++] = store[5 + i];
		}
	for (i = 0; i < e->n_extra; i++)
		envp[n++] = e->extra[i];
	envp[n] = NULL;
}

static void child(int in, int out, int err, const char *prog,
                  const char *const *args, const char **envp)
{
	const char *argv[64];
	size_t i;

	argv[0] = prog;
	for (i = 0; args[i] && i < 62; i++)
		argv[i + 1] = args[i];
	argv[i + 1] = NULL;
	if (dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
		_exit(125);
	execve(prog, (char *const *)argv, (char *const *)envp);
	_exit(126);
}

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Pump input and both outputs until the child closes them (bounded). */
static void pump(int in, int out, int err, const char *input, struct cp_run *r)
{
	size_t len[2] = {0, 0}, in_off = 0, in_len = input ? strlen(input) : 0;
	char *bufs[2] = {r->out, r->err};
	struct pollfd p[3] = {
	        {out, POLLIN, 0}, {err, POLLIN, 0}, {in, POLLOUT, 0}};
	int64_t deadline = now_ms() + 20000;
	ssize_t n;
	int i;

	if (in_len == 0) {
		close(in);
		p[2].fd = -1;
	}
	while ((p[0].fd >= 0 || p[1].fd >= 0) && now_ms() < deadline) {
		if (poll(p, 3, 200) < 0 && errno != EINTR)
			fail_msg("poll: %s", strerror(errno));
		for (i = 0; i < 2; i++) {
			if (p[i].fd < 0 || !(p[i].revents & (POLLIN | POLLHUP)))
				continue;
			n = read(p[i].fd, bufs[i] + len[i],
			         CP_RUN_OUT_MAX - 1 - len[i]);
			if (n <= 0) {
				close(p[i].fd);
				p[i].fd = -1;
			} else {
				len[i] += (size_t)n;
			}
		}
		if (p[2].fd >= 0 &&
		    (p[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
			n = write(in, input + in_off, in_len - in_off);
			in_off += n > 0 ? (size_t)n : in_len;
			if (in_off >= in_len) {
				close(in);
				p[2].fd = -1;
			}
		}
	}
	for (i = 0; i < 3; i++)
		if (p[i].fd >= 0)
			close(p[i].fd);
	r->out[len[0]] = '\0';
	r->err[len[1]] = '\0';
}

void cp_run(struct cp_env *e, struct cp_run *r, const char *input,
            const char *const *args)
{
	cp_run_prog(e, r, input, CP_CLI_BIN, args);
}

void cp_run_prog(struct cp_env *e, struct cp_run *r, const char *input,
                 const char *prog, const char *const *args)
{
	char store[10][600];
	const char *envp[64];
	int pin[2], pout[2], perr[2], st = 0;
	int64_t deadline;
	pid_t pid, w;

	memset(r, 0, sizeof(*r));
	build_env(e, store, envp);
	signal(SIGPIPE, SIG_IGN);
	assert_int_equal(pipe2(pin, O_CLOEXEC), 0);
	assert_int_equal(pipe2(pout, O_CLOEXEC), 0);
	assert_int_equal(pipe2(perr, O_CLOEXEC), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		child(pin[0], pout[1], perr[1], prog, args, envp);
	close(pin[0]);
	close(pout[1]);
	close(perr[1]);
	pump(pin[1], pout[0], perr[0], input, r);
	deadline = now_ms() + 20000;
	while ((w = waitpid(pid, &st, WNOHANG)) == 0 && now_ms() < deadline)
		usleep(2000);
	if (w == 0) {
		kill(pid, SIGKILL);
		waitpid(pid, &st, 0);
		fail_msg("%s did not finish within 20 s", prog);
	}
	r->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

void cp_assert_no_canary(const struct cp_run *r)
{
	if (strstr(r->out, "CANARY") || strstr(r->err, "CANARY"))
		fail_msg("a canary secret leaked:\nstdout: %s\nstderr: %s",
		         r->out, r->err);
}

void cp_assert_err(const struct cp_run *r, const char *text)
{
	if (strcmp(r->err, text) != 0)
		fail_msg("stderr differs.\nexpected: [%s]\nactual:   [%s]",
		         text, r->err);
}

/* Read the pty master until EOF/EIO or the deadline; once `prompt` shows
 * up, type `input`. */
static size_t pump_pty(int master, struct cp_run *r, const char *input)
{
	int64_t deadline = now_ms() + 20000;
	struct pollfd p = {master, POLLIN, 0};
	size_t len = 0;
	ssize_t n;

	while (len < CP_RUN_OUT_MAX - 1 && now_ms() < deadline) {
		if (poll(&p, 1, 200) <= 0)
			continue;
		n = read(master, r->out + len, CP_RUN_OUT_MAX - 1 - len);
		if (n <= 0)
			break; /* EIO: the child is gone and the slave closed */
		len += (size_t)n;
		r->out[len] = '\0';
		if (input && strstr(r->out, "(input hidden): ")) {
			assert_int_equal(write(master, input, strlen(input)),
			                 (ssize_t)strlen(input));
			input = NULL;
		}
	}
	return len;
}

/* Same as cp_run(), but stdout and stderr are a pseudo-terminal (colour
 * decisions); both land in r->out.  With `input`, standard input is the
 * terminal too, it is the child's controlling terminal, and `input` is
 * typed at the "(input hidden): " prompt. */
void cp_run_pty(struct cp_env *e, struct cp_run *r, const char *input,
                const char *const *args)
{
	char store[10][600];
	const char *envp[64];
	int master, slave, in, st = 0;
	size_t len;
	pid_t pid;

	memset(r, 0, sizeof(*r));
	build_env(e, store, envp);
	assert_int_equal(openpty(&master, &slave, NULL, NULL, NULL), 0);
	in = input ? slave : open("/dev/null", O_RDONLY | O_CLOEXEC);
	assert_true(in >= 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(master);
		if (input && (setsid() < 0 || ioctl(slave, TIOCSCTTY, 0) < 0))
			_exit(124);
		child(in, slave, slave, CP_CLI_BIN, args, envp);
	}
	close(slave);
	if (in != slave)
		close(in);
	len = pump_pty(master, r, input);
	r->out[len] = '\0';
	close(master);
	waitpid(pid, &st, 0);
	r->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}
