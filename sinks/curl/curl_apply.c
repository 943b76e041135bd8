/*
 * libcredplug-curl: decorate an easy handle with credentials.
 *
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "curl_internal.h"

#if LIBCURL_VERSION_NUM < 0x073E00
#error "libcredplug-curl needs libcurl 7.62.0 or newer (URL API)"
#endif

/* Longest "Name: value" line: a header name, ": ", a value prefix and the
 * value (fields.h bounds the first and the third). */
#define LINE_MAX_LEN (CREDPLUG_VALUE_MAX + 64)
_Static_assert(CP_FIELD_HEADER_MAX + 2 + CP_FIELD_PREFIX_MAX < 64,
               "LINE_MAX_LEN holds every header line");

struct list_sink {
	struct curl_slist *list;
	unsigned count;
};

int cp_curl_is_credential(const char *line)
{
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		const char *name = cp_fields[i].header;
		size_t n = name != NULL ? strlen(name) : 0;

		if (n > 0 && strncasecmp(line, name, n) == 0 &&
		    (line[n] == ':' || line[n] == ';' || line[n] == ' ' ||
		     line[n] == '\t'))
			return 1;
	}
	return 0;
}

/* Sink callback: "Name: value" into a curl list; the stack copy is wiped. */
static int list_add(void *user_data, const char *name, const char *value)
{
	struct list_sink *s = user_data;
	struct curl_slist *l;
	char line[LINE_MAX_LEN];
	int n;

	/* curl would split a line at CR/LF: never let a value inject headers.
	 */
	if (strpbrk(name, "\r\n:") || strpbrk(value, "\r\n"))
		return -1;
	n = snprintf(line, sizeof(line), "%s: %s", name, value);
	if (n < 0 || (size_t)n >= sizeof(line)) {
		credplug_wipe(line, sizeof(line));
		return -1;
	}
	l = curl_slist_append(s->list, line); /* copies; NULL keeps s->list */
	credplug_wipe(line, (size_t)n);
	if (!l)
		return -1;
	s->list = l;
	s->count++;
	return 0;
}

int cp_curl_credentials(struct credplug_ctx *ctx,
                        const struct credplug_request *req,
                        struct curl_slist **out, unsigned *count)
{
	struct list_sink s = {NULL, 0};
	struct credplug_sink sink = CREDPLUG_SINK_INIT;
	int rc;

	sink.add_header = list_add;
	sink.user_data = &s;
	rc = credplug_apply(ctx, req, &sink);
	if (rc != CREDPLUG_OK) {
		credplug_curl_slist_free_wipe(s.list);
		*out = NULL;
		*count = 0;
		return rc;
	}
	*out = s.list;
	*count = s.count;
	return CREDPLUG_OK;
}

void cp_curl_concat(struct curl_slist **head, struct curl_slist *tail)
{
	struct curl_slist *p;

	if (!*head) {
		*head = tail;
		return;
	}
	for (p = *head; p->next; p = p->next)
		;
	p->next = tail;
}

int cp_curl_copy(const struct curl_slist *src, struct curl_slist **out)
{
	struct curl_slist *list = NULL, *l;

	for (; src; src = src->next) {
		l = curl_slist_append(list, src->data);
		if (!l) {
			curl_slist_free_all(list);
			*out = NULL;
			return CREDPLUG_ENOMEM;
		}
		list = l;
	}
	*out = list;
	return CREDPLUG_OK;
}

/* An option compiled out of libcurl (unix sockets, proxies) answers
 * CURLE_UNKNOWN_OPTION when unset; it cannot be in effect either. */
static CURLcode unset_ok(CURLcode cc)
{
	return cc == CURLE_UNKNOWN_OPTION || cc == CURLE_NOT_BUILT_IN ? CURLE_OK
	                                                              : cc;
}

