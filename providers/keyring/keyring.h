/*
 * The keyring provider's private state, shared by its source files.
 *
 * keyring.so: keyring.c (options, dispatch), kernel.c (libkeyutils),
 * ss_load.c (finds the bus, loads the Secret Service backend on demand).
 * internal/keyring-secret-service.so: secret_service.c and ss_bus.c
 * (libsecret and GDBus), so that GLib is mapped only when the Secret
 * Service is really tried.  The two objects share the structs below and
 * are built together; CP_KR_SS_IFACE guards against mixing builds.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_KEYRING_PROVIDER_H
#define CP_KEYRING_PROVIDER_H

#include <stddef.h>
#include <stdint.h>

#include "credplug/provider.h"
#include "fields.h"

enum cp_kr_backend {
	CP_KR_AUTO = 0,
	CP_KR_SECRET_SERVICE = 1,
	CP_KR_KERNEL = 2
};

/* Kernel keyrings to search (bits; CP_KR_RING_BOTH searches session first). */
#define CP_KR_RING_SESSION 1u
#define CP_KR_RING_USER    2u
#define CP_KR_RING_BOTH    (CP_KR_RING_SESSION | CP_KR_RING_USER)

/* Fields in credplug_field order. */
#define CP_KR_NFIELDS CREDPLUG_FIELD_COUNT

/* Longest profile or service name accepted (they end up in key names). */
#define CP_KR_NAME_MAX 64

struct cp_kr_state {
	int backend;   /* enum cp_kr_backend */
	char *profile; /* instance profile */
	const char
	        *profile_from; /* "option", "CREDPLUG_PROFILE" or "default" */
	char *service;
	char *collection;  /* Secret Service alias or object path */
	uint32_t rings;    /* CP_KR_RING_* */
	int64_t timeout_s; /* kernel key timeout on store; 0 none */
};

/** What a backend is asked to do. */
enum cp_kr_op { CP_KR_OP_RESOLVE, CP_KR_OP_STORE, CP_KR_OP_ERASE };

struct cp_kr_req {
	enum cp_kr_op op;
	const char *profile; /* profile of this call */
	uint32_t field;      /* store/erase */
	const char *value;   /* store */
	size_t len;          /* store */
	/* auto backend: when set, "no bus / no service" is reported here
	 * (status CREDPLUG_PS_UNAVAILABLE, message not set) so the caller can
	 * fall back to the kernel keyring. */
	int probe_only_fallback;
	char why[512];  /* why the Secret Service was skipped */
	char bus[1024]; /* session bus address (ss_load.c found it) */
};

/** Field name (the field table's: item attribute and key name part). */
static inline const char *cp_kr_field_name(uint32_t field)
{
	return field < CP_KR_NFIELDS ? cp_fields[field].name : "?";
}

/** Secret Service backend: finds the session bus, loads the backend
 *  object if need be and runs `req` on it (ss_load.c).  Returns
 *  CREDPLUG_PS_*; message set on failure except the fallback case
 *  described in struct cp_kr_req. */
int cp_kr_ss_try(const struct cp_kr_state *st,
                 const struct credplug_host_v1 *host,
                 struct credplug_call *call, struct cp_kr_req *req);

/** The backend itself, on the bus in req->bus (secret_service.c, in the
 *  backend object).  Same contract as cp_kr_ss_try(). */
int cp_kr_ss_run(const struct cp_kr_state *st,
                 const struct credplug_host_v1 *host,
                 struct credplug_call *call, struct cp_kr_req *req);

/*
 * The backend object's one exported symbol.  keyring.so calls it with the
 * interface version and the sizes of the shared structs it was built
 * with; the object returns its table only if all three match its own, so
 * an object from another build is refused instead of misreading them.
 * Bump CP_KR_SS_IFACE on any change to struct cp_kr_state, cp_kr_req or
 * cp_kr_ss_api.
 */
#define CP_KR_SS_IFACE        1u
#define CP_KR_SS_ENTRY_SYMBOL "cp_kr_ss_entry_v1"
#define CP_KR_SS_OBJECT       "internal/keyring-secret-service.so"

struct cp_kr_ss_api {
	uint32_t iface;       /* CP_KR_SS_IFACE */
	uint32_t struct_size; /* sizeof(struct cp_kr_ss_api) */
	int (*run)(const struct cp_kr_state *st,
	           const struct credplug_host_v1 *host,
	           struct credplug_call *call, struct cp_kr_req *req);
};

typedef const struct cp_kr_ss_api *(*cp_kr_ss_entry_fn)(uint32_t iface,
                                                        size_t state_size,
                                                        size_t req_size);

/** Kernel keyring backend.  Returns CREDPLUG_PS_*; message set on failure. */
int cp_kr_kernel_run(const struct cp_kr_state *st,
                     const struct credplug_host_v1 *host,
                     struct credplug_call *call, struct cp_kr_req *req);

#endif
