/*
 * credplug_explain_json: the chain and the snapshot as JSON, redacted.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <json-c/json.h>

#include "cache.h"
#include "clock.h"
#include "ctx.h"
#include "errors.h"
#include "field.h"
#include "fields.h"
#include "instance.h"
#include "loader.h"
#include "origin.h"
#include "snapshot.h"
#include "values.h"

static struct json_object *str_or_null(const char *s)
{
	return s ? json_object_new_string(s) : NULL;
}

static struct json_object *time_or_null(int64_t unix_s)
{
	struct tm tm;
	time_t t = (time_t)unix_s;
	char buf[32];

	if (unix_s <= 0 || gmtime_r(&t, &tm) == NULL)
		return NULL;
	strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
	return json_object_new_string(buf);
}

static struct json_object *field_json(const struct cp_field *f, int i,
                                      const char *site)
{
	struct json_object *o = json_object_new_object();
	char red[16];

	if (i == CREDPLUG_SITE && f->value == NULL) {
		json_object_object_add(o, "set", json_object_new_boolean(1));
		json_object_object_add(o, "value",
		                       json_object_new_string(site));
		json_object_object_add(o, "provider",
		                       json_object_new_string("default"));
		json_object_object_add(o, "locator", NULL);
		return o;
	}
	json_object_object_add(o, "set",
	                       json_object_new_boolean(f->value != NULL));
	if (f->value == NULL)
		return o;
	if (!cp_fields[i].secret) { /* a setting: shown whole */
		json_object_object_add(o, "value",
		                       json_object_new_string(f->value));
	} else {
		cp_redact(red, sizeof(red), f->value, f->len);
		json_object_object_add(o, "value", json_object_new_string(red));
	}
	json_object_object_add(o, "provider", str_or_null(f->source));
	json_object_object_add(o, "locator", str_or_null(f->locator));
	json_object_object_add(o, "expires_at", time_or_null(f->expires_at));
	return o;
}

static const char *on_error_name(int v)
{
	return v == CP_ONERR_CONTINUE ? "continue"
	       : v == CP_ONERR_FAIL   ? "fail"
	                              : "default";
}

static void add_fields_of(struct json_object *o, const struct cp_snapshot *s,
                          const char *label)
{
	struct json_object *arr = json_object_new_array();

	for (int i = 0; s != NULL && i < CREDPLUG_FIELD_COUNT; i++)
		if (s->f[i].value && s->f[i].source == label)
			json_object_array_add(
			        arr,
			        json_object_new_string(credplug_field_name(i)));
	json_object_object_add(o, "fields", arr);
}

/* The provider's notes, and the host's when the call overran. */
static struct json_object *notes_json(const struct cp_instance *in)
{
	struct json_object *notes = json_object_new_array();
	char buf[64];

	for (int k = 0; k < in->n_notes; k++)
		json_object_array_add(notes,
		                      json_object_new_string(in->notes[k]));
	if (in->overran_ms > 0) {
		snprintf(buf, sizeof(buf), "overran deadline by %" PRId64 " ms",
		         in->overran_ms);
		json_object_array_add(notes, json_object_new_string(buf));
	}
	return notes;
}

static struct json_object *provider_json(const struct credplug_ctx *ctx,
                                         size_t i, const struct cp_snapshot *s)
{
	const struct cp_instance *in = &ctx->inst[i];
	const struct credplug_provider_v1 *d = in->desc;
	struct json_object *o = json_object_new_object(), *caps;

	json_object_object_add(o, "index", json_object_new_int((int)i));
	json_object_object_add(o, "use", json_object_new_string(in->use));
	json_object_object_add(o, "name", json_object_new_string(in->label));
	json_object_object_add(o, "version",
	                       str_or_null(d ? d->version : NULL));
	json_object_object_add(o, "summary",
	                       str_or_null(d ? d->summary : NULL));
	json_object_object_add(
	        o, "module",
	        d == NULL ? NULL
	                  : json_object_new_string(in->mod ? in->mod->path
	                                                   : "built-in"));
	json_object_object_add(
	        o, "abi", d ? json_object_new_int((int)d->abi_major) : NULL);
	json_object_object_add(o, "loaded",
	                       json_object_new_boolean(in->created));
	json_object_object_add(
	        o, "status", json_object_new_string(cp_entry_status_name(in)));
	json_object_object_add(o, "message",
	                       json_object_new_string(in->message));
	json_object_object_add(o, "notes", notes_json(in));
	json_object_object_add(o, "elapsed_us",
	                       json_object_new_int64(in->elapsed_us));
	json_object_object_add(o, "overran_ms",
	                       json_object_new_int64(in->overran_ms));
	add_fields_of(o, s, in->label);
	json_object_object_add(
	        o, "on_error",
	        json_object_new_string(on_error_name(in->on_error)));
	json_object_object_add(o, "critical",
	                       json_object_new_boolean(in->critical));
	json_object_object_add(o, "stop_if_found",
	                       json_object_new_boolean(in->stop_if_found));
	json_object_object_add(
	        o, "timeout_ms",
	        json_object_new_int64(in->timeout_ms
	                                      ? in->timeout_ms
	                                      : ctx->default_timeout_ms));
	caps = json_object_new_array();
	if (d && (in->caps & CREDPLUG_CAP_STORE))
		json_object_array_add(caps, json_object_new_string("store"));
	if (d && (in->caps & CREDPLUG_CAP_ERASE))
		json_object_array_add(caps, json_object_new_string("erase"));
	json_object_object_add(o, "capabilities", caps);
	return o;
}

