/*
 * The `explicit` provider: values the application passed to credplug_set(),
 * then values written in its config entry (one option per field, named as
 * the field: `api_key`, ...).  First in the default chain: explicit beats
 * everything.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entry.h"
#include "fields.h"
#include "opts.h"

#define NFIELDS CREDPLUG_FIELD_COUNT

static const char *const keys[] = {CP_FIELD_ROWS(CP_FX_NAME, ) NULL};
/* Written in a config, these make it a credentials file (kept 0600). */
static const char *const secret_keys[] = {CP_FIELD_ROWS(CP_FX_SECRET_NAME, )
                                                  NULL};

struct explicit_state {
	char *config[NFIELDS]; /* values from the config entry, or NULL */
	size_t len[NFIELDS];
};

static void explicit_destroy(void *p)
{
	struct explicit_state *s = p;

	if (s == NULL)
		return;
	for (int i = 0; i < NFIELDS; i++) {
		if (s->config[i] != NULL)
			explicit_bzero(s->config[i], s->len[i]);
		free(s->config[i]);
	}
	free(s);
}

static int explicit_create(const struct credplug_host_v1 *host,
                           struct credplug_call *call, void **state)
{
	struct explicit_state *s = calloc(1, sizeof(*s));

	if (s == NULL)
		return CREDPLUG_PS_ERROR;
	for (int i = 0; i < NFIELDS; i++) {
		const char *v = NULL;
		int r = cp_opt_string(host, call, keys[i], 0, &v);

		if (r != CREDPLUG_PS_OK) {
			explicit_destroy(s);
			return r;
		}
		if (v == NULL || v[0] == '\0')
			continue;
		s->len[i] = strlen(v);
		s->config[i] = strdup(v);
		if (s->config[i] == NULL) {
			explicit_destroy(s);
			return CREDPLUG_PS_ERROR;
		}
	}
	*state = s;
	return CREDPLUG_PS_OK;
}

static int explicit_resolve(void *p, const struct credplug_host_v1 *host,
                            struct credplug_call *call)
{
	struct explicit_state *s = p;
	int found = 0;

	for (uint32_t i = 0; i < NFIELDS; i++) {
		const char *v = NULL;
		size_t n = 0;
		char where[64];
		int r;

		if (host->explicit_value(call, i, &v, &n) ==
		    CREDPLUG_PS_FOUND) {
			r = host->set_field(call, i, v, n, "credplug_set()");
		} else if (s->config[i] != NULL) {
			snprintf(where, sizeof(where), "config option %s",
			         keys[i]);
			r = host->set_field(call, i, s->config[i], s->len[i],
			                    where);
		} else {
			continue;
		}
		if (r == CREDPLUG_PS_FOUND)
			found = 1;
		else if (r != CREDPLUG_PS_NOT_FOUND)
			return r;
	}
	if (!found)
		host->set_message(
		        call, "no value set by the application or the config");
	return found ? CREDPLUG_PS_FOUND : CREDPLUG_PS_NOT_FOUND;
}

static const struct credplug_provider_v1 explicit_desc = {
        .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR,
        .struct_size = sizeof(struct credplug_provider_v1),
        .name = "explicit",
        .version = "0.1.0",
        .summary = "values passed to credplug_set() or written in the config",
        .option_keys = keys,
        .create = explicit_create,
        .destroy = explicit_destroy,
        .resolve = explicit_resolve,
        .secret_option_keys = secret_keys,
};

CREDPLUG_DEFINE_PROVIDER_ENTRY(explicit_desc)
