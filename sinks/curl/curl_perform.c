/*
 * libcredplug-curl: perform a request, following redirects one hop at a
 * time so that credentials never leave the request's origin, and report a
 * rejection (401/403) to the context once.
 *
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L
#include <arpa/inet.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

#include "curl_internal.h"

/* CURLOPT_PREREQFUNCTION, the connection check: libcurl 7.80.0. */
#define CP_CURL_HAVE_PREREQ (LIBCURL_VERSION_NUM >= 0x075000)

struct origin {
	char scheme[16];
	char host[256];
	char port[8];
};

struct chain {
	struct credplug_ctx *ctx;
	CURL *h;
	uint32_t auth;
	struct curl_slist *base; /* caller's headers, borrowed */
	struct origin origin0;   /* where credentials may go */
	char *url;               /* current hop, owned */
	const char *method;      /* current method (static or caller's) */
	int method_changed;      /* a redirect rewrote the method */
	int dropped;             /* the chain left origin0 */
	int proxy_off;           /* CURLOPT_PROXY "" set (see curl_apply.c) */
	unsigned sent;           /* credential headers on the last hop */
	int refused;             /* the connection check stopped the hop */
	struct credplug_curl_result *res;
};

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static int
fail(struct credplug_curl_result *res, int rc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(res->errmsg, sizeof(res->errmsg), fmt, ap);
	va_end(ap);
	return rc;
}

static int fail_core(struct chain *c, int rc)
{
	credplug_errmsg_copy(c->ctx, c->res->errmsg, sizeof(c->res->errmsg));
	return rc;
}

static int part(CURLU *u, CURLUPart what, char *buf, size_t len)
{
	char *s = NULL;
	int ok;

	if (curl_url_get(u, what, &s, CURLU_DEFAULT_PORT) != CURLUE_OK)
		return 0;
	ok = strlen(s) < len;
	if (ok)
		memcpy(buf, s, strlen(s) + 1);
	curl_free(s);
	return ok;
}

/* Scheme, host and port of an absolute URL; 0 if it cannot be parsed. */
static int origin_parse(const char *url, struct origin *o)
{
	CURLU *u = curl_url();
	int ok;

	if (!u)
		return 0;
	ok = curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	     part(u, CURLUPART_SCHEME, o->scheme, sizeof(o->scheme)) &&
	     part(u, CURLUPART_HOST, o->host, sizeof(o->host)) &&
	     part(u, CURLUPART_PORT, o->port, sizeof(o->port));
	curl_url_cleanup(u);
	return ok;
}

static int origin_same(const struct origin *a, const struct origin *b)
{
	return strcasecmp(a->scheme, b->scheme) == 0 &&
	       strcasecmp(a->host, b->host) == 0 &&
	       strcmp(a->port, b->port) == 0;
}

/* Headers for the current hop: the caller's, plus credentials while the
 * chain has stayed on origin0. */
static int hop_headers(struct chain *c, struct curl_slist **out)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct curl_slist *creds = NULL;
	struct origin o;
	int rc;

	c->sent = 0;
	if (cp_curl_copy(c->base, out) != CREDPLUG_OK)
		return fail(c->res, CREDPLUG_ENOMEM,
		            "out of memory copying headers");
	if (!c->dropped &&
	    (!origin_parse(c->url, &o) || !origin_same(&o, &c->origin0)))
		c->dropped = 1;
	if (c->dropped)
		return CREDPLUG_OK;
	req.method = c->method;
	req.url = c->url;
	req.auth = c->auth;
	rc = cp_curl_credentials(c->ctx, &req, &creds, &c->sent);
	if (rc == CREDPLUG_EDESTINATION && c->res->redirects > 0) {
		c->dropped = 1; /* binding refused a hop: send nothing */
		return CREDPLUG_OK;
	}
	if (rc != CREDPLUG_OK) {
		curl_slist_free_all(*out);
		*out = NULL;
		return fail_core(c, rc);
	}
	cp_curl_concat(out, creds);
	return CREDPLUG_OK;
}

#if CP_CURL_HAVE_PREREQ
/* Parse a URL host that is an IP literal ("[v6]" with an optional zone,
 * or v4) into `addr`; 0 for a name. */
