/*
 * The context: creation from options and config, explicit values,
 * resolve, reject feedback, store/erase, teardown.
 */
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "cache.h"
#include "config.h"
#include "ctx.h"
#include "errors.h"
#include "field.h"
#include "instance.h"
#include "json_wipe.h"
#include "memory.h"
#include "origin.h"
#include "reject.h"
#include "snapshot.h"
#include "values.h"

/* Does the caller's struct have `field`?  Always for the members of 0.1
 * (credplug_ctx_new() refuses a shorter struct); a member appended later
 * is read only when this says so. */
#define HAS(o, field)                                                          \
	((o) != NULL &&                                                        \
	 (o)->struct_size >=                                                   \
	         CREDPLUG_SIZE_THROUGH(struct credplug_options, field))

static const char *const default_chain[] = {"explicit", "env", "file",
                                            "keyring"};

static int copy_builtins(struct credplug_ctx *ctx,
                         const struct credplug_options *o)
{
	if (!HAS(o, n_builtins) || o->builtins == NULL || o->n_builtins == 0)
		return CREDPLUG_OK;
	ctx->builtins =
	        cp_calloc(&ctx->alloc, o->n_builtins * sizeof(*ctx->builtins));
	if (ctx->builtins == NULL)
		return CREDPLUG_ENOMEM;
	for (size_t i = 0; i < o->n_builtins; i++) {
		if (o->builtins[i].name == NULL || o->builtins[i].entry == NULL)
			return CREDPLUG_EINVAL;
		ctx->builtins[i] = o->builtins[i];
	}
	ctx->n_builtins = o->n_builtins;
	return CREDPLUG_OK;
}

static int apply_options(struct credplug_ctx *ctx,
                         const struct credplug_options *o)
{
	if (HAS(o, flags))
		ctx->flags = o->flags;
	if (HAS(o, provider_dir) && o->provider_dir != NULL) {
		if (o->provider_dir[0] != '/')
			return CREDPLUG_EINVAL; /* modules load by absolute path
			                           only */
		ctx->provider_dir = cp_strdup(&ctx->alloc, o->provider_dir);
		if (ctx->provider_dir == NULL)
			return CREDPLUG_ENOMEM;
	}
	if (HAS(o, clock_user_data)) {
		ctx->clock = o->clock;
		ctx->clock_ud = o->clock_user_data;
	}
	return copy_builtins(ctx, o);
}

/* {"use": name, "optional": true}: the built-in chain names providers that
 * may not be installed, and skips them (explain says so). */
static struct json_object *default_entry(const char *name)
{
	struct json_object *e = json_object_new_object();

	if (e != NULL &&
	    (json_object_object_add(e, "use", json_object_new_string(name)) !=
	             0 ||
	     json_object_object_add(e, "optional",
	                            json_object_new_boolean(1)) != 0)) {
		json_object_put(e);
		e = NULL;
	}
	return e;
}

/* One instance per config entry, or the default chain. */
static int build_chain(struct credplug_ctx *ctx,
                       const struct cp_config_src *src, struct json_object *doc,
                       struct cp_diag *d)
{
	struct json_object *arr = NULL;
	size_t n;
	int rc = CREDPLUG_OK;

	if (doc != NULL)
		json_object_object_get_ex(doc, "providers", &arr);
	n = arr ? json_object_array_length(arr)
	        : sizeof(default_chain) / sizeof(*default_chain);
	ctx->inst = cp_calloc(&ctx->alloc, (n ? n : 1) * sizeof(*ctx->inst));
	if (ctx->inst == NULL)
		return CREDPLUG_ENOMEM;
	for (size_t i = 0; i < n && rc == CREDPLUG_OK; i++) {
		struct json_object *e = NULL;

		if (arr != NULL) {
			e = json_object_get(json_object_array_get_idx(arr, i));
		} else {
			e = default_entry(default_chain[i]);
			if (e == NULL)
				rc = CREDPLUG_ENOMEM;
		}
		ctx->n_inst = i + 1;
		if (rc == CREDPLUG_OK)
			rc = cp_instance_init(ctx, src, i, e, d);
		/* a failure without text of its own: the entry's message */
		if (rc != CREDPLUG_OK && ctx->inst[i].message[0] != '\0')
			cp_diag_set(d, rc, "%s", ctx->inst[i].message);
		json_object_put(e);
	}
	return rc;
}

