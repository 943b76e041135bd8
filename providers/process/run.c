/*
 * Run a command under a deadline: posix_spawn (no shell), own process
 * group (except interactive runs), O_CLOEXEC pipes, a poll() loop and reads
 * bounded by the deadline, SIGKILL to the group and a reap on every path.
 * See run.h.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "run.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Without a pidfd we poll in slices this long to notice the exit. */
#define RUN_SLICE_MS 10
/* Most stderr bytes one read loop takes before looking at the child
 * again: a writer faster than us must not pin us in the loop.  The last
 * drain may take a whole enlarged pipe (pipe-max-size, 1 MiB). */
#define RUN_ERR_BUDGET   (64 * 1024)
#define RUN_DRAIN_BUDGET (1024 * 1024)

struct run_io {
	int out, err, pidfd; /* -1 once closed / absent */
	pid_t pid;
	int own_group; /* the child leads its own process group */
	int exited;    /* exited, still a zombie only we may reap */
	int lost;      /* reaped by someone else: status and pid gone */
	int64_t deadline;
};

static int64_t mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

/* A pipe whose ends are >= 3 (so dup2 onto 0..2 cannot clobber them),
 * close-on-exec, with a non-blocking read end (the write end is the child's
 * stdout/stderr and must stay blocking). */
static int make_pipe(int fds[2])
{
	if (pipe2(fds, O_CLOEXEC) != 0)
		return -1;
	for (int i = 0; i < 2; i++) {
		if (fds[i] < 3) {
			int hi = fcntl(fds[i], F_DUPFD_CLOEXEC, 3);
			close(fds[i]);
			fds[i] = hi;
		}
	}
	if (fds[0] < 0 || fds[1] < 0 ||
	    fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK) != 0) {
		close_fd(&fds[0]);
		close_fd(&fds[1]);
		return -1;
	}
	return 0;
}

static int spawn_child(const struct cp_run_opts *o, int out_w, int err_w,
                       pid_t *pid)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	sigset_t none, all;
	int rc;

	if (posix_spawn_file_actions_init(&fa) != 0)
		return ENOMEM;
	if (posix_spawnattr_init(&at) != 0) {
		posix_spawn_file_actions_destroy(&fa);
		return ENOMEM;
	}
	sigemptyset(&none);
	sigfillset(&all);
	rc = o->interactive ? 0
	                    : posix_spawn_file_actions_addopen(
	                              &fa, 0, "/dev/null", O_RDONLY, 0);
	rc = rc ? rc : posix_spawn_file_actions_adddup2(&fa, out_w, 1);
	rc = rc ? rc : posix_spawn_file_actions_adddup2(&fa, err_w, 2);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 34)
	/* Descriptors the host leaked without O_CLOEXEC stay ours. */
	rc = rc ? rc : posix_spawn_file_actions_addclosefrom_np(&fa, 3);
#endif
	/* An interactive command stays in the caller's (foreground) process
	 * group: in a group of its own, reading the terminal would stop it
	 * with SIGTTIN until the deadline. */
	rc = rc ? rc : posix_spawnattr_setpgroup(&at, 0);
	rc = rc ? rc : posix_spawnattr_setsigmask(&at, &none);
	rc = rc ? rc : posix_spawnattr_setsigdefault(&at, &all);
	rc = rc ? rc
	        : posix_spawnattr_setflags(
	                  &at,
	                  POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF |
	                          (o->interactive ? 0 : POSIX_SPAWN_SETPGROUP));
	rc = rc ? rc : posix_spawn(pid, o->argv[0], &fa, &at, o->argv, o->envp);
	posix_spawnattr_destroy(&at);
	posix_spawn_file_actions_destroy(&fa);
	return rc;
}

/* Has the direct child exited?  WNOWAIT keeps it a zombie, so its pid and
 * process group stay ours until we kill the group and reap it.  ECHILD
 * means someone else reaped it (SIGCHLD set to SIG_IGN, or the application
 * waits for any child): its status is lost and its pid may be reused, so
 * io->lost is set and nothing is ever sent to that pid or group again. */
static void check_child(struct run_io *io)
{
	siginfo_t si;

	if (io->exited)
		return;
	memset(&si, 0, sizeof(si));
	if (waitid(P_PID, (id_t)io->pid, &si, WEXITED | WNOHANG | WNOWAIT) !=
	    0) {
		if (errno == ECHILD)
			io->exited = io->lost = 1;
		return;
	}
	io->exited = si.si_pid != 0;
}

/* Reads what is available on stdout; 1 at EOF, -1 on overflow, 0 when
 * the pipe is empty.  Bounded without a clock: non-blocking reads of at
 * most max + 1 bytes in all (a document the child finished writing just at
 * the deadline is still read whole). */
static int read_out(int fd, struct cp_run_result *r, size_t max)
{
	for (;;) {
		ssize_t n = read(fd, r->out + r->out_len, max + 1 - r->out_len);
		if (n > 0) {
			r->out_len += (size_t)n;
			if (r->out_len > max)
				return -1;
			continue;
		}
		if (n == 0)
			return 1;
		return (errno == EAGAIN || errno == EINTR) ? 0 : 1;
	}
}

/* Keeps the last CP_RUN_STDERR_TAIL bytes of stderr. */
static void keep_tail(struct cp_run_result *r, const char *chunk, size_t k)
{
	size_t cap = sizeof(r->err);

	if (r->err_len + k > cap) {
		size_t drop = r->err_len + k - cap;
		drop = drop > r->err_len ? r->err_len : drop;
		r->err_cut = 1;
		memmove(r->err, r->err + drop, r->err_len - drop);
		r->err_len -= drop;
	}
	memcpy(r->err + r->err_len, chunk, k);
	r->err_len += k;
}

