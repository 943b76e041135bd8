/*
 * The common path for foreign callers (language bindings): a context from
 * plain arguments, a request's headers as JSON text, a rejection reported
 * without the request struct.  Built on the public API; what it needs from
 * inside is the failed context (open_status, see cp_fail).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apply.h"
#include "ctx.h"
#include "errors.h"

#define OPEN_FLAGS                                                             \
	(CREDPLUG_FLAG_STRICT | CREDPLUG_FLAG_NO_CONFIG_FILE |                 \
	 CREDPLUG_FLAG_NO_MODULES | CREDPLUG_FLAG_INTERACTIVE |                \
	 CREDPLUG_FLAG_DUMPABLE_SECRETS)

/* What credplug_ctx_open hands back when creation failed: a bare context
 * holding the detail, on which nothing resolves.  NULL when out of memory. */
static struct credplug_ctx *failed_ctx(const struct cp_diag *d)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;

	o.flags = CREDPLUG_FLAG_DUMPABLE_SECRETS; /* no secret, no slab */
	if (cp_ctx_alloc(&ctx, &o) != CREDPLUG_OK)
		return NULL;
	ctx->config_source = "none"; /* explain describes it */
	cp_diag_to_ctx(ctx, d);
	ctx->open_status = d->status;
	return ctx;
}

int credplug_ctx_open(struct credplug_ctx **out, const char *config_path,
                      const char *config_json, uint32_t flags)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct cp_diag d = {0};
	int rc;

	if (out == NULL)
		return CREDPLUG_EINVAL;
	*out = NULL;
	if (flags & ~(uint32_t)OPEN_FLAGS) {
		rc = cp_diag_set(&d, CREDPLUG_EINVAL,
		                 "credplug_ctx_open: unknown flag bits 0x%x "
		                 "(known: 0x%x; see docs/bindings.md)",
		                 (unsigned)(flags & ~(uint32_t)OPEN_FLAGS),
		                 (unsigned)OPEN_FLAGS);
	} else {
		o.config_path = config_path;
		o.config_json = config_json;
		o.flags = flags;
		rc = cp_ctx_new(out, &o, &d);
	}
	if (rc != CREDPLUG_OK)
		*out = failed_ctx(&d);
	return rc;
}

/* The first name credplug_auth_parse() does not know, cut to `cap`. */
static void first_unknown(const char *list, char *out, size_t cap)
{
	const char *p = list;
	char tok[128];
	size_t n;

	out[0] = '\0';
	while (*p != '\0') {
		p += strspn(p, ", +|\t");
		n = strcspn(p, ", +|\t");
		if (n == 0)
			break;
		snprintf(tok, sizeof(tok), "%.*s", (int)(n < 100 ? n : 100), p);
		if (credplug_auth_parse(tok) & CREDPLUG_AUTH_UNKNOWN) {
			snprintf(out, cap, "%s", tok);
			return;
		}
		p += n;
	}
}

/* No list given: the operation's, from the endpoint table.  One the table
 * lacks gets every configured credential, as before 0.2 (credplug_auth_for
 * leaves CREDPLUG_AUTH_ALL); a method or URL it cannot read is refused
 * rather than sent everything.  The message shows no byte of the URL. */
static int table_auth(struct credplug_ctx *ctx, const char *fn,
                      const char *method, const char *url, uint32_t *mask)
{
	uint32_t m;

	if (credplug_auth_for(method, url, mask) != CREDPLUG_EINVAL)
		return CREDPLUG_OK;
	if (credplug_auth_for(method, "/", &m) == CREDPLUG_EINVAL)
		return cp_fail(ctx, CREDPLUG_EINVAL,
		               "%s: method \"%.40s\" is not an HTTP method", fn,
		               method);
	return cp_fail(ctx, CREDPLUG_EINVAL,
	               "%s: the endpoint table cannot read the URL (neither "
	               "scheme://host/path nor /path, or a space, control "
	               "character, non-ASCII byte or backslash before its "
	               "query); pass its security list as auth",
	               fn);
}