/*
 * CURLOPT_URL is not the last word on where libcurl connects (libcurl
 * 7.88 url.c): a CURLOPT_CURLU handle is parsed instead of it (while
 * CURLINFO_EFFECTIVE_URL keeps showing CURLOPT_URL), CURLOPT_PORT replaces
 * its port, CURLOPT_CONNECT_TO and CURLOPT_RESOLVE send the connection to
 * another host or address, CURLOPT_UNIX_SOCKET_PATH (one slot with
 * ABSTRACT_UNIX_SOCKET) to a socket.  libcurl cannot report any of them,
 * so all are reset.  What this cannot reach: entries CURLOPT_RESOLVE
 * already put in a DNS cache (an earlier transfer on the handle, a CURLSH
 * share); credplug_curl_perform() checks the connection for those.
 */
static CURLcode unset_redirectors(CURL *h)
{
	CURLcode cc = CURLE_OK;

#if LIBCURL_VERSION_NUM >= 0x073F00 /* CURLOPT_CURLU: 7.63.0 */
	cc = curl_easy_setopt(h, CURLOPT_CURLU, (CURLU *)NULL);
#endif
	if (cc == CURLE_OK)
		cc = curl_easy_setopt(h, CURLOPT_PORT, 0L);
	if (cc == CURLE_OK)
		cc = curl_easy_setopt(h, CURLOPT_CONNECT_TO,
		                      (struct curl_slist *)NULL);
	if (cc == CURLE_OK)
		cc = curl_easy_setopt(h, CURLOPT_RESOLVE,
		                      (struct curl_slist *)NULL);
	if (cc == CURLE_OK)
		cc = unset_ok(curl_easy_setopt(h, CURLOPT_UNIX_SOCKET_PATH,
		                               (char *)NULL));
	return cc;
}

/* CURLOPT_REDIR_PROTOCOLS = 0 is the only way to say "no protocol" (the
 * _STR form rejects an empty list); it is deprecated, not removed. */
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
CURLcode cp_curl_guard(CURL *h)
{
	CURLcode cc;

	cc = unset_redirectors(h);
	if (cc == CURLE_OK)
		cc = curl_easy_setopt(h, CURLOPT_HEADEROPT,
		                      (long)CURLHEADER_SEPARATE);
	if (cc == CURLE_OK)
		cc = curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
	if (cc == CURLE_OK)
		cc = curl_easy_setopt(h, CURLOPT_MAXREDIRS, 0L);
	if (cc == CURLE_OK)
		cc = curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS, 0L);
	return cc;
}
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

/*
 * Proxies.  Through an HTTP proxy a plain-http request is sent to the proxy
 * whole, credential headers included (CURLOPT_HEADEROPT only separates the
 * headers of a CONNECT tunnel, i.e. https).  libcurl picks a proxy from the
 * environment (http_proxy, all_proxy, ALL_PROXY) without being asked, so an
 * allowed http:// origin would hand DD-API-KEY to whatever proxy the
 * environment names.  For a request that is not https:// and carries
 * credentials, CURLOPT_PROXY is set to "" (libcurl: "explicitly disable the
 * use of a proxy, even if there is an environment variable set for it";
 * unlike CURLOPT_NOPROXY "*", a CURLOPT_PROXY set afterwards still wins).
 * libcurl cannot report a proxy set earlier, so this also replaces one:
 * using a proxy for plain http with credentials is the caller's explicit
 * choice, made by setting CURLOPT_PROXY after credplug_curl_apply().
 * https is left alone: CONNECT keeps the credentials end to end.
 * CURLOPT_PRE_PROXY (a SOCKS proxy) is set to "" too: with CURLOPT_PROXY
 * "" alone libcurl 7.88 still tunnels the whole request through it.
 * `*off` records that the proxies were turned off; when a later hop needs
 * no guard, the libcurl defaults (NULL: environment) are restored.
 */
