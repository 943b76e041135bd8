/*
 * Chain entries: split chain keys from provider options, load the module,
 * check option names against what the provider declares, create it.
 */
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "config.h"
#include "ctx.h"
#include "field.h"
#include "fields.h"
#include "host.h"
#include "instance.h"
#include "loader.h"
#include "memory.h"
#include "values.h"

static const char *const chain_keys[] = {
        "use",      "name",       "on_error", "stop_if_found",
        "critical", "timeout_ms", "optional", NULL};

static bool listed(const char *const *list, const char *key)
{
	for (; list != NULL && *list != NULL; list++)
		if (strcmp(*list, key) == 0)
			return true;
	return false;
}

static void accepted_keys(const struct credplug_provider_v1 *d, char *buf,
                          size_t cap)
{
	size_t n = 0;

	buf[0] = '\0';
	for (const char *const *k = d->option_keys; k && *k && n < cap; k++)
		n += (size_t)snprintf(buf + n, cap - n, "%s%s", n ? ", " : "",
		                      *k);
	if (buf[0] == '\0')
		snprintf(buf, cap, "no options");
}

static bool declared_secret(const struct credplug_provider_v1 *d,
                            const char *key)
{
	int f;

	if (d->struct_size >= CREDPLUG_PROVIDER_V1_1_SIZE &&
	    listed(d->secret_option_keys, key))
		return true;
	/* an `explicit` module built before descriptors could say so: its
	 * options are the field names */
	f = cp_field_by_name(key);
	return strcmp(d->name, "explicit") == 0 && f >= 0 &&
	       cp_fields[f].secret;
}

/* A credential written in the config (an option the loaded module declares
 * secret, whatever `use` names it by) makes the file a credentials file:
 * nobody else may read it. */
static int check_secret_options(const struct cp_config_src *src, size_t idx,
                                const struct cp_instance *inst,
                                struct json_object *entry, struct cp_diag *d)
{
	if (src->mode == 0 || !(src->mode & 044))
		return CREDPLUG_OK;
	json_object_object_foreach(entry, key, val)
	{
		if (listed(chain_keys, key) ||
		    !declared_secret(inst->desc, key) ||
		    !json_object_is_type(val, json_type_string) ||
		    json_object_get_string_len(val) == 0)
			continue;
		return cp_diag_set(
		        d, CREDPLUG_EDENIED,
		        "%s: holds a credential (/providers/%zu/%s) but "
		        "permissions %04o let %s read it; run: chmod 600 %s",
		        src->name, idx, key, src->mode,
		        (src->mode & 04) ? "other users" : "its group",
		        src->name);
	}
	return CREDPLUG_OK;
}

static int check_options(const struct cp_config_src *src, size_t idx,
                         const struct cp_instance *inst,
                         struct json_object *entry, struct cp_diag *d)
{
	json_object_object_foreach(entry, key, val)
	{
		char at[4200], keys[400];

		(void)val;
		if (listed(chain_keys, key) ||
		    listed(inst->desc->option_keys, key))
			continue;
		cp_config_at(src, key, at, sizeof(at));
		accepted_keys(inst->desc, keys, sizeof(keys));
		return cp_diag_set(
		        d, CREDPLUG_ECONFIG,
		        "%s: /providers/%zu/%s: unknown option for provider "
		        "\"%s\" (it accepts: %s; chain keys: use, name, "
		        "on_error, stop_if_found, critical, timeout_ms, "
		        "optional)",
		        at, idx, key, inst->desc->name, keys);
	}
	return CREDPLUG_OK;
}

/* Creates the provider's instance; option type errors are config errors,
 * other failures leave the entry disabled (recorded for explain). */
/* A module's create message may repeat a credential option it was given
 * (a backend's "cannot log in with ..."): mask every option the module
 * declares secret before the message is kept or shown. */
static void scrub_secret_options(struct cp_instance *inst,
                                 struct json_object *options, char *text)
{
	if (options == NULL)
		return;
	json_object_object_foreach(options, key, val)
	{
		const char *v = json_object_get_string(val);
		size_t n = (size_t)json_object_get_string_len(val);

		if (listed(chain_keys, key) ||
		    !declared_secret(inst->desc, key) ||
		    !json_object_is_type(val, json_type_string))
			continue;
		if (n >= 4 && strstr(text, v) != NULL) /* for check-provider */
			snprintf(inst->echoed_option,
			         sizeof(inst->echoed_option), "%s", key);
		cp_scrub(text, v, n);
	}
}

