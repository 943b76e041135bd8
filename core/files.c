/*
 * File services for providers and the loader: read a small secret file
 * safely, stat identities, and ssh-like owner/mode checks.  Checks are made
 * on the opened descriptor (the final target of any symlink), so what is
 * checked is what is read.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ctx.h"
#include "files.h"
#include "host.h"
#include "memory.h"

static int check_owner_mode(const char *path, const struct stat *st,
                            const char *what, char *msg, size_t cap);

static void file_id(const struct stat *st, struct credplug_file_id *id)
{
	if (id == NULL)
		return;
	id->dev = (uint64_t)st->st_dev;
	id->ino = (uint64_t)st->st_ino;
	id->size = (uint64_t)st->st_size;
	id->mtime_ns =
	        (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
	id->ctime_ns =
	        (int64_t)st->st_ctim.tv_sec * 1000000000 + st->st_ctim.tv_nsec;
}

int cp_stat_file(const char *path, struct credplug_file_id *id)
{
	struct stat st;

	if (path == NULL)
		return CREDPLUG_PS_ERROR;
	if (stat(path, &st) != 0)
		return (errno == ENOENT || errno == ENOTDIR)
		               ? CREDPLUG_PS_NOT_FOUND
		               : CREDPLUG_PS_UNAVAILABLE;
	file_id(&st, id);
	return CREDPLUG_PS_FOUND;
}

/* ssh's rule: ours or root's, and nobody else may read or write it.
 * Root-owned is fine (root can read everything anyway): Kubernetes
 * Secret volumes give a non-root pod root-owned files, 0440 with its
 * fsGroup (allow_group_readable). */