/* Reads stderr; 1 at EOF.  Stops after `budget` bytes, when the pipe is
 * empty or at the deadline. */
static int read_err(int fd, struct cp_run_result *r, int64_t deadline,
                    size_t budget)
{
	char chunk[4096];
	size_t got = 0;
	int rc = 0;

	while (got < budget && mono_ms() < deadline) {
		ssize_t n = read(fd, chunk, sizeof(chunk));
		if (n > 0) {
			keep_tail(r, chunk, (size_t)n);
			got += (size_t)n;
			continue;
		}
		rc = n == 0 || (errno != EAGAIN && errno != EINTR);
		break;
	}
	explicit_bzero(chunk, sizeof(chunk));
	return rc;
}

/* One round of reading whichever pipe is ready; -1 on overflow. */
static int pump(struct run_io *io, struct cp_run_result *r, size_t max,
                int64_t left)
{
	struct pollfd p[3];
	nfds_t n = 0;
	int timeout = (int)(left < INT32_MAX ? left : INT32_MAX);

	if (io->out >= 0)
		p[n++] = (struct pollfd){.fd = io->out, .events = POLLIN};
	if (io->err >= 0)
		p[n++] = (struct pollfd){.fd = io->err, .events = POLLIN};
	if (io->pidfd >= 0)
		p[n++] = (struct pollfd){.fd = io->pidfd, .events = POLLIN};
	else if (timeout > RUN_SLICE_MS)
		timeout = RUN_SLICE_MS;
	if (poll(p, n, timeout) < 0 && errno != EINTR)
		return 0;
	for (nfds_t i = 0; i < n; i++) {
		if (p[i].revents == 0 || p[i].fd == io->pidfd)
			continue;
		if (p[i].fd == io->out) {
			int rc = read_out(io->out, r, max);
			if (rc < 0)
				return -1;
			if (rc > 0)
				close_fd(&io->out);
		} else if (read_err(io->err, r, io->deadline, RUN_ERR_BUDGET) >
		           0) {
			close_fd(&io->err);
		}
	}
	return 0;
}

/* The loop: until the child exits, the deadline passes or stdout
 * overflows.  After the exit, one last non-blocking drain (bounded by the
 * deadline and, for stderr, RUN_DRAIN_BUDGET): what the child wrote is in
 * the pipes; whatever a grandchild keeps open or keeps writing is not
 * waited for. */
static void collect(struct run_io *io, struct cp_run_result *r, size_t max)
{
	for (;;) {
		int64_t left;

		check_child(io);
		if (io->exited) {
			if (io->out >= 0 && read_out(io->out, r, max) < 0)
				r->overflow = 1;
			if (io->err >= 0)
				read_err(io->err, r, io->deadline,
				         RUN_DRAIN_BUDGET);
			return;
		}
		left = io->deadline - mono_ms();
		if (left <= 0) {
			r->timed_out = 1;
			return;
		}
		if (pump(io, r, max, left) < 0) {
			r->overflow = 1;
			return;
		}
	}
}

/* Kill what is left and reap the child.  A signal goes only to a pid that
 * is still ours: the child unreaped (running or a zombie we hold with
 * WNOWAIT); never after it is known reaped elsewhere (io->lost). */
static void reap(struct run_io *io, struct cp_run_result *r)
{
	int st = 0;
	pid_t w;

	check_child(io);
	if (!io->lost) {
		/* Its own group: grandchildren holding our pipes die too.  An
		 * interactive child shares the caller's group: only it is
		 * killed. */
		kill(io->own_group ? -io->pid : io->pid, SIGKILL);
		r->group_killed = io->own_group;
		while ((w = waitpid(io->pid, &st, 0)) < 0 && errno == EINTR)
			;
		io->lost = w < 0;
	}
	if (io->lost)
		r->status_lost = 1;
	else if (WIFSIGNALED(st))
		r->signal = WTERMSIG(st);
	else
		r->exit_code = WEXITSTATUS(st);
}

int cp_run(const struct cp_run_opts *o, struct cp_run_result *r)
{
	struct run_io io = {.out = -1, .err = -1, .pidfd = -1};
	int po[2] = {-1, -1}, pe[2] = {-1, -1};
	int64_t t0 = mono_ms();

	memset(r, 0, sizeof(*r));
	r->out = malloc(o->max_output + 1);
	if (r->out == NULL || make_pipe(po) != 0 || make_pipe(pe) != 0) {
		r->spawn_error = r->out == NULL ? ENOMEM : errno;
		goto fail;
	}
	r->spawn_error = spawn_child(o, po[1], pe[1], &io.pid);
	if (r->spawn_error != 0)
		goto fail;
	close_fd(&po[1]);
	close_fd(&pe[1]);
	io.out = po[0];
	io.err = pe[0];
#ifdef SYS_pidfd_open
	io.pidfd = (int)syscall(SYS_pidfd_open, io.pid, 0);
#endif
	io.own_group = !o->interactive;
	io.deadline = t0 + o->timeout_ms;
	collect(&io, r, o->max_output);
	reap(&io, r);
	close_fd(&io.out);
	close_fd(&io.err);
	close_fd(&io.pidfd);
	r->out[r->out_len < o->max_output ? r->out_len : o->max_output] = '\0';
	r->elapsed_ms = mono_ms() - t0;
	return 0;
fail:
	for (int i = 0; i < 2; i++) {
		close_fd(&po[i]);
		close_fd(&pe[i]);
	}
	r->elapsed_ms = mono_ms() - t0;
	return -1;
}

void cp_run_result_clear(struct cp_run_result *r)
{
	if (r->out != NULL) {
		explicit_bzero(r->out, r->out_len);
		free(r->out);
	}
	explicit_bzero(r, sizeof(*r));
}
