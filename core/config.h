/*
 * The config document: finding, reading and parsing it (config.c).
 */
#ifndef CREDPLUG_CORE_CONFIG_H
#define CREDPLUG_CORE_CONFIG_H

#include <stddef.h>

#include "credplug/credplug.h"

struct credplug_ctx;
struct cp_diag;
struct json_object;

struct cp_config_src {
	const char *name;   /* path, or "config_json" */
	const char *source; /* options, CREDPLUG_CONFIG, xdg, etc, default */
	char path[4096];
	char *text;    /* malloc'd document text, or NULL */
	size_t len;    /* its bytes (a file's may hold a NUL: refused) */
	unsigned mode; /* the file's mode bits, 0 for config_json */
};
/* Finds and parses the config into *doc_out (NULL: none); the failure's
 * text in `d`. */
int cp_config_load(struct credplug_ctx *ctx, const struct credplug_options *o,
                   struct cp_config_src *src, struct json_object **doc_out,
                   struct cp_diag *d);
/* "file:line:col: " (of JSON path `key`) or "file: " into buf. */
void cp_config_at(const struct cp_config_src *src, const char *key, char *buf,
                  size_t cap);

#endif
