/*
 * credoc — parse the credential document of the process and http providers.
 * See credoc.h and docs/enterprise-backends.md.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "credoc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <json-c/json.h>
#include <json-c/json_pointer.h>

#include "json_wipe.h"
#include "strict_json.h"

const char *const cp_credoc_keys[CP_CREDOC_NPOINTERS] = {
        CP_FIELD_ROWS(CP_FX_NAME, ) "expires_at"};
const char *const cp_credoc_pointer_keys[CP_CREDOC_NPOINTERS] = {
        CP_CREDOC_POINTER_KEYS};

/* Error document codes (docs/enterprise-backends.md has this table). */
static const struct {
	const char *code;
	int status;
} error_codes[] = {
        {"not_found", CREDPLUG_PS_NOT_FOUND},
        {"unavailable", CREDPLUG_PS_UNAVAILABLE},
        {"timed_out", CREDPLUG_PS_TIMED_OUT},
        {"timeout", CREDPLUG_PS_TIMED_OUT},
        {"invalid", CREDPLUG_PS_INVALID},
        {"expired", CREDPLUG_PS_INVALID},
        {"denied", CREDPLUG_PS_DENIED},
        {"unauthorized", CREDPLUG_PS_DENIED},
        {"forbidden", CREDPLUG_PS_DENIED},
        {"internal", CREDPLUG_PS_ERROR},
};

__attribute__((format(printf, 3, 4))) static int
fail(struct cp_credoc *doc, int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(doc->text, sizeof(doc->text), fmt, ap);
	va_end(ap);
	doc->status = status;
	return status;
}

static void deadline_failed(struct cp_credoc *doc, size_t len)
{
	fail(doc, CREDPLUG_PS_TIMED_OUT,
	     "the deadline passed while parsing the document (%zu bytes)", len);
}

int cp_credoc_error_status(const char *code)
{
	for (size_t i = 0; i < sizeof(error_codes) / sizeof(error_codes[0]);
	     i++)
		if (strcmp(code, error_codes[i].code) == 0)
			return error_codes[i].status;
	return -1;
}

/* cp_json_opts.stop: the deadline passed. */
static int past(void *deadline)
{
	return cp_credoc_past(*(const int64_t *)deadline);
}

/* The strict reader's verdict as doc->text ("line L, column C: why" for
 * syntax errors; never a value). */
static void read_failed(struct cp_credoc *doc, const struct cp_json_error *e,
                        size_t len)
{
	switch (e->status) {
	case CP_JSON_EMPTY:
		fail(doc, CREDPLUG_PS_INVALID,
		     "empty document; expected JSON like {\"version\": 1, "
		     "\"" CP_FIELD_API_KEY(CP_FX_NAME_LIT) "\": \"...\"}");
		break;
	case CP_JSON_NUL:
		fail(doc, CREDPLUG_PS_INVALID, "document contains a NUL byte");
		break;
	case CP_JSON_TOO_MANY:
		fail(doc, CREDPLUG_PS_INVALID,
		     "the document has more than %d keys and array "
		     "elements; a credential document has a handful",
		     CP_CREDOC_MAX_ITEMS);
		break;
	case CP_JSON_STOPPED:
		deadline_failed(doc, len);
		break;
	case CP_JSON_NOMEM:
		fail(doc, CREDPLUG_PS_ERROR,
		     "out of memory parsing the document");
		break;
	case CP_JSON_TRAILING:
		fail(doc, CREDPLUG_PS_INVALID,
		     "trailing data after the JSON "
		     "document at line %zu, column %zu",
		     e->line, e->col);
		break;
	default:
		fail(doc, CREDPLUG_PS_INVALID,
		     "malformed JSON at line %zu, column %zu: %s", e->line,
		     e->col,
		     e->status == CP_JSON_TRUNCATED
		             ? "unexpected end of document"
		             : e->why);
		break;
	}
}

/* Parse; on failure doc->text says what and where.  The clock is looked
 * at before every 64 KiB slice and once more after the whole text. */
static int parse_json(struct cp_credoc *doc, const char *data, size_t len,
                      int64_t deadline, struct json_object **root)
{
	struct cp_json_opts opts = {0, CP_CREDOC_MAX_ITEMS, past, &deadline};
	struct cp_json_error e;

	if (cp_json_read(data, len, &opts, root, &e) != CP_JSON_OK) {
		read_failed(doc, &e, len);
		return doc->status;
	}
	if (cp_credoc_past(deadline)) {
		deadline_failed(doc, len);
		cp_json_put_wiped(*root);
		*root = NULL;
	}
	return doc->status;
}

static int copy_value(struct cp_credoc *doc, size_t i, struct json_object *o)
{
	size_t n = (size_t)json_object_get_string_len(o);
	char *v = malloc(n + 1);

	if (v == NULL)
		return fail(doc, CREDPLUG_PS_ERROR, "out of memory");
	memcpy(v, json_object_get_string(o), n);
	v[n] = '\0';
	doc->value[i] = v;
	doc->len[i] = n;
	return CREDPLUG_PS_FOUND;
}

