/* Private helpers shared by the libcurl adapter's source files. */
#ifndef CP_CURL_INTERNAL_H
#define CP_CURL_INTERNAL_H

#include "credplug/curl.h"
#include "fields.h"

/* Build a fresh list holding the credentials credplug_apply() yields for
 * `req`.  On failure `*out` is NULL and nothing is left allocated. */
int cp_curl_credentials(struct credplug_ctx *ctx,
                        const struct credplug_request *req,
                        struct curl_slist **out, unsigned *count);

/* Non-zero when `line` ("Name: value") is a header credplug sends. */
int cp_curl_is_credential(const char *line);

/* Append `tail` to `*head` (either may be NULL). */
void cp_curl_concat(struct curl_slist **head, struct curl_slist *tail);

/* Copy `src` entry by entry; CREDPLUG_ENOMEM leaves `*out` NULL. */
int cp_curl_copy(const struct curl_slist *src, struct curl_slist **out);

/* Set the options that keep credentials on the request's origin: no
 * option that connects elsewhere than CURLOPT_URL (CURLU, PORT,
 * CONNECT_TO, RESOLVE, UNIX_SOCKET_PATH reset), HEADEROPT separate, no
 * redirect following by libcurl itself. */
CURLcode cp_curl_guard(CURL *h);

/* Plain-http requests carrying credentials must not go through a proxy
 * taken from the environment: sets CURLOPT_PROXY and CURLOPT_PRE_PROXY ""
 * (and *off = 1) when `url` is not https and `credentials` > 0; otherwise,
 * if *off, restores the defaults. */
CURLcode cp_curl_proxy_guard(CURL *h, const char *url, unsigned credentials,
                             int *off);

/* CURLOPT_PROXY and CURLOPT_PRE_PROXY back to libcurl's default (NULL:
 * environment); *off = 0 unless that failed. */
CURLcode cp_curl_proxy_default(CURL *h, int *off);

#endif
