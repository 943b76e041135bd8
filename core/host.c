/*
 * The services table handed to provider modules, and the bookkeeping of one
 * provider call (struct credplug_call).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <json-c/json.h>

#include "clock.h"
#include "config.h"
#include "ctx.h"
#include "errors.h"
#include "field.h"
#include "files.h"
#include "host.h"
#include "instance.h"
#include "memory.h"
#include "values.h"

void cp_call_init(struct credplug_call *c, struct credplug_ctx *ctx,
                  struct cp_instance *inst, enum cp_phase phase)
{
	cp_call_init_at(c, ctx, inst, phase, cp_mono_ns());
}

void cp_call_init_at(struct credplug_call *c, struct credplug_ctx *ctx,
                     struct cp_instance *inst, enum cp_phase phase,
                     int64_t start_mono_ns)
{
	uint32_t t = inst && inst->timeout_ms ? inst->timeout_ms
	                                      : ctx->default_timeout_ms;

	/* Not a memset of the whole struct: its message buffers are large
	 * and resolve runs this for every provider. */
	memset(c->staged, 0, sizeof(c->staged));
	c->message[0] = c->config.msg[0] = '\0';
	c->n_notes = c->n_bufs = 0;
	c->config.set = false;
	c->oom = false;
	c->options = NULL;
	c->opt_path = c->profile = NULL;
	c->target = NULL;
	c->opt_src = NULL;
	c->recheck_ms = 0;
	c->ctx = ctx;
	c->inst = inst;
	c->phase = phase;
	c->started_mono_ns = start_mono_ns;
	c->deadline_mono_ns = c->started_mono_ns + (int64_t)t * 1000000;
}

void cp_call_done(struct credplug_call *c)
{
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		if (c->staged[i].value != NULL || c->staged[i].locator != NULL)
			cp_field_clear(&c->ctx->alloc, &c->staged[i]);
	for (int i = 0; i < c->n_bufs; i++)
		cp_secret_free(&c->ctx->alloc, c->bufs[i]);
	c->n_bufs = 0;
}

/* ---- options ---------------------------------------------------------- */

static struct json_object *option(struct credplug_call *c, const char *key)
{
	struct json_object *v = NULL;

	if (c == NULL || c->phase != CP_PHASE_CREATE || c->options == NULL ||
	    key == NULL)
		return NULL;
	json_object_object_get_ex(c->options, key, &v);
	return v;
}

static int wrong_type(struct credplug_call *c, const char *key,
                      const char *expected)
{
	char at[4200] = "";

	if (c->config.set)
		return -1; /* the first one is reported */
	/* Where the key is written, like every other config error. */
	if (c->opt_src != NULL)
		cp_config_at(c->opt_src, key, at, sizeof(at));
	cp_diag_set(&c->config, CREDPLUG_ECONFIG, "%s%s%s/%s: expected %s", at,
	            at[0] ? ": " : "", c->opt_path ? c->opt_path : "", key,
	            expected);
	return -1;
}

static int opt_string(struct credplug_call *c, const char *key,
                      const char **out)
{
	struct json_object *v = option(c, key);

	if (v == NULL)
		return 0;
	if (!json_object_is_type(v, json_type_string))
		return wrong_type(c, key, "a string");
	*out = json_object_get_string(v);
	return 1;
}

static int opt_int(struct credplug_call *c, const char *key, int64_t *out)
{
	struct json_object *v = option(c, key);

	if (v == NULL)
		return 0;
	if (!json_object_is_type(v, json_type_int))
		return wrong_type(c, key, "an integer");
	*out = json_object_get_int64(v);
	return 1;
}

static int opt_bool(struct credplug_call *c, const char *key, int *out)
{
	struct json_object *v = option(c, key);

	if (v == NULL)
		return 0;
	if (!json_object_is_type(v, json_type_boolean))
		return wrong_type(c, key, "true or false");
	*out = json_object_get_boolean(v);
	return 1;
}

static int opt_array(struct credplug_call *c, const char *key, size_t *count)
{
	struct json_object *v = option(c, key);

	if (v == NULL)
		return 0;
	if (!json_object_is_type(v, json_type_array))
		return wrong_type(c, key, "an array of strings");
	for (size_t i = 0; i < json_object_array_length(v); i++)
		if (!json_object_is_type(json_object_array_get_idx(v, i),
		                         json_type_string))
			return wrong_type(c, key, "an array of strings");
	*count = json_object_array_length(v);
	return 1;
}

