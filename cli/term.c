/*
 * credplug(1) — terminal handling: colour decisions, messages, and the
 * no-echo prompt used by store.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "cli.h"

/* Colour only on a terminal, never with NO_COLOR (no-color.org: any
 * non-empty value), --no-color or TERM=dumb. */
static int want_color(const struct cp_cli *cli, int fd)
{
	const char *nc = getenv("NO_COLOR");
	const char *term = getenv("TERM");

	if (cli->no_color || (nc && nc[0] != '\0'))
		return 0;
	if (term == NULL || strcmp(term, "dumb") == 0)
		return 0;
	return isatty(fd);
}

void cp_term_init(struct cp_cli *cli)
{
	cli->color_out = want_color(cli, STDOUT_FILENO);
	cli->color_err = want_color(cli, STDERR_FILENO);
}

const char *cp_term_color(int on, const char *sgr)
{
	return on ? sgr : "";
}

static void vmessage(const struct cp_cli *cli, const char *label,
                     const char *sgr, const char *fmt, va_list ap)
{
	fflush(stdout); /* keep stdout and stderr in order on a terminal */
	fprintf(stderr,
	        "credplug: %s%s%s: ", cp_term_color(cli->color_err, sgr), label,
	        cp_term_color(cli->color_err, "\033[0m"));
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void cp_term_err(const struct cp_cli *cli, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(cli, "error", "\033[1;31m", fmt, ap);
	va_end(ap);
}

void cp_term_warn(const struct cp_cli *cli, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(cli, "warning", "\033[1;33m", fmt, ap);
	va_end(ap);
}

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	interrupted = sig;
}

/* Read one line from `fd` into buf; stops at '\n' (not stored). */
static int read_line(int fd, char *buf, size_t cap, size_t *len)
{
	size_t n = 0;
	char ch;
	ssize_t r;

	for (;;) {
		r = read(fd, &ch, 1);
		if (r < 0 && errno == EINTR && !interrupted)
			continue;
		if (r <= 0)
			break;
		if (ch == '\n')
			break;
		if (n + 1 >= cap) {
			ch = 0;
			return -2; /* too long */
		}
		buf[n++] = ch;
	}
	buf[n] = '\0';
	*len = n;
	ch = 0;
	return (r < 0 || interrupted) ? -1 : 0;
}

/*
 * Prompt on the controlling terminal with echo off.  Restores the terminal
 * on every path, including Ctrl-C (caught while reading, then re-raised).
 * @return 0, -1 on error or interrupt, -2 when the line is too long.
 */
int cp_term_read_hidden(const char *prompt, char *buf, size_t cap, size_t *len)
{
	struct sigaction sa, old_int, old_term;
	struct termios saved, quiet;
	int fd, rc;

	fd = open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
	if (fd < 0 || tcgetattr(fd, &saved) != 0) {
		if (fd >= 0)
			close(fd);
		return -1;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal; /* no SA_RESTART: read() returns EINTR */
	interrupted = 0;
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	quiet = saved;
	quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHONL);
	quiet.c_lflag |= ICANON;
	/* Echo off before the prompt: TCSAFLUSH drops type-ahead, and anything
	 * typed after the prompt appears must be kept (and not echoed). */
	if (tcsetattr(fd, TCSAFLUSH, &quiet) != 0 ||
	    write(fd, prompt, strlen(prompt)) < 0)
		rc = -1;
	else
		rc = read_line(fd, buf, cap, len);
	tcsetattr(fd, TCSAFLUSH, &saved);
	if (write(fd, "\n", 1) < 0)
		rc = rc ? rc : -1;
	close(fd);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	if (interrupted) {
		credplug_wipe(buf, cap);
		raise(interrupted);
	}
	return rc;
}
