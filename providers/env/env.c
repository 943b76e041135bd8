/*
 * The `env` provider: one variable per field (the field table's defaults,
 * DD_API_KEY ...; the names are options), and for each a NAME_FILE variant
 * that names a file holding the value, as container images do (Docker and
 * Kubernetes secrets).  An empty variable counts as unset.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entry.h"
#include "env_vars.h"
#include "opts.h"

#define NFIELDS        CP_ENV_NFIELDS
#define VALUE_FILE_MAX 16384

static const char *const keys[] = {CP_ENV_VAR_OPTIONS "allow_file", NULL};

struct env_state {
	char var[NFIELDS][128];
	char fvar[NFIELDS][134]; /* var + "_FILE" */
	int allow_file;
};

static int env_create(const struct credplug_host_v1 *host,
                      struct credplug_call *call, void **state)
{
	struct env_state *s = calloc(1, sizeof(*s));
	int r;

	if (s == NULL)
		return CREDPLUG_PS_ERROR;
	s->allow_file = 1;
	for (int i = 0; i < NFIELDS; i++) {
		const char *v = cp_fields[i].env;

		if (cp_opt_string(host, call, keys[i], 0, &v) !=
		            CREDPLUG_PS_OK ||
		    strlen(v) == 0 || strlen(v) >= sizeof(s->var[i]) - 5 ||
		    strchr(v, '=') != NULL) {
			host->set_message(call,
			                  "option %s: expected an environment "
			                  "variable name",
			                  keys[i]);
			free(s);
			return CREDPLUG_PS_INVALID;
		}
		snprintf(s->var[i], sizeof(s->var[i]), "%s", v);
		snprintf(s->fvar[i], sizeof(s->fvar[i]),
		         "%s" CP_ENV_FILE_SUFFIX, v);
	}
	r = cp_opt_bool(host, call, "allow_file", &s->allow_file);
	if (r != CREDPLUG_PS_OK) {
		free(s);
		return r;
	}
	*state = s;
	return CREDPLUG_PS_OK;
}

static void env_destroy(void *p)
{
	free(p);
}

/* NAME_FILE: the value is the file's content, one trailing newline off. */
static int from_file(const struct credplug_host_v1 *host,
                     struct credplug_call *call, uint32_t field,
                     const char *var, const char *path)
{
	const char *data;
	size_t len;
	char where[4200];
	int r;

	/* Container secrets are often 0444: not private, but nobody else may
	 * be able to write them. */
	r = host->read_file(call, path,
	                    CREDPLUG_READ_STRIP_NEWLINE |
	                            CREDPLUG_READ_TRUSTED_OWNER,
	                    VALUE_FILE_MAX, &data, &len, NULL);
	if (r == CREDPLUG_PS_NOT_FOUND) {
		/* A variable that names a missing file is a broken setup. */
		host->set_message(
		        call,
		        "%s_FILE names %s, which does not exist; fix or "
		        "unset %s_FILE",
		        var, path, var);
		return CREDPLUG_PS_INVALID;
	}
	if (r != CREDPLUG_PS_FOUND)
		return r;
	snprintf(where, sizeof(where), "%s_FILE=%s", var, path);
	return host->set_field(call, field, data, len, where);
}

static int one_field(struct env_state *s, const struct credplug_host_v1 *host,
                     struct credplug_call *call, uint32_t i)
{
	const char *fvar = s->fvar[i];
	const char *v = host->getenv(call, s->var[i]);
	const char *f = NULL;

	if (s->allow_file) {
		f = host->getenv(call, fvar);
		if (f != NULL && f[0] == '\0')
			f = NULL;
	}
	if (v != NULL && v[0] != '\0' && f != NULL) {
		host->set_message(call,
		                  "both %s and %s are set; unset one of them",
		                  s->var[i], fvar);
		return CREDPLUG_PS_INVALID;
	}
	if (f != NULL)
		return from_file(host, call, i, s->var[i], f);
	if (v == NULL || v[0] == '\0')
		return CREDPLUG_PS_NOT_FOUND;
	return host->set_field(call, i, v, strlen(v), s->var[i]);
}

/* "none of DD_API_KEY, ... is set", with the configured names. */
static void not_found(const struct env_state *s,
                      const struct credplug_host_v1 *host,
                      struct credplug_call *call)
{
	char names[NFIELDS * 130] = "";
	size_t n = 0;

	for (int i = 0; i < NFIELDS; i++)
		n += (size_t)snprintf(names + n, sizeof(names) - n, "%s%s",
		                      i ? ", " : "", s->var[i]);
	host->set_message(call, "none of %s is set", names);
}

static int env_resolve(void *p, const struct credplug_host_v1 *host,
                       struct credplug_call *call)
{
	struct env_state *s = p;
	int found = 0;

	for (uint32_t i = 0; i < NFIELDS; i++) {
		int r = one_field(s, host, call, i);

		if (r == CREDPLUG_PS_FOUND)
			found = 1;
		else if (r != CREDPLUG_PS_NOT_FOUND)
			return r;
	}
	if (!found)
		not_found(s, host, call);
	return found ? CREDPLUG_PS_FOUND : CREDPLUG_PS_NOT_FOUND;
}

static const struct credplug_provider_v1 env_desc = {
        .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR,
        .struct_size = sizeof(struct credplug_provider_v1),
        .name = "env",
        .version = "0.1.0",
        .summary = "environment variables " CP_FIELD_ENV_LIST
                   " and their " CP_ENV_FILE_SUFFIX " variants",
        .option_keys = keys,
        .create = env_create,
        .destroy = env_destroy,
        .resolve = env_resolve,
};

CREDPLUG_DEFINE_PROVIDER_ENTRY(env_desc)
