/*
 * File reads for providers: path checks, bounded reads, file identity
 * (files.c).
 */
#ifndef CREDPLUG_CORE_FILES_H
#define CREDPLUG_CORE_FILES_H

#include <stddef.h>
#include <stdint.h>

#include "credplug/provider.h"

struct credplug_call;

/* host->read_file: checks and reads `path` (at most max bytes) into a
 * buffer the call wipes and frees at its end. */
int cp_read_file(struct credplug_call *c, const char *path, uint32_t flags,
                 size_t max, const char **data, size_t *len,
                 struct credplug_file_id *id);
/* host->stat_file: the identity of `path` (for change detection). */
int cp_stat_file(const char *path, struct credplug_file_id *id);
/* Refuses a path (and its directories) others could write; msg says why. */
int cp_check_path(const char *path, uint32_t flags, char *msg, size_t msglen);

#endif
