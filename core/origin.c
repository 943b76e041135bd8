/*
 * Destination binding: which origins may receive credentials.
 *
 * The core must not link libcurl, and apply must not allocate, so this is a
 * deliberately strict, allocation-free reader of the scheme and authority
 * of an absolute URL.  Anything it does not fully understand (user info,
 * percent-encoding, odd characters in the host) is refused: refusing is the
 * safe answer for a credential.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "memory.h"
#include "origin.h"

static const char *const datadog_sites[] = {
        "datadoghq.com", "us3.datadoghq.com", "us5.datadoghq.com",
        "datadoghq.eu",  "ap1.datadoghq.com", "ap2.datadoghq.com",
        "ddog-gov.com",
};

static bool host_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
}

bool cp_site_valid(const char *site, size_t len)
{
	size_t label = 0;
	bool dot = false;

	if (len == 0 || len > 253 || site[0] == '.' || site[len - 1] == '.')
		return false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)site[i];

		if (c == '.') {
			if (label == 0 || site[i - 1] == '-')
				return false;
			label = 0;
			dot = true;
			continue;
		}
		if (!host_char(c) || c == '_' || (label == 0 && c == '-') ||
		    ++label > 63)
			return false;
	}
	return dot;
}

struct url_parts {
	bool https;
	uint16_t port;
	const char *host;
	size_t host_len;
};

static int parse_port(const char *p, size_t n, uint16_t *out)
{
	unsigned v = 0;

	if (n == 0 || n > 5)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9')
			return -1;
		v = v * 10 + (unsigned)(p[i] - '0');
	}
	if (v == 0 || v > 65535)
		return -1;
	*out = (uint16_t)v;
	return 0;
}

/* Split host[:port] of an authority already cut out of the URL. */
static int parse_authority(const char *a, size_t n, struct url_parts *u,
                           const char **why)
{
	size_t i = 0;

	if (n > 0 && a[0] == '[') { /* IPv6 literal */
		while (i < n && a[i] != ']')
			i++;
		if (i == n) {
			*why = "unterminated IPv6 literal";
			return -1;
		}
		i++;
	} else {
		while (i < n && host_char((unsigned char)a[i]))
			i++;
	}
	u->host = a;
	u->host_len = i;
	if (i == 0) {
		*why = "no host";
		return -1;
	}
	if (i == n)
		return 0;
	if (a[i] != ':' || parse_port(a + i + 1, n - i - 1, &u->port) != 0) {
		*why = memchr(a, '@', n) ? "user info in URL"
		                         : "malformed host or port";
		return -1;
	}
	return 0;
}

static int parse_url(const char *url, struct url_parts *u, const char **why)
{
	const char *p, *end;

	if (strncasecmp(url, "https://", 8) == 0) {
		u->https = true;
		u->port = 443;
		p = url + 8;
	} else if (strncasecmp(url, "http://", 7) == 0) {
		u->https = false;
		u->port = 80;
		p = url + 7;
	} else {
		*why = "not an http(s) URL";
		return -1;
	}
	end = p + strcspn(p, "/?#");
	return parse_authority(p, (size_t)(end - p), u, why);
}

static bool host_matches(const struct cp_origin *o, const struct url_parts *u)
{
	if (!o->wildcard)
		return u->host_len == o->host_len &&
		       strncasecmp(u->host, o->host, o->host_len) == 0;
	if (u->host_len <= o->host_len + 1)
		return false;
	return u->host[u->host_len - o->host_len - 1] == '.' &&
	       strncasecmp(u->host + u->host_len - o->host_len, o->host,
	                   o->host_len) == 0;
}

static bool origin_matches(const struct cp_origin *o, const struct url_parts *u)
{
	return o->https == u->https && o->port == u->port && host_matches(o, u);
}

/* Only the configured origins: the Datadog sites, the config file's "site"
 * and "allowed_origins".  A site that a provider supplies (DD_SITE, a file,
 * a broker) is not trusted to widen them: a lower-precedence source could
 * otherwise send another source's keys to a host of its choosing. */
