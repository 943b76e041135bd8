/*
 * credplug(1) — `doctor --online`: GET /api/v1/validate through the curl
 * adapter, libcredplug-curl, as an application would do it.
 *
 * credplug_curl_apply() puts the API key on the handle with the adapter's
 * guard, the one every application gets (include/credplug/curl.h): no
 * redirect is followed (a key header must never be replayed to another
 * host), the options that connect elsewhere than the URL are reset, a
 * plain-http request carrying the key goes through no proxy (libcurl
 * would take one from http_proxy/all_proxy and send it the whole request;
 * https through a proxy is a CONNECT tunnel, and CURLHEADER_SEPARATE keeps
 * the key out of the CONNECT), and the list holding the key is wiped
 * before it is freed.
 *
 * The adapter (and libcurl with it) is loaded with dlopen() only when
 * --online runs: linking it would make every credplug start-up load ~30
 * libraries (TLS, HTTP/2, LDAP, GSSAPI ...) and triple the time
 * `credplug headers` takes.  It is loaded from beside the libcredplug.so
 * the command runs with (the two are installed together, and the build
 * tree puts them in lib/), else by its SONAME.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "credplug/curl.h"

#include "cli.h"

#ifndef CP_CURL_ADAPTER_SONAME
#define CP_CURL_ADAPTER_SONAME "libcredplug-curl.so.0"
#endif

/* The entry points used, from the adapter and the libcurl it links. */
struct curl_api {
	void *lib;
	int (*apply)(struct credplug_ctx *ctx, CURL *h,
	             const struct credplug_request *req,
	             struct curl_slist **headers, unsigned *added);
	void (*slist_free_wipe)(struct curl_slist *list);
	const char *(*strerror)(CURL *h, int curl_code);
	struct curl_slist *(*slist_append)(struct curl_slist *list,
	                                   const char *s);
	CURL *(*easy_init)(void);
	CURLcode (*easy_setopt)(CURL *curl, CURLoption option, ...);
	CURLcode (*easy_perform)(CURL *curl);
	CURLcode (*easy_getinfo)(CURL *curl, CURLINFO info, ...);
	void (*easy_cleanup)(CURL *curl);
};

#define CP_DLSYM(api, field, name)                                             \
	(*(void **)&(api)->field = dlsym((api)->lib, name))

/* The adapter beside the libcredplug.so this command runs with (its real
 * directory, as the loader finds the provider directory): the two are
 * installed together.  0 when that directory cannot be told. */
static int beside_library(char *path, size_t cap)
{
	char real[PATH_MAX], *slash;
	Dl_info info;
	int n;

	if (dladdr((void *)credplug_version, &info) == 0 ||
	    info.dli_fname == NULL || realpath(info.dli_fname, real) == NULL ||
	    (slash = strrchr(real, '/')) == NULL)
		return 0;
	*slash = '\0';
	n = snprintf(path, cap, "%s/" CP_CURL_ADAPTER_SONAME, real);
	return n > 0 && (size_t)n < cap;
}

/* Beside libcredplug first; when it is not there, wherever the dynamic
 * loader finds it by name (a tree whose libraries are split). */
static int load_curl(struct curl_api *api, char *err, size_t cap)
{
	char path[PATH_MAX];
	int beside = beside_library(path, sizeof(path));

	if (beside)
		api->lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (api->lib == NULL && (!beside || access(path, F_OK) != 0))
		api->lib =
		        dlopen(CP_CURL_ADAPTER_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (api->lib == NULL) {
		snprintf(err, cap,
		         "cannot load the curl adapter " CP_CURL_ADAPTER_SONAME
		         " (installed with credplug, with libcurl): %s",
		         dlerror());
		return -1;
	}
	/* dlsym on the handle also searches what it links: libcurl */
	if (CP_DLSYM(api, apply, "credplug_curl_apply") &&
	    CP_DLSYM(api, slist_free_wipe, "credplug_curl_slist_free_wipe") &&
	    CP_DLSYM(api, strerror, "credplug_curl_strerror") &&
	    CP_DLSYM(api, slist_append, "curl_slist_append") &&
	    CP_DLSYM(api, easy_init, "curl_easy_init") &&
	    CP_DLSYM(api, easy_setopt, "curl_easy_setopt") &&
	    CP_DLSYM(api, easy_perform, "curl_easy_perform") &&
	    CP_DLSYM(api, easy_getinfo, "curl_easy_getinfo") &&
	    CP_DLSYM(api, easy_cleanup, "curl_easy_cleanup"))
		return 0;
	snprintf(err, cap,
	         CP_CURL_ADAPTER_SONAME " lacks credplug_curl_* or curl_easy_* "
	                                "functions");
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

/* The API key and the guard (the adapter), then doctor's own options. */
static int prepare(const struct curl_api *api, CURL *curl,
                   struct credplug_ctx *ctx, const char *url, long timeout_ms,
                   struct curl_slist **list, struct body *b)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	curl_write_callback write_fn = on_body;
	int rc;

	req.method = "GET";
	req.url = url;
	req.auth = CREDPLUG_AUTH_API_KEY;
	*list = api->slist_append(NULL, "Accept: application/json");
	if (*list == NULL)
		return CREDPLUG_ENOMEM;
	rc = api->apply(ctx, curl, &req, list, NULL);
	if (rc != CREDPLUG_OK)
		return rc;
	api->easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https,http");
	api->easy_setopt(curl, CURLOPT_TIMEOUT_MS, timeout_ms);
	api->easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, timeout_ms);
	api->easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	api->easy_setopt(curl, CURLOPT_USERAGENT,
	                 "credplug/" CREDPLUG_VERSION_STRING);
	api->easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_fn);
	api->easy_setopt(curl, CURLOPT_WRITEDATA, b);
	return CREDPLUG_OK;
}

int cp_online_validate(struct credplug_ctx *ctx, const char *url,
                       long timeout_ms, struct cp_online_result *res)
{
	struct curl_slist *list = NULL;
	struct body b = {"", 0};
	struct curl_api api = {0};
	CURLcode cc = CURLE_FAILED_INIT;
	CURL *curl;
	int rc;

	memset(res, 0, sizeof(*res));
	if (load_curl(&api, res->detail, sizeof(res->detail)) != 0)
		return -1;
	curl = api.easy_init();
	if (curl == NULL) {
		snprintf(res->detail, sizeof(res->detail),
		         "cannot initialise libcurl");
		return -1;
	}
	rc = prepare(&api, curl, ctx, url, timeout_ms, &list, &b);
	if (rc == CREDPLUG_OK)
		cc = api.easy_perform(curl);
	if (rc != CREDPLUG_OK)
		snprintf(res->detail, sizeof(res->detail),
		         "cannot put the API key on the request: %s",
		         credplug_strerror(rc));
	else if (cc == CURLE_OK)
		api.easy_getinfo(curl, CURLINFO_RESPONSE_CODE,
		                 &res->http_status);
	else
		snprintf(res->detail, sizeof(res->detail), "%s",
		         api.strerror(curl, (int)cc));
	api.easy_cleanup(curl);
	api.slist_free_wipe(list);
	/* the adapter stays loaded: unloading TLS libraries is not safe
	 * everywhere */
	res->valid = res->http_status == 200 && body_says_valid(&b);
	return rc == CREDPLUG_OK && cc == CURLE_OK ? 0 : -1;
}
