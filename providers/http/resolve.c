/*
 * http provider: resolve() — broker token, GET, status mapping, document.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fetch.h"
#include "http.h"

#define HTTP_TOKEN_MAX  16384
#define HTTP_CA_MAX     (4 * 1024 * 1024)
#define HTTP_BODY_SHOWN 120

/* The broker token, from token_file or token_env; *tok NULL when none. */
static int get_token(const struct credplug_host_v1 *host,
                     struct credplug_call *call, const struct cp_http *st,
                     const char **tok, size_t *len)
{
	const char *where =
	        st->token_file != NULL ? st->token_file : st->token_env;
	int rc;

	*tok = NULL;
	*len = 0;
	if (st->token_file != NULL) {
		rc = host->read_file(call, st->token_file,
		                     CREDPLUG_READ_PRIVATE |
		                             CREDPLUG_READ_STRIP_NEWLINE,
		                     HTTP_TOKEN_MAX, tok, len, NULL);
		if (rc != CREDPLUG_PS_FOUND)
			return rc;
	} else if (st->token_env != NULL) {
		if ((*tok = host->getenv(call, st->token_env)) == NULL ||
		    (*len = strlen(*tok)) == 0) {
			host->set_message(
			        call,
			        "http: the broker token variable %s is "
			        "not set; export it or remove \"token_env\"",
			        st->token_env);
			return CREDPLUG_PS_NOT_FOUND;
		}
	} else {
		return CREDPLUG_PS_OK;
	}
	for (size_t i = 0; i < *len; i++) {
		unsigned char c = (unsigned char)(*tok)[i];
		if (c < 0x20 || c == 0x7f) {
			host->set_message(
			        call,
			        "http: the broker token in %s contains "
			        "control characters (CR, LF, NUL, ...); it "
			        "must "
			        "be one line",
			        where);
			return CREDPLUG_PS_INVALID;
		}
	}
	return CREDPLUG_PS_OK;
}

/* The CA bundle of "ca_file": root's or ours and writable by nobody else
 * (whoever can change it can impersonate the broker and take the token);
 * not private, a certificate is public.  The checked bytes go to libcurl. */
static int get_ca(const struct credplug_host_v1 *host,
                  struct credplug_call *call, const struct cp_http *st,
                  struct cp_fetch_opts *o)
{
	if (st->ca_file == NULL)
		return CREDPLUG_PS_OK;
	return host->read_file(call, st->ca_file, CREDPLUG_READ_TRUSTED_OWNER,
	                       HTTP_CA_MAX, &o->ca, &o->ca_len, NULL);
}

/* "Authorization: Bearer <tok>" or "<token_header>: <tok>"; wipe after. */
static char *make_header(const struct cp_http *st, const char *tok, size_t len)
{
	const char *name =
	        st->token_header ? st->token_header : "Authorization";
	/* Authorization (the default, or named explicitly) carries a bearer
	 * token; any other header (X-Vault-Token) the raw token. */
	const char *scheme =
	        strcasecmp(name, "Authorization") == 0 ? "Bearer " : "";
	size_t n = strlen(name) + 2 + strlen(scheme) + len + 1;
	char *h = malloc(n);

	if (h != NULL)
		snprintf(h, n, "%s: %s%.*s", name, scheme, (int)len, tok);
	return h;
}

static int transport_failed(const struct credplug_host_v1 *host,
                            struct credplug_call *call,
                            const struct cp_http *st,
                            const struct cp_fetch_result *r, const char *tok)
{
	char detail[CP_CREDOC_TEXT_MAX + 1];

	cp_credoc_sanitize(detail, sizeof(detail), r->errbuf, strlen(r->errbuf),
	                   &tok, 1, 0);
	if (r->overflow || r->cc == CURLE_FILESIZE_EXCEEDED) {
		host->set_message(call,
		                  "http: the answer of %s exceeds %zu bytes; "
		                  "raise \"max_response\" or fix the URL",
		                  st->display, st->max_response);
		return CREDPLUG_PS_INVALID;
	}
	if (r->cc == CURLE_OPERATION_TIMEDOUT || r->out_of_time) {
		host->set_message(
		        call,
		        "http: %s did not answer within the deadline "
		        "(%d attempt(s)); raise \"timeout_ms\" or check the "
		        "broker: %s",
		        st->display, r->attempts,
		        detail[0] ? detail : curl_easy_strerror(r->cc));
		return CREDPLUG_PS_TIMED_OUT;
	}
	host->set_message(call,
	                  "http: GET %s failed after %d attempt(s): %s%s%s",
	                  st->display, r->attempts, curl_easy_strerror(r->cc),
	                  detail[0] ? ": " : "", detail);
	return r->cc == CURLE_UNSUPPORTED_PROTOCOL ? CREDPLUG_PS_INVALID
	                                           : CREDPLUG_PS_UNAVAILABLE;
}

