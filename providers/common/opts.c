/*
 * Option helpers for create() (opts.h): the host's 1 / 0 / -1 answers
 * turned into the CREDPLUG_PS_* status create() returns.
 *
 * SPDX-License-Identifier: MIT
 */
#include "opts.h"

#include <stdlib.h>
#include <string.h>

/* The host's answer: 1 present, 0 absent, -1 wrong type (recorded). */
static int status_of(int host_rc)
{
	return host_rc < 0 ? CREDPLUG_PS_INVALID : CREDPLUG_PS_OK;
}

int cp_opt_string(const struct credplug_host_v1 *host,
                  struct credplug_call *call, const char *key, unsigned flags,
                  const char **inout)
{
	const char *v = NULL;
	int rc = host->option_string(call, key, &v);

	if (rc <= 0)
		return status_of(rc);
	if ((flags & CP_OPT_NONEMPTY) && v[0] == '\0') {
		host->set_message(call,
		                  "option \"%s\" is empty; remove it "
		                  "or give a value",
		                  key);
		return CREDPLUG_PS_INVALID;
	}
	*inout = v;
	return CREDPLUG_PS_OK;
}

int cp_opt_strdup(const struct credplug_host_v1 *host,
                  struct credplug_call *call, const char *key, unsigned flags,
                  char **out)
{
	const char *v = NULL;
	int rc = cp_opt_string(host, call, key, flags, &v);

	if (rc != CREDPLUG_PS_OK || v == NULL)
		return rc;
	*out = strdup(v);
	return *out != NULL ? CREDPLUG_PS_OK : CREDPLUG_PS_ERROR;
}

/* Scalars go through a local: *inout changes only when the key is set. */
int cp_opt_int(const struct credplug_host_v1 *host, struct credplug_call *call,
               const char *key, int64_t *inout)
{
	int64_t v = 0;
	int rc = host->option_int(call, key, &v);

	if (rc > 0)
		*inout = v;
	return status_of(rc);
}

int cp_opt_bool(const struct credplug_host_v1 *host, struct credplug_call *call,
                const char *key, int *inout)
{
	int v = 0;
	int rc = host->option_bool(call, key, &v);

	if (rc > 0)
		*inout = v != 0;
	return status_of(rc);
}

int cp_opt_strv(const struct credplug_host_v1 *host, struct credplug_call *call,
                const char *key, char ***out)
{
	size_t n = 0;
	const char *s;
	int rc = host->option_array(call, key, &n);

	if (rc <= 0)
		return status_of(rc);
	*out = calloc(n + 1, sizeof(char *));
	if (*out == NULL)
		return CREDPLUG_PS_ERROR;
	for (size_t i = 0; i < n; i++) {
		if (host->option_string_at(call, key, i, &s) != 1)
			return CREDPLUG_PS_INVALID;
		if (((*out)[i] = strdup(s)) == NULL)
			return CREDPLUG_PS_ERROR;
	}
	return CREDPLUG_PS_OK;
}

void cp_opt_strv_free(char **v)
{
	for (size_t i = 0; v != NULL && v[i] != NULL; i++)
		free(v[i]);
	free(v);
}
