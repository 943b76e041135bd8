/*
 * The values the server refused (credplug_reject), ctx->rejected: noted
 * from the current snapshot, held back from every resolve, judged after the
 * resolve again, cleared with the context.  No other file writes them.
 * Callers hold ctx->lock (except cp_rejected_free, at teardown).
 */
#include "cache.h"
#include "ctx.h"
#include "errors.h"
#include "field.h"
#include "fields.h"
#include "memory.h"
#include "reject.h"
#include "snapshot.h"

int cp_rejected_note_locked(struct credplug_ctx *ctx, uint32_t auth,
                            uint32_t *which)
{
	const struct cp_snapshot *s = cp_cache_current_locked(&ctx->cache);
	int rc = CREDPLUG_OK;

	*which = 0;
	if (s == NULL)
		return CREDPLUG_OK;
	for (int i = 0; i < CREDPLUG_FIELD_COUNT && rc == CREDPLUG_OK; i++) {
		/* what the request carried: a secret its schemes send */
		if (!cp_fields[i].secret || !(auth & cp_fields[i].auth) ||
		    s->f[i].value == NULL)
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

	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		const struct cp_field *r = &ctx->rejected[i], *f = &merged[i];

		if (r->value == NULL)
			continue;
		any = true;
		if (f->value == NULL ||
		    !cp_ct_equal(f->value, f->len, r->value, r->len))
			changed = true;
	}
	for (int i = 0; any && i < CREDPLUG_FIELD_COUNT; i++) {
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
int cp_rejected_verdict_locked(struct credplug_ctx *ctx, uint32_t which,
                               long status)
{
	int first = -1;

	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
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

void cp_rejected_free(struct credplug_ctx *ctx)
{
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		cp_field_clear(&ctx->alloc, &ctx->rejected[i]);
}