int cp_ctx_alloc(struct credplug_ctx **out, const struct credplug_options *o)
{
	const struct credplug_allocator *user =
	        HAS(o, allocator) ? o->allocator : NULL;
	struct cp_alloc a;
	struct credplug_ctx *ctx;

	if (user != NULL && (user->struct_size < CREDPLUG_ALLOCATOR_V0_1_SIZE ||
	                     user->malloc_fn == NULL || user->free_fn == NULL))
		return CREDPLUG_EINVAL;
	cp_alloc_init(&a, user);
	ctx = cp_calloc(&a, sizeof(*ctx));
	if (ctx == NULL)
		return CREDPLUG_ENOMEM;
	ctx->alloc = a;
	/* Secret memory is chosen once, before any secret is copied. */
	if (cp_cache_init(&ctx->cache, &a) != CREDPLUG_OK ||
	    (!(HAS(o, flags) && (o->flags & CREDPLUG_FLAG_DUMPABLE_SECRETS)) &&
	     cp_slab_new(&ctx->alloc) != CREDPLUG_OK)) {
		cp_cache_free(&ctx->cache, &a);
		cp_free(&a, ctx);
		return CREDPLUG_ENOMEM;
	}
	ctx->default_timeout_ms = CP_DEFAULT_TIMEOUT_MS;
	pthread_mutex_init(&ctx->lock, NULL);
	pthread_mutex_init(&ctx->err_lock, NULL);
	*out = ctx;
	return CREDPLUG_OK;
}

static int ctx_setup(struct credplug_ctx *ctx, const struct credplug_options *o,
                     struct cp_diag *d)
{
	struct cp_config_src src = {0};
	struct json_object *doc = NULL;
	int rc = apply_options(ctx, o);

	if (rc == CREDPLUG_EINVAL)
		cp_diag_set(
		        d, rc,
		        "credplug_ctx_new: provider_dir must be an absolute "
		        "path, and builtins need a name and an entry");
	if (rc == CREDPLUG_OK)
		rc = cp_origins_add_datadog(&ctx->alloc, &ctx->origins);
	if (rc == CREDPLUG_OK)
		rc = cp_config_load(ctx, o, &src, &doc, d);
	if (rc == CREDPLUG_OK && ctx->config_site != NULL)
		rc = cp_origins_add_site(&ctx->alloc, &ctx->origins,
		                         ctx->config_site);
	if (rc == CREDPLUG_OK) {
		ctx->config_source = src.source;
		if (src.text != NULL && src.name == src.path &&
		    (ctx->config_path = cp_strdup(&ctx->alloc, src.path)) ==
		            NULL)
			rc = CREDPLUG_ENOMEM;
	}
	if (rc == CREDPLUG_OK)
		rc = build_chain(ctx, &src, doc, d);
	/* The config may hold values (explicit provider options). */
	cp_json_put_wiped(doc);
	if (src.text != NULL)
		explicit_bzero(src.text, src.len);
	free(src.text);
	return rc;
}

int cp_ctx_new(struct credplug_ctx **out, const struct credplug_options *o,
               struct cp_diag *d)
{
	struct credplug_ctx *ctx = NULL;
	int rc;

	*out = NULL;
	rc = cp_ctx_alloc(&ctx, o);
	if (rc == CREDPLUG_OK)
		rc = ctx_setup(ctx, o, d);
	if (rc != CREDPLUG_OK) {
		cp_diag_set(d, rc, "%s", credplug_strerror(rc)); /* no text */
		credplug_ctx_free(ctx);
		return rc;
	}
	*out = ctx;
	return CREDPLUG_OK;
}

int credplug_ctx_new(struct credplug_ctx **out,
                     const struct credplug_options *o)
{
	struct cp_diag d = {0};
	int rc;

	if (out == NULL)
		return CREDPLUG_EINVAL;
	*out = NULL; /* documented: NULL on every failure */
	if (o != NULL && o->struct_size < CREDPLUG_OPTIONS_V0_1_SIZE)
		return CREDPLUG_EINVAL;
	rc = cp_ctx_new(out, o, &d);
	if (rc != CREDPLUG_OK && HAS(o, errbuf_len) && o->errbuf != NULL &&
	    o->errbuf_len > 0)
		snprintf(o->errbuf, o->errbuf_len, "%s", d.msg);
	return rc;
}

