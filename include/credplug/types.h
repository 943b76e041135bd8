/*
 * credplug — the vocabulary both tiers share: the credential fields, the
 * longest value, the context flags a provider may read, and the size each
 * versioned struct had when it was first published.
 *
 * Included by credplug.h, sink.h and provider.h (as libgit2's sys/ headers
 * include git2/types.h), so a provider module names fields by their
 * constants without the consumer API.  Macros and enums only: nothing here
 * is a symbol.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CREDPLUG_TYPES_H
#define CREDPLUG_TYPES_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Credential fields, for credplug_set() and the provider's set_field().
 * `CREDPLUG_SITE` is a setting, not a secret.  Values are append-only.
 * (Moved here from credplug.h in 0.2; credplug.h includes this header.)
 */
enum credplug_field {
	CREDPLUG_API_KEY = 0, /**< `DD-API-KEY`, scheme apiKeyAuth */
	CREDPLUG_APP_KEY = 1, /**< `DD-APPLICATION-KEY`, scheme appKeyAuth */
	CREDPLUG_PAT =
	        2, /**< `Authorization: Bearer`, schemes bearerAuth, AuthZ */
	CREDPLUG_SITE = 3, /**< Datadog site, e.g. `datadoghq.eu` */
	CREDPLUG_FIELD_COUNT = 4
};

/** Longest accepted credential value, in bytes. */
#define CREDPLUG_VALUE_MAX 4096

/**
 * Flags for `credplug_options.flags`; a provider reads the context's bits
 * with `host->flags()`.
 */
#define CREDPLUG_FLAG_STRICT                                                   \
	(1u << 0) /**< apply fails with CREDPLUG_ENOCRED when no alternative   \
	             is satisfied */
#define CREDPLUG_FLAG_NO_CONFIG_FILE                                           \
	(1u << 1) /**< do not search for a config file */
#define CREDPLUG_FLAG_NO_MODULES                                               \
	(1u << 2) /**< never dlopen; use built-in providers only */
#define CREDPLUG_FLAG_INTERACTIVE                                              \
	(1u << 3) /**< providers may prompt (keyring unlock) */
/**
 * Debugging only: keep secret copies in ordinary memory (the allocator
 * hook, else malloc), so core dumps and gcore include them.  Without it
 * they live in pages marked MADV_DONTDUMP (and mlock'ed when the limit
 * allows).  Since 0.1.
 */
#define CREDPLUG_FLAG_DUMPABLE_SECRETS (1u << 4)

/**
 * Bytes of `type` up to and including `member`: the struct's size in the
 * version that appended `member`.  A reader accepts `struct_size >=` the
 * first-published size below and reads a member added later only when
 * `struct_size >= CREDPLUG_SIZE_THROUGH(type, member)`.  Since 0.2.
 */
#define CREDPLUG_SIZE_THROUGH(type, member)                                    \
	(offsetof(type, member) + sizeof(((type *)0)->member))

/*
 * First-published sizes.  Never compare a struct_size with `sizeof`: that
 * grows with the header the reader was built against, and a caller built
 * against an older header would be refused.  Each since 0.2 unless noted.
 */
/** struct credplug_options of 0.1. */
#define CREDPLUG_OPTIONS_V0_1_SIZE                                             \
	CREDPLUG_SIZE_THROUGH(struct credplug_options, errbuf_len)
/** struct credplug_allocator of 0.1. */
#define CREDPLUG_ALLOCATOR_V0_1_SIZE                                           \
	CREDPLUG_SIZE_THROUGH(struct credplug_allocator, user_data)
/** struct credplug_request of 0.1. */
#define CREDPLUG_REQUEST_V0_1_SIZE                                             \
	CREDPLUG_SIZE_THROUGH(struct credplug_request, auth)
/** struct credplug_sink of 0.1. */
#define CREDPLUG_SINK_V0_1_SIZE                                                \
	CREDPLUG_SIZE_THROUGH(struct credplug_sink, user_data)
/**
 * The host services table of ABI 1.0.  A module checks
 * `host->struct_size >= CREDPLUG_HOST_V1_0_SIZE` (not against its own
 * `sizeof`) and treats slots past `host->struct_size` as missing.  Since
 * ABI 1.0 (in provider.h until 0.2).
 */
#define CREDPLUG_HOST_V1_0_SIZE                                                \
	CREDPLUG_SIZE_THROUGH(struct credplug_host_v1, restrict_capabilities)
/** The host services table of ABI 1.1 (with `set_target`); a module reads
 *  a 1.1 service with CREDPLUG_HOST_HAS() (provider.h). */
#define CREDPLUG_HOST_V1_1_SIZE                                                \
	CREDPLUG_SIZE_THROUGH(struct credplug_host_v1, set_target)
/** A provider descriptor of ABI 1.0: the host refuses a shorter one. */
#define CREDPLUG_PROVIDER_V1_0_SIZE                                            \
	CREDPLUG_SIZE_THROUGH(struct credplug_provider_v1, erase)
/** A provider descriptor of ABI 1.1 (with `secret_option_keys`). */
#define CREDPLUG_PROVIDER_V1_1_SIZE                                            \
	CREDPLUG_SIZE_THROUGH(struct credplug_provider_v1, secret_option_keys)

#ifdef __cplusplus
}
#endif
#endif /* CREDPLUG_TYPES_H */