bool cp_origin_allowed(const struct cp_origins *list, const char *url,
                       const char **why)
{
	struct url_parts u;

	*why = NULL;
	if (parse_url(url, &u, why) != 0)
		return false;
	for (size_t i = 0; i < list->n; i++)
		if (origin_matches(&list->v[i], &u))
			return true;
	*why = "origin is not in allowed_origins";
	return false;
}

int cp_origin_parse(struct cp_origin *o, const char *pattern,
                    bool allow_wildcard, const char **why)
{
	struct url_parts u;
	const char *rest;
	size_t n;
	bool wild;

	memset(o, 0, sizeof(*o));
	if (parse_url(pattern, &u, why) != 0) {
		/* "*." is not a host character: retry without it. */
		const char *star = strstr(pattern, "://*.");
		char tmp[300];

		if (star == NULL || strlen(pattern) >= sizeof(tmp))
			return -1;
		n = (size_t)(star - pattern) + 3;
		memcpy(tmp, pattern, n);
		snprintf(tmp + n, sizeof(tmp) - n, "%s", star + 5);
		if (parse_url(tmp, &u, why) != 0)
			return -1;
		u.host = pattern + (u.host - tmp) + 2;
		wild = true;
	} else {
		wild = false;
	}
	rest = u.host + u.host_len;
	rest += strcspn(rest, "/?#");
	if (!(rest[0] == '\0' || (rest[0] == '/' && rest[1] == '\0'))) {
		*why = "an origin has no path, query or fragment";
		return -1;
	}
	if (wild && !allow_wildcard) {
		*why = "wildcards are not allowed here";
		return -1;
	}
	/* "*.com" would match half the internet. */
	if (wild && memchr(u.host, '.', u.host_len) == NULL) {
		*why = "a wildcard needs a domain of at least two labels";
		return -1;
	}
	if (u.host_len >= sizeof(o->host)) {
		*why = "host name too long";
		return -1;
	}
	o->https = u.https;
	o->wildcard = wild;
	o->port = u.port;
	for (size_t i = 0; i < u.host_len; i++) {
		char c = u.host[i];

		o->host[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	o->host_len = u.host_len;
	return 0;
}

int cp_origins_add(const struct cp_alloc *a, struct cp_origins *list,
                   const struct cp_origin *o)
{
	if (list->n == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 16;
		struct cp_origin *v = cp_malloc(a, cap * sizeof(*v));

		if (v == NULL)
			return CREDPLUG_ENOMEM;
		if (list->n)
			memcpy(v, list->v, list->n * sizeof(*v));
		cp_free(a, list->v);
		list->v = v;
		list->cap = cap;
	}
	list->v[list->n++] = *o;
	return CREDPLUG_OK;
}

int cp_origins_add_site(const struct cp_alloc *a, struct cp_origins *list,
                        const char *site)
{
	struct cp_origin o = {.https = true, .port = 443};
	size_t n = strlen(site);
	int rc;

	if (n >= sizeof(o.host))
		return CREDPLUG_EINVAL;
	for (size_t i = 0; i <= n; i++)
		o.host[i] = (site[i] >= 'A' && site[i] <= 'Z')
		                    ? (char)(site[i] + 32)
		                    : site[i];
	o.host_len = n;
	rc = cp_origins_add(a, list, &o);
	o.wildcard = true;
	return rc ? rc : cp_origins_add(a, list, &o);
}

int cp_origins_add_datadog(const struct cp_alloc *a, struct cp_origins *list)
{
	for (size_t i = 0; i < sizeof(datadog_sites) / sizeof(*datadog_sites);
	     i++) {
		int rc = cp_origins_add_site(a, list, datadog_sites[i]);

		if (rc)
			return rc;
	}
	return CREDPLUG_OK;
}

void cp_origins_free(const struct cp_alloc *a, struct cp_origins *list)
{
	cp_free(a, list->v);
	list->v = NULL;
	list->n = list->cap = 0;
}
