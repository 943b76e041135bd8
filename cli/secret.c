/*
 * credplug(1) — reading secret values from files, standard input or a
 * hidden prompt.  Never from argv.  Callers wipe the buffer.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* Read the whole of `fd` (at most cap - 1 bytes).  -2 when longer. */
static int read_all(int fd, char *buf, size_t cap, size_t *len)
{
	size_t n = 0;
	ssize_t r;
	char extra;

	while (n < cap - 1) {
		r = read(fd, buf + n, cap - 1 - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		n += (size_t)r;
	}
	buf[n] = '\0';
	*len = n;
	if (n == cap - 1) {
		do
			r = read(fd, &extra, 1);
		while (r < 0 && errno == EINTR);
		if (r > 0)
			return -2;
	}
	return 0;
}

/* Strip one trailing "\n" or "\r\n", as files written by editors end. */
static void strip_newline(char *buf, size_t *len)
{
	if (*len > 0 && buf[*len - 1] == '\n') {
		buf[--*len] = '\0';
		if (*len > 0 && buf[*len - 1] == '\r')
			buf[--*len] = '\0';
	}
}

static int report(const struct cp_cli *cli, int rc, int err, const char *what,
                  const char *where)
{
	if (rc == -2) {
		cp_term_err(cli,
		            "%s from %s is longer than %d bytes; it must hold "
		            "only the value",
		            what, where, CREDPLUG_VALUE_MAX);
		return CP_EXIT_FAIL;
	}
	cp_term_err(cli,
	            "cannot read %s from %s: %s; check that it exists and "
	            "is readable",
	            what, where, strerror(err));
	return err == EACCES || err == EPERM ? CP_EXIT_CONFIG : CP_EXIT_FAIL;
}

int cp_secret_read_file(const struct cp_cli *cli, const char *what,
                        const char *path, char *buf, size_t cap, size_t *len)
{
	char where[512];
	int fd, rc, err = 0;

	if (strcmp(path, "-") == 0) {
		fd = STDIN_FILENO;
		snprintf(where, sizeof(where), "standard input");
	} else {
		fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
		snprintf(where, sizeof(where), "file '%s'", path);
		if (fd < 0)
			return report(cli, -1, errno, what, where);
	}
	rc = read_all(fd, buf, cap, len);
	err = errno;
	if (fd != STDIN_FILENO)
		close(fd);
	if (rc != 0) {
		credplug_wipe(buf, cap);
		return report(cli, rc, err, what, where);
	}
	strip_newline(buf, len);
	return CP_EXIT_OK;
}

int cp_secret_read_input(const struct cp_cli *cli, const char *what, char *buf,
                         size_t cap, size_t *len)
{
	char prompt[128];
	int rc;

	if (!isatty(STDIN_FILENO))
		return cp_secret_read_file(cli, what, "-", buf, cap, len);
	snprintf(prompt, sizeof(prompt), "Enter %s (input hidden): ", what);
	rc = cp_term_read_hidden(prompt, buf, cap, len);
	if (rc == 0)
		return CP_EXIT_OK;
	credplug_wipe(buf, cap);
	if (rc == -2)
		return report(cli, rc, 0, what, "the terminal");
	cp_term_err(cli,
	            "cannot read %s from the terminal; pipe it on standard "
	            "input instead",
	            what);
	return CP_EXIT_FAIL;
}
