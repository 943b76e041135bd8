/*
 * keyring provider: options, backend choice and the descriptor.
 *
 * Backends: the Secret Service (secret_service.c, loaded on demand by
 * ss_load.c) and the Linux kernel keyring (kernel.c).  `auto` uses the
 * Secret Service when a session bus has an owner for
 * org.freedesktop.secrets, else the kernel keyring.
 *
 * Everything a configuration can get wrong is checked here, in create(),
 * without the Secret Service backend: a typo is an error at context
 * creation, and a chain that never asks the Secret Service never maps
 * libsecret or GLib.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdlib.h>
#include <string.h>

#include "entry.h"
#include "keyring.h"
#include "opts.h"

/* Profile and service names end up in key descriptions and attributes:
 * keep them to a safe, unambiguous alphabet (no ':' separators). */
static int name_ok(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > CP_KR_NAME_MAX)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		      c == '.' || c == '@' || c == '+'))
			return 0;
	}
	return 1;
}

static int bad_name(const struct credplug_host_v1 *host,
                    struct credplug_call *call, const char *what,
                    const char *from)
{
	host->set_message(call,
	                  "keyring: %s (from %s) must be 1-%d characters "
	                  "of A-Z a-z 0-9 . _ - @ +; fix the name",
	                  what, from, CP_KR_NAME_MAX);
	return CREDPLUG_PS_INVALID;
}

static void kr_free(struct cp_kr_state *st)
{
	if (st == NULL)
		return;
	free(st->profile);
	free(st->service);
	free(st->collection);
	free(st);
}

/* A string option, or `def` when absent, into *dst (malloc'd copy). */
static int opt_default(const struct credplug_host_v1 *host,
                       struct credplug_call *call, const char *key,
                       const char *def, char **dst)
{
	int rc = cp_opt_strdup(host, call, key, 0, dst);

	if (rc == CREDPLUG_PS_OK && *dst == NULL &&
	    (*dst = strdup(def)) == NULL)
		rc = CREDPLUG_PS_ERROR;
	return rc;
}

static int opt_backend(const struct credplug_host_v1 *host,
                       struct credplug_call *call, struct cp_kr_state *st)
{
	char *v = NULL;
	int rc = opt_default(host, call, "backend", "auto", &v);

	if (rc != CREDPLUG_PS_OK)
		return rc;
	if (strcmp(v, "auto") == 0)
		st->backend = CP_KR_AUTO;
	else if (strcmp(v, "secret-service") == 0)
		st->backend = CP_KR_SECRET_SERVICE;
	else if (strcmp(v, "kernel") == 0)
		st->backend = CP_KR_KERNEL;
	else
		rc = CREDPLUG_PS_INVALID;
	if (rc != CREDPLUG_PS_OK)
		host->set_message(call,
		                  "keyring: option \"backend\" is \"%s\"; use "
		                  "\"auto\", \"secret-service\" or \"kernel\"",
		                  v);
	free(v);
	return rc;
}

static int opt_rings(const struct credplug_host_v1 *host,
                     struct credplug_call *call, struct cp_kr_state *st)
{
	char *v = NULL;
	int rc = opt_default(host, call, "keyring", "both", &v);

	if (rc != CREDPLUG_PS_OK)
		return rc;
	if (strcmp(v, "session") == 0)
		st->rings = CP_KR_RING_SESSION;
	else if (strcmp(v, "user") == 0)
		st->rings = CP_KR_RING_USER;
	else if (strcmp(v, "both") == 0)
		st->rings = CP_KR_RING_BOTH;
	else
		rc = CREDPLUG_PS_INVALID;
	if (rc != CREDPLUG_PS_OK)
		host->set_message(call,
		                  "keyring: option \"keyring\" is \"%s\"; use "
		                  "\"session\", \"user\" or \"both\"",
		                  v);
	free(v);
	return rc;
}

static int opt_timeout(const struct credplug_host_v1 *host,
                       struct credplug_call *call, struct cp_kr_state *st)
{
	int64_t v = 0;
	int rc = cp_opt_int(host, call, "timeout_s", &v);

	if (rc != CREDPLUG_PS_OK)
		return rc;
	if (v < 0 || v > UINT32_MAX) {
		host->set_message(call,
		                  "keyring: option \"timeout_s\" is %lld; use "
		                  "0 (no expiry) up to %u seconds",
		                  (long long)v, (unsigned)UINT32_MAX);
		return CREDPLUG_PS_INVALID;
	}
	st->timeout_s = v;
	return CREDPLUG_PS_OK;
}

static int opt_profile(const struct credplug_host_v1 *host,
                       struct credplug_call *call, struct cp_kr_state *st)
{
	const char *env;
	int rc = cp_opt_strdup(host, call, "profile", 0, &st->profile);

	if (rc != CREDPLUG_PS_OK)
		return rc;
	st->profile_from = "option \"profile\"";
	if (st->profile == NULL) {
		env = host->getenv(call, "CREDPLUG_PROFILE");
		st->profile_from = "CREDPLUG_PROFILE";
		if (env == NULL || env[0] == '\0') {
			env = "default";
			st->profile_from = "the default";
		}
		st->profile = strdup(env);
		if (st->profile == NULL)
			return CREDPLUG_PS_ERROR;
	}
	if (!name_ok(st->profile))
		return bad_name(host, call, "the profile", st->profile_from);
	return CREDPLUG_PS_OK;
}

