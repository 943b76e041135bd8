/*
 * Credentials-file parser of the file provider, callable without a host
 * (the fuzz target and the parser tests use it directly).
 *
 * The document is a JSON object of profiles; each profile is an object whose
 * keys are the field names (the field table's, fields.h) with string values.
 * Keys starting with "_" (e.g. "_comment") and a top-level "$schema" are
 * extension content: accepted with any JSON value, ignored when reading and
 * preserved by store/erase.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_FILE_PARSE_H
#define CP_FILE_PARSE_H

#include <stddef.h>

struct json_object;

/** Longest document accepted, matching what the provider reads. */
#define CP_CREDS_MAX_SIZE 65536

enum cp_creds_status {
	CP_CREDS_OK = 0,
	CP_CREDS_ESYNTAX = 1, /**< not JSON: "LINE:COLUMN: <json-c error>" */
	CP_CREDS_ESCHEMA = 2, /**< JSON, wrong shape: "/json/pointer: what" */
	CP_CREDS_ENOMEM = 3
};

/**
 * Parse and validate a credentials document.
 * @param[out] root   the document on success (release with
 *                    cp_json_put_wiped(), json_wipe.h)
 * @param[out] err    on failure, the message (never contains a value)
 * @return enum cp_creds_status
 */
int cp_creds_parse(const char *data, size_t len, struct json_object **root,
                   char *err, size_t errlen);

/** Profile object `name` of a parsed document, or NULL (borrowed). */
struct json_object *cp_creds_profile(struct json_object *root,
                                     const char *name);

/** The enum credplug_field of a field name (fields.h), or -1. */
int cp_creds_field_index(const char *key);

/**
 * Write the profile names of `root` as "a, b, c" into `buf` (truncated
 * with "..." when long).  "none" when there are none.
 */
void cp_creds_list_profiles(struct json_object *root, char *buf, size_t len);

/**
 * Serialize `root` (pretty, trailing newline) into a new malloc'd buffer.
 * The json-c rendering buffer is wiped; wipe and free the result yourself.
 * @return the buffer, or NULL on allocation failure.
 */
char *cp_creds_serialize(struct json_object *root, size_t *len);

/** Wipe `len` bytes in a way the compiler cannot elide. */
void cp_creds_wipe(void *p, size_t len);

#endif
