/*
 * credplug(1) — reading the library's explain document (already redacted).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <string.h>

#include "cli.h"

int cp_doc_load(const struct cp_cli *cli, struct credplug_ctx *ctx,
                struct json_object **doc, char **text)
{
	struct json_tokener *tok;
	char *out = NULL;
	int rc;

	*doc = NULL;
	if (text)
		*text = NULL;
	rc = credplug_explain_json(ctx, &out);
	if (rc != CREDPLUG_OK)
		return cp_cli_fail(cli, ctx, rc,
		                   "cannot describe the provider chain");
	tok = json_tokener_new();
	*doc = tok ? json_tokener_parse_ex(tok, out, (int)strlen(out) + 1)
	           : NULL;
	if (*doc == NULL || !json_object_is_type(*doc, json_type_object)) {
		cp_term_err(
		        cli,
		        "the library's explain document is not a JSON object "
		        "(%s); please report this bug",
		        tok ? json_tokener_error_desc(
		                      json_tokener_get_error(tok))
		            : "out of memory");
		json_object_put(*doc);
		*doc = NULL;
		credplug_free(out);
		out = NULL;
		rc = CREDPLUG_EINVAL;
	}
	if (tok)
		json_tokener_free(tok);
	if (text)
		*text = out;
	else
		credplug_free(out);
	return rc == CREDPLUG_OK ? CP_EXIT_OK : CP_EXIT_FAIL;
}

struct json_object *cp_doc_get(struct json_object *o, const char *key,
                               json_type type)
{
	struct json_object *v = NULL;

	if (o == NULL || !json_object_object_get_ex(o, key, &v))
		return NULL;
	return json_object_is_type(v, type) ? v : NULL;
}

const char *cp_doc_str(struct json_object *o, const char *key)
{
	struct json_object *v = cp_doc_get(o, key, json_type_string);

	return v ? json_object_get_string(v) : NULL;
}

int cp_doc_bool(struct json_object *o, const char *key)
{
	struct json_object *v = cp_doc_get(o, key, json_type_boolean);

	return v ? json_object_get_boolean(v) : 0;
}

int64_t cp_doc_int(struct json_object *o, const char *key)
{
	struct json_object *v = cp_doc_get(o, key, json_type_int);

	return v ? json_object_get_int64(v) : -1;
}

void cp_doc_print(struct json_object *o)
{
	puts(json_object_to_json_string_ext(
	        o, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE));
}
