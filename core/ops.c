/*
 * Slow-path operations on a context: reject feedback (credplug_reject; the
 * refused values themselves are reject.c's), store and erase.
 */
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "cache.h"
#include "ctx.h"
#include "errors.h"
#include "host.h"
#include "instance.h"
#include "reject.h"
#include "values.h"

int credplug_reject(struct credplug_ctx *ctx,
                    const struct credplug_request *req, long http_status)
{
	uint32_t which;
	int rc;

	if (ctx == NULL || req == NULL ||
	    req->struct_size < CREDPLUG_REQUEST_V0_1_SIZE)
		return CREDPLUG_EINVAL;
	if (http_status != 401 && http_status != 403)
		return cp_fail(ctx, CREDPLUG_EINVAL,
		               "credplug_reject: HTTP %ld is "
		               "not a rejection (expected 401 or 403)",
		               http_status);
	pthread_mutex_lock(&ctx->lock);
	rc = cp_rejected_note_locked(ctx, req->auth, &which);
	if (rc == CREDPLUG_OK)
		rc = cp_cache_resolve_locked(ctx);
	if (rc == CREDPLUG_OK)
		rc = cp_rejected_verdict_locked(ctx, which, http_status);
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

/* Scrubs what the provider said of the value it was asked to store. */
static void scrub_target(struct cp_target *t, const char *value)
{
	size_t n = strlen(value);

	if (!t->set)
		return;
	cp_scrub(t->locator, value, n);
	cp_scrub(t->profile, value, n);
	cp_scrub(t->mode, value, n);
}

/* The arguments, and the instance that is to write. */
static int pick(struct credplug_ctx *ctx, const char *provider, int field,
                const char *value, struct cp_instance **out)
{
	bool store = value != NULL;
	uint32_t cap = store ? CREDPLUG_CAP_STORE : CREDPLUG_CAP_ERASE;
	struct cp_instance *inst;
	const char *why;

	if (field < 0 || field >= CREDPLUG_FIELD_COUNT)
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
	*out = inst;
	return CREDPLUG_OK;
}

/* Store (`value` set) or erase; `target` receives what the provider said
 * about where (target->set false when it said nothing). */
static int write_op(struct credplug_ctx *ctx, const char *provider,
                    const char *profile, int field, const char *value,
                    struct cp_target *target, struct cp_instance **inst)
{
	struct credplug_call c;
	struct cp_instance *in;
	int st = pick(ctx, provider, field, value, inst);

	if (st != CREDPLUG_OK)
		return st;
	in = *inst;
	pthread_mutex_lock(&ctx->lock);
	cp_call_init(&c, ctx, in, CP_PHASE_STORE);
	c.profile = profile;
	c.target = target;
	st = value ? in->desc->store(in->state, &cp_host, &c, (uint32_t)field,
	                             value, strlen(value))
	           : in->desc->erase(in->state, &cp_host, &c, (uint32_t)field);
	if (st == CREDPLUG_PS_OK) /* next apply sees it, backoff or not */
		cp_cache_invalidate_locked(ctx);
	pthread_mutex_unlock(&ctx->lock);
	if (value) { /* a provider must not echo what it was asked to store */
		cp_scrub(c.message, value, strlen(value));
		scrub_target(target, value);
	}
	cp_call_done(&c);
	if (st == CREDPLUG_PS_OK)
		return CREDPLUG_OK;
	return cp_fail(ctx,
	               st == CREDPLUG_PS_NOT_FOUND ? CREDPLUG_ENOTFOUND
	                                           : cp_pstatus_to_status(st),
	               "provider \"%s\" could not %s %s: %s", in->label,
	               value ? "store" : "erase", credplug_field_name(field),
	               c.message[0] ? c.message : cp_pstatus_name(st));
}

/* Adds `key`: the string `v`, or null for NULL or "".  0, or -1 out of
 * memory. */
static int add_str(struct json_object *o, const char *key, const char *v)
{
	struct json_object *s = NULL;

	if (v != NULL && v[0] != '\0' &&
	    (s = json_object_new_string(v)) == NULL)
		return -1;
	if (json_object_object_add(o, key, s) != 0) {
		json_object_put(s);
		return -1;
	}
	return 0;
}

/* {"action","field","provider","use","locator","profile","mode"}: what
 * the provider said, null where it said nothing. */
static struct json_object *result_doc(const struct cp_instance *inst, int field,
                                      bool store, const struct cp_target *t)
{
	struct json_object *o = json_object_new_object();

	if (o == NULL ||
	    add_str(o, "action", store ? "stored" : "erased") != 0 ||
	    add_str(o, "field", credplug_field_name(field)) != 0 ||
	    add_str(o, "provider", inst->label) != 0 ||
	    add_str(o, "use", inst->use) != 0 ||
	    add_str(o, "locator", t->set ? t->locator : NULL) != 0 ||
	    add_str(o, "profile", t->set ? t->profile : NULL) != 0 ||
	    add_str(o, "mode", t->set ? t->mode : NULL) != 0) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

static int write_json(struct credplug_ctx *ctx, const char *provider,
                      const char *profile, int field, const char *value,
                      bool store, char **out)
{
	struct cp_instance *inst = NULL;
	struct cp_target t;
	struct json_object *doc;
	const char *text;
	int rc;

	if (out != NULL)
		*out = NULL;
	if (ctx == NULL)
		return CREDPLUG_EINVAL;
	if (store && value == NULL)
		return cp_fail(ctx, CREDPLUG_EINVAL,
		               "credplug_store: bad field or value");
	t.set = false;
	rc = write_op(ctx, provider, profile, field, value, &t, &inst);
	if (rc != CREDPLUG_OK || out == NULL)
		return rc;
	doc = result_doc(inst, field, value != NULL, &t);
	text = doc ? json_object_to_json_string_ext(
	                     doc, JSON_C_TO_STRING_PLAIN |
	                                  JSON_C_TO_STRING_NOSLASHESCAPE)
	           : NULL;
	if (text != NULL)
		*out = strdup(text);
	json_object_put(doc);
	if (*out == NULL)
		return cp_fail(ctx, CREDPLUG_ENOMEM,
		               "%s %s, but ran out of memory describing where",
		               value ? "stored" : "erased",
		               credplug_field_name(field));
	return CREDPLUG_OK;
}

int credplug_store(struct credplug_ctx *ctx, const char *provider,
                   const char *profile, int field, const char *value)
{
	return credplug_store_json(ctx, provider, profile, field, value, NULL);
}

int credplug_erase(struct credplug_ctx *ctx, const char *provider,
                   const char *profile, int field)
{
	return credplug_erase_json(ctx, provider, profile, field, NULL);
}

int credplug_store_json(struct credplug_ctx *ctx, const char *provider,
                        const char *profile, int field, const char *value,
                        char **out)
{
	return write_json(ctx, provider, profile, field, value, true, out);
}

int credplug_erase_json(struct credplug_ctx *ctx, const char *provider,
                        const char *profile, int field, char **out)
{
	return write_json(ctx, provider, profile, field, NULL, false, out);
}