void credplug_ctx_free(struct credplug_ctx *ctx)
{
	struct cp_alloc a;

	if (ctx == NULL)
		return;
	a = ctx->alloc;
	for (size_t i = 0; i < ctx->n_inst; i++)
		cp_instance_destroy(ctx, &ctx->inst[i]);
	cp_free(&a, ctx->inst);
	cp_cache_free(&ctx->cache, &a);
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		cp_field_clear(&a, &ctx->explicit_v[i]);
	cp_rejected_free(ctx);
	cp_origins_free(&a, &ctx->origins);
	cp_free(&a, ctx->builtins);
	cp_free(&a, ctx->provider_dir);
	cp_free(&a, ctx->config_path);
	cp_free(&a, ctx->config_site);
	while (ctx->sites != NULL) {
		struct cp_name *n = ctx->sites;

		ctx->sites = n->next;
		cp_free(&a, n);
	}
	pthread_mutex_destroy(&ctx->lock);
	pthread_mutex_destroy(&ctx->err_lock);
	explicit_bzero(ctx, sizeof(*ctx));
	cp_free(&a, ctx);
	cp_slab_free(&a); /* last: every secret above lived in it */
}

/* Values from credplug_set() reach requests only through the explicit
 * provider. */
static bool has_explicit(const struct credplug_ctx *ctx)
{
	for (size_t i = 0; i < ctx->n_inst; i++)
		if (ctx->inst[i].created && ctx->inst[i].desc != NULL &&
		    strcmp(ctx->inst[i].desc->name, "explicit") == 0)
			return true;
	return false;
}

int credplug_set(struct credplug_ctx *ctx, int field, const char *value)
{
	size_t len = value ? strlen(value) : 0;
	const char *why;
	char *copy = NULL;

	if (ctx == NULL)
		return CREDPLUG_EINVAL;
	if (field < 0 || field >= CREDPLUG_FIELD_COUNT)
		return cp_fail(ctx, CREDPLUG_EINVAL,
		               "credplug_set: no field %d", field);
	if (!has_explicit(ctx))
		return cp_fail(
		        ctx, CREDPLUG_ENOTFOUND,
		        "credplug_set: the provider chain has no \"explicit\" "
		        "entry, so the value would never be used; add "
		        "{\"use\": \"explicit\"} to the config's providers");
	why = len ? cp_value_problem(field, value, len) : NULL;
	if (why != NULL)
		return cp_fail(ctx, CREDPLUG_EINVAL, "credplug_set: %s %s",
		               credplug_field_name(field), why);
	if (len && (copy = cp_secret_dup(&ctx->alloc, value, len)) == NULL)
		return cp_fail(ctx, CREDPLUG_ENOMEM, "out of memory");
	pthread_mutex_lock(&ctx->lock);
	cp_secret_free(&ctx->alloc, ctx->explicit_v[field].value);
	ctx->explicit_v[field].value = copy;
	ctx->explicit_v[field].len = len;
	cp_cache_invalidate_locked(ctx);
	pthread_mutex_unlock(&ctx->lock);
	return CREDPLUG_OK;
}

int credplug_resolve(struct credplug_ctx *ctx)
{
	int rc;

	if (ctx == NULL)
		return CREDPLUG_EINVAL;
	pthread_mutex_lock(&ctx->lock);
	rc = cp_cache_resolve_locked(ctx);
	pthread_mutex_unlock(&ctx->lock);
	return rc;
}

/* Site strings handed out stay valid for the context's life, across
 * snapshot rotations: they are interned here (sites rarely change). */
static const char *intern_site_locked(struct credplug_ctx *ctx,
                                      const char *site)
{
	struct cp_name *n;

	for (n = ctx->sites; n != NULL; n = n->next)
		if (strcmp(n->name, site) == 0)
			return n->name;
	n = cp_malloc(&ctx->alloc, sizeof(*n) + strlen(site) + 1);
	if (n == NULL)
		return NULL;
	memcpy(n->name, site, strlen(site) + 1);
	n->next = ctx->sites;
	ctx->sites = n;
	return n->name;
}

const char *credplug_site(struct credplug_ctx *ctx)
{
	const struct cp_snapshot *s;
	const char *site;

	if (ctx == NULL)
		return NULL;
	pthread_mutex_lock(&ctx->lock);
	cp_cache_ensure_locked(ctx); /* a failure leaves the configured site */
	s = cp_cache_current_locked(&ctx->cache);
	site = intern_site_locked(ctx, s                  ? s->site
	                               : ctx->config_site ? ctx->config_site
	                                                  : CP_DEFAULT_SITE);
	pthread_mutex_unlock(&ctx->lock);
	return site;
}

void credplug_free(void *p)
{
	free(p);
}
