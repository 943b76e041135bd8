/*
 * Mock provider modules for the conformance checker's tests: each breaks
 * one rule of the plugin ABI (p11-kit's mock modules do the same for
 * PKCS#11), so that `credplug check-provider` must name exactly that one.
 * Built once per define (tests/checker/CMakeLists.txt); without a define
 * it keeps the contract:
 *   CK_EXTRA_EXPORT     exports a helper besides the entry
 *   CK_WRONG_SIZE       descriptor struct_size 40
 *   CK_ABI_MAJOR        descriptor abi_major 2
 *   CK_BAD_SUMMARY      a summary of two lines
 *   CK_CHAIN_KEY        declares the chain key "timeout_ms" as an option
 *   CK_BLOCKS           resolve never returns (ignores the deadline)
 *   CK_LATE             resolve returns 600 ms after a 50 ms deadline
 *   CK_ECHO             the message repeats the value just set
 *   CK_LEAK             create allocates 256 bytes it never frees
 *   CK_BAD_STATUS       resolve returns 42
 *   CK_NULL_RESOLVE     descriptor without resolve
 *   CK_STORE_MISSING    claims CREDPLUG_CAP_STORE without store()
 *   CK_IMPORTS_HOST     calls credplug_version(), the host's API
 *   CK_BAD_VALUE        sets a value with a trailing newline
 *   CK_CRASH            resolve crashes (an illegal instruction)
 *   CK_PRINTS           resolve writes to standard output
 *   CK_STORE_ECHO       a working store whose message repeats the value
 *   CK_TARGET_ECHO      a working store whose set_target() locator holds it
 *   CK_PIECE            the message repeats the value's first 10 bytes
 *   CK_CREATE_ECHO      create fails with the credential option "token" in
 *                       its message
 *   CK_RACY             instances count calls in one unguarded global
 *   CK_SHARED           instances share unguarded state: a resolve that
 *                       overlaps another one fails
 * The working module reads option "value" and sets it as the api_key.
 */
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "credplug/provider.h"

#ifdef CK_CHAIN_KEY
static const char *const keys[] = {"value", "token", "timeout_ms", NULL};
#else
static const char *const keys[] = {"value", "token", NULL};
#endif
static const char *const secret_keys[] = {"token", NULL};

struct mod {
	char value[64];
	char stored[3][64]; /* api_key, app_key, pat */
};

static int mod_create(const struct credplug_host_v1 *h, struct credplug_call *c,
                      void **state)
{
	struct mod *m = calloc(1, sizeof(*m));
	const char *v = NULL;

	if (m == NULL)
		return CREDPLUG_PS_ERROR;
	if (h->option_string(c, "value", &v) < 0 ||
	    (v != NULL && strlen(v) >= sizeof(m->value))) {
		free(m);
		return CREDPLUG_PS_INVALID;
	}
	if (v != NULL)
		memcpy(m->value, v, strlen(v) + 1);
#ifdef CK_CREATE_ECHO
	if (h->option_string(c, "token", &v) == 1) {
		h->set_message(c, "mock: cannot log in with %s", v);
		free(m);
		return CREDPLUG_PS_UNAVAILABLE;
	}
#endif
#ifdef CK_LEAK
	volatile char *lost = malloc(256);
	if (lost != NULL)
		lost[0] = 1;
#endif
	*state = m;
	return CREDPLUG_PS_OK;
}

static void mod_destroy(void *state)
{
	free(state);
}

#ifdef CK_IMPORTS_HOST
const char *credplug_version(void);
#endif

__attribute__((unused)) static int mod_resolve(void *state,
                                               const struct credplug_host_v1 *h,
                                               struct credplug_call *c)
{
	struct mod *m = state;
	const char *v = m->value;

#if defined(CK_BLOCKS)
	for (;;)
		nanosleep(&(struct timespec){3600, 0}, NULL);
#elif defined(CK_LATE)
	nanosleep(&(struct timespec){0, 650 * 1000000L}, NULL);
#elif defined(CK_BAD_STATUS)
	return 42;
#elif defined(CK_CRASH)
	if (h->flags(NULL) ==
	    0) /* always: a crash the sanitizers leave alone */
		__builtin_trap();
#elif defined(CK_PRINTS)
	printf("debug: resolving\n");
	fflush(stdout);
#elif defined(CK_IMPORTS_HOST)
	h->note(c, "host %s", credplug_version());
#elif defined(CK_RACY)
	static int calls; /* every instance's, unguarded */