static int ip_literal(const char *host, int *family, unsigned char *addr)
{
	char buf[64];
	size_t n = strlen(host);

	*family = AF_INET;
	if (n >= 2 && host[0] == '[' && host[n - 1] == ']') {
		*family = AF_INET6;
		host++;
		n -= 2;
	}
	if (n >= sizeof(buf))
		return 0;
	memcpy(buf, host, n);
	buf[n] = '\0';
	buf[strcspn(buf, "%")] = '\0'; /* libcurl reports no zone id */
	return inet_pton(*family, buf, addr) == 1;
}

/* The peer libcurl connected to is origin0's port and, for an IP-literal
 * host, its address.  A name is not checked: whatever it resolved to. */
static int peer_matches(const struct chain *c, const char *ip, int port)
{
	unsigned char want[16], got[16];
	int family;

	if (strtol(c->origin0.port, NULL, 10) != (long)port)
		return 0;
	if (!ip_literal(c->origin0.host, &family, want))
		return 1;
	return inet_pton(family, ip, got) == 1 &&
	       memcmp(want, got, family == AF_INET ? 4 : 16) == 0;
}

/*
 * Runs once the connection is up (TLS included), before the request is
 * written.  Only hops carrying credentials are checked; they are on
 * origin0.  libcurl ignores CURLOPT_URL for a CURLOPT_CURLU handle yet
 * reports it as the effective URL, so the peer is what counts: for http
 * (no proxy: cp_curl_proxy_guard) it must be origin0's port and literal
 * address.  For https a proxy legitimately is the peer; the certificate
 * check against the URL host stands for the rest (docs/transport.md).
 */
static int prereq(void *clientp, char *primary_ip, char *local_ip,
                  int primary_port, int local_port)
{
	struct chain *c = clientp;
	const struct origin *o0 = &c->origin0;
	char *eff = NULL;
	struct origin o;

	(void)local_ip;
	(void)local_port;
	if (c->sent == 0)
		return CURL_PREREQFUNC_OK;
	c->refused = 1;
	if (curl_easy_getinfo(c->h, CURLINFO_EFFECTIVE_URL, &eff) != CURLE_OK ||
	    !eff || !origin_parse(eff, &o) || !origin_same(&o, o0)) {
		fail(c->res, 0,
		     "libcurl was about to send the request to another URL "
		     "than %s://%s:%s the credentials are for; the request "
		     "was not sent",
		     o0->scheme, o0->host, o0->port);
		return CURL_PREREQFUNC_ABORT;
	}
	if (strcasecmp(o0->scheme, "https") == 0 ||
	    peer_matches(c, primary_ip, primary_port)) {
		c->refused = 0;
		return CURL_PREREQFUNC_OK;
	}
	fail(c->res, 0,
	     "libcurl connected to %s port %d, not to %s://%s:%s the "
	     "credentials are for (a CURLOPT_RESOLVE entry in the handle's "
	     "or a shared DNS cache does this); the request was not sent",
	     primary_ip, primary_port, o0->scheme, o0->host, o0->port);
	return CURL_PREREQFUNC_ABORT;
}
#endif

/* The handle options of one hop; a callback may have changed any of them
 * during the previous one. */
static CURLcode hop_options(struct chain *c)
{
	CURLcode cc = curl_easy_setopt(c->h, CURLOPT_URL, c->url);

	if (cc == CURLE_OK)
		cc = cp_curl_guard(c->h);
	if (cc == CURLE_OK)
		cc = cp_curl_proxy_guard(c->h, c->url, c->sent, &c->proxy_off);
#if CP_CURL_HAVE_PREREQ
	/* Fails closed on a runtime libcurl older than the headers. */
	if (cc == CURLE_OK)
		cc = curl_easy_setopt(c->h, CURLOPT_PREREQFUNCTION, prereq);
	if (cc == CURLE_OK)
		cc = curl_easy_setopt(c->h, CURLOPT_PREREQDATA, (void *)c);
#endif
	return cc;
}