static int take_expiry(struct cp_credoc *doc, struct json_object *o,
                       const char *where)
{
	if (json_object_is_type(o, json_type_int) &&
	    json_object_get_int64(o) > 0) {
		doc->expires_at = json_object_get_int64(o);
		doc->has_expiry = 1;
		return CREDPLUG_PS_FOUND;
	}
	if (json_object_is_type(o, json_type_string) &&
	    cp_rfc3339_parse(json_object_get_string(o), &doc->expires_at) ==
	            0) {
		doc->has_expiry = 1;
		return CREDPLUG_PS_FOUND;
	}
	return fail(doc, CREDPLUG_PS_INVALID,
	            "%s is not an RFC 3339 timestamp "
	            "(e.g. \"2025-01-02T03:04:05Z\")",
	            where);
}

/* One field: string or null (absent). */
static int take_field(struct cp_credoc *doc, size_t i, struct json_object *o,
                      const char *where)
{
	if (o == NULL || json_object_is_type(o, json_type_null))
		return CREDPLUG_PS_FOUND;
	if (i == CP_CREDOC_EXPIRES)
		return take_expiry(doc, o, where);
	if (!json_object_is_type(o, json_type_string))
		return fail(doc, CREDPLUG_PS_INVALID,
		            "%s must be a string, not %s", where,
		            json_type_to_name(json_object_get_type(o)));
	return copy_value(doc, i, o);
}

/* Extension keys ("x-…") and "comment" are ignored; others are typos. */
static int ignored_key(const char *k)
{
	return strncmp(k, "x-", 2) == 0 || strcmp(k, "comment") == 0;
}

static int native_index(const char *k)
{
	for (int i = 0; i < CP_CREDOC_NPOINTERS; i++)
		if (strcmp(k, cp_credoc_keys[i]) == 0)
			return i;
	return -1;
}

static int check_version(struct cp_credoc *doc, struct json_object *root)
{
	struct json_object *v;

	if (!json_object_object_get_ex(root, "version", &v))
		return fail(doc, CREDPLUG_PS_INVALID,
		            "missing \"version\"; the "
		            "document must start {\"version\": 1, ...}");
	if (!json_object_is_type(v, json_type_int) ||
	    json_object_get_int64(v) != 1)
		return fail(doc, CREDPLUG_PS_INVALID,
		            "unsupported \"version\" "
		            "(this credplug reads version 1)");
	return CREDPLUG_PS_FOUND;
}

static int parse_error(struct cp_credoc *doc, struct json_object *err)
{
	struct json_object *code, *msg;
	const char *c;
	int st;

	if (!json_object_is_type(err, json_type_object) ||
	    !json_object_object_get_ex(err, "code", &code) ||
	    !json_object_is_type(code, json_type_string))
		return fail(doc, CREDPLUG_PS_INVALID,
		            "\"error\" must be an object "
		            "with a string \"code\" and \"message\"");
	c = json_object_get_string(code);
	cp_credoc_sanitize(doc->error_code, sizeof(doc->error_code), c,
	                   strlen(c), NULL, 0, 0);
	st = cp_credoc_error_status(c);
	if (st < 0)
		return fail(
		        doc, CREDPLUG_PS_INVALID,
		        "unknown error code \"%s\" "
		        "(known: not_found, unavailable, timed_out, invalid, "
		        "expired, denied, internal)",
		        doc->error_code);
	doc->status = st;
	doc->text[0] = '\0';
	if (json_object_object_get_ex(err, "message", &msg) &&
	    json_object_is_type(msg, json_type_string))
		cp_credoc_sanitize(doc->text, CP_CREDOC_TEXT_MAX,
		                   json_object_get_string(msg),
		                   (size_t)json_object_get_string_len(msg),
		                   NULL, 0, 0);
	return st;
}

static int parse_native(struct cp_credoc *doc, struct json_object *root)
{
	struct json_object *err = NULL;
	char key[48], where[56];
	int idx, nfields = 0;

	if (!json_object_is_type(root, json_type_object))
		return fail(doc, CREDPLUG_PS_INVALID,
		            "the document is a JSON %s, "
		            "not an object",
		            json_type_to_name(json_object_get_type(root)));
	if (check_version(doc, root) != CREDPLUG_PS_FOUND)
		return doc->status;
	json_object_object_foreach(root, k, v)
	{
		if (strcmp(k, "version") == 0 || ignored_key(k))
			continue;
		if (strcmp(k, "error") == 0) {
			err = v;
			continue;
		}
		idx = native_index(k);
		cp_credoc_sanitize(key, sizeof(key), k, strlen(k), NULL, 0, 0);
		if (idx < 0)
			return fail(doc, CREDPLUG_PS_INVALID,
			            "unknown key \"%s\" (known: "
			            "version, " CP_FIELD_NAME_LIST ", "
			            "expires_at, error, comment, x-*)",
			            key);
		snprintf(where, sizeof(where), "\"%s\"", key);
		if (take_field(doc, (size_t)idx, v, where) != CREDPLUG_PS_FOUND)
			return doc->status;
		nfields++;
	}
	if (err != NULL && nfields > 0)
		return fail(doc, CREDPLUG_PS_INVALID,
		            "an error document must not "
		            "also carry credentials");
	return err != NULL ? parse_error(doc, err) : CREDPLUG_PS_FOUND;
}

