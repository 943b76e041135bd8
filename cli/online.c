/*
 * credplug(1) — `doctor --online`: GET /api/v1/validate with libcurl.
 *
 * The header list is built from nodes on our stack pointing at buffers we
 * wipe, so no copy of a key is left in memory curl_slist_append() owns.
 * Redirects are not followed (a key header must never be replayed to
 * another host).  A plain-http request carrying keys never goes through a
 * proxy: libcurl would take one from http_proxy/all_proxy and send it the
 * whole request, keys included (https through a proxy is a CONNECT tunnel,
 * and CURLHEADER_SEPARATE keeps our headers out of the CONNECT).
 *
 * libcurl is loaded with dlopen() only when --online runs: linking it
 * would make every credplug start-up load ~30 libraries (TLS, HTTP/2,
 * LDAP, GSSAPI ...) and triple the time `credplug headers` takes.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "cli.h"

/* The few libcurl entry points used, resolved at run time. */
struct curl_api {
	void *lib;
	CURL *(*easy_init)(void);
	CURLcode (*easy_setopt)(CURL *curl, CURLoption option, ...);
	CURLcode (*easy_perform)(CURL *curl);
	CURLcode (*easy_getinfo)(CURL *curl, CURLINFO info, ...);
	void (*easy_cleanup)(CURL *curl);
	const char *(*easy_strerror)(CURLcode code);
};

static int load_curl(struct curl_api *api, char *err, size_t cap)
{
	static const char *const names[] = {"libcurl.so.4", "libcurl.so",
	                                    "libcurl-gnutls.so.4"};
	size_t i;

	for (i = 0; i < 3 && api->lib == NULL; i++)
		api->lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
	if (api->lib == NULL) {
		snprintf(err, cap,
		         "libcurl is not installed (apt-get install "
		         "libcurl4)");
		return -1;
	}
	*(void **)&api->easy_init = dlsym(api->lib, "curl_easy_init");
	*(void **)&api->easy_setopt = dlsym(api->lib, "curl_easy_setopt");
	*(void **)&api->easy_perform = dlsym(api->lib, "curl_easy_perform");
	*(void **)&api->easy_getinfo = dlsym(api->lib, "curl_easy_getinfo");
	*(void **)&api->easy_cleanup = dlsym(api->lib, "curl_easy_cleanup");
	*(void **)&api->easy_strerror = dlsym(api->lib, "curl_easy_strerror");
	if (api->easy_init && api->easy_setopt && api->easy_perform &&
	    api->easy_getinfo && api->easy_cleanup && api->easy_strerror)
		return 0;
	snprintf(err, cap, "the libcurl found lacks curl_easy_* functions");
	return -1;
}

struct body {
	char data[4096];
	size_t len;
};

static size_t on_body(char *ptr, size_t size, size_t nmemb, void *user_data)
{
	struct body *b = user_data;
	size_t n = size * nmemb, room = sizeof(b->data) - 1 - b->len;

	if (n > room)
		n = room; /* keep the start; the answer is tiny */
	memcpy(b->data + b->len, ptr, n);
	b->len += n;
	b->data[b->len] = '\0';
	return size * nmemb;
}

static int body_says_valid(const struct body *b)
{
	struct json_object *doc = json_tokener_parse(b->data), *v = NULL;
	int valid = 0;

	if (doc && json_object_object_get_ex(doc, "valid", &v) &&
	    json_object_is_type(v, json_type_boolean))
		valid = json_object_get_boolean(v);
	json_object_put(doc);
	return valid;
}

static CURLcode perform(const struct curl_api *api, CURL *curl, const char *url,
                        struct curl_slist *list, int has_keys, long timeout_ms,
                        struct body *b)
{
	curl_write_callback write_fn = on_body;

	api->easy_setopt(curl, CURLOPT_URL, url);
	api->easy_setopt(curl, CURLOPT_HTTPHEADER, list);
	api->easy_setopt(curl, CURLOPT_HEADEROPT, (long)CURLHEADER_SEPARATE);
	/* "" disables proxies, the environment's included (libcurl 7.x/8.x). */
	if (has_keys && strncasecmp(url, "https://", 8) != 0 &&
	    api->easy_setopt(curl, CURLOPT_PROXY, "") != CURLE_OK)
		return CURLE_OUT_OF_MEMORY; /* never send keys to a proxy */
	api->easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
	api->easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https,http");
	api->easy_setopt(curl, CURLOPT_TIMEOUT_MS, timeout_ms);
	api->easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, timeout_ms);
	api->easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	api->easy_setopt(curl, CURLOPT_USERAGENT,
	                 "credplug/" CREDPLUG_VERSION_STRING);
	api->easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_fn);
	api->easy_setopt(curl, CURLOPT_WRITEDATA, b);
	return api->easy_perform(curl);
}

int cp_online_validate(const char *url, const struct credplug_collect *hdrs,
                       long timeout_ms, struct cp_online_result *res)
{
	char lines[CREDPLUG_COLLECT_MAX][sizeof(hdrs->headers[0].name) +
	                                 sizeof(hdrs->headers[0].value) + 4];
	struct curl_slist nodes[CREDPLUG_COLLECT_MAX + 1];
	struct body b = {"", 0};
	struct curl_api api = {0};
	CURL *curl;
	CURLcode cc;
	size_t i;

	memset(res, 0, sizeof(*res));
	memset(nodes, 0, sizeof(nodes));
	for (i = 0; i < hdrs->count; i++) {
		snprintf(lines[i], sizeof(lines[i]), "%s: %s",
		         hdrs->headers[i].name, hdrs->headers[i].value);
		nodes[i].data = lines[i];
		nodes[i].next = i + 1 < hdrs->count ? &nodes[i + 1] : NULL;
	}
	nodes[hdrs->count].data = (char *)"Accept: application/json";
	if (hdrs->count)
		nodes[hdrs->count - 1].next = &nodes[hdrs->count];
	if (load_curl(&api, res->detail, sizeof(res->detail)) != 0)
		return -1;
	curl = api.easy_init();
	if (curl == NULL) {
		snprintf(res->detail, sizeof(res->detail),
		         "cannot initialise libcurl");
		return -1;
	}
	cc = perform(&api, curl, url, nodes, hdrs->count > 0, timeout_ms, &b);
	if (cc == CURLE_OK)
		api.easy_getinfo(curl, CURLINFO_RESPONSE_CODE,
		                 &res->http_status);
	else
		snprintf(res->detail, sizeof(res->detail), "%s",
		         api.easy_strerror(cc));
	api.easy_cleanup(curl);
	/* libcurl stays loaded: unloading TLS libraries is not safe everywhere
	 */
	credplug_wipe(lines, sizeof(lines));
	res->valid = res->http_status == 200 && body_says_valid(&b);
	return cc == CURLE_OK ? 0 : -1;
}