static int opt_string_at(struct credplug_call *c, const char *key, size_t index,
                         const char **out)
{
	size_t n;
	int r = opt_array(c, key, &n);

	if (r <= 0)
		return r;
	if (index >= n)
		return 0;
	*out = json_object_get_string(
	        json_object_array_get_idx(option(c, key), index));
	return 1;
}

/* ---- results ---------------------------------------------------------- */

static bool same_as_last(const struct cp_instance *inst, uint32_t field,
                         const char *value, size_t len, const char *locator)
{
	const struct cp_field *l = &inst->last[field];

	if (!inst->have_last || l->value == NULL || l->len != len ||
	    !cp_ct_equal(l->value, l->len, value, len))
		return false;
	return (l->locator == NULL && locator == NULL) ||
	       (l->locator != NULL && locator != NULL &&
	        strcmp(l->locator, locator) == 0);
}

static int set_field(struct credplug_call *c, uint32_t field, const char *value,
                     size_t len, const char *locator)
{
	const struct cp_alloc *a;
	struct cp_field *f;
	const char *why;

	if (c == NULL || c->phase != CP_PHASE_RESOLVE ||
	    field >= CREDPLUG_FIELD_COUNT || (value == NULL && len > 0))
		return CREDPLUG_PS_ERROR;
	if (len == 0)
		return CREDPLUG_PS_NOT_FOUND;
	a = &c->ctx->alloc;
	f = &c->staged[field];
	if (same_as_last(c->inst, field, value, len, locator)) {
		/* The usual recheck: borrow the copy the instance already has
		 * (validated when it was first returned). */
		if (f->value != NULL)
			cp_field_clear(a, f);
		*f = c->inst->last[field];
		f->borrowed = true;
		f->expires_at = 0; /* set_expiry says it again if it applies */
		f->source = c->inst->label;
		return CREDPLUG_PS_FOUND;
	}
	why = cp_value_problem((int)field, value, len);
	if (why != NULL) {
		snprintf(c->message, sizeof(c->message), "%s from %s %s",
		         credplug_field_name((int)field),
		         locator ? locator : c->inst->label, why);
		return CREDPLUG_PS_INVALID;
	}
	cp_field_clear(a, f);
	f->value = cp_secret_dup(a, value, len);
	f->locator = locator ? cp_strdup(a, locator) : NULL;
	if (f->value == NULL || (locator != NULL && f->locator == NULL)) {
		cp_field_clear(a, f);
		c->oom = true;
		return CREDPLUG_PS_ERROR;
	}
	f->len = len;
	f->source = c->inst->label;
	return CREDPLUG_PS_FOUND;
}

static int set_expiry(struct credplug_call *c, uint32_t field, int64_t t)
{
	if (c == NULL || field >= CREDPLUG_FIELD_COUNT ||
	    c->staged[field].value == NULL || t < 0)
		return CREDPLUG_PS_ERROR;
	c->staged[field].expires_at = t;
	return CREDPLUG_PS_FOUND;
}

static void set_recheck(struct credplug_call *c, uint32_t ms)
{
	if (c != NULL && ms > 0 && (c->recheck_ms == 0 || ms < c->recheck_ms))
		c->recheck_ms = ms < 10 ? 10 : ms;
}

/* ---- diagnostics ------------------------------------------------------ */

__attribute__((format(printf, 2, 3))) static void
set_message(struct credplug_call *c, const char *fmt, ...)
{
	va_list ap;
	size_t n;

	if (c == NULL || fmt == NULL)
		return;
	n = (size_t)(strchrnul(fmt, '%') - fmt);
	if (fmt[n] == '\0') { /* a fixed text, as most are */
		if (n > sizeof(c->message) - 1)
			n = sizeof(c->message) - 1;
		memcpy(c->message, fmt, n);
		c->message[n] = '\0';
		return;
	}
	va_start(ap, fmt);
	vsnprintf(c->message, sizeof(c->message), fmt, ap);
	va_end(ap);
}

__attribute__((format(printf, 2, 3))) static void note(struct credplug_call *c,
                                                       const char *fmt, ...)
{
	va_list ap;

	if (c == NULL || fmt == NULL || c->n_notes >= CP_NOTES_MAX)
		return;
	va_start(ap, fmt);
	vsnprintf(c->notes[c->n_notes++], CP_NOTE_MAX, fmt, ap);
	va_end(ap);
}