/* Fills `req` from plain arguments; messages name the calling function. */
static int request_from(struct credplug_ctx *ctx, const char *fn,
                        struct credplug_request *req, const char *method,
                        const char *url, const char *auth)
{
	char bad[128];

	if (method == NULL || url == NULL)
		return cp_fail(ctx, CREDPLUG_EINVAL, "%s: %s is NULL", fn,
		               method == NULL ? "method" : "url");
	req->method = method;
	req->url = url;
	if (auth == NULL)
		return table_auth(ctx, fn, method, url, &req->auth);
	req->auth = credplug_auth_parse(auth);
	if (!(req->auth & CREDPLUG_AUTH_UNKNOWN))
		return CREDPLUG_OK;
	first_unknown(auth, bad, sizeof(bad));
	return cp_fail(ctx, CREDPLUG_EINVAL,
	               "%s: unknown security scheme \"%s\" in auth; use "
	               "apiKeyAuth, appKeyAuth, bearerAuth or AuthZ "
	               "(comma-separated), \"\" for none, or NULL for the "
	               "endpoint table",
	               fn, bad);
}

/* Bytes `s` takes inside a JSON string. */
static size_t json_len(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += (*s == '"' || *s == '\\')  ? 2
		     : (unsigned char)*s < 0x20 ? 6
		                                : 1;
	return n;
}

static char *json_put(char *p, const char *s)
{
	static const char hex[] = "0123456789abcdef";

	*p++ = '"';
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\') {
			*p++ = '\\';
			*p++ = (char)c;
		} else if (c < 0x20) { /* values are validated; names fixed */
			memcpy(p, "\\u00", 4);
			p[4] = hex[c >> 4];
			p[5] = hex[c & 15];
			p += 6;
		} else {
			*p++ = (char)c;
		}
	}
	*p++ = '"';
	return p;
}

/* `[["name","value"],...]` in one exact-size malloc'd block, or NULL. */
static char *render(const struct credplug_collect *c)
{
	size_t n = 3; /* [ ] NUL */
	char *text, *p;

	for (size_t i = 0; i < c->count; i++) /* ["name","value"] and , */
		n += (i > 0) + 7 + json_len(c->headers[i].name) +
		     json_len(c->headers[i].value);
	text = malloc(n);
	if (text == NULL)
		return NULL;
	p = text;
	*p++ = '[';
	for (size_t i = 0; i < c->count; i++) {
		if (i > 0)
			*p++ = ',';
		*p++ = '[';
		p = json_put(p, c->headers[i].name);
		*p++ = ',';
		p = json_put(p, c->headers[i].value);
		*p++ = ']';
	}
	*p++ = ']';
	*p = '\0';
	return text;
}

int credplug_headers(struct credplug_ctx *ctx, const char *method,
                     const char *url, const char *auth, char **out)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_collect c;
	struct credplug_sink sink;
	int rc;

	if (out == NULL)
		return cp_fail(ctx, CREDPLUG_EINVAL,
		               "credplug_headers: out is NULL");
	*out = NULL;
	if (ctx == NULL)
		return CREDPLUG_EINVAL;
	c.count = 0;
	rc = request_from(ctx, "credplug_headers", &req, method, url, auth);
	if (rc == CREDPLUG_OK) {
		credplug_collect_sink(&sink, &c);
		rc = credplug_apply(ctx, &req, &sink);
	}
	if (rc == CREDPLUG_OK && (*out = render(&c)) == NULL)
		rc = cp_fail(ctx, CREDPLUG_ENOMEM, "out of memory");
	for (size_t i = 0; i < c.count; i++) /* what was written, not 16 KiB */
		credplug_wipe(c.headers[i].value,
		              strlen(c.headers[i].value) + 1);
	if (rc != CREDPLUG_OK)
		*out = credplug_errmsg_dup(ctx, rc);
	return rc;
}

