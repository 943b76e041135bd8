/*
 * http provider: a bounded GET with jittered retries.  TLS verification is
 * always on, redirects are never followed, the body is capped and wiped.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "fetch.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#define FETCH_BACKOFF_MS     100
#define FETCH_BACKOFF_MAX_MS 2000
/* Not worth another attempt with less time than this left. */
#define FETCH_MIN_ATTEMPT_MS 50

static pthread_once_t global_once = PTHREAD_ONCE_INIT;
static CURLcode global_rc = CURLE_FAILED_INIT;

static void global_init(void)
{
	global_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

int cp_fetch_global_init(void)
{
	pthread_once(&global_once, global_init);
	return global_rc == CURLE_OK ? 0 : -1;
}

/* Balances our curl_global_init when the module is unloaded (libcurl
 * counts init/cleanup pairs, so a host using libcurl itself is unaffected). */
__attribute__((destructor)) static void global_fini(void)
{
	if (global_rc == CURLE_OK)
		curl_global_cleanup();
}

static size_t on_body(char *data, size_t size, size_t n, void *user)
{
	struct cp_fetch_result *r = user;
	size_t k = size * n, want;
	char *nb;

	if (r->len + k > r->max) {
		r->overflow = 1;
		return 0; /* CURLE_WRITE_ERROR */
	}
	if (r->len + k + 1 > r->cap) {
		want = r->cap ? r->cap : 4096;
		while (want < r->len + k + 1)
			want *= 2;
		if ((nb = malloc(want)) == NULL)
			return 0;
		/* Grow by copy so the old buffer can be wiped (realloc cannot).
		 */
		if (r->body != NULL) {
			memcpy(nb, r->body, r->len);
			explicit_bzero(r->body, r->cap);
			free(r->body);
		}
		r->body = nb;
		r->cap = want;
	}
	memcpy(r->body + r->len, data, k);
	r->len += k;
	r->body[r->len] = '\0';
	return k;
}

static int retryable(CURLcode cc, long code)
{
	if (cc == CURLE_OK)
		return code >= 500 || code == 429;
	return cc == CURLE_COULDNT_CONNECT || cc == CURLE_GOT_NOTHING ||
	       cc == CURLE_RECV_ERROR || cc == CURLE_SEND_ERROR ||
	       cc == CURLE_PARTIAL_FILE || cc == CURLE_OPERATION_TIMEDOUT ||
	       cc == CURLE_COULDNT_RESOLVE_HOST;
}

/* Full jitter in [base/2, base]: many clients retrying do not align. */
static int64_t backoff_ms(int attempt)
{
	int64_t base = (int64_t)FETCH_BACKOFF_MS << (attempt < 5 ? attempt : 5);
	uint32_t rnd;

	if (base > FETCH_BACKOFF_MAX_MS)
		base = FETCH_BACKOFF_MAX_MS;
	if (getrandom(&rnd, sizeof(rnd), GRND_NONBLOCK) !=
	    (ssize_t)sizeof(rnd)) {
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		rnd = (uint32_t)ts.tv_nsec;
	}
	return base / 2 + (int64_t)(rnd % (uint32_t)(base / 2 + 1));
}

static void sleep_ms(int64_t ms)
{
	struct timespec ts = {.tv_sec = ms / 1000,
	                      .tv_nsec = (ms % 1000) * 1000000};

	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

static CURL *make_handle(const struct cp_fetch_opts *o,
                         struct cp_fetch_result *r, struct curl_slist *hdrs)
{
	/* The bytes the host checked, not a path libcurl would open again. */
	struct curl_blob ca = {.data = (void *)o->ca,
	                       .len = o->ca_len,
	                       .flags = CURL_BLOB_COPY};
	CURL *h = curl_easy_init();
	CURLcode rc = CURLE_OK;

	if (h == NULL)
		return NULL;
#define SET(opt, val)                                                          \
	if (rc == CURLE_OK)                                                    \
	rc = curl_easy_setopt(h, opt, val)
	SET(CURLOPT_URL, o->url);
	SET(CURLOPT_PROTOCOLS_STR, o->allow_http ? "https,http" : "https");
	SET(CURLOPT_FOLLOWLOCATION, 0L);
	SET(CURLOPT_NOSIGNAL, 1L);
	SET(CURLOPT_SSL_VERIFYPEER, 1L);
	SET(CURLOPT_SSL_VERIFYHOST, 2L);
	SET(CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
	SET(CURLOPT_PROXY, o->proxy != NULL ? o->proxy : "");
	SET(CURLOPT_HTTPHEADER, hdrs);
	SET(CURLOPT_WRITEFUNCTION, on_body);
	SET(CURLOPT_WRITEDATA, r);
	SET(CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)r->max);
	SET(CURLOPT_ERRORBUFFER, r->errbuf);
	SET(CURLOPT_USERAGENT, "credplug/0.1");
	if (o->ca != NULL)
		SET(CURLOPT_CAINFO_BLOB, &ca);
#undef SET
	if (rc != CURLE_OK) {
		curl_easy_cleanup(h);
		return NULL;
	}
	return h;
}

/* One attempt with whatever time is left. */
static void attempt(CURL *h, const struct cp_fetch_opts *o,
                    struct cp_fetch_result *r, int64_t left)
{
	int64_t conn =
	        o->connect_timeout_ms < left ? o->connect_timeout_ms : left;

	if (r->body != NULL)
		explicit_bzero(r->body, r->cap);
	r->len = 0;
	r->overflow = 0;
	r->errbuf[0] = '\0';
	r->http_code = 0;
	curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, (long)left);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, (long)conn);
	r->cc = curl_easy_perform(h);
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &r->http_code);
	r->attempts++;
}

