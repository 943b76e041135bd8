/*
 * file provider: where a store writes, resolved once.  The path is walked
 * from "/" one component at a time, each opened relative to the directory
 * before it with O_NOFOLLOW and checked on what was opened, as module paths
 * are checked: every directory and symlink on the way must be root's or
 * ours, and no directory may be writable by group or others unless it is
 * sticky (/tmp: others can add names there but not replace ours).  Nobody
 * else can then change what the resulting directory descriptor and name
 * refer to; store.c writes relative to that descriptor.
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
#include <sys/stat.h>
#include <unistd.h>

#include "file.h"

#define MAX_LINKS 32

struct walk {
	const char *path; /* as configured, for messages */
	int fd;           /* directory reached so far */
	int create;       /* make missing directories (mode 0700) */
	int links;
	size_t plain;        /* trailing bytes of todo still as written */
	char done[PATH_MAX]; /* fd's path without symlinks; "" is "/" */
	char todo[PATH_MAX]; /* what is left to walk */
	char *msg;
	size_t cap;
};

static int io_failed(struct walk *w, const char *step, const char *where)
{
	snprintf(w->msg, w->cap,
	         "cannot write %s: %s %s: %s; check the directory's "
	         "permissions and free space",
	         w->path, step, where, strerror(errno));
	return CREDPLUG_PS_UNAVAILABLE;
}

static int changed(struct walk *w)
{
	cp_fp_changed_message(w->path, w->msg, w->cap);
	return CREDPLUG_PS_UNAVAILABLE;
}

/* The module rule (core/files.c), on what was opened or lstat'ed. */
static int check(struct walk *w, const char *p, const struct stat *st)
{
	uid_t me = geteuid();
	int link = S_ISLNK(st->st_mode);
	int sticky = S_ISDIR(st->st_mode) && (st->st_mode & S_ISVTX);

	if (st->st_uid != 0 && st->st_uid != me) {
		snprintf(w->msg, w->cap,
		         "refusing to write %s: %s %s: owned by uid %u, "
		         "neither root nor the current user (uid %u); %s %u %s",
		         w->path, link ? "symlink" : "directory", p,
		         (unsigned)st->st_uid, (unsigned)me,
		         link ? "remove it or run: chown -h" : "run: chown",
		         (unsigned)me, p);
		return CREDPLUG_PS_DENIED;
	}
	if (!link && !sticky && (st->st_mode & 022)) {
		snprintf(w->msg, w->cap,
		         "refusing to write %s: directory %s: writable by %s "
		         "(mode %04o); run: chmod go-w %s",
		         w->path, p,
		         (st->st_mode & 02) ? "other users" : "its group",
		         (unsigned)(st->st_mode & 07777), p);
		return CREDPLUG_PS_DENIED;
	}
	return CREDPLUG_PS_OK;
}

/* Make `fd` (a directory named `p`) the walk's position, once checked. */
static int enter(struct walk *w, int fd, const char *p)
{
	struct stat st;
	int rc;

	if (fd < 0)
		return errno == ELOOP || errno == ENOTDIR || errno == ENOENT
		               ? changed(w)
		               : io_failed(w, "open directory", p[0] ? p : "/");
	if (fstat(fd, &st) != 0) {
		rc = io_failed(w, "stat directory", p[0] ? p : "/");
		close(fd);
		return rc;
	}
	if ((rc = check(w, p[0] ? p : "/", &st)) != CREDPLUG_PS_OK) {
		close(fd);
		return rc;
	}
	if (w->fd >= 0)
		close(w->fd);
	w->fd = fd;
	if (p != w->done)
		snprintf(w->done, sizeof(w->done), "%s", p);
	return CREDPLUG_PS_OK;
}

static int enter_root(struct walk *w)
{
	w->done[0] = '\0';
	return enter(w, open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC), "");
}

/* Continue with the link's target followed by what is left. */
static int follow(struct walk *w, const char *name, const char *p)
{
	char target[PATH_MAX], next[PATH_MAX];
	ssize_t n = readlinkat(w->fd, name, target, sizeof(target) - 1);

	if (n < 0)
		return errno == ENOENT || errno == EINVAL
		               ? changed(w)
		               : io_failed(w, "read symlink", p);
	if (++w->links > MAX_LINKS) {
		snprintf(w->msg, w->cap,
		         "refusing to write %s: %s: too many levels of "
		         "symbolic links",
		         w->path, p);
		return CREDPLUG_PS_INVALID;
	}
	target[n] = '\0';
	if (snprintf(next, sizeof(next), "%s/%s", target, w->todo) >=
	    (int)sizeof(next)) {
		errno = ENAMETOOLONG;
		return io_failed(w, "follow symlink", p);
	}
	if (strlen(w->todo) < w->plain)
		w->plain = strlen(w->todo);
	memcpy(w->todo, next, sizeof(next));
	return target[0] == '/' ? enter_root(w) : CREDPLUG_PS_OK;
}

/* A name that does not exist.  The final one is written; a directory is
 * created, but only on the path as written: through a symlink it means
 * the link points nowhere. */