void credplug_headers_free(char *p)
{
	if (p == NULL)
		return;
	credplug_wipe(p, strlen(p));
	free(p);
}

int credplug_reject_request(struct credplug_ctx *ctx, const char *method,
                            const char *url, const char *auth, long http_status)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	int rc;

	if (ctx == NULL)
		return CREDPLUG_EINVAL;
	rc = request_from(ctx, "credplug_reject_request", &req, method, url,
	                  auth);
	return rc != CREDPLUG_OK ? rc : credplug_reject(ctx, &req, http_status);
}

/* Flags credplug_headers_buf knows. */
#define HEADERS_BUF_FLAGS CREDPLUG_HEADERS_NOWAIT

_Static_assert(
        CREDPLUG_HEADERS_BUF_SIZE >=
                CREDPLUG_COLLECT_MAX *
                                (sizeof(((struct credplug_header *)0)->name) +
                                 sizeof(((struct credplug_header *)0)->value) +
                                 4) +
                        1,
        "CREDPLUG_HEADERS_BUF_SIZE holds every header block");

__attribute__((noinline, cold)) static int
headers_buf_refused(struct credplug_ctx *ctx, const char *url, uint32_t auth,
                    uint32_t flags, char *buf, size_t cap)
{
	if (buf == NULL || cap == 0)
		return cp_fail(ctx, CREDPLUG_EINVAL, "credplug_headers_buf: %s",
		               buf == NULL ? "buf is NULL" : "cap is 0");
	buf[0] = '\0';
	if (url == NULL)
		return cp_fail(ctx, CREDPLUG_EINVAL,
		               "credplug_headers_buf: url is NULL");
	if (auth & CREDPLUG_AUTH_UNKNOWN)
		return cp_fail(ctx, CREDPLUG_EINVAL,
		               "credplug_headers_buf: auth carries "
		               "CREDPLUG_AUTH_UNKNOWN (a scheme "
		               "credplug_auth_parse() did not know); pass the "
		               "known bits");
	return cp_fail(ctx, CREDPLUG_EINVAL,
	               "credplug_headers_buf: unknown flag bits 0x%x (known: "
	               "0x%x)",
	               (unsigned)(flags & ~(uint32_t)HEADERS_BUF_FLAGS),
	               (unsigned)HEADERS_BUF_FLAGS);
}

int credplug_headers_buf(struct credplug_ctx *ctx, const char *url,
                         uint32_t auth, uint32_t flags, char *buf, size_t cap)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_buffer b;
	struct credplug_sink sink;
	int rc;

	if (ctx == NULL)
		return CREDPLUG_EINVAL;
	if (url == NULL || buf == NULL || cap == 0 ||
	    (auth & CREDPLUG_AUTH_UNKNOWN) || (flags & ~HEADERS_BUF_FLAGS))
		return headers_buf_refused(ctx, url, auth, flags, buf, cap);
	if (cap > INT_MAX) /* the length must fit the return value */
		cap = INT_MAX;
	req.url = url;
	req.auth = auth;
	credplug_buffer_sink(&sink, &b, buf, cap);
	rc = (flags & CREDPLUG_HEADERS_NOWAIT)
	             ? cp_apply_nowait(ctx, &req, &sink)
	             : credplug_apply(ctx, &req, &sink);
	if (__builtin_expect(rc == CREDPLUG_OK, 1))
		return (int)b.len;
	credplug_wipe(buf, b.len + 1); /* what an earlier header left */
	if (rc == CREDPLUG_ESINK)
		rc = cp_fail(ctx, CREDPLUG_ESINK,
		             "credplug_headers_buf: %zu bytes are too few for "
		             "the headers; pass CREDPLUG_HEADERS_BUF_SIZE (%d)",
		             cap, CREDPLUG_HEADERS_BUF_SIZE);
	return rc;
}
