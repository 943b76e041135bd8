/*
 * Option helpers for a provider's create(), over the host's option
 * services (credplug/provider.h).  One convention: each returns a
 * CREDPLUG_PS_* status, as create() does, so calls chain as
 *   rc = rc ? rc : cp_opt_...(host, call, ...);
 *   CREDPLUG_PS_OK       read, or absent (then the out-parameter keeps the
 *                        default the caller put there);
 *   CREDPLUG_PS_INVALID  a wrong type (the host has recorded where, with
 *                        the file:line:col of the key) or, where a helper
 *                        says so, a value it refuses (message set);
 *   CREDPLUG_PS_ERROR    out of memory.
 * Range and meaning are the provider's to check: its messages name them.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_PROVIDER_OPTS_H
#define CP_PROVIDER_OPTS_H

#include <stdint.h>

#include "credplug/provider.h"

/* cp_opt_string flag: "" is refused ("option \"KEY\" is empty; remove it
 * or give a value"). */
#define CP_OPT_NONEMPTY 1u

/* String option, borrowed (valid until create() returns) into *inout. */
int cp_opt_string(const struct credplug_host_v1 *host,
                  struct credplug_call *call, const char *key, unsigned flags,
                  const char **inout);

/* String option copied into *out (malloc'd); *out is left as it was when
 * the key is absent, and must not own memory (it is overwritten). */
int cp_opt_strdup(const struct credplug_host_v1 *host,
                  struct credplug_call *call, const char *key, unsigned flags,
                  char **out);

/* Integer option into *inout. */
int cp_opt_int(const struct credplug_host_v1 *host, struct credplug_call *call,
               const char *key, int64_t *inout);

/* Boolean option (0 or 1) into *inout. */
int cp_opt_bool(const struct credplug_host_v1 *host, struct credplug_call *call,
                const char *key, int *inout);

/* Array-of-strings option copied into *out: a NULL-terminated malloc'd
 * array of malloc'd strings (free with cp_opt_strv_free()); *out stays
 * NULL when the option is absent.  On failure *out holds what was copied
 * so far: free it. */
int cp_opt_strv(const struct credplug_host_v1 *host, struct credplug_call *call,
                const char *key, char ***out);

/* Free an array from cp_opt_strv().  Accepts NULL. */
void cp_opt_strv_free(char **v);

#endif