static int missing(struct walk *w, const char *name, const char *p, int last,
                   int literal, struct stat *st)
{
	if (!literal && (last || w->plain == 0)) {
		snprintf(w->msg, w->cap,
		         "%s is a symlink to a file that does not exist; "
		         "create its target (or remove the link), then "
		         "store again",
		         w->path);
		return CREDPLUG_PS_INVALID;
	}
	if (last)
		return CREDPLUG_PS_NOT_FOUND;
	if (!literal) {
		snprintf(w->msg, w->cap,
		         "cannot write %s: %s does not exist (a symlink on "
		         "the way points there); create it, then store again",
		         w->path, p);
		return CREDPLUG_PS_INVALID;
	}
	if (!w->create)
		return changed(w);
	if (mkdirat(w->fd, name, 0700) != 0 && errno != EEXIST)
		return io_failed(w, "create directory", p);
	(void)fsync(w->fd); /* the new entry survives a crash */
	if (fstatat(w->fd, name, st, AT_SYMLINK_NOFOLLOW) != 0)
		return changed(w);
	return CREDPLUG_PS_OK;
}

/* One component `name` below w->fd.  NOT_FOUND: the final name is absent
 * (fine: it is created); FOUND with `*final` set: the walk is done. */
static int step(struct walk *w, const char *name, int last, int literal,
                int *final)
{
	char p[PATH_MAX];
	struct stat st;
	int rc;

	if (strcmp(name, "..") == 0) {
		char *slash = strrchr(w->done, '/');
		if (slash != NULL)
			*slash = '\0';
		return enter(
		        w,
		        openat(w->fd, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC),
		        w->done);
	}
	if (snprintf(p, sizeof(p), "%s/%s", w->done, name) >= (int)sizeof(p)) {
		errno = ENAMETOOLONG;
		return io_failed(w, "open", w->done);
	}
	if (fstatat(w->fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
		if (errno != ENOENT)
			return io_failed(w, "look up", p);
		rc = missing(w, name, p, last, literal, &st);
		if (rc != CREDPLUG_PS_OK)
			return rc;
	}
	if (S_ISLNK(st.st_mode))
		return (rc = check(w, p, &st)) != CREDPLUG_PS_OK
		               ? rc
		               : follow(w, name, p);
	*final = last;
	if (last)
		return CREDPLUG_PS_FOUND;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return io_failed(w, "open directory", p);
	}
	return enter(w,
	             openat(w->fd, name,
	                    O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC),
	             p);
}

/* Pop the next component of w->todo into `name`; 1 when it is the last. */
static int next_name(struct walk *w, char name[PATH_MAX], int *literal)
{
	char *s = w->todo + strspn(w->todo, "/");
	size_t n = strcspn(s, "/");
	char *rest = s + n + strspn(s + n, "/");

	*literal = strlen(s) <= w->plain;
	memcpy(name, s, n);
	name[n] = '\0';
	memmove(w->todo, rest, strlen(rest) + 1);
	return w->todo[0] == '\0';
}

static int walk_all(struct walk *w, struct cp_fp_target *t)
{
	char name[PATH_MAX];
	int rc = CREDPLUG_PS_OK, final = 0, literal, last;

	while (w->todo[0] != '\0') {
		last = next_name(w, name, &literal);
		if (name[0] == '\0' || strcmp(name, ".") == 0)
			continue;
		rc = step(w, name, last, literal, &final);
		if (rc == CREDPLUG_PS_NOT_FOUND || final)
			break;
		if (rc != CREDPLUG_PS_OK)
			return rc;
	}
	if (rc != CREDPLUG_PS_NOT_FOUND && !final) {
		snprintf(w->msg, w->cap, "cannot write %s: not a file name",
		         w->path);
		return CREDPLUG_PS_INVALID;
	}
	snprintf(t->name, sizeof(t->name), "%s", name);
	snprintf(t->real, sizeof(t->real), "%s/%s", w->done, name);
	t->dirfd = w->fd;
	w->fd = -1;
	return CREDPLUG_PS_OK;
}

int cp_fp_target_open(struct cp_fp_target *t, const char *path, int create,
                      char *msg, size_t cap)
{
	struct walk w = {.path = path, .fd = -1, .create = create};
	char cwd[PATH_MAX];
	int rc, n;

	t->dirfd = -1;
	w.msg = msg;
	w.cap = cap;
	if (path[0] != '/' && getcwd(cwd, sizeof(cwd)) == NULL)
		return io_failed(&w, "find", "the current directory");
	n = path[0] == '/'
	            ? snprintf(w.todo, sizeof(w.todo), "%s", path)
	            : snprintf(w.todo, sizeof(w.todo), "%s/%s", cwd, path);
	if (n >= (int)sizeof(w.todo)) {
		errno = ENAMETOOLONG;
		return io_failed(&w, "open", path);
	}
	w.plain = strlen(w.todo);
	rc = enter_root(&w);
	if (rc == CREDPLUG_PS_OK)
		rc = walk_all(&w, t);
	if (w.fd >= 0)
		close(w.fd);
	return rc;
}

void cp_fp_target_close(struct cp_fp_target *t)
{
	if (t->dirfd >= 0)
		close(t->dirfd);
	t->dirfd = -1;
}

void cp_fp_changed_message(const char *path, char *msg, size_t cap)
{
	snprintf(msg, cap,
	         "%s changed while it was being updated; nothing was "
	         "written; try again",
	         path);
}
