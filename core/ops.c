/*
 * Slow-path operations on a context: reject feedback (the refused values
 * and their filter on every resolve), store and erase.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

#define KEYS_AND_BEARERS                                                       \
	{                                                                      \
		CREDPLUG_AUTH_API_KEY, CREDPLUG_AUTH_APP_KEY,                  \
		        CREDPLUG_AUTH_BEARER | CREDPLUG_AUTH_AUTHZ             \
	}

/* Remember the values the server refused (caller holds ctx->lock). */
static int note_rejected(struct credplug_ctx *ctx, uint32_t auth,
                         uint32_t *which)
{
	static const uint32_t bits[CP_SECRET_FIELDS] = KEYS_AND_BEARERS;
	const struct cp_snapshot *s = cp_cache_current_locked(&ctx->cache);
	int rc = CREDPLUG_OK;

	*which = 0;
	if (s == NULL)
		return CREDPLUG_OK;
	for (int i = 0; i < CP_SECRET_FIELDS && rc == CREDPLUG_OK; i++) {
		if (!(auth & bits[i]) || s->f[i].value == NULL)
			continue;
		cp_field_clear(&ctx->alloc, &ctx->rejected[i]);
		rc = cp_field_copy(&ctx->alloc, &ctx->rejected[i], &s->f[i]);
		*which |= 1u << i;
	}
	return rc;
}

/* Values the server refused together (credplug_reject) are held back as a
 * group until the chain returns something different for any of them: the
 * server did not say which one it disliked, so a new API key is tried with
 * the same application key, but the very same combination is never
 * replayed. */
void cp_rejected_drop_locked(struct credplug_ctx *ctx, struct cp_field *merged)
{
	bool any = false, changed = false;

	for (int i = 0; i < CP_SECRET_FIELDS; i++) {
		const struct cp_field *r = &ctx->rejected[i], *f = &merged[i];

		if (r->value == NULL)
			continue;
		any = true;
		if (f->value == NULL ||
		    !cp_ct_equal(f->value, f->len, r->value, r->len))
			changed = true;
	}
	for (int i = 0; any && i < CP_SECRET_FIELDS; i++) {
		if (ctx->rejected[i].value == NULL)
			continue;
		cp_field_clear(&ctx->alloc,
		               changed ? &ctx->rejected[i] : &merged[i]);
	}
}

/* After the resolve, a refused value that came back is still recorded in
 * ctx->rejected (and kept out of the snapshot); one that was replaced or
 * went away is not.  A retry is worth it when any value the request
 * carried was replaced. */
static int same_again(struct credplug_ctx *ctx, uint32_t which, long status)
{
	int first = -1;

	for (int i = 0; i < CP_SECRET_FIELDS; i++) {
		if ((which & (1u << i)) && ctx->rejected[i].value == NULL)
			return CREDPLUG_OK; /* replaced or gone: retry once */
		if (first < 0 && ctx->rejected[i].value != NULL &&
		    (which == 0 || (which & (1u << i))))
			first = i;
	}
	if (first < 0)
		return cp_fail(
		        ctx, CREDPLUG_EREJECTED,
		        "the server answered HTTP %ld, but the request carried "
		        "no credential from credplug; nothing to retry with",
		        status);
	return cp_fail(
	        ctx, CREDPLUG_EREJECTED,
	        "the server answered HTTP %ld to %s from provider "
	        "\"%s\" (%s), and resolving again gave the same value, "
	        "which is no longer sent; replace the credential at its "
	        "source, then retry",
	        status, credplug_field_name(first), ctx->rejected[first].source,
	        ctx->rejected[first].locator ? ctx->rejected[first].locator
	                                     : "no locator");
}

int credplug_reject(struct credplug_ctx *ctx,
                    const struct credplug_request *req, long http_status)
{
	uint32_t which;
	int rc;

	if (ctx == NULL || req == NULL ||
	    req->struct_size < CP_MIN_REQUEST_SIZE)
		return CREDPLUG_EINVAL;
	if (http_status != 401 && http_status != 403)
		return cp_fail(ctx, CREDPLUG_EINVAL,
		               "credplug_reject: HTTP %ld is "
		               "not a rejection (expected 401 or 403)",
		               http_status);
	pthread_mutex_lock(&ctx->lock);
	rc = note_rejected(ctx, req->auth, &which);
	if (rc == CREDPLUG_OK)
		rc = cp_cache_resolve_locked(ctx);
	if (rc == CREDPLUG_OK)
		rc = same_again(ctx, which, http_status);
	pthread_mutex_unlock(&ctx->lock);
	return rc;
}