static void run_attempts(CURL *h, const struct cp_fetch_opts *o,
                         const struct credplug_host_v1 *host,
                         struct credplug_call *call, struct cp_fetch_result *r)
{
	for (int i = 0; i <= o->retries; i++) {
		int64_t left = host->remaining_ms(call), pause;

		/* No time for (another) attempt: with none made that is a
		 * timeout; otherwise the last attempt's result stands (a
		 * refused connection stays "unavailable"). */
		if (left <= 0 || (i > 0 && left < FETCH_MIN_ATTEMPT_MS)) {
			r->out_of_time = i == 0;
			return;
		}
		attempt(h, o, r, left);
		if (!retryable(r->cc, r->http_code) || i == o->retries)
			return;
		/* Shorten the pause to leave room for one more attempt. */
		pause = backoff_ms(i);
		left = host->remaining_ms(call) - FETCH_MIN_ATTEMPT_MS;
		if (left <= 0)
			return;
		sleep_ms(pause < left ? pause : left);
	}
}

int cp_fetch(const struct cp_fetch_opts *o, const struct credplug_host_v1 *host,
             struct credplug_call *call, struct cp_fetch_result *r)
{
	struct curl_slist *hdrs = NULL, *t;
	CURL *h = NULL;
	int rc = -1;

	memset(r, 0, sizeof(*r));
	r->max = o->max_response;
	r->cc = CURLE_FAILED_INIT;
	if ((t = curl_slist_append(NULL, "Accept: application/json")) == NULL)
		goto fail;
	hdrs = t;
	if (o->header != NULL) {
		if ((t = curl_slist_append(hdrs, o->header)) == NULL)
			goto fail;
		hdrs = t;
	}
	if ((h = make_handle(o, r, hdrs)) == NULL)
		goto fail;
	run_attempts(h, o, host, call, r);
	rc = 0;
fail:
	if (h != NULL)
		curl_easy_cleanup(h);
	for (t = hdrs; t != NULL; t = t->next)
		explicit_bzero(t->data, strlen(t->data));
	curl_slist_free_all(hdrs);
	return rc;
}

void cp_fetch_clear(struct cp_fetch_result *r)
{
	if (r->body != NULL) {
		explicit_bzero(r->body, r->cap);
		free(r->body);
	}
	explicit_bzero(r, sizeof(*r));
}