static int parse_pointers(struct cp_credoc *doc, struct json_object *root,
                          const struct cp_credoc_pointers *ptrs)
{
	char where[96];

	for (size_t i = 0; i < CP_CREDOC_NPOINTERS; i++) {
		struct json_object *o = NULL;

		if (ptrs->ptr[i] == NULL)
			continue;
		snprintf(where, sizeof(where), "the value at %.60s",
		         ptrs->ptr[i]);
		if (json_pointer_get(root, ptrs->ptr[i], &o) != 0)
			return fail(doc, CREDPLUG_PS_INVALID,
			            "JSON pointer \"%.60s\" "
			            "(%s) matches nothing in the document; "
			            "check the "
			            "pointer against the backend's answer",
			            ptrs->ptr[i], cp_credoc_pointer_keys[i]);
		if (take_field(doc, i, o, where) != CREDPLUG_PS_FOUND)
			return doc->status;
	}
	return CREDPLUG_PS_FOUND;
}

static int has_pointers(const struct cp_credoc_pointers *ptrs)
{
	if (ptrs == NULL)
		return 0;
	for (size_t i = 0; i < CP_CREDOC_NPOINTERS; i++)
		if (ptrs->ptr[i] != NULL)
			return 1;
	return 0;
}

int cp_credoc_parse(struct cp_credoc *doc, const char *data, size_t len,
                    const struct cp_credoc_pointers *ptrs, int64_t deadline)
{
	struct json_object *root;

	memset(doc, 0, sizeof(*doc));
	doc->status = CREDPLUG_PS_FOUND;
	if (parse_json(doc, data, len, deadline, &root) != CREDPLUG_PS_FOUND)
		return doc->status;
	if (has_pointers(ptrs))
		parse_pointers(doc, root, ptrs);
	else
		parse_native(doc, root);
	cp_json_put_wiped(root);
	if (doc->status != CREDPLUG_PS_FOUND) {
		/* Nothing half-applied: a broken document yields no value. */
		for (size_t i = 0; i < CP_CREDOC_NVALUES; i++) {
			if (doc->value[i] != NULL)
				explicit_bzero(doc->value[i], doc->len[i]);
			free(doc->value[i]);
			doc->value[i] = NULL;
			doc->len[i] = 0;
		}
		doc->has_expiry = 0;
	}
	return doc->status;
}

void cp_credoc_clear(struct cp_credoc *doc)
{
	for (size_t i = 0; i < CP_CREDOC_NVALUES; i++) {
		if (doc->value[i] != NULL)
			explicit_bzero(doc->value[i], doc->len[i]);
		free(doc->value[i]);
	}
	explicit_bzero(doc, sizeof(*doc));
}

/* ---- handing the result to the host --------------------------------- */

static void format_time(char *buf, size_t cap, int64_t t)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (gmtime_r(&tt, &tm) == NULL ||
	    strftime(buf, cap, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		snprintf(buf, cap, "%lld", (long long)t);
}

int cp_credoc_apply(const struct cp_credoc *doc,
                    const struct credplug_host_v1 *host,
                    struct credplug_call *call, const char *source)
{
	char loc[320], when[40];
	int64_t now = host->now_ns(call) / 1000000000;
	int found = 0, rc;

	if (doc->has_expiry && doc->expires_at <= now) {
		format_time(when, sizeof(when), doc->expires_at);
		host->set_message(call,
		                  "%s: the credentials it returned expired at "
		                  "%s; check the backend's clock and lease",
		                  source, when);
		return CREDPLUG_PS_UNAVAILABLE;
	}
	for (uint32_t i = 0; i < CP_CREDOC_NVALUES; i++) {
		if (doc->value[i] == NULL)
			continue;
		snprintf(loc, sizeof(loc), "%s (%s)", source,
		         cp_credoc_keys[i]);
		rc = host->set_field(call, i, doc->value[i], doc->len[i], loc);
		if (rc == CREDPLUG_PS_NOT_FOUND)
			continue;
		if (rc != CREDPLUG_PS_FOUND)
			return rc;
		found++;
		if (doc->has_expiry)
			host->set_expiry(call, i, doc->expires_at);
	}
	if (found == 0) {
		host->set_message(call,
		                  "%s: the document has no credentials "
		                  "(" CP_FIELD_NAME_LIST
		                  " are absent or empty)",
		                  source);
		return CREDPLUG_PS_NOT_FOUND;
	}
	return CREDPLUG_PS_FOUND;
}
