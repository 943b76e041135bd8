/*
 * credplug exec — the variables that carry a credential into the child.
 *
 * A field's carriers are every name the env provider honours for it (its
 * default and the config's *_var renames, each with its _FILE variant:
 * env_vars.h, shared with the provider) and the names other Datadog tools
 * read for it (the field table's other_env, fields.h).  A field the apply did
 * not produce loses all of them, so the child never sees a credential that the
 * --auth list did not accept or that credplug did not check.  A produced field
 * is exported under its default name and loses that name's _FILE variant (a
 * nested credplug would refuse the pair as a conflict) and the other tools'
 * names (which a tool may prefer to the value credplug checked).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "env_vars.h"
#include "json_wipe.h"
#include "strict_json.h"

#define CONFIG_MAX (1024 * 1024) /* the library's own limit */

static const char *const env_options[CP_ENV_NFIELDS] = {CP_ENV_VAR_OPTIONS};

static int unset_with_file(const char *name)
{
	char file_var[300];
	int rc = unsetenv(name);

	snprintf(file_var, sizeof(file_var), "%s" CP_ENV_FILE_SUFFIX, name);
	return rc | unsetenv(file_var);
}

static char *read_all(int fd, size_t *len)
{
	struct stat st;
	char *buf;
	ssize_t n;

	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_size > CONFIG_MAX) {
		errno = EINVAL;
		return NULL;
	}
	buf = malloc((size_t)st.st_size + 1);
	if (buf == NULL)
		return NULL;
	n = read(fd, buf, (size_t)st.st_size);
	if (n != (ssize_t)st.st_size) {
		credplug_wipe(buf, (size_t)st.st_size + 1);
		free(buf);
		errno = n < 0 ? errno : EIO;
		return NULL;
	}
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

/* The config file the library read, parsed again for the env provider's
 * renames.  It may hold a credential (explicit's options): every copy is
 * wiped. */
static int load_config(const struct cp_cli *cli, const char *path,
                       struct json_object **doc)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	size_t len = 0;
	char *text = fd >= 0 ? read_all(fd, &len) : NULL;
	int err = errno, read_ok = text != NULL;

	if (fd >= 0)
		close(fd);
	*doc = NULL;
	if (text != NULL) { /* the library's reader: *doc NULL on failure */
		cp_json_read(text, len, NULL, doc, NULL);
		credplug_wipe(text, len);
		free(text);
	}
	if (*doc != NULL)
		return CP_EXIT_OK;
	cp_term_err(cli,
	            "cannot read %s again to find the variables to remove "
	            "from the command's environment: %s",
	            path, read_ok ? "it no longer parses" : strerror(err));
	return CP_EXIT_CONFIG;
}

/* Every rename of `field`'s variable in the config's chain (the options
 * belong to the env provider; other providers reject them). */
static int unset_renames(struct json_object *cfg, int field)
{
	struct json_object *provs =
	        cp_doc_get(cfg, "providers", json_type_array);
	size_t i, n = provs ? json_object_array_length(provs) : 0;
	const char *name;
	int rc = 0;

	for (i = 0; i < n; i++) {
		name = cp_doc_str(json_object_array_get_idx(provs, i),
		                  env_options[field]);
		if (name && name[0] && strchr(name, '=') == NULL)
			rc |= unset_with_file(name);
	}
	return rc;
}

/* A tool may prefer its own name to DD_*: the child must not pick an
 * inherited value over the one credplug resolved and checked. */
static int unset_tool_names(int field)
{
	int rc = 0;

	for (size_t i = 0; cp_fields[field].other_env[i]; i++)
		rc |= unset_with_file(cp_fields[field].other_env[i]);
	return rc;
}

static int unset_carriers(struct json_object *cfg, int field, unsigned produced)
{
	char file_var[300];

	if (produced & (1u << field)) {
		snprintf(file_var, sizeof(file_var), "%s" CP_ENV_FILE_SUFFIX,
		         cp_fields[field].env);
		return unsetenv(file_var) | unset_tool_names(field);
	}
	return unset_with_file(cp_fields[field].env) | unset_tool_names(field) |
	       unset_renames(cfg, field);
}

int cp_exec_env_scrub(const struct cp_cli *cli, struct credplug_ctx *ctx,
                      unsigned produced)
{
	struct json_object *doc = NULL, *cfg = NULL;
	const char *path;
	int f, rc;

	rc = cp_doc_load(cli, ctx, &doc, NULL);
	path = cp_doc_str(cp_doc_get(doc, "config", json_type_object), "path");
	if (rc == CP_EXIT_OK && path != NULL)
		rc = load_config(cli, path, &cfg);
	for (f = 0; rc == CP_EXIT_OK && f < CREDPLUG_FIELD_COUNT; f++) {
		if (!cp_fields[f].secret) /* the site is set, never removed */
			continue;
		if (unset_carriers(cfg, f, produced) != 0) {
			cp_term_err(cli, "cannot change the environment: %s",
			            strerror(errno));
			rc = CP_EXIT_FAIL;
		}
	}
	cp_json_put_wiped(cfg);
	json_object_put(doc);
	return rc;
}
