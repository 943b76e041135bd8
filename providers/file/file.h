/*
 * The file provider's private state, shared by its source files.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_FILE_PROVIDER_H
#define CP_FILE_PROVIDER_H

#include <stdint.h>

#include "credplug/provider.h"

/* Per-field files plus the Kubernetes "..data" link. */
#define CP_FP_TRACK_MAX 5
#define CP_FP_DATA_SLOT 4

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
	const char *path_origin; /* where `path` came from, for messages */
	char *profile;
	const char *profile_origin;
	char *dir; /* secret directory; NULL: none set */
	const char *dir_origin;
	char *names[4];       /* per-field file names in `dir` */
	char *field_paths[4]; /* dir/name */
	char *data_link;      /* dir/..data */
	char *locator;        /* "PATH (profile NAME)" */
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

/** malloc'd "a" + "b" + "c"; NULL on allocation failure. */
char *cp_fp_join(const char *a, const char *b, const char *c);

#endif