static int check_private(const char *path, const struct stat *st,
                         uint32_t flags, char *msg, size_t cap)
{
	mode_t bad = (flags & CREDPLUG_READ_ALLOW_GROUP) ? 027 : 077;
	uid_t me = geteuid();

	if (st->st_uid != me && st->st_uid != 0) {
		snprintf(msg, cap,
		         "%s: owned by uid %u, neither the current user (uid "
		         "%u) nor root; run: chown %u %s",
		         path, (unsigned)st->st_uid, (unsigned)me, (unsigned)me,
		         path);
		return CREDPLUG_PS_DENIED;
	}
	if (st->st_mode & bad) {
		snprintf(
		        msg, cap,
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
		snprintf(msg, cap,
		         "%s: permission denied; check the file's owner "
		         "and mode (ls -l %s)",
		         path, path);
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

/* Read slack past the size fstat saw: a file that grows meanwhile, or a
 * pseudo-file that says 0. */
#define CP_READ_SLACK (64 * 1024)

/* Bytes to read (and buffer): the size plus the slack, at most max + 1 so
 * that "over max" shows; sized by the file, not by `max`, so that a large
 * `max` (SIZE_MAX: no limit) neither wraps to 0 nor allocates `max`. */
static size_t read_room(size_t size, size_t max)
{
	size_t want = max - size > CP_READ_SLACK ? size + CP_READ_SLACK : max;

	return want < SIZE_MAX ? want + 1 : want;
}

static int stage_buffer(struct credplug_call *c, int fd, const char *path,
                        size_t size, size_t max, const char **data, size_t *len)
{
	size_t room = read_room(size, max), n;
	char *buf;

	if (c->n_bufs >= (int)(sizeof(c->bufs) / sizeof(c->bufs[0]))) {
		snprintf(c->message, sizeof(c->message),
		         "%s: too many files read in one call", path);
		return CREDPLUG_PS_ERROR;
	}
	buf = cp_secret_alloc(&c->ctx->alloc, room);
	if (buf == NULL) {
		snprintf(c->message, sizeof(c->message), "%s: out of memory",
		         path);
		c->oom = true;
		return CREDPLUG_PS_ERROR;
	}
	c->bufs[c->n_bufs++] = buf;
	if (read_all(fd, buf, room, &n) != 0) {
		snprintf(c->message, sizeof(c->message), "%s: read failed: %s",
		         path, strerror(errno));
		return CREDPLUG_PS_UNAVAILABLE;
	}
	if (n == room && n > max) {
		snprintf(c->message, sizeof(c->message),
		         "%s: larger than %zu bytes; is this the right file?",
		         path, max);
		return CREDPLUG_PS_INVALID;
	}
	if (n == room) {
		snprintf(c->message, sizeof(c->message),
		         "%s: grew while it was read; try again", path);
		return CREDPLUG_PS_UNAVAILABLE;
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
		snprintf(c->message, sizeof(c->message), "%s: cannot stat it",
		         path);
		r = CREDPLUG_PS_UNAVAILABLE;
	} else if (!S_ISREG(st.st_mode)) {
		snprintf(c->message, sizeof(c->message),
		         "%s: not a regular file", path);
		r = CREDPLUG_PS_INVALID;
	} else if (flags & CREDPLUG_READ_PRIVATE) {
		r = check_private(path, &st, flags, c->message,
		                  sizeof(c->message));
	} else if (flags & CREDPLUG_READ_TRUSTED_OWNER) {
		r = check_owner_mode(path, &st, "", c->message,
		                     sizeof(c->message));
	}
	if (r == CREDPLUG_PS_FOUND && (size_t)st.st_size > max) {
		snprintf(c->message, sizeof(c->message),
		         "%s: larger than %zu bytes; is this the right file?",
		         path, max);
		r = CREDPLUG_PS_INVALID;
	}
	if (r == CREDPLUG_PS_FOUND)
		r = stage_buffer(c, fd, path, (size_t)st.st_size, max, data,
		                 len);
	close(fd);
	if (r != CREDPLUG_PS_FOUND)
		return r;
	file_id(&st, id);
	if (flags & CREDPLUG_READ_STRIP_NEWLINE) {
		strip_newline(*data, len);
		/* the buffer is ours: keep it a C string of the stripped value
		 */
		((char *)*data)[*len] = '\0';
	}
	return CREDPLUG_PS_FOUND;
}

/* Who may change what a path names: only root or us.  `what` is a prefix
 * for the message ("", "directory ", "symlink "). */
static int check_owner_mode(const char *path, const struct stat *st,
                            const char *what, char *msg, size_t cap)
{
	uid_t me = geteuid();
	bool sticky_dir = S_ISDIR(st->st_mode) && (st->st_mode & S_ISVTX);

	if (st->st_uid != 0 && st->st_uid != me) {
		snprintf(msg, cap,
		         "%s%s: owned by uid %u, neither root nor the current "
		         "user "
		         "(uid %u); run: chown %s%u %s",
		         what, path, (unsigned)st->st_uid, (unsigned)me,
		         S_ISLNK(st->st_mode) ? "-h " : "", /* not the target */
		         (unsigned)me, path);
		return CREDPLUG_PS_DENIED;
	}
	/* A sticky directory (/tmp) lets others add names but not replace
	 * ours, and every entry below is checked in turn. */
	if ((st->st_mode & 022) && !S_ISLNK(st->st_mode) && !sticky_dir) {
		snprintf(msg, cap,
		         "%s%s: writable by %s (mode %04o); run: chmod go-w %s",
		         what, path,
		         (st->st_mode & 02) ? "other users" : "its group",
		         (unsigned)(st->st_mode & 07777), path);
		return CREDPLUG_PS_DENIED;
	}
	return CREDPLUG_PS_FOUND;
}

struct walk {
	char done[PATH_MAX]; /* resolved so far, no symlinks, no trailing / */
	char todo[PATH_MAX]; /* what is left to resolve */
	int links;
};

/* Replace the walk's remaining path by a symlink's target + the rest. */
static int follow_link(struct walk *w, const char *link, const char *rest,
                       char *msg, size_t cap)
{
	char target[PATH_MAX], next[PATH_MAX];
	ssize_t n = readlink(link, target, sizeof(target) - 1);

	if (n < 0 || ++w->links > 32) {
		snprintf(msg, cap, "%s: %s", link,
		         n < 0 ? strerror(errno)
		               : "too many levels of symbolic links");
		return CREDPLUG_PS_DENIED;
	}
	target[n] = '\0';
	if (snprintf(next, sizeof(next), "%s/%s", target, rest) >=
	    (int)sizeof(next)) {
		snprintf(msg, cap, "%s: path too long", link);
		return CREDPLUG_PS_DENIED;
	}
	if (target[0] == '/')
		w->done[0] = '\0';
	memcpy(w->todo, next, sizeof(next));
	return CREDPLUG_PS_FOUND;
}

/* One component: `name` below w->done.  `last` says it is the end. */
static int walk_step(struct walk *w, const char *name, const char *rest,
                     bool last, char *msg, size_t cap)
{
	char cand[PATH_MAX];
	struct stat st;
	int r;

	if (strcmp(name, ".") == 0 || name[0] == '\0')
		return CREDPLUG_PS_FOUND;
	if (strcmp(name, "..") == 0) {
		char *slash = strrchr(w->done, '/');

		if (slash != NULL)
			*slash = '\0';
		return CREDPLUG_PS_FOUND;
	}
	if (snprintf(cand, sizeof(cand), "%s/%s", w->done, name) >=
	    (int)sizeof(cand)) {
		snprintf(msg, cap, "%s: path too long", w->done);
		return CREDPLUG_PS_DENIED;
	}
	if (lstat(cand, &st) != 0) {
		snprintf(msg, cap, "%s: %s", cand, strerror(errno));
		return (errno == ENOENT || errno == ENOTDIR)
		               ? CREDPLUG_PS_NOT_FOUND
		               : CREDPLUG_PS_DENIED;
	}
	r = check_owner_mode(cand, &st,
	                     S_ISLNK(st.st_mode) ? "symlink "
	                     : !last             ? "directory "
	                                         : "",
	                     msg, cap);
	if (r != CREDPLUG_PS_FOUND)
		return r;
	if (S_ISLNK(st.st_mode))
		return follow_link(w, cand, rest, msg, cap);
	memcpy(w->done, cand, sizeof(cand));
	return CREDPLUG_PS_FOUND;
}

/* Modules and commands: every directory on the way, every
 * symlink and the file itself must be root's or ours and not writable by
 * anyone else, so nobody else can swap what the path names between the
 * check and its use.  `real` receives the resolved path. */
static int walk_path(const char *path, char *real, char *msg, size_t cap)
{
	struct walk w = {.links = 0};
	struct stat st;
	int r;

	if (lstat("/", &st) != 0 ||
	    (r = check_owner_mode("/", &st, "directory ", msg, cap)) !=
	            CREDPLUG_PS_FOUND)
		return CREDPLUG_PS_DENIED;
	w.done[0] = '\0';
	snprintf(w.todo, sizeof(w.todo), "%s", path);
	while (w.todo[0] != '\0') {
		char cur[PATH_MAX], *name, *rest;

		memcpy(cur, w.todo, sizeof(cur));
		name = cur + strspn(cur, "/");
		rest = name + strcspn(name, "/");
		if (*rest == '/')
			*rest++ = '\0';
		rest += strspn(rest, "/");
		memmove(w.todo, rest, strlen(rest) + 1);
		r = walk_step(&w, name, rest, rest[0] == '\0', msg, cap);
		if (r != CREDPLUG_PS_FOUND)
			return r;
	}
	snprintf(real, PATH_MAX, "%s", w.done[0] ? w.done : "/");
	return CREDPLUG_PS_FOUND;
}

int cp_check_path(const char *path, uint32_t flags, char *msg, size_t cap)
{
	char real[PATH_MAX];
	struct stat st;
	int r;

	if (path == NULL || path[0] != '/') {
		snprintf(msg, cap, "%s: not an absolute path",
		         path ? path : "(null)");
		return CREDPLUG_PS_DENIED;
	}
	r = walk_path(path, real, msg, cap);
	if (r != CREDPLUG_PS_FOUND)
		return r;
	if (stat(real, &st) != 0 || !S_ISREG(st.st_mode)) {
		snprintf(msg, cap, "%s: not a regular file", path);
		return CREDPLUG_PS_DENIED;
	}
	if ((flags & CREDPLUG_CHECK_EXECUTABLE) && access(real, X_OK) != 0) {
		snprintf(msg, cap, "%s: not executable; run: chmod 755 %s",
		         path, path);
		return CREDPLUG_PS_DENIED;
	}
	return CREDPLUG_PS_FOUND;
}
