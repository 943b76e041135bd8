/*
 * credplug check-provider — every call into the module runs in a child.
 *
 * The host cannot interrupt an in-process call, and neither could the
 * checker: so each group of checks forks, the child loads the module and
 * calls it, and sends its results up a pipe as lines:
 *   R <level> <check>\t<message>   one check's result
 *   P <limit_ms> <check>\t<call>\t<fix>   a module call starts (its own
 *                                  limit, and what to do if it overstays)
 *   E                              that call returned
 *   G <gate> <value>               a fact the next checks depend on
 *   D                              the child is done
 * The parent kills the child's process group when a call overstays its
 * limit (or the group its own) and reports which call it was in; a crash
 * or an exit from inside the module is reported the same way.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

static int out_fd = -1; /* in a child: the pipe to the parent */

int ck_in_child(void)
{
	return out_fd >= 0;
}

static int64_t mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* One record; control characters inside it become spaces. */
__attribute__((format(printf, 1, 2))) static void send_rec(const char *fmt, ...)
{
	char buf[2048];
	size_t n, off = 0;
	va_list ap;
	int len;

	va_start(ap, fmt);
	len = vsnprintf(buf, sizeof(buf) - 1, fmt, ap);
	va_end(ap);
	n = len < 0                         ? 0
	    : (size_t)len < sizeof(buf) - 1 ? (size_t)len
	                                    : sizeof(buf) - 2;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)buf[i] < 0x20 && buf[i] != '\t')
			buf[i] = ' ';
	buf[n++] = '\n';
	while (off < n) {
		ssize_t w = write(out_fd, buf + off, n - off);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			_exit(3); /* the parent is gone */
		off += (size_t)w;
	}
}

