/*
 * credplug — libcurl adapter (libcredplug-curl).
 *
 * Applies a context's credentials to a libcurl easy handle, and performs
 * requests that follow redirects without ever carrying a credential to
 * another origin.  Link with `credplug::credplug-curl` (CMake) or
 * `-lcredplug-curl -lcredplug -lcurl`.  The core library never links libcurl.
 *
 * Redirects.  libcurl re-sends custom headers such as `DD-API-KEY` to
 * whatever host a redirect names (it strips only `Authorization` and
 * `Cookie`).  A handle decorated by credplug_curl_apply() therefore refuses
 * to follow redirects by itself: CURLOPT_FOLLOWLOCATION is set to 0,
 * CURLOPT_MAXREDIRS to 0 and the redirect protocol set to none, so turning
 * FOLLOWLOCATION back on makes the transfer fail before the redirect target
 * is contacted (see credplug_curl_strerror()).  credplug_curl_perform()
 * follows redirects itself, one hop at a time, and sends credentials only
 * while every hop stays on the original origin.  See docs/transport.md.
 *
 * Handle options that connect elsewhere.  libcurl does not always connect
 * where CURLOPT_URL says: CURLOPT_CURLU is used instead of it, CURLOPT_PORT
 * replaces its port, CURLOPT_CONNECT_TO, CURLOPT_RESOLVE and
 * CURLOPT_UNIX_SOCKET_PATH move the connection.  None can be read back, so
 * both functions reset all of them (the caller's lists and CURLU handle are
 * not freed).  Entries CURLOPT_RESOLVE already put into a DNS cache (an
 * earlier transfer, a CURLSH share) cannot be reset; credplug_curl_perform()
 * checks the connection itself before sending, credplug_curl_apply() cannot.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CREDPLUG_CURL_H
#define CREDPLUG_CURL_H

#include <stddef.h>
#include <stdint.h>

#include <curl/curl.h>

#include "credplug/credplug.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Redirects credplug_curl_perform() follows unless told otherwise. */
#define CREDPLUG_CURL_MAX_REDIRECTS 8

/** Size of credplug_curl_result.errmsg. */
#define CREDPLUG_CURL_ERRMSG_MAX 256

/**
 * Apply the credentials accepted by `req->auth` to an easy handle.
 *
 * Checks `req->url` against the context's allowed origins, then appends one
 * `Name: value` entry per credential to `*headers` (DD-API-KEY,
 * DD-APPLICATION-KEY, Authorization, in that order) and sets on `h`:
 * CURLOPT_URL = `req->url`, CURLOPT_HTTPHEADER = `*headers`,
 * CURLOPT_HEADEROPT = CURLHEADER_SEPARATE (credentials never go to a CONNECT
 * proxy), and the redirect guard (FOLLOWLOCATION 0, MAXREDIRS 0, no
 * redirect protocols).  It resets the options that would connect elsewhere
 * than `req->url`: CURLOPT_CURLU (NULL), CURLOPT_PORT (0),
 * CURLOPT_CONNECT_TO, CURLOPT_RESOLVE and CURLOPT_UNIX_SOCKET_PATH (NULL;
 * the last also clears CURLOPT_ABSTRACT_UNIX_SOCKET).  For a plain-http URL
 * carrying credentials it also sets CURLOPT_PROXY and CURLOPT_PRE_PROXY ""
 * so that no proxy, the environment's included, receives them.  Any of
 * these options the caller sets after this call is the caller's choice:
 * credplug cannot see it.  Not covered: a CURLOPT_RESOLVE entry already in
 * the handle's or a shared DNS cache still decides where a host's
 * connection goes (for https the certificate check still applies; for
 * plain http use credplug_curl_perform(), which checks the connection).  Any
 * credential header already in `*headers`
 * (DD-API-KEY, DD-APPLICATION-KEY, Authorization) is removed first and
 * wiped, so applying again to the same list replaces the credentials
 * (rotation) instead of duplicating them.
 *
 * Nothing is half-applied: a refused destination or a credential problem
 * changes neither `*headers` nor `h`; if libcurl itself fails to take an
 * option (out of memory) `*headers` is unchanged but `h` may already carry
 * the URL and guard options: discard the request.
 *
 * @param ctx        the context
 * @param h          the easy handle; the caller sets method and body
 * @param req        method (informational), absolute URL, CREDPLUG_AUTH_* bits
 * @param[in,out] headers  the caller's list (may point to NULL)
 * @param[out] added number of credential headers appended; may be NULL
 * @return CREDPLUG_OK, CREDPLUG_EINVAL (NULL argument, short struct, no
 *         URL), CREDPLUG_EDESTINATION (URL not an allowed origin; nothing
 *         changed), CREDPLUG_ENOMEM, CREDPLUG_ESINK, or any credplug_apply()
 *         status.  Detail: credplug_errmsg(ctx) for core statuses; for
 *         CREDPLUG_EINVAL and CREDPLUG_ENOMEM raised by the adapter itself
 *         the context message is not updated (no public API writes it).
 * Ownership: `*headers` stays the caller's.  Its entries now hold secrets:
 *         free it with credplug_curl_slist_free_wipe(), after the last
 *         transfer that uses it (libcurl reads it during the transfer).
 * Thread-safety: as libcurl: one thread per handle at a time; `ctx` may be
 *         shared.
 */