/* One transfer on the current hop's URL. */
static int hop_run(struct chain *c)
{
	struct curl_slist *list = NULL;
	CURLcode cc;
	int rc;

	rc = hop_headers(c, &list);
	if (rc != CREDPLUG_OK)
		return rc;
	cc = hop_options(c);
	if (cc == CURLE_OK) {
		curl_easy_setopt(c->h, CURLOPT_HTTPHEADER, list);
		cc = curl_easy_perform(c->h);
		curl_easy_setopt(c->h, CURLOPT_HTTPHEADER, c->base);
	}
	credplug_curl_slist_free_wipe(list);
	c->res->curl_code = (int)cc;
	c->res->http_status = 0;
	if (c->refused) { /* res->errmsg says why */
		c->sent = 0;
		return CREDPLUG_EDESTINATION;
	}
	if (cc != CURLE_OK)
		return fail(
		        c->res, CREDPLUG_EIO,
		        "curl: %s (CURLcode %d) talking to %s://%s:%s; check "
		        "that the server is reachable and the URL is right",
		        curl_easy_strerror(cc), (int)cc, c->origin0.scheme,
		        c->origin0.host, c->origin0.port);
	curl_easy_getinfo(c->h, CURLINFO_RESPONSE_CODE, &c->res->http_status);
	return CREDPLUG_OK;
}

/* Method after a redirect (RFC 9110 15.4 as browsers and curl apply it). */
static int rewrite_method(struct chain *c, long status)
{
	int to_get = (status == 303 && strcasecmp(c->method, "HEAD") != 0) ||
	             ((status == 301 || status == 302) &&
	              strcasecmp(c->method, "POST") == 0);

	/* A GET that stays a GET is not a change: it may still be retried. */
	if (!to_get || strcasecmp(c->method, "GET") == 0)
		return CREDPLUG_OK;
	if (curl_easy_setopt(c->h, CURLOPT_CUSTOMREQUEST, NULL) != CURLE_OK ||
	    curl_easy_setopt(c->h, CURLOPT_HTTPGET, 1L) != CURLE_OK)
		return fail(c->res, CREDPLUG_ENOMEM,
		            "out of memory on redirect");
	c->method = "GET";
	c->method_changed = 1;
	return CREDPLUG_OK;
}

/* After a response: set *follow and move to the next hop if it is a
 * redirect to follow. */
static int next_hop(struct chain *c, int *follow)
{
	long st = c->res->http_status;
	char *target = NULL, *copy;
	struct origin o;

	*follow = 0;
	if (st != 301 && st != 302 && st != 303 && st != 307 && st != 308)
		return CREDPLUG_OK;
	curl_easy_getinfo(c->h, CURLINFO_REDIRECT_URL, &target);
	if (!target || c->res->max_redirects == 0)
		return CREDPLUG_OK; /* the 3xx is the final response */
	if (c->res->redirects >= c->res->max_redirects) {
		c->res->curl_code = CURLE_TOO_MANY_REDIRECTS;
		return fail(
		        c->res, CREDPLUG_EIO,
		        "too many redirects (%u) starting at %s://%s:%s; raise "
		        "credplug_curl_result.max_redirects or fix the server",
		        c->res->redirects, c->origin0.scheme, c->origin0.host,
		        c->origin0.port);
	}
	if (!origin_parse(target, &o) || (strcasecmp(o.scheme, "http") != 0 &&
	                                  strcasecmp(o.scheme, "https") != 0)) {
		c->res->curl_code = CURLE_UNSUPPORTED_PROTOCOL;
		return fail(
		        c->res, CREDPLUG_EIO,
		        "redirect from %s://%s:%s to a non-http(s) URL refused",
		        c->origin0.scheme, c->origin0.host, c->origin0.port);
	}
	copy = strdup(target);
	if (!copy)
		return fail(c->res, CREDPLUG_ENOMEM,
		            "out of memory on redirect");
	free(c->url);
	c->url = copy;
	c->res->redirects++;
	*follow = 1;
	return rewrite_method(c, st);
}

/* One attempt: the request and every redirect it leads to. */
static int run_chain(struct chain *c, const char *url, const char *method)
{
	int rc, follow = 1;

	free(c->url);
	c->url = strdup(url);
	if (!c->url)
		return fail(c->res, CREDPLUG_ENOMEM, "out of memory");
	c->method = method;
	c->dropped = 0;
	c->res->redirects = 0;
	while (follow) {
		rc = hop_run(c);
		if (rc == CREDPLUG_OK)
			rc = next_hop(c, &follow);
		if (rc != CREDPLUG_OK)
			return rc;
	}
	return CREDPLUG_OK;
}

