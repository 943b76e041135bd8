/*
 * credplug_auth_for(): the security list the Datadog API gives a request,
 * from the path trie generated into endpoints_table.c.
 *
 * A lookup folds the method, takes the path out of the URL (no decoding),
 * and walks the trie one segment at a time: a literal edge first (binary
 * search over the node's sorted edges), the node's template child when the
 * literal subtree has no operation for the method.  No allocation, no lock,
 * no global state: any thread, any time.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdbool.h>
#include <string.h>

#include "endpoints.h"

#define METHOD_INVALID (-2) /* not an HTTP token: a bad argument */
#define METHOD_NONE    (-1) /* a token no operation of the table uses */

static const char *const method_names[CP_EP_METHODS] = {
        [CP_EP_GET] = "GET",     [CP_EP_POST] = "POST",     [CP_EP_PUT] = "PUT",
        [CP_EP_PATCH] = "PATCH", [CP_EP_DELETE] = "DELETE",
};

/* RFC 9110 tchar; the locale plays no part. */
static bool is_tchar(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') ||
	       (c != '\0' && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

static int method_of(const char *m)
{
	size_t n = 0;
	int i;

	while (is_tchar((unsigned char)m[n]))
		n++;
	if (n == 0 || m[n] != '\0')
		return METHOD_INVALID;
	for (i = 0; i < CP_EP_METHODS; i++) {
		const char *k = method_names[i];
		size_t j = 0;

		/* ASCII case folding: names hold upper-case letters only */
		while (j < n && k[j] != '\0' &&
		       (m[j] == k[j] || m[j] == k[j] + ('a' - 'A')))
			j++;
		if (j == n && k[j] == '\0')
			return i;
	}
	return METHOD_NONE;
}

/* Byte classes for one pass over a URL.  C_BAD: space, control, non-ASCII
 * and '\\', which no client sends as is ('\\' is '/' to a WHATWG parser
 * only). */
#define C_BAD    1u
#define C_SCHEME 2u /* ALPHA / DIGIT / "+" / "-" / "." */
#define C_AUTH   4u /* ends the authority: '/', '?', '#', NUL */
#define C_PATH   8u /* ends the path: '?', '#', NUL */

#define IS_ALNUM(c)                                                            \
	(((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') ||           \
	 ((c) >= '0' && (c) <= '9'))
#define BYTE_CLASS(c)                                                          \
	((c) == 0 ? C_AUTH | C_PATH                                            \
	 : (c) <= 0x20 || (c) >= 0x7f || (c) == '\\'                           \
	         ? C_BAD                                                       \
	         : (IS_ALNUM(c) || (c) == '+' || (c) == '-' || (c) == '.'      \
	                    ? C_SCHEME                                         \
	                    : 0) |                                             \
	                   ((c) == '/' || (c) == '?' || (c) == '#' ? C_AUTH    \
	                                                           : 0) |      \
	                   ((c) == '?' || (c) == '#' ? C_PATH : 0))

/* BYTE_CLASS() of every byte, computed by the compiler. */
#define R4(i)                                                                  \
	BYTE_CLASS(i), BYTE_CLASS(i + 1), BYTE_CLASS(i + 2), BYTE_CLASS(i + 3)
#define R16(i) R4(i), R4(i + 4), R4(i + 8), R4(i + 12)
#define R64(i) R16(i), R16(i + 16), R16(i + 32), R16(i + 48)
static const uint8_t cls[256] = {R64(0), R64(64), R64(128), R64(192)};

/* [*p, *end) is the path of `url` ("" for the root); false if `url` is
 * neither an absolute URL with an authority nor a path of its own, or has
 * a C_BAD byte before its query.  The query is not read. */
static bool path_of(const char *url, const char **p, const char **end)
{
	const unsigned char *s = (const unsigned char *)url;

	if (s[0] == '/') {
		if (s[1] == '/') /* a network-path reference: whose host? */
			return false;
	} else {
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
			return false;
		while (cls[*s] & C_SCHEME)
			s++;
		if (s[0] != ':' || s[1] != '/' || s[2] != '/')
			return false;
		s += 3;
		if (cls[*s] & C_AUTH)
			return false; /* no host */
		while (!(cls[*s] & (C_AUTH | C_BAD)))
			s++;
	}
	*p = (const char *)s;
	while (!(cls[*s] & (C_PATH | C_BAD)))
		s++;
	if (cls[*s] & C_BAD)
		return false;
	*end = (const char *)s;
	if (*end - *p == 1) /* "/" is the root, as "" is */
		*end = *p;
	return true;
}

/* ".", "..", and their percent-encoded spellings ("%2e", ".%2E", ...):
 * servers and clients resolve these differently, so no template takes
 * one. */
static bool is_dot_segment(const char *s, size_t len)
{
	size_t i = 0, dots = 0;

	while (i < len) {
		if (s[i] == '.') {
			i++;
		} else if (len - i >= 3 && s[i] == '%' && s[i + 1] == '2' &&
		           (s[i + 2] == 'e' || s[i + 2] == 'E')) {
			i += 3;
		} else {
			return false;
		}
		dots++;
	}
	return dots == 1 || dots == 2;
}

/* The generator's order: length, then bytes.  Most probes of a binary
 * search differ in length, and end there. */
static int edge_cmp(const struct cp_ep_edge *e, const char *seg, size_t len)
{
	if (e->len != len)
		return e->len < len ? -1 : 1;
	return memcmp(cp_ep_text + e->seg, seg, len);
}

/* The literal child of `n` named [seg, seg + len), or 0 (the root is
 * nobody's child). */
static unsigned literal_child(const struct cp_ep_node *n, const char *seg,
                              size_t len)
{
	size_t lo = n->edges, hi = (size_t)n->edges + n->n_edges;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = edge_cmp(&cp_ep_edges[mid], seg, len);

		if (c == 0)
			return cp_ep_edges[mid].node;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static const struct cp_ep_op *op_of(const struct cp_ep_node *n, int method)
{
	for (unsigned i = n->ops; i < (unsigned)n->ops + n->n_ops; i++)
		if (cp_ep_ops[i].method == method)
			return &cp_ep_ops[i];
	return NULL;
}

/* The operation for the rest of the path [p, end) below `node`: a literal
 * segment beats a template, unless nothing below the literal serves
 * `method`.  Depth is bounded by the trie's, whatever the URL. */
static const struct cp_ep_op *match(unsigned node, const char *p,
                                    const char *end, int method)
{
	const struct cp_ep_node *n = &cp_ep_nodes[node];
	const struct cp_ep_op *op;
	const char *seg, *next;
	unsigned child;
	size_t len;

	if (p == end)
		return op_of(n, method);
	seg = next = p + 1;                /* *p is '/' */
	while (next < end && *next != '/') /* segments are short: no memchr */
		next++;
	len = (size_t)(next - seg);
	child = literal_child(n, seg, len);
	if (child != 0 && (op = match(child, next, end, method)) != NULL)
		return op;
	if (n->param == 0 || len == 0 || is_dot_segment(seg, len))
		return NULL;
	return match(n->param, next, end, method);
}

int credplug_endpoint_find(const char *method, const char *url, uint32_t *mask,
                           const char **path_template)
{
	const struct cp_ep_op *op;
	const char *p, *end;
	int m;

	if (mask != NULL)
		*mask = CREDPLUG_AUTH_ALL;
	if (path_template != NULL)
		*path_template = NULL;
	if (method == NULL || url == NULL || mask == NULL)
		return CREDPLUG_EINVAL;
	m = method_of(method);
	if (m == METHOD_INVALID || !path_of(url, &p, &end))
		return CREDPLUG_EINVAL;
	if (m == METHOD_NONE || (op = match(0, p, end, m)) == NULL)
		return CREDPLUG_ENOTFOUND;
	*mask = op->auth;
	if (path_template != NULL)
		*path_template = cp_ep_text + op->path;
	return CREDPLUG_OK;
}

int credplug_auth_for(const char *method, const char *url, uint32_t *mask)
{
	return credplug_endpoint_find(method, url, mask, NULL);
}
