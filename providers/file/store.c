/*
 * file provider: store and erase.  Read-modify-write of the credentials
 * file, replaced atomically (temp file in the same directory, fsync,
 * rename, fsync of the directory).  The write goes through a directory
 * descriptor from one checked walk (target.c) and only replaces the inode
 * that was read, so a name swapped by someone else is never written.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "fields.h"
#include "file.h"
#include "json_wipe.h"
#include "parse.h"

static int reserved_profile(const char *p)
{
	return p[0] == '\0' || p[0] == '_' || strcmp(p, "$schema") == 0;
}

/* What load_doc read: the file a write may replace (or none). */
struct loaded {
	int found;
	struct credplug_file_id id;
};

/* Existing document, or an empty one when the file does not exist yet. */
static int load_doc(struct cp_fp_state *s, const struct credplug_host_v1 *host,
                    struct credplug_call *call, struct json_object **root,
                    struct loaded *ld)
{
	const char *data = NULL;
	size_t len = 0;
	char err[256];
	int rc = host->read_file(call, s->path, s->read_flags,
	                         CP_CREDS_MAX_SIZE, &data, &len, &ld->id);

	ld->found = rc == CREDPLUG_PS_FOUND;
	if (rc == CREDPLUG_PS_NOT_FOUND) {
		*root = json_object_new_object();
		return *root != NULL ? CREDPLUG_PS_OK : CREDPLUG_PS_ERROR;
	}
	if (rc != CREDPLUG_PS_FOUND)
		return rc;
	rc = cp_creds_parse(data, len, root, err, sizeof(err));
	if (rc == CP_CREDS_ENOMEM)
		return CREDPLUG_PS_ERROR;
	if (rc != CP_CREDS_OK) {
		host->set_message(call,
		                  "refusing to rewrite %s%s%s; fix the file "
		                  "first",
		                  s->path, rc == CP_CREDS_ESYNTAX ? ":" : ": ",
		                  err);
		return CREDPLUG_PS_INVALID;
	}
	return CREDPLUG_PS_OK;
}