/* After a final 401/403 to our credentials: report it; decide on a retry.
 * Returns CREDPLUG_OK with *retry set, or the status to return. */
static int on_rejected(struct chain *c, unsigned attempt, int *retry)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	long st = c->res->http_status;
	int rc;

	*retry = 0;
	req.method = c->method;
	req.url = c->url;
	req.auth = c->auth;
	rc = credplug_reject(c->ctx, &req, st);
	if (rc != CREDPLUG_OK) /* EREJECTED: not worth a retry; or an error */
		return fail_core(c, rc);
	if (attempt > 0 || c->method_changed)
		return fail(
		        c->res, CREDPLUG_EREJECTED,
		        "%s://%s:%s answered HTTP %ld to the credentials %s; "
		        "not retrying (credplug retries at most once); check "
		        "the values with `credplug explain`",
		        c->origin0.scheme, c->origin0.host, c->origin0.port, st,
		        attempt > 0 ? "after one retry with re-resolved values"
		                    : "and a redirect changed the method");
	*retry = 1;
	return CREDPLUG_OK;
}

static int check_args(struct credplug_ctx *ctx, CURL *h,
                      const struct credplug_request *req,
                      const struct curl_slist *headers,
                      struct credplug_curl_result *res)
{
	char names[128];

	if (!res || res->struct_size < CREDPLUG_CURL_RESULT_V0_1_SIZE)
		return CREDPLUG_EINVAL;
	res->errmsg[0] = '\0';
	res->http_status = 0;
	res->curl_code = 0;
	res->redirects = res->retries = res->credentials_dropped = res->sent =
	        0;
	if (!ctx || !h || !req || !req->url ||
	    req->struct_size < CREDPLUG_REQUEST_V0_1_SIZE)
		return fail(
		        res, CREDPLUG_EINVAL,
		        "credplug_curl_perform: ctx, handle, request and its "
		        "url must be set (initialise with "
		        "CREDPLUG_REQUEST_INIT)");
	for (; headers; headers = headers->next)
		if (headers->data && cp_curl_is_credential(headers->data))
			return fail(res, CREDPLUG_EINVAL,
			            "credplug_curl_perform: the caller's "
			            "header list carries a credential header "
			            "(%s); remove it and let credplug add "
			            "credentials per hop",
			            cp_fields_join(names, sizeof(names),
			                           CP_ALL_FIELDS_MASK,
			                           CP_FIELD_COL(header), ", ",
			                           " or "));
	return CREDPLUG_OK;
}

int credplug_curl_perform(struct credplug_ctx *ctx, CURL *h,
                          const struct credplug_request *req,
                          struct curl_slist *headers,
                          struct credplug_curl_result *res)
{
	struct chain c;
	unsigned attempt;
	int rc, retry = 0;

	rc = check_args(ctx, h, req, headers, res);
	if (rc != CREDPLUG_OK)
		return rc;
	memset(&c, 0, sizeof(c));
	c.ctx = ctx;
	c.h = h;
	c.auth = req->auth;
	c.base = headers;
	c.res = res;
	if (!origin_parse(req->url, &c.origin0))
		return fail(res, CREDPLUG_EINVAL,
		            "credplug_curl_perform: the request URL is not an "
		            "absolute http(s) URL");
	for (attempt = 0; attempt < 2; attempt++) {
		rc = run_chain(&c, req->url, req->method ? req->method : "GET");
		res->credentials_dropped = (unsigned)c.dropped;
		res->sent = c.sent;
		if (rc != CREDPLUG_OK || c.sent == 0 ||
		    (res->http_status != 401 && res->http_status != 403))
			break;
		rc = on_rejected(&c, attempt, &retry);
		if (rc != CREDPLUG_OK || !retry)
			break;
		res->retries = 1;
	}
	if (c.proxy_off) /* back to libcurl's default for the caller */
		cp_curl_proxy_default(h, &c.proxy_off);
#if CP_CURL_HAVE_PREREQ
	/* The callback points at `c`, which is gone on return. */
	curl_easy_setopt(h, CURLOPT_PREREQFUNCTION, (curl_prereq_callback)NULL);
	curl_easy_setopt(h, CURLOPT_PREREQDATA, (void *)NULL);
#endif
	free(c.url);
	return rc;
}
