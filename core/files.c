/*
 * File services for providers and the loader: read a small secret file
 * safely, stat identities, and ssh-like owner/mode checks.  Checks are made
 * on the opened descriptor (the final target of any symlink), so what is
 * checked is what is read.
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

static void file_id(const struct stat *st, struct credplug_file_id *id)
{
	if (id == NULL)
		return;
	id->dev = (uint64_t)st->st_dev;
	id->ino = (uint64_t)st->st_ino;
	id->size = (uint64_t)st->st_size;
	id->mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
	id->ctime_ns = (int64_t)st->st_ctim.tv_sec * 1000000000 + st->st_ctim.tv_nsec;
}

int cp_stat_file(const char *path, struct credplug_file_id *id)
{
	struct stat st;

	if (path == NULL)
		return CREDPLUG_PS_ERROR;
	if (stat(path, &st) != 0)
		return (errno == ENOENT || errno == ENOTDIR) ? CREDPLUG_PS_NOT_FOUND
		                                            : CREDPLUG_PS_UNAVAILABLE;
	file_id(&st, id);
	return CREDPLUG_PS_FOUND;
}

/* ssh's rule: ours, and nobody else may read or write it. */
static int check_private(const char *path, const struct stat *st,
                         uint32_t flags, char *msg, size_t cap)
{
	mode_t bad = (flags & CREDPLUG_READ_ALLOW_GROUP) ? 027 : 077;
	uid_t me = geteuid();

	if (st->st_uid != me) {
		snprintf(msg, cap,
		         "%s: owned by uid %u, not by the current user (uid %u); "
		         "run: chown %u %s",
		         path, (unsigned)st->st_uid, (unsigned)me, (unsigned)me, path);
		return CREDPLUG_PS_DENIED;
	}
	if (st->st_mode & bad) {
		snprintf(msg, cap,
		         "%s: permissions %04o are too open (%s can access it); "
		         "run: chmod 600 %s",
		         path, (unsigned)(st->st_mode & 07777),
		         (st->st_mode & 07) ? "other users" : "its group", path);
		return CREDPLUG_PS_DENIED;
	}
	return CREDPLUG_PS_FOUND;
}

static int open_failed(const char *path, char *msg, size_t cap)
{
	int e = errno;

	if (e == ENOENT || e == ENOTDIR) {
		snprintf(msg, cap, "%s: no such file", path);
		return CREDPLUG_PS_NOT_FOUND;
	}
	if (e == EACCES || e == EPERM) {
		snprintf(msg, cap, "%s: permission denied; check the file's owner "
		         "and mode (ls -l %s)", path, path);
		return CREDPLUG_PS_DENIED;
	}
	snprintf(msg, cap, "%s: cannot open: %s", path, strerror(e));
	return CREDPLUG_PS_UNAVAILABLE;
}

static int read_all(int fd, char *buf, size_t cap, size_t *len)
{
	size_t n = 0;

	while (n < cap) {
		ssize_t r = read(fd, buf + n, cap - n);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		n += (size_t)r;
	}
	*len = n;
	return 0;
}

static int stage_buffer(struct credplug_call *c, int fd, const char *path,
                        size_t max, const char **data, size_t *len)
{
	char *buf;
	size_t n;

	if (c->n_bufs >= (int)(sizeof(c->bufs) / sizeof(c->bufs[0]))) {
		snprintf(c->message, sizeof(c->message),
		         "%s: too many files read in one call", path);
		return CREDPLUG_PS_ERROR;
	}
	buf = cp_secret_alloc(&c->ctx->alloc, max + 1);
	if (buf == NULL) {
		c->oom = true;
		return CREDPLUG_PS_ERROR;
	}
	c->bufs[c->n_bufs++] = buf;
	if (read_all(fd, buf, max + 1, &n) != 0) {
		snprintf(c->message, sizeof(c->message), "%s: read failed: %s", path,
		         strerror(errno));
		return CREDPLUG_PS_UNAVAILABLE;
	}
	if (n > max) {
		snprintf(c->message, sizeof(c->message),
		         "%s: larger than %zu bytes; is this the right file?", path, max);
		return CREDPLUG_PS_INVALID;
	}
	buf[n] = '\0';
	*data = buf;
	*len = n;
	return CREDPLUG_PS_FOUND;
}