static int write_all(int fd, const char *buf, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, buf, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

/* ".NAME.XXXXXX" beside the file: a name nobody else holds, never
 * followed if it is a symlink, mode 0600 from the start. */
static int make_temp(const struct cp_fp_target *t, char *tmp, size_t cap)
{
	static const char abc[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	                          "abcdefghijklmnopqrstuvwxyz0123456789";
	unsigned char r[6];
	char sfx[7];

	for (int attempt = 0; attempt < 100; attempt++) {
		int fd;
		if (getentropy(r, sizeof(r)) != 0)
			return -1;
		for (size_t i = 0; i < sizeof(r); i++)
			sfx[i] = abc[r[i] % (sizeof(abc) - 1)];
		sfx[6] = '\0';
		if (snprintf(tmp, cap, ".%s.%s", t->name, sfx) >= (int)cap) {
			errno = ENAMETOOLONG;
			return -1;
		}
		fd = openat(t->dirfd, tmp,
		            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
		                    O_CLOEXEC,
		            0600);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	return -1;
}

/* The name still holds what load_doc read: that inode, or nothing. */
static int unchanged(const struct cp_fp_target *t, const struct loaded *ld)
{
	struct stat st;

	if (fstatat(t->dirfd, t->name, &st, AT_SYMLINK_NOFOLLOW) != 0)
		return errno == ENOENT && !ld->found;
	return ld->found && S_ISREG(st.st_mode) &&
	       (uint64_t)st.st_dev == ld->id.dev &&
	       (uint64_t)st.st_ino == ld->id.ino;
}

/* A name that was absent must still be absent (EEXIST otherwise). */
static int rename_in(const struct cp_fp_target *t, const char *tmp,
                     int was_absent)
{
#ifdef RENAME_NOREPLACE
	if (was_absent) {
		int rc = renameat2(t->dirfd, tmp, t->dirfd, t->name,
		                   RENAME_NOREPLACE);
		if (rc == 0 || (errno != EINVAL && errno != ENOSYS))
			return rc; /* else: the filesystem cannot say */
	}
#else
	(void)was_absent;
#endif
	return renameat(t->dirfd, tmp, t->dirfd, t->name);
}

/* Temp file in the target directory, fsync, rename over the name, fsync
 * of the directory.  0 done, *mode is the new file's permission bits; 1
 * the name no longer holds what was read (nothing written); -1 failed,
 * *step names what and errno is set. */
static int replace_at(const struct cp_fp_target *t, const struct loaded *ld,
                      const char *buf, size_t len, const char **step,
                      unsigned *mode)
{
	char tmp[NAME_MAX + 1];
	struct stat st;
	int fd, saved, rc = -1;

	*step = "create temporary file";
	if ((fd = make_temp(t, tmp, sizeof(tmp))) < 0)
		return -1;
	*step = "write temporary file";
	/* The mode reported is the file's, not the one asked for: some
	 * filesystems (vfat, some network mounts) impose their own. */
	if (fchmod(fd, 0600) != 0 || write_all(fd, buf, len) != 0 ||
	    fsync(fd) != 0 || fstat(fd, &st) != 0)
		goto fail;
	*mode = (unsigned)st.st_mode & 07777;
	saved = close(fd);
	fd = -1;
	if (saved != 0)
		goto fail;
	/* checked last: two system calls before the rename */
	if (!unchanged(t, ld)) {
		rc = 1;
		goto fail;
	}
	*step = "rename temporary file";
	if (rename_in(t, tmp, !ld->found) != 0) {
		rc = errno == EEXIST ? 1 : -1;
		goto fail;
	}
	*step = "sync directory";
	return fsync(t->dirfd) == 0 ? 0 : -1;
fail:
	saved = errno;
	if (fd >= 0)
		close(fd);
	unlinkat(t->dirfd, tmp, 0);
	errno = saved;
	return rc;
}

/* Tells the host (ABI 1.1 and later) which file and profile were written:
 * the path without symlinks, as the write went. */
static void report(const struct credplug_host_v1 *host,
                   struct credplug_call *call, const struct cp_fp_target *t,
                   const char *profile, unsigned mode)
{
	char m[8];

	if (!CREDPLUG_HOST_HAS(host, set_target))
		return;
	snprintf(m, sizeof(m), "%04o", mode);
	(void)host->set_target(call, t->real, profile, m);
}

/* Serialize and write relative to the checked directory.  `create`:
 * store makes missing directories, erase never does. */
static int save_doc(struct cp_fp_state *s, const struct credplug_host_v1 *host,
                    struct credplug_call *call, struct json_object *root,
                    const struct loaded *ld, int create, const char *profile)
{
	struct cp_fp_target t;
	const char *step = "serialize";
	char msg[512], *buf = NULL;
	size_t len = 0;
	unsigned mode = 0;
	int rc = cp_fp_target_open(&t, s->path, create, msg, sizeof(msg));

	if (rc != CREDPLUG_PS_OK) {
		host->set_message(call, "%s", msg);
		return rc;
	}
	buf = cp_creds_serialize(root, &len);
	if (buf == NULL) {
		rc = CREDPLUG_PS_ERROR;
		goto out;
	}
	if (len > CP_CREDS_MAX_SIZE) {
		host->set_message(
		        call,
		        "%s would grow to %zu bytes, over the %d-byte "
		        "limit; remove unused profiles",
		        s->path, len, CP_CREDS_MAX_SIZE);
		rc = CREDPLUG_PS_INVALID;
		goto out;
	}
	rc = replace_at(&t, ld, buf, len, &step, &mode);
	if (rc == 0) {
		report(host, call, &t, profile, mode);
	} else if (rc == 1) {
		cp_fp_changed_message(s->path, msg, sizeof(msg));
		host->set_message(call, "%s", msg);
	} else if (rc != 0) {
		host->set_message(call,
		                  "cannot write %s: %s: %s; check the "
		                  "directory's permissions and free space",
		                  t.real, step, strerror(errno));
	}
	rc = rc == 0 ? CREDPLUG_PS_OK : CREDPLUG_PS_UNAVAILABLE;
out:
	if (buf != NULL) {
		cp_creds_wipe(buf, len);
		free(buf);
	}
	cp_fp_target_close(&t);
	return rc;
}

static int check_target(struct cp_fp_state *s,
                        const struct credplug_host_v1 *host,
                        struct credplug_call *call, uint32_t field,
                        const char **profile)
{
	const char *p = host->profile(call);

	*profile = p != NULL ? p : s->profile;
	if (s->dir_mode) {
		host->set_message(call,
		                  "cannot write to secret directory %s; "
		                  "it is managed by Kubernetes or systemd",
		                  s->dir ? s->dir : "(unset)");
		return CREDPLUG_PS_INVALID;
	}
	if (s->path == NULL) {
		host->set_message(
		        call, "no credentials file location; set "
		              "the path option or CREDPLUG_CREDENTIALS_FILE");
		return CREDPLUG_PS_NOT_FOUND;
	}
	if (field >= CP_FP_NFIELDS || reserved_profile(*profile)) {
		host->set_message(
		        call,
		        "%s \"%s\" cannot be used; profile "
		        "names must be non-empty and not start with \"_\"",
		        field >= CP_FP_NFIELDS ? "field" : "profile",
		        field >= CP_FP_NFIELDS ? "?" : *profile);
		return CREDPLUG_PS_INVALID;
	}
	return CREDPLUG_PS_OK;
}

/* Replace a string value, scrubbing the old one first. */
static int put_value(struct json_object *prof, const char *key,
                     const char *value, size_t len)
{
	struct json_object *old = NULL, *v;

	if (json_object_object_get_ex(prof, key, &old))
		cp_json_wipe_tree(old);
	v = json_object_new_string_len(value, (int)len);
	if (v == NULL)
		return -1;
	return json_object_object_add(prof, key, v);
}

int cp_fp_store(void *state, const struct credplug_host_v1 *host,
                struct credplug_call *call, uint32_t field, const char *value,
                size_t len)
{
	struct cp_fp_state *s = state;
	struct json_object *root = NULL, *prof;
	struct loaded ld;
	const char *profile;
	int rc = check_target(s, host, call, field, &profile);

	if (rc != CREDPLUG_PS_OK)
		return rc;
	if (len == 0 || len > CREDPLUG_VALUE_MAX) {
		host->set_message(call,
		                  "refusing to store an %s %s value; use "
		                  "erase to remove a field",
		                  len ? "over-long" : "empty",
		                  cp_fields[field].name);
		return CREDPLUG_PS_INVALID;
	}
	if ((rc = load_doc(s, host, call, &root, &ld)) != CREDPLUG_PS_OK)
		return rc;
	prof = cp_creds_profile(root, profile);
	if (prof == NULL) {
		prof = json_object_new_object();
		if (prof == NULL ||
		    json_object_object_add(root, profile, prof) != 0) {
			json_object_put(prof);
			cp_json_put_wiped(root);
			return CREDPLUG_PS_ERROR;
		}
	}
	rc = put_value(prof, cp_fields[field].name, value, len) == 0
	             ? save_doc(s, host, call, root, &ld, 1, profile)
	             : CREDPLUG_PS_ERROR;
	cp_json_put_wiped(root);
	return rc;
}

int cp_fp_erase(void *state, const struct credplug_host_v1 *host,
                struct credplug_call *call, uint32_t field)
{
	struct cp_fp_state *s = state;
	struct json_object *root = NULL, *prof, *old = NULL;
	struct loaded ld;
	const char *profile, *key;
	int rc = check_target(s, host, call, field, &profile);

	if (rc != CREDPLUG_PS_OK)
		return rc;
	key = cp_fields[field].name;
	if ((rc = load_doc(s, host, call, &root, &ld)) != CREDPLUG_PS_OK)
		return rc;
	prof = cp_creds_profile(root, profile);
	if (prof == NULL || !json_object_object_get_ex(prof, key, &old)) {
		host->set_message(call,
		                  "%s: profile \"%s\" has no %s; nothing to "
		                  "erase",
		                  s->path, profile, key);
		cp_json_put_wiped(root);
		return CREDPLUG_PS_NOT_FOUND;
	}
	cp_json_wipe_tree(old);
	json_object_object_del(prof, key);
	if (json_object_object_length(prof) == 0)
		json_object_object_del(root, profile);
	rc = save_doc(s, host, call, root, &ld, 0, profile);
	cp_json_put_wiped(root);
	return rc;
}
