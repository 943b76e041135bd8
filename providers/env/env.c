/*
 * The `env` provider: one variable per field (the field table's defaults,
 * DD_API_KEY ...; the names are options), and for each a NAME_FILE variant
 * that names a file holding the value, as container images do (Docker and
 * Kubernetes secrets).  An empty variable counts as unset.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>

#include "entry.h"
#include "env_vars.h"
#include "opts.h"

#define NFIELDS        CP_ENV_NFIELDS
#define VALUE_FILE_MAX 16384
#define SUFFIX_LEN     (sizeof(CP_ENV_FILE_SUFFIX) - 1)

static const char *const keys[] = {CP_ENV_VAR_OPTIONS "allow_file", NULL};

extern char **environ;

struct env_state {
	char var[NFIELDS][128];
	char fvar[NFIELDS][128 + sizeof(CP_ENV_FILE_SUFFIX)]; /* var + suffix */
	size_t len[NFIELDS];                    /* strlen(var[i]) */
	uint64_t head[NFIELDS], fhead[NFIELDS]; /* head() of var, fvar */
	uint64_t first[4]; /* bit set of the names' first bytes */
	int allow_file;
	int secure; /* a privileged process: no environment (secure_getenv) */
};

/* What the environment holds for each name and its _FILE variant. */
struct env_found {
	const char *v[NFIELDS];
	const char *f[NFIELDS];
};

/* The first (up to) 8 bytes of p[0..n), as one word, for a quick test. */
static uint64_t head(const char *p, size_t n)
{
	uint64_t v = 0;

	memcpy(&v, p, n < 8 ? n : 8);
	return v;
}

static int env_create(const struct credplug_host_v1 *host,
                      struct credplug_call *call, void **state)
{
	struct env_state *s = calloc(1, sizeof(*s));
	int r;

	if (s == NULL)
		return CREDPLUG_PS_ERROR;
	s->allow_file = 1;
	s->secure = getauxval(AT_SECURE) != 0; /* fixed at exec */
	for (int i = 0; i < NFIELDS; i++) {
		const char *v = cp_fields[i].env;

		if (cp_opt_string(host, call, keys[i], 0, &v) !=
		            CREDPLUG_PS_OK ||
		    strlen(v) == 0 ||
		    strlen(v) >= sizeof(s->var[i]) - SUFFIX_LEN ||
		    strchr(v, '=') != NULL) {
			host->set_message(call,
			                  "option %s: expected an environment "
			                  "variable name",
			                  keys[i]);
			free(s);
			return CREDPLUG_PS_INVALID;
		}
		snprintf(s->var[i], sizeof(s->var[i]), "%s", v);
		s->len[i] = strlen(s->var[i]);
		snprintf(s->fvar[i], sizeof(s->fvar[i]),
		         "%s" CP_ENV_FILE_SUFFIX, v);
		s->head[i] = head(s->var[i], s->len[i]);
		s->first[(unsigned char)v[0] / 64] |=
		        1ull << ((unsigned char)v[0] % 64);
		s->fhead[i] = head(s->fvar[i], s->len[i] + SUFFIX_LEN);
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

/* Entry `x` of the environment ("NAME=value"), if NAME is one of ours or
 * its _FILE variant; the first entry of a name wins, as with getenv. */
static void match(const struct env_state *s, const char *x,
                  struct env_found *out)
{
	size_t m = (size_t)(strchrnul(x, '=') - x);
	uint64_t h;

	if (x[m] != '=')
		return;
	h = head(x, m);
	for (int i = 0; i < NFIELDS; i++) {
		size_t n = s->len[i];

		if (m == n && h == s->head[i] && out->v[i] == NULL &&
		    memcmp(x, s->var[i], n) == 0)
			out->v[i] = x + m + 1;
		else if (m == n + SUFFIX_LEN && h == s->fhead[i] &&
		         out->f[i] == NULL && memcmp(x, s->fvar[i], m) == 0)
			out->f[i] = x + m + 1;
	}
}

/* The eight names in one pass over the environment: eight getenv calls
 * scanned all of it each time, on every resolve.  Same answers as the
 * host's getenv (secure_getenv): the first entry of a name wins, and a
 * privileged (setuid, file capabilities) process has none. */
static void lookup(const struct env_state *s, struct env_found *out)
{
	memset(out, 0, sizeof(*out));
	if (s->secure)
		return;
	for (char **e = environ; e != NULL && *e != NULL; e++) {
		unsigned char c = (unsigned char)**e;

		if (s->first[c / 64] & (1ull << (c % 64))) /* most are not */
			match(s, *e, out);
	}
	if (!s->allow_file)
		memset(out->f, 0, sizeof(out->f));
}

static int one_field(struct env_state *s, const struct credplug_host_v1 *host,
                     struct credplug_call *call, uint32_t i,
                     const struct env_found *found)
{
	const char *fvar = s->fvar[i];
	const char *v = found->v[i];
	const char *f = found->f[i];

	if (f != NULL && f[0] == '\0')
		f = NULL;
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
	struct env_found env;
	int found = 0;

	lookup(s, &env);
	for (uint32_t i = 0; i < NFIELDS; i++) {
		int r = one_field(s, host, call, i, &env);

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