void ck_child_report(enum ck_level lv, const char *check, const char *msg)
{
	char one[1536];

	/* One line: a tab would end the check's name, a newline the record. */
	snprintf(one, sizeof(one), "%s", msg);
	for (char *p = one; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	send_rec("R %d %s\t%s", (int)lv, check, one);
}

void ck_phase(const char *check, const char *call, const char *fix,
              int limit_ms)
{
	if (ck_in_child())
		send_rec("P %d %s\t%s\t%s", limit_ms, check, call, fix);
}

void ck_phase_end(void)
{
	if (ck_in_child())
		send_rec("E");
}

void ck_gate(struct ck *ck, enum ck_gate g, long value)
{
	if (ck_in_child())
		send_rec("G %d %ld", (int)g, value);
	else if (g == CK_G_STDOUT)
		ck->gate[g] += value;
	else
		ck->gate[g] = value;
}

/* ---- the child ---------------------------------------------------------- */

/* Standard output goes to an anonymous file whose size says whether the
 * module printed (the host's stdout may be its data). */
static void child_main(struct ck *ck, void (*fn)(struct ck *), int wfd)
{
	int fd = memfd_create("credplug-check-stdout", MFD_CLOEXEC);
	struct stat st;

	setpgid(0, 0);
	out_fd = wfd;
	if (fd >= 0 && fd != STDOUT_FILENO)
		dup2(fd, STDOUT_FILENO);
	fn(ck);
	fflush(stdout);
	if (fstat(STDOUT_FILENO, &st) == 0 && fd >= 0)
		ck_gate(ck, CK_G_STDOUT, (long)st.st_size);
	send_rec("D");
	_exit(0);
}

/* ---- the parent --------------------------------------------------------- */

struct watcher {
	struct ck *ck;
	const char *group; /* check named when no call is open */
	char check[64], call[200], fix[400];
	int limit_ms;
	int64_t call_end, group_end;
	bool in_call, done;
	char buf[8192];
	size_t len;
};

static void on_record(struct watcher *w, char *line)
{
	char *tab = strchr(line, '\t'), *fix;
	int a = 0, n = 0;
	long v = 0;

	if (line[0] == 'D') {
		w->done = true;
	} else if (line[0] == 'E') {
		w->in_call = false;
	} else if (line[0] == 'G' && sscanf(line, "G %d %ld", &a, &v) == 2 &&
	           a >= 0 && a < CK_G_COUNT) {
		ck_gate(w->ck, (enum ck_gate)a, v);
	} else if (tab != NULL && sscanf(line + 1, " %d %n", &a, &n) == 1) {
		*tab = '\0';
		if (line[0] == 'R' && a >= CK_OK && a <= CK_SKIP) {
			ck_report(w->ck, (enum ck_level)a, line + 1 + n, "%s",
			          tab + 1);
		} else if (line[0] == 'P' && (fix = strchr(tab + 1, '\t'))) {
			*fix++ = '\0';
			snprintf(w->check, sizeof(w->check), "%s",
			         line + 1 + n);
			snprintf(w->call, sizeof(w->call), "%s", tab + 1);
			snprintf(w->fix, sizeof(w->fix), "%s", fix);
			w->limit_ms = a;
			w->call_end = mono_ms() + a;
			w->in_call = true;
		}
	}
}

/* 1: read some; 0: end of file; -1: nothing now. */
static int read_some(struct watcher *w, int fd)
{
	ssize_t r = read(fd, w->buf + w->len, sizeof(w->buf) - 1 - w->len);
	char *nl;

	if (r < 0 && (errno == EINTR || errno == EAGAIN))
		return -1;
	if (r <= 0)
		return 0;
	w->len += (size_t)r;
	w->buf[w->len] = '\0';
	while ((nl = strchr(w->buf, '\n')) != NULL) {
		*nl = '\0';
		on_record(w, w->buf);
		w->len -= (size_t)(nl + 1 - w->buf);
		memmove(w->buf, nl + 1, w->len + 1);
	}
	if (w->len == sizeof(w->buf) - 1)
		w->len = 0; /* a line that long is not ours: drop it */
	return 1;
}

/* Reads until the child is done, gone, or past its limit (returns 0, 1
 * when it was killed for overstaying). */
static int watch(struct watcher *w, int fd, pid_t pid)
{
	siginfo_t si;

	for (;;) {
		int64_t now = mono_ms();
		int64_t end = w->in_call ? w->call_end : w->group_end;
		struct pollfd p = {.fd = fd, .events = POLLIN};

		if (now >= end) {
			kill(-pid, SIGKILL);
			kill(pid, SIGKILL);
			return 1;
		}
		if (poll(&p, 1, (int)(end - now < 50 ? end - now : 50)) > 0 &&
		    read_some(w, fd) == 0)
			return 0;
		/* A grandchild may hold the pipe open: the child's own exit
		 * ends the watch too (WNOWAIT: the group stays killable). */
		si.si_pid = 0;
		if (waitid(P_PID, (id_t)pid, &si,
		           WEXITED | WNOHANG | WNOWAIT) == 0 &&
		    si.si_pid == pid) {
			fcntl(fd, F_SETFL, O_NONBLOCK);
			while (read_some(w, fd) == 1)
				;
			return 0;
		}
	}
}

static void verdict(struct watcher *w, int killed, int status)
{
	const char *check = w->in_call ? w->check : w->group;
	char where[240];

	snprintf(where, sizeof(where), "%s%s", w->in_call ? " in " : "",
	         w->in_call ? w->call : "");
	if (killed && w->in_call)
		ck_report(w->ck, CK_FAIL, check,
		          "%s did not return within %d ms; killed it: %s",
		          w->call, w->limit_ms, w->fix);
	else if (killed)
		ck_report(w->ck, CK_FAIL, check,
		          "the checks did not finish in time; killed them");
	else if (WIFSIGNALED(status))
		ck_report(w->ck, CK_FAIL, check,
		          "the module crashed (signal %d, %s)%s",
		          WTERMSIG(status), strsignal(WTERMSIG(status)), where);
	else if (!w->done)
		ck_report(w->ck, CK_FAIL, check,
		          "the process exited (status %d)%s: a module must "
		          "never end the host's process",
		          WIFEXITED(status) ? WEXITSTATUS(status) : -1, where);
}

int ck_child(struct ck *ck, const char *group, void (*fn)(struct ck *),
             int limit_ms)
{
	struct watcher *w = calloc(1, sizeof(*w));
	int p[2], status = 0, killed;
	pid_t pid;

	if (w == NULL || pipe2(p, O_CLOEXEC) != 0) {
		free(w);
		ck_report(ck, CK_FAIL, group, "cannot start a child: %s",
		          strerror(errno));
		return -1;
	}
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid == 0) {
		close(p[0]);
		child_main(ck, fn, p[1]);
	}
	close(p[1]);
	if (pid < 0) {
		close(p[0]);
		free(w);
		ck_report(ck, CK_FAIL, group, "cannot fork: %s",
		          strerror(errno));
		return -1;
	}
	setpgid(pid, pid);
	w->ck = ck;
	w->group = group;
	w->group_end = mono_ms() + limit_ms;
	killed = watch(w, p[0], pid);
	kill(-pid, SIGKILL); /* whatever the module left running */
	close(p[0]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	verdict(w, killed, status);
	killed = killed || !w->done;
	free(w);
	return killed ? -1 : 0;
}