/* ---- environment ------------------------------------------------------ */

static const char *host_getenv(struct credplug_call *c, const char *name)
{
	(void)c;
	return name ? secure_getenv(name) : NULL;
}

/* Without a call there is no context: the system's wall clock, no
 * deadline left (0), no flags. */
static int64_t now_ns(struct credplug_call *c)
{
	struct timespec ts;

	if (c != NULL)
		return cp_now_ns(c->ctx);
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t remaining_ms(struct credplug_call *c)
{
	int64_t left = c ? c->deadline_mono_ns - cp_mono_ns() : 0;

	return left > 0 ? left / 1000000 : 0;
}

static uint32_t host_flags(struct credplug_call *c)
{
	return c ? c->ctx->flags : 0;
}

static int explicit_value(struct credplug_call *c, uint32_t field,
                          const char **value, size_t *len)
{
	const struct cp_field *f;

	if (c == NULL || field >= CREDPLUG_FIELD_COUNT || value == NULL)
		return CREDPLUG_PS_ERROR;
	f = &c->ctx->explicit_v[field]; /* caller holds ctx->lock */
	if (f->value == NULL)
		return CREDPLUG_PS_NOT_FOUND;
	*value = f->value;
	if (len != NULL)
		*len = f->len;
	return CREDPLUG_PS_FOUND;
}

static const char *profile(struct credplug_call *c)
{
	return c ? c->profile : NULL;
}

static int read_file(struct credplug_call *c, const char *path, uint32_t flags,
                     size_t max, const char **data, size_t *len,
                     struct credplug_file_id *id)
{
	return cp_read_file(c, path, flags, max, data, len, id);
}

static int stat_file(struct credplug_call *c, const char *path,
                     struct credplug_file_id *id)
{
	int r = cp_stat_file(path, id);

	if (r == CREDPLUG_PS_UNAVAILABLE && c != NULL)
		snprintf(c->message, sizeof(c->message), "%s: cannot stat it",
		         path);
	return r;
}

/* Without a call the check still runs; its message is dropped. */
static int check_path(struct credplug_call *c, const char *path, uint32_t flags)
{
	char msg[CP_MSG_MAX];

	if (c == NULL)
		return cp_check_path(path, flags, msg, sizeof(msg));
	return cp_check_path(path, flags, c->message, sizeof(c->message));
}

static void restrict_capabilities(struct credplug_call *c, uint32_t caps)
{
	if (c != NULL && c->phase == CP_PHASE_CREATE)
		c->inst->caps &= caps;
}

/* Copies `s` (NULL: "") into `buf`; 0 when it is too long or holds a
 * control character (a locator is shown on one line). */
static int target_copy(char *buf, size_t cap, const char *s)
{
	size_t n = s ? strlen(s) : 0;

	if (n >= cap)
		return 0;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return 0;
	memcpy(buf, s ? s : "", n + 1);
	return 1;
}

static int set_target(struct credplug_call *c, const char *locator,
                      const char *profile, const char *mode)
{
	struct cp_target t;

	if (c == NULL || c->phase != CP_PHASE_STORE || c->target == NULL)
		return CREDPLUG_PS_ERROR;
	t.set = true;
	if (locator == NULL || locator[0] == '\0' ||
	    !target_copy(t.locator, sizeof(t.locator), locator) ||
	    !target_copy(t.profile, sizeof(t.profile), profile) ||
	    !target_copy(t.mode, sizeof(t.mode), mode))
		return CREDPLUG_PS_INVALID;
	*c->target = t;
	return CREDPLUG_PS_OK;
}

const struct credplug_host_v1 cp_host = {
        .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR,
        .struct_size = sizeof(struct credplug_host_v1),
        .option_string = opt_string,
        .option_int = opt_int,
        .option_bool = opt_bool,
        .option_array = opt_array,
        .option_string_at = opt_string_at,
        .set_field = set_field,
        .set_expiry = set_expiry,
        .set_recheck = set_recheck,
        .set_message = set_message,
        .note = note,
        .getenv = host_getenv,
        .now_ns = now_ns,
        .remaining_ms = remaining_ms,
        .flags = host_flags,
        .explicit_value = explicit_value,
        .profile = profile,
        .read_file = read_file,
        .stat_file = stat_file,
        .check_path = check_path,
        .restrict_capabilities = restrict_capabilities,
        .set_target = set_target,
};
