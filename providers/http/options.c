/*
 * http provider: option validation (URL policy, token source, pointers).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#include "fetch.h"
#include "http.h"

static int is_loopback(const char *host)
{
	struct in_addr a;

	if (strcmp(host, "localhost") == 0 || strcmp(host, "[::1]") == 0 ||
	    strcmp(host, "::1") == 0)
		return 1;
	return inet_pton(AF_INET, host, &a) == 1 &&
	       (ntohl(a.s_addr) >> 24) == 127;
}

/* Scheme policy; needs the parsed URL's scheme and host. */
static int check_scheme(const struct credplug_host_v1 *host,
                        struct credplug_call *call, struct cp_http *st,
                        const char *scheme, const char *hostname)
{
	if (strcmp(scheme, "https") == 0)
		return CREDPLUG_PS_OK;
	if (strcmp(scheme, "http") != 0) {
		host->set_message(call,
		                  "http: \"url\" scheme \"%s\" is not "
		                  "supported; use https://",
		                  scheme);
		return CREDPLUG_PS_INVALID;
	}
	if (!st->allow_insecure_loopback || !is_loopback(hostname)) {
		host->set_message(
		        call,
		        "http: plain http is refused for %s; use "
		        "https (http is allowed only to 127.0.0.1, ::1 or "
		        "localhost with \"allow_insecure_loopback\": true)",
		        st->display);
		return CREDPLUG_PS_INVALID;
	}
	st->is_http = 1;
	return CREDPLUG_PS_OK;
}

/* Parse the URL, refuse userinfo, keep a display form without the query. */
static int check_url(const struct credplug_host_v1 *host,
                     struct credplug_call *call, struct cp_http *st)
{
	CURLU *u = curl_url();
	char *scheme = NULL, *hostname = NULL, *user = NULL, *pass = NULL;
	char *disp = NULL;
	int rc = CREDPLUG_PS_INVALID;

	if (u == NULL)
		return CREDPLUG_PS_ERROR;
	if (curl_url_set(u, CURLUPART_URL, st->url, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_HOST, &hostname, 0) != CURLUE_OK) {
		host->set_message(
		        call,
		        "http: \"url\" is not a valid absolute URL; "
		        "write it like \"https://broker.example.internal/dd\"");
		goto out;
	}
	curl_url_get(u, CURLUPART_USER, &user, 0);
	curl_url_get(u, CURLUPART_PASSWORD, &pass, 0);
	if (user != NULL || pass != NULL) {
		host->set_message(
		        call,
		        "http: \"url\" must not carry a user name or "
		        "password; put the broker token in \"token_file\" or "
		        "\"token_env\"");
		goto out;
	}
	curl_url_set(u, CURLUPART_QUERY, NULL, 0);
	curl_url_set(u, CURLUPART_FRAGMENT, NULL, 0);
	if (curl_url_get(u, CURLUPART_URL, &disp, 0) != CURLUE_OK ||
	    (st->display = strdup(disp)) == NULL) {
		rc = CREDPLUG_PS_ERROR;
		goto out;
	}
	rc = check_scheme(host, call, st, scheme, hostname);
out:
	curl_free(scheme);
	curl_free(hostname);
	curl_free(user);
	if (pass != NULL)
		explicit_bzero(pass, strlen(pass));
	curl_free(pass);
	curl_free(disp);
	curl_url_cleanup(u);
	return rc;
}

static int valid_header_name(const char *s)
{
	static const char extra[] = "!#$%&'*+-.^_`|~";

	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		      (*s >= '0' && *s <= '9') || strchr(extra, *s) != NULL))
			return 0;
	return 1;
}

static int check_token(const struct credplug_host_v1 *host,
                       struct credplug_call *call, const struct cp_http *st)
{
	const char *msg = NULL;

	if (st->token_file != NULL && st->token_env != NULL)
		msg = "set only one of \"token_file\" and \"token_env\"";
	else if (st->token_file != NULL && st->token_file[0] != '/')
		msg = "\"token_file\" must be an absolute path";
	else if (st->ca_file != NULL && st->ca_file[0] != '/')
		msg = "\"ca_file\" must be an absolute path";
	else if (st->token_env != NULL && st->token_env[0] == '\0')
		msg = "\"token_env\" must name an environment variable";
	else if (st->token_header != NULL &&
	         !valid_header_name(st->token_header))
		msg = "\"token_header\" is not an HTTP header name "
		      "(e.g. \"X-Vault-Token\")";
	else if (st->token_header != NULL && st->token_file == NULL &&
	         st->token_env == NULL)
		msg = "\"token_header\" needs \"token_file\" or \"token_env\"";
	if (msg == NULL)
		return CREDPLUG_PS_OK;
	host->set_message(call, "http: %s", msg);
	return CREDPLUG_PS_INVALID;
}

static int check_pointers(const struct credplug_host_v1 *host,
                          struct credplug_call *call, const struct cp_http *st)
{
	for (size_t i = 0; i < CP_CREDOC_NPOINTERS; i++) {
		if (st->ptrs[i] == NULL || st->ptrs[i][0] == '/')
			continue;
		host->set_message(
		        call,
		        "http: \"%s\" is not a JSON pointer (RFC "
		        "6901); it starts with \"/\", e.g. \"/data/data/%s\"",
		        cp_credoc_pointer_keys[i], cp_credoc_keys[i]);
		return CREDPLUG_PS_INVALID;
	}
	return CREDPLUG_PS_OK;
}

int cp_http_check_options(const struct credplug_host_v1 *host,
                          struct credplug_call *call, struct cp_http *st)
{
	int rc;

	if (st->url == NULL) {
		host->set_message(call,
		                  "http: option \"url\" is required, e.g. "
		                  "\"https://broker.example.internal/dd\"");
		return CREDPLUG_PS_INVALID;
	}
	if (cp_fetch_global_init() != 0) {
		host->set_message(call, "http: libcurl failed to initialise");
		return CREDPLUG_PS_ERROR;
	}
	rc = check_url(host, call, st);
	rc = rc ? rc : check_token(host, call, st);
	return rc ? rc : check_pointers(host, call, st);
}