static struct cp_instance *writable(struct credplug_ctx *ctx, const char *name,
                                    uint32_t cap)
{
	for (size_t i = 0; i < ctx->n_inst; i++) {
		struct cp_instance *inst = &ctx->inst[i];

		if (name != NULL && strcmp(inst->label, name) != 0 &&
		    strcmp(inst->use, name) != 0)
			continue;
		if (name != NULL || (inst->created && (inst->caps & cap)))
			return inst;
	}
	return NULL;
}

static int write_op(struct credplug_ctx *ctx, const char *provider,
                    const char *profile, int field, const char *value,
                    bool store)
{
	uint32_t cap = store ? CREDPLUG_CAP_STORE : CREDPLUG_CAP_ERASE;
	struct cp_instance *inst;
	struct credplug_call c;
	const char *why;
	int st;

	if (field < 0 || field >= CREDPLUG_FIELD_COUNT ||
	    (store && value == NULL))
		return cp_fail(ctx, CREDPLUG_EINVAL, "%s: bad field or value",
		               store ? "credplug_store" : "credplug_erase");
	if (store &&
	    (value[0] == '\0' ||
	     (why = cp_value_problem(field, value, strlen(value))) != NULL))
		return cp_fail(ctx, CREDPLUG_EINVAL,
		               "refusing to store %s: it %s",
		               credplug_field_name(field),
		               value[0] ? why : "is empty");
	inst = writable(ctx, provider, cap);
	if (inst == NULL)
		return cp_fail(ctx, CREDPLUG_ENOTFOUND,
		               "no provider %s%s%s in the "
		               "chain can %s; see `credplug providers`",
		               provider ? "\"" : "", provider ? provider : "",
		               provider ? "\"" : "", store ? "store" : "erase");
	/* Named explicitly: let the provider say why it cannot (its message
	 * is more useful than ours); unnamed selection uses inst->caps. */
	if (!inst->created || !(inst->desc->capabilities & cap))
		return cp_fail(ctx, CREDPLUG_EUNSUPPORTED, "provider \"%s\" %s",
		               inst->label,
		               inst->created ? "cannot write values"
		                             : "is not available");
	pthread_mutex_lock(&ctx->lock);
	cp_call_init(&c, ctx, inst, CP_PHASE_STORE);
	c.profile = profile;
	st = store ? inst->desc->store(inst->state, &cp_host, &c,
	                               (uint32_t)field, value, strlen(value))
	           : inst->desc->erase(inst->state, &cp_host, &c,
	                               (uint32_t)field);
	if (st == CREDPLUG_PS_OK) /* next apply sees it, backoff or not */
		cp_cache_invalidate_locked(ctx);
	pthread_mutex_unlock(&ctx->lock);
	if (store) /* a provider must not echo what it was asked to store */
		cp_scrub(c.message, value, strlen(value));
	cp_call_done(&c);
	if (st == CREDPLUG_PS_OK)
		return CREDPLUG_OK;
	return cp_fail(ctx,
	               st == CREDPLUG_PS_NOT_FOUND ? CREDPLUG_ENOTFOUND
	                                           : cp_pstatus_to_status(st),
	               "provider \"%s\" could not %s %s: %s", inst->label,
	               store ? "store" : "erase", credplug_field_name(field),
	               c.message[0] ? c.message : cp_pstatus_name(st));
}

int credplug_store(struct credplug_ctx *ctx, const char *provider,
                   const char *profile, int field, const char *value)
{
	if (ctx == NULL)
		return CREDPLUG_EINVAL;
	return write_op(ctx, provider, profile, field, value, true);
}

int credplug_erase(struct credplug_ctx *ctx, const char *provider,
                   const char *profile, int field)
{
	if (ctx == NULL)
		return CREDPLUG_EINVAL;
	return write_op(ctx, provider, profile, field, NULL, false);
}
