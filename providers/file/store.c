/*
 * file provider: store and erase.  Read-modify-write of the credentials
 * file, replaced atomically (temp file in the same directory, fsync,
 * rename, fsync of the directory).
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

#include "file.h"
#include "parse.h"

static int reserved_profile(const char *p)
{
	return p[0] == '\0' || p[0] == '_' || strcmp(p, "$schema") == 0;
}

/* Existing document, or an empty one when the file does not exist yet. */
static int load_doc(struct cp_fp_state *s, const struct credplug_host_v1 *host,
                    struct credplug_call *call, struct json_object **root)
{
	const char *data = NULL;
	size_t len = 0;
	char err[256];
	int rc = host->read_file(call, s->path, s->read_flags,
	                         CP_CREDS_MAX_SIZE, &data, &len, NULL);

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

/* mkdir -p with 0700 for what is missing; existing directories are left
 * as they are. */
static int make_dirs(char *dir)
{
	for (char *p = dir + 1;; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char c = *p;
		*p = '\0';
		int rc = mkdir(dir, 0700);
		*p = c;
		if (rc != 0 && errno != EEXIST)
			return -1;
		if (c == '\0')
			return 0;
	}
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

static int sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int rc;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

/* Temp file beside `target`, then rename over it.  On failure *step names
 * what failed and errno is set. */
static int replace_file(const char *target, const char *buf, size_t len,
                        const char **step)
{
	char dir[PATH_MAX], tmp[PATH_MAX + 32];
	const char *slash = strrchr(target, '/');
	const char *base = slash ? slash + 1 : target;
	int fd, saved;

	if (slash == NULL)
		snprintf(dir, sizeof(dir), ".");
	else if (slash == target)
		snprintf(dir, sizeof(dir), "/");
	else
		snprintf(dir, sizeof(dir), "%.*s", (int)(slash - target),
		         target);
	*step = "create directory";
	if (make_dirs(dir) != 0)
		return -1;
	*step = "create temporary file";
	if (strlen(target) + 10 >= PATH_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	snprintf(tmp, sizeof(tmp), "%s/.%s.XXXXXX", dir, base);
	if ((fd = mkostemp(tmp, O_CLOEXEC)) < 0)
		return -1;
	*step = "write temporary file";
	if (fchmod(fd, 0600) != 0 || write_all(fd, buf, len) != 0 ||
	    fsync(fd) != 0)
		goto fail;
	if (close(fd) != 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	*step = "rename temporary file";
	if (rename(tmp, target) != 0)
		goto fail;
	*step = "sync directory";
	return sync_dir(dir);
fail:
	saved = errno;
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	errno = saved;
	return -1;
}

/* Write where a symlinked credentials file really lives. */
static int save_doc(struct cp_fp_state *s, const struct credplug_host_v1 *host,
                    struct credplug_call *call, struct json_object *root)
{
	char real[PATH_MAX];
	const char *target = realpath(s->path, real) ? real : s->path;
	const char *step = "serialize";
	size_t len = 0;
	char *buf;
	struct stat st;
	int rc = -1;

	/* A dangling symlink: writing over it would replace the link with a
	 * regular file, which is not what a symlinked setup wants. */
	if (target == s->path && lstat(s->path, &st) == 0 &&
	    S_ISLNK(st.st_mode)) {
		host->set_message(
		        call,
		        "%s is a symlink to a file that does not exist; "
		        "create its target (or remove the link), then "
		        "store again",
		        s->path);
		return CREDPLUG_PS_INVALID;
	}
	buf = cp_creds_serialize(root, &len);
	if (buf == NULL)
		return CREDPLUG_PS_ERROR;
	if (len > CP_CREDS_MAX_SIZE) {
		host->set_message(
		        call,
		        "%s would grow to %zu bytes, over the %d-byte "
		        "limit; remove unused profiles",
		        s->path, len, CP_CREDS_MAX_SIZE);
		cp_creds_wipe(buf, len);
		free(buf);
		return CREDPLUG_PS_INVALID;
	}
	rc = replace_file(target, buf, len, &step);
	if (rc != 0)
		host->set_message(call,
		                  "cannot write %s: %s: %s; check the "
		                  "directory's permissions and free space",
		                  target, step, strerror(errno));
	cp_creds_wipe(buf, len);
	free(buf);
	return rc == 0 ? CREDPLUG_PS_OK : CREDPLUG_PS_UNAVAILABLE;
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
	if (field > 3 || reserved_profile(*profile)) {
		host->set_message(
		        call,
		        "%s \"%s\" cannot be used; profile "
		        "names must be non-empty and not start with \"_\"",
		        field > 3 ? "field" : "profile",
		        field > 3 ? "?" : *profile);
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
		cp_creds_wipe_strings(old);
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
	const char *profile;
	int rc = check_target(s, host, call, field, &profile);

	if (rc != CREDPLUG_PS_OK)
		return rc;
	if (len == 0 || len > 4096) {
		host->set_message(call,
		                  "refusing to store an %s %s value; use "
		                  "erase to remove a field",
		                  len ? "over-long" : "empty",
		                  cp_creds_field_names[field]);
		return CREDPLUG_PS_INVALID;
	}
	if ((rc = load_doc(s, host, call, &root)) != CREDPLUG_PS_OK)
		return rc;
	prof = cp_creds_profile(root, profile);
	if (prof == NULL) {
		prof = json_object_new_object();
		if (prof == NULL ||
		    json_object_object_add(root, profile, prof) != 0) {
			json_object_put(prof);
			cp_creds_free(root);
			return CREDPLUG_PS_ERROR;
		}
	}
	rc = put_value(prof, cp_creds_field_names[field], value, len) == 0
	             ? save_doc(s, host, call, root)
	             : CREDPLUG_PS_ERROR;
	cp_creds_free(root);
	return rc;
}

int cp_fp_erase(void *state, const struct credplug_host_v1 *host,
                struct credplug_call *call, uint32_t field)
{
	struct cp_fp_state *s = state;
	struct json_object *root = NULL, *prof, *old = NULL;
	const char *profile, *key;
	int rc = check_target(s, host, call, field, &profile);

	if (rc != CREDPLUG_PS_OK)
		return rc;
	key = cp_creds_field_names[field];
	if ((rc = load_doc(s, host, call, &root)) != CREDPLUG_PS_OK)
		return rc;
	prof = cp_creds_profile(root, profile);
	if (prof == NULL || !json_object_object_get_ex(prof, key, &old)) {
		host->set_message(call,
		                  "%s: profile \"%s\" has no %s; nothing to "
		                  "erase",
		                  s->path, profile, key);
		cp_creds_free(root);
		return CREDPLUG_PS_NOT_FOUND;
	}
	cp_creds_wipe_strings(old);
	json_object_object_del(prof, key);
	if (json_object_object_length(prof) == 0)
		json_object_object_del(root, profile);
	rc = save_doc(s, host, call, root);
	cp_creds_free(root);
	return rc;
}
