/*
 * Mock provider modules that each do one thing wrong, for the ABI
 * negotiation tests.  Built once per BAD_* define (tests/core/CMakeLists.txt):
 *   BAD_NO_ENTRY      exports no entry symbol at all
 *   BAD_V2_ONLY       exports only credplug_provider_entry_v2
 *   BAD_ABI_MAJOR     descriptor says abi_major 2
 *   BAD_SHORT         descriptor struct_size 16
 *   BAD_NULL_RESOLVE  descriptor without a resolve function
 *   BAD_ENTRY_FAILS   entry returns 7
 *   BAD_CAPS          claims CREDPLUG_CAP_STORE without store()
 */
#include <stdlib.h>

#include "credplug/provider.h"

static const char *const keys[] = {NULL};

static int bad_create(const struct credplug_host_v1 *h, struct credplug_call *c,
                      void **state)
{
	(void)h;
	(void)c;
	*state = NULL;
	return CREDPLUG_PS_OK;
}

static void bad_destroy(void *p)
{
	(void)p;
}

__attribute__((unused)) static int
bad_resolve(void *p, const struct credplug_host_v1 *h, struct credplug_call *c)
{
	(void)p;
	(void)h;
	(void)c;
	return CREDPLUG_PS_NOT_FOUND;
}

static const struct credplug_provider_v1 desc = {
#ifdef BAD_ABI_MAJOR
        .abi_major = 2,
#else
        .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR,
#endif
#ifdef BAD_SHORT
        .struct_size = 16,
#else
        .struct_size = sizeof(struct credplug_provider_v1),
#endif
        .name = "bad",
        .version = "0.0.1",
        .summary = "does one thing wrong",
        .option_keys = keys,
#ifdef BAD_CAPS
        .capabilities = CREDPLUG_CAP_STORE,
#endif
        .create = bad_create,
        .destroy = bad_destroy,
#ifndef BAD_NULL_RESOLVE
        .resolve = bad_resolve,
#endif
};

#if defined(BAD_NO_ENTRY)
/* Something exported, but not the entry. */
__attribute__((visibility("default"))) int credplug_something_else(void);
__attribute__((visibility("default"))) int credplug_something_else(void)
{
	return desc.abi_major == 0;
}
#elif defined(BAD_V2_ONLY)
__attribute__((visibility("default"))) int
credplug_provider_entry_v2(const void *host,
                           const struct credplug_provider_v1 **out);
__attribute__((visibility("default"))) int
credplug_provider_entry_v2(const void *host,
                           const struct credplug_provider_v1 **out)
{
	(void)host;
	*out = &desc;
	return 0;
}
#else
CREDPLUG_PROVIDER_ENTRY;
CREDPLUG_PROVIDER_ENTRY
{
	(void)host;
#ifdef BAD_ENTRY_FAILS
	(void)&desc;
	*out = NULL;
	return 7;
#else
	*out = &desc;
	return 0;
#endif
}
#endif
