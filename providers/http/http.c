/*
 * The `http` provider: GET a credential document from a broker (or any JSON
 * from which fields are picked by JSON pointer, e.g. Vault KV v2).
 * docs/enterprise-backends.md.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "credoc.h"
#include "entry.h"
#include "http.h"
#include "opts.h"

static const char *const http_option_keys[] = {"url",
                                               "allow_insecure_loopback",
                                               "token_file",
                                               "token_env",
                                               "token_header",
                                               "connect_timeout_ms",
                                               "retries",
                                               "max_response",
                                               "ca_file",
                                               "proxy",
                                               CP_CREDOC_POINTER_KEYS NULL};

static void http_destroy(void *state)
{
	struct cp_http *st = state;

	if (st == NULL)
		return;
	free(st->url);
	free(st->display);
	free(st->token_file);
	free(st->token_env);
	free(st->token_header);
	free(st->ca_file);
	free(st->proxy);
	for (size_t i = 0; i < CP_CREDOC_NPOINTERS; i++)
		free(st->ptrs[i]);
	free(st);
}

/* An integer option within [lo, hi]. */
static int opt_range(const struct credplug_host_v1 *host,
                     struct credplug_call *call, const char *key, int64_t lo,
                     int64_t hi, int64_t *inout)
{
	int rc = cp_opt_int(host, call, key, inout);

	if (rc == CREDPLUG_PS_OK && (*inout < lo || *inout > hi)) {
		host->set_message(call,
		                  "http: \"%s\" must be between %lld and %lld",
		                  key, (long long)lo, (long long)hi);
		return CREDPLUG_PS_INVALID;
	}
	return rc;
}

static int read_strings(const struct credplug_host_v1 *host,
                        struct credplug_call *call, struct cp_http *st)
{
	int rc = cp_opt_strdup(host, call, "url", 0, &st->url);

	rc = rc ? rc
	        : cp_opt_strdup(host, call, "token_file", 0, &st->token_file);
	rc = rc ? rc
	        : cp_opt_strdup(host, call, "token_env", 0, &st->token_env);
	rc = rc ? rc
	        : cp_opt_strdup(host, call, "token_header", 0,
	                        &st->token_header);
	rc = rc ? rc : cp_opt_strdup(host, call, "ca_file", 0, &st->ca_file);
	rc = rc ? rc : cp_opt_strdup(host, call, "proxy", 0, &st->proxy);
	for (size_t i = 0; rc == 0 && i < CP_CREDOC_NPOINTERS; i++)
		rc = cp_opt_strdup(host, call, cp_credoc_pointer_keys[i], 0,
		                   &st->ptrs[i]);
	return rc;
}

static int read_numbers(const struct credplug_host_v1 *host,
                        struct credplug_call *call, struct cp_http *st)
{
	int64_t max = 65536;
	int64_t retries = 2;
	int rc;

	st->connect_timeout_ms = 1000;
	rc = cp_opt_bool(host, call, "allow_insecure_loopback",
	                 &st->allow_insecure_loopback);
	rc = rc ? rc
	        : opt_range(host, call, "connect_timeout_ms", 1, 600000,
	                    &st->connect_timeout_ms);
	rc = rc ? rc : opt_range(host, call, "retries", 0, 10, &retries);
	rc = rc ? rc : opt_range(host, call, "max_response", 1, 16 << 20, &max);
	st->retries = (int)retries;
	st->max_response = (size_t)max;
	return rc;
}

static int http_create(const struct credplug_host_v1 *host,
                       struct credplug_call *call, void **state)
{
	struct cp_http *st = calloc(1, sizeof(*st));
	int rc;

	*state = NULL;
	if (st == NULL)
		return CREDPLUG_PS_ERROR;
	rc = read_strings(host, call, st);
	rc = rc ? rc : read_numbers(host, call, st);
	rc = rc ? rc : cp_http_check_options(host, call, st);
	if (rc != CREDPLUG_PS_OK) {
		if (rc == CREDPLUG_PS_ERROR)
			host->set_message(call, "http: out of memory");
		http_destroy(st);
		return rc;
	}
	*state = st;
	return CREDPLUG_PS_OK;
}

static const struct credplug_provider_v1 http_provider = {
        .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR,
        .struct_size = sizeof(struct credplug_provider_v1),
        .name = "http",
        .version = "0.1.0",
        .summary =
                "GETs a credential document from a broker or Vault over https",
        .option_keys = http_option_keys,
        .capabilities = 0,
        .create = http_create,
        .destroy = http_destroy,
        .resolve = cp_http_resolve,
};

CREDPLUG_DEFINE_PROVIDER_ENTRY(http_provider)