int cp_instance_create(struct credplug_ctx *ctx,
                       const struct cp_config_src *src,
                       struct cp_instance *inst, struct json_object *options,
                       const char *path, struct cp_diag *d)
{
	struct credplug_call c;
	int st;

	cp_call_init(&c, ctx, inst, CP_PHASE_CREATE);
	inst->caps = inst->desc->capabilities;
	c.options = options;
	c.opt_path = path;
	c.opt_src = src;
	st = inst->desc->create(&cp_host, &c, &inst->state);
	inst->echoed_option[0] = '\0';
	scrub_secret_options(inst, options, c.message);
	scrub_secret_options(inst, options, c.config.msg);
	if (c.config.set) {
		if (st == CREDPLUG_PS_OK)
			inst->desc->destroy(inst->state);
		inst->state = NULL;
		cp_call_done(&c);
		return cp_diag_set(d, CREDPLUG_ECONFIG, "%s (provider \"%s\")",
		                   c.config.msg, inst->desc->name);
	}
	if (st != CREDPLUG_PS_OK) {
		inst->state = NULL;
		inst->entry_state = CP_ENTRY_SETUP_FAILED;
		inst->status = st;
		snprintf(inst->message, sizeof(inst->message), "%s",
		         c.message[0] ? c.message : "could not be created");
		cp_call_done(&c);
		if (st == CREDPLUG_PS_INVALID)
			return cp_diag_set(d, CREDPLUG_ECONFIG,
			                   "%s: provider \"%s\": %s", path,
			                   inst->desc->name, inst->message);
		return CREDPLUG_OK;
	}
	inst->created = true;
	inst->entry_state = CP_ENTRY_NOT_RUN;
	cp_call_done(&c);
	return CREDPLUG_OK;
}

void cp_instance_destroy(struct credplug_ctx *ctx, struct cp_instance *inst)
{
	if (inst->created && inst->desc != NULL)
		inst->desc->destroy(inst->state);
	inst->state = NULL;
	inst->created = false;
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		cp_field_clear(&ctx->alloc, &inst->last[i]);
	cp_module_release(inst->mod);
	inst->mod = NULL;
	cp_free(&ctx->alloc, inst->use);
	cp_free(&ctx->alloc, inst->label);
}

static int chain_key(const struct cp_config_src *src, size_t idx,
                     struct cp_instance *inst, const char *key,
                     struct json_object *v, struct cp_diag *d)
{
	json_type t = json_object_get_type(v);
	const char *want = NULL;
	char at[4200];

	if (strcmp(key, "on_error") == 0) {
		const char *s =
		        t == json_type_string ? json_object_get_string(v) : "";

		if (strcmp(s, "continue") == 0)
			inst->on_error = CP_ONERR_CONTINUE;
		else if (strcmp(s, "fail") == 0)
			inst->on_error = CP_ONERR_FAIL;
		else
			want = "\"continue\" or \"fail\"";
	} else if (strcmp(key, "stop_if_found") == 0 ||
	           strcmp(key, "critical") == 0 ||
	           strcmp(key, "optional") == 0) {
		if (t != json_type_boolean)
			want = "true or false";
		else if (key[0] == 's')
			inst->stop_if_found = json_object_get_boolean(v);
		else if (key[0] == 'c')
			inst->critical = json_object_get_boolean(v);
		else
			inst->optional = json_object_get_boolean(v);
	} else if (strcmp(key, "timeout_ms") == 0) {
		int64_t ms = json_object_get_int64(v);

		if (t != json_type_int || ms < 1 || ms > 600000)
			want = "an integer from 1 to 600000";
		else
			inst->timeout_ms = (uint32_t)ms;
	} else if (strcmp(key, "name") == 0 && t != json_type_string) {
		want = "a string";
	}
	if (want == NULL)
		return CREDPLUG_OK;
	cp_config_at(src, key, at, sizeof(at));
	return cp_diag_set(d, CREDPLUG_ECONFIG,
	                   "%s: /providers/%zu/%s: expected %s", at, idx, key,
	                   want);
}

/* A provider the config names must be there, unless the entry says
 * "optional": true (the built-in default chain says so of every entry):
 * a typo must not silently drop a backend.  Other load failures stop the
 * chain only for a critical entry, as before. */
