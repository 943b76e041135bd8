/*
 * http provider: one bounded GET with retries (libcurl).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_HTTP_FETCH_H
#define CP_HTTP_FETCH_H

#include <stddef.h>
#include <stdint.h>

#include <curl/curl.h>

#include "credplug/provider.h"

struct cp_fetch_opts {
	const char *url;
	const char *header; /* "Name: value" (secret) or NULL */
	int allow_http;     /* loopback http was allowed and is used */
	int64_t connect_timeout_ms;
	int retries; /* extra attempts on 5xx, 429, connection errors */
	size_t max_response;
	const char *ca; /* CA bundle (PEM) as read and checked; NULL:
	                   the system store */
	size_t ca_len;
	const char *proxy; /* NULL: no proxy (environment ignored) */
};

struct cp_fetch_result {
	char *body; /* NUL-terminated; wiped by cp_fetch_clear */
	size_t len, cap;
	size_t max;
	int overflow;   /* the body exceeded max_response */
	CURLcode cc;    /* of the last attempt */
	long http_code; /* of the last attempt, 0 if none */
	int attempts;
	int out_of_time; /* stopped because the deadline passed */
	char errbuf[CURL_ERROR_SIZE];
};

/* Start libcurl once per process (curl_global_init is not thread-safe). */
int cp_fetch_global_init(void);

/*
 * GET o->url until it answers below 500 (not 429), a non-retryable error
 * happens, o->retries are used up or host->remaining_ms() runs out; sleeps
 * between attempts with jittered exponential backoff.  Returns 0, or -1
 * when out of memory.  Ownership: clear `r` with cp_fetch_clear().
 */
int cp_fetch(const struct cp_fetch_opts *o, const struct credplug_host_v1 *host,
             struct credplug_call *call, struct cp_fetch_result *r);

void cp_fetch_clear(struct cp_fetch_result *r);

#endif
