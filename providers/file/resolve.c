/*
 * file provider: resolve.  A cheap stat of every watched path decides
 * between "unchanged" (the host reuses the last fields) and a full re-read.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "fields.h"
#include "file.h"
#include "json_wipe.h"
#include "parse.h"

/* Passes when a Kubernetes "..data" swap lands in the middle of a read.
 * Each pass reads one file per field; the host keeps 8 buffers per call. */
#define DIR_ATTEMPTS 2
_Static_assert(DIR_ATTEMPTS *CP_FP_NFIELDS <= 8,
               "host->read_file() allows 8 reads per call");
/* A field file: the longest value plus "\r\n". */
#define FIELD_FILE_MAX (CREDPLUG_VALUE_MAX + 2)

static int same_id(const struct credplug_file_id *a,
                   const struct credplug_file_id *b)
{
	return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
	       a->mtime_ns == b->mtime_ns && a->ctime_ns == b->ctime_ns;
}

static const char *track_path(const struct cp_fp_state *s, int i)
{
	if (!s->dir_mode)
		return s->path;
	return i == CP_FP_DATA_SLOT ? s->data_link : s->field_paths[i];
}

/* Stat one path: 1 present, 0 absent, -1 error. */
static int probe(const struct credplug_host_v1 *host,
                 struct credplug_call *call, const char *path,
                 struct credplug_file_id *id)
{
	int rc = host->stat_file(call, path, id);

	if (rc == CREDPLUG_PS_FOUND)
		return 1;
	return rc == CREDPLUG_PS_NOT_FOUND ? 0 : -1;
}

/* The hot path: one stat per watched path, no read, no allocation. */
static int unchanged(const struct cp_fp_state *s,
                     const struct credplug_host_v1 *host,
                     struct credplug_call *call)
{
	for (int i = 0; i < s->track.n; i++) {
		struct credplug_file_id id;
		int p = probe(host, call, track_path(s, i), &id);
		if (p < 0 || p != s->track.present[i])
			return 0;
		if (p && !same_id(&id, &s->track.id[i]))
			return 0;
	}
	return 1;
}

static int set_profile_fields(struct cp_fp_state *s,
                              const struct credplug_host_v1 *host,
                              struct credplug_call *call,
                              struct json_object *prof, int *found)
{
	json_object_object_foreach(prof, key, val)
	{
		int idx = cp_creds_field_index(key);
		int rc;
		if (idx < 0)
			continue; /* extension content ("_comment") */
		rc = host->set_field(
		        call, (uint32_t)idx, json_object_get_string(val),
		        (size_t)json_object_get_string_len(val), s->locator);
		if (rc == CREDPLUG_PS_FOUND)
			(*found)++;
		else if (rc != CREDPLUG_PS_NOT_FOUND)
			return rc;
	}
	return CREDPLUG_PS_FOUND;
}

static int parse_failure(const struct credplug_host_v1 *host,
                         struct credplug_call *call, const char *path, int rc,
                         const char *err)
{
	if (rc == CP_CREDS_ENOMEM)
		return CREDPLUG_PS_ERROR;
	if (rc == CP_CREDS_ESYNTAX)
		host->set_message(call, "%s:%s", path, err);
	else
		host->set_message(call, "%s: %s", path, err);
	return CREDPLUG_PS_INVALID;
}

static int use_profile(struct cp_fp_state *s,
                       const struct credplug_host_v1 *host,
                       struct credplug_call *call, struct json_object *root)
{
	struct json_object *prof = cp_creds_profile(root, s->profile);
	char names[160];
	int found = 0, rc;