CREDPLUG_API int credplug_curl_apply(struct credplug_ctx *ctx, CURL *h,
                                     const struct credplug_request *req,
                                     struct curl_slist **headers,
                                     unsigned *added);

/**
 * Wipe every entry of a header list, then free it (curl_slist_free_all).
 * Accepts NULL.  Unset CURLOPT_HTTPHEADER (or stop using the handle) first.
 */
CREDPLUG_API void credplug_curl_slist_free_wipe(struct curl_slist *list);

/**
 * Outcome of credplug_curl_perform().  Initialise with
 * CREDPLUG_CURL_RESULT_INIT; `max_redirects` is the only input.
 */
struct credplug_curl_result {
	uint32_t struct_size;
	/** In: redirects to follow; 0 follows none (a 3xx is then final). */
	unsigned max_redirects;
	/** Out: HTTP status of the final response, or 0 if none arrived. */
	long http_status;
	/** Out: CURLcode of the failing transfer, or CURLE_OK (0). */
	int curl_code;
	/** Out: redirects followed (of the last attempt). */
	unsigned redirects;
	/** Out: 1 when a rejection (401/403) led to one retry, else 0. */
	unsigned retries;
	/** Out: 1 when a hop left the original origin and credentials were
	 *  dropped from that hop on, else 0. */
	unsigned credentials_dropped;
	/** Out: credential headers sent on the final hop. */
	unsigned sent;
	/** Out: NUL-terminated detail of the failure ("" on success).  Never
	 *  contains a secret, a URL path or a query: origins only. */
	char errmsg[CREDPLUG_CURL_ERRMSG_MAX];
};
/** struct credplug_curl_result of 0.1: the smallest a caller may pass
 *  (see CREDPLUG_SIZE_THROUGH in credplug/types.h).  Since 0.2. */
#define CREDPLUG_CURL_RESULT_V0_1_SIZE                                         \
	CREDPLUG_SIZE_THROUGH(struct credplug_curl_result, errmsg)
#define CREDPLUG_CURL_RESULT_INIT                                              \
	{                                                                      \
		sizeof(struct credplug_curl_result),                           \
		        CREDPLUG_CURL_MAX_REDIRECTS, 0, 0, 0, 0, 0, 0,         \
		{                                                              \
			0                                                      \
		}                                                              \
	}