	calls++;
	nanosleep(&(struct timespec){0, 2 * 1000000L}, NULL);
	calls++;
#elif defined(CK_SHARED)
	static atomic_int busy; /* "the" connection, shared by all instances */
	int clobbered = atomic_fetch_add(&busy, 1) != 0;

	nanosleep(&(struct timespec){0, 20 * 1000000L}, NULL);
	clobbered |= atomic_fetch_sub(&busy, 1) != 1;
	if (clobbered) {
		h->set_message(c, "mock: another call used the connection");
		return CREDPLUG_PS_ERROR;
	}
#endif
	if (v[0] == '\0' && m->stored[0][0] == '\0' &&
	    m->stored[1][0] == '\0' && m->stored[2][0] == '\0') {
		h->set_message(c, "mock: no value (option \"value\" unset)");
		return CREDPLUG_PS_NOT_FOUND;
	}
#ifdef CK_BAD_VALUE
	char nl[80];
	snprintf(nl, sizeof(nl), "%s\n", v);
	v = nl;
#endif
	for (uint32_t f = 0; f < 3; f++)
		if (m->stored[f][0] != '\0')
			h->set_field(c, f, m->stored[f], strlen(m->stored[f]),
			             "mock store");
	if (v[0] != '\0')
		h->set_field(c, 0, v, strlen(v), "mock option \"value\"");
#ifdef CK_ECHO
	h->set_message(c, "mock: got key %s", v);
#endif
#ifdef CK_PIECE
	h->set_message(c, "mock: got key %.10s...", v);
#endif
	return CREDPLUG_PS_FOUND;
}

__attribute__((unused)) static int mod_store(void *state,
                                             const struct credplug_host_v1 *h,
                                             struct credplug_call *c,
                                             uint32_t field, const char *value,
                                             size_t len)
{
	struct mod *m = state;

	if (field > 2 || len >= sizeof(m->stored[0]))
		return CREDPLUG_PS_INVALID;
	memcpy(m->stored[field], value, len);
	m->stored[field][len] = '\0';
#ifdef CK_STORE_ECHO
	h->set_message(c, "mock: stored %s", m->stored[field]);
#endif
	if (CREDPLUG_HOST_HAS(h, set_target)) {
#ifdef CK_TARGET_ECHO
		char loc[100];

		snprintf(loc, sizeof(loc), "mock memory, now %s", value);
		h->set_target(c, loc, NULL, NULL);
#else
		h->set_target(c, "mock memory", NULL, NULL);
#endif
	}
	return CREDPLUG_PS_OK;
}

static int mod_erase(void *state, const struct credplug_host_v1 *h,
                     struct credplug_call *c, uint32_t field)
{
	struct mod *m = state;

	(void)h;
	(void)c;
	if (field > 2 || m->stored[field][0] == '\0')
		return CREDPLUG_PS_NOT_FOUND;
	m->stored[field][0] = '\0';
	return CREDPLUG_PS_OK;
}

static const struct credplug_provider_v1 desc = {
#ifdef CK_ABI_MAJOR
        .abi_major = 2,
#else
        .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR,
#endif
#ifdef CK_WRONG_SIZE
        .struct_size = 40,
#else
        .struct_size = sizeof(struct credplug_provider_v1),
#endif
        .name = "mock",
        .version = "1.0.0",
#ifdef CK_BAD_SUMMARY
        .summary = "a module\nfor the checker's tests",
#else
        .summary = "a module for the checker's tests",
#endif
        .option_keys = keys,
        .secret_option_keys = secret_keys,
#if defined(CK_STORE_MISSING)
        .capabilities = CREDPLUG_CAP_STORE | CREDPLUG_CAP_ERASE,
        .erase = mod_erase,
#else
        .capabilities = CREDPLUG_CAP_STORE | CREDPLUG_CAP_ERASE,
        .store = mod_store,
        .erase = mod_erase,
#endif
        .create = mod_create,
        .destroy = mod_destroy,
#ifndef CK_NULL_RESOLVE
        .resolve = mod_resolve,
#endif
};

#ifdef CK_EXTRA_EXPORT
__attribute__((visibility("default"))) int acme_helper(void);
__attribute__((visibility("default"))) int acme_helper(void)
{
	return 1;
}
#endif

CREDPLUG_PROVIDER_ENTRY;
CREDPLUG_PROVIDER_ENTRY
{
	if (host->abi_major != CREDPLUG_PROVIDER_ABI_MAJOR ||
	    host->struct_size < CREDPLUG_HOST_V1_0_SIZE)
		return -1;
	*out = &desc;
	return 0;
}