CURLcode cp_curl_proxy_guard(CURL *h, const char *url, unsigned credentials,
                             int *off)
{
	CURLcode cc;

	if (credentials == 0 || strncasecmp(url, "https://", 8) == 0)
		return *off ? cp_curl_proxy_default(h, off) : CURLE_OK;
	cc = curl_easy_setopt(h, CURLOPT_PROXY, "");
	if (cc == CURLE_OK)
		*off = 1;
	if (cc == CURLE_OK)
		cc = unset_ok(curl_easy_setopt(h, CURLOPT_PRE_PROXY, ""));
	return cc;
}

CURLcode cp_curl_proxy_default(CURL *h, int *off)
{
	CURLcode cc = curl_easy_setopt(h, CURLOPT_PROXY, (char *)NULL);

	if (cc == CURLE_OK)
		cc = unset_ok(
		        curl_easy_setopt(h, CURLOPT_PRE_PROXY, (char *)NULL));
	*off = cc != CURLE_OK;
	return cc;
}

/* Remove (wipe and free) the credential entries of `*list`. */
static void strip_credentials(struct curl_slist **list)
{
	struct curl_slist **pp = list, *p;

	while ((p = *pp) != NULL) {
		if (p->data && cp_curl_is_credential(p->data)) {
			*pp = p->next;
			p->next = NULL;
			credplug_curl_slist_free_wipe(p);
		} else {
			pp = &p->next;
		}
	}
}

int credplug_curl_apply(struct credplug_ctx *ctx, CURL *h,
                        const struct credplug_request *req,
                        struct curl_slist **headers, unsigned *added)
{
	struct curl_slist *creds = NULL, *merged;
	unsigned count = 0;
	int rc, proxy_off = 0;

	if (added)
		*added = 0;
	if (!ctx || !h || !req || !headers || !req->url ||
	    req->struct_size < CREDPLUG_REQUEST_V0_1_SIZE)
		return CREDPLUG_EINVAL;
	rc = cp_curl_credentials(ctx, req, &creds, &count);
	if (rc != CREDPLUG_OK)
		return rc;
	/* Options first: a failure here leaves the caller's list untouched. */
	if (curl_easy_setopt(h, CURLOPT_URL, req->url) != CURLE_OK ||
	    cp_curl_guard(h) != CURLE_OK ||
	    cp_curl_proxy_guard(h, req->url, count, &proxy_off) != CURLE_OK) {
		credplug_curl_slist_free_wipe(creds);
		return CREDPLUG_ENOMEM;
	}
	strip_credentials(headers);
	merged = *headers;
	cp_curl_concat(&merged, creds);
	*headers = merged;
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, *headers); /* pointer store */
	if (added)
		*added = count;
	return CREDPLUG_OK;
}

void credplug_curl_slist_free_wipe(struct curl_slist *list)
{
	struct curl_slist *p;

	for (p = list; p; p = p->next)
		if (p->data)
			credplug_wipe(p->data, strlen(p->data));
	curl_slist_free_all(list);
}

const char *credplug_curl_strerror(CURL *h, int curl_code)
{
	char *target = NULL;

	if (h && (curl_code == CURLE_TOO_MANY_REDIRECTS ||
	          curl_code == CURLE_UNSUPPORTED_PROTOCOL)) {
		long count = 0;
		curl_easy_getinfo(h, CURLINFO_REDIRECT_COUNT, &count);
		curl_easy_getinfo(h, CURLINFO_REDIRECT_URL, &target);
		if (target || count > 0)
			return "credplug: refused to let libcurl follow a "
			       "redirect "
			       "on a handle carrying credentials (libcurl "
			       "would "
			       "replay " CP_FIELD_API_KEY(
			               CP_FX_HEADER_LIT) " to "
			                                 "the new host); leave "
			                                 "CURLOPT_"
			                                 "FOLLOWLOCATION off "
			                                 "and use "
			                                 "credplug_curl_"
			                                 "perform(), which "
			                                 "re-checks every "
			                                 "hop";
	}
	return curl_easy_strerror((CURLcode)curl_code);
}