/**
 * Perform a request with credentials, following redirects safely and
 * reporting a rejection once.
 *
 * Each hop gets a fresh header list: a copy of `headers` plus, while the hop
 * is on the origin of `req->url` (same scheme, host and port) and the chain
 * never left it, the credentials from credplug_apply() for that hop's URL
 * and method.  From the first hop on another origin on, credentials are
 * dropped for the rest of the chain (a foreign server must not choose which
 * of our endpoints gets called with our credentials).  Redirects: 301/302
 * turn POST into GET, 303 turns anything but HEAD into GET, 307/308 keep
 * method and body; only http and https targets are followed.
 *
 * After a 401 or 403 on a hop that carried credentials the context is told
 * (credplug_reject()).  If it resolved a different credential the request is
 * retried once from `req->url`; it is never retried twice.
 *
 * The caller configures the handle as for curl_easy_perform() (method via
 * CURLOPT_POST/NOBODY/CUSTOMREQUEST matching `req->method`, body, write
 * callback); the write callback also sees the bodies of intermediate
 * responses (3xx, a rejected 401/403), see docs/transport.md.
 *
 * Every hop resets the options that connect elsewhere (as
 * credplug_curl_apply(); no opt-in).  With libcurl >= 7.80, every hop that
 * carries credentials is checked in CURLOPT_PREREQFUNCTION once the
 * connection is up and before the request is written: the effective URL
 * must have the origin of `req->url` and, for http, the peer must be its
 * port and, for an IP-literal host, its address; otherwise the transfer is
 * aborted and nothing is sent.  For https the peer may be a proxy and is
 * not compared; libcurl's certificate check authenticates the host.
 *
 * On return CURLOPT_HTTPHEADER is `headers` again, CURLOPT_URL the last
 * hop's URL, CURLOPT_PREREQFUNCTION and CURLOPT_PREREQDATA are NULL (one the
 * caller set is replaced), and the reset options stay unset.
 *
 * @param ctx      the context
 * @param h        the easy handle
 * @param req      method ("GET" if NULL), absolute URL, CREDPLUG_AUTH_* bits
 * @param headers  the caller's non-secret headers, or NULL; not modified.
 *                 Must not contain credential headers (CREDPLUG_EINVAL).
 * @param[in,out] res  outcome; may not be NULL
 * @return CREDPLUG_OK when a final response arrived (any HTTP status other
 *         than a rejection, see below; read `res->http_status`);
 *         CREDPLUG_EREJECTED when the final response is 401/403 to
 *         credentials and no retry is possible (same credential resolved
 *         again, or already retried once);
 *         CREDPLUG_EDESTINATION when `req->url` is not an allowed origin
 *         (nothing was sent), or when the connection check found libcurl
 *         connected somewhere else (no request was sent; `res->curl_code`
 *         is CURLE_ABORTED_BY_CALLBACK, `res->sent` 0); CREDPLUG_EIO when
 *         libcurl failed
 *         (`res->curl_code`) or there were too many redirects
 *         (CURLE_TOO_MANY_REDIRECTS) or a redirect to an unsupported scheme;
 *         CREDPLUG_EINVAL, CREDPLUG_ENOMEM, or any credplug_apply() /
 *         credplug_reject() status.  `res->errmsg` always has the detail.
 * Thread-safety: as libcurl: one thread per handle at a time; `ctx` may be
 *         shared.
 */
CREDPLUG_API int credplug_curl_perform(struct credplug_ctx *ctx, CURL *h,
                                       const struct credplug_request *req,
                                       struct curl_slist *headers,
                                       struct credplug_curl_result *res);

/**
 * Describe the result of curl_easy_perform() on a handle decorated by
 * credplug_curl_apply().  When the transfer failed because the caller turned
 * CURLOPT_FOLLOWLOCATION back on and the redirect guard refused to follow,
 * returns a message saying so and how to fix it; otherwise
 * curl_easy_strerror(curl_code).
 * Ownership: static string.  Thread-safety: safe.
 */
CREDPLUG_API const char *credplug_curl_strerror(CURL *h, int curl_code);

#ifdef __cplusplus
}
#endif
#endif /* CREDPLUG_CURL_H */