/* Non-2xx answers; the head of the body helps (redacted). */
static int http_failed(const struct credplug_host_v1 *host,
                       struct credplug_call *call, const struct cp_http *st,
                       const struct cp_fetch_result *r, const char *tok)
{
	char body[HTTP_BODY_SHOWN + 1];
	const char *hint;
	long code = r->http_code;
	int rc;

	cp_credoc_sanitize(body, sizeof(body), r->body, r->len, &tok, 1, 0);
	if (code == 401 || code == 403) {
		rc = CREDPLUG_PS_DENIED;
		hint = "the broker refused its token; check \"token_file\"/"
		       "\"token_env\"";
	} else if (code == 404) {
		rc = CREDPLUG_PS_NOT_FOUND;
		hint = "no credentials at this URL";
	} else if (code >= 500 || code == 429) {
		rc = CREDPLUG_PS_UNAVAILABLE;
		hint = "the broker is failing";
	} else if (code >= 300 && code < 400) {
		rc = CREDPLUG_PS_INVALID;
		hint = "redirects are not followed; configure the final URL";
	} else {
		rc = CREDPLUG_PS_INVALID;
		hint = "check \"url\"";
	}
	host->set_message(call,
	                  "http: %s answered HTTP %ld after %d attempt(s): "
	                  "%s%s%s",
	                  st->display, code, r->attempts, hint,
	                  body[0] ? "; body: " : "", body);
	return rc;
}

static int use_document(const struct credplug_host_v1 *host,
                        struct credplug_call *call, const struct cp_http *st,
                        const struct cp_fetch_result *r)
{
	struct cp_credoc_pointers ptrs;
	struct cp_credoc doc;
	int rc;

	for (size_t i = 0; i < CP_CREDOC_NPOINTERS; i++)
		ptrs.ptr[i] = st->ptrs[i];
	/* Parsing counts against the same deadline as the transfer. */
	rc = cp_credoc_parse(&doc, r->body != NULL ? r->body : "", r->len,
	                     &ptrs,
	                     cp_credoc_deadline(host->remaining_ms(call)));
	if (rc == CREDPLUG_PS_FOUND)
		rc = cp_credoc_apply(&doc, host, call, st->display);
	else if (rc == CREDPLUG_PS_TIMED_OUT)
		host->set_message(call,
		                  "http: %s answered, but %s; raise "
		                  "\"timeout_ms\" or make the answer smaller",
		                  st->display, doc.text);
	else if (doc.error_code[0] != '\0')
		host->set_message(call, "http: %s reported \"%s\": %s",
		                  st->display, doc.error_code,
		                  doc.text[0] ? doc.text : "(no message)");
	else
		host->set_message(call,
		                  "http: %s answered with an unusable "
		                  "document: %s",
		                  st->display, doc.text);
	cp_credoc_clear(&doc);
	return rc;
}

int cp_http_resolve(void *state, const struct credplug_host_v1 *host,
                    struct credplug_call *call)
{
	const struct cp_http *st = state;
	struct cp_fetch_opts o = {.url = st->url,
	                          .allow_http = st->is_http,
	                          .connect_timeout_ms = st->connect_timeout_ms,
	                          .retries = st->retries,
	                          .max_response = st->max_response,
	                          .proxy = st->proxy};
	struct cp_fetch_result r;
	const char *tok;
	size_t len;
	char *hdr = NULL;
	int rc = get_token(host, call, st, &tok, &len);

	memset(&r, 0, sizeof(r));
	rc = rc != CREDPLUG_PS_OK ? rc : get_ca(host, call, st, &o);
	if (rc != CREDPLUG_PS_OK)
		return rc;
	if (tok != NULL && (o.header = hdr = make_header(st, tok, len)) == NULL)
		rc = CREDPLUG_PS_ERROR;
	else if (cp_fetch(&o, host, call, &r) != 0)
		rc = CREDPLUG_PS_ERROR;
	else if (r.cc != CURLE_OK)
		rc = transport_failed(host, call, st, &r, tok);
	else if (r.http_code < 200 || r.http_code > 299)
		rc = http_failed(host, call, st, &r, tok);
	else
		rc = use_document(host, call, st, &r);
	if (rc == CREDPLUG_PS_ERROR)
		host->set_message(call, "http: out of memory");
	if (hdr != NULL) {
		explicit_bzero(hdr, strlen(hdr));
		free(hdr);
	}
	cp_fetch_clear(&r);
	return rc;
}
