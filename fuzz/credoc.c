/*
 * libFuzzer target for the process/http credential document parser
 * (providers/common/credoc.c): native documents, pointer mode, RFC 3339
 * and the redaction of backend text.
 *
 * The first input byte selects the mode; the rest is the document.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "credoc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct cp_credoc_pointers ptrs = {
	        {"/data/data/api_key", "/data/data/app_key", "/data/0/pat~1x",
	         "/site", "/exp"}};
	struct cp_credoc doc;
	const char *text;
	char out[CP_CREDOC_TEXT_MAX + 1], *s;
	int64_t t;

	if (size < 1)
		return 0;
	text = (const char *)data + 1;
	cp_credoc_parse(&doc, text, size - 1, (data[0] & 1) ? &ptrs : NULL,
	                CP_CREDOC_NO_DEADLINE);
	cp_credoc_sanitize(out, sizeof(out), text, size - 1,
	                   (const char *const *)doc.value, CP_CREDOC_NVALUES,
	                   (data[0] & 2) ? CP_CREDOC_TAIL : 0);
	cp_credoc_clear(&doc);
	if ((s = malloc(size)) == NULL)
		return 0;
	memcpy(s, text, size - 1);
	s[size - 1] = '\0';
	cp_rfc3339_parse(s, &t);
	free(s);
	return 0;
}
