/*
 * Entry-point boilerplate shared by the provider sources.
 *
 * Built as a module, a provider exports credplug_provider_entry_v1.  Built
 * into a static library (CREDPLUG_BUILTIN_NAME=name), the same descriptor is
 * reachable as credplug_provider_<name>_entry, for struct credplug_builtin.
 */
#ifndef CREDPLUG_PROVIDERS_ENTRY_H
#define CREDPLUG_PROVIDERS_ENTRY_H

#include "credplug/provider.h"

#define CP_CAT2(a, b, c) a##b##c
#define CP_CAT(a, b, c)  CP_CAT2(a, b, c)

#if defined(CREDPLUG_BUILTIN_CORE)
/* The core's own copy: a hidden name that cannot clash with the static libs. */
#define CP_ENTRY_NAME CP_CAT(cp_builtin_, CREDPLUG_BUILTIN_NAME, _entry)
#define CP_ENTRY_DECL                                                          \
	int CP_ENTRY_NAME(const struct credplug_host_v1 *host,                 \
	                  const struct credplug_provider_v1 **out)
#elif defined(CREDPLUG_BUILTIN_NAME)
#define CP_ENTRY_NAME CP_CAT(credplug_provider_, CREDPLUG_BUILTIN_NAME, _entry)
#define CP_ENTRY_DECL                                                          \
	int CP_ENTRY_NAME(const struct credplug_host_v1 *host,                 \
	                  const struct credplug_provider_v1 **out)
#else
#define CP_ENTRY_NAME credplug_provider_entry_v1
#define CP_ENTRY_DECL                                                          \
	CREDPLUG_PROVIDER_EXPORT int credplug_provider_entry_v1(               \
	        const struct credplug_host_v1 *host,                           \
	        const struct credplug_provider_v1 **out)
#endif

/* Defines the entry: checks the host's ABI and hands out `desc`. */
#define CREDPLUG_DEFINE_PROVIDER_ENTRY(desc)                                   \
	CP_ENTRY_DECL;                                                         \
	CP_ENTRY_DECL                                                          \
	{                                                                      \
		if (host == NULL || out == NULL ||                             \
		    host->abi_major != CREDPLUG_PROVIDER_ABI_MAJOR ||          \
		    host->struct_size < CREDPLUG_HOST_V1_0_SIZE)               \
			return -1;                                             \
		*out = &(desc);                                                \
		return 0;                                                      \
	}

#endif
