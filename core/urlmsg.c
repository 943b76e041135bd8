/*
 * The origin of a URL for a message (see urlmsg.h).  Deliberately strict:
 * anything that is not plainly scheme://[userinfo@]host[:port] prints as
 * "<invalid URL>", so no part of a password, path or query can show up
 * because a parser was lenient.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "urlmsg.h"

#define SCHEME_MAX 16

static bool alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool ipv6_char(char c)
{
	return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') ||
	       c == ':' || c == '.';
}

/* Length of a leading "scheme" followed by "://", or 0. */
static size_t scheme_len(const char *url)
{
	size_t n = 0;

	if (!alpha(url[0]))
		return 0;
	while (n < SCHEME_MAX &&
	       (alpha(url[n]) || digit(url[n]) || url[n] == '+' ||
	        url[n] == '-' || url[n] == '.'))
		n++;
	return strncmp(url + n, "://", 3) == 0 ? n : 0;
}

/* Length of the host at h (a name, an IPv4 address or an [IPv6] literal),
 * or 0 when h does not start with one. */
static size_t host_len(const char *h, size_t n)
{
	size_t i = 0;

	if (n > 0 && h[0] == '[') {
		for (i = 1; i < n && ipv6_char(h[i]); i++)
			;
		return i > 1 && i < n && h[i] == ']' ? i + 1 : 0;
	}
	while (i < n && (alpha(h[i]) || digit(h[i]) || h[i] == '.' ||
	                 h[i] == '-' || h[i] == '_'))
		i++;
	return i;
}

static bool port_ok(const char *p, size_t n)
{
	if (n == 0 || n > 5)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!digit(p[i]))
			return false;
	return true;
}

void cp_url_origin_text(const char *url, char *out, size_t cap)
{
	size_t s = url ? scheme_len(url) : 0, n, hn;
	const char *a, *host;

	if (s == 0)
		goto invalid;
	a = url + s + 3;
	n = strcspn(a, "/?#");
	/* User info ends at the authority's last '@': whatever a parser takes
	 * for the host, no byte before that '@' is printed. */
	host = a;
	for (size_t i = 0; i < n; i++)
		if (a[i] == '@')
			host = a + i + 1;
	n -= (size_t)(host - a);
	hn = host_len(host, n);
	if (hn == 0 || (hn < n && (host[hn] != ':' ||
	                           !port_ok(host + hn + 1, n - hn - 1))))
		goto invalid;
	snprintf(out, cap, "%.*s%s%.*s", (int)(s + 3), url,
	         host != a ? "****@" : "", (int)n, host);
	return;
invalid:
	snprintf(out, cap, "%s", CP_URL_INVALID_TEXT);
}
