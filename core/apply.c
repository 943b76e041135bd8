/*
 * The hot path: apply a snapshot's credentials to a request.
 *
 * A warm apply reads the current snapshot under a hazard pointer, checks
 * the destination (a prefix compare for the site's own API origin), and
 * calls the sink.  Resolving and refreshing belong to the snapshot cache
 * (cp_cache_refresh, cache.c); the messages live in the cold helpers here.
 */
#include <stdio.h>
#include <string.h>

#include "apply.h"
#include "ctx.h"
#include "errors.h"
#include "fields.h"
#include "origin.h"
#include "snapshot.h"
#include "urlmsg.h"

/* The endpoint's alternatives: the key schemes together, or one bearer
 * scheme alone (the official clients' rule). */
#define KEYS    (CREDPLUG_AUTH_API_KEY | CREDPLUG_AUTH_APP_KEY)
#define BEARERS (CREDPLUG_AUTH_BEARER | CREDPLUG_AUTH_AUTHZ)

/* Fast destination check: the site's own API origin, exactly. */
static inline bool origin_fast(const struct cp_snapshot *s, const char *url)
{
	char c;

	if (s->origin_len == 0 || strncmp(url, s->origin, s->origin_len) != 0)
		return false;
	c = url[s->origin_len];
	return c == '\0' || c == '/' || c == '?' || c == '#';
}

/* Scheme and authority of `url` for a message, user info hidden: never
 * a byte of the user info, path or query (urlmsg.c). */
static void origin_for_message(const char *url, char *out, size_t cap)
{
	cp_url_origin_text(url, out, cap);
}

__attribute__((noinline, cold)) static int
refuse_destination(struct credplug_ctx *ctx, const char *url, const char *why)
{
	bool userinfo = strcmp(why, "user info in URL") == 0;
	char origin[160];

	origin_for_message(url, origin, sizeof(origin));
	return cp_fail(ctx, CREDPLUG_EDESTINATION,
	               "refusing to send credentials to %s: %s; %s", origin,
	               why,
	               userinfo ? "remove the user info from the URL"
	                        : "if this host is yours, add its origin to "
	                          "\"allowed_origins\" in the credplug config");
}

static bool satisfied(const struct cp_snapshot *s, uint32_t auth)
{
	bool have_keys = (auth & KEYS) != 0, have_bearer = false;

	if (auth == 0) /* an endpoint without security */
		return true;
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		bool set = s->f[i].value != NULL;

		if ((auth & KEYS & cp_fields[i].auth) && !set)
			have_keys = false;
		if ((auth & BEARERS & cp_fields[i].auth) && set)
			have_bearer = true;
	}
	return have_keys || have_bearer;
}

__attribute__((noinline, cold)) static int
refuse_unsatisfied(struct credplug_ctx *ctx, const struct cp_snapshot *s,
                   uint32_t auth)
{
	char need[96] = "", have[64] = "", vars[128];

	if (auth & KEYS)
		snprintf(need, sizeof(need), "%s%s%s",
		         (auth & CREDPLUG_AUTH_API_KEY) ? "apiKeyAuth" : "",
		         (auth & KEYS) == KEYS ? "+" : "",
		         (auth & CREDPLUG_AUTH_APP_KEY) ? "appKeyAuth" : "");
	if (auth & BEARERS)
		snprintf(need + strlen(need), sizeof(need) - strlen(need),
		         "%s%s", need[0] ? " or " : "",
		         (auth & CREDPLUG_AUTH_AUTHZ) ? "AuthZ" : "bearerAuth");
	if (need[0] == '\0')
		snprintf(need, sizeof(need),
		         "only schemes credplug does not know");
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		if (cp_fields[i].secret && s->f[i].value)
			snprintf(have + strlen(have),
			         sizeof(have) - strlen(have), "%s%s",
			         have[0] ? ", " : "", cp_fields[i].name);
	cp_fields_join(vars, sizeof(vars), CP_SECRET_FIELDS_MASK,
	               CP_FIELD_COL(env), ", ", ", ");
	return cp_fail(ctx, CREDPLUG_ENOCRED,
	               "the endpoint accepts %s, but the configured "
	               "credentials (%s) satisfy none of these; set the "
	               "missing ones (%s) or run `credplug explain`",
	               need, have[0] ? have : "none", vars);
}

__attribute__((noinline, cold)) static int sink_failed(struct credplug_ctx *ctx,
                                                       const char *name, int r)
{
	return cp_fail(ctx, CREDPLUG_ESINK,
	               "the header sink failed to add %s (it returned %d); "
	               "discard this request",
	               name, r);
}

