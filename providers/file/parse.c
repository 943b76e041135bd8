/*
 * Credentials-file parser: the strict reader (common/strict_json.h) with
 * positions for syntax errors and a JSON pointer for shape errors.  No host
 * services here.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#include "parse.h"
#include "fields.h"
#include "json_wipe.h"
#include "strict_json.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#define FIELD_LIST CP_FIELD_NAME_LIST

void cp_creds_wipe(void *p, size_t len)
{
	if (p != NULL && len > 0)
		explicit_bzero(p, len);
}

int cp_creds_field_index(const char *key)
{
	return cp_field_by_name(key);
}

/* Extension content: kept on write, ignored on read. */
static int is_extension_key(const char *key, int top)
{
	return key[0] == '_' || (top && strcmp(key, "$schema") == 0);
}

/* Append a key as a JSON-pointer token: "~" "/" escaped, non-printable
 * bytes as \xNN, long keys cut, so the message stays one short line. */
static void pointer_append(char *buf, size_t cap, const char *key)
{
	size_t n = strlen(buf);
	size_t i;

	if (n + 1 < cap)
		buf[n++] = '/';
	for (i = 0; key[i] != '\0' && i < 64 && n + 5 < cap; i++) {
		unsigned char c = (unsigned char)key[i];
		if (c == '~' || c == '/') {
			buf[n++] = '~';
			buf[n++] = c == '~' ? '0' : '1';
		} else if (c < 0x20 || c == 0x7f) {
			n += (size_t)snprintf(buf + n, cap - n, "\\x%02x", c);
		} else {
			buf[n++] = (char)c;
		}
	}
	if (key[i] != '\0' && n + 4 < cap) {
		memcpy(buf + n, "...", 3);
		n += 3;
	}
	buf[n < cap ? n : cap - 1] = '\0';
}

static const char *type_name(struct json_object *v)
{
	switch (json_object_get_type(v)) {
	case json_type_null:
		return "null";
	case json_type_boolean:
		return "boolean";
	case json_type_double:
	case json_type_int:
		return "number";
	case json_type_object:
		return "object";
	case json_type_array:
		return "array";
	case json_type_string:
		return "string";
	}
	return "unknown";
}

static int check_profile(struct json_object *prof, const char *name, char *err,
                         size_t errlen)
{
	char ptr[200] = "";

	pointer_append(ptr, sizeof(ptr), name);
	if (!json_object_is_type(prof, json_type_object)) {
		snprintf(err, errlen,
		         "%s: expected an object with " FIELD_LIST ", got %s",
		         ptr, type_name(prof));
		return CP_CREDS_ESCHEMA;
	}
	json_object_object_foreach(prof, key, val)
	{
		size_t base = strlen(ptr);
		if (is_extension_key(key, 0))
			continue;
		pointer_append(ptr, sizeof(ptr), key);
		if (cp_creds_field_index(key) < 0) {
			snprintf(err, errlen,
			         "%s: unknown key (expected " FIELD_LIST ")",
			         ptr);
			return CP_CREDS_ESCHEMA;
		}
		if (!json_object_is_type(val, json_type_string)) {
			snprintf(err, errlen, "%s: expected a string, got %s",
			         ptr, type_name(val));
			return CP_CREDS_ESCHEMA;
		}
		ptr[base] = '\0';
	}
	return CP_CREDS_OK;
}

static int check_document(struct json_object *root, char *err, size_t errlen)
{
	if (!json_object_is_type(root, json_type_object)) {
		snprintf(err, errlen,
		         "/: expected an object of profiles "
		         "(e.g. {\"default\": {"
		         "\"" CP_FIELD_API_KEY(
		                 CP_FX_NAME_LIT) "\": "
		                                 "\"...\"}}), got %s",
		         type_name(root));
		return CP_CREDS_ESCHEMA;
	}
	json_object_object_foreach(root, name, prof)
	{
		int rc;
		if (is_extension_key(name, 1))
			continue;
		rc = check_profile(prof, name, err, errlen);
		if (rc != CP_CREDS_OK)
			return rc;
	}
	return CP_CREDS_OK;
}

/* The strict reader's verdict as "LINE:COLUMN: what". */
static int tokenize(const char *data, size_t len, struct json_object **root,
                    char *err, size_t errlen)
{
	static const struct cp_json_opts opts = {CP_JSON_VALIDATE_UTF8, 0, NULL,
	                                         NULL};
	struct cp_json_error e;
	const char *what;

	switch (cp_json_read(data, len, &opts, root, &e)) {
	case CP_JSON_OK:
		return CP_CREDS_OK;
	case CP_JSON_NOMEM:
		return CP_CREDS_ENOMEM;
	case CP_JSON_EMPTY:
		what = "empty file (expected a JSON object of profiles)";
		break;
	case CP_JSON_NUL:
		what = "NUL byte in file";
		break;
	case CP_JSON_TRUNCATED:
		what = "unexpected end of file (incomplete JSON)";
		break;
	case CP_JSON_TRAILING:
		what = "text after the JSON document";
		break;
	default:
		what = e.why;
		break;
	}
	snprintf(err, errlen, "%zu:%zu: %s", e.line, e.col, what);
	return CP_CREDS_ESYNTAX;
}

int cp_creds_parse(const char *data, size_t len, struct json_object **root,
                   char *err, size_t errlen)
{
	int rc;

	*root = NULL;
	if (errlen > 0)
		err[0] = '\0';
	if (len > CP_CREDS_MAX_SIZE) {
		snprintf(err, errlen,
		         "1:1: file is %zu bytes, over the %d-byte "
		         "limit",
		         len, CP_CREDS_MAX_SIZE);
		return CP_CREDS_ESYNTAX;
	}
	rc = tokenize(data, len, root, err, errlen);
	if (rc != CP_CREDS_OK)
		return rc;
	rc = check_document(*root, err, errlen);
	if (rc != CP_CREDS_OK) {
		cp_json_put_wiped(*root);
		*root = NULL;
	}
	return rc;
}

struct json_object *cp_creds_profile(struct json_object *root, const char *name)
{
	struct json_object *prof = NULL;

	if (root == NULL || is_extension_key(name, 1) ||
	    !json_object_object_get_ex(root, name, &prof))
		return NULL;
	return prof;
}

void cp_creds_list_profiles(struct json_object *root, char *buf, size_t len)
{
	size_t n = 0;

	buf[0] = '\0';
	json_object_object_foreach(root, name, prof)
	{
		(void)prof;
		if (is_extension_key(name, 1))
			continue;
		if (n + strlen(name) + 6 >= len) {
			snprintf(buf + n, len - n, "%s...", n ? ", " : "");
			return;
		}
		n += (size_t)snprintf(buf + n, len - n, "%s%s", n ? ", " : "",
		                      name);
	}
	if (n == 0)
		snprintf(buf, len, "none");
}

char *cp_creds_serialize(struct json_object *root, size_t *len)
{
	size_t n = 0;
	const char *text = json_object_to_json_string_length(
	        root,
	        JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
	                JSON_C_TO_STRING_NOSLASHESCAPE,
	        &n);
	char *out;

	if (text == NULL)
		return NULL;
	out = malloc(n + 2);
	if (out != NULL) {
		memcpy(out, text, n);
		out[n] = '\n';
		out[n + 1] = '\0';
		*len = n + 1;
	}
	/* the rendering lives in a buffer owned by `root` */
	cp_creds_wipe((char *)(uintptr_t)text, n);
	return out;
}
