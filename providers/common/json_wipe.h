/*
 * Scrubbing secrets out of json-c's memory before it is released.  json-c
 * owns the bytes of a parsed document and of the tokener's scratch buffer
 * and frees them without wiping; a document that held a credential must be
 * scrubbed first.  Header-only (static functions) so the core and each
 * provider, linked statically together, never clash.
 */
#ifndef CREDPLUG_JSON_WIPE_H
#define CREDPLUG_JSON_WIPE_H

#include <stdint.h>
#include <string.h>

#include <json-c/json.h>

/* Every string (values and keys) in the tree.  json-c caps nesting at 32
 * levels, which bounds the recursion. */
static inline void cp_json_wipe_tree(struct json_object *o)
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

/* Scrub the tree, then release it.  Accepts NULL. */
static inline void cp_json_put_wiped(struct json_object *o)
{
	if (o == NULL)
		return;
	cp_json_wipe_tree(o);
	json_object_put(o);
}

/* The tokener's scratch buffer holds the last string it parsed, and a
 * parse that stopped half-way (malformed, cut short, out of time) still
 * holds on its stack the values built so far (levels 0..depth, released
 * by json_tokener_free). */
static inline void cp_json_tokener_free_wiped(struct json_tokener *tok)
{
	if (tok == NULL)
		return;
	if (tok->pb != NULL && tok->pb->buf != NULL)
		explicit_bzero(tok->pb->buf, (size_t)tok->pb->size);
	for (int i = 0; tok->stack != NULL && i <= tok->depth; i++)
		cp_json_wipe_tree(tok->stack[i].current);
	json_tokener_free(tok);
}

#endif