/* The snapshot's headers the request's schemes accept, in table order.
 * Unrolled (a handful of fields): each slot then costs what one of the
 * old fixed branches did, a test, a load and the call (gcc and clang both
 * take the pragma). */
static inline int add_headers(const struct credplug_sink *sink,
                              struct credplug_ctx *ctx,
                              const struct cp_snapshot *s, uint32_t auth)
{
#pragma GCC unroll 8
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		const struct cp_header *h = &s->hdr[i];
		int r;

		if (!(auth & h->auth))
			continue;
		r = sink->add_header(sink->user_data, h->name, h->value);
		if (r != 0)
			return sink_failed(ctx, h->name, r);
	}
	return CREDPLUG_OK;
}

/* A destination other than the site's own API origin, or strict mode:
 * the allowed list and the endpoint's schemes, with their messages. */
__attribute__((noinline)) static int check_slow(struct credplug_ctx *ctx,
                                                const struct cp_snapshot *s,
                                                const char *url, uint32_t auth,
                                                bool fast_origin)
{
	const char *why;

	if (!fast_origin && !cp_origin_allowed(&ctx->origins, url, &why))
		return refuse_destination(ctx, url, why);
	if ((ctx->flags & CREDPLUG_FLAG_STRICT) && !satisfied(s, auth))
		return refuse_unsatisfied(ctx, s, auth);
	return CREDPLUG_OK;
}

/* credplug_apply's body; `wait` false: never resolve (cp_apply_nowait).
 * Inlined into both, so the constant folds away on the hot path. */
static inline __attribute__((always_inline)) int
apply(struct credplug_ctx *ctx, const struct credplug_request *req,
      const struct credplug_sink *sink, bool wait)
{
	struct cp_snapshot *s;
	struct cp_held h;
	uint32_t auth;
	bool fast_origin;
	int rc = CREDPLUG_OK;

	if (ctx == NULL || req == NULL || sink == NULL ||
	    req->struct_size < CREDPLUG_REQUEST_V0_1_SIZE || req->url == NULL ||
	    sink->struct_size < CREDPLUG_SINK_V0_1_SIZE ||
	    sink->add_header == NULL)
		return cp_fail(ctx, CREDPLUG_EINVAL,
		               "credplug_apply: NULL or short argument");
	h = cp_cache_acquire(&ctx->cache);
	/* Leave the fast path with no snapshot yet, new input, or a refresh
	 * or recheck that may be due (snapshot.h). */
	if (__builtin_expect(h.s == NULL || !cp_cache_fresh(h), 0)) {
		int why_not;

		h = wait ? cp_cache_refresh(ctx, h, &why_not)
		         : cp_cache_refresh_nowait(ctx, h, &why_not);
		if (h.s == NULL)
			return why_not;
	}
	s = h.s;
	auth = req->auth;
	fast_origin = origin_fast(s, req->url);
	if (!fast_origin || (ctx->flags & CREDPLUG_FLAG_STRICT))
		rc = check_slow(ctx, s, req->url, auth, fast_origin);
	if (rc == CREDPLUG_OK && (auth & s->hdr_auth))
		rc = add_headers(sink, ctx, s, auth);
	cp_cache_release(h.slot);
	return rc;
}

int credplug_apply(struct credplug_ctx *ctx, const struct credplug_request *req,
                   const struct credplug_sink *sink)
{
	return apply(ctx, req, sink, true);
}

int cp_apply_nowait(struct credplug_ctx *ctx,
                    const struct credplug_request *req,
                    const struct credplug_sink *sink)
{
	return apply(ctx, req, sink, false);
}

uint32_t credplug_auth_parse(const char *names)
{
	static const struct {
		const char *name;
		uint32_t bit;
	} schemes[] = {
	        {"apiKeyAuth", CREDPLUG_AUTH_API_KEY},
	        {"appKeyAuth", CREDPLUG_AUTH_APP_KEY},
	        {"bearerAuth", CREDPLUG_AUTH_BEARER},
	        {"AuthZ", CREDPLUG_AUTH_AUTHZ},
	};
	uint32_t mask = 0;
	const char *p = names;

	while (p != NULL && *p != '\0') {
		size_t n;
		uint32_t bit = CREDPLUG_AUTH_UNKNOWN;

		p += strspn(p, ", +|\t");
		n = strcspn(p, ", +|\t");
		if (n == 0)
			break;
		for (size_t i = 0; i < sizeof(schemes) / sizeof(*schemes); i++)
			if (strlen(schemes[i].name) == n &&
			    memcmp(schemes[i].name, p, n) == 0)
				bit = schemes[i].bit;
		mask |= bit;
		p += n;
	}
	return mask;
}
