/*
 * libFuzzer target: the file provider's credentials-file parser
 * (providers/file/parse.c).  Parses, walks every profile, and checks that a
 * valid document survives serialize -> parse unchanged in shape.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "json_wipe.h"
#include "parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void walk(struct json_object *root)
{
	char names[160];

	cp_creds_list_profiles(root, names, sizeof(names));
	json_object_object_foreach(root, name, prof)
	{
		(void)prof;
		struct json_object *p = cp_creds_profile(root, name);
		if (p == NULL)
			continue;
		json_object_object_foreach(p, key, val)
		{
			if (cp_creds_field_index(key) >= 0 &&
			    !json_object_is_type(val, json_type_string))
				abort(); /* the validator let a wrong type
				            through */
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct json_object *root = NULL, *again = NULL;
	char err[256];
	size_t len = 0;
	char *text;

	if (cp_creds_parse((const char *)data, size, &root, err, sizeof(err)) !=
	    CP_CREDS_OK) {
		if (err[0] == '\0' || memchr(err, '\n', strlen(err)) != NULL)
			abort(); /* every failure has a one-line message */
		return 0;
	}
	walk(root);
	text = cp_creds_serialize(root, &len);
	if (text != NULL) {
		if (len <= CP_CREDS_MAX_SIZE &&
		    cp_creds_parse(text, len, &again, err, sizeof(err)) !=
		            CP_CREDS_OK)
			abort(); /* our own output must parse */
		cp_json_put_wiped(again);
		cp_creds_wipe(text, len);
		free(text);
	}
	cp_json_put_wiped(root);
	return 0;
}
