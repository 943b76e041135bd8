/*
 * A third-party provider, built out of tree against the installed
 * credplug package only.  It "fetches" an API key from an imaginary vault:
 * the value comes from the option `key_from_env` (an environment variable
 * name), to keep the example self-contained.
 *
 * Build: see CMakeLists.txt beside this file; the module exports exactly
 * one symbol, credplug_provider_entry_v1.  provider.h is all it includes:
 * the field constants (CREDPLUG_API_KEY, ...) come with it, from
 * credplug/types.h.
 */
#include <stdlib.h>
#include <string.h>

#include <credplug/provider.h>

static const char *const keys[] = {"key_from_env", NULL};

struct acme {
	char var[128];
};

static int acme_create(const struct credplug_host_v1 *host,
                       struct credplug_call *call, void **state)
{
	struct acme *a = calloc(1, sizeof(*a));
	const char *v = "ACME_VAULT_API_KEY";

	if (a == NULL)
		return CREDPLUG_PS_ERROR;
	if (host->option_string(call, "key_from_env", &v) < 0 ||
	    strlen(v) >= sizeof(a->var)) {
		free(a);
		return CREDPLUG_PS_INVALID;
	}
	memcpy(a->var, v, strlen(v) + 1);
	*state = a;
	return CREDPLUG_PS_OK;
}

static void acme_destroy(void *state)
{
	free(state);
}

static int acme_resolve(void *state, const struct credplug_host_v1 *host,
                        struct credplug_call *call)
{
	struct acme *a = state;
	const char *v = host->getenv(call, a->var);

	if (v == NULL || *v == '\0') {
		host->set_message(call, "the vault has no key (%s unset)",
		                  a->var);
		return CREDPLUG_PS_NOT_FOUND;
	}
	return host->set_field(call, CREDPLUG_API_KEY, v, strlen(v),
	                       "acme-vault");
}

static const struct credplug_provider_v1 acme_desc = {
        .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR,
        .struct_size = sizeof(struct credplug_provider_v1),
        .name = "acme-vault",
        .version = "1.0.0",
        .summary = "example third-party provider",
        .option_keys = keys,
        .create = acme_create,
        .destroy = acme_destroy,
        .resolve = acme_resolve,
};

CREDPLUG_PROVIDER_ENTRY
{
	/* The first-published size, never our own sizeof (credplug/types.h). */
	if (host->abi_major != CREDPLUG_PROVIDER_ABI_MAJOR ||
	    host->struct_size < CREDPLUG_HOST_V1_0_SIZE)
		return -1;
	*out = &acme_desc;
	return 0;
}
