/*
 * The hot path: apply a snapshot's credentials to a request.
 *
 * A warm apply reads the current snapshot under a hazard pointer, checks
 * the destination (a prefix compare for the site's own API origin), and
 * calls the sink.  Resolving, refreshing and every message live in
 * apply_slow() and the failure helpers, out of the way.
 */
#include <stdio.h>
#include <string.h>

#include "fields.h"
#include "internal.h"
#include "urlmsg.h"

/* The endpoint's alternatives: the key schemes together, or one bearer
 * scheme alone (the official clients' rule). */
#define KEYS    (CREDPLUG_AUTH_API_KEY | CREDPLUG_AUTH_APP_KEY)
#define BEARERS (CREDPLUG_AUTH_BEARER | CREDPLUG_AUTH_AUTHZ)

/* Fast destination check: the site's own API origin, exactly. */
static inline bool origin_fast(const struct cp_set *s, const char *url)
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

static bool satisfied(const struct cp_set *s, uint32_t auth)
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
refuse_unsatisfied(struct credplug_ctx *ctx, const struct cp_set *s,
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

__attribute__((noinline, cold)) static int
refresh_failed(struct credplug_ctx *ctx)
{
	char last[2 * CP_MSG_MAX];

	credplug_errmsg_copy(ctx, last, sizeof(last));
	return cp_fail(ctx, CREDPLUG_EEXPIRED,
	               "credentials expired and could not be refreshed (%s); "
	               "see `credplug explain`",
	               last[0] ? last : credplug_strerror(ctx->last_status));
}

/* Walks the chain unless another thread resolved since `seen`, or a failed
 * attempt asked to wait (then its status stands). */
__attribute__((noinline, cold)) static int
resolve_unless_done(struct credplug_ctx *ctx, uint64_t seen)
{
	int rc;

	pthread_mutex_lock(&ctx->lock);
	if (atomic_load(&ctx->current) != NULL && !atomic_load(&ctx->dirty) &&
	    atomic_load(&ctx->resolves) != seen)
		rc = CREDPLUG_OK;
	else if (cp_sched_ns(ctx) < atomic_load(&ctx->retry_after_ns))
		rc = ctx->last_status != CREDPLUG_OK ? ctx->last_status
		                                     : CREDPLUG_EUNAVAILABLE;
	else
		rc = cp_resolve_locked(ctx);
	pthread_mutex_unlock(&ctx->lock);
	return rc;
}

/* Resolve on first use, after credplug_set(), and when the snapshot is due
 * for refresh.  On success *sp is held in *slot; on failure no slot is. */
__attribute__((noinline, cold)) static int apply_slow(struct credplug_ctx *ctx,
                                                      struct cp_set **sp,
                                                      struct cp_hazard **slot)
{
	uint64_t seen = atomic_load(&ctx->resolves);
	struct cp_set *s = *sp;
	int64_t now;
	bool mine;
	int rc;

	if (s == NULL || atomic_load(&ctx->dirty)) {
		if (s != NULL)
			cp_snapshot_release(*slot);
		rc = resolve_unless_done(ctx, seen);
		if (rc != CREDPLUG_OK)
			return rc;
		seen = atomic_load(&ctx->resolves);
		s = *sp = cp_snapshot_acquire(ctx, slot);
		if (s == NULL)
			return CREDPLUG_EINVAL;
	}
	if (s->refresh_at_ns == CP_NO_TIME)
		return CREDPLUG_OK;
	now = cp_sched_ns(ctx);
	if (now < s->refresh_at_ns ||
	    (now < atomic_load(&ctx->retry_after_ns) && now < s->expires_at_ns))
		return CREDPLUG_OK;
	/* Single-flight: one thread refreshes while the others keep applying
	 * the current set until it really expires. */
	mine = atomic_exchange(&ctx->refreshing, 1) == 0;
	if (!mine && now < s->expires_at_ns)
		return CREDPLUG_OK;
	cp_snapshot_release(*slot);
	rc = resolve_unless_done(ctx, seen);
	if (mine)
		atomic_store(&ctx->refreshing, 0);
	s = *sp = cp_snapshot_acquire(ctx, slot);
	if (s == NULL)
		return rc != CREDPLUG_OK ? rc : CREDPLUG_EINVAL;
	if (cp_sched_ns(ctx) >= s->expires_at_ns) {
		cp_snapshot_release(*slot);
		return refresh_failed(ctx);
	}
	return CREDPLUG_OK;
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
                              struct credplug_ctx *ctx, const struct cp_set *s,
                              uint32_t auth)
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

int credplug_apply(struct credplug_ctx *ctx, const struct credplug_request *req,
                   const struct credplug_sink *sink)
{
	struct cp_hazard *slot = NULL;
	struct cp_set *s;
	const char *why;
	uint32_t auth;
	int rc = CREDPLUG_OK;

	if (ctx == NULL || req == NULL || sink == NULL ||
	    req->struct_size < CREDPLUG_REQUEST_V0_1_SIZE || req->url == NULL ||
	    sink->struct_size < CREDPLUG_SINK_V0_1_SIZE ||
	    sink->add_header == NULL)
		return cp_fail(ctx, CREDPLUG_EINVAL,
		               "credplug_apply: NULL or short argument");
	s = cp_snapshot_acquire(ctx, &slot);
	/* One word says "leave the fast path": no snapshot yet, a refresh due,
	 * or new input (cp_mark_dirty sets refresh_at_ns to 0). */
	if (__builtin_expect(s == NULL || s->refresh_at_ns != CP_NO_TIME, 0)) {
		rc = apply_slow(ctx, &s, &slot);
		if (rc != CREDPLUG_OK)
			return rc;
	}
	auth = req->auth;
	if (!origin_fast(s, req->url) &&
	    !cp_origin_allowed(&ctx->origins, req->url, &why))
		rc = refuse_destination(ctx, req->url, why);
	else if ((ctx->flags & CREDPLUG_FLAG_STRICT) && !satisfied(s, auth))
		rc = refuse_unsatisfied(ctx, s, auth);
	if (rc == CREDPLUG_OK && (auth & s->hdr_auth))
		rc = add_headers(sink, ctx, s, auth);
	cp_snapshot_release(slot);
	return rc;
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