	if (prof == NULL) {
		cp_creds_list_profiles(root, names, sizeof(names));
		host->set_message(
		        call,
		        "%s: no profile \"%s\" (profile from %s; the "
		        "file has: %s); add it or pick another with the "
		        "profile option or CREDPLUG_PROFILE",
		        s->path, s->profile, s->profile_source, names);
		return CREDPLUG_PS_NOT_FOUND;
	}
	rc = set_profile_fields(s, host, call, prof, &found);
	if (rc == CREDPLUG_PS_FOUND && found == 0) {
		host->set_message(
		        call,
		        "%s: profile \"%s\" sets none of " CP_FIELD_NAME_LIST,
		        s->path, s->profile);
		rc = CREDPLUG_PS_NOT_FOUND;
	}
	return rc;
}

static int resolve_file(struct cp_fp_state *s,
                        const struct credplug_host_v1 *host,
                        struct credplug_call *call)
{
	struct json_object *root = NULL;
	struct credplug_file_id id;
	const char *data = NULL;
	size_t len = 0;
	char err[256];
	int rc;

	if (s->path == NULL) {
		host->set_message(
		        call,
		        "no credentials file location (HOME, "
		        "XDG_CONFIG_HOME and CREDPLUG_CREDENTIALS_FILE are "
		        "unset); set the path option");
		return CREDPLUG_PS_NOT_FOUND;
	}
	rc = host->read_file(call, s->path, s->read_flags, CP_CREDS_MAX_SIZE,
	                     &data, &len, &id);
	if (rc == CREDPLUG_PS_NOT_FOUND)
		host->set_message(
		        call,
		        "credentials file %s not found (location "
		        "from %s); create it with `credplug store` or set "
		        "the path option",
		        s->path, s->path_source);
	if (rc != CREDPLUG_PS_FOUND)
		return rc;
	rc = cp_creds_parse(data, len, &root, err, sizeof(err));
	if (rc != CP_CREDS_OK)
		return parse_failure(host, call, s->path, rc, err);
	rc = use_profile(s, host, call, root);
	cp_json_put_wiped(root);
	if (rc == CREDPLUG_PS_FOUND) {
		s->track.present[0] = 1;
		s->track.id[0] = id;
	}
	return rc;
}

/* What one pass over a secret directory read (buffers are the host's). */
struct dir_pass {
	const char *data[CP_FP_NFIELDS];
	size_t len[CP_FP_NFIELDS];
	int present[CP_FP_TRACK_MAX];
	struct credplug_file_id id[CP_FP_TRACK_MAX];
	struct credplug_file_id data_after;
};

/* Read every field file between two stats of "..data".  1 when "..data"
 * did not move (a consistent generation), 0 to retry, or -status. */
static int dir_read_pass(struct cp_fp_state *s,
                         const struct credplug_host_v1 *host,
                         struct credplug_call *call, struct dir_pass *p)
{
	int before = probe(host, call, s->data_link, &p->id[CP_FP_DATA_SLOT]);
	int after;

	if (before < 0)
		return -CREDPLUG_PS_UNAVAILABLE;
	p->present[CP_FP_DATA_SLOT] = before;
	for (int i = 0; i < CP_FP_NFIELDS; i++) {
		int rc = host->read_file(
		        call, s->field_paths[i],
		        s->read_flags | CREDPLUG_READ_STRIP_NEWLINE,
		        FIELD_FILE_MAX, &p->data[i], &p->len[i], &p->id[i]);
		p->present[i] = rc == CREDPLUG_PS_FOUND;
		if (rc != CREDPLUG_PS_FOUND && rc != CREDPLUG_PS_NOT_FOUND)
			return -rc;
	}
	after = probe(host, call, s->data_link, &p->data_after);
	if (after != before)
		return 0;
	return !before || same_id(&p->id[CP_FP_DATA_SLOT], &p->data_after);
}

/* "has no non-empty api_key, app_key, pat or site file", as configured. */
static void dir_empty(const struct cp_fp_state *s,
                      const struct credplug_host_v1 *host,
                      struct credplug_call *call)
{
	char names[CP_FP_NFIELDS * 260] = "";
	size_t n = 0;

