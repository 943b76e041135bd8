/*
 * The file provider's private state, shared by its source files.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_FILE_PROVIDER_H
#define CP_FILE_PROVIDER_H

#include <limits.h>
#include <stddef.h>
#include <stdint.h>

#include "credplug/provider.h"

/* Per-field files plus the Kubernetes "..data" link. */
#define CP_FP_NFIELDS   CREDPLUG_FIELD_COUNT
#define CP_FP_TRACK_MAX (CP_FP_NFIELDS + 1)
#define CP_FP_DATA_SLOT CP_FP_NFIELDS

/**
 * Identities seen by the last resolve that found something.  Never holds a
 * value: only device, inode, size and times.
 */
struct cp_fp_track {
	int valid;
	int n; /* slots in use */
	int present[CP_FP_TRACK_MAX];
	struct credplug_file_id id[CP_FP_TRACK_MAX];
};

struct cp_fp_state {
	int dir_mode;            /* secret directory instead of a file */
	char *path;              /* credentials file; NULL: no location */
	const char *path_source; /* where `path` came from, for messages */
	char *profile;
	const char *profile_source;
	char *dir; /* secret directory; NULL: none set */
	const char *dir_source;
	char *names[CP_FP_NFIELDS];       /* per-field file names in `dir` */
	char *field_paths[CP_FP_NFIELDS]; /* dir/name */
	char *data_link;                  /* dir/..data */
	char *locator;                    /* "PATH (profile NAME)" */
	int allow_group;
	uint32_t recheck_ms; /* 0: no recheck */
	uint32_t read_flags;
	int seen; /* something was found at least once */
	struct cp_fp_track track;
};

int cp_fp_resolve(void *state, const struct credplug_host_v1 *host,
                  struct credplug_call *call);
int cp_fp_store(void *state, const struct credplug_host_v1 *host,
                struct credplug_call *call, uint32_t field, const char *value,
                size_t len);
int cp_fp_erase(void *state, const struct credplug_host_v1 *host,
                struct credplug_call *call, uint32_t field);

/** Where a store writes: a directory reached by a checked walk (target.c),
 *  held open, and the name of the credentials file in it. */
struct cp_fp_target {
	int dirfd; /* -1: none */
	char name[NAME_MAX + 1];
	char real[PATH_MAX]; /* the file's path without symlinks, for messages
	                      */
};

/**
 * Walk `path` from "/" (a relative path from the current directory), each
 * component opened with O_NOFOLLOW and checked (root's or ours, directories
 * not group/other-writable unless sticky), following symlinks that pass.
 * `create`: make missing directories on the path as written (mode 0700).
 * @return CREDPLUG_PS_OK with `t` filled (the name may not exist yet);
 *         DENIED (unsafe component, `msg` has the fix); INVALID (dangling
 *         symlink, loop); UNAVAILABLE (I/O error, or something changed
 *         during the walk).  `msg` is set on failure.
 */
int cp_fp_target_open(struct cp_fp_target *t, const char *path, int create,
                      char *msg, size_t cap);
void cp_fp_target_close(struct cp_fp_target *t);
/** "PATH changed while it was being updated; ..." into `msg`. */
void cp_fp_changed_message(const char *path, char *msg, size_t cap);

/** malloc'd "a" + "b" + "c"; NULL on allocation failure. */
char *cp_fp_join(const char *a, const char *b, const char *c);

#endif