static void strip_newline(const char *data, size_t *len)
{
	if (*len > 0 && data[*len - 1] == '\n') {
		(*len)--;
		if (*len > 0 && data[*len - 1] == '\r')
			(*len)--;
	}
}

int cp_read_file(struct credplug_call *c, const char *path, uint32_t flags,
                 size_t max, const char **data, size_t *len,
                 struct credplug_file_id *id)
{
	struct stat st;
	int fd, r;

	if (c == NULL || path == NULL || data == NULL || len == NULL)
		return CREDPLUG_PS_ERROR;
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0)
		return open_failed(path, c->message, sizeof(c->message));
	r = CREDPLUG_PS_FOUND;
	if (fstat(fd, &st) != 0) {
		snprintf(c->message, sizeof(c->message), "%s: cannot stat it", path);
		r = CREDPLUG_PS_UNAVAILABLE;
	} else if (!S_ISREG(st.st_mode)) {
		snprintf(c->message, sizeof(c->message),
		         "%s: not a regular file", path);
		r = CREDPLUG_PS_INVALID;
	} else if (flags & CREDPLUG_READ_PRIVATE) {
		r = check_private(path, &st, flags, c->message, sizeof(c->message));
	}
	if (r == CREDPLUG_PS_FOUND && (size_t)st.st_size > max) {
		snprintf(c->message, sizeof(c->message),
		         "%s: larger than %zu bytes; is this the right file?", path, max);
		r = CREDPLUG_PS_INVALID;
	}
	if (r == CREDPLUG_PS_FOUND)
		r = stage_buffer(c, fd, path, max, data, len);
	close(fd);
	if (r != CREDPLUG_PS_FOUND)
		return r;
	file_id(&st, id);
	if (flags & CREDPLUG_READ_STRIP_NEWLINE)
		strip_newline(*data, len);
	return CREDPLUG_PS_FOUND;
}

static int check_one(const char *path, const char *what, char *msg, size_t cap)
{
	struct stat st;
	uid_t me = geteuid();

	if (stat(path, &st) != 0) {
		snprintf(msg, cap, "%s: %s", path, strerror(errno));
		return errno == ENOENT ? CREDPLUG_PS_NOT_FOUND : CREDPLUG_PS_DENIED;
	}
	if (st.st_uid != 0 && st.st_uid != me) {
		snprintf(msg, cap,
		         "%s%s: owned by uid %u, neither root nor the current user "
		         "(uid %u); run: chown %u %s",
		         what, path, (unsigned)st.st_uid, (unsigned)me, (unsigned)me,
		         path);
		return CREDPLUG_PS_DENIED;
	}
	if (st.st_mode & 022) {
		snprintf(msg, cap,
		         "%s%s: writable by %s (mode %04o); run: chmod go-w %s", what,
		         path, (st.st_mode & 02) ? "other users" : "its group",
		         (unsigned)(st.st_mode & 07777), path);
		return CREDPLUG_PS_DENIED;
	}
	return CREDPLUG_PS_FOUND;
}

/* Modules and commands: owned by root or us, file and directory not
 * writable by anyone else (a writable directory allows a swap). */
int cp_check_path(const char *path, uint32_t flags, char *msg, size_t cap)
{
	char real[PATH_MAX], dir[PATH_MAX];
	int r;

	if (path == NULL || path[0] != '/') {
		snprintf(msg, cap, "%s: not an absolute path", path ? path : "(null)");
		return CREDPLUG_PS_DENIED;
	}
	if (realpath(path, real) == NULL) {
		snprintf(msg, cap, "%s: %s", path, strerror(errno));
		return (errno == ENOENT || errno == ENOTDIR) ? CREDPLUG_PS_NOT_FOUND
		                                            : CREDPLUG_PS_DENIED;
	}
	r = check_one(real, "", msg, cap);
	if (r != CREDPLUG_PS_FOUND)
		return r;
	snprintf(dir, sizeof(dir), "%s", real);
	r = check_one(dirname(dir), "directory ", msg, cap);
	if (r == CREDPLUG_PS_FOUND && (flags & CREDPLUG_CHECK_EXECUTABLE) &&
	    access(real, X_OK) != 0) {
		snprintf(msg, cap, "%s: not executable; run: chmod 755 %s", path, path);
		r = CREDPLUG_PS_DENIED;
	}
	return r;
}