	for (int i = 0; i < CP_FP_NFIELDS && n < sizeof(names); i++)
		n += (size_t)snprintf(names + n, sizeof(names) - n, "%s%s",
		                      i == 0                  ? ""
		                      : i + 1 < CP_FP_NFIELDS ? ", "
		                                              : " or ",
		                      s->names[i]);
	host->set_message(call,
	                  "secret directory %s (from %s) has no non-empty %s "
	                  "file",
	                  s->dir, s->dir_source, names);
}

static int dir_publish(struct cp_fp_state *s,
                       const struct credplug_host_v1 *host,
                       struct credplug_call *call, const struct dir_pass *p)
{
	int found = 0;

	for (int i = 0; i < CP_FP_NFIELDS; i++) {
		int rc;
		if (!p->present[i])
			continue;
		rc = host->set_field(call, (uint32_t)i, p->data[i], p->len[i],
		                     s->field_paths[i]);
		if (rc == CREDPLUG_PS_FOUND)
			found++;
		else if (rc != CREDPLUG_PS_NOT_FOUND)
			return rc;
	}
	if (found == 0) {
		dir_empty(s, host, call);
		return CREDPLUG_PS_NOT_FOUND;
	}
	for (int i = 0; i < CP_FP_TRACK_MAX; i++) {
		s->track.present[i] = p->present[i];
		s->track.id[i] = p->id[i];
	}
	return CREDPLUG_PS_FOUND;
}

static int resolve_dir(struct cp_fp_state *s,
                       const struct credplug_host_v1 *host,
                       struct credplug_call *call)
{
	struct credplug_file_id id;
	struct dir_pass p;

	if (s->dir == NULL || probe(host, call, s->dir, &id) == 0) {
		host->set_message(call,
		                  "secret directory %s not found (from %s)",
		                  s->dir ? s->dir : "(unset)", s->dir_source);
		return CREDPLUG_PS_NOT_FOUND;
	}
	for (int attempt = 0; attempt < DIR_ATTEMPTS; attempt++) {
		int rc;
		memset(&p, 0, sizeof(p));
		rc = dir_read_pass(s, host, call, &p);
		if (rc < 0)
			return -rc;
		if (rc == 1)
			return dir_publish(s, host, call, &p);
	}
	host->set_message(call,
	                  "secret directory %s: ..data changed during each "
	                  "of %d reads; will retry at the next resolve",
	                  s->dir, DIR_ATTEMPTS);
	return CREDPLUG_PS_UNAVAILABLE;
}

int cp_fp_resolve(void *state, const struct credplug_host_v1 *host,
                  struct credplug_call *call)
{
	struct cp_fp_state *s = state;
	int rc;

	if (s->track.valid && unchanged(s, host, call)) {
		if (s->recheck_ms > 0)
			host->set_recheck(call, s->recheck_ms);
		return CREDPLUG_PS_UNCHANGED;
	}
	s->track.valid = 0;
	if (s->allow_group)
		host->note(
		        call,
		        "group-readable files allowed (allow_group_readable)");
	rc = s->dir_mode ? resolve_dir(s, host, call)
	                 : resolve_file(s, host, call);
	s->track.valid = rc == CREDPLUG_PS_FOUND;
	s->seen |= rc == CREDPLUG_PS_FOUND;
	/* Keep watching through a failed rotation (a half-written file) and
	 * after a deletion or an erased profile, so the value is seen when it
	 * comes back; a file that never existed is looked for ten times less
	 * often (each look walks the rest of the chain too). */
	if (s->recheck_ms > 0) {
		if (rc == CREDPLUG_PS_FOUND || rc == CREDPLUG_PS_INVALID ||
		    (rc == CREDPLUG_PS_NOT_FOUND && s->seen))
			host->set_recheck(call, s->recheck_ms);
		else if (rc == CREDPLUG_PS_NOT_FOUND)
			host->set_recheck(call, s->recheck_ms > UINT32_MAX / 10
			                                ? UINT32_MAX
			                                : s->recheck_ms * 10);
	}
	return rc;
}