static int kr_options(const struct credplug_host_v1 *host,
                      struct credplug_call *call, struct cp_kr_state *st)
{
	int rc = opt_backend(host, call, st);

	if (rc == CREDPLUG_PS_OK)
		rc = opt_rings(host, call, st);
	if (rc == CREDPLUG_PS_OK)
		rc = opt_timeout(host, call, st);
	if (rc == CREDPLUG_PS_OK)
		rc = opt_profile(host, call, st);
	if (rc == CREDPLUG_PS_OK)
		rc = opt_default(host, call, "service", "credplug",
		                 &st->service);
	if (rc == CREDPLUG_PS_OK && !name_ok(st->service))
		rc = bad_name(host, call, "the service name",
		              "option \"service\"");
	if (rc == CREDPLUG_PS_OK)
		rc = opt_default(host, call, "collection", "default",
		                 &st->collection);
	if (rc == CREDPLUG_PS_OK && st->collection[0] == '\0') {
		host->set_message(
		        call, "keyring: option \"collection\" is empty; "
		              "use an alias such as \"default\" or an object "
		              "path");
		rc = CREDPLUG_PS_INVALID;
	}
	return rc;
}

static int kr_create(const struct credplug_host_v1 *host,
                     struct credplug_call *call, void **state)
{
	struct cp_kr_state *st = calloc(1, sizeof(*st));
	int rc;

	if (st == NULL)
		return CREDPLUG_PS_ERROR;
	rc = kr_options(host, call, st);
	if (rc != CREDPLUG_PS_OK) {
		kr_free(st);
		return rc;
	}
	*state = st;
	return CREDPLUG_PS_OK;
}

static void kr_destroy(void *state)
{
	kr_free(state);
}

/* Runs one operation on the configured backend.  `auto` tries the Secret
 * Service and falls back to the kernel keyring when no service is there. */
static int kr_dispatch(const struct cp_kr_state *st,
                       const struct credplug_host_v1 *host,
                       struct credplug_call *call, struct cp_kr_req *req)
{
	int rc;

	if (st->backend == CP_KR_KERNEL)
		return cp_kr_kernel_run(st, host, call, req);
	req->probe_only_fallback = st->backend == CP_KR_AUTO;
	rc = cp_kr_ss_try(st, host, call, req);
	if (st->backend == CP_KR_SECRET_SERVICE || req->why[0] == '\0')
		return rc;
	host->note(call, "backend auto: using the kernel keyring (no Secret "
	                 "Service reachable)");
	return cp_kr_kernel_run(st, host, call, req);
}

static int kr_call_profile(const struct cp_kr_state *st,
                           const struct credplug_host_v1 *host,
                           struct credplug_call *call, const char **out)
{
	const char *p = host->profile(call);

	*out = p != NULL ? p : st->profile;
	if (p != NULL && !name_ok(p))
		return bad_name(host, call, "the profile", "the caller");
	return CREDPLUG_PS_OK;
}

static int kr_resolve(void *state, const struct credplug_host_v1 *host,
                      struct credplug_call *call)
{
	const struct cp_kr_state *st = state;
	struct cp_kr_req req;

	memset(&req, 0, sizeof(req));
	req.op = CP_KR_OP_RESOLVE;
	req.profile = st->profile;
	return kr_dispatch(st, host, call, &req);
}

static int kr_store(void *state, const struct credplug_host_v1 *host,
                    struct credplug_call *call, uint32_t field,
                    const char *value, size_t len)
{
	const struct cp_kr_state *st = state;
	struct cp_kr_req req;
	int rc;

	memset(&req, 0, sizeof(req));
	req.op = CP_KR_OP_STORE;
	req.field = field;
	req.value = value;
	req.len = len;
	rc = kr_call_profile(st, host, call, &req.profile);
	if (rc != CREDPLUG_PS_OK || field >= CP_KR_NFIELDS)
		return rc != CREDPLUG_PS_OK ? rc : CREDPLUG_PS_INVALID;
	return kr_dispatch(st, host, call, &req);
}

static int kr_erase(void *state, const struct credplug_host_v1 *host,
                    struct credplug_call *call, uint32_t field)
{
	const struct cp_kr_state *st = state;
	struct cp_kr_req req;
	int rc;

	memset(&req, 0, sizeof(req));
	req.op = CP_KR_OP_ERASE;
	req.field = field;
	rc = kr_call_profile(st, host, call, &req.profile);
	if (rc != CREDPLUG_PS_OK || field >= CP_KR_NFIELDS)
		return rc != CREDPLUG_PS_OK ? rc : CREDPLUG_PS_INVALID;
	return kr_dispatch(st, host, call, &req);
}

static const char *const kr_option_keys[] = {
        "backend",   "profile",    "service", "keyring",
        "timeout_s", "collection", NULL};

static const struct credplug_provider_v1 kr_desc = {
        .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR,
        .struct_size = sizeof(struct credplug_provider_v1),
        .name = "keyring",
        .version = "0.1.0",
        .summary = "Secret Service (libsecret) or Linux kernel keyring",
        .option_keys = kr_option_keys,
        .capabilities = CREDPLUG_CAP_STORE | CREDPLUG_CAP_ERASE,
        .create = kr_create,
        .destroy = kr_destroy,
        .resolve = kr_resolve,
        .store = kr_store,
        .erase = kr_erase,
};

CREDPLUG_DEFINE_PROVIDER_ENTRY(kr_desc)
