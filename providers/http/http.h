/*
 * http provider internals shared between its files.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_HTTP_H
#define CP_HTTP_H

#include <stddef.h>
#include <stdint.h>

#include "credoc.h"
#include "credplug/provider.h"

struct cp_http {
	char *url;
	char *display; /* url without userinfo, query, fragment */
	int allow_insecure_loopback;
	int is_http; /* plain http to loopback (allowed) */
	char *token_file;
	char *token_env;
	char *token_header; /* NULL: "Authorization: Bearer" */
	char *ca_file;
	char *proxy;
	int64_t connect_timeout_ms;
	int retries;
	size_t max_response;
	char *ptrs[CP_CREDOC_NPOINTERS];
};

/* Validate the url (https, or http to loopback when allowed; no userinfo),
 * the token options and header name; fill st->display.  Sets a message. */
int cp_http_check_options(const struct credplug_host_v1 *host,
                          struct credplug_call *call, struct cp_http *st);

/* The provider's resolve(). */
int cp_http_resolve(void *state, const struct credplug_host_v1 *host,
                    struct credplug_call *call);

#endif
