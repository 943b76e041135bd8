/*
 * credplug check-provider — the module driven by the host's own code.
 *
 * A context is made exactly as an application makes one (config_json
 * naming the module by absolute path, its options beside "use"): the
 * host's load checks, option checks and create() run as they always do.
 * Calls the checker needs to see raw (resolve, store, erase) go through
 * the host's services table, cp_host, with set_field watched, so that the
 * checker knows every value the module wrote in the call, including those
 * the host refused.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "credoc.h"
#include "fields.h"
#include "internal.h"

struct credplug_host_v1 ck_host;
struct ck_watch ck_watch;
static pthread_mutex_t watch_lock = PTHREAD_MUTEX_INITIALIZER;

const char *ck_status_name(int st)
{
	return st >= CREDPLUG_PS_FOUND && st <= CREDPLUG_PS_UNCHANGED
	               ? cp_pstatus_name(st)
	               : NULL;
}

/* {"providers": [{"use": MODULE, ...options, EXTRA: true}]}, or an empty
 * chain when `module` is false. */
char *ck_config_text(const struct ck *ck, const char *extra_key, bool module)
{
	struct json_object *root = json_object_new_object();
	struct json_object *chain = json_object_new_array();
	struct json_object *e = json_object_new_object();
	char *text = NULL;

	if (root == NULL || chain == NULL || e == NULL)
		goto out;
	json_object_object_foreach(ck->options, k, v)
	        json_object_object_add(e, k, json_object_get(v));
	json_object_object_add(e, "use", json_object_new_string(ck->module));
	if (extra_key != NULL)
		json_object_object_add(e, extra_key,
		                       json_object_new_boolean(1));
	if (module) {
		json_object_array_add(chain, e);
		e = NULL;
	}
	json_object_object_add(root, "providers", chain);
	chain = NULL;
	text = strdup(json_object_to_json_string_ext(
	        root, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
out:
	json_object_put(e);
	json_object_put(chain);
	json_object_put(root);
	return text;
}

int ck_ctx_new(const struct ck *ck, const char *extra_key, bool module,
               struct credplug_ctx **out, char *err, size_t errlen)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	char *text = ck_config_text(ck, extra_key, module);
	int rc;

	err[0] = '\0';
	*out = NULL;
	if (text == NULL) {
		snprintf(err, errlen, "out of memory");
		return CREDPLUG_ENOMEM;
	}
	o.config_json = text;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = err;
	o.errbuf_len = errlen;
	rc = credplug_ctx_new(out, &o);
	explicit_bzero(text, strlen(text)); /* options may hold credentials */
	free(text);
	return rc;
}

/* ---- watched services ------------------------------------------------- */

static int watched_set_field(struct credplug_call *c, uint32_t field,
                             const char *value, size_t len, const char *locator)
{
	int r = cp_host.set_field(c, field, value, len, locator);
	struct ck_set *s;

	pthread_mutex_lock(&watch_lock);
	if (ck_watch.n < CK_MAX_SET && value != NULL && len > 0 &&
	    len <= CREDPLUG_VALUE_MAX) {
		s = &ck_watch.set[ck_watch.n++];
		s->field = field;
		s->len = len;
		s->host_status = r;
		s->why = field < CREDPLUG_FIELD_COUNT
		                 ? cp_value_problem((int)field, value, len)
		                 : NULL;
		s->value = malloc(len + 1);
		if (s->value != NULL) {
			memcpy(s->value, value, len);
			s->value[len] = '\0';
		}
	}
	pthread_mutex_unlock(&watch_lock);
	return r;
}

void ck_host_init(void)
{
	ck_host = cp_host;
	ck_host.set_field = watched_set_field;
}

void ck_watch_reset(void)
{
	pthread_mutex_lock(&watch_lock);
	for (size_t i = 0; i < ck_watch.n; i++) {
		if (ck_watch.set[i].value != NULL)
			explicit_bzero(ck_watch.set[i].value,
			               ck_watch.set[i].len);
		free(ck_watch.set[i].value);
	}
	memset(&ck_watch, 0, sizeof(ck_watch));
	pthread_mutex_unlock(&watch_lock);
}

int ck_resolve_once(struct credplug_ctx *ctx, struct credplug_call *c,
                    uint32_t deadline_ms, int64_t *elapsed_ms)
{
	struct cp_instance *inst = &ctx->inst[0];
	int64_t t0;
	int st;

	inst->timeout_ms = deadline_ms;
	pthread_mutex_lock(&ctx->lock); /* as the chain walk holds it */
	cp_call_init(c, ctx, inst, CP_PHASE_RESOLVE);
	t0 = cp_mono_ns();
	st = inst->desc->resolve(inst->state, &ck_host, c);
	*elapsed_ms = (cp_mono_ns() - t0) / 1000000;
	pthread_mutex_unlock(&ctx->lock);
	return st;
}

/* ---- messages --------------------------------------------------------- */

/* Length of the longest run of `v` that occurs in `text` (two rows of
 * the longest-common-substring table: time tn * vn, both bounded). */
static size_t longest_piece(const char *text, size_t tn, const char *v,
                            size_t vn)
{
	size_t *row = calloc(2 * (vn + 1), sizeof(*row)), best = 0;

	if (row == NULL)
		return 0;
	for (size_t i = 1; i <= tn; i++) {
		size_t *cur = row + (i % 2) * (vn + 1);
		size_t *prev = row + ((i + 1) % 2) * (vn + 1);

		for (size_t j = 1; j <= vn; j++) {
			cur[j] = text[i - 1] == v[j - 1] ? prev[j - 1] + 1 : 0;
			if (cur[j] > best)
				best = cur[j];
		}
	}
	free(row);
	return best;
}

void ck_message_problem(const char *text, const struct ck_value *vals, size_t n,
                        char *why, size_t cap)
{
	size_t tn = strlen(text), piece;

	why[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		if (vals[i].len < 4)
			continue; /* the host's scrubber skips those too */
		if (memmem(text, tn, vals[i].v, vals[i].len) != NULL) {
			snprintf(why, cap, "repeats the %s value%s",
			         vals[i].name, vals[i].how);
			return;
		}
		piece = longest_piece(text, tn, vals[i].v, vals[i].len);
		if (piece >= 8) {
			snprintf(why, cap, "holds %zu bytes of the %s value%s",
			         piece, vals[i].name, vals[i].how);
			return;
		}
	}
	if (cp_credoc_key_shaped(text, tn))
		snprintf(
		        why, cap,
		        "holds a run shaped like a key (20+ of [A-Za-z0-9_+=-] "
		        "with 4+ digits and 2+ letters): \"%s\"",
		        ck_masked(text, vals, n));
}

const char *ck_masked(const char *text, const struct ck_value *vals, size_t n)
{
	static char out[CP_CREDOC_TEXT_MAX + 1];
	const char *secrets[CK_MAX_SET + 8] = {NULL};

	n = n < CK_MAX_SET + 8 ? n : CK_MAX_SET + 8;
	for (size_t i = 0; i < n; i++)
		secrets[i] = vals[i].v;
	cp_credoc_sanitize(out, sizeof(out), text, strlen(text), secrets, n, 0);
	/* Whole values are masked now; a piece of one would still show. */
	for (size_t i = 0; i < n; i++)
		if (longest_piece(out, strlen(out), vals[i].v, vals[i].len) >=
		    8)
			snprintf(out, sizeof(out),
			         "(not shown: it holds part of a value)");
	return out;
}

const char *ck_shown(const char *text)
{
	struct ck_value vals[CK_MAX_SET];
	size_t n = 0;

	for (size_t i = 0; i < ck_watch.n; i++)
		if (ck_watch.set[i].value != NULL &&
		    ck_watch.set[i].field < CREDPLUG_FIELD_COUNT &&
		    cp_fields[ck_watch.set[i].field].secret)
			vals[n++] =
			        (struct ck_value){.v = ck_watch.set[i].value,
			                          .len = ck_watch.set[i].len};
	return ck_masked(text, vals, n);
}

/* Values in the call's staged fields that the watch did not see (a module
 * that kept the table its entry point got calls cp_host directly). */
void ck_watch_staged(const struct credplug_call *c)
{
	for (uint32_t f = 0; f < CREDPLUG_FIELD_COUNT; f++) {
		const struct cp_field *s = &c->staged[f];
		bool seen = false;

		for (size_t i = 0; i < ck_watch.n && !seen; i++)
			seen = ck_watch.set[i].field == f &&
			       ck_watch.set[i].len == s->len &&
			       ck_watch.set[i].value != NULL &&
			       memcmp(ck_watch.set[i].value, s->value,
			              s->len) == 0;
		if (s->value == NULL || seen || ck_watch.n == CK_MAX_SET)
			continue;
		ck_watch.set[ck_watch.n] = (struct ck_set){
		        .field = f, .len = s->len, .value = malloc(s->len + 1)};
		if (ck_watch.set[ck_watch.n].value == NULL)
			continue;
		memcpy(ck_watch.set[ck_watch.n].value, s->value, s->len);
		ck_watch.set[ck_watch.n++].value[s->len] = '\0';
	}
}

void ck_check_messages(struct ck *ck, const struct credplug_call *c,
                       const char *call, const struct ck_value *extra,
                       size_t n_extra)
{
	struct ck_value vals[CK_MAX_SET + 4];
	size_t n = 0;
	char why[400], which[16];

	for (size_t i = 0; i < ck_watch.n; i++)
		if (ck_watch.set[i].field < CREDPLUG_FIELD_COUNT &&
		    cp_fields[ck_watch.set[i].field].secret &&
		    ck_watch.set[i].value != NULL)
			vals[n++] = (struct ck_value){
			        credplug_field_name((int)ck_watch.set[i].field),
			        ck_watch.set[i].value, ck_watch.set[i].len,
			        " set in the same call"};
	for (size_t i = 0; i < n_extra && n < CK_MAX_SET + 4; i++)
		vals[n++] = extra[i];
	for (int i = -1; i < c->n_notes; i++) {
		ck_message_problem(i < 0 ? c->message : c->notes[i], vals, n,
		                   why, sizeof(why));
		if (why[0] == '\0')
			continue;
		snprintf(which, sizeof(which), i < 0 ? "message" : "note %d",
		         i + 1);
		ck_report(
		        ck, CK_FAIL, "messages",
		        "%s's %s %s: never write a value into a message or "
		        "note; name where it came from (variable, path, item) "
		        "or mask it as ****",
		        call, which, why);
		return;
	}
	ck_report(ck, CK_OK, "messages",
	          "%s's message and %d note%s hold no value and nothing shaped "
	          "like one",
	          call, c->n_notes, c->n_notes == 1 ? "" : "s");
}