static int load_failed(struct credplug_ctx *ctx,
                       const struct cp_config_src *src, size_t idx,
                       const struct cp_instance *inst, struct cp_diag *d)
{
	char at[4200], near[80] = "", hint[120] = "";

	/* CREDPLUG_FLAG_NO_MODULES: the application chose not to look, so
	 * absence says nothing about the config; explain shows the skip. */
	if (inst->entry_state != CP_ENTRY_NOT_INSTALLED || inst->optional ||
	    (ctx->flags & CREDPLUG_FLAG_NO_MODULES))
		return !inst->critical ? CREDPLUG_OK
		       : cp_entry_to_status(inst) == CREDPLUG_EDENIED
		               ? CREDPLUG_EDENIED
		               : CREDPLUG_EMODULE;
	cp_provider_suggest(ctx, inst->use, near, sizeof(near));
	if (near[0] != '\0')
		snprintf(hint, sizeof(hint), "; did you mean \"%s\"?", near);
	cp_config_at(src, inst->use, at, sizeof(at)); /* where the value is */
	return cp_diag_set(d, CREDPLUG_EMODULE,
	                   "%s: /providers/%zu/use: %s%s; fix \"use\"%s", at,
	                   idx, inst->message, hint,
	                   inst->critical
	                           ? " or install the provider"
	                           : ", install the provider, or add "
	                             "\"optional\": true to skip it when it "
	                             "is not installed");
}

static int contradiction(const struct cp_config_src *src, size_t idx,
                         struct cp_diag *d)
{
	char at[4200];

	cp_config_at(src, "optional", at, sizeof(at));
	return cp_diag_set(d, CREDPLUG_ECONFIG,
	                   "%s: /providers/%zu: \"optional\" and "
	                   "\"critical\" contradict each other; keep one",
	                   at, idx);
}

/* Reads the chain keys of one entry and loads its provider. */
int cp_instance_init(struct credplug_ctx *ctx, const struct cp_config_src *src,
                     size_t idx, struct json_object *entry, struct cp_diag *d)
{
	struct cp_instance *inst = &ctx->inst[idx];
	struct json_object *use = NULL, *name = NULL;
	char path[64];
	int rc;

	if (!json_object_is_type(entry, json_type_object) ||
	    !json_object_object_get_ex(entry, "use", &use) ||
	    !json_object_is_type(use, json_type_string)) {
		return cp_diag_set(
		        d, CREDPLUG_ECONFIG,
		        "%s: /providers/%zu: expected an object with "
		        "\"use\": a provider name or an absolute "
		        "module path",
		        src->name, idx);
	}
	json_object_object_foreach(entry, key, val)
	{
		rc = chain_key(src, idx, inst, key, val, d);
		if (rc != CREDPLUG_OK)
			return rc;
	}
	json_object_object_get_ex(entry, "name", &name);
	inst->use = cp_strdup(&ctx->alloc, json_object_get_string(use));
	inst->label = cp_strdup(&ctx->alloc,
	                        json_object_get_string(name ? name : use));
	if (inst->use == NULL || inst->label == NULL)
		return CREDPLUG_ENOMEM;
	if (inst->optional && inst->critical)
		return contradiction(src, idx, d);
	inst->entry_state = CP_ENTRY_NOT_RUN;
	if (!cp_instance_load(ctx, inst))
		return load_failed(ctx, src, idx, inst, d);
	rc = check_secret_options(src, idx, inst, entry, d);
	if (rc == CREDPLUG_OK)
		rc = check_options(src, idx, inst, entry, d);
	if (rc != CREDPLUG_OK)
		return rc;
	snprintf(path, sizeof(path), "/providers/%zu", idx);
	return cp_instance_create(ctx, src, inst, entry, path, d);
}

const char *cp_entry_status_name(const struct cp_instance *inst)
{
	switch (inst->entry_state) {
	case CP_ENTRY_NOT_RUN:
		return "not_run";
	case CP_ENTRY_NOT_INSTALLED:
		return "not_installed";
	case CP_ENTRY_LOAD_FAILED:
		return "load_failed";
	case CP_ENTRY_SKIPPED:
		return "skipped";
	case CP_ENTRY_SETUP_FAILED:
	case CP_ENTRY_EXPIRED: /* the message says it expired */
	case CP_ENTRY_RAN:
		return cp_pstatus_name(inst->status);
	}
	return "unknown";
}

int cp_entry_to_status(const struct cp_instance *inst)
{
	switch (inst->entry_state) {
	case CP_ENTRY_NOT_INSTALLED:
	case CP_ENTRY_LOAD_FAILED:
		return CREDPLUG_EMODULE;
	case CP_ENTRY_EXPIRED:
		return CREDPLUG_EEXPIRED;
	case CP_ENTRY_SETUP_FAILED:
	case CP_ENTRY_RAN:
		return cp_pstatus_to_status(inst->status);
	case CP_ENTRY_NOT_RUN:
	case CP_ENTRY_SKIPPED:
		break; /* nothing failed */
	}
	return CREDPLUG_EINVAL;
}
