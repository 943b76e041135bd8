/* libFuzzer: the endpoint table lookup (credplug_endpoint_find), input
 * "METHOD\nURL".  Checks what the API promises for every input: a status
 * of OK, ENOTFOUND or EINVAL; on OK a template starting with '/' and a
 * mask of known bits; otherwise no template and CREDPLUG_AUTH_ALL; and
 * credplug_auth_for() agreeing. */
#include <stdlib.h>
#include <string.h>

#include <credplug/credplug.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	char *text = malloc(size + 1), *url;
	const char *tmpl = NULL;
	uint32_t mask = 0, again = 0;
	int rc;

	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	url = strchr(text, '\n');
	if (url != NULL)
		*url++ = '\0';
	else
		url = text;
	rc = credplug_endpoint_find(text, url, &mask, &tmpl);
	if (rc == CREDPLUG_OK) {
		if (tmpl == NULL || tmpl[0] != '/' ||
		    (mask & ~CREDPLUG_AUTH_ALL) != 0)
			abort();
	} else if ((rc != CREDPLUG_ENOTFOUND && rc != CREDPLUG_EINVAL) ||
	           tmpl != NULL || mask != CREDPLUG_AUTH_ALL) {
		abort();
	}
	if (credplug_auth_for(text, url, &again) != rc || again != mask)
		abort();
	free(text);
	return 0;
}
