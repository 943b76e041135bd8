/*
 * Scrubbing json-c's memory (json_wipe.h).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* explicit_bzero */
#endif
#include "json_wipe.h"

#include <stdint.h>
#include <string.h>

#include <json-c/json.h>

void cp_json_wipe_tree(struct json_object *o)
{
	switch (json_object_get_type(o)) {
	case json_type_string:
		explicit_bzero((char *)(uintptr_t)json_object_get_string(o),
		               (size_t)json_object_get_string_len(o));
		break;
	case json_type_array:
		for (size_t i = 0; i < json_object_array_length(o); i++)
			cp_json_wipe_tree(json_object_array_get_idx(o, i));
		break;
	case json_type_object: {
		json_object_object_foreach(o, k, v)
		{
			(void)k;
			cp_json_wipe_tree(v);
		}
		break;
	}
	default:
		break;
	}
}

void cp_json_put_wiped(struct json_object *o)
{
	if (o == NULL)
		return;
	cp_json_wipe_tree(o);
	json_object_put(o);
}

void cp_json_tokener_free_wiped(struct json_tokener *tok)
{
	if (tok == NULL)
		return;
	if (tok->pb != NULL && tok->pb->buf != NULL)
		explicit_bzero(tok->pb->buf, (size_t)tok->pb->size);
	for (int i = 0; tok->stack != NULL && i <= tok->depth; i++)
		cp_json_wipe_tree(tok->stack[i].current);
	json_tokener_free(tok);
}