static struct json_object *origins_json(const struct credplug_ctx *ctx)
{
	struct json_object *arr = json_object_new_array();
	char buf[300];

	for (size_t i = 0; i < ctx->origins.n; i++) {
		const struct cp_origin *o = &ctx->origins.v[i];
		bool dflt = o->port == (o->https ? 443 : 80);

		snprintf(buf, sizeof(buf), "%s://%s%s",
		         o->https ? "https" : "http", o->wildcard ? "*." : "",
		         o->host);
		if (!dflt)
			snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf),
			         ":%u", (unsigned)o->port);
		json_object_array_add(arr, json_object_new_string(buf));
	}
	return arr;
}

/* Scheduling-clock instant to wall-clock seconds, for display. */
static int64_t sched_to_wall_s(const struct credplug_ctx *ctx, int64_t t)
{
	if (t == CP_NO_TIME)
		return 0;
	return (cp_now_ns(ctx) + (t - cp_sched_ns(ctx))) / 1000000000;
}

static int64_t earliest_expiry(const struct cp_snapshot *s)
{
	int64_t e = 0;

	for (int i = 0; s != NULL && i < CREDPLUG_FIELD_COUNT; i++)
		if (s->f[i].value && s->f[i].expires_at > 0 &&
		    (e == 0 || s->f[i].expires_at < e))
			e = s->f[i].expires_at;
	return e;
}

static struct json_object *document(struct credplug_ctx *ctx, int rc,
                                    const struct cp_snapshot *s)
{
	struct json_object *doc = json_object_new_object(), *cfg, *fields,
	                   *provs;
	const char *site = s                  ? s->site
	                   : ctx->config_site ? ctx->config_site
	                                      : CP_DEFAULT_SITE;
	static const struct cp_field none;
	char err[sizeof(ctx->errmsg)];

	json_object_object_add(doc, "version",
	                       json_object_new_string(CREDPLUG_VERSION_STRING));
	cfg = json_object_new_object();
	json_object_object_add(cfg, "path", str_or_null(ctx->config_path));
	/* The config's source; the key stays "origin", as published. */
	json_object_object_add(cfg, "origin",
	                       json_object_new_string(ctx->config_source));
	json_object_object_add(cfg, "provider_dir",
	                       json_object_new_string(cp_provider_dir(ctx)));
	json_object_object_add(doc, "config", cfg);
	json_object_object_add(doc, "site", json_object_new_string(site));
	json_object_object_add(doc, "resolved",
	                       json_object_new_boolean(s != NULL));
	json_object_object_add(
	        doc, "status",
	        json_object_new_string(
	                rc == CREDPLUG_OK ? "ok" : credplug_strerror(rc)));
	credplug_errmsg_copy(ctx, err, sizeof(err));
	json_object_object_add(doc, "error",
	                       rc == CREDPLUG_OK ? NULL
	                                         : json_object_new_string(err));
	json_object_object_add(
	        doc, "strict",
	        json_object_new_boolean((ctx->flags & CREDPLUG_FLAG_STRICT) !=
	                                0));
	fields = json_object_new_object();
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		struct json_object *f =
		        field_json(s ? &s->f[i] : &none, i, site);

		/* refused by the server, held back until the value changes */
		if (ctx->rejected[i].value != NULL)
			json_object_object_add(f, "rejected",
			                       json_object_new_boolean(1));
		json_object_object_add(fields, credplug_field_name(i), f);
	}
	json_object_object_add(doc, "fields", fields);
	json_object_object_add(
	        doc, "resolved_at",
	        time_or_null(s ? s->resolved_at_ns / 1000000000 : 0));
	json_object_object_add(doc, "expires_at",
	                       time_or_null(earliest_expiry(s)));
	json_object_object_add(
	        doc, "refresh_at",
	        time_or_null(s ? sched_to_wall_s(ctx, cp_snapshot_refresh_at(s))
	                       : 0));
	provs = json_object_new_array();
	for (size_t i = 0; i < ctx->n_inst; i++)
		json_object_array_add(provs, provider_json(ctx, i, s));
	json_object_object_add(doc, "providers", provs);
	json_object_object_add(doc, "allowed_origins", origins_json(ctx));
	return doc;
}

int credplug_explain_json(struct credplug_ctx *ctx, char **out)
{
	struct json_object *doc;
	const char *text;
	int rc;

	if (ctx == NULL || out == NULL)
		return CREDPLUG_EINVAL;
	*out = NULL;
	pthread_mutex_lock(&ctx->lock);
	rc = cp_cache_ensure_locked(ctx);
	doc = document(ctx, rc, cp_cache_current_locked(&ctx->cache));
	pthread_mutex_unlock(&ctx->lock);
	text = doc ? json_object_to_json_string_ext(
	                     doc, JSON_C_TO_STRING_PRETTY |
	                                  JSON_C_TO_STRING_NOSLASHESCAPE)
	           : NULL;
	if (text != NULL)
		*out = strdup(text);
	json_object_put(doc);
	return *out ? CREDPLUG_OK
	            : cp_fail(ctx, CREDPLUG_ENOMEM, "out of memory");
}
